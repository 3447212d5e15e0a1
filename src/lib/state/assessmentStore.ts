/**
 * Where self-assessments are kept: this browser's IndexedDB, one record per framework and role
 * (`historyKey`), holding the assessment being filled in and its dated snapshots. Nothing here
 * talks to a network. idb-keyval loads on first use.
 */
import type { Assessment } from '../model/assessment';

export interface AssessmentRecord {
  /** The assessment as it is now (what the charts show), or null with only snapshots kept. */
  current: Assessment | null;
  snapshots: Assessment[];
}

/** The IndexedDB database and object store: what "Delete" empties, and what the tests look in. */
export const ASSESSMENT_DB = { database: 'pathway-explorer-assessments', store: 'by-role' } as const;

const idb = () => import('idb-keyval');
let store: Promise<ReturnType<(typeof import('idb-keyval'))['createStore']>> | undefined;
const assessmentStore = () =>
  (store ??= idb().then(({ createStore }) => createStore(ASSESSMENT_DB.database, ASSESSMENT_DB.store)));

export async function readRecord(key: string): Promise<AssessmentRecord | undefined> {
  const { get } = await idb();
  return get<AssessmentRecord>(key, await assessmentStore());
}

export async function writeRecord(key: string, record: AssessmentRecord): Promise<void> {
  const { set } = await idb();
  return set(key, record, await assessmentStore());
}

export async function deleteRecord(key: string): Promise<void> {
  const { del } = await idb();
  return del(key, await assessmentStore());
}

/** Every role's assessment kept in this browser: their keys. */
export async function recordKeys(): Promise<string[]> {
  const { keys } = await idb();
  return (await keys(await assessmentStore())).map(String);
}

export async function deleteEveryRecord(): Promise<void> {
  const { clear } = await idb();
  return clear(await assessmentStore());
}
