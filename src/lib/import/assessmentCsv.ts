/**
 * Assessments as long CSV rows, the form a team view reads and a spreadsheet holds: one row per
 * person, snapshot and skill, with the columns `person, framework, role, level_target, skill,
 * proficiency, date, source` (and an optional `note`). Written with names people read (the role's
 * and skill's names, the level as the app labels it, the proficiency's name) and the framework's
 * id (which names its version); read back with framework, role, level and skill given by id, as the
 * source names them or as the app labels them, and proficiencies in any case.
 */
import type { Framework } from '../model/types';
import { levelLabel } from '../model/framework';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
  findLevel,
  findProficiency,
  findRole,
  findSkill,
  nameKey,
  type Assessment,
} from '../model/assessment';
import { ImportError } from './importError';
import { readCsv } from './ddatCsv';
import type { SkippedPart } from '../model/assessmentFile';

export const ASSESSMENT_COLUMNS = [
  'person',
  'framework',
  'role',
  'level_target',
  'skill',
  'proficiency',
  'date',
  'source',
] as const;

/** The self-assessment CSV's header: the long CSV's columns, a note per rating, and the level held. */
export const ASSESSMENT_FILE_COLUMNS = [...ASSESSMENT_COLUMNS, 'note', 'level_held'] as const;

/** The rows of a CSV file of assessments (with the header `ASSESSMENT_FILE_COLUMNS`). */
export function assessmentRows(assessments: Assessment[], frameworks: Framework[]): string[][] {
  return assessments.flatMap((a) => {
    const framework = frameworks.find((f) => f.id === a.framework.id);
    const role = framework?.roles.find((r) => r.id === a.role.id);
    const level = a.target ? role?.levels.find((l) => l.id === a.target) : undefined;
    const held = a.held ? role?.levels.find((l) => l.id === a.held) : undefined;
    const proficiency = (id: string | null) =>
      id === null ? 'not yet' : (framework?.proficiencies.find((p) => p.id === id)?.name ?? id);
    return a.ratings.map((rating) => [
      a.person,
      a.framework.id,
      role?.name ?? a.role.name,
      level && framework ? levelLabel(framework, level) : (a.target ?? ''),
      role?.skills.find((s) => s.id === rating.skill)?.name ?? rating.skillName,
      proficiency(rating.proficiency),
      a.date,
      a.source,
      rating.note ?? '',
      held && framework ? levelLabel(framework, held) : (a.held ?? ''),
    ]);
  });
}

/** The formula guard's apostrophe, taken off again: "'-1 step" was written for "-1 step". */
export const unguard = (text: string) =>
  text[0] === "'" && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;

/**
 * Reads long CSV rows into assessments, one per person, framework, role, target, date and source.
 * A row that cannot be read is skipped and listed with its line and what was expected, and the
 * others are read; a framework is matched by id or by name among `frameworks`. A file with no row
 * that reads throws.
 */
export function parseAssessmentCsv(
  text: string,
  file: string,
  frameworks: Framework[],
): { assessments: Assessment[]; skipped: SkippedPart[] } {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  const names = header.split(',').map((cell) => cell.trim().replace(/^"|"$/g, ''));
  const bad: ImportError[] = [];
  // The optional columns: a note per rating, and the level the person holds today.
  const optional = (['note', 'level_held'] as const).filter((column) => names.includes(column));
  const records = readCsv(text, file, [...ASSESSMENT_COLUMNS, ...optional], bad).map((r) => {
    const given: Partial<Record<'note' | 'level_held', string>> = r;
    return { ...r, note: given.note ?? '', level_held: given.level_held ?? '' };
  });
  if (records.length === 0 && bad.length === 0)
    throw new ImportError('the file has a header but no ratings', file, 2);
  const groups = new Map<string, Assessment>();
  for (const record of records) {
    try {
      readRecord(record);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      bad.push(error);
    }
  }
  const skipped = bad
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map((e) => ({ where: `line ${e.line}`, reason: e.reason }));
  // Not one row read: the one reason, or the first of them.
  if (groups.size === 0 && bad.length === 1) throw bad[0];
  if (groups.size === 0)
    throw new ImportError(
      `none of its ${bad.length} rows could be read (line ${bad[0].line}: ${bad[0].reason})`,
      file,
    );
  return { assessments: [...groups.values()], skipped };

  function readRecord(record: (typeof records)[number]) {
    const fail = (message: string): never => {
      throw new ImportError(message, file, record.line);
    };
    const framework =
      frameworks.find((f) => f.id === record.framework) ??
      frameworks.find((f) => nameKey(f.name) === nameKey(record.framework)) ??
      fail(
        `no framework "${record.framework}" is loaded (loaded: ${frameworks.map((f) => f.name).join(', ')})`,
      );
    const role = findRole(framework, record.role) ?? fail(`${framework.name} has no role "${record.role}"`);
    const target = record.level_target.trim();
    const level =
      target === ''
        ? undefined
        : (findLevel(framework, role, target) ?? fail(`${role.name} has no level "${target}"`));
    const skill =
      findSkill(role, unguard(record.skill)) ?? fail(`${role.name} has no skill "${record.skill}"`);
    const proficiency = findProficiency(framework, record.proficiency);
    if (proficiency === undefined)
      fail(
        `"${record.proficiency}" is not a proficiency of ${framework.name} (expected ${framework.proficiencies.map((p) => p.name).join(', ')}, or "not yet")`,
      );
    if (!/^\d{4}-\d{2}-\d{2}$/.test(record.date) || Number.isNaN(Date.parse(record.date)))
      fail(`the date "${record.date}" is not a date as YYYY-MM-DD`);
    const source = record.source.trim().toLowerCase();
    if (source !== 'self' && source !== 'manager')
      fail(`the source "${record.source}" is not "self" or "manager"`);
    const heldName = record.level_held.trim();
    const held =
      heldName === ''
        ? undefined
        : (findLevel(framework, role, heldName) ??
          fail(`${role.name} has no level "${heldName}" (column level_held)`));
    const person = unguard(record.person);
    const key = JSON.stringify([person, framework.id, role.id, level?.id ?? null, record.date, source]);
    let assessment = groups.get(key);
    if (assessment?.ratings.some((r) => r.skill === skill.id))
      fail(`"${skill.name}" is rated twice for ${person || 'this person'} on ${record.date}`);
    if (!assessment) {
      assessment = {
        format: ASSESSMENT_FORMAT,
        formatVersion: ASSESSMENT_VERSION,
        framework: { id: framework.id, name: framework.name },
        role: { id: role.id, name: role.name },
        person,
        source: source as Assessment['source'],
        target: level?.id ?? null,
        ...(held ? { held: held.id } : {}),
        date: record.date,
        ratings: [],
      };
      groups.set(key, assessment);
    }
    const note = unguard(record.note);
    assessment.ratings.push({
      skill: skill.id,
      skillName: skill.name,
      proficiency: proficiency ?? null,
      ...(note ? { note } : {}),
    });
  }
}
