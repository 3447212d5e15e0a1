/**
 * A team's people in words, as every view and export of the team says them: a name, or "Person n"
 * when anonymised, and a person's standing against their target. Light (the chart registry loads
 * it with the first page), and pure.
 */
import { levelLabel, type RoleIndex } from './framework';
import type { Level } from './types';
import type { SkillGap } from './gap';
import { shownName } from './teamRoster';
import { type TeamGrid } from './teamGrid';
import { coverageOf } from './coverage';
import { count } from './count';

/** What the words need of a row of the team's grid (model/team.ts). */
interface Named {
  number: number;
  name: string;
  target?: Level;
  steps: number;
  /** How many skills the target asks for (0: none, as the 2025 framework's chief roles). */
  asked?: number;
}

export { shownName };

/** A note of gathering the team (model/team.ts), with the person named as the heatmap names them. */
export const noteWords = (note: { number: number; name: string; text: string }, anonymise: boolean) =>
  `${shownName(note, anonymise)} ${note.text}`;

const steps = (n: number) => count(n, 'step');

/** Each level's label, worked out once (a whole profession's rows have a few targets between them). */
const labels = new WeakMap<Level, string>();

/** A person's standing in words: their target, and how far from it ("no target" without one). */
export function standingWords(index: RoleIndex, row: Named): string {
  if (!row.target) return 'no target';
  let label = labels.get(row.target);
  if (label === undefined) labels.set(row.target, (label = levelLabel(index.framework, row.target)));
  if (row.asked === 0) return `${label} · asks for no proficiency`;
  return row.steps === 0 ? `${label} · meets it` : `${label} · ${steps(row.steps)} short`;
}

/** How far a person is from their target, shortly: "meets the target", "3 short", "no target", "target asks none". */
export function shortWords(row: Named): string {
  if (!row.target) return 'no target';
  if (row.asked === 0) return 'target asks none';
  return row.steps === 0 ? 'meets the target' : `${row.steps} short`;
}

/** A cell's gap in words: "met", "short 2", "+1 above"; "" where the target does not ask (or there is none). */
export function gapWords(gap: SkillGap | undefined): string {
  if (!gap || gap.kind === 'not-asked') return '';
  if (gap.kind === 'short') return `short ${gap.steps}`;
  return gap.above > 0 ? `+${gap.above} above` : 'met';
}

/**
 * The team's own rows, per skill, as the heatmap, its table and its slides all write them: how many
 * meet their target ("3 of 5", "—" where no target asks), the median, and how many are at
 * practitioner or above ("✖ none" where nobody is, "⚠ only 1" where one is: a single point of
 * failure). Labels in lower case.
 */
export function teamSummaryRows(
  grid: TeamGrid,
): { key: 'meeting' | 'median' | 'strong'; label: string; values: string[] }[] {
  const strong = grid.strongAt?.name.toLowerCase() ?? 'the top';
  return [
    {
      key: 'meeting',
      label: 'meet the target',
      values: grid.skills.map((k) => (k.asking === 0 ? '—' : `${k.meeting} of ${k.asking}`)),
    },
    { key: 'median', label: 'team median', values: grid.skills.map((k) => k.medianName) },
    {
      key: 'strong',
      label: `at ${strong} or above`,
      values: grid.skills.map((k) => COVERAGE_MARK[coverageOf(k)] || String(k.strong)),
    },
  ];
}

/** A label as a table's row heading: "Meet the target". */
export const asHeading = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** How a summary marks a skill nobody, or only one person, holds at practitioner or above. */
export const COVERAGE_MARK = { none: '✖ none', one: '⚠ only 1', covered: '' } as const;

/** What a rating of a skill the role lacks is written as, in the report and its CSV. */
interface UnmatchedRating {
  file: string;
  line?: number;
  person: string;
  role: string;
  skill: string;
}

/**
 * The ratings of skills the role does not have, as a table (the report lists the first of them, and
 * its CSV all): where, whose (a dash unless names are shown), the role and the skill as written.
 */
export function unmatchedTable(unmatched: UnmatchedRating[], names: boolean) {
  return {
    header: ['File', 'Line', 'Person', 'Role', 'Skill'],
    rows: unmatched.map((u) => [u.file, u.line ?? '', names ? u.person : '—', u.role, u.skill]),
  };
}

/** What loading a team's files came to, to count in one sentence. */
export interface LoadCounts {
  people: number;
  /** Files read (some of whose rows may have been skipped), and files that could not be read at all. */
  files: number;
  unreadFiles: number;
  /** Roles the people are in. */
  roles: number;
  /** Rows that could not be read, and ratings of a row read that could not be used. */
  rowsSkipped: number;
  ratingsSkipped: number;
}

/**
 * The load in one sentence, true at every count, zero included: "12 people from 3 files, in 2
 * roles; 1 file could not be read; 2 rows could not be read."
 */
export function loadSummary(c: LoadCounts): string {
  const read =
    c.people > 0
      ? `${count(c.people, 'person', 'people')} from ${count(c.files, 'file', 'files')}${c.roles > 1 ? `, in ${c.roles} roles` : ''}`
      : c.files > 0
        ? `No one was read from ${count(c.files, 'file', 'files')}`
        : 'No one was read';
  const parts = [read];
  if (c.unreadFiles > 0) parts.push(`${count(c.unreadFiles, 'file', 'files')} could not be read`);
  if (c.rowsSkipped > 0) parts.push(`${count(c.rowsSkipped, 'row', 'rows')} could not be read`);
  if (c.ratingsSkipped > 0) parts.push(`${count(c.ratingsSkipped, 'rating', 'ratings')} could not be used`);
  return `${parts.join('; ')}.`;
}

/** A row skipped, where and why: "team.csv, line 5: expected 8 fields, found 1". */
export function skippedWords(s: { file: string; line?: number; rows: number; reason: string }): string {
  const where =
    s.line === undefined
      ? s.file
      : s.rows > 1
        ? `${s.file}, line ${s.line} and ${count(s.rows - 1, 'more row', 'more rows')} of the same person and date`
        : `${s.file}, line ${s.line}`;
  return `${where}: ${s.reason}`;
}

/**
 * Whom "What moved" compares, in a sentence true at every count: only the people assessed by both
 * dates can be said to have moved; those first assessed later are counted apart, never as a rise.
 */
export function deltaSummary(moves: { compared: number; later: number }, from: string, to: string): string {
  const later =
    moves.later > 0 ? `${count(moves.later, 'person was', 'people were')} first assessed after ${from}` : '';
  if (moves.compared === 0)
    return `Nobody in the team was assessed by ${from}, so nothing can be said to have moved by ${to}${later ? `: ${later}` : ''}.`;
  return `Of the ${count(moves.compared, 'person', 'people')} assessed by both ${from} and ${to}${later ? ` (${later}, and ${moves.later === 1 ? 'is' : 'are'} left out)` : ''}:`;
}
