/**
 * Every file format the app reads, as one table: what it is called, what it is loaded for (a
 * framework, a person's own assessment, a team's assessments), its extension and media type (the
 * file pickers' `accept` comes from here), how it is recognised from its start, and the module in
 * `read/` that reads it. Adding a format is one file in `read/` and one row here; `table.test.ts`
 * fails on a reader without a row. What the app writes is `EXPORT_FORMATS` (export/exportFormats.ts).
 */
import { csvParseRows } from 'd3-dsv';
import type { Framework } from '../model/types';
import type { Assessment } from '../model/assessment';
import type { SkippedPart } from '../model/assessmentFile';
import { ImportError } from './importError';
import { withoutBom } from './csv';
import type { TeamDefaults, TeamFile } from './reading';
import { isLongCsvHeader, readLongCsv, readOwnLongCsv } from './read/longCsv';
import { isWideCsvHeader, readWideCsv } from './read/wideCsv';
import { readAssessmentJson, readOwnAssessmentJson } from './read/assessmentJson';

/** What a file is loaded for: a framework, a person's own assessment, or a team's assessments. */
export type FileUse = 'framework' | 'assessment' | 'team';

/** What recognising a file looks at: whether it is JSON, and its first CSV row as written. */
export interface FileStart {
  json: boolean;
  header: string[];
}

/** Reads a team's file (every row it can; the rest listed). */
export type TeamReader = (
  file: string,
  text: string,
  frameworks: Framework[],
  defaults: TeamDefaults,
) => TeamFile;

/** Reads a person's own file: its assessments, and the parts skipped with where and why. */
export type OwnReader = (
  file: string,
  text: string,
  frameworks: Framework[],
  bytes: number,
) => { assessments: Assessment[]; skipped: SkippedPart[] };

export interface ImportFormat {
  id: string;
  /** In words, as a message names it. */
  name: string;
  extension: string;
  mime: string;
  /** The module in `read/` that reads it. */
  reader: string;
  /** Whether a file is in this format, from its start. */
  is(start: FileStart): boolean;
  /** How it is read for each use it serves (a framework's files are paired in userFiles.ts). */
  reads: { framework?: true; assessment?: OwnReader; team?: TeamReader };
}

const names = (header: string[], ...wanted: string[]) =>
  wanted.every((name) => header.some((cell) => cell.trim() === name));

export const IMPORT_FORMATS: readonly ImportFormat[] = [
  {
    id: 'framework-json',
    name: 'a framework in JSON',
    extension: '.json',
    mime: 'application/json',
    reader: 'frameworkJson',
    is: (start) => start.json,
    reads: { framework: true },
  },
  {
    id: 'ddat-roles-csv',
    name: 'a DDaT roles CSV',
    extension: '.csv',
    mime: 'text/csv',
    reader: 'ddatCsv',
    is: (start) => !start.json && names(start.header, 'Role Level'),
    reads: { framework: true },
  },
  {
    id: 'ddat-skills-csv',
    name: 'a DDaT skills CSV',
    extension: '.csv',
    mime: 'text/csv',
    reader: 'ddatCsv',
    is: (start) => !start.json && names(start.header, 'Skill Name', 'Awareness'),
    reads: { framework: true },
  },
  {
    id: 'assessment-json',
    name: 'assessments in JSON',
    extension: '.json',
    mime: 'application/json',
    reader: 'assessmentJson',
    is: (start) => start.json,
    reads: {
      assessment: readOwnAssessmentJson,
      team: (file, text, frameworks) => readAssessmentJson(file, text, frameworks),
    },
  },
  {
    id: 'long-csv',
    name: 'the long CSV (a row per rating)',
    extension: '.csv',
    mime: 'text/csv',
    reader: 'longCsv',
    is: (start) => !start.json && isLongCsvHeader(start.header),
    reads: {
      assessment: readOwnLongCsv,
      team: (file, text, frameworks) => readLongCsv(file, text, frameworks, 'reporting'),
    },
  },
  {
    id: 'wide-csv',
    name: 'a wide grid (a row per person)',
    extension: '.csv',
    mime: 'text/csv',
    reader: 'wideCsv',
    is: (start) => !start.json && isWideCsvHeader(start.header),
    reads: { team: readWideCsv },
  },
];

/** For each use, what to say of a file no format recognises, or the format to try all the same. */
const UNRECOGNISED: Record<
  FileUse,
  { what: string; none: (start: FileStart) => string; atLine?: true } | { fallback: string }
> = {
  framework: {
    what: 'a JSON or CSV framework',
    none: () =>
      'it is neither JSON nor a DDaT CSV: a roles CSV starts with a header naming "Role" and "Role Level", a skills CSV one naming "Skill Name" and "Awareness"',
  },
  // A person's CSV is read as the long CSV, whose reader says which columns are missing.
  assessment: { fallback: 'long-csv' },
  team: {
    what: 'a team file',
    none: (start) =>
      `not a team file: a CSV needs the columns person, skill and proficiency (a row per rating) or person and a column per skill (a row per person); found ${start.header.slice(0, 8).join(', ')}`,
    atLine: true,
  },
};

/** The formats a use reads, in the table's order. */
export const formatsFor = (use: FileUse) => IMPORT_FORMATS.filter((format) => format.reads[use]);

/** The file pickers' `accept` for a use: its formats' extensions, then their media types. */
export function acceptFor(use: FileUse): string {
  const formats = formatsFor(use);
  const unique = (list: string[]) => [...new Set(list)];
  return [...unique(formats.map((f) => f.extension)), ...unique(formats.map((f) => f.mime))].join(',');
}

/** What recognising a file sees of it: JSON by its first character, name or parse; its first row. */
export function fileStart(name: string, text: string): FileStart {
  const json = /^\s*[[{]/.test(text) || /\.json$/i.test(name) || parses(text);
  return { json, header: json ? [] : (csvParseRows(text.slice(0, 65_536))[0] ?? []) };
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The format of a file loaded for `use`, from its start. Throws an ImportError naming the file when
 * it is empty, binary, or in no format the use reads.
 */
export function formatOf(use: FileUse, name: string, text: string): ImportFormat {
  const body = withoutBom(text);
  if (body.trim() === '') throw new ImportError('the file is empty', name);
  const unrecognised = UNRECOGNISED[use];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(body.slice(0, 4096)))
    throw new ImportError(
      `it looks like a binary file, not ${'what' in unrecognised ? unrecognised.what : 'an assessment'}`,
      name,
    );
  const start = fileStart(name, body);
  const found = formatsFor(use).find((format) => format.is(start));
  if (found) return found;
  if ('fallback' in unrecognised) return IMPORT_FORMATS.find((f) => f.id === unrecognised.fallback)!;
  throw new ImportError(unrecognised.none(start), name, unrecognised.atLine && 1);
}
