/**
 * Reads a large team file off the page's thread (a whole profession's long CSV is tens of
 * megabytes and 400,000 rows): the same `readTeamBytes` as for small files, its assessments sent
 * back a few hundred at a time so that receiving them never holds up a frame for long.
 */
import { readTeamBytes, type Skipped, type TeamDefaults, type Unmatched } from '../formats/teamFiles';
import type { Framework } from '../model/types';

export interface TeamReaderRequest {
  name: string;
  file: Blob;
  frameworks: Framework[];
  defaults: TeamDefaults;
}

export type TeamReaderMessage =
  | { kind: 'part'; assessments: import('../model/assessment').Assessment[] }
  | { kind: 'done'; notes: string[]; unmatched: Unmatched[]; skipped: Skipped[]; warning?: string }
  | { kind: 'error'; message: string };

/** Assessments in one message: a few hundred, a few milliseconds to receive. */
const BATCH = 400;

self.onmessage = async (event: MessageEvent<TeamReaderRequest>) => {
  const { name, file, frameworks, defaults } = event.data;
  const post = (message: TeamReaderMessage) => self.postMessage(message);
  try {
    const read = readTeamBytes(name, await file.arrayBuffer(), frameworks, defaults);
    for (let from = 0; from < read.assessments.length; from += BATCH)
      post({ kind: 'part', assessments: read.assessments.slice(from, from + BATCH) });
    post({
      kind: 'done',
      notes: read.notes,
      unmatched: read.unmatched,
      skipped: read.skipped,
      warning: read.warning,
    });
  } catch (error) {
    post({ kind: 'error', message: (error as Error).message });
  }
};
