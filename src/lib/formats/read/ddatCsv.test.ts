/** Guards the 2025 CSV conversion against the source file and the 2020 page it descends from. */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { buildDdat2025Framework, buildDevopsFramework } from '../sources/ddatSource';
import { orderLevels, splitSummary, titleRank } from './ddatCsv';
import { serialiseFramework } from '../../model/serialise';
import { validateFramework } from '../../model/schema';
import { indexRole, levelLabel } from '../../model/framework';

const read = (path: string) => readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8');
const rolesText = read('data/sources/ddat-framework-2025/roles.csv');
const skillsText = read('data/sources/ddat-framework-2025/skills.csv');
const skillLevels = read('data/sources/skill-levels-2020.md');
const { framework, report } = buildDdat2025Framework(rolesText, skillsText, skillLevels);
const devops2020 = buildDevopsFramework(read('data/sources/devops-engineer-2020.txt'), skillLevels);
const role = (name: string) => framework.roles.find((r) => r.name === name)!;

describe('the built-in 2025 framework', () => {
  it('is exactly the committed JSON, and passes the schema', () => {
    expect(read('static/data/ddat-2025.json')).toBe(serialiseFramework(framework));
    expect(validateFramework(JSON.parse(serialiseFramework(framework)))).toEqual(framework);
  });

  it('has 52 roles in 8 families', () => {
    expect(framework.roles).toHaveLength(52);
    expect(new Set(framework.roles.map((r) => r.family)).size).toBe(8);
  });

  it('keeps every row of the CSV: each requirement verbatim, repeats kept once', () => {
    const rows = csvParse(rolesText.replace(/^\uFEFF/, '')).filter((r) => r['Skill Level'] !== 'NOT IN USE');
    const total = framework.roles.reduce((sum, r) => sum + r.requirements.length, 0);
    expect(total).toBe(rows.length - report.duplicates.length);
    for (const row of rows.slice(0, 400)) {
      const r = framework.roles.find((x) => x.name === row.Role)!;
      const match = r.requirements.find(
        (q) => q.skillName === row['Skill Name'] && q.description === row['Skill Level Description'].trim(),
      );
      expect(match?.proficiency).toBe(row['Skill Level']!.toLowerCase());
    }
  });

  it('DevOps engineer: 9 levels and the same 85 proficiencies as the 2020 page, one skill renamed', () => {
    const devops = role('Development operations (DevOps) engineer');
    const index = indexRole(framework, devops);
    expect(devops.levels.map((l) => levelLabel(framework, l))).toEqual(
      devops2020.roles[0].levels.map((l) => levelLabel(devops2020, l)),
    );
    expect(devops.requirements).toHaveLength(85);
    const rename = (id: string) => (id === 'modern-standards-approach' ? 'modern-development-standards' : id);
    for (const old of devops2020.roles[0].requirements) {
      expect(index.requirement(old.levelId, rename(old.skillId))?.proficiency).toBe(old.proficiency);
    }
    expect(devops.skills.map((s) => s.name)).toContain('Modern development standards');
    expect(devops.skills.map((s) => s.name)).not.toContain('Modern standards approach');
  });

  it('reads "- management" levels as the management track, and their plain siblings as technical', () => {
    const developer = role('Software developer');
    const senior = developer.levels.filter((l) => l.name === 'Senior developer');
    expect(senior.map((l) => l.track)).toEqual(['technical', 'management']);
    const itService = role('IT service manager');
    expect(itService.levels.find((l) => l.name === 'Head of IT service management')?.track).toBeNull();
  });

  it('reports the roles whose order titles alone cannot settle, and orders them by proficiency', () => {
    const unsettled = report.unsettled.find((r) => r.roleName === 'Service transition manager')!;
    expect(unsettled.levels.at(-1)).toBe('Lead service transition manager');
    expect(report.unsettled.map((r) => r.roleName)).not.toContain('Development operations (DevOps) engineer');
  });

  it('keeps the four "NOT IN USE" roles, with their skills and a notice, but no requirements', () => {
    expect(report.placeholders).toHaveLength(4);
    const cdo = role('Chief data officer');
    expect(cdo.requirements).toEqual([]);
    expect(cdo.skills.length).toBeGreaterThan(0);
    expect(cdo.notice).toMatch(/NOT IN USE/);
    expect(cdo.type).toBe('Senior Civil Service');
  });

  it('adds what each proficiency means for each skill from the skills CSV', () => {
    const skill = role('Frontend developer').skills.find((s) => s.name === 'Accessibility')!;
    expect(skill.levelDescriptions?.expert).toMatch(
      /^You can:\n- show a strong understanding of accessibility/,
    );
  });
});

describe('level order inference', () => {
  it.each([
    ['Trainee analyst', 0],
    ['Apprentice DevOps engineer', 1],
    ['Associate data analyst', 2],
    ['Junior developer', 3],
    ['Data analyst', 4],
    ['Senior data analyst', 5],
    ['Lead developer', 6],
    ['Principal developer', 7],
    ['Head of business analysis', 8],
  ])('%s ranks %i', (name, rank) => {
    expect(titleRank(name)).toBe(rank);
  });

  it('breaks ties between plain titles by proficiency, and says the titles did not settle it', () => {
    const mean: Record<string, number> = {
      'Service readiness analyst': 2.2,
      'Service acceptance analyst': 1.8,
      'Lead x': 3,
    };
    expect(
      orderLevels(['Lead x', 'Service readiness analyst', 'Service acceptance analyst'], (n) => mean[n]),
    ).toEqual({
      order: ['Service acceptance analyst', 'Service readiness analyst', 'Lead x'],
      settledByTitle: false,
    });
    expect(orderLevels(['Senior a', 'a'], () => 0)).toEqual({
      order: ['a', 'Senior a'],
      settledByTitle: true,
    });
  });
});

describe('splitSummary', () => {
  it('separates paragraphs from "- " items', () => {
    expect(splitSummary('A lead does things.\n\nAt this role level, you will:\n- lead\n- plan')).toEqual({
      paragraphs: ['A lead does things.', 'At this role level, you will:'],
      responsibilities: ['lead', 'plan'],
    });
  });
});
