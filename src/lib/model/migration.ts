/**
 * A person's ratings carried from one version of a role to another, and the migration report that
 * says what became of each: kept (the same skill, by id or name), renamed, merged, split, no longer
 * asked for, and the skills newly asked for. No rating is dropped: one with nowhere to go stays as
 * it was, and the app lists it beside the form. Pure.
 */
import { ratedSkill, type AssessmentRating } from './assessment';
import type { RoleIndex } from './framework';
import type { Role, Skill } from './types';
import { matchSkills, type SkillMapping } from './versionDiff';
import { count } from './count';

export interface Migration {
  /** The ratings as the role shown names its skills; those with nowhere to go as they were. */
  ratings: AssessmentRating[];
  /** Ratings of a skill the version has too (matched by id or name). */
  kept: number;
  /** Skill names carried under a new one: was → now. */
  renamed: [string, string][];
  /** Skills merged into one: the rating carried is the lower (a gap to discuss, not hidden). */
  merged: { from: string[]; to: string; took: string }[];
  /** A skill split into several: its rating carried to each part. */
  split: { from: string; to: string[] }[];
  /** Rated skills the version no longer asks for: kept as they were, and listed. */
  noLongerAsked: string[];
  /** Skills the version asks for that the earlier one did not (known when the earlier role is given). */
  newlyAsked: string[];
}

const nameOf = (rating: AssessmentRating) => rating.skillName || rating.skill;
const onto = (rating: AssessmentRating, skill: Skill): AssessmentRating => ({
  ...rating,
  skill: skill.id,
  skillName: skill.name,
});

/**
 * Carries `ratings` (written against framework `from`) to the role of `index`: each met by id, by
 * name, by a declared merge or split (`mappings`, ids of `from`'s skills to the role's), or by a
 * rename of the lineage's table (lineage.ts). `before`: the role as the earlier version has it, from
 * which the skills newly asked for are told (without it, none are said).
 */
export function migrateRatings(
  index: RoleIndex,
  from: string,
  ratings: AssessmentRating[],
  mappings: SkillMapping[] = [],
  before?: Role,
): Migration {
  const rank = (rating: AssessmentRating) =>
    rating.proficiency === null ? 0 : (index.proficiency(rating.proficiency)?.rank ?? 0);
  const result: Migration = {
    ratings: [],
    kept: 0,
    renamed: [],
    merged: [],
    split: [],
    noLongerAsked: [],
    newlyAsked: [],
  };
  const mappingOf = (rating: AssessmentRating) =>
    mappings.find((m) => (m.from.length > 1 || m.to.length > 1) && m.from.includes(rating.skill));
  const merges = new Map<SkillMapping, AssessmentRating[]>();
  for (const rating of ratings) {
    const mapping = index.skill(rating.skill) ? undefined : mappingOf(rating);
    const parts = mapping?.to.map((id) => index.skill(id)).filter((s): s is Skill => s !== undefined) ?? [];
    if (mapping && parts.length > 0 && mapping.from.length > 1) {
      merges.set(mapping, [...(merges.get(mapping) ?? []), rating]);
      continue;
    }
    if (mapping && parts.length > 1) {
      result.ratings.push(...parts.map((skill) => onto(rating, skill)));
      result.split.push({ from: nameOf(rating), to: parts.map((s) => s.name) });
      continue;
    }
    const found = ratedSkill(index, from, rating);
    if (!found) {
      result.ratings.push(rating);
      result.noLongerAsked.push(nameOf(rating));
    } else if (found.renamed) {
      result.ratings.push(onto(rating, found.skill));
      result.renamed.push([nameOf(rating), found.skill.name]);
    } else {
      result.ratings.push(rating);
      result.kept++;
    }
  }
  for (const [mapping, rated] of merges) {
    const skill = index.skill(mapping.to[0])!;
    // The lower of the rated ones, "not yet" the lowest: the merged skill asks for both.
    const lowest = [...rated].sort((a, b) => rank(a) - rank(b))[0];
    result.ratings.push(onto(lowest, skill));
    // The others are kept as they were, so nothing the person wrote is lost.
    result.ratings.push(...rated.filter((r) => r !== lowest));
    result.merged.push({ from: rated.map(nameOf), to: skill.name, took: nameOf(lowest) });
  }
  if (before)
    result.newlyAsked = matchSkills(before, index.role, mappings)
      .filter((fate) => fate.kind === 'added')
      .flatMap((fate) => fate.to.map((s) => s.name));
  return result;
}

const quoted = (names: string[]) => names.map((n) => `"${n}"`).join(' and ');

/** The migration report in sentences: what was kept, renamed, merged, split, no longer and newly asked for. */
export function migrationWords(migration: Migration): string[] {
  const { kept, renamed, merged, split, noLongerAsked, newlyAsked } = migration;
  return [
    ...(kept > 0 ? [`${count(kept, 'rating')} kept under the same skill`] : []),
    ...renamed.map(([was, now]) => `"${was}" is carried as "${now}", its name in this version`),
    ...merged.map(
      (m) =>
        `${quoted(m.from)} are merged into "${m.to}": it takes the lower rating, "${m.took}"'s${m.from.length > 1 ? `, and the other ${m.from.length === 2 ? 'is' : 'are'} kept and listed` : ''}`,
    ),
    ...split.map((s) => `"${s.from}" is split into ${quoted(s.to)}: each takes its rating`),
    ...(noLongerAsked.length > 0
      ? [
          `${quoted(noLongerAsked)} ${noLongerAsked.length === 1 ? 'is' : 'are'} no longer asked for: kept, and listed below`,
        ]
      : []),
    ...(newlyAsked.length > 0 ? [`newly asked for, to rate: ${quoted(newlyAsked)}`] : []),
  ];
}
