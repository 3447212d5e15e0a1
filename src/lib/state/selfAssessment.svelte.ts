/**
 * The self-assessment of the role shown, kept in this browser: filling it in, its dated snapshots,
 * files in and out (JSON, the long CSV), the share link, and deleting it. The assessment itself
 * is `Explorer.assessment` (the one state object, which every chart reads); this class changes
 * it and keeps IndexedDB in step: every change is made to the record as stored (so two tabs never
 * write over each other's newer work), awaited, and its failure said. Nothing the person has is
 * replaced without their say: an import that would replace their assessment or a kept snapshot
 * asks first, with what differs; a file of several people's assessments asks whose. Nothing here
 * sends anything anywhere. Loaded on demand, after the first paint
 * (components/assess/AssessmentKeeper.svelte).
 */
import type { KeeperHost } from './explorerParts';
import {
  assessmentOf,
  belongsElsewhere,
  findSkill,
  matchRatings,
  nameKey,
  type Assessment,
  type AssessmentRating,
  type AssessmentSource,
  type Mismatch,
} from '../model/assessment';
import { assessmentFragment, readAssessmentFragment } from '../model/assessmentLink';
import { assessmentCsvFile, assessmentJsonFile, setAsideJsonFile } from '../formats/assessmentCsv';
import { formatOf } from '../formats/table';
import { decodeText } from '../formats/decodeText';
import { historyKey, saveSnapshot } from '../model/assessmentHistory';
import {
  offerImport,
  skippedWords,
  takenWords,
  type PendingImport,
  type WhoseFile,
} from '../model/assessmentImport';
import { mergeSnapshots, readKeptRecord, type AssessmentRecord } from '../model/assessmentRecord';
import { ratingsFromLevel } from '../model/gap';
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
import { writeViewState } from './viewState';

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

/** A mismatch whose rating meets no skill of the role (not one found under a new id or name). */
export const unmatched = (mismatch: Mismatch) => !/^matched by its name|is now named/.test(mismatch.why);

export class SelfAssessment {
  #explorer: KeeperHost;
  snapshots = $state.raw<Assessment[]>([]);
  pending = $state.raw<PendingImport | null>(null);
  whose = $state.raw<WhoseFile | null>(null);
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
  #writing = 0;
  /** The assessment's ratings as they meet the role now, and those that no longer match (Explorer.you). */
  you = $derived.by(() => {
    const { assessment, index } = this.#explorer;
    // Only the role's own: for a moment after a role switch, the last role's is still being replaced.
    return assessment && index && !belongsElsewhere(index, assessment)
      ? matchRatings(index, assessment)
      : null;
  });

  constructor(explorer: KeeperHost) {
    this.#explorer = explorer;
    // Another tab changed a record: the one shown is read again. (The keeper lives as long as the page.)
    onOtherTabWrite((key) => {
      if (this.key !== '' && (key === this.key || key === '*')) void this.#reread();
    });
  }

  get #index() {
    return this.#explorer.index!;
  }

  /** Reads the record of the role shown from IndexedDB (call when the framework or role changes). */
  open(frameworkId: string, roleId: string): Promise<void> {
    const key = historyKey(frameworkId, roleId);
    // Asked again for the role being read (the framework object replaced, its id the same): the
    // same read, so that nothing done after the first (a link taken in) is read over.
    if (this.#opening?.key === key) return this.#opening.done;
    const done = this.#read(key);
    this.#opening = { key, done };
    return done;
  }

  #opening: { key: string; done: Promise<void> } | null = null;

  async #read(key: string): Promise<void> {
    const read = ++this.#reads;
    // Another role's assessment is not shown, nor written to, while this one's is read.
    if (key !== this.key) {
      this.key = '';
      this.#explorer.assessment = null;
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
  }

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
    this.#explorer.assessment = record.current;
    this.snapshots = record.snapshots;
  }

  /** The record as this page shows it. */
  #record(): AssessmentRecord {
    return { current: this.#explorer.assessment, snapshots: this.snapshots, rev: this.#rev };
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
  async #change(edit: (record: AssessmentRecord) => AssessmentRecord, done?: string): Promise<boolean> {
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
            ? `Your change is shown but not kept: ${error.message}.`
            : `Your change is shown but could not be kept in this browser: ${storageProblem(error)}.`,
      };
      return false;
    }
  }

  /** A new assessment of the role shown, every skill "not yet". */
  #fresh(): Assessment {
    const index = this.#index;
    return assessmentOf(
      index,
      index.role.skills.map((skill) => ({ skillId: skill.id, proficiency: null })),
      { date: today() },
    );
  }

  /** The current assessment with one skill's rating changed by `change`; today's date. */
  #withRating(
    base: Assessment | null,
    skillId: string,
    change: (rating: AssessmentRating) => AssessmentRating,
  ): Assessment {
    const index = this.#index;
    const skill = index.skill(skillId)!;
    const current = base ?? this.#fresh();
    // The rating of this skill, under its id or (from an older framework) found by its name.
    const same = (r: AssessmentRating) =>
      r.skill === skillId || (!index.skill(r.skill) && findSkill(index.role, r.skillName)?.id === skillId);
    const old = current.ratings.find(same) ?? { skill: skillId, skillName: skill.name, proficiency: null };
    const updated = { ...change(old), skill: skillId, skillName: skill.name };
    const ratings = current.ratings.some(same)
      ? current.ratings
          .map((r) => (same(r) ? updated : r))
          .filter((r, i, all) => !same(r) || all.indexOf(r) === i)
      : [...current.ratings, updated];
    return { ...current, date: today(), ratings };
  }

  /** A change to the current assessment (a new one if there is none). */
  #edit(change: (current: Assessment) => Assessment, done?: string): Promise<boolean> {
    return this.#change((r) => ({ ...r, current: change(r.current ?? this.#fresh()) }), done);
  }

  async begin(): Promise<void> {
    this.at = 'form';
    await this.#edit((current) => current);
  }

  async rate(skillId: string, proficiency: string | null): Promise<void> {
    this.at = 'form';
    await this.#change((r) => ({
      ...r,
      current: this.#withRating(r.current, skillId, (rating) => ({ ...rating, proficiency })),
    }));
  }

  async note(skillId: string, text: string): Promise<void> {
    this.at = 'form';
    await this.#change((r) => ({
      ...r,
      current: this.#withRating(r.current, skillId, (rating) => {
        const rest = { ...rating };
        delete rest.note;
        return text.trim() === '' ? rest : { ...rest, note: text };
      }),
    }));
  }

  /** "I am a DevOps engineer today": every skill at that level's requirement, notes kept. */
  async startFrom(levelId: string): Promise<void> {
    this.at = 'form';
    const index = this.#index;
    const level = index.level(levelId);
    if (!level) return;
    await this.#edit((current) => {
      const notes = new Map(matchRatings(index, current).ratings.map((r) => [r.skillId, r.note])); // eslint-disable-line svelte/prefer-svelte-reactivity -- read once here
      const ratings = ratingsFromLevel(index, level).map((r) => ({
        ...r,
        ...(notes.get(r.skillId) ? { note: notes.get(r.skillId) } : {}),
      }));
      // The level started from is the level they hold today, unless they said another.
      return {
        ...assessmentOf(index, ratings, {
          person: current.person,
          source: current.source,
          target: current.target,
          date: today(),
        }),
        held: levelId,
      };
    });
  }

  /** "The level I hold today": the gap is measured from it (null: not said, from the level reached). */
  async setHeld(levelId: string | null): Promise<void> {
    this.at = 'form';
    await this.#edit((current) => ({ ...current, held: levelId }));
  }

  async setTarget(levelId: string | null): Promise<void> {
    this.at = 'form';
    await this.#edit((current) => ({ ...current, target: levelId }));
  }

  async setPerson(person: string): Promise<void> {
    this.at = 'form';
    await this.#edit((current) => ({ ...current, person: person.slice(0, 300) }));
  }

  async setSource(source: AssessmentSource): Promise<void> {
    this.at = 'form';
    await this.#edit((current) => ({ ...current, source }));
  }

  /** Keeps the assessment as it is today as a snapshot (saving again today replaces today's). */
  async snapshot(): Promise<void> {
    this.at = 'history';
    const date = today();
    await this.#change((r) => {
      const current = { ...(r.current ?? this.#fresh()), date };
      return { ...r, current, snapshots: saveSnapshot(r.snapshots, current) };
    }, `Saved a snapshot dated ${date}.`);
  }

  async removeSnapshot(snapshot: Assessment): Promise<void> {
    this.at = 'history';
    const other = (s: Assessment) => !(s.date === snapshot.date && s.source === snapshot.source);
    await this.#change(
      (r) => ({ ...r, snapshots: r.snapshots.filter(other) }),
      `Removed the snapshot dated ${snapshot.date}.`,
    );
  }

  /** Takes out the ratings that no longer match the role (the person has read the list and said so). */
  async dropMismatches(): Promise<void> {
    this.at = 'form';
    const index = this.#index;
    await this.#edit((current) => {
      const gone = matchRatings(index, current)
        .mismatches.filter(unmatched)
        .map((m) => m.rating);
      return { ...current, ratings: current.ratings.filter((r) => !gone.includes(r)) };
    });
  }

  /** Deletes this role's assessment and snapshots from the page and from IndexedDB. */
  async delete(): Promise<void> {
    this.at = 'files';
    this.#explorer.assessment = null;
    this.snapshots = [];
    this.pending = null;
    this.whose = null;
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
    this.#explorer.assessment = null;
    this.snapshots = [];
    this.pending = null;
    this.whose = null;
    this.setAsideRecord = null;
    try {
      await deleteEveryRecord();
      this.#rev = 0;
      this.status = { kind: 'done', text: 'Every assessment is deleted from this browser.' };
    } catch (error) {
      this.status = { kind: 'problem', text: `They could not be deleted: ${storageProblem(error)}.` };
    }
  }

  // Files and links

  /** The current assessment as the JSON file, and its name. */
  jsonFile(): { name: string; blob: Blob } {
    return assessmentJsonFile(this.#explorer.assessment ?? this.#fresh());
  }

  /** The record that could not be read, as it was kept, as JSON (for the person to keep or mend). */
  setAsideFile(): { name: string; blob: Blob } | undefined {
    return this.setAsideRecord ? setAsideJsonFile(this.setAsideRecord.raw, this.key) : undefined;
  }

  /** The current assessment (and, `withHistory`, its snapshots) as the long CSV. */
  csvFile(withHistory = false): { name: string; blob: Blob } {
    const current = this.#explorer.assessment ?? this.#fresh();
    return assessmentCsvFile(current, withHistory ? this.snapshots : undefined, this.#explorer.framework!);
  }

  /** A link to this view that carries the ratings in its fragment (never sent to a server); no notes. */
  shareLink(): string {
    const explorer = this.#explorer;
    const query = writeViewState({ ...explorer.viewState, view: 'assess' }, explorer.framework!);
    return `${location.origin}${location.pathname}${query}#${assessmentFragment(explorer.assessment ?? this.#fresh())}`;
  }

  /** Reads an assessment file (JSON or the long CSV, any encoding); what was there stays when it cannot be used. */
  async importFile(file: File): Promise<void> {
    this.at = 'files';
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch (error) {
      this.status = { kind: 'problem', text: `${file.name} could not be read: ${(error as Error).message}` };
      return;
    }
    const { text, warning } = decodeText(file.name, bytes);
    this.importText(file.name, text, file.size, warning);
  }

  importText(name: string, text: string, bytes = text.length, warning?: string): void {
    this.at = 'files';
    try {
      const format = formatOf('assessment', name, text);
      const looksJson = format.extension === '.json';
      const frameworks = [this.#explorer.framework!, ...this.#explorer.userFrameworks];
      const { assessments, skipped } = format.reads.assessment!(name, text, frameworks, bytes);
      const said = [warning, skippedWords(name, skipped, looksJson ? 'assessment' : 'row')].filter(Boolean);
      this.#offer(assessments, name, said.join(' '), { name, text });
    } catch (error) {
      // The CSV reader names the file itself ("name.csv, line 2: …"): said once.
      const message = (error as Error).message;
      const detail =
        message.startsWith(`${name},`) || message.startsWith(`${name}:`)
          ? message.slice(name.length + 1).trim()
          : message;
      this.status = {
        kind: 'problem',
        text: `${name} could not be used: ${detail}. Your assessment is unchanged.`,
      };
    }
  }

  /** Reads a share link's fragment, if the page was opened with one. */
  importLink(fragment: string): void {
    this.at = 'form';
    const read = readAssessmentFragment(fragment);
    if (!read) return;
    if ('error' in read) {
      this.status = {
        kind: 'problem',
        text: `The assessment in this link could not be read: ${read.error}. Your assessment is unchanged.`,
      };
      return;
    }
    const index = this.#index;
    const { assessment } = read;
    // The link names only ids: the names, where this app knows them (the catalogue lists every
    // built-in framework's roles), so that a refusal says which role and framework it is for.
    const entry = this.#explorer.catalogue.find((e) => e.id === assessment.framework.id);
    const frameworkName =
      assessment.framework.id === index.framework.id ? index.framework.name : (entry?.name ?? '');
    const roleName =
      (assessment.framework.id === index.framework.id
        ? index.framework.roles.find((r) => r.id === assessment.role.id)?.name
        : entry?.roles.find((r) => r.id === assessment.role.id)?.name) ?? '';
    const named: Assessment = {
      ...assessment,
      framework: { id: assessment.framework.id, name: frameworkName },
      role: { id: assessment.role.id, name: roleName },
      ratings: assessment.ratings.map((r) => ({ ...r, skillName: index.skill(r.skill)?.name ?? r.skill })),
    };
    this.#offer([named], 'the link');
  }

  /** Offers the assessments read (offerImport decides): asks whose, refuses, asks first, or takes. */
  #offer(found: Assessment[], from: string, said = '', file?: { name: string; text: string }): void {
    this.whose = null;
    const held = { current: this.#explorer.assessment, snapshots: this.snapshots };
    const offer = offerImport(this.#index, found, from, held, said, file);
    if (offer.kind === 'whose') {
      this.whose = offer.whose;
      this.status = said ? { kind: 'problem', text: said } : null;
    } else if (offer.kind === 'refused') this.status = { kind: 'problem', text: offer.text };
    else if (offer.ask) this.pending = offer.pending;
    else void this.#take(offer.pending, true);
  }

  /** The person chose whose assessment, of a file of several people's, to open as theirs. */
  chooseWhose(name: string): void {
    const whose = this.whose;
    if (!whose) return;
    this.whose = null;
    this.#offer(
      whose.found.filter((a) => nameKey(a.person) === nameKey(name)),
      `${whose.from} (${name})`,
    );
  }

  /** The person chose not to take any of a file of several people's assessments. */
  dismissWhose(): void {
    const whose = this.whose;
    this.whose = null;
    if (whose)
      this.status = {
        kind: 'done',
        text: `Nothing from ${whose.from} was used; your assessment is unchanged.`,
      };
  }

  /**
   * Takes an import: `replace` (the person said so, or it replaces nothing) puts its latest in
   * place of the assessment being filled in and its snapshots in place of kept ones of the same
   * dates; otherwise only its snapshots of new dates are added.
   */
  async #take(pending: PendingImport, replace: boolean): Promise<void> {
    this.pending = null;
    const kept = await this.#change((r) => ({
      ...r,
      current: replace ? pending.assessment : r.current,
      snapshots: mergeSnapshots(r.snapshots, pending.snapshots, replace),
    }));
    if (kept) this.status = { kind: 'done', text: takenWords(pending, replace) };
  }

  /** The person chose: the pending import replaces what it differs from, or only adds what is new. */
  answerPending(replace: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    if (replace || pending.added > 0) void this.#take(pending, replace);
    else {
      this.pending = null;
      this.status = {
        kind: 'done',
        text: `Kept your assessment; the one from ${pending.from} was not used.`,
      };
    }
  }
}
