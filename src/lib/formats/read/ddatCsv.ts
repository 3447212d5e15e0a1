import type {
  Framework,
  Level,
  LevelSummary,
  Proficiency,
  Requirement,
  Role,
  Skill,
  Source,
  Track,
} from '../../model/types';
import { FORMAT_VERSION } from '../../model/types';
import { linkPathway } from '../../model/pathway';
import { slugify, uniqueSlugger } from '../../model/slug';
import { ImportError } from '../importError';
import { readCsv, unguard } from '../csv';

/**
 * Converts the DDaT Capability Framework's official CSV downloads ("Role content", optionally with
 * "Skill description content") into a framework. The roles file has one row per role × level ×
 * skill, sorted alphabetically, and says nothing of level order, so the order is inferred from
 * title words, with the overall proficiency a level asks for as tie-break; the report names each
 * role whose order the titles alone could not settle.
 */

export const ROLE_COLUMNS = [
  'Role Family',
  'Role',
  'Role Description',
  'Role Level',
  'Role Level Description',
  'Skill Name',
  'Skill Description',
  'Skill Level',
  'Skill Level Description',
  'Role Type',
] as const;
export const SKILL_COLUMNS = [
  'Skill Name',
  'Skill Description',
  'Awareness',
  'Working',
  'Practitioner',
  'Expert',
] as const;
const NOT_IN_USE = 'NOT IN USE';
const MANAGEMENT_SUFFIX = /\s+-\s+management$/i;

export interface CsvOptions {
  rolesFile: string;
  skillsFile?: string;
  id: string;
  name: string;
  source: Source;
  proficiencies: Proficiency[];
  tracks: Track[];
}

export interface CsvReport {
  /** Roles whose level order the title words could not settle (the tie-break decided). */
  unsettled: { roleId: string; roleName: string; levels: string[] }[];
  /** Roles the file lists without levels or proficiencies ("NOT IN USE"). */
  placeholders: string[];
  /** Rows that repeat another row exactly (kept once), as "role / level / skill (line N)". */
  duplicates: string[];
}

type Row = Record<(typeof ROLE_COLUMNS)[number], string> & { line: number };

/** Splits a cell into paragraphs and "- " bullet items, keeping each line's words as written. */
export function splitSummary(text: string): LevelSummary {
  const paragraphs: string[] = [];
  const responsibilities: string[] = [];
  for (const block of text.split(/\r?\n\s*\r?\n/)) {
    const lines = block
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const prose = lines.filter((line) => !line.startsWith('- '));
    if (prose.length > 0) paragraphs.push(prose.join('\n'));
    responsibilities.push(...lines.filter((line) => line.startsWith('- ')).map((line) => line.slice(2)));
  }
  return { paragraphs, responsibilities };
}

const TITLE_RANKS: [RegExp, number][] = [
  [/^trainee\b/i, 0],
  [/^apprentice\b/i, 1],
  [/^(assistant|associate)\b/i, 2],
  [/^junior\b/i, 3],
  [/^senior\b/i, 5],
  [/^lead\b/i, 6],
  [/^principal\b/i, 7],
  [/^(head of|chief|director)\b/i, 8],
];

/** How senior a level's title sounds: "Junior …" 3, the plain title 4, "Senior …" 5, "Head of …" 8. */
export function titleRank(levelName: string): number {
  return TITLE_RANKS.find(([pattern]) => pattern.test(levelName))?.[1] ?? 4;
}

/**
 * Orders level names by title rank, breaking ties by the mean proficiency rank they ask for (then
 * by name, so the result is stable). Says whether the titles alone settled the order.
 */
export function orderLevels(
  names: string[],
  meanRank: (name: string) => number,
): { order: string[]; settledByTitle: boolean } {
  const order = [...names].sort(
    (a, b) => titleRank(a) - titleRank(b) || meanRank(a) - meanRank(b) || a.localeCompare(b),
  );
  const ranks = names.map(titleRank);
  return { order, settledByTitle: new Set(ranks).size === ranks.length };
}

export function convertDdatCsv(
  rolesText: string,
  skillsText: string | undefined,
  options: CsvOptions,
): { framework: Framework; report: CsvReport } {
  // Skills are named alike across roles (one id for one name); names that slugify alike, or to
  // nothing, get ids of their own rather than being taken for one skill listed twice.
  const slug = uniqueSlugger('skill');
  const roleSlug = uniqueSlugger('role');
  // A cell the app wrote with a spreadsheet's guard (write/ddatCsv.ts) reads back as it was.
  const rows: Row[] = readCsv(rolesText, options.rolesFile, ROLE_COLUMNS).map((row) => {
    for (const column of ROLE_COLUMNS) row[column] = unguard(row[column]);
    return row;
  });
  if (rows.length === 0) throw new ImportError('the file has a header but no rows', options.rolesFile);
  const proficiencyByName = new Map(options.proficiencies.map((p) => [p.name.toLowerCase(), p]));
  const skillInfo = skillsText === undefined ? new Map() : readSkills(skillsText, options);

  const byRole = new Map<string, Row[]>();
  for (const row of rows) {
    for (const column of ['Role', 'Role Level', 'Skill Name', 'Skill Level'] as const) {
      if (row[column] === '')
        throw new ImportError(`the "${column}" cell is empty`, options.rolesFile, row.line);
    }
    const skillLevel = row['Skill Level'];
    if (skillLevel !== NOT_IN_USE && !proficiencyByName.has(skillLevel.toLowerCase())) {
      throw new ImportError(
        `unknown skill level "${skillLevel}" (expected one of: ${options.proficiencies.map((p) => p.name).join(', ')}, or ${NOT_IN_USE})`,
        options.rolesFile,
        row.line,
      );
    }
    const list = byRole.get(row.Role);
    if (list) list.push(row);
    else byRole.set(row.Role, [row]);
  }

  const report: CsvReport = { unsettled: [], placeholders: [], duplicates: [] };
  const roles = [...byRole].map(([roleName, roleRows]): Role => {
    const id = roleSlug(roleName);
    const first = roleRows[0];
    const placeholder = roleRows.every((row) => row['Role Level'] === NOT_IN_USE);
    if (placeholder) report.placeholders.push(roleName);
    const skills = new Map<string, Skill>();
    for (const row of roleRows) {
      const skillId = slug(row['Skill Name']);
      if (!skills.has(skillId)) {
        const info = skillInfo.get(row['Skill Name'].toLowerCase());
        const description = info?.description || row['Skill Description'];
        skills.set(skillId, {
          id: skillId,
          name: row['Skill Name'],
          ...(description ? { description } : {}),
          ...(info?.levels ? { levelDescriptions: info.levels } : {}),
        });
      }
    }
    const role: Role = {
      id,
      name: roleName,
      family: first['Role Family'] || undefined,
      introduction: first['Role Description'] ? [first['Role Description']] : [],
      levels: [],
      skills: [...skills.values()],
      requirements: [],
    };
    if (first['Role Type']) role.type = first['Role Type'];
    if (placeholder) {
      role.notice =
        'The framework lists the skills for this role but no levels or proficiencies (it marks them "NOT IN USE"), so no proficiency is shown.';
      role.levels = linkPathway([
        {
          id: slugify(roleName) || 'level',
          name: roleName,
          seniority: 0,
          track: null,
          summary: { paragraphs: [], responsibilities: [] },
        },
      ]);
      return role;
    }
    return buildLevels(
      role,
      roleRows.filter((row) => row['Role Level'] !== NOT_IN_USE),
      options,
      report,
      slug,
    );
  });

  return {
    framework: {
      formatVersion: FORMAT_VERSION,
      id: options.id,
      name: options.name,
      source: options.source,
      proficiencies: options.proficiencies,
      tracks: options.tracks,
      roles,
    },
    report,
  };
}

function buildLevels(
  role: Role,
  rows: Row[],
  options: CsvOptions,
  report: CsvReport,
  slug: (text: string) => string,
): Role {
  const proficiency = (name: string) =>
    options.proficiencies.find((p) => p.name.toLowerCase() === name.toLowerCase())!;
  const levelNames = [...new Set(rows.map((row) => row['Role Level']))];
  const base = (name: string) => name.replace(MANAGEMENT_SUFFIX, '');
  const hasManagementTrack = new Set(levelNames.filter((n) => MANAGEMENT_SUFFIX.test(n)).map(base));
  const trackOf = (name: string) =>
    MANAGEMENT_SUFFIX.test(name) ? 'management' : hasManagementTrack.has(name) ? 'technical' : null;
  const baseNames = [...new Set(levelNames.map(base))];
  const meanRank = (baseName: string) => {
    const asked = rows.filter(
      (row) => base(row['Role Level']) === baseName && row['Skill Level'] !== NOT_IN_USE,
    );
    return (
      asked.reduce((sum, row) => sum + proficiency(row['Skill Level']).rank, 0) / Math.max(1, asked.length)
    );
  };
  const { order, settledByTitle } = orderLevels(baseNames, meanRank);
  if (!settledByTitle) report.unsettled.push({ roleId: role.id, roleName: role.name, levels: order });
  const levelSlug = uniqueSlugger('level');
  const trackOrder = (track: string | null) =>
    track === null ? -1 : options.tracks.findIndex((t) => t.id === track);

  const drafts = levelNames
    .map((name) => {
      const track = trackOf(name);
      const baseName = base(name);
      return {
        id: `${levelSlug(baseName)}${track ? `-${track}` : ''}`,
        name: baseName,
        seniority: order.indexOf(baseName),
        track,
        summary: splitSummary(rows.find((row) => row['Role Level'] === name)!['Role Level Description']),
        sourceName: name,
      };
    })
    .sort((a, b) => a.seniority - b.seniority || trackOrder(a.track) - trackOrder(b.track));
  const levels: Level[] = linkPathway(drafts.map(({ sourceName: _source, ...level }) => level));
  const idOf = new Map(drafts.map((d) => [d.sourceName, d.id]));

  const seen = new Map<string, Requirement>();
  const requirements: Requirement[] = [];
  for (const row of rows) {
    if (row['Skill Level'] === NOT_IN_USE) continue;
    const levelId = idOf.get(row['Role Level'])!;
    const skillId = slug(row['Skill Name']);
    const key = `${levelId}|${skillId}`;
    const requirement: Requirement = {
      levelId,
      skillId,
      proficiency: proficiency(row['Skill Level']).id,
      description: row['Skill Level Description'],
      skillName: row['Skill Name'],
    };
    const earlier = seen.get(key);
    if (earlier) {
      // The 2025 file repeats some rows word for word: keep one. A repeat that disagrees is an error.
      if (
        earlier.proficiency === requirement.proficiency &&
        earlier.description === requirement.description
      ) {
        report.duplicates.push(
          `${role.name} / ${row['Role Level']} / ${row['Skill Name']} (line ${row.line})`,
        );
        continue;
      }
      throw new ImportError(
        `"${row['Skill Name']}" is listed twice for "${row['Role Level']}" of "${role.name}", with different skill levels or descriptions`,
        options.rolesFile,
        row.line,
      );
    }
    seen.set(key, requirement);
    requirements.push(requirement);
  }
  return { ...role, levels, requirements };
}

function readSkills(
  text: string,
  options: CsvOptions,
): Map<string, { description: string; levels: Record<string, string> }> {
  const file = options.skillsFile ?? 'skills.csv';
  const rows = readCsv(text, file, SKILL_COLUMNS).map((row) => {
    for (const column of SKILL_COLUMNS) row[column] = unguard(row[column]);
    return row;
  });
  const skills = new Map<string, { description: string; levels: Record<string, string> }>();
  for (const row of rows) {
    if (row['Skill Name'] === '') throw new ImportError('the "Skill Name" cell is empty', file, row.line);
    const levels: Record<string, string> = {};
    for (const p of options.proficiencies) {
      const value = (row as Record<string, string>)[p.name];
      if (value) levels[p.id] = value;
    }
    skills.set(row['Skill Name'].toLowerCase(), { description: row['Skill Description'], levels });
  }
  return skills;
}
