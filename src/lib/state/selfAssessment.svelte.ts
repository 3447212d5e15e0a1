/**
 * The self-assessment of the role shown, kept in this browser: filling it in, its dated snapshots,
 * files in and out (JSON, the long CSV), the share link, and deleting it. The assessment itself
 * is `Explorer.assessment` (the one state object, which every chart reads); this class changes
 * it and keeps IndexedDB in step. Nothing here sends anything anywhere. Loaded on demand, after
 * the first paint (components/assess/AssessmentKeeper.svelte).
 */
import type { Explorer } from './explorer.svelte';
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
import { parseAssessment } from '../model/assessmentFile';
import { assessmentFragment, readAssessmentFragment } from '../model/assessmentLink';
import { assessmentRows, ASSESSMENT_COLUMNS, parseAssessmentCsv } from '../import/assessmentCsv';
import { historyKey, saveSnapshot } from '../model/assessmentHistory';
import { ratingsFromLevel } from '../model/gap';
import { deleteEveryRecord, deleteRecord, readRecord, writeRecord } from './assessmentStore';
import { storageProblem } from './library';
import { writeViewState } from './viewState';
import { csvFile } from '../export/csv';

/** Today as YYYY-MM-DD, in the person's own time zone. */
// A plain Date, read once: not state.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface Status {
  kind: 'done' | 'problem';
  text: string;
}

/** An assessment read from a file or a link, waiting for the person to say it replaces theirs. */
export interface PendingImport {
  assessment: Assessment;
  snapshots: Assessment[];
  from: string;
  /** What the person should know about it (made against another version of the framework). */
  note: string;
}

/** A mismatch whose rating meets no skill of the role (not one found under a new id or name). */
export const unmatched = (mismatch: Mismatch) => !/^matched by its name|is now named/.test(mismatch.why);

export class SelfAssessment {
  #explorer: Explorer;
  snapshots = $state.raw<Assessment[]>([]);
  pending = $state.raw<PendingImport | null>(null);
  /** What the last save, import, export or delete did, or why it could not. */
  status = $state.raw<Status | null>(null);
  /** The key whose record is shown (framework/role); '' before the first is read. */
  key = $state('');
  /** Counts reads, so that only the last role asked for lands. */
  #reads = 0;
  /** The assessment's ratings as they meet the role now, and those that no longer match (Explorer.you). */
  you = $derived.by(() => {
    const { assessment, index } = this.#explorer;
    // Only the role's own: for a moment after a role switch, the last role's is still being replaced.
    return assessment && index && !belongsElsewhere(index, assessment)
      ? matchRatings(index, assessment)
      : null;
  });

  constructor(explorer: Explorer) {
    this.#explorer = explorer;
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
    }
    let record;
    try {
      record = await readRecord(key);
    } catch (error) {
      if (read === this.#reads)
        this.status = {
          kind: 'problem',
          text: `Assessments kept before could not be read: ${storageProblem(error)}.`,
        };
    }
    if (read !== this.#reads) return;
    this.key = key;
    this.#explorer.assessment = record?.current ?? null;
    this.snapshots = record?.snapshots ?? [];
  }

  async #persist(): Promise<void> {
    const key = this.key;
    if (key === '') return;
    try {
      await writeRecord(key, { current: this.#explorer.assessment, snapshots: this.snapshots });
    } catch (error) {
      this.status = {
        kind: 'problem',
        text: `Your assessment is shown but could not be kept in this browser: ${storageProblem(error)}.`,
      };
    }
  }

  #set(assessment: Assessment | null, snapshots = this.snapshots): Promise<void> {
    this.#explorer.assessment = assessment;
    this.snapshots = snapshots;
    return this.#persist();
  }

  /** The assessment being filled in, or a new one with every skill "not yet". */
  #current(): Assessment {
    const index = this.#index;
    return (
      this.#explorer.assessment ??
      assessmentOf(
        index,
        index.role.skills.map((skill) => ({ skillId: skill.id, proficiency: null })),
        { date: today() },
      )
    );
  }

  /** The current assessment with one skill's rating changed by `change`; today's date. */
  #withRating(skillId: string, change: (rating: AssessmentRating) => AssessmentRating): Assessment {
    const index = this.#index;
    const skill = index.skill(skillId)!;
    const current = this.#current();
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

  begin(): Promise<void> {
    return this.#set(this.#current());
  }

  rate(skillId: string, proficiency: string | null): Promise<void> {
    return this.#set(this.#withRating(skillId, (r) => ({ ...r, proficiency })));
  }

  note(skillId: string, text: string): Promise<void> {
    return this.#set(
      this.#withRating(skillId, (r) => {
        const rest = { ...r };
        delete rest.note;
        return text.trim() === '' ? rest : { ...rest, note: text };
      }),
    );
  }

  /** "I am a DevOps engineer today": every skill at that level's requirement, notes kept. */
  startFrom(levelId: string): Promise<void> {
    const index = this.#index;
    const level = index.level(levelId);
    if (!level) return Promise.resolve();
    const notes = new Map(this.#explorer.you?.ratings.map((r) => [r.skillId, r.note])); // eslint-disable-line svelte/prefer-svelte-reactivity -- read once here
    const ratings = ratingsFromLevel(index, level).map((r) => ({
      ...r,
      ...(notes.get(r.skillId) ? { note: notes.get(r.skillId) } : {}),
    }));
    const current = this.#current();
    return this.#set(
      assessmentOf(index, ratings, {
        person: current.person,
        source: current.source,
        target: current.target,
        date: today(),
      }),
    );
  }

  setTarget(levelId: string | null): Promise<void> {
    return this.#set({ ...this.#current(), target: levelId });
  }

  setPerson(person: string): Promise<void> {
    return this.#set({ ...this.#current(), person: person.slice(0, 300) });
  }

  setSource(source: AssessmentSource): Promise<void> {
    return this.#set({ ...this.#current(), source });
  }

  /** Keeps the assessment as it is today as a snapshot (saving again today replaces today's). */
  snapshot(): Promise<void> {
    const current = { ...this.#current(), date: today() };
    this.status = { kind: 'done', text: `Saved a snapshot dated ${current.date}.` };
    return this.#set(current, saveSnapshot(this.snapshots, current));
  }

  removeSnapshot(snapshot: Assessment): Promise<void> {
    return this.#set(
      this.#explorer.assessment,
      this.snapshots.filter((s) => s !== snapshot),
    );
  }

  /** Takes out the ratings that no longer match the role (the person has read the list and said so). */
  dropMismatches(): Promise<void> {
    const gone = this.you?.mismatches.filter(unmatched).map((m) => m.rating) ?? [];
    const current = this.#current();
    return this.#set({ ...current, ratings: current.ratings.filter((r) => !gone.includes(r)) });
  }

  /** Deletes this role's assessment and snapshots from the page and from IndexedDB. */
  async delete(): Promise<void> {
    this.#explorer.assessment = null;
    this.snapshots = [];
    this.pending = null;
    try {
      await deleteRecord(this.key);
      this.status = { kind: 'done', text: 'Your assessment of this role is deleted from this browser.' };
    } catch (error) {
      this.status = { kind: 'problem', text: `It could not be deleted: ${storageProblem(error)}.` };
    }
  }

  /** Deletes every role's assessment kept in this browser. */
  async deleteEverything(): Promise<void> {
    this.#explorer.assessment = null;
    this.snapshots = [];
    this.pending = null;
    try {
      await deleteEveryRecord();
      this.status = { kind: 'done', text: 'Every assessment is deleted from this browser.' };
    } catch (error) {
      this.status = { kind: 'problem', text: `They could not be deleted: ${storageProblem(error)}.` };
    }
  }

  // Files and links

  /** The current assessment as the JSON file, and its name. */
  jsonFile(): { name: string; blob: Blob } {
    const current = this.#current();
    const text = `${JSON.stringify(current, null, 2)}\n`;
    return { name: `${this.#fileStem(current)}.json`, blob: new Blob([text], { type: 'application/json' }) };
  }

  /** The current assessment as long CSV rows (`person, framework, role, level_target, …`). */
  csvFile(withHistory = false): { name: string; blob: Blob } {
    const current = this.#current();
    const list = withHistory ? saveSnapshot(this.snapshots, current) : [current];
    const rows = assessmentRows(list, [this.#explorer.framework!]);
    return {
      name: `${this.#fileStem(current)}${withHistory ? '-history' : ''}.csv`,
      blob: csvFile([...ASSESSMENT_COLUMNS, 'note'], rows),
    };
  }

  #fileStem(assessment: Assessment): string {
    return `assessment-${assessment.role.id}-${assessment.date}`;
  }

  /** A link to this view that carries the ratings in its fragment (never sent to a server); no notes. */
  shareLink(): string {
    const explorer = this.#explorer;
    const query = writeViewState({ ...explorer.viewState, view: 'assess' }, explorer.framework!);
    return `${location.origin}${location.pathname}${query}#${assessmentFragment(this.#current())}`;
  }

  /** Reads an assessment file (JSON or the long CSV); what was there stays when it cannot be used. */
  async importFile(file: File): Promise<void> {
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      this.status = { kind: 'problem', text: `${file.name} could not be read: ${(error as Error).message}` };
      return;
    }
    this.importText(file.name, text, file.size);
  }

  importText(name: string, text: string, bytes = text.length): void {
    try {
      const looksJson = /\.json$/i.test(name) || /^\s*[{[]/.test(text);
      const found = looksJson
        ? [parseAssessment(text, bytes)]
        : parseAssessmentCsv(text, name, [this.#explorer.framework!, ...this.#explorer.userFrameworks]);
      this.#offer(found, name);
    } catch (error) {
      // The CSV reader names the file itself ("name.csv, line 2: …"): said once.
      const message = (error as Error).message;
      const detail = message.startsWith(`${name},`) ? message.slice(name.length + 1).trim() : message;
      this.status = {
        kind: 'problem',
        text: `${name} could not be used: ${detail}. Your assessment is unchanged.`,
      };
    }
  }

  /** Reads a share link's fragment, if the page was opened with one. */
  importLink(fragment: string): void {
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
    const named: Assessment = {
      ...assessment,
      framework: { id: assessment.framework.id, name: index.framework.name },
      role: { id: assessment.role.id, name: assessment.role.id === index.role.id ? index.role.name : '' },
      ratings: assessment.ratings.map((r) => ({ ...r, skillName: index.skill(r.skill)?.name ?? r.skill })),
    };
    this.#offer([named], 'the link');
  }

  /**
   * Takes the assessments read: the latest of the role shown (earlier ones as snapshots). One of the
   * same role in another framework, or another version of it (the 2020 DevOps page, the 2025 CSV),
   * is taken for this one: its ratings meet this role's skills by id and by name, and those that
   * no longer match are kept and listed.
   */
  #offer(found: Assessment[], from: string): void {
    const index = this.#index;
    const sameRole = (a: Assessment) =>
      a.role.id === index.role.id ||
      (a.role.name !== '' && nameKey(a.role.name) === nameKey(index.role.name));
    const here = (a: Assessment): Assessment =>
      a.framework.id === index.framework.id && a.role.id === index.role.id
        ? a
        : {
            ...a,
            framework: { id: index.framework.id, name: index.framework.name },
            role: { id: index.role.id, name: index.role.name },
          };
    const elsewhere = found.filter((a) => !sameRole(a));
    const versions = found
      .filter((a) => sameRole(a) && a.framework.id !== index.framework.id)
      .map((a) => (a.framework.name ? `${a.framework.name} (${a.framework.id})` : a.framework.id))
      .filter((name, i, all) => all.indexOf(name) === i);
    const mine = found.filter(sameRole).map(here);
    if (mine.length === 0) {
      const why = elsewhere.length > 0 ? belongsElsewhere(index, elsewhere[0]) : 'it holds no ratings';
      this.status = {
        kind: 'problem',
        text: `${from} could not be used: ${why}. Open that role first, then import it. Your assessment is unchanged.`,
      };
      return;
    }
    const sorted = [...mine].sort((a, b) => a.date.localeCompare(b.date));
    const latest = sorted.at(-1)!;
    const snapshots = sorted.length > 1 ? sorted.reduce(saveSnapshot, this.snapshots) : this.snapshots;
    const note =
      versions.length > 0
        ? ` It was made against ${versions.join(' and ')}; its ratings are matched to ${index.framework.name} by skill, and any that no longer match are kept and listed.`
        : '';
    const pending = { assessment: latest, snapshots, from, note };
    const current = this.#explorer.assessment;
    const rated = current?.ratings.some((r) => r.proficiency !== null || r.note);
    if (rated && JSON.stringify(current) !== JSON.stringify(latest)) this.pending = pending;
    else void this.#take(pending);
  }

  async #take(pending: PendingImport): Promise<void> {
    this.pending = null;
    const others = pending.snapshots.length - this.snapshots.length;
    await this.#set(pending.assessment, pending.snapshots);
    this.status = {
      kind: 'done',
      text: `Read the assessment of ${pending.assessment.date} from ${pending.from}${others > 0 ? `, and ${others} earlier snapshot${others === 1 ? '' : 's'}` : ''}.${pending.note}`,
    };
  }

  /** The person chose: the pending import replaces their assessment, or not. */
  answerPending(replace: boolean): void {
    const pending = this.pending;
    if (!pending) return;
    if (replace) void this.#take(pending);
    else {
      this.pending = null;
      this.status = {
        kind: 'done',
        text: `Kept your assessment; the one from ${pending.from} was not used.`,
      };
    }
  }
}
