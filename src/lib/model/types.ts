/**
 * The domain of a skills framework. A reader should learn the domain from these names.
 *
 * A framework has roles; a role has levels in order of seniority; a level may belong to a track
 * (e.g. technical or management) or to none (the shared early levels); each level names the levels
 * that normally follow it (its pathway); each (level, skill) pair that the source asks for is a
 * requirement with a proficiency from the framework's own ordered scale.
 */

/** The version of the framework file format this code writes. */
export const FORMAT_VERSION = 1;

/** One step of the framework's ordered proficiency scale (rank 1 is the lowest). */
export interface Proficiency {
  id: string;
  name: string;
  rank: number;
  definition: string;
}

/** A branch of the career path from some level up, e.g. technical or management. */
export interface Track {
  id: string;
  name: string;
}

export interface Skill {
  /** Stable id, the same on every track. */
  id: string;
  /** Display name (the plain name the source uses). */
  name: string;
  /** What the role means by this skill, where the source says so. */
  description?: string;
  /** Where the source names the skill differently on a track: track id → variant name. */
  trackNames?: Record<string, string>;
  /** What each proficiency means for this skill in particular: proficiency id → text. */
  levelDescriptions?: Record<string, string>;
}

/** A level's own words: the paragraphs, then the list of what you will do. */
export interface LevelSummary {
  paragraphs: string[];
  responsibilities: string[];
  /** A closing note, e.g. "There are 2 roles here: a management role and a technical role." */
  note?: string;
}

export interface Level {
  id: string;
  /** The level's name, shared by its tracks, e.g. "Senior DevOps engineer". */
  name: string;
  /** Seniority, 0 for the most junior; levels on different tracks may share one. */
  seniority: number;
  /** Track id, or null for a level that belongs to no track. */
  track: string | null;
  summary: LevelSummary;
  /** Ids of the levels that normally follow this one. */
  next: string[];
}

export interface Requirement {
  levelId: string;
  skillId: string;
  proficiency: string;
  description: string;
  /** The skill's name exactly as the source wrote it at this level (may be a track variant). */
  skillName: string;
}

export interface Role {
  id: string;
  name: string;
  family?: string;
  /** E.g. "Senior Civil Service". */
  type?: string;
  introduction: string[];
  /** Something the reader must know about this role's data, shown above its charts. */
  notice?: string;
  levels: Level[];
  skills: Skill[];
  requirements: Requirement[];
}

export interface Source {
  title: string;
  publisher: string;
  published: string;
  url: string;
  licence: string;
  licenceUrl: string;
  attribution: string;
}

/**
 * This framework as a later release of another: which one it follows (that framework's id or name, or
 * the name of the lineage, for its latest version), when it was published (YYYY, YYYY-MM or
 * YYYY-MM-DD), and what became of skills the ids of which changed: a rename is one skill to one, a
 * merge several to one, a split one to several (`from`: ids in the earlier version's role `role`).
 */
export interface FrameworkFollows {
  framework: string;
  date: string;
  skills?: { role: string; from: string[]; to: string[] }[];
}

export interface Framework {
  formatVersion: number;
  id: string;
  name: string;
  source: Source;
  proficiencies: Proficiency[];
  tracks: Track[];
  roles: Role[];
  /** Where it is a later release of another framework (model/loadedVersions.ts). */
  follows?: FrameworkFollows;
}
