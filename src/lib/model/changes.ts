import { count, number } from './count';
import { changeSteps, stepsParts } from './steps';
import type { Level, Requirement } from './types';
import type { RoleIndex } from './framework';
import { previousLevel } from './pathway';

/**
 * How one skill's requirement changes from one level to another.
 * - new: not asked for before, asked for now; removed: the reverse.
 * - raised / lowered: the proficiency moved by `steps` on the framework's scale.
 * - reworded: same proficiency, different description; unchanged: same proficiency and words.
 * - absent: asked for at neither level.
 */
export type ChangeKind = 'new' | 'raised' | 'reworded' | 'unchanged' | 'lowered' | 'removed' | 'absent';

export interface Change {
  kind: ChangeKind;
  /** Proficiency steps moved: positive when raised, negative when lowered, 0 otherwise. */
  steps: number;
  /**
   * Steps moved counting "not required" as step 0: as `steps` when raised or lowered, the new
   * requirement's rank when new, minus the old one's when removed (model/steps.ts adds them up).
   */
  move: number;
  from?: Requirement;
  to?: Requirement;
}

/** The order kinds are listed in summaries: what asks more of you first. */
export const CHANGE_ORDER: ChangeKind[] = ['new', 'raised', 'reworded', 'lowered', 'removed', 'unchanged'];

export function compareRequirements(
  from: Requirement | undefined,
  to: Requirement | undefined,
  rank: (proficiencyId: string) => number,
): Change {
  if (!from && !to) return { kind: 'absent', steps: 0, move: 0 };
  if (!from) return { kind: 'new', steps: 0, move: rank(to!.proficiency), to };
  if (!to) return { kind: 'removed', steps: 0, move: -rank(from.proficiency), from };
  const steps = rank(to.proficiency) - rank(from.proficiency);
  if (steps > 0) return { kind: 'raised', steps, move: steps, from, to };
  if (steps < 0) return { kind: 'lowered', steps, move: steps, from, to };
  return {
    kind: from.description === to.description ? 'unchanged' : 'reworded',
    steps: 0,
    move: 0,
    from,
    to,
  };
}

/** Every skill's change from `from` to `to` (any two levels of the role), in the role's skill order. */
export function levelTransition(index: RoleIndex, from: Level, to: Level): Map<string, Change> {
  const rank = (id: string) => index.proficiency(id)?.rank ?? 0;
  return new Map(
    index.role.skills.map((skill) => [
      skill.id,
      compareRequirements(index.requirement(from.id, skill.id), index.requirement(to.id, skill.id), rank),
    ]),
  );
}

/** The changes against the previous level on the level's own path; none for the first level. */
export function changesFromPrevious(
  index: RoleIndex,
  level: Level,
): { previous: Level; changes: Map<string, Change> } | undefined {
  // Worked out once per role index and level: the matrix asks again at every redraw (a rating, a
  // change toggle), and an index is never changed in place.
  let byLevel = fromPrevious.get(index);
  if (!byLevel) fromPrevious.set(index, (byLevel = new Map()));
  if (byLevel.has(level)) return byLevel.get(level);
  const previous = previousLevel(index.role, level);
  const found = previous && { previous, changes: levelTransition(index, previous, level) };
  byLevel.set(level, found);
  return found;
}

const fromPrevious = new WeakMap<
  RoleIndex,
  Map<Level, { previous: Level; changes: Map<string, Change> } | undefined>
>();

/** How many skills changed in each way, in CHANGE_ORDER, leaving out unchanged and absent. */
export function countChanges(changes: Iterable<Change>): { kind: ChangeKind; count: number }[] {
  const counts = new Map<ChangeKind, number>();
  for (const change of changes) counts.set(change.kind, (counts.get(change.kind) ?? 0) + 1);
  return CHANGE_ORDER.filter((kind) => kind !== 'unchanged' && counts.has(kind)).map((kind) => ({
    kind,
    count: counts.get(kind)!,
  }));
}

/**
 * The summary's parts, one per kind of change and then the steps they come to, up and down apart:
 * ["6 raised", "2 lowered", "7 steps up", "2 steps down"], or ["no change"]. The steps are beside
 * the counts because a count alone misleads: six skills raised can ask for six steps or for seven.
 * Each part is short enough for a line of a matrix column's header.
 */
export function changeSummaryParts(changes: Iterable<Change>): string[] {
  const list = [...changes];
  const parts = [
    ...countChanges(list).map(({ kind, count }) => `${number(count)} ${kind}`),
    ...stepsParts(changeSteps(list)),
  ];
  return parts.length === 0 ? ['no change'] : parts;
}

/** "6 raised · 3 reworded · 7 steps up", or "no change". */
export function summariseChanges(changes: Iterable<Change>): string {
  return changeSummaryParts(changes).join(' · ');
}

/** A short mark that reads without colour: "▲1", "▲2", "NEW", "▼1", "✎" (reworded), "=", "DROPPED". */
export function changeBadge(change: Pick<Change, 'kind' | 'steps'>): string {
  switch (change.kind) {
    case 'raised':
      return `▲${change.steps}`;
    case 'lowered':
      return `▼${-change.steps}`;
    case 'new':
      return 'NEW';
    case 'removed':
      return 'DROPPED';
    case 'reworded':
      return '✎';
    case 'unchanged':
      return '=';
    case 'absent':
      return '';
  }
}

/** A sentence for screen readers and the detail panel, e.g. "raised 2 steps from working". */
export function describeChange(change: Change, proficiencyName: (id: string) => string): string {
  switch (change.kind) {
    case 'raised':
    case 'lowered': {
      const steps = Math.abs(change.steps);
      return `${change.kind} ${count(steps, 'step')} from ${proficiencyName(change.from!.proficiency).toLowerCase()}`;
    }
    case 'new':
      return 'new at this level';
    case 'removed':
      return 'no longer required';
    case 'reworded':
      return 'same proficiency, reworded';
    case 'unchanged':
      return 'unchanged';
    case 'absent':
      return 'not required at either level';
  }
}

/** The matrix's change marks and what each means, for its key on the page and in every export. */
export const CHANGE_MARKS: { mark: string; meaning: string }[] = [
  { mark: 'NEW', meaning: 'asked for now, not at the previous level' },
  { mark: '▲1', meaning: 'raised by 1 step (▲2: 2 steps …)' },
  { mark: '✎', meaning: 'same proficiency, reworded' },
  { mark: '▼1', meaning: 'lowered by 1 step' },
  { mark: 'DROPPED', meaning: 'no longer asked for' },
  { mark: '=', meaning: 'unchanged (same proficiency and words), drawn pale' },
];
