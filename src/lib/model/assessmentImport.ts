/**
 * An import of assessments as the person is asked about it: what it would replace (the assessment
 * being filled in, kept snapshots) and how each differs, in one question; and the people a file
 * names, for a file of several people's assessments (never taken for one's own). Pure.
 */
import { nameKey, type Assessment } from './assessment';
import type { Replaced } from './assessmentRecord';

/** An assessment read from a file or a link, waiting for the person to say what it may replace. */
export interface PendingImport {
  assessment: Assessment;
  /** The file's earlier assessments (and its latest), to add as snapshots. */
  snapshots: Assessment[];
  from: string;
  /** What the person should know about it (made against another version of the framework). */
  note: string;
  /** How it differs from the assessment being filled in (null: it would replace nothing rated). */
  differs: string[] | null;
  /** The kept snapshots it would replace, and how each differs. */
  replaces: Replaced[];
  /** Of its snapshots, how many are of dates not kept yet (added either way). */
  added: number;
}

/** A file of several people's assessments: whose to open, or the whole file in Team. */
export interface WhoseFile {
  from: string;
  /** The people, each as the file names them, with how many assessments of the role shown. */
  people: { name: string; count: number }[];
  found: Assessment[];
  /** The file itself, for Team. */
  file: { name: string; text: string };
}

/** What a pending import asks, in one sentence. */
export function pendingQuestion(pending: PendingImport): string {
  const { from, assessment, differs, replaces } = pending;
  const snapshots = `${replaces.length === 1 ? 'a snapshot' : `${replaces.length} snapshots`} you kept for the same ${replaces.length === 1 ? 'day' : 'days'}`;
  if (differs && replaces.length > 0)
    return `${from} holds an assessment dated ${assessment.date} that differs from yours, and would replace ${snapshots}. Use it in place of yours? What differs:`;
  if (differs)
    return `${from} holds an assessment dated ${assessment.date}. Use it in place of the one you have here? Yours is not kept unless you saved a snapshot or a file of it. What differs:`;
  return `${from} would replace ${snapshots} with other ratings. Use its snapshots in place of yours? What differs:`;
}

/** The people a list of assessments names, each once (names as people write them), in file order. */
export function peopleIn(assessments: Assessment[]): string[] {
  const seen = new Map<string, string>();
  for (const a of assessments) {
    const key = nameKey(a.person);
    if (!seen.has(key)) seen.set(key, a.person);
  }
  return [...seen.values()];
}
