/**
 * The long assessment CSV, read for a team and for a person alike: a row per rating, with the
 * columns `person, framework, role, level_target, skill, proficiency, date, source` (source may be
 * left out: "self") and, where present, `note` and `level_held`. Frameworks, roles, levels and
 * skills may be named by id, as the source names them or as the app labels them (reading.ts).
 *
 * Read a row at a time as d3-dsv parses it (a whole profession's file is 400,000 rows, none of them
 * kept): each row is checked for shape and put with the rows of the same person, framework, role,
 * target, date and source as they are written; at the end each such group has its names looked up
 * once and becomes an assessment. A row that cannot be read is skipped and listed with its line and
 * why, and the others are read. Two modes:
 * - `reporting` (a team's file): a rating of a skill the role does not have is set aside and
 *   reported (Unmatched); every row names its person; a file of skipped rows gives no assessment.
 * - `strict` (a person's own file): such a rating is a row skipped; the person may be unnamed (a
 *   self-assessment saved before it was given a name); a file none of whose rows can be read is
 *   refused with the reason.
 */
import * as v from 'valibot';
import type { Framework } from '../../model/types';
import { findLevel, type Assessment, type AssessmentSource } from '../../model/assessment';
import type { SkippedPart } from '../../model/assessmentFile';
import { ImportError } from '../importError';
import { eachCsvRow, unguard } from '../csv';
import {
  isDate,
  newAssessment,
  orSkip,
  proficiencyOf,
  resolver,
  skillOf,
  type Skipped,
  type TeamFile,
  type Unmatched,
} from '../reading';

export type LongCsvMode = 'reporting' | 'strict';

/** The long CSV's columns, in the order this app writes them. */
export const LONG_COLUMNS = [
  'person',
  'framework',
  'role',
  'level_target',
  'skill',
  'proficiency',
  'date',
  'source',
] as const;

/** Columns a long CSV may add: a note per rating, and the level the person holds today. */
export const LONG_OPTIONAL_COLUMNS = ['note', 'level_held'] as const;

type LongFields = Record<(typeof LONG_COLUMNS)[number], string>;

const person = (required: boolean) =>
  required
    ? v.pipe(v.string(), v.minLength(1, 'is empty: every row names its person'), v.maxLength(300))
    : v.pipe(v.string(), v.maxLength(300));

/** One row of the long CSV, checked for shape (its names are looked up afterwards). */
const longRow = (mode: LongCsvMode) =>
  v.object({
    person: person(mode === 'reporting'),
    framework: v.string(),
    role: v.pipe(v.string(), v.minLength(1, 'is empty: every row names its role')),
    level_target: v.string(),
    skill: v.pipe(v.string(), v.minLength(1, 'is empty: every row names its skill')),
    proficiency: v.string(),
    date: v.pipe(v.string(), v.check(isDate, 'is not a date as YYYY-MM-DD')),
    source: v.pipe(
      v.string(),
      v.transform((s) => s.trim().toLowerCase() || 'self'),
      v.picklist(['self', 'manager'], 'is not "self" or "manager"'),
    ),
  });

/** One person's ratings on one date, as the rows name them (their names are looked up once for all). */
interface LongGroup {
  written: { framework: string; role: string; target: string };
  person: string;
  date: string;
  source: AssessmentSource;
  /** The level held, as the group's first row writes it. */
  held: string;
  skills: string[];
  proficiencies: string[];
  notes: string[];
  lines: number[];
}

/** Whether a CSV's header (its first row) is the long CSV's: it names a skill and a proficiency per row. */
export function isLongCsvHeader(header: string[]): boolean {
  const names = header.map((cell) => cell.trim().toLowerCase());
  return names.includes('skill') && names.includes('proficiency');
}

/** Reads a long CSV's text (see the module's comment for the modes). */
export function readLongCsv(
  file: string,
  text: string,
  frameworks: Framework[],
  mode: LongCsvMode = 'reporting',
): TeamFile {
  let reader: ReturnType<typeof longReader> | undefined;
  eachCsvRow(text, (row, line, index) => {
    if (index === 0) reader = longReader(file, row, mode);
    else reader!.add(row, line);
  });
  if (!reader) throw new ImportError('the file is empty', file);
  return reader.finish(frameworks);
}

function longReader(file: string, headerRow: string[], mode: LongCsvMode) {
  const header = headerRow.map((cell) => cell.trim().toLowerCase());
  const missing = LONG_COLUMNS.filter((column) => column !== 'source' && !header.includes(column));
  if (missing.length > 0)
    throw new ImportError(
      `missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => `"${c}"`).join(', ')}`,
      file,
      1,
    );
  const [person, framework, role, target, skill, proficiency, date, source] = LONG_COLUMNS.map((column) =>
    header.indexOf(column),
  );
  const [note, held] = LONG_OPTIONAL_COLUMNS.map((column) => header.indexOf(column));
  const cell = (row: string[], at: number) => (at < 0 ? '' : unguard(row[at].trim()));
  const fieldsOf = (row: string[]): LongFields => ({
    person: cell(row, person),
    framework: cell(row, framework),
    role: cell(row, role),
    level_target: cell(row, target),
    skill: cell(row, skill),
    proficiency: cell(row, proficiency),
    date: cell(row, date),
    source: cell(row, source),
  });
  const LongRow = longRow(mode);
  let count = 0;
  const skipped: Skipped[] = [];
  const skip = (at: number, reason: string, rows = 1): void => {
    skipped.push({ file, line: at, rows, reason });
  };
  const groups = new Map<string, LongGroup>();
  // The skills the file names for each role (a framework's version is chosen by them).
  const skillsOfRole = new Map<string, Set<string>>();
  // A row's check depends only on which cells are empty and on its date and source: it is worked
  // out once for each such row.
  const checked = new Map<string, v.InferOutput<typeof LongRow>>();
  // A person's rows usually come together: the group of the row before, and what it was written as.
  let last: { fields: LongFields; group: LongGroup; skills: Set<string> } | undefined;
  const sameGroup = (a: LongFields, b: LongFields) =>
    a.person === b.person &&
    a.framework === b.framework &&
    a.role === b.role &&
    a.level_target === b.level_target &&
    a.date === b.date &&
    a.source === b.source;

  return {
    add(row: string[], start: number) {
      count += 1;
      if (row.length !== header.length)
        return skip(start, `expected ${header.length} fields, found ${row.length}`);
      const fields = fieldsOf(row);
      if (!last || !sameGroup(last.fields, fields)) {
        const shape = `${fields.person === ''}${fields.role === ''}${fields.skill === ''}\u0000${fields.date}\u0000${fields.source}`;
        let shaped = checked.get(shape);
        if (!shaped) {
          const parsed = v.safeParse(LongRow, fields);
          if (!parsed.success) {
            const issue = parsed.issues[0];
            const column = issue.path?.map((p) => String(p.key)).join('.') ?? '';
            // The value is quoted, except a person's name (hidden when the team is anonymised).
            const value = column === 'person' ? '' : ` "${fields[column as keyof LongFields] ?? ''}"`;
            return skip(start, `the ${column}${value} ${issue.message}`);
          }
          checked.set(shape, (shaped = parsed.output));
        }
        const key = `${fields.person}\u0000${fields.framework}\u0000${fields.role}\u0000${fields.level_target}\u0000${fields.date}\u0000${fields.source}`;
        let group = groups.get(key);
        if (!group) {
          group = {
            written: { framework: fields.framework, role: fields.role, target: fields.level_target },
            person: fields.person,
            date: shaped.date,
            source: shaped.source,
            held: cell(row, held),
            skills: [],
            proficiencies: [],
            notes: [],
            lines: [],
          };
          groups.set(key, group);
        }
        let skills = skillsOfRole.get(fields.role);
        if (!skills) skillsOfRole.set(fields.role, (skills = new Set()));
        last = { fields, group, skills };
      } else if (fields.skill === '') {
        // The same group's row, checked for the one cell that may differ and must not be empty.
        return skip(start, `the skill "" is empty: every row names its skill`);
      }
      last.group.skills.push(fields.skill);
      last.group.proficiencies.push(fields.proficiency);
      if (note >= 0) last.group.notes.push(cell(row, note));
      last.group.lines.push(start);
      last.skills.add(fields.skill);
    },

    finish(frameworks: Framework[]): TeamFile {
      if (count === 0) throw new ImportError('the file has a header but no ratings', file, 2);
      const { notes, resolve } = resolver(file, frameworks, (role) => [...(skillsOfRole.get(role) ?? [])]);
      const unmatched: Unmatched[] = [];
      const assessments = new Map<string, { assessment: Assessment; rated: Map<string, number> }>();
      for (const group of groups.values()) {
        // A framework, role or target nobody has: the person's rows on that date are skipped together.
        const resolved = orSkip(skipped, group.lines.length, () => {
          const found = resolve(group.lines[0], group.written);
          const level =
            group.held === ''
              ? undefined
              : (findLevel(found.framework, found.role, group.held) ??
                new ImportError(
                  `${found.role.name} has no level "${group.held}" (column level_held)`,
                  file,
                  group.lines[0],
                ));
          if (level instanceof ImportError) throw level;
          return { ...found, held: level?.id };
        });
        if (!resolved) continue;
        const { framework, role, target } = resolved;
        const key = `${group.person}\u0000${framework.id}\u0000${role.id}\u0000${target}\u0000${group.date}\u0000${group.source}`;
        // Made at its first rating of a skill the role has (a person none of whose skills match has none).
        let into = assessments.get(key);
        for (let i = 0; i < group.skills.length; i++) {
          const found = skillOf(framework, role, group.skills[i]);
          if (found?.renamed && !notes.includes(found.renamed)) notes.push(found.renamed);
          const skill = found?.skill;
          if (!skill) {
            if (mode === 'strict') skip(group.lines[i], `${role.name} has no skill "${group.skills[i]}"`);
            else
              unmatched.push({
                file,
                line: group.lines[i],
                person: group.person,
                role: role.name,
                skill: group.skills[i],
              });
            continue;
          }
          const proficiency = orSkip(skipped, 1, () =>
            proficiencyOf(file, group.lines[i], framework, group.proficiencies[i]),
          );
          if (proficiency === undefined) continue;
          if (!into) {
            const assessment = newAssessment(framework, role, group.person, target, group.date, group.source);
            into = {
              assessment: resolved.held ? { ...assessment, held: resolved.held } : assessment,
              rated: new Map(),
            };
            assessments.set(key, into);
          }
          const first = into.rated.get(skill.id);
          if (first !== undefined) {
            skip(
              group.lines[i],
              `"${skill.name}" is rated twice for the same person on ${group.date} (first on line ${first}, which is used)`,
            );
            continue;
          }
          into.rated.set(skill.id, group.lines[i]);
          const written = group.notes[i];
          into.assessment.ratings.push({
            skill: skill.id,
            skillName: skill.name,
            proficiency,
            ...(written ? { note: written } : {}),
          });
        }
      }
      skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      if (mode === 'strict' && assessments.size === 0) refuse(file, count, skipped);
      return {
        file,
        assessments: [...assessments.values()].map((a) => a.assessment),
        notes,
        unmatched,
        skipped,
      };
    },
  };
}

/** A person's file none of whose rows could be read: the one reason, or how many and the first. */
function refuse(file: string, rows: number, skipped: Skipped[]): never {
  const [first] = skipped;
  if (!first) throw new ImportError('no rating in it could be read', file);
  if (skipped.length === 1) throw new ImportError(first.reason, file, first.line);
  throw new ImportError(`none of its ${rows} rows could be read (line ${first.line}: ${first.reason})`, file);
}

/**
 * A person's own long CSV (strict), its skipped rows as the self-assessment lists them: "line 4"
 * and why. A file none of whose rows can be read throws an ImportError with the reason.
 */
export function readOwnLongCsv(
  file: string,
  text: string,
  frameworks: Framework[],
): { assessments: Assessment[]; skipped: SkippedPart[] } {
  const { assessments, skipped } = readLongCsv(file, text, frameworks, 'strict');
  return { assessments, skipped: skipped.map((s) => ({ where: `line ${s.line}`, reason: s.reason })) };
}
