/**
 * The team a capability lead has loaded: their files read in this browser (nothing is sent
 * anywhere), each file's problem listed while the others load, the people gathered (the latest per
 * person), and kept in this browser's IndexedDB only when the lead asks ("Keep this team"); "Clear
 * team" forgets it and removes what was kept. What the heatmap shows of it (anonymised or not, the
 * dates) is here too; the target, sort and grouping are view state (in the link).
 */
import type { Framework } from '../model/types';
import type { Explorer } from './explorer.svelte';
import {
  arrangeRows,
  gatherTeam,
  teamDates,
  teamGrid,
  teamGroups,
  type TeamEntry,
  type TeamShown,
  type TeamSort,
} from '../model/team';
import { MAX_TEAM_FILE_BYTES, readTeamFile, type TeamDefaults, type Unmatched } from '../import/teamFiles';

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
  /** The files that could not be read, each with where and why. */
  problems = $state.raw<{ file: string; message: string }[]>([]);
  /** What was decided for the files (a framework's version chosen). */
  fileNotes = $state.raw<string[]>([]);
  unmatched = $state.raw<Unmatched[]>([]);
  busy = $state<string | null>(null);
  /** Kept in IndexedDB: only when asked. */
  kept = $state(false);
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
  notes = $derived([...this.fileNotes, ...this.gathered.notes]);
  groups = $derived(teamGroups(this.people));
  dates = $derived(teamDates(this.people));

  /** The people of the role shown, against the level chosen (or their own targets). */
  grid = $derived.by(() => {
    const { index, teamAgainst } = this.#explorer;
    if (!index) return undefined;
    const group = `${index.framework.id}|${index.role.id}`;
    const people = this.people.filter((p) => p.group === group);
    if (people.length === 0) return undefined;
    const against = teamAgainst ? index.level(teamAgainst) : undefined;
    return { against, grid: teamGrid(index, people, { target: against?.id, date: this.at ?? undefined }) };
  });
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

  #explorer: Explorer;

  constructor(explorer: Explorer) {
    this.#explorer = explorer;
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
    this.busy = `Reading ${inputs.length} file${inputs.length === 1 ? '' : 's'}…`;
    try {
      const frameworks = await this.#frameworks();
      const entries: TeamEntry[] = [];
      const files: { file: string; count: number }[] = [];
      const problems: { file: string; message: string }[] = [];
      const notes: string[] = [];
      const unmatched: Unmatched[] = [];
      for (const input of inputs) {
        const name = pasted(input) ? input.name : input.webkitRelativePath || input.name;
        try {
          const size = pasted(input) ? input.text.length : input.size;
          if (size > MAX_TEAM_FILE_BYTES)
            throw new Error(
              `${name}: the file is ${(size / 1024 / 1024).toFixed(0)} MB; team files over ${MAX_TEAM_FILE_BYTES / 1024 / 1024} MB are not read.`,
            );
          const text = pasted(input) ? input.text : await input.text();
          const read = readTeamFile(name, text, frameworks, { date: today(), ...defaults });
          entries.push(...read.assessments.map((assessment) => ({ assessment, file: name })));
          files.push({ file: name, count: read.assessments.length });
          notes.push(...read.notes.map((note) => `${name}: ${note}`));
          unmatched.push(...read.unmatched);
        } catch (error) {
          problems.push({ file: name, message: (error as Error).message });
        }
      }
      this.entries = [...this.entries, ...entries];
      this.files = [...this.files, ...files];
      this.problems = problems;
      this.fileNotes = [...this.fileNotes, ...notes];
      this.unmatched = [...this.unmatched, ...unmatched];
      if (this.kept) await this.#write();
    } finally {
      this.busy = null;
    }
  }

  /** Keeps the team in this browser (or stops keeping it, removing what was kept). */
  async keep(on: boolean): Promise<void> {
    this.kept = on;
    if (on) await this.#write();
    else await this.#remove();
  }

  /** Forgets the team, here and in IndexedDB. */
  async clear(): Promise<void> {
    this.entries = [];
    this.files = [];
    this.problems = [];
    this.fileNotes = [];
    this.unmatched = [];
    this.at = null;
    this.since = null;
    this.kept = false;
    await this.#remove();
  }

  /** Reads a team kept before, if any (the page says it is there). */
  async restore(): Promise<void> {
    const { get } = await idb();
    const kept = await get<{
      entries: TeamEntry[];
      files: Team['files'];
      notes: string[];
      unmatched: Unmatched[];
    }>(TEAM_DB.key, await teamStore());
    if (!kept || this.entries.length > 0) return;
    this.entries = kept.entries;
    this.files = kept.files;
    this.fileNotes = kept.notes;
    this.unmatched = kept.unmatched;
    this.kept = true;
  }

  async #write() {
    const { set } = await idb();
    await set(
      TEAM_DB.key,
      $state.snapshot({
        entries: this.entries,
        files: this.files,
        notes: this.fileNotes,
        unmatched: this.unmatched,
      }),
      await teamStore(),
    );
  }

  async #remove() {
    const { clear } = await idb();
    await clear(await teamStore());
  }
}

const today = () => new Date().toISOString().slice(0, 10);
