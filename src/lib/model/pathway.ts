import type { Level, Role } from './types';

/**
 * The normal next steps of each level: the levels one step more senior on the same track, or,
 * where the next step has no such track, its levels with no track. A level with no track leads
 * to every level of the next step (that is where a path forks).
 */
export function linkPathway(levels: Omit<Level, 'next'>[]): Level[] {
  return levels.map((level) => {
    const nextStep = levels.filter((other) => other.seniority === level.seniority + 1);
    let next = nextStep;
    if (level.track !== null) {
      const sameTrack = nextStep.filter((other) => other.track === level.track);
      next = sameTrack.length > 0 ? sameTrack : nextStep.filter((other) => other.track === null);
    }
    return { ...level, next: next.map((other) => other.id) };
  });
}

/** The level a person normally comes from: the one whose next steps include this level, preferring the same track. */
export function previousLevel(role: Role, level: Level): Level | undefined {
  const before = role.levels.filter((other) => other.next.includes(level.id));
  return before.find((other) => other.track === level.track) ?? before[0];
}
