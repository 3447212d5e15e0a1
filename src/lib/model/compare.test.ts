/** Guards the compare view's words: which side asks for more, and the summary sentence. */
import { describe, expect, it } from 'vitest';
import { ddatFramework, devopsFramework } from '../../../tests/unit/fixtures';
import { compareColumns, comparePresets, defaultComparePair } from './compare';
import { wordDiff } from './textDiff';

const framework = devopsFramework();
const roleId = framework.roles[0].id;
const ref = (levelId: string) => ({ roleId, levelId });

describe('compareColumns', () => {
  it('Senior technical vs Senior management: who asks for more, skill by skill', () => {
    const c = compareColumns(
      framework,
      ref('senior-devops-engineer-technical'),
      ref('senior-devops-engineer-management'),
    )!;
    const kinds = Object.fromEntries(c.skills.map((s) => [s.skill.id, [s.kind, s.steps]]));
    expect(kinds['service-support']).toEqual(['more-a', 1]);
    expect(kinds['availability-and-capacity-management']).toEqual(['more-b', 1]);
    expect(kinds['development-process-optimisation']).toEqual(['more-b', 1]);
    expect(kinds['prototyping']).toEqual(['same', 0]);
    expect(c.summary).toBe(
      'Senior DevOps engineer (technical) asks for more in 1 skill, 1 step (expert vs practitioner: Service support); ' +
        'Senior DevOps engineer (management) asks for more in 2 skills, 2 steps (practitioner vs working: Availability and capacity management, Development process optimisation). ' +
        '7 skills are asked at the same proficiency, 3 of them worded differently. ' +
        'In all, Senior DevOps engineer (management) asks for 1 step more than Senior DevOps engineer (technical).',
    );
  });

  it('names skills that differ the same way together, and says so once when every skill does', () => {
    // Data governance manager to Lead: all 13 skills working to practitioner, which was a list of
    // 13 "Skill: practitioner vs working" in one sentence.
    const ddat = ddatFramework();
    const at = (levelId: string) => ({ roleId: 'data-governance-manager', levelId });
    const every = compareColumns(ddat, at('data-governance-manager'), at('lead-data-governance-manager'))!;
    expect(every.summary).toBe(
      'Lead data governance manager asks for more in all 13 skills, 13 steps (practitioner vs working in each). ' +
        'In all, Lead data governance manager asks for 13 steps more than Data governance manager.',
    );
    // Two ways of differing, each with its skills.
    const mixed = compareColumns(
      framework,
      ref('apprentice-devops-engineer'),
      ref('junior-devops-engineer'),
    )!;
    expect(mixed.summary).toMatch(/^Junior DevOps engineer asks for more in \d+ skills, \d+ steps \(/);
    const details = /\(([^)]*)\)/.exec(mixed.summary)![1].split('; ');
    const pairs = details.map((group) => group.split(': ')[0]);
    // Each way said once.
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('names skills only one side asks for', () => {
    const c = compareColumns(framework, ref('apprentice-devops-engineer'), ref('devops-engineer'))!;
    expect(c.skills.find((s) => s.skill.id === 'user-focus')?.kind).toBe('only-b');
    expect(c.summary).toContain(
      'only DevOps engineer asks for Development process optimisation, Systems design, Systems integration, User focus',
    );
  });

  it('says when two columns ask for the same', () => {
    const c = compareColumns(framework, ref('devops-engineer'), ref('devops-engineer'))!;
    expect(c.summary).toBe('DevOps engineer and DevOps engineer ask for the same proficiencies.');
  });

  it('marks the words that differ between the two descriptions', () => {
    const c = compareColumns(
      framework,
      ref('lead-devops-engineer-technical'),
      ref('lead-devops-engineer-management'),
    )!;
    const systems = c.skills.find((s) => s.skill.id === 'systems-integration')!;
    expect(systems.reworded).toBe(true);
    const parts = wordDiff(systems.a!.description, systems.b!.description);
    expect(parts.some((p) => p.kind === 'removed')).toBe(true);
    expect(parts.some((p) => p.kind === 'added')).toBe(true);
  });

  it('compares across roles, matching skills by id and naming each role', () => {
    const other = structuredClone(framework.roles[0]);
    other.id = 'platform-engineer';
    other.name = 'Platform engineer';
    other.skills.push({ id: 'cloud', name: 'Cloud' });
    other.requirements = other.requirements
      .filter((r) => r.skillId !== 'prototyping')
      .concat({
        levelId: 'devops-engineer',
        skillId: 'cloud',
        proficiency: 'working',
        description: 'd',
        skillName: 'Cloud',
      });
    const two = { ...framework, roles: [framework.roles[0], other] };
    const c = compareColumns(two, ref('devops-engineer'), {
      roleId: 'platform-engineer',
      levelId: 'devops-engineer',
    })!;
    expect(c.a.label).toBe('DevOps engineer, Development operations (DevOps) engineer');
    expect(c.b.label).toBe('DevOps engineer, Platform engineer');
    expect(c.skills.find((s) => s.skill.id === 'prototyping')?.kind).toBe('only-a');
    expect(c.skills.find((s) => s.skill.id === 'cloud')?.kind).toBe('only-b');
    expect(c.skills).toHaveLength(11);
  });

  it('is undefined for a column that does not exist', () => {
    expect(compareColumns(framework, ref('nope'), ref('devops-engineer'))).toBeUndefined();
  });
});

describe('comparePresets and the default pair', () => {
  it('offers tracks side by side at each split level, then each step', () => {
    const presets = comparePresets(framework, roleId).map((p) => p.label);
    expect(presets.slice(0, 3)).toEqual([
      'Senior DevOps engineer: Technical vs Management',
      'Lead DevOps engineer: Technical vs Management',
      'Principal DevOps engineer: Technical vs Management',
    ]);
    expect(presets).toContain('DevOps engineer → Senior DevOps engineer (management)');
    expect(presets).toHaveLength(3 + 8);
  });

  it('defaults to Senior technical vs Senior management', () => {
    expect(defaultComparePair(framework, roleId)).toEqual({
      a: ref('senior-devops-engineer-technical'),
      b: ref('senior-devops-engineer-management'),
    });
  });
});
