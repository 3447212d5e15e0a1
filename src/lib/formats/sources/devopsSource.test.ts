/**
 * Guards the app's data against the source: every level, track, skill, proficiency and description
 * must be the page's own words, and the committed JSON must be exactly what the importer makes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDevopsFramework } from './ddatSource';
import { serialiseFramework } from '../../model/serialise';
import { validateFramework } from '../../model/schema';
import { indexRole, levelLabel } from '../../model/framework';

const root = new URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const pageText = read('data/sources/devops-engineer-2020.txt');
const skillLevelsText = read('data/sources/skill-levels-2020.md');
const framework = buildDevopsFramework(pageText, skillLevelsText);
const role = framework.roles[0];
const index = indexRole(framework, role);

describe('the built-in DevOps framework', () => {
  it('is exactly the committed JSON (run `npm run data` after changing the importer)', () => {
    expect(read('static/data/devops-engineer-2020.json')).toBe(serialiseFramework(framework));
  });

  it('passes the schema the app loads it with', () => {
    expect(validateFramework(JSON.parse(read('static/data/devops-engineer-2020.json')))).toEqual(framework);
  });

  it('is built from unchanged copies of the sources (checksums; and the shared copies where present)', () => {
    const sums = read('data/sources/SHA256SUMS').trim().split('\n');
    expect(sums).toHaveLength(4);
    for (const entry of sums) {
      const [sum, name] = entry.split(/\s+/);
      expect(
        createHash('sha256')
          .update(read(`data/sources/${name}`))
          .digest('hex'),
      ).toBe(sum);
      const shared = new URL(`../shared/sources/${name}`, root);
      if (existsSync(shared)) expect(read(`data/sources/${name}`)).toBe(readFileSync(shared, 'utf8'));
    }
  });

  it('has the 9 level columns in progression order', () => {
    expect(role.levels.map((level) => levelLabel(framework, level))).toEqual([
      'Apprentice DevOps engineer',
      'Junior DevOps engineer',
      'DevOps engineer',
      'Senior DevOps engineer (technical)',
      'Senior DevOps engineer (management)',
      'Lead DevOps engineer (technical)',
      'Lead DevOps engineer (management)',
      'Principal DevOps engineer (technical)',
      'Principal DevOps engineer (management)',
    ]);
  });

  it('has 10 skills, 85 requirements and the four proficiencies in order', () => {
    expect(role.skills.map((skill) => skill.name)).toEqual([
      'Availability and capacity management',
      'Development process optimisation',
      'Information security',
      'Modern standards approach',
      'Programming and build (software engineering)',
      'Prototyping',
      'Service support',
      'Systems design',
      'Systems integration',
      'User focus',
    ]);
    expect(role.requirements).toHaveLength(85);
    expect(framework.proficiencies.map((p) => [p.id, p.rank])).toEqual([
      ['awareness', 1],
      ['working', 2],
      ['practitioner', 3],
      ['expert', 4],
    ]);
  });

  it('keeps each proficiency definition verbatim from the skill levels page', () => {
    for (const proficiency of framework.proficiencies) {
      expect(skillLevelsText).toContain(`**${proficiency.name}.** ${proficiency.definition}\n`);
    }
  });

  it('keeps every requirement verbatim: a source line "Name. Description. (Relevant skill level: x)"', () => {
    const lines = new Set(pageText.split('\n').map((line) => line.trim()));
    for (const r of role.requirements) {
      expect(lines).toContain(`${r.skillName}. ${r.description} (Relevant skill level: ${r.proficiency})`);
    }
    // …and every such line of the source became exactly one requirement.
    const sourceLines = [...pageText.matchAll(/\(Relevant skill level: \w+\)/g)];
    expect(sourceLines).toHaveLength(role.requirements.length);
  });

  it('keeps the summaries, responsibilities and introduction verbatim', () => {
    const lines = new Set(pageText.split('\n').map((line) => line.trim()));
    for (const level of role.levels) {
      for (const text of [...level.summary.paragraphs, ...level.summary.responsibilities]) {
        expect(lines).toContain(text);
      }
      if (level.summary.note) expect(lines).toContain(level.summary.note);
      expect(lines).toContain(level.name);
    }
    expect(role.introduction).toHaveLength(2);
    role.introduction.forEach((paragraph) => expect(lines).toContain(paragraph));
    expect(role.levels[0].summary.responsibilities).toEqual([
      'spend a significant proportion of your time shadowing others',
      'be involved in implementation but not planning',
      'build on your own knowledge',
    ]);
  });

  it('asks the documented proficiencies at the fork', () => {
    expect(index.requirement('senior-devops-engineer-technical', 'service-support')?.proficiency).toBe(
      'expert',
    );
    expect(index.requirement('senior-devops-engineer-management', 'service-support')?.proficiency).toBe(
      'practitioner',
    );
    expect(index.requirement('apprentice-devops-engineer', 'user-focus')).toBeUndefined();
  });

  it('treats the management variant names as the same skills, keeping the names for display', () => {
    const variants = Object.fromEntries(
      role.skills.filter((s) => s.trackNames).map((s) => [s.id, s.trackNames]),
    );
    expect(variants).toEqual({
      'development-process-optimisation': { management: 'Development process optimisation (management)' },
      'programming-and-build-software-engineering': {
        management: 'Programming and build (software engineering – management)',
      },
      'systems-integration': { management: 'Systems integration (management)' },
    });
    expect(index.requirement('senior-devops-engineer-management', 'systems-integration')?.skillName).toBe(
      'Systems integration (management)',
    );
  });

  it('links the pathway: the shared levels fork into the two tracks at Senior', () => {
    const next = Object.fromEntries(role.levels.map((level) => [level.id, level.next]));
    expect(next['devops-engineer']).toEqual([
      'senior-devops-engineer-technical',
      'senior-devops-engineer-management',
    ]);
    expect(next['senior-devops-engineer-technical']).toEqual(['lead-devops-engineer-technical']);
    expect(next['lead-devops-engineer-management']).toEqual(['principal-devops-engineer-management']);
    expect(next['principal-devops-engineer-technical']).toEqual([]);
  });

  it('keeps the role-level skill descriptions from the introduction', () => {
    expect(index.skill('service-support')?.description).toBe('You can maintain and support services.');
    expect(index.skill('user-focus')?.description).toBeUndefined();
  });
});
