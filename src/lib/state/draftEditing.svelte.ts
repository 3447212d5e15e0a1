/**
 * The editor's state: the drafts kept in this browser, the one open, its undo history, what came of
 * saving it and what is wrong with it. Every edit is saved as it is made (awaited, one save at a
 * time); a save that finds another tab's newer revision brings this tab's unsaved edits onto it
 * rather than write over it, and says so; a save the browser refuses is said, with the draft kept
 * in the tab until it can be saved or exported. Made outside any view (`keptDrafts`), so that it
 * stays current when the editor closes.
 */
import type { Edit } from '../model/edits';
import { applyEdit, EditError } from '../model/edits';
import { doEdit, redoEdit, undoEdit, type Draft } from '../model/draft';
import { draftProblems, type DraftProblem } from '../model/draftChecks';
import { count } from '../model/count';
import { hearDrafts, listDrafts, readDraft, removeDraft, saveDraft, type DraftNews } from './draftStore';
import { storageProblem } from './library';

export type SaveState =
  { kind: 'saved'; at: string } | { kind: 'saving' } | { kind: 'failed'; message: string };

/** What the drafts need of the Explorer: which draft the link opens. */
export interface DraftsHost {
  draft: string | null;
}

/** A new draft's id: unique in this browser, and in another tab making one at the same moment. */
export const newDraftId = () =>
  `draft-${Date.now().toString(36)}-${Math.floor(Math.random() * 36 ** 6).toString(36)}`;

const now = () => new Date().toISOString();

export class Drafts {
  #host: DraftsHost;
  /** The drafts kept, latest saved first (null until read). */
  list = $state.raw<Draft[] | null>(null);
  /** Why the drafts could not be read or removed. */
  listProblem = $state<string | null>(null);
  /** The draft open, as edited (ahead of what is stored while a save is under way or failed). */
  draft = $state.raw<Draft | null>(null);
  save = $state.raw<SaveState>({ kind: 'saved', at: '' });
  /** Something the person should know about the open draft (another tab's changes, an undo refused). */
  notice = $state<string | null>(null);
  /** Every problem of the open draft, at its place. */
  problems: DraftProblem[] = $derived(this.draft ? draftProblems(this.draft.framework) : []);
  canUndo = $derived((this.draft?.history.undo.length ?? 0) > 0);
  canRedo = $derived((this.draft?.history.redo.length ?? 0) > 0);

  /** The stored revision the open draft was made from. */
  #base = -1;
  /** The edits applied since that revision, in order: brought onto another tab's newer one. */
  #pending: Edit[] = [];
  #saving: Promise<void> | null = null;

  constructor(host: DraftsHost) {
    this.#host = host;
    hearDrafts((news) => void this.#heard(news));
  }

  /** Whether anything typed is not yet stored (the page warns before it is left). */
  get unsaved(): boolean {
    return this.#pending.length > 0;
  }

  async refresh(): Promise<void> {
    try {
      this.list = await listDrafts();
      this.listProblem = null;
    } catch (error) {
      this.list ??= [];
      this.listProblem = `The drafts kept in this browser could not be read: ${storageProblem(error)}.`;
    }
  }

  /** Keeps a new draft and opens it; `notice`: what to say of how it started. */
  async start(draft: Draft, notice: string | null = null): Promise<void> {
    this.#open(draft, -1);
    this.notice = notice;
    this.#pending = [{ kind: 'batch', label: 'start', edits: [] }];
    await this.#saveNow();
    await this.refresh();
  }

  /** Opens a kept draft (the link's `draft`); says so when it is not kept here. */
  async open(id: string): Promise<void> {
    if (this.draft?.id === id) return;
    if (!(await this.#settled())) return;
    try {
      const draft = await readDraft(id);
      if (!draft) {
        this.notice =
          'That draft is not kept in this browser: drafts stay in the browser they were written in.';
        this.#host.draft = null;
        return;
      }
      this.#open(draft, draft.revision);
    } catch (error) {
      this.notice = `The draft could not be read: ${storageProblem(error)}.`;
    }
  }

  #open(draft: Draft, base: number): void {
    this.draft = draft;
    this.#base = base;
    this.#pending = [];
    this.notice = null;
    this.save = { kind: 'saved', at: draft.saved };
    this.#host.draft = draft.id;
  }

  /**
   * Closes the draft open, once what is typed in it is stored; when the browser refuses it, the
   * draft stays open, with the refusal said (nothing typed is dropped by closing).
   */
  async close(): Promise<void> {
    if (!(await this.#settled())) return;
    this.draft = null;
    this.#pending = [];
    this.notice = null;
    this.#host.draft = null;
    void this.refresh();
  }

  /** Whether the draft open has nothing left to store (after waiting for its saves); else it stays open. */
  async #settled(): Promise<boolean> {
    if (!this.draft || this.#pending.length === 0) return true;
    await this.#saveNow();
    if (this.#pending.length === 0) return true;
    // Still open, and the link says so again.
    this.#host.draft = this.draft.id;
    this.notice =
      'This draft stays open: what you typed last is not stored yet. Try saving again, or export it.';
    return false;
  }

  /** The field being typed in, while its edits are one step of undo. */
  #typing: string | null = null;

  /**
   * Makes an edit (null: nothing to do), keeps its inverse for undo, and saves. Edits with the same
   * `typing` key one after another (the keystrokes in one field, while it has focus) are one step of
   * undo: the first's inverse gives back what the field held before.
   */
  edit(edit: Edit | null, typing?: string): void {
    if (!edit || !this.draft) return;
    const { history } = this.draft;
    const sameField = typing !== undefined && typing === this.#typing && history.undo.length > 0;
    this.#typing = typing ?? null;
    const done =
      sameField && history.redo.length === 0
        ? { framework: applyEdit(this.draft.framework, edit).framework, history }
        : doEdit(this.draft.framework, history, edit);
    this.#applied(edit, done);
  }

  undo(): void {
    this.#step(undoEdit, (h) => h.undo.at(-1), 'undone');
  }

  redo(): void {
    this.#step(redoEdit, (h) => h.redo.at(-1), 'redone');
  }

  #step(go: typeof undoEdit, next: (history: Draft['history']) => Edit | undefined, words: string): void {
    const draft = this.draft;
    if (!draft) return;
    this.#typing = null;
    const edit = next(draft.history);
    try {
      const done = go(draft.framework, draft.history);
      if (done && edit) this.#applied(edit, done);
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      // Another tab changed what the edit was about: it is dropped from the history, and said.
      const history =
        words === 'undone'
          ? { ...draft.history, undo: draft.history.undo.slice(0, -1) }
          : { ...draft.history, redo: draft.history.redo.slice(0, -1) };
      this.draft = { ...draft, history };
      this.notice = `That could not be ${words}: ${error.message} (another tab changed it).`;
    }
  }

  #applied(edit: Edit, done: Pick<Draft, 'framework' | 'history'>): void {
    this.draft = { ...this.draft!, ...done };
    this.#pending = [...this.#pending, edit];
    void this.#saveNow();
  }

  /** Saves until nothing is pending; one save at a time. Awaited by whoever needs it stored. */
  #saveNow(): Promise<void> {
    this.#saving ??= this.#saveLoop().finally(() => (this.#saving = null));
    return this.#saving;
  }

  /** Tries again after a failed save. */
  retry(): Promise<void> {
    return this.#saveNow();
  }

  async #saveLoop(): Promise<void> {
    while (this.#pending.length > 0 && this.draft) {
      const sending = this.#pending.length;
      const draft = this.draft;
      this.save = { kind: 'saving' };
      let result;
      try {
        result = await saveDraft(draft, this.#base, now());
      } catch (error) {
        this.save = {
          kind: 'failed',
          message: `Not saved: ${storageProblem(error)}. Your changes are kept in this tab while it stays open: try again, or export the draft as JSON.`,
        };
        return;
      }
      if (this.draft?.id !== draft.id) return;
      if ('saved' in result) {
        this.#base = result.saved.revision;
        this.#pending = this.#pending.slice(sending);
        this.draft = { ...this.draft, revision: result.saved.revision, saved: result.saved.saved };
        this.save = { kind: 'saved', at: result.saved.saved };
      } else {
        this.#bringOnto(result.newer);
      }
    }
  }

  /** Another tab saved a newer revision: this tab's unsaved edits are made again on it. */
  #bringOnto(newer: Draft): void {
    let framework = newer.framework;
    const kept: Edit[] = [];
    let lost = 0;
    for (const edit of this.#pending) {
      try {
        framework = applyEdit(framework, edit).framework;
        kept.push(edit);
      } catch (error) {
        if (!(error instanceof EditError)) throw error;
        lost++;
      }
    }
    this.draft = { ...newer, framework, history: this.draft!.history };
    this.#base = newer.revision;
    this.#pending = kept;
    this.notice =
      lost === 0
        ? 'Another tab saved this draft too: its changes and yours are both kept.'
        : `Another tab saved this draft too: its changes are kept, and yours but for ${count(lost, 'edit')} about something it removed.`;
  }

  async #heard(news: DraftNews): Promise<void> {
    void this.refresh();
    const draft = this.draft;
    if (!draft || news.id !== draft.id) return;
    if (news.revision === null) {
      this.notice =
        'This draft was removed in another tab. It stays open here, and your next edit keeps it again.';
      this.#base = -1;
      return;
    }
    if (news.revision <= this.#base || this.#saving || this.#pending.length > 0) return;
    const stored = await readDraft(draft.id).catch(() => undefined);
    if (!stored || stored.revision <= this.#base || this.draft?.id !== draft.id || this.#pending.length > 0)
      return;
    this.draft = { ...stored, history: this.draft.history };
    this.#base = stored.revision;
    this.save = { kind: 'saved', at: stored.saved };
    this.notice = 'Changed in another tab: shown here as it is there.';
  }

  /** Removes a draft kept here (the person confirmed it). */
  async remove(id: string): Promise<void> {
    try {
      await removeDraft(id);
      if (this.draft?.id === id) {
        // Removed as asked: what was not stored yet goes with it.
        this.#pending = [];
        await this.close();
      }
      await this.refresh();
    } catch (error) {
      this.listProblem = `The draft could not be removed: ${storageProblem(error)}.`;
    }
  }
}

/** The editor's drafts, made once, outside any view (a view's `prepare`): kept for the page's life. */
export function keptDrafts(explorer: DraftsHost & { drafts: Drafts | null }): Drafts {
  return (explorer.drafts ??= new Drafts(explorer));
}
