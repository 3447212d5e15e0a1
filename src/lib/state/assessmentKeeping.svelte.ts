/**
 * Keeping a person's self-assessment of the role shown in this browser: reading its record from
 * IndexedDB when the role changes, showing only the newest (another tab's newer work is shown, never
 * written over), making every change to the record as stored, awaited, and saying its failure; a
 * record that does not read in full is set aside, not lost; deleting. Editing it is
 * assessmentEditing.svelte.ts, its files and links selfAssessment.svelte.ts (the class the app uses).
 */
import type { KeeperHost } from './explorerParts';
import { followLoadedVersions } from '../model/loadedVersions';
import { confirmedRenames } from './confirmedRenames';
import { assessmentOf, type Assessment } from '../model/assessment';
import { historyKey } from '../model/assessmentHistory';
import { readKeptRecord, type AssessmentRecord } from '../model/assessmentRecord';
import {
  changeRecord,
  deleteEveryRecord,
  deleteRecord,
  onOtherTabWrite,
  readRecord,
  setAside,
  UnreadableRecord,
} from './assessmentStore';
import { storageProblem } from './library';

/** Today as YYYY-MM-DD, in the person's own time zone. */
// A plain Date, read once: not state.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The time now as HH:MM:SS, in the person's own time zone. */
const clockTime = () => new Date().toTimeString().slice(0, 8);

export interface Status {
  kind: 'done' | 'problem';
  text: string;
}

/** The record of the role shown, as kept in this browser. */
export class KeptAssessment {
  protected readonly explorer: KeeperHost;
  snapshots = $state.raw<Assessment[]>([]);
  /** What the last save, import, export or delete did, or why it could not. */
  status = $state.raw<Status | null>(null);
  /**
   * Where the person last acted, so that what it did (and any question it asks) is said beside the
   * control: the rating form, the history, or the files. Another tab's change and a link: the form.
   */
  at = $state<'form' | 'history' | 'files'>('form');
  /** When this browser last kept a change (HH:MM:SS), or null before any. */
  keptAt = $state<string | null>(null);
  /** A kept record that could not be read in full: as it was stored, to download; and what did not read. */
  setAsideRecord = $state.raw<{ raw: unknown; what: string } | null>(null);
  /** The key whose record is shown (framework/role); '' before the first is read. */
  key = $state('');
  /** The revision of the record shown (-1: none read yet). */
  #rev = -1;
  /** Counts reads, so that only the last role asked for lands. */
  #reads = 0;
  /** Counts the changes made on this page, so that only the last one's record is shown. */
  #issued = 0;
  /** Counts the changes being written: another tab's record is not shown over them. */
  #writing = $state(0);
  /** Whether a change is still being written (leaving the page now would lose it). */
  get writing(): boolean {
    return this.#writing > 0;
  }
  constructor(explorer: KeeperHost) {
    this.explorer = explorer;
    followLoadedVersions(explorer, confirmedRenames);
    // Another tab changed a record: the one shown is read again. (The keeper lives as long as the page.)
    onOtherTabWrite((key) => {
      if (this.key !== '' && (key === this.key || key === '*')) void this.#reread();
    });
  }

  protected get index() {
    return this.explorer.index!;
  }

  /** Reads the record of the role shown from IndexedDB (call when the framework or role changes). */
  open(frameworkId: string, roleId: string): Promise<void> {
    const key = historyKey(frameworkId, roleId);
    // Asked again for the role being read (the framework object replaced, its id the same): the
    // same read, so that nothing done after the first (a link taken in) is read over.
    if (this.#opening?.key === key) return this.#opening.done;
    const done = this.#read(key, frameworkId, roleId);
    this.#opening = { key, done };
    return done;
  }

  #opening: { key: string; done: Promise<void> } | null = null;

  async #read(key: string, frameworkId: string, roleId: string): Promise<void> {
    const read = ++this.#reads;
    // Another role's assessment is not shown, nor written to, while this one's is read.
    if (key !== this.key) {
      this.key = '';
      this.explorer.assessment = null;
      this.snapshots = [];
      this.setAsideRecord = null;
      this.#rev = -1;
    }
    let raw: unknown;
    try {
      raw = await readRecord(key);
    } catch (error) {
      if (read === this.#reads)
        this.status = {
          kind: 'problem',
          text: `Assessments kept before could not be read: ${storageProblem(error)}.`,
        };
    }
    if (read !== this.#reads) return;
    const { record, unreadable } = readKeptRecord(raw);
    this.key = key;
    this.#show(record);
    if (unreadable) await this.#setAside(key, raw, record, unreadable);
    // Nothing kept for this role in this version: perhaps in another version of the framework.
    else if (raw === undefined)
      await this.nothingKept(frameworkId, roleId, () => read === this.#reads && this.key === key);
  }

  /**
   * Called when the role opened has no record in this browser (`current`: whether it is still the
   * role shown). The self-assessment carries one from another version of the framework.
   */
  protected async nothingKept(
    _frameworkId: string,
    _roleId: string,
    _current: () => boolean,
  ): Promise<void> {}

  /** A record that did not read in full: copied aside as it was, the rest opened, and said. */
  async #setAside(key: string, raw: unknown, record: AssessmentRecord, what: string): Promise<void> {
    this.setAsideRecord = { raw, what };
    try {
      await setAside(key, raw, record);
      this.#rev = (record.rev ?? 0) + 1;
      this.status = {
        kind: 'problem',
        text: `Part of what this browser kept of this assessment could not be read (${what}). It is set aside, not deleted: download it below as JSON. The rest is open.`,
      };
    } catch (error) {
      this.status = {
        kind: 'problem',
        text: `Part of what this browser kept of this assessment could not be read (${what}), and it could not be set aside (${storageProblem(error)}). Nothing is written over it: download it below as JSON. Changes you make are shown but not kept.`,
      };
    }
  }

  /** Shows a record read or written: only one at least as new as the one shown. */
  #show(record: AssessmentRecord, stored = true): void {
    if (stored) {
      if ((record.rev ?? 0) < this.#rev) return;
      this.#rev = record.rev ?? 0;
    }
    this.explorer.assessment = record.current;
    this.snapshots = record.snapshots;
  }

  /** The record as this page shows it. */
  #record(): AssessmentRecord {
    return { current: this.explorer.assessment, snapshots: this.snapshots, rev: this.#rev };
  }

  /** Another tab wrote this role's record: shown here too. */
  async #reread(): Promise<void> {
    const key = this.key;
    let raw: unknown;
    try {
      raw = await readRecord(key);
    } catch {
      return; // Said when this page next writes.
    }
    // A change of this page's is being written: it is made to that record, and shows it when done.
    if (key !== this.key || this.#writing > 0) return;
    const { record, unreadable } = readKeptRecord(raw);
    if (unreadable || (record.rev ?? 0) === this.#rev) return;
    // Deleted in another tab: the record is gone, its revisions with it.
    if (raw === undefined) this.#rev = 0;
    if ((record.rev ?? 0) < this.#rev) return;
    this.#show(record);
    this.at = 'form';
    this.status = {
      kind: 'done',
      text:
        raw === undefined
          ? 'This assessment was deleted in another tab.'
          : 'This assessment was changed in another tab; this page shows it as it is now.',
    };
  }

  /**
   * Makes a change: shown at once, then made to the record as stored (in one transaction: a change
   * another tab made meanwhile is kept, and this one made to it), awaited; `done` says what it did.
   * A failure is said, and the page keeps showing the change.
   */
  protected async change(
    edit: (record: AssessmentRecord) => AssessmentRecord,
    done?: string,
    what = 'Your change',
  ): Promise<boolean> {
    const key = this.key;
    if (key === '') return false;
    const before = this.#rev;
    const issued = ++this.#issued;
    this.#show(edit(this.#record()), false);
    try {
      this.#writing += 1;
      const written = await changeRecord(key, edit).finally(() => (this.#writing -= 1));
      if (key !== this.key) return true;
      // A later change (the next keystroke of a note) is shown already and being written: showing
      // this one's record would take the page back to before it.
      if (issued === this.#issued) this.#show(written);
      else this.#rev = Math.max(this.#rev, written.rev ?? 0);
      this.keptAt = clockTime();
      const merged = (written.rev ?? 0) > before + 1;
      const text = [
        done,
        merged
          ? 'Another tab had changed this assessment since this page read it: the change is made to its newer version, and this page shows both.'
          : '',
      ]
        .filter(Boolean)
        .join(' ');
      if (text) this.status = { kind: 'done', text };
      return true;
    } catch (error) {
      if (key !== this.key) return false;
      this.status = {
        kind: 'problem',
        text:
          error instanceof UnreadableRecord
            ? `${what} is shown but not kept: ${error.message}.`
            : `${what} is shown but could not be kept in this browser: ${storageProblem(error)}.`,
      };
      return false;
    }
  }

  /** A new assessment of the role shown, every skill "not yet". */
  protected fresh(): Assessment {
    const index = this.index;
    return assessmentOf(
      index,
      index.role.skills.map((skill) => ({ skillId: skill.id, proficiency: null })),
      { date: today() },
    );
  }

  /** Deletes this role's assessment and snapshots from the page and from IndexedDB. */
  async delete(): Promise<void> {
    this.at = 'files';
    this.explorer.assessment = null;
    this.snapshots = [];
    try {
      await deleteRecord(this.key);
      this.#rev = 0;
      this.status = { kind: 'done', text: 'Your assessment of this role is deleted from this browser.' };
    } catch (error) {
      this.status = { kind: 'problem', text: `It could not be deleted: ${storageProblem(error)}.` };
    }
  }

  /** Deletes every role's assessment kept in this browser. */
  async deleteEverything(): Promise<void> {
    this.at = 'files';
    this.explorer.assessment = null;
    this.snapshots = [];
    this.setAsideRecord = null;
    try {
      await deleteEveryRecord();
      this.#rev = 0;
      this.status = { kind: 'done', text: 'Every assessment is deleted from this browser.' };
    } catch (error) {
      this.status = { kind: 'problem', text: `They could not be deleted: ${storageProblem(error)}.` };
    }
  }
}
