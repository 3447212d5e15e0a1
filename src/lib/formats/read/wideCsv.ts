/**
 * A team's wide grid: a row per person, a column per skill, as a spreadsheet holds it; the role and
 * target per row, or given once for all (TeamDefaults). Pure.
 */
import type { Framework } from '../../model/types';
import type { Assessment, AssessmentSource } from '../../model/assessment';
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
  type TeamDefaults,
  type TeamFile,
  type Unmatched,
} from '../reading';

/** Whether a CSV's header (its first row) is a wide grid's: it names a person on each row. */
export function isWideCsvHeader(header: string[]): boolean {
  const names = header.map((cell) => cell.trim().toLowerCase());
  return names.includes('person') || names.includes('name');
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
export function readWideCsv(
  file: string,
  text: string,
  frameworks: Framework[],
  defaults: TeamDefaults = {},
): TeamFile {
  const rows: { row: string[]; line: number }[] = [];
  eachCsvRow(text, (row, line) => rows.push({ row, line }));
  if (rows.length === 0) throw new ImportError('the file is empty', file);
  const header = rows[0].row.map((cell) => cell.trim());
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
  let count = 0;
  for (const { row, line } of rows.slice(1)) {
    count += 1;
    orSkip(skipped, 1, () => {
      if (row.length !== header.length)
        throw new ImportError(`expected ${header.length} fields, found ${row.length}`, file, line);
      const assessment = readWideRow(row, line);
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
      const found = skillOf(framework, role, column.name);
      if (found?.renamed && !notes.includes(found.renamed)) notes.push(found.renamed);
      const skill = found?.skill;
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
