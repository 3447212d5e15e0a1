/**
 * The self-assessment of the role shown, kept in this browser (assessmentKeeping.svelte.ts) and
 * filled in (assessmentEditing.svelte.ts); here, its files and links: the JSON file and the long CSV
 * out, any file or share link in. The assessment itself is `Explorer.assessment` (the one state
 * object, which every chart reads). Nothing the person has is replaced without their say: an import
 * that would replace their assessment or a kept snapshot asks first, with what differs
 * (offerImport); a file of several people's assessments asks whose. Nothing here sends anything
 * anywhere. Loaded on demand, after the first paint (components/assess/AssessmentKeeper.svelte).
 */
import { nameKey, type Assessment } from '../model/assessment';
import { assessmentFragment, readAssessmentFragment } from '../model/assessmentLink';
import { assessmentCsvFile, assessmentJsonFile, setAsideJsonFile } from '../formats/assessmentCsv';
import { formatOf } from '../formats/table';
import { decodeText } from '../formats/decodeText';
import {
  carryRecord,
  offerImport,
  skippedWords,
  takenWords,
  type PendingImport,
  type WhoseFile,
} from '../model/assessmentImport';
import { mergeSnapshots } from '../model/assessmentRecord';
import { writeViewState } from './viewState';

import { EditedAssessment } from './assessmentEditing.svelte';
import { changeRecord, readRecord } from './assessmentStore';
import { lineageOf } from '../model/lineage';
import { historyKey } from '../model/assessmentHistory';
import { readKeptRecord } from '../model/assessmentRecord';

export { today, type Status } from './assessmentKeeping.svelte';
export { unmatched } from './assessmentEditing.svelte';

export class SelfAssessment extends EditedAssessment {
  pending = $state.raw<PendingImport | null>(null);
  whose = $state.raw<WhoseFile | null>(null);

  /**
   * The role opened has nothing kept in this version of the framework: the person's record of the
   * same role in another version (the newest that has one) is carried here, its ratings following
   * their skills (renames included), and the migration said. The record it came from is unchanged.
   */
  protected override async nothingKept(frameworkId: string, roleId: string, current: () => boolean) {
    const place = lineageOf(frameworkId);
    if (!place) return;
    const others = place.lineage.versions.filter((v) => v.frameworkId !== frameworkId).reverse();
    for (const version of others) {
      let raw: unknown;
      try {
        raw = await readRecord(historyKey(version.frameworkId, roleId));
      } catch {
        return; // Said when this page next reads or writes.
      }
      if (!current()) return;
      const { record } = readKeptRecord(raw);
      if (!record.current && record.snapshots.length === 0) continue;
      // The role as that version has it tells what this one newly asks for (said without, if it cannot be fetched).
      const before = await this.explorer
        .frameworkById(version.frameworkId)
        .then((framework) => framework.roles.find((role) => role.id === roleId))
        .catch(() => undefined);
      if (!current()) return;
      const carried = carryRecord(this.index, record, `the version of ${version.label}`, before);
      this.at = 'form';
      await this.change(
        (r) => ({ ...r, current: carried.current, snapshots: carried.snapshots }),
        carried.text,
        `Your assessment of this role in the version of ${version.label}, carried to this version,`,
      );
      return;
    }
  }

  /**
   * Deletes this role's assessment and snapshots from the page and from IndexedDB. Where another
   * version of the framework keeps one for the same role, an empty record stays in this one's place:
   * opening the role again must not carry that one back over the person's deletion.
   */
  override async delete(): Promise<void> {
    this.pending = null;
    this.whose = null;
    const [frameworkId, roleId, key] = [this.index.framework.id, this.index.role.id, this.key];
    await super.delete();
    if (this.status?.kind !== 'done') return;
    try {
      for (const version of lineageOf(frameworkId)?.lineage.versions ?? []) {
        if (version.frameworkId === frameworkId) continue;
        if ((await readRecord(historyKey(version.frameworkId, roleId))) === undefined) continue;
        await changeRecord(key, () => ({ current: null, snapshots: [] }));
        this.status = {
          kind: 'done',
          text: `Your assessment of this role is deleted from this browser. The one kept for the version of ${version.label} is not carried here again; it is unchanged.`,
        };
        return;
      }
    } catch {
      // Nothing of the person's is at stake: at worst, the other version's is carried here again.
    }
  }

  /** Deletes every role's assessment kept in this browser. */
  override async deleteEverything(): Promise<void> {
    this.pending = null;
    this.whose = null;
    await super.deleteEverything();
  }

  /** The current assessment as the JSON file, and its name. */
  jsonFile(): { name: string; blob: Blob } {
    return assessmentJsonFile(this.explorer.assessment ?? this.fresh());
  }

  /** The record that could not be read, as it was kept, as JSON (for the person to keep or mend). */
  setAsideFile(): { name: string; blob: Blob } | undefined {
    return this.setAsideRecord ? setAsideJsonFile(this.setAsideRecord.raw, this.key) : undefined;
  }

  /** The current assessment (and, `withHistory`, its snapshots) as the long CSV. */
  csvFile(withHistory = false): { name: string; blob: Blob } {
    const current = this.explorer.assessment ?? this.fresh();
    return assessmentCsvFile(current, withHistory ? this.snapshots : undefined, this.explorer.framework!);
  }

  /** A link to this view that carries the ratings in its fragment (never sent to a server); no notes. */
  shareLink(): string {
    const explorer = this.explorer;
    const query = writeViewState({ ...explorer.viewState, view: 'assess' }, explorer.framework!);
    return `${location.origin}${location.pathname}${query}#${assessmentFragment(explorer.assessment ?? this.fresh())}`;
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
      const frameworks = [this.explorer.framework!, ...this.explorer.userFrameworks];
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
    const index = this.index;
    const { assessment } = read;
    // The link names only ids: the names, where this app knows them (the catalogue lists every
    // built-in framework's roles), so that a refusal says which role and framework it is for.
    const entry = this.explorer.catalogue.find((e) => e.id === assessment.framework.id);
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
    const held = { current: this.explorer.assessment, snapshots: this.snapshots };
    const offer = offerImport(this.index, found, from, held, said, file);
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
    const kept = await this.change((r) => ({
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
