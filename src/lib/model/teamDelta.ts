/** What changed in a team between two dates: per skill, how many met the target then and now. Pure. */
import { type RoleIndex } from './framework';
import { type TeamPerson } from './teamRoster';
import { teamGrid, teamGridInSteps, type TeamGrid, type TeamRow } from './teamGrid';

/** What moved between two dates: per skill, people meeting the target then and now; per person, the skills that changed. */
/**
 * What moved between two dates, among the people assessed by both (the only ones of whom a move can
 * be said): per skill, how many of them met their target then and now (of how many it was asked
 * of); per person, the skills whose rating changed. `compared` is how many people that is, and
 * `later` how many were first assessed after the earlier date (left out, never counted as not
 * meeting their target then).
 */
export interface TeamDelta {
  compared: number;
  later: number;
  skills: {
    skillId: string;
    name: string;
    before: number;
    after: number;
    askingBefore: number;
    asking: number;
  }[];
  people: { number: number; name: string; changes: { skillId: string; from: number; to: number }[] }[];
}

export function compareDates(
  index: RoleIndex,
  people: TeamPerson[],
  from: string,
  to: string,
  target?: string | null,
): TeamDelta {
  return deltaBetween(
    teamGrid(index, people, { date: from, target }),
    teamGrid(index, people, { date: to, target }),
  );
}

/** The same, each date's grid worked out a few hundred people a frame (teamGridInSteps). */
export async function compareDatesInSteps(
  index: RoleIndex,
  people: TeamPerson[],
  { from, to, target }: { from: string; to: string; target?: string | null },
  pause: () => Promise<void>,
  stale: () => boolean,
): Promise<TeamDelta | undefined> {
  const before = await teamGridInSteps(index, people, { date: from, target }, pause, stale);
  const after = before && (await teamGridInSteps(index, people, { date: to, target }, pause, stale));
  return after && deltaBetween(before, after);
}

/** What moved from one grid (the earlier date's) to another, among the people in both. */
function deltaBetween(before: TeamGrid, after: TeamGrid): TeamDelta {
  const then = new Map(before.rows.map((row) => [row.number, row]));
  const both = after.rows.filter((row) => then.has(row.number));
  const tally = (rows: TeamRow[], s: number) => {
    let meeting = 0;
    let asking = 0;
    for (const row of rows) {
      const gap = row.cells[s].gap;
      if (gap && gap.kind !== 'not-asked') asking += 1;
      if (gap?.kind === 'met') meeting += 1;
    }
    return { meeting, asking };
  };
  const earlier = both.map((row) => then.get(row.number)!);
  return {
    compared: both.length,
    later: after.rows.length - both.length,
    skills: after.skills.map((skill, s) => {
      const was = tally(earlier, s);
      const is = tally(both, s);
      return {
        skillId: skill.skillId,
        name: skill.name,
        before: was.meeting,
        after: is.meeting,
        askingBefore: was.asking,
        asking: is.asking,
      };
    }),
    people: both.flatMap((row) => {
      const old = then.get(row.number)!;
      const changes = row.cells.flatMap((cell, s) =>
        cell.rank !== old.cells[s].rank
          ? [{ skillId: cell.skillId, from: old.cells[s].rank, to: cell.rank }]
          : [],
      );
      return changes.length > 0 ? [{ number: row.number, name: row.name, changes }] : [];
    }),
  };
}
