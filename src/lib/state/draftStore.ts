/**
 * Drafts kept in this browser's IndexedDB (a store of their own), never sent anywhere. A save
 * names the revision it was made from: it is written only if the stored draft is still that
 * revision (in one transaction, so two tabs cannot both win), else the stored, newer draft comes
 * back for the caller to bring its edits onto. Every save is told to the other tabs.
 */
import type { Draft } from '../model/draft';

const idb = () => import('idb-keyval');
let store: Promise<ReturnType<(typeof import('idb-keyval'))['createStore']>> | undefined;
const draftStore = () =>
  (store ??= idb().then(({ createStore }) => createStore('pathway-explorer-drafts', 'drafts')));

/** What the other tabs hear when a draft is saved or removed. */
export interface DraftNews {
  id: string;
  /** The revision saved, or null: removed. */
  revision: number | null;
}

const CHANNEL = 'pathway-explorer-drafts';

/** Tells the other tabs of this browser. */
function tell(news: DraftNews): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(news);
  channel.close();
}

/** Hears the other tabs' saves; gives back what stops hearing. */
export function hearDrafts(hear: (news: DraftNews) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<DraftNews>) => hear(event.data);
  return () => channel.close();
}

/** Every draft kept, the latest saved first. */
export async function listDrafts(): Promise<Draft[]> {
  const { values } = await idb();
  const drafts = await values<Draft>(await draftStore());
  return drafts.sort((a, b) => b.saved.localeCompare(a.saved));
}

export async function readDraft(id: string): Promise<Draft | undefined> {
  const { get } = await idb();
  return get<Draft>(id, await draftStore());
}

export type SaveResult = { saved: Draft } | { newer: Draft };

/**
 * Saves a draft made from revision `from` (a new draft: from -1). Written as revision from + 1 only
 * if the stored draft is still at `from` (or is not stored); otherwise nothing is written and the
 * stored one is given back. Throws what the browser throws (storage full or refused).
 */
export async function saveDraft(draft: Draft, from: number, now: string): Promise<SaveResult> {
  const { update } = await idb();
  let result: SaveResult | undefined;
  await update<Draft>(
    draft.id,
    (stored) => {
      // A draft removed in another tab while this one edits it is written again: nothing typed is lost.
      if (stored !== undefined && stored.revision !== from) {
        result = { newer: stored };
        return stored;
      }
      const saved: Draft = { ...draft, revision: from + 1, saved: now };
      result = { saved };
      return saved;
    },
    await draftStore(),
  );
  if ('saved' in result!) tell({ id: draft.id, revision: result.saved.revision });
  return result!;
}

/** Removes a draft (only when asked, by the person). */
export async function removeDraft(id: string): Promise<void> {
  const { del } = await idb();
  await del(id, await draftStore());
  tell({ id, revision: null });
}
