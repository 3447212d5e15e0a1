/**
 * A team's assessments, read from the files a capability lead has: self-assessment JSON files (one
 * person each, or a list), the long CSV (`person, framework, role, level_target, skill, proficiency,
 * date, source`, a row per rating) and a wide grid (a row per person, a column per skill, as a
 * spreadsheet holds it; the role and target per row, or given once for all). Frameworks, roles,
 * levels and skills may be named by id, as the source names them or as the app labels them; a
 * framework's name that fits more than one version is given the version whose skills match the
 * file, and the note says which. A file that cannot be read throws an ImportError naming its line
 * or field; a rating of a skill the role does not have is reported, not dropped. Pure.
 */
import { csvParseRows } from 'd3-dsv';
import * as v from 'valibot';
import type { Framework, Role } from '../model/types';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
  findLevel,
  findProficiency,
  findRole,
  findSkill,
  nameKey,
  type Assessment,
  type AssessmentSource,
} from '../model/assessment';
import { AssessmentError, parseAssessment } from '../model/assessmentFile';
import { ImportError } from './importError';
import { decodeText } from './decodeText';
import { ASSESSMENT_COLUMNS, unguard } from './assessmentCsv';

/** A team's file may be large (a whole profession's long CSV is some tens of megabytes). */
export const MAX_TEAM_FILE_BYTES = 64 * 1024 * 1024;

/** A rating the role has no skill for: kept aside and reported. */
export interface Unmatched {
  file: string;
  line?: number;
  person: string;
  role: string;
  skill: string;
}

/**
 * Rows (or, in a JSON list, an item) that could not be read: where, how many, and why. The rest of
 * the file is read. The reason names no person (names are hidden when the team is anonymised).
 */
export interface Skipped {
  file: string;
  /** The first line skipped (a JSON file: none). */
  line?: number;
  /**
   * How many rows it stands for: a person's rows whose role is unknown are skipped together; 0 for
   * a wide grid's rating whose row is read all the same.
   */
  rows: number;
  reason: string;
}

export interface TeamFile {
  file: string;
  assessments: Assessment[];
  /** What was decided on the file's behalf (a framework version chosen), in words. */
  notes: string[];
  unmatched: Unmatched[];
  skipped: Skipped[];
  /** How its bytes were read, where they were not UTF-8 (decodeText). */
  warning?: string;
}

/** Runs `read`; an ImportError it throws is listed as skipped rows, and the reading goes on. */
function orSkip<T>(skipped: Skipped[], rows: number, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    skipped.push({ file: error.file, line: error.line, rows, reason: error.reason });
    return undefined;
  }
}

/** For a wide grid without these columns: the framework, role and target of every row, and the date. */
export interface TeamDefaults {
  frameworkId?: string;
  roleId?: string;
  target?: string | null;
  date?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(text));

/**
 * `find` remembered per name written: a team's file names the same skills and proficiencies on
 * every row, and matching a name as people write it (nameKey) is the slow part of reading one.
 */
function remembered<T>(find: (written: string) => T): (written: string) => T {
  const known = new Map<string, T>();
  return (written) => {
    if (known.has(written)) return known.get(written)!;
    const found = find(written);
    known.set(written, found);
    return found;
  };
}

/** A role's skills by any name written for them, looked up once per name. */
const skillsByName = new WeakMap<Role, (written: string) => ReturnType<typeof findSkill>>();
const skillOf = (role: Role, written: string) => {
  let find = skillsByName.get(role);
  if (!find) skillsByName.set(role, (find = remembered((name) => findSkill(role, name))));
  return find(written);
};

/** A framework's proficiencies by any name written for them, looked up once per name. */
const proficienciesByName = new WeakMap<Framework, (written: string) => string | null | undefined>();
const proficiencyNamed = (framework: Framework, written: string) => {
  let find = proficienciesByName.get(framework);
  if (!find)
    proficienciesByName.set(framework, (find = remembered((name) => findProficiency(framework, name))));
  return find(written);
};

/** A person's name from a file's name: "alex-smith.json" → "alex-smith". */
const fromFileName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/**
 * The framework a file names: by id, by its name, or, where the name fits several versions ("DDaT
 * Capability Framework" fits the 2020 page and the 2025 framework), the one whose role has most of
 * the file's skills; the note says which was chosen and why.
 */
export function pickFramework(
  written: string,
  frameworks: Framework[],
  file: { role: string; skills: string[] },
): { framework: Framework; note?: string } | undefined {
  const byId = frameworks.find((f) => f.id === written.trim());
  if (byId) return { framework: byId };
  const key = nameKey(written);
  // Its own name first: on a tie, the version named exactly is used.
  const fits = [
    ...frameworks.filter((f) => nameKey(f.name) === key),
    ...frameworks.filter((f) => nameKey(f.name).startsWith(`${key} `)),
  ];
  if (fits.length <= 1) return fits[0] ? { framework: fits[0] } : undefined;
  const scored = fits.map((framework) => {
    const role = findRole(framework, file.role);
    const matched = role ? file.skills.filter((skill) => findSkill(role, skill)).length : -1;
    return { framework, matched };
  });
  const best = scored.reduce((a, b) => (b.matched > a.matched ? b : a));
  return {
    framework: best.framework,
    note: `"${written}" fits ${fits.length} versions (${fits.map((f) => f.name).join(', ')}): ${best.framework.name} is used, as its ${file.role} has ${Math.max(0, best.matched)} of the file's ${file.skills.length} skills.`,
  };
}

/** Reads a file's bytes (any encoding decodeText reads, and says so) as readTeamFile does. */
export function readTeamBytes(
  file: string,
  bytes: ArrayBuffer | Uint8Array,
  frameworks: Framework[],
  defaults: TeamDefaults = {},
): TeamFile {
  const { text, warning } = decodeText(file, bytes);
  const read = readTeamFile(file, text, frameworks, defaults);
  return warning ? { ...read, warning } : read;
}

/**
 * Reads one file of a team's assessments. A row that cannot be read is skipped and listed (file,
 * line, why) while the others are read; a file that cannot be read at all (not a team file, no
 * header it knows, not JSON) throws an ImportError that says where.
 */
export function readTeamFile(
  file: string,
  text: string,
  frameworks: Framework[],
  defaults: TeamDefaults = {},
): TeamFile {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ImportError('the file is empty', file);
  if (/^\s*[[{]/.test(body)) return readJson(file, body, frameworks);
  // A long CSV is read a row at a time as d3-dsv parses it (a whole profession's is 400,000 rows,
  // none of them kept); any other CSV is kept whole (a wide grid has a row per person).
  let long: ReturnType<typeof longReader> | undefined;
  const rows: string[][] = [];
  csvParseRows(body, (row, i) => {
    if (i === 0) {
      const header = row.map((cell) => cell.trim().toLowerCase());
      if (header.includes('skill') && header.includes('proficiency')) long = longReader(file, row);
      else rows.push(row);
    } else if (long) long.add(row);
    else rows.push(row);
    return undefined;
  });
  if (long) return long.finish(frameworks);
  const header = rows[0].map((cell) => cell.trim().toLowerCase());
  if (header.includes('person') || header.includes('name')) return readWide(file, rows, frameworks, defaults);
  throw new ImportError(
    `not a team file: a CSV needs the columns person, skill and proficiency (a row per rating) or person and a column per skill (a row per person); found ${rows[0].slice(0, 8).join(', ')}`,
    file,
    1,
  );
}

function readJson(file: string, text: string, frameworks: Framework[]): TeamFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`it is not JSON (${(error as Error).message})`, file);
  }
  const items = Array.isArray(data) ? data : [data];
  const result: TeamFile = { file, assessments: [], notes: [], unmatched: [], skipped: [] };
  items.forEach((item, i) => {
    // One assessment that cannot be read in a list of them is skipped; a file of one is refused.
    const read = () => readJsonItem(file, item, Array.isArray(data) ? i : undefined, frameworks, result);
    if (Array.isArray(data)) orSkip(result.skipped, 1, read);
    else read();
  });
  return result;
}

function readJsonItem(
  file: string,
  item: unknown,
  at: number | undefined,
  frameworks: Framework[],
  result: TeamFile,
): void {
  const fail = (message: string): never => {
    throw new ImportError(at === undefined ? message : `item ${at + 1}: ${message}`, file);
  };
  let assessment: Assessment;
  try {
    assessment = parseAssessment(JSON.stringify(item));
  } catch (error) {
    // "ratings.3.proficiency: …", and in a list of assessments, which one.
    const { where, message } = error as AssessmentError;
    const field = at !== undefined ? [String(at), where].filter(Boolean).join('.') : where;
    const reason = where ? message.slice(where.length + 2) : message;
    throw new ImportError(field ? `${reason} (field ${field})` : reason, file);
  }
  const picked =
    pickFramework(assessment.framework.id, frameworks, {
      role: assessment.role.id,
      skills: assessment.ratings.map((r) => r.skill),
    }) ??
    pickFramework(assessment.framework.name, frameworks, {
      role: assessment.role.name,
      skills: assessment.ratings.map((r) => r.skillName),
    }) ??
    fail(`no framework "${assessment.framework.name || assessment.framework.id}" is loaded`);
  const framework = picked.framework;
  if (picked.note && !result.notes.includes(picked.note)) result.notes.push(picked.note);
  const role =
    findRole(framework, assessment.role.id) ??
    findRole(framework, assessment.role.name) ??
    fail(`${framework.name} has no role "${assessment.role.name || assessment.role.id}" (field role)`);
  const person = assessment.person.trim() || fromFileName(file);
  const ratings = assessment.ratings.flatMap((rating) => {
    const skill = findSkill(role, rating.skill) ?? findSkill(role, rating.skillName);
    if (!skill) {
      result.unmatched.push({ file, person, role: role.name, skill: rating.skillName || rating.skill });
      return [];
    }
    return [{ ...rating, skill: skill.id, skillName: skill.name }];
  });
  result.assessments.push({
    ...assessment,
    framework: { id: framework.id, name: framework.name },
    role: { id: role.id, name: role.name },
    person,
    ratings,
  });
}

/** One row of the long CSV, checked for shape (its names are looked up afterwards). */
const LongRow = v.object({
  person: v.pipe(v.string(), v.minLength(1, 'is empty: every row names its person'), v.maxLength(300)),
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

function newlines(row: string[]) {
  let count = 0;
  for (const cell of row)
    for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) count += 1;
  return count;
}

/** Looks up the framework, role and target a row names, once per distinct naming. */
function resolver(file: string, frameworks: Framework[], skillsOf: (role: string) => string[]) {
  const notes: string[] = [];
  const cache = new Map<string, { framework: Framework; role: Role; target: string | null }>();
  return {
    notes,
    resolve(line: number, written: { framework: string; role: string; target: string }) {
      const key = `${written.framework}\u0000${written.role}\u0000${written.target}`;
      const known = cache.get(key);
      if (known) return known;
      const fail = (message: string): never => {
        throw new ImportError(message, file, line);
      };
      const picked =
        pickFramework(written.framework, frameworks, {
          role: written.role,
          skills: skillsOf(written.role),
        }) ??
        fail(
          written.framework.trim() === ''
            ? 'the framework is not given (a framework column, or one chosen for the file)'
            : `no framework "${written.framework}" is loaded (loaded: ${frameworks.map((f) => f.name).join(', ')})`,
        );
      if (picked.note && !notes.includes(picked.note)) notes.push(picked.note);
      const { framework } = picked;
      const role =
        findRole(framework, written.role) ??
        fail(`${framework.name} has no role "${written.role}" (column role)`);
      const target = written.target.trim();
      const level =
        target === ''
          ? null
          : (findLevel(framework, role, target) ??
            fail(`${role.name} has no level "${target}" (column level_target)`));
      const resolved = { framework, role, target: level?.id ?? null };
      cache.set(key, resolved);
      return resolved;
    },
  };
}

function newAssessment(
  framework: Framework,
  role: Role,
  person: string,
  target: string | null,
  date: string,
  source: AssessmentSource,
): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_VERSION,
    framework: { id: framework.id, name: framework.name },
    role: { id: role.id, name: role.name },
    person,
    source,
    target,
    date,
    ratings: [],
  };
}

/** The long CSV's columns: the assessment CSV's. */
const LONG_COLUMNS = ASSESSMENT_COLUMNS;
type LongFields = Record<(typeof LONG_COLUMNS)[number], string>;

/** One person's ratings on one date, as the rows name them (their names are looked up once for all). */
interface LongGroup {
  written: { framework: string; role: string; target: string };
  person: string;
  date: string;
  source: AssessmentSource;
  skills: string[];
  proficiencies: string[];
  lines: number[];
}

/**
 * The long CSV, a row at a time: each row checked for shape (LongRow) and put with the rows of the
 * same person, framework, role, target, date and source as they are written; at the end, each of
 * those groups has its names looked up (once per naming: a framework's version is chosen by the
 * skills the file names for the role) and becomes an assessment, groups that name the same things
 * differently becoming one.
 */
function longReader(file: string, headerRow: string[]) {
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
  let line = 1 + newlines(headerRow);
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
    add(row: string[]) {
      line += 1;
      const start = line;
      line += newlines(row);
      if (row.length === 1 && row[0].trim() === '') return;
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
            skills: [],
            proficiencies: [],
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
      last.group.lines.push(start);
      last.skills.add(fields.skill);
    },

    finish(frameworks: Framework[]): TeamFile {
      if (count === 0) throw new ImportError('the file has a header but no rows', file, 2);
      const { notes, resolve } = resolver(file, frameworks, (role) => [...(skillsOfRole.get(role) ?? [])]);
      const unmatched: Unmatched[] = [];
      const assessments = new Map<string, { assessment: Assessment; rated: Map<string, number> }>();
      for (const group of groups.values()) {
        // A framework, role or target nobody has: the person's rows on that date are skipped together.
        const resolved = orSkip(skipped, group.lines.length, () => resolve(group.lines[0], group.written));
        if (!resolved) continue;
        const { framework, role, target } = resolved;
        const key = `${group.person}\u0000${framework.id}\u0000${role.id}\u0000${target}\u0000${group.date}\u0000${group.source}`;
        // Made at its first rating of a skill the role has (a person none of whose skills match has none).
        let into = assessments.get(key);
        for (let i = 0; i < group.skills.length; i++) {
          const skill = skillOf(role, group.skills[i]);
          if (!skill) {
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
            into = {
              assessment: newAssessment(framework, role, group.person, target, group.date, group.source),
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
          into.assessment.ratings.push({ skill: skill.id, skillName: skill.name, proficiency });
        }
      }
      return {
        file,
        assessments: [...assessments.values()].map((a) => a.assessment),
        notes,
        unmatched,
        skipped: skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
      };
    },
  };
}

function proficiencyOf(file: string, line: number, framework: Framework, written: string): string | null {
  const proficiency = proficiencyNamed(framework, written);
  if (proficiency === undefined)
    throw new ImportError(
      `"${written}" is not a proficiency of ${framework.name} (expected ${framework.proficiencies.map((p) => p.name).join(', ')}, or "not yet")`,
      file,
      line,
    );
  return proficiency;
}

/** The wide grid's columns that are not skills. */
const WIDE_FIELDS = new Set([
  'person',
  'name',
  'framework',
  'role',
  'level_target',
  'target',
  'date',
  'source',
]);

/**
 * A wide grid: a row per person, a column per skill. A row that cannot be read is skipped and
 * listed; two columns that name one skill ("Service support" and "service-support") are read as
 * one where they agree, and where they give different ratings neither is used and both are named.
 */
function readWide(file: string, rows: string[][], frameworks: Framework[], defaults: TeamDefaults): TeamFile {
  const header = rows[0].map((cell) => cell.trim());
  const lower = header.map((name) => name.toLowerCase());
  const skillColumns = header.flatMap((name, at) => (WIDE_FIELDS.has(lower[at]) ? [] : [{ name, at }]));
  if (skillColumns.length === 0)
    throw new ImportError('the grid has no skill columns (a column per skill, after person)', file, 1);
  const fallback = frameworks.find((f) => f.id === defaults.frameworkId);
  const { notes, resolve } = resolver(file, fallback ? [fallback, ...frameworks] : frameworks, () =>
    skillColumns.map((c) => c.name),
  );
  const unmatched: Unmatched[] = [];
  const skipped: Skipped[] = [];
  const assessments: Assessment[] = [];
  const roleName = fallback?.roles.find((r) => r.id === defaults.roleId)?.id ?? '';
  let line = 1 + newlines(rows[0]);
  let count = 0;
  for (const row of rows.slice(1)) {
    line += 1;
    const start = line;
    line += newlines(row);
    if (row.length === 1 && row[0].trim() === '') continue;
    count += 1;
    orSkip(skipped, 1, () => {
      if (row.length !== header.length)
        throw new ImportError(`expected ${header.length} fields, found ${row.length}`, file, start);
      const assessment = readWideRow(row, start);
      if (assessment) assessments.push(assessment);
    });
  }
  if (count === 0) throw new ImportError('the file has a header but no rows', file, 2);
  return { file, assessments, notes, unmatched, skipped };

  function readWideRow(row: string[], at: number): Assessment | undefined {
    const cell = (name: string) => {
      const column = lower.indexOf(name);
      return column < 0 ? '' : unguard(row[column].trim());
    };
    const fail = (message: string): never => {
      throw new ImportError(message, file, at);
    };
    const person = cell('person') || cell('name');
    if (!person) fail('the person is empty: every row names its person (column person)');
    const written = {
      framework: cell('framework') || (fallback?.id ?? ''),
      role: cell('role') || roleName,
      target: cell('level_target') || cell('target') || (cell('role') ? '' : (defaults.target ?? '')),
    };
    if (!written.role) fail('the role is not given (a role column, or one chosen for every row)');
    const { framework, role, target } = resolve(at, written);
    const date = cell('date') || defaults.date || '';
    if (!isDate(date)) fail(`the date "${date}" is not a date as YYYY-MM-DD (column date)`);
    const source = (cell('source').toLowerCase() || 'self') as AssessmentSource;
    if (source !== 'self' && source !== 'manager')
      fail(`the source "${cell('source')}" is not "self" or "manager" (column source)`);
    const assessment = newAssessment(framework, role, person, target, date, source);
    // Each skill's columns and what they say: two columns of one skill must agree.
    const bySkill = new Map<
      string,
      { skill: { id: string; name: string }; given: { column: string; value: string }[] }
    >();
    for (const column of skillColumns) {
      const value = unguard(row[column.at].trim());
      if (value === '') continue;
      const skill = skillOf(role, column.name);
      if (!skill) {
        unmatched.push({ file, line: at, person, role: role.name, skill: column.name });
        continue;
      }
      const entry = bySkill.get(skill.id) ?? { skill, given: [] };
      entry.given.push({ column: column.name, value });
      bySkill.set(skill.id, entry);
    }
    for (const { skill, given } of bySkill.values()) {
      // A rating that cannot be read is not used (rows: 0, the rest of the row is read).
      const read = given.map((g) => orSkip(skipped, 0, () => proficiencyOf(file, at, framework, g.value)));
      if (read.some((p) => p === undefined)) continue;
      if (new Set(read).size > 1) {
        skipped.push({
          file,
          line: at,
          rows: 0,
          reason: `the columns ${given.map((g) => `"${g.column}"`).join(' and ')} ${given.length === 2 ? 'both' : 'all'} name ${skill.name}, with ${given.map((g) => `"${g.value}"`).join(' and ')}: ${given.length === 2 ? 'neither' : 'none'} is used`,
        });
        continue;
      }
      assessment.ratings.push({ skill: skill.id, skillName: skill.name, proficiency: read[0]! });
    }
    return assessment;
  }
}
