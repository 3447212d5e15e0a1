/**
 * "You" as a column beside the levels: a self-assessment's ratings read as if they were a level's
 * requirements, so that the compare view can put you beside any level, word by word, and the
 * matrix can draw you as its first column. Your words for a skill are your note, else the
 * framework's own description of the proficiency you chose (the skill's, where the role has one).
 * Pure.
 */
import type { Level, Requirement, Role } from './types';
import { indexRole, ownValue, type ResolvedColumn, type RoleIndex } from './framework';
import type { Rating } from './gap';

/** The id of the "You" column: not a level id (those are lower-case letters, digits and hyphens). */
export const YOU_ID = '@you';
export const YOU_LABEL = 'You';

/** The level that stands for the person: no track, no seniority of its own, no next level. */
export const youLevel: Level = {
  id: YOU_ID,
  name: YOU_LABEL,
  seniority: -1,
  track: null,
  summary: { paragraphs: [], responsibilities: [] },
  next: [],
};

/** What the person's rating of a skill says, in words: their note, else the scale's own definition. */
export function ratingWords(index: RoleIndex, rating: Rating): string {
  if (rating.note?.trim()) return rating.note.trim();
  if (rating.proficiency === null) return '';
  const skill = index.skill(rating.skillId);
  return (
    ownValue(skill?.levelDescriptions, rating.proficiency) ??
    index.proficiency(rating.proficiency)?.definition ??
    ''
  );
}

/** The role with the person added as one more level, whose requirements are their ratings. */
export function roleWithYou(index: RoleIndex, ratings: Rating[]): Role {
  const { role } = index;
  const yours: Requirement[] = ratings
    .filter((r): r is Rating & { proficiency: string } => r.proficiency !== null && !!index.skill(r.skillId))
    .map((r) => ({
      levelId: YOU_ID,
      skillId: r.skillId,
      proficiency: r.proficiency,
      description: ratingWords(index, r),
      skillName: index.skill(r.skillId)!.name,
    }));
  return { ...role, levels: [youLevel, ...role.levels], requirements: [...yours, ...role.requirements] };
}

/** "You" as a compare column of the role shown. */
export function youColumn(index: RoleIndex, ratings: Rating[]): ResolvedColumn {
  return {
    index: indexRole(index.framework, roleWithYou(index, ratings)),
    level: youLevel,
    label: YOU_LABEL,
  };
}
