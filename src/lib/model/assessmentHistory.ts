/**
 * A person's snapshots of one role's assessment over time (#17, not shown yet): saving keeps one
 * snapshot per day and source (saving again that day updates it), newest last; and how far each
 * snapshot was from a target level, for the chart of a profile moving toward it. Pure: where the
 * snapshots are kept (IndexedDB, per framework and role) is the state layer's business.
 */
import type { Level } from './types';
import type { RoleIndex } from './framework';
import { matchRatings, type Assessment } from './assessment';
import { levelGap } from './gap';

/** Where a role's snapshots are kept: one list per framework and role. */
export function historyKey(frameworkId: string, roleId: string): string {
  return `${frameworkId}/${roleId}`;
}

/** The snapshots with this one saved: replacing that day's from the same source, in date order. */
export function saveSnapshot(snapshots: Assessment[], snapshot: Assessment): Assessment[] {
  const others = snapshots.filter((s) => !(s.date === snapshot.date && s.source === snapshot.source));
  return [...others, snapshot].sort(
    (a, b) => a.date.localeCompare(b.date) || a.source.localeCompare(b.source),
  );
}

export interface ProgressPoint {
  date: string;
  source: Assessment['source'];
  met: number;
  asked: number;
  steps: number;
}

/** How far each snapshot was from `target`: skills met of those asked, and steps short. */
export function progressToward(index: RoleIndex, snapshots: Assessment[], target: Level): ProgressPoint[] {
  return snapshots.map((snapshot) => {
    const gap = levelGap(index, matchRatings(index, snapshot).ratings, target);
    return { date: snapshot.date, source: snapshot.source, met: gap.met, asked: gap.asked, steps: gap.steps };
  });
}
