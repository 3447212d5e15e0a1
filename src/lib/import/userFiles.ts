import type { Framework, Proficiency, Track } from '../model/types';
import { FrameworkError, validateFramework } from '../model/schema';
import { slugify } from '../model/slug';
import { ImportError } from './importError';
import { decodeText } from './decodeText';
import { convertDdatCsv, type CsvReport } from './ddatCsv';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  name: string;
  text: string;
}

/** A problem with what a person loaded: which file, where, and what was expected. */
export class LoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LoadError';
  }
}

/** A file's bytes as text, and a warning where it was not UTF-8 (decodeText says how it was read). */
export function decodeFile(name: string, bytes: ArrayBuffer): { text: string; warning?: string } {
  const { text, warning } = decodeText(name, bytes);
  return warning ? { text, warning } : { text };
}

/** The attribution and licence of a framework read from a CSV in the DDaT download's format. */
export function ddatCsvSource(fileNames: string[]): Framework['source'] {
  return {
    title: fileNames.join(', '),
    publisher: 'Loaded from a file',
    published: '',
    url: '',
    licence: 'Open Government Licence v3.0',
    licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    attribution: `Source: ${fileNames.join(', ')}, in the format of the DDaT Capability Framework, CDDO. Contains public sector information licensed under the Open Government Licence v3.0.`,
  };
}

export function checkSize(name: string, bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new LoadError(
      `${name} is ${(bytes / 1024 / 1024).toFixed(1)} MB; files over ${MAX_FILE_BYTES / 1024 / 1024} MB are not loaded.`,
    );
  }
}

function kindOf(file: InputFile): 'json' | 'roles' | 'skills' {
  if (file.text.trim() === '') throw new LoadError(`${file.name} is empty.`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f]/.test(file.text.slice(0, 4096))) {
    throw new LoadError(`${file.name} looks like a binary file, not a JSON or CSV framework.`);
  }
  const start = file.text.trimStart()[0];
  if (start === '{' || start === '[') return 'json';
  try {
    JSON.parse(file.text);
    return 'json';
  } catch {
    // not JSON: perhaps CSV
  }
  const header = file.text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0];
  if (/(^|,)"?Role Level"?(,|$)/.test(header)) return 'roles';
  if (/(^|,)"?Skill Name"?(,|$)/.test(header) && /(^|,)"?Awareness"?(,|$)/.test(header)) return 'skills';
  throw new LoadError(
    `${file.name} is neither JSON nor a DDaT CSV: a roles CSV starts with a header naming "Role" and "Role Level", a skills CSV one naming "Skill Name" and "Awareness".`,
  );
}

function parseJson(file: InputFile): Framework {
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (error) {
    throw new LoadError(`${file.name} is not valid JSON: ${(error as Error).message}.`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const found = data === null ? 'null' : Array.isArray(data) ? 'a list' : `a ${typeof data}`;
    throw new LoadError(
      `${file.name} is JSON but not a framework: expected an object with formatVersion, id, name, source, proficiencies, tracks and roles; found ${found}.`,
    );
  }
  try {
    return validateFramework(data);
  } catch (error) {
    if (error instanceof FrameworkError) {
      throw new LoadError(
        `${file.name}: ${error.path ? `at ${error.path}, ` : ''}${error.message.replace(`${error.path}: `, '')}.`,
      );
    }
    throw error;
  }
}

/**
 * Turns what a person loaded (one JSON framework file, or the DDaT roles CSV with or without its
 * skills CSV) into a validated framework. Every failure is a LoadError naming the file and where.
 * A CSV is read on its own terms, with the DDaT's proficiency scale and tracks (`ddat`: those of the
 * built-in framework), whatever framework is on screen.
 */
export function importUserFiles(
  given: InputFile[],
  ddat: { proficiencies: Proficiency[]; tracks: Track[] },
): { framework: Framework; report?: CsvReport } {
  if (given.length === 0) throw new LoadError('No file was given.');
  // Pasted text may keep the byte-order mark that a file's decoding drops.
  const files = given.map((file) => ({ ...file, text: file.text.replace(/^\uFEFF/, '') }));
  for (const file of files) checkSize(file.name, new Blob([file.text]).size);
  const kinds = files.map(kindOf);
  if (kinds.includes('json')) {
    if (files.length > 1) throw new LoadError('Load one JSON framework file at a time.');
    return { framework: parseJson(files[0]) };
  }
  const roles = files.filter((_, i) => kinds[i] === 'roles');
  const skills = files.filter((_, i) => kinds[i] === 'skills');
  if (roles.length !== 1) {
    throw new LoadError(
      roles.length === 0
        ? `${skills.map((f) => f.name).join(', ')} is a skills CSV; load it together with the roles CSV it belongs to.`
        : 'Load one roles CSV at a time (with its skills CSV if you have it).',
    );
  }
  if (skills.length > 1) throw new LoadError('Load at most one skills CSV with the roles CSV.');
  const [rolesFile] = roles;
  const name = rolesFile.name.replace(/\.[^.]+$/, '');
  try {
    const result = convertDdatCsv(rolesFile.text, skills[0]?.text, {
      rolesFile: rolesFile.name,
      skillsFile: skills[0]?.name,
      id: `user-${slugify(name) || 'framework'}`,
      name,
      source: ddatCsvSource(files.filter((_, i) => kinds[i] !== 'json').map((f) => f.name)),
      proficiencies: ddat.proficiencies,
      tracks: ddat.tracks,
    });
    return { framework: validateFramework(result.framework), report: result.report };
  } catch (error) {
    if (error instanceof ImportError || error instanceof FrameworkError)
      throw new LoadError(`${error.message}.`);
    throw error;
  }
}
