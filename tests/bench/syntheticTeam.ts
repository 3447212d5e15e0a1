/**
 * A synthetic team, for the benchmark and the tests: `people` people of one role of `framework`,
 * each with a target level and a rating of every skill, on `dates` dates a quarter apart (each
 * later one a step up here and there), from a seeded generator so every run gives the same team.
 * Written as the long CSV, the wide grid or self-assessment JSON files (the formats "Team" reads).
 */
import type { Framework } from '../../src/lib/model/types';
import { levelLabel } from '../../src/lib/model/framework';
import { ASSESSMENT_COLUMNS } from '../../src/lib/formats/assessmentCsv';

/** A small, fast, seeded generator (mulberry32). */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticPerson {
  name: string;
  target: string;
  /** Per date, a proficiency id (or null) per skill id. */
  ratings: { date: string; bySkill: Map<string, string | null> }[];
}

export function syntheticTeam(
  framework: Framework,
  { people = 1000, roleId = framework.roles[0].id, dates = 1, seed = 7 } = {},
): SyntheticPerson[] {
  const next = random(seed);
  const role = framework.roles.find((r) => r.id === roleId)!;
  const scale = [null, ...[...framework.proficiencies].sort((a, b) => a.rank - b.rank).map((p) => p.id)];
  const days = Array.from({ length: dates }, (_, d) => `2026-${String(1 + d * 3).padStart(2, '0')}-01`);
  return Array.from({ length: people }, (_, i) => {
    const target = role.levels[Math.floor(next() * role.levels.length)].id;
    let ranks = role.skills.map(() => Math.floor(next() * scale.length));
    const ratings = days.map((date, d) => {
      if (d > 0) ranks = ranks.map((rank) => (next() < 0.25 ? Math.min(scale.length - 1, rank + 1) : rank));
      return { date, bySkill: new Map(role.skills.map((skill, s) => [skill.id, scale[ranks[s]]])) };
    });
    return { name: `Colleague ${String(i + 1).padStart(4, '0')}`, target, ratings };
  });
}

const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const line = (cells: string[]) => cells.map(cell).join(',');

/** The team as the long CSV: a row per person, date and skill. */
export function teamLongCsv(framework: Framework, roleId: string, team: SyntheticPerson[]): string {
  const role = framework.roles.find((r) => r.id === roleId)!;
  const name = (id: string | null) =>
    id === null ? 'not yet' : framework.proficiencies.find((p) => p.id === id)!.name;
  const rows = [line([...ASSESSMENT_COLUMNS])];
  for (const person of team) {
    const target = levelLabel(
      framework,
      role.levels.find((l) => l.id === person.target)!,
    );
    for (const { date, bySkill } of person.ratings)
      for (const skill of role.skills)
        rows.push(
          line([
            person.name,
            framework.id,
            role.name,
            target,
            skill.name,
            name(bySkill.get(skill.id)!),
            date,
            'self',
          ]),
        );
  }
  return `${rows.join('\n')}\n`;
}

/** The team as a wide grid: a row per person (their latest date), a column per skill. */
export function teamWideCsv(framework: Framework, roleId: string, team: SyntheticPerson[]): string {
  const role = framework.roles.find((r) => r.id === roleId)!;
  const name = (id: string | null) =>
    id === null ? 'not yet' : framework.proficiencies.find((p) => p.id === id)!.name;
  const rows = [line(['person', 'role', 'level_target', 'date', ...role.skills.map((s) => s.name)])];
  for (const person of team) {
    const { date, bySkill } = person.ratings.at(-1)!;
    const target = role.levels.find((l) => l.id === person.target)!;
    rows.push(
      line([
        person.name,
        role.name,
        levelLabel(framework, target),
        date,
        ...role.skills.map((s) => name(bySkill.get(s.id)!)),
      ]),
    );
  }
  return `${rows.join('\n')}\n`;
}

/** Each person's latest assessment as a self-assessment JSON file's text. */
export function teamJsonFiles(
  framework: Framework,
  roleId: string,
  team: SyntheticPerson[],
): { name: string; text: string }[] {
  const role = framework.roles.find((r) => r.id === roleId)!;
  return team.map((person) => {
    const { date, bySkill } = person.ratings.at(-1)!;
    return {
      name: `${person.name.toLowerCase().replace(/\s+/g, '-')}.json`,
      text: JSON.stringify(
        {
          format: 'pathway-explorer-assessment',
          formatVersion: 1,
          framework: { id: framework.id, name: framework.name },
          role: { id: role.id, name: role.name },
          person: person.name,
          source: 'self',
          target: person.target,
          date,
          ratings: role.skills.map((s) => ({
            skill: s.id,
            skillName: s.name,
            proficiency: bySkill.get(s.id)!,
          })),
        },
        null,
        2,
      ),
    };
  });
}
