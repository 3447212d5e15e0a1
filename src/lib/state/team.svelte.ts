/**
 * The team a capability lead has loaded: their files read in this browser (nothing is sent
 * anywhere), each file's problem listed while the others load, the people gathered (the latest per
 * person), and kept in this browser's IndexedDB only when the lead asks ("Keep this team"); "Clear
 * team" forgets it and removes what was kept. What the heatmap shows of it (anonymised or not, the
 * dates) is here too; the target, sort and grouping are view state (in the link).
 */
import type { Framework } from '../model/types';
import type { TeamHost } from './explorerParts';
import { followLoadedVersions } from '../model/loadedVersions';
import { confirmedRenames } from './confirmedRenames';
import { arrangeRows, type TeamSort } from '../model/teamArrange';
import { compareDates, compareDatesInSteps, type TeamDelta } from '../model/teamDelta';
import { gatherTeam, teamDates, teamGroups, type TeamEntry } from '../model/teamRoster';
import { sameRoleElsewhere, versionOf } from '../model/lineage';
import { teamGrid, teamGridInSteps, type TeamShown } from '../model/teamGrid';
import type { Assessment } from '../model/assessment';
import { noteWords } from '../model/teamWords';
import { fitText } from '../layout/wrap';
import {
  MAX_TEAM_FILE_BYTES,
  readTeamBytes,
  readTeamFile,
  type Skipped,
  type TeamDefaults,
  type TeamFile,
  type Unmatched,
} from '../formats/teamFiles';
import { storageProblem } from './library';
import type { TeamReaderMessage, TeamReaderRequest } from './teamReader.worker';
import { count } from '../model/count';

/** Files over this are read off the page's thread (teamReader.worker.ts). */
const LARGE_FILE_BYTES = 1024 * 1024;
/** Teams over this many people have their heatmap worked out a few hundred people a frame. */
export const LARGE_TEAM = 300;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Something worked out for a team's people: at once (`whole`) for a team of up to LARGE_TEAM, else
 * in steps (`work`, a few hundred people a frame) whenever `inputs()` change, begun again if they
 * change before it is done. `of(inputs)` is the answer for those inputs (for a large team,
 * undefined until it is there). It watches once `watch()` is called in an effect root.
 */
class InSteps<I extends { people: unknown[] }, T> {
  #done = $state.raw<{ inputs: I; value: T } | null>(null);
  #inputs: () => I | undefined;
  #whole: (inputs: I) => T;
  #work: (inputs: I, stale: () => boolean) => Promise<T | undefined>;

  constructor(
    inputs: () => I | undefined,
    whole: (inputs: I) => T,
    work: (inputs: I, stale: () => boolean) => Promise<T | undefined>,
  ) {
    this.#inputs = inputs;
    this.#whole = whole;
    this.#work = work;
  }

  watch() {
    $effect(() => {
      const now = this.#inputs();
      if (!now || now.people.length <= LARGE_TEAM) return;
      let stale = false;
      void this.#work(now, () => stale).then((value) => {
        if (value !== undefined && !stale) this.#done = { inputs: now, value };
      });
      return () => {
        stale = true;
      };
    });
  }

  of = (now: I): T | undefined =>
    now.people.length <= LARGE_TEAM
      ? this.#whole(now)
      : this.#done?.inputs === now
        ? this.#done.value
        : undefined;
}

/** Reads a large file in a worker, its assessments arriving a few hundred at a time. */
function readInWorker(request: TeamReaderRequest): Promise<TeamFile> {
  const worker = new Worker(new URL('./teamReader.worker.ts', import.meta.url), { type: 'module' });
  const assessments: Assessment[] = [];
  return new Promise<TeamFile>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<TeamReaderMessage>) => {
      const message = event.data;
      if (message.kind === 'part') assessments.push(...message.assessments);
      else {
        worker.terminate();
        if (message.kind === 'error') reject(new Error(message.message));
        else
          resolve({
            file: request.name,
            assessments,
            notes: message.notes,
            unmatched: message.unmatched,
            skipped: message.skipped,
            ...(message.warning ? { warning: message.warning } : {}),
          });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`${request.name}: the file could not be read (${event.message}).`));
    };
    worker.postMessage(request);
  });
}

/** The IndexedDB database and store a kept team is in: what "Clear team" empties, what the tests read. */
export const TEAM_DB = { database: 'pathway-explorer-team', store: 'team', key: 'entries' } as const;

const idb = () => import('idb-keyval');
let store: Promise<ReturnType<(typeof import('idb-keyval'))['createStore']>> | undefined;
const teamStore = () =>
  (store ??= idb().then(({ createStore }) => createStore(TEAM_DB.database, TEAM_DB.store)));

/** A file to read: a File the person chose or dropped, or text they pasted. */
export type TeamInput = File | { name: string; text: string };
const pasted = (input: TeamInput): input is { name: string; text: string } =>
  typeof (input as { text: unknown }).text === 'string';

export class Team {
  entries = $state.raw<TeamEntry[]>([]);
  /** Each file read, and how many assessments it held. */
  files = $state.raw<{ file: string; count: number }[]>([]);
  /** The files that could not be read, each with where and why (of the last files added). */
  problems = $state.raw<{ file: string; message: string }[]>([]);
  /** The rows of the files read that could not be, each with its file, line and why. */
  skipped = $state.raw<Skipped[]>([]);
  /** Files read in another encoding than UTF-8, and how (decodeText). */
  warnings = $state.raw<string[]>([]);
  /** What was decided for the files (a framework version chosen). */
  fileNotes = $state.raw<string[]>([]);
  unmatched = $state.raw<Unmatched[]>([]);
  busy = $state<string | null>(null);
  /** Kept in IndexedDB: only when asked, and only once it is written. */
  kept = $state(false);
  /** What keeping, restoring or clearing the team in this browser came to, next to its controls. */
  storage = $state.raw<{ kind: 'done' | 'problem'; text: string } | null>(null);
  /** Names as "Person 1, Person 2" on the page; exports are anonymised unless `namesInExports`. */
  anonymise = $state(false);
  namesInExports = $state(false);
  /** The date to show the team at (null: each person's latest), and one to compare it with. */
  at = $state<string | null>(null);
  since = $state<string | null>(null);

  /** The cell pointed at or focused on the heatmap: its detail is shown. */
  pointed = $state<{ number: number; skillId: string } | null>(null);
  /** Shows only the people whose name (or "Person n") has this in it: never in the link. */
  filter = $state('');

  gathered = $derived(gatherTeam(this.entries));
  people = $derived(this.gathered.people);
  /** The notes in words, people named as the heatmap names them (anonymised or not). */
  notes = $derived([
    ...this.fileNotes,
    // A name too long for a line is cut (it is whole in the heatmap's row names and the CSV).
    ...this.gathered.notes.map((note) =>
      noteWords({ ...note, name: fitText(note.name, 60) }, this.anonymise),
    ),
  ]);
  groups = $derived(teamGroups(this.people));
  dates = $derived(teamDates(this.people));

  /** The people of the role shown, and the level they are all against (undefined: their own targets). */
  #role = $derived.by(() => {
    const { index, teamAgainst } = this.#explorer;
    if (!index) return undefined;
    const group = `${index.framework.id}|${index.role.id}`;
    const people = this.people.filter((p) => p.group === group);
    if (people.length === 0) return undefined;
    return { index, people, against: teamAgainst ? index.level(teamAgainst) : undefined };
  });
  /** What the grid is worked out from: those people, that level, the date. */
  #inputs = $derived(this.#role && { ...this.#role, date: this.at ?? undefined });
  #grid = new InSteps(
    () => this.#inputs,
    ({ index, people, against, date }) => teamGrid(index, people, { target: against?.id, date }),
    ({ index, people, against, date }, stale) =>
      teamGridInSteps(index, people, { target: against?.id, date }, nextFrame, stale),
  );
  /** The people of the role shown, against the level chosen (or their own targets). */
  grid = $derived.by(() => {
    const inputs = this.#inputs;
    const grid = inputs && this.#grid.of(inputs);
    return grid && { against: inputs.against, grid };
  });
  /** True while a large team's heatmap is being worked out. */
  working = $derived(this.#inputs !== undefined && this.grid === undefined);
  /** "What moved": the two dates compared (null: the first and the last). */
  movedFrom = $state<string | null>(null);
  movedTo = $state<string | null>(null);
  /** The dates "What moved" compares, and the people and level it compares them for. */
  #deltaInputs = $derived.by(() => {
    const dates = this.dates;
    if (!this.#role || dates.length < 2) return undefined;
    const from = this.movedFrom ?? dates[0];
    const to = this.movedTo ?? dates.at(-1)!;
    return from < to ? { ...this.#role, from, to } : undefined;
  });
  #delta = new InSteps(
    () => this.#deltaInputs,
    ({ index, people, against, from, to }) => compareDates(index, people, from, to, against?.id),
    ({ index, people, against, from, to }, stale) =>
      compareDatesInSteps(index, people, { from, to, target: against?.id }, nextFrame, stale),
  );
  /** What moved between those dates (undefined: fewer than two dates, the later first, or a large team's still being worked out). */
  delta: TeamDelta | undefined = $derived(this.#deltaInputs && this.#delta.of(this.#deltaInputs));
  /** True while a large team's change between the dates (what moved) is being worked out. */
  deltaWorking = $derived(this.#deltaInputs !== undefined && this.delta === undefined);
  /** The heatmap as the charts and exports draw it: the grid and its rows, arranged. */
  shown: TeamShown | undefined = $derived.by(() => {
    const explorer = this.#explorer;
    if (!this.grid || !explorer.index) return undefined;
    const rows = arrangeRows(explorer.index, this.grid.grid, {
      sort: explorer.teamSort as TeamSort,
      group: explorer.teamGroup,
      filter: this.filter,
      shortOnly: explorer.teamShort,
      anonymise: this.anonymise,
    });
    return { ...this.grid, rows, date: this.at, anonymise: this.anonymise };
  });

  #explorer: TeamHost;

  constructor(explorer: TeamHost) {
    followLoadedVersions(explorer, confirmedRenames);
    this.#explorer = explorer;
    // A large team's grid and what moved, worked out a few hundred people a frame. (The team lives
    // as long as the page.)
    $effect.root(() => {
      this.#grid.watch();
      this.#delta.watch();
    });
  }

  /** Every framework a file may name: the built-in ones (fetched now) and the person's own. */
  async #frameworks(): Promise<Framework[]> {
    const explorer = this.#explorer;
    const builtIn = await Promise.all(explorer.catalogue.map((entry) => explorer.frameworkById(entry.id)));
    return [...builtIn, ...explorer.userFrameworks];
  }

  /** Reads files (added to the team); each that fails is listed with its reason, the others load. */
  async add(inputs: TeamInput[], defaults: TeamDefaults = {}): Promise<void> {
    if (inputs.length === 0) return;
    this.busy = `Reading ${count(inputs.length, 'file')}…`;
    try {
      let frameworks: Framework[];
      try {
        frameworks = await this.#frameworks();
      } catch (error) {
        // A built-in framework could not be fetched: nothing is read, and the files can be given again.
        this.problems = inputs.map((input) => ({
          file: input.name,
          message: `${pasted(input) ? input.name : input.webkitRelativePath || input.name} was not read: ${(error as Error).message}`,
        }));
        return;
      }
      const entries: TeamEntry[] = [];
      const files: { file: string; count: number }[] = [];
      const problems: { file: string; message: string }[] = [];
      const notes: string[] = [];
      const unmatched: Unmatched[] = [];
      const skipped: Skipped[] = [];
      const warnings: string[] = [];
      for (const input of inputs) {
        const name = pasted(input) ? input.name : input.webkitRelativePath || input.name;
        try {
          const size = pasted(input) ? input.text.length : input.size;
          if (size > MAX_TEAM_FILE_BYTES)
            throw new Error(
              `${name}: the file is ${(size / 1024 / 1024).toFixed(0)} MB; team files over ${MAX_TEAM_FILE_BYTES / 1024 / 1024} MB are not read.`,
            );
          const options = { date: today(), ...defaults };
          const read =
            !pasted(input) && input.size > LARGE_FILE_BYTES && typeof Worker !== 'undefined'
              ? await readInWorker({
                  name,
                  file: input,
                  frameworks: $state.snapshot(frameworks),
                  defaults: options,
                })
              : pasted(input)
                ? readTeamFile(name, input.text, frameworks, options)
                : readTeamBytes(name, await input.arrayBuffer(), frameworks, options);
          entries.push(...read.assessments.map((assessment) => ({ assessment, file: name })));
          files.push({ file: name, count: read.assessments.length });
          notes.push(...read.notes.map((note) => `${name}: ${note}`));
          unmatched.push(...read.unmatched);
          skipped.push(...read.skipped);
          if (read.warning) warnings.push(read.warning);
        } catch (error) {
          problems.push({ file: name, message: (error as Error).message });
        }
      }
      this.entries = [...this.entries, ...entries];
      this.files = [...this.files, ...files];
      this.problems = problems;
      this.fileNotes = [...this.fileNotes, ...notes];
      this.unmatched = [...this.unmatched, ...unmatched];
      this.skipped = [...this.skipped, ...skipped];
      this.warnings = [...this.warnings, ...warnings];
      // Nobody has the role shown, but the team has it in another version of the framework: shown
      // there at once, and said.
      const shown = this.#explorer.framework;
      const elsewhere =
        shown && this.#explorer.index
          ? sameRoleElsewhere(this.groups, shown.id, this.#explorer.index.role.id)
          : undefined;
      if (shown && elsewhere) {
        const version = versionOf(elsewhere.frameworkId);
        await this.#explorer.showRole(elsewhere.frameworkId, elsewhere.roleId);
        this.fileNotes = [
          ...this.fileNotes,
          `The team was assessed against another version of ${shown.name}${version ? `, ${version.label}` : ''}: the role is shown in that version.`,
        ];
      }
      if (this.kept && entries.length > 0) {
        const problem = await this.#write();
        if (problem) {
          this.kept = false;
          this.storage = {
            kind: 'problem',
            text: `The files are read and shown, but the team could not be kept in this browser: ${problem}. What was kept before is still there; tick "Keep" to try again.`,
          };
        }
      }
    } finally {
      this.busy = null;
    }
  }

  /**
   * Keeps the team in this browser, or stops keeping it (removing what was kept). `kept` says what
   * happened, never what was asked: a write that fails leaves it as it was, and `storage` says why.
   */
  async keep(on: boolean): Promise<void> {
    const problem = on ? await this.#write() : await this.#remove();
    if (problem) {
      this.storage = {
        kind: 'problem',
        text: on
          ? `The team could not be kept in this browser: ${problem}. It is shown for this visit only.`
          : `What was kept could not be removed from this browser: ${problem}.`,
      };
      return;
    }
    this.kept = on;
    this.storage = {
      kind: 'done',
      text: on
        ? `Kept in this browser: ${count(this.people.length, 'person', 'people')} from ${count(this.files.length, 'file')}. Nothing is sent anywhere.`
        : 'No longer kept: removed from this browser.',
    };
  }

  /** Forgets the team, here and in IndexedDB. */
  async clear(): Promise<void> {
    this.entries = [];
    this.files = [];
    this.problems = [];
    this.skipped = [];
    this.warnings = [];
    this.fileNotes = [];
    this.unmatched = [];
    this.at = null;
    this.since = null;
    const problem = await this.#remove();
    this.kept = false;
    this.storage = problem
      ? {
          kind: 'problem',
          text: `The team is cleared from the page, but what was kept could not be removed from this browser: ${problem}.`,
        }
      : { kind: 'done', text: 'The team is cleared, here and from this browser.' };
  }

  /** Reads a team kept before, if any (the page says it is there, or why it could not be read). */
  async restore(): Promise<void> {
    let kept: unknown;
    try {
      const { get } = await idb();
      kept = await get(TEAM_DB.key, await teamStore());
    } catch (error) {
      // A browser with no IndexedDB kept nothing: there is nothing to say until the lead asks to keep.
      if (typeof indexedDB !== 'undefined')
        this.storage = {
          kind: 'problem',
          text: `The team kept in this browser could not be read: ${storageProblem(error)}.`,
        };
      return;
    }
    if (kept === undefined || this.entries.length > 0) return;
    const team = kept as Partial<{
      entries: TeamEntry[];
      files: Team['files'];
      notes: string[];
      unmatched: Unmatched[];
      skipped: Skipped[];
      warnings: string[];
    }>;
    if (!Array.isArray(team.entries) || !Array.isArray(team.files)) {
      this.storage = {
        kind: 'problem',
        text: 'The team kept in this browser could not be read (it is not in the form this app keeps); it is left as it is. Clear team removes it.',
      };
      return;
    }
    this.entries = team.entries;
    this.files = team.files;
    this.fileNotes = team.notes ?? [];
    this.unmatched = team.unmatched ?? [];
    this.skipped = team.skipped ?? [];
    this.warnings = team.warnings ?? [];
    this.kept = true;
  }

  /** Writes the team to IndexedDB; why it could not, or undefined. */
  async #write(): Promise<string | undefined> {
    try {
      const { set } = await idb();
      await set(
        TEAM_DB.key,
        $state.snapshot({
          entries: this.entries,
          files: this.files,
          notes: this.fileNotes,
          unmatched: this.unmatched,
          skipped: this.skipped,
          warnings: this.warnings,
        }),
        await teamStore(),
      );
      return undefined;
    } catch (error) {
      return storageProblem(error);
    }
  }

  async #remove(): Promise<string | undefined> {
    try {
      const { clear } = await idb();
      await clear(await teamStore());
      return undefined;
    } catch (error) {
      // With no IndexedDB at all, nothing was kept to remove.
      return typeof indexedDB === 'undefined' ? undefined : storageProblem(error);
    }
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * The Explorer's team, made once and kept for the page's life. Call it outside any component's set-up (a view's
 * `prepare`, a promise's callback): made in a component, its `$derived` fields would belong to that
 * component, and once it was gone Svelte would hand back their last value for ever.
 */
export function keptTeam(explorer: TeamHost & { team: Team | null }): Team {
  return (explorer.team ??= new Team(explorer));
}
