/**
 * A self-assessment as a file: who, against which framework and role, when, by whom (self or
 * manager), towards which level, and a rating per skill; how a file's ratings meet the role as it is now
 * (skills renamed or removed since are kept and reported, never dropped), and names as people write
 * them: a framework, role, level or skill as the source names it, as the app labels it, or by id.
 * Pure, and light (the state reads ratings through it with the first page): reading a file is
 * `assessmentFile.ts`, the long CSV and the share link `assessmentCsv.ts` and `assessmentLink.ts`.
 */
import type { Framework, Level, Role, Skill } from './types';
import { levelLabel, type RoleIndex } from './framework';
import type { Rating } from './gap';
import { renamedSkill } from './lineage';

export const ASSESSMENT_FORMAT = 'pathway-explorer-assessment';
export const ASSESSMENT_VERSION = 1;
export type AssessmentSource = 'self' | 'manager';

export interface AssessmentRating {
  /** The skill's id in the framework, and its name when rated (to report a rename). */
  skill: string;
  skillName: string;
  /** A proficiency id of the framework's scale, or null for "not yet". */
  proficiency: string | null;
  note?: string;
}

export interface Assessment {
  format: typeof ASSESSMENT_FORMAT;
  formatVersion: typeof ASSESSMENT_VERSION;
  framework: { id: string; name: string };
  role: { id: string; name: string };
  /** Who is assessed; may be empty for one's own. */
  person: string;
  source: AssessmentSource;
  /** The level aimed at (a level id), or null for the next level on each track. */
  target: string | null;
  /**
   * The level the person holds today (a level id; absent or null: not said). The gap is measured
   * from it: to the next level on each track, and where they fall short of it.
   */
  held?: string | null;
  /** The day of this snapshot, YYYY-MM-DD. */
  date: string;
  ratings: AssessmentRating[];
}

/** A name as people write it: case, spaces and dashes aside ("Senior DevOps engineer - management"). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/[()]/g, ' ')
    .replace(/\s+-\s+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Finds a thing by id, or by any of its names, written in any of the ways `nameKey` forgives. */
function findBy<T>(
  items: T[],
  wanted: string,
  id: (item: T) => string,
  names: (item: T) => string[],
): T | undefined {
  const byId = items.find((item) => id(item) === wanted.trim());
  if (byId) return byId;
  const key = nameKey(wanted);
  return items.find((item) => [id(item), ...names(item)].some((name) => nameKey(name) === key));
}

export function findRole(framework: Framework, wanted: string): Role | undefined {
  return findBy(
    framework.roles,
    wanted,
    (r) => r.id,
    (r) => [r.name],
  );
}

/** A level by id, by name (when only one level has it), or as the app labels it with its track. */
export function findLevel(framework: Framework, role: Role, wanted: string): Level | undefined {
  const byLabel = findBy(
    role.levels,
    wanted,
    (l) => l.id,
    (l) => [levelLabel(framework, l)],
  );
  if (byLabel) return byLabel;
  const named = role.levels.filter((l) => nameKey(l.name) === nameKey(wanted));
  return named.length === 1 ? named[0] : undefined;
}

export function findSkill(role: Role, wanted: string) {
  return findBy(
    role.skills,
    wanted,
    (s) => s.id,
    (s) => [s.name, ...Object.values(s.trackNames ?? {})],
  );
}

/** A proficiency by id or name, any case; "not yet" (or nothing) is null. */
export function findProficiency(framework: Framework, wanted: string): string | null | undefined {
  const key = nameKey(wanted);
  if (key === '' || key === 'not yet' || key === 'none') return null;
  return framework.proficiencies.find((p) => nameKey(p.id) === key || nameKey(p.name) === key)?.id;
}

export interface Mismatch {
  rating: AssessmentRating;
  why: string;
}

/**
 * The role's skill a rating (made in framework `from`) is of: by its id, by its name, or by the name
 * another version of the framework gave it (lineage.ts's table), `renamed` then true.
 */
export function ratedSkill(
  index: RoleIndex,
  from: string,
  rating: AssessmentRating,
): { skill: Skill; renamed: boolean } | undefined {
  const direct = index.skill(rating.skill) ?? findSkill(index.role, rating.skillName);
  if (direct) return { skill: direct, renamed: false };
  const written = { id: rating.skill, name: rating.skillName };
  const skill = renamedSkill(index.role, index.framework.id, from, written);
  return skill && { skill, renamed: true };
}

/**
 * Meets a file's ratings with the role as it is now: those that match become ratings; a skill the
 * role no longer has (or has under another id, found by its name), or a proficiency the scale
 * lacks, is kept as a mismatch with the reason, so that nothing the person wrote is lost.
 */
export function matchRatings(
  index: RoleIndex,
  assessment: Assessment,
): { ratings: Rating[]; mismatches: Mismatch[] } {
  const ratings: Rating[] = [];
  const mismatches: Mismatch[] = [];
  const matched = new Set<string>();
  for (const rating of assessment.ratings) {
    const { skill, renamed } = ratedSkill(index, assessment.framework.id, rating) ?? {};
    if (!skill) {
      mismatches.push({ rating, why: `the role has no skill "${rating.skillName}" now` });
      continue;
    }
    if (rating.proficiency !== null && !index.proficiency(rating.proficiency)) {
      mismatches.push({ rating, why: `the scale has no proficiency "${rating.proficiency}"` });
      continue;
    }
    if (matched.has(skill.id)) {
      mismatches.push({ rating, why: `"${skill.name}" is rated already, under another name` });
      continue;
    }
    matched.add(skill.id);
    ratings.push({
      skillId: skill.id,
      proficiency: rating.proficiency,
      ...(rating.note ? { note: rating.note } : {}),
    });
    // Kept, and said: the skill was renamed, has another id now (found by its name), or another name.
    if (renamed)
      mismatches.push({ rating, why: `"${rating.skillName || rating.skill}" is now named "${skill.name}"` });
    else if (skill.id !== rating.skill)
      mismatches.push({
        rating,
        why: `matched by its name to "${skill.name}" (id ${skill.id}, was ${rating.skill})`,
      });
    else if (skill.name !== rating.skillName)
      mismatches.push({ rating, why: `"${rating.skillName}" is now named "${skill.name}"` });
  }
  return { ratings, mismatches };
}

/** A mismatch whose rating meets no skill of the role (not one found under a new id or name). */
export const unmatched = (mismatch: Mismatch) => !/^matched by its name|is now named/.test(mismatch.why);

/**
 * Why an assessment does not belong to the role shown, in words, naming what differs (the role, or
 * the framework or its version, by id where the two share a name); undefined when it does.
 */
export function belongsElsewhere(index: RoleIndex, assessment: Assessment): string | undefined {
  const role = assessment.role.name || assessment.role.id;
  if (assessment.framework.id !== index.framework.id) {
    const named = assessment.framework.name !== '' && assessment.framework.name !== index.framework.name;
    const theirs = named ? assessment.framework.name : `the version ${assessment.framework.id}`;
    const ours = named ? index.framework.name : `the version ${index.framework.id}`;
    return assessment.role.id === index.role.id
      ? `this assessment is for ${theirs}, not ${ours}`
      : `this assessment is for ${role} in ${theirs}, not ${index.role.name} in ${ours}`;
  }
  if (assessment.role.id !== index.role.id)
    return `this assessment is for the role ${role}, not ${index.role.name}`;
  return undefined;
}

/** An assessment of the role shown, from ratings, for saving or exporting. */
export function assessmentOf(
  index: RoleIndex,
  ratings: Rating[],
  details: { person?: string; source?: AssessmentSource; target?: string | null; date: string },
): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_VERSION,
    framework: { id: index.framework.id, name: index.framework.name },
    role: { id: index.role.id, name: index.role.name },
    person: details.person ?? '',
    source: details.source ?? 'self',
    target: details.target ?? null,
    date: details.date,
    ratings: ratings.map((r) => ({
      skill: r.skillId,
      skillName: index.skill(r.skillId)?.name ?? r.skillId,
      proficiency: r.proficiency,
      ...(r.note ? { note: r.note } : {}),
    })),
  };
}
