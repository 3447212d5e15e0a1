import type { Framework, Proficiency, Track } from '../model/types';
import { FrameworkError, validateFramework } from '../model/schema';
import { slugify } from '../model/slug';
import { ImportError, LoadError } from './importError';
import { decodeText } from './csv';
import { formatOf } from './table';
import { convertDdatCsv, type CsvReport } from './read/ddatCsv';
import { DDAT_LINEAGE } from '../model/lineage';
import { readFrameworkJson } from './read/frameworkJson';

export { LoadError } from './importError';

/** Files larger than this are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface InputFile {
  name: string;
  text: string;
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

/**
 * Turns what a person loaded (one JSON framework file, or the DDaT roles CSV with or without its
 * skills CSV) into a validated framework. Every failure is a LoadError naming the file and where.
 * A CSV is read on its own terms, with the DDaT's proficiency scale and tracks (`ddat`: those of the
 * built-in framework), whatever framework is on screen. With `loadedOn` (YYYY-MM-DD), a DDaT CSV is
 * taken for a later release of the DDaT, dated that day: a new version of it (loadedVersions.ts).
 */
export function importUserFiles(
  given: InputFile[],
  ddat: { proficiencies: Proficiency[]; tracks: Track[] },
  loadedOn?: string,
): { framework: Framework; report?: CsvReport } {
  if (given.length === 0) throw new LoadError('No file was given.');
  // Pasted text may keep the byte-order mark that a file's decoding drops.
  const files = given.map((file) => ({ ...file, text: file.text.replace(/^\uFEFF/, '') }));
  for (const file of files) checkSize(file.name, new Blob([file.text]).size);
  const kinds = files.map((file) => {
    try {
      return formatOf('framework', file.name, file.text).id;
    } catch (error) {
      if (error instanceof ImportError) throw new LoadError(`${error.message}.`);
      throw error;
    }
  });
  if (kinds.includes('framework-json')) {
    if (files.length > 1) throw new LoadError('Load one JSON framework file at a time.');
    return { framework: readFrameworkJson(files[0]) };
  }
  const roles = files.filter((_, i) => kinds[i] === 'ddat-roles-csv');
  const skills = files.filter((_, i) => kinds[i] === 'ddat-skills-csv');
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
      source: ddatCsvSource(files.map((f) => f.name)),
      proficiencies: ddat.proficiencies,
      tracks: ddat.tracks,
    });
    const framework = loadedOn
      ? { ...result.framework, follows: { framework: DDAT_LINEAGE.name, date: loadedOn } }
      : result.framework;
    return { framework: validateFramework(framework), report: result.report };
  } catch (error) {
    if (error instanceof ImportError || error instanceof FrameworkError)
      throw new LoadError(`${error.message}.`);
    throw error;
  }
}
