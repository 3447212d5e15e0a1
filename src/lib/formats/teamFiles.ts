/**
 * A team's assessments, read from the files a capability lead has: self-assessment JSON files (one
 * person each, or a list), the long CSV (a row per rating) and a wide grid (a row per person, a
 * column per skill). Each file's format is recognised from its start (table.ts) and read by its
 * reader in `read/`; the names it writes are resolved as reading.ts says. A file that cannot be
 * read throws an ImportError naming its line or field; a row that cannot is skipped and listed; a
 * rating of a skill the role does not have is reported, not dropped. Pure.
 */
import type { Framework } from '../model/types';
import { decodeText, withoutBom } from './csv';
import { formatOf } from './table';
import type { TeamDefaults, TeamFile } from './reading';

export {
  MAX_TEAM_FILE_BYTES,
  pickFramework,
  type Skipped,
  type TeamDefaults,
  type TeamFile,
  type Unmatched,
} from './reading';

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
  const read = formatOf('team', file, text).reads.team!;
  return read(file, withoutBom(text), frameworks, defaults);
}
