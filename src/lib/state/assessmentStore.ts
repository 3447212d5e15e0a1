/**
 * Where self-assessments are kept: this browser's IndexedDB, one record per framework and role
 * (`historyKey`), holding the assessment being filled in, its dated snapshots and a revision. Every
 * change is made to the record as it is stored, in one transaction (`changeRecord`), so two tabs
 * never write over each other's newer work; a tab that wrote tells the others (BroadcastChannel),
 * which read the record again. A record that cannot be read in full is copied, as it was, to a
 * store of its own (`setAside`) before anything is written in its place. Nothing here talks to a
 * network. idb-keyval loads on first use.
 */
import { EMPTY_RECORD, readKeptRecord, type AssessmentRecord } from '../model/assessmentRecord';

export type { AssessmentRecord } from '../model/assessmentRecord';

/** The IndexedDB database and object store: what "Delete" empties, and what the tests look in. */
export const ASSESSMENT_DB = { database: 'pathway-explorer-assessments', store: 'by-role' } as const;
/** Records that could not be read, kept as they were under `key@time`, for the person to download. */
export const SET_ASIDE_DB = { database: 'pathway-explorer-set-aside', store: 'records' } as const;

const idb = () => import('idb-keyval');
type Store = ReturnType<(typeof import('idb-keyval'))['createStore']>;
let store: Promise<Store> | undefined;
let asideStore: Promise<Store> | undefined;
const assessmentStore = () =>
  (store ??= idb().then(({ createStore }) => createStore(ASSESSMENT_DB.database, ASSESSMENT_DB.store)));
const setAsideStore = () =>
  (asideStore ??= idb().then(({ createStore }) => createStore(SET_ASIDE_DB.database, SET_ASIDE_DB.store)));

/** The record as stored, unchecked (readKeptRecord checks it). */
export async function readRecord(key: string): Promise<unknown> {
  const { get } = await idb();
  return get(key, await assessmentStore());
}

/** Kept records could not be changed: the one stored is not readable (set it aside first). */
export class UnreadableRecord extends Error {
  constructor() {
    super('the assessment kept in this browser could not be read, so nothing was written over it');
    this.name = 'UnreadableRecord';
  }
}

/**
 * Changes the record as it is stored now, in one transaction (no other tab can write between the
 * read and the write), and counts the revision; returns the record written. `change` must be
 * synchronous and pure. A stored record that does not read in full is never written over.
 */
export async function changeRecord(
  key: string,
  change: (stored: AssessmentRecord) => AssessmentRecord,
): Promise<AssessmentRecord> {
  const { update } = await idb();
  let written: AssessmentRecord = EMPTY_RECORD;
  await update(
    key,
    (raw: unknown) => {
      const { record, unreadable } = readKeptRecord(raw);
      if (unreadable) throw new UnreadableRecord();
      written = { ...change(record), rev: (record.rev ?? 0) + 1 };
      return written;
    },
    await assessmentStore(),
  );
  announce(key);
  return written;
}

/**
 * Copies a record that does not read in full to the set-aside store, as it was, and writes what
 * did read in its place, only if the record is still the one read (`raw`). Returns the set-aside
 * key.
 */
export async function setAside(key: string, raw: unknown, readable: AssessmentRecord): Promise<string> {
  const { set, update } = await idb();
  const asideKey = `${key}@${new Date().toISOString()}`;
  await set(asideKey, raw, await setAsideStore());
  await update(
    key,
    (now: unknown) =>
      JSON.stringify(now) === JSON.stringify(raw) ? { ...readable, rev: (readable.rev ?? 0) + 1 } : now,
    await assessmentStore(),
  );
  announce(key);
  return asideKey;
}

export async function deleteRecord(key: string): Promise<void> {
  const { del } = await idb();
  await del(key, await assessmentStore());
  announce(key);
}

/** Every role's assessment kept in this browser: their keys. */
export async function recordKeys(): Promise<string[]> {
  const { keys } = await idb();
  return (await keys(await assessmentStore())).map(String);
}

export async function deleteEveryRecord(): Promise<void> {
  const { clear } = await idb();
  await clear(await assessmentStore());
  await clear(await setAsideStore());
  announce('*');
}

// Between tabs: the key of a record written, '*' for every record.

const CHANNEL = 'pathway-explorer-assessments';
let channel: BroadcastChannel | undefined;
const open = () =>
  (channel ??= typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL));

function announce(key: string) {
  open()?.postMessage({ key });
}

/** Calls `heard` with the key of each record another tab writes; returns how to stop listening. */
export function onOtherTabWrite(heard: (key: string) => void): () => void {
  const listen = (event: MessageEvent<{ key?: unknown }>) => {
    if (typeof event.data?.key === 'string') heard(event.data.key);
  };
  // The channel this page writes on: a BroadcastChannel does not hear its own messages, only those
  // of the others, so this page is not told of its own writes (a second channel in this page would
  // hear them, and read the record again at every keystroke of a note).
  const channel = open();
  channel?.addEventListener('message', listen);
  return () => channel?.removeEventListener('message', listen);
}
