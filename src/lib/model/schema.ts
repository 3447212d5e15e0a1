import * as v from 'valibot';
import type { Framework } from './types';
import { FORMAT_VERSION } from './types';
import { firstIssue, newerVersion } from './validation';

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
);
const Text = v.pipe(v.string(), v.maxLength(20_000));
const Name = v.pipe(v.string(), v.minLength(1), v.maxLength(300));

/** The framework file format (version FORMAT_VERSION), also published as static/framework.schema.json. */
export const FrameworkSchema = v.object({
  formatVersion: v.literal(FORMAT_VERSION),
  id: Id,
  name: Name,
  source: v.object({
    title: Name,
    publisher: Name,
    published: v.pipe(v.string(), v.maxLength(100)),
    url: v.pipe(v.string(), v.maxLength(2000)),
    licence: v.pipe(v.string(), v.maxLength(300)),
    licenceUrl: v.pipe(v.string(), v.maxLength(2000)),
    attribution: Text,
  }),
  proficiencies: v.pipe(
    v.array(
      v.object({
        id: Id,
        name: Name,
        rank: v.pipe(v.number(), v.integer(), v.minValue(1)),
        definition: Text,
      }),
    ),
    v.minLength(1),
  ),
  tracks: v.array(v.object({ id: Id, name: Name })),
  roles: v.pipe(
    v.array(
      v.object({
        id: Id,
        name: Name,
        family: v.optional(Name),
        type: v.optional(Name),
        introduction: v.array(Text),
        notice: v.optional(Text),
        levels: v.array(
          v.object({
            id: Id,
            name: Name,
            seniority: v.pipe(v.number(), v.integer(), v.minValue(0)),
            track: v.nullable(Id),
            summary: v.object({
              paragraphs: v.array(Text),
              responsibilities: v.array(Text),
              note: v.optional(Text),
            }),
            next: v.array(Id),
          }),
        ),
        skills: v.array(
          v.object({
            id: Id,
            name: Name,
            description: v.optional(Text),
            trackNames: v.optional(v.record(Id, Name)),
            levelDescriptions: v.optional(v.record(Id, Text)),
          }),
        ),
        requirements: v.array(
          v.object({ levelId: Id, skillId: Id, proficiency: Id, description: Text, skillName: Name }),
        ),
      }),
    ),
    v.minLength(1),
  ),
  follows: v.optional(
    v.object({
      framework: Name,
      date: v.pipe(
        v.string(),
        v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'),
      ),
      skills: v.optional(
        v.array(
          v.object({
            role: Id,
            from: v.pipe(v.array(Id), v.minLength(1)),
            to: v.pipe(v.array(Id), v.minLength(1)),
          }),
        ),
      ),
    }),
  ),
});

/** A problem with a framework file: where (a JSON path) and what was expected. */
export class FrameworkError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'FrameworkError';
  }
}

/**
 * Checks that parsed JSON is a framework the app can show: its shape (valibot schema), then that
 * every reference (track, level, skill, proficiency) points at something that exists.
 */
export function validateFramework(data: unknown): Framework {
  const newer = newerVersion(data, FORMAT_VERSION);
  if (newer) throw new FrameworkError(newer, 'formatVersion');
  const result = v.safeParse(FrameworkSchema, data);
  if (!result.success) {
    const { message, path } = firstIssue(result.issues);
    throw new FrameworkError(message, path);
  }
  const framework = result.output as Framework;
  checkReferences(framework, (problem) => {
    throw problem;
  });
  return framework;
}

/**
 * Every problem the loader would refuse a framework for, not only the first: its shape's, then its
 * references'. The editor shows them at their fields (`path`) as the person types.
 */
export function frameworkProblems(data: unknown): FrameworkError[] {
  const result = v.safeParse(FrameworkSchema, data);
  if (!result.success)
    return result.issues.map((issue) => {
      const { message, path } = firstIssue([issue]);
      return new FrameworkError(message, path);
    });
  const problems: FrameworkError[] = [];
  checkReferences(result.output as Framework, (problem) => problems.push(problem));
  return problems;
}

function checkReferences(framework: Framework, report: (problem: FrameworkError) => void): void {
  const unique = (ids: string[], path: string, field = 'id') => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) report(new FrameworkError(`duplicate ${field} "${id}"`, `${path}.${i}.${field}`));
      seen.add(id);
    });
    return seen;
  };
  /** Names that the app shows side by side must tell their things apart. */
  const uniqueNames = (names: string[], path: string, what: string) => {
    const seen = new Map<string, number>();
    names.forEach((name, i) => {
      const key = name.trim().toLowerCase();
      const first = seen.get(key);
      if (first !== undefined)
        report(
          new FrameworkError(
            `${what} are named "${name}" (${path}.${first} and ${path}.${i})`,
            `${path}.${i}.name`,
          ),
        );
      seen.set(key, i);
    });
  };
  const proficiencies = unique(
    framework.proficiencies.map((p) => p.id),
    'proficiencies',
  );
  const tracks = unique(
    framework.tracks.map((t) => t.id),
    'tracks',
  );
  framework.tracks.forEach((track, t) => {
    // A link's track=all means every track.
    if (track.id === 'all')
      report(new FrameworkError('"all" is not a track id: links use it for every track', `tracks.${t}.id`));
  });
  uniqueNames(
    framework.tracks.map((t) => t.name),
    'tracks',
    'two tracks',
  );
  uniqueNames(
    framework.proficiencies.map((p) => p.name),
    'proficiencies',
    'two proficiencies',
  );
  framework.proficiencies.forEach((p, i) => {
    if (p.name.trim().toLowerCase() === 'not required')
      report(
        new FrameworkError(
          '"not required" is not a proficiency: the app shows it where a level asks for none',
          `proficiencies.${i}.name`,
        ),
      );
  });
  unique(
    framework.proficiencies.map((p) => String(p.rank)),
    'proficiencies',
    'rank',
  );
  unique(
    framework.roles.map((r) => r.id),
    'roles',
  );
  framework.roles.forEach((role, r) => {
    const at = `roles.${r}`;
    if (role.levels.length === 0)
      report(new FrameworkError('a role needs at least one level', `${at}.levels`));
    if (role.skills.length === 0)
      report(new FrameworkError('a role needs at least one skill', `${at}.skills`));
    const levels = unique(
      role.levels.map((l) => l.id),
      `${at}.levels`,
    );
    const skills = unique(
      role.skills.map((s) => s.id),
      `${at}.skills`,
    );
    // A level's name names one step of the ladder (its tracks share it): the level order is edited
    // by name, and two steps of one name would be one.
    const stepOfName = new Map<string, number>();
    role.levels.forEach((level, l) => {
      const step = stepOfName.get(level.name);
      if (step !== undefined && step !== level.seniority)
        report(
          new FrameworkError(
            `two levels named "${level.name}" have different seniorities (${step} and ${level.seniority}): levels that share a name are one step, on different tracks`,
            `${at}.levels.${l}.name`,
          ),
        );
      stepOfName.set(level.name, level.seniority);
    });
    role.levels.forEach((level, l) => {
      if (level.track !== null && !tracks.has(level.track)) {
        report(new FrameworkError(`unknown track "${level.track}"`, `${at}.levels.${l}.track`));
      }
      level.next.forEach((id, n) => {
        if (!levels.has(id))
          report(new FrameworkError(`unknown level "${id}"`, `${at}.levels.${l}.next.${n}`));
        if (level.next.indexOf(id) !== n)
          report(new FrameworkError(`level "${id}" is listed twice`, `${at}.levels.${l}.next.${n}`));
      });
    });
    /** The skills each level has asked for so far. */
    const pairs = new Map<string, Set<string>>();
    // A requirement's path is written only for a problem: a role can have 90,000 of them.
    role.requirements.forEach((req, q) => {
      const path = () => `${at}.requirements.${q}`;
      if (!levels.has(req.levelId))
        report(new FrameworkError(`unknown level "${req.levelId}"`, `${path()}.levelId`));
      if (!skills.has(req.skillId))
        report(new FrameworkError(`unknown skill "${req.skillId}"`, `${path()}.skillId`));
      if (!proficiencies.has(req.proficiency)) {
        report(new FrameworkError(`unknown proficiency "${req.proficiency}"`, `${path()}.proficiency`));
      }
      let asked = pairs.get(req.levelId);
      if (!asked) pairs.set(req.levelId, (asked = new Set()));
      if (asked.has(req.skillId))
        report(new FrameworkError(`a second requirement for the same level and skill`, path()));
      asked.add(req.skillId);
    });
  });
  // What a later release did to skills names skills of its own roles (the earlier version's are
  // checked when it joins that version: loadedVersions.ts).
  framework.follows?.skills?.forEach((change, c) => {
    const at = `follows.skills.${c}`;
    const role = framework.roles.find((r) => r.id === change.role);
    if (!role) report(new FrameworkError(`unknown role "${change.role}"`, `${at}.role`));
    change.to.forEach((id, i) => {
      if (role && !role.skills.some((s) => s.id === id))
        report(new FrameworkError(`the role "${change.role}" has no skill "${id}"`, `${at}.to.${i}`));
    });
    if (change.from.length > 1 && change.to.length > 1)
      report(
        new FrameworkError(
          'a change is a rename, a merge (many to one) or a split (one to many), not many to many',
          at,
        ),
      );
  });
}
