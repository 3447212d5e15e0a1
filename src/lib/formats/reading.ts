/**
 * What every reader of a team's or a person's assessments shares: what a file gave (TeamFile), what
 * was skipped and why, and the resolution of the names a file writes (a framework, by id or name and,
 * where the name fits several versions, by the skills the file names; a role, a level, a skill and a
 * proficiency as the source names them or as the app labels them), each looked up once. Pure.
 */
import type { Framework, Role, Skill } from '../model/types';
import { renamedInLineage } from '../model/lineage';
import {
  ASSESSMENT_FORMAT,
  ASSESSMENT_VERSION,
  findLevel,
  findProficiency,
  findRole,
  findSkill,
  nameKey,
  type Assessment,
  type AssessmentSource,
} from '../model/assessment';
import { ImportError } from './importError';

/** A team's file may be large (a whole profession's long CSV is some tens of megabytes). */
export const MAX_TEAM_FILE_BYTES = 64 * 1024 * 1024;

/** A rating the role has no skill for: kept aside and reported. */
export interface Unmatched {
  file: string;
  line?: number;
  person: string;
  role: string;
  skill: string;
}

/**
 * Rows (or, in a JSON list, an item) that could not be read: where, how many, and why. The rest of
 * the file is read. The reason names no person (names are hidden when the team is anonymised).
 */
export interface Skipped {
  file: string;
  /** The first line skipped (a JSON file: none). */
  line?: number;
  /**
   * How many rows it stands for: a person's rows whose role is unknown are skipped together; 0 for
   * a wide grid's rating whose row is read all the same.
   */
  rows: number;
  reason: string;
}

export interface TeamFile {
  file: string;
  assessments: Assessment[];
  /** What was decided on the file's behalf (a framework version chosen), in words. */
  notes: string[];
  unmatched: Unmatched[];
  skipped: Skipped[];
  /** How its bytes were read, where they were not UTF-8 (decodeText). */
  warning?: string;
}

/** Runs `read`; an ImportError it throws is listed as skipped rows, and the reading goes on. */
export function orSkip<T>(skipped: Skipped[], rows: number, read: () => T): T | undefined {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    skipped.push({ file: error.file, line: error.line, rows, reason: error.reason });
    return undefined;
  }
}

/** For a wide grid without these columns: the framework, role and target of every row, and the date. */
export interface TeamDefaults {
  frameworkId?: string;
  roleId?: string;
  target?: string | null;
  date?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isDate = (text: string) => DATE.test(text) && !Number.isNaN(Date.parse(text));

/**
 * `find` remembered per name written: a team's file names the same skills and proficiencies on
 * every row, and matching a name as people write it (nameKey) is the slow part of reading one.
 */
function remembered<T>(find: (written: string) => T): (written: string) => T {
  const known = new Map<string, T>();
  return (written) => {
    if (known.has(written)) return known.get(written)!;
    const found = find(written);
    known.set(written, found);
    return found;
  };
}

/**
 * A role's skill by any name written for it, looked up once per name: by id or name, or by the name
 * another version of its framework gives it (lineage.ts), `renamed` then saying what was read as what.
 */
const skillsByName = new WeakMap<Role, (written: string) => { skill: Skill; renamed?: string } | undefined>();
export const skillOf = (framework: Framework, role: Role, written: string) => {
  let find = skillsByName.get(role);
  if (!find)
    skillsByName.set(
      role,
      (find = remembered((name) => {
        const skill = findSkill(role, name);
        if (skill) return { skill };
        const other = renamedInLineage(role, framework.id, name);
        return other
          ? {
              skill: other.skill,
              renamed: `"${name}" (${other.version.label}) is read as "${other.skill.name}", its name in ${framework.name}.`,
            }
          : undefined;
      })),
    );
  return find(written);
};

/** A framework's proficiencies by any name written for them, looked up once per name. */
const proficienciesByName = new WeakMap<Framework, (written: string) => string | null | undefined>();
const proficiencyNamed = (framework: Framework, written: string) => {
  let find = proficienciesByName.get(framework);
  if (!find)
    proficienciesByName.set(framework, (find = remembered((name) => findProficiency(framework, name))));
  return find(written);
};

/** A person's name from a file's name: "alex-smith.json" → "alex-smith". */
export const fromFileName = (file: string) => file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');

/**
 * The framework a file names: by id, by its name, or, where the name fits several versions ("DDaT
 * Capability Framework" fits the 2020 page and the 2025 framework), the one whose role has most of
 * the file's skills; the note says which was chosen and why.
 */
export function pickFramework(
  written: string,
  frameworks: Framework[],
  file: { role: string; skills: string[] },
): { framework: Framework; note?: string } | undefined {
  const byId = frameworks.find((f) => f.id === written.trim());
  if (byId) return { framework: byId };
  const key = nameKey(written);
  // Its own name first: on a tie, the version named exactly is used.
  const fits = [
    ...frameworks.filter((f) => nameKey(f.name) === key),
    ...frameworks.filter((f) => nameKey(f.name).startsWith(`${key} `)),
  ];
  if (fits.length <= 1) return fits[0] ? { framework: fits[0] } : undefined;
  const scored = fits.map((framework) => {
    const role = findRole(framework, file.role);
    const matched = role ? file.skills.filter((skill) => findSkill(role, skill)).length : -1;
    return { framework, matched };
  });
  const best = scored.reduce((a, b) => (b.matched > a.matched ? b : a));
  return {
    framework: best.framework,
    note: `"${written}" fits ${fits.length} versions (${fits.map((f) => f.name).join(', ')}): ${best.framework.name} is used, as its ${file.role} has ${Math.max(0, best.matched)} of the file's ${file.skills.length} skills.`,
  };
}

/** Looks up the framework, role and target a row names, once per distinct naming. */
export function resolver(file: string, frameworks: Framework[], skillsOf: (role: string) => string[]) {
  const notes: string[] = [];
  const cache = new Map<string, { framework: Framework; role: Role; target: string | null }>();
  return {
    notes,
    resolve(line: number, written: { framework: string; role: string; target: string }) {
      const key = `${written.framework}\u0000${written.role}\u0000${written.target}`;
      const known = cache.get(key);
      if (known) return known;
      const fail = (message: string): never => {
        throw new ImportError(message, file, line);
      };
      const picked =
        pickFramework(written.framework, frameworks, {
          role: written.role,
          skills: skillsOf(written.role),
        }) ??
        fail(
          written.framework.trim() === ''
            ? 'the framework is not given (a framework column, or one chosen for the file)'
            : `no framework "${written.framework}" is loaded (loaded: ${frameworks.map((f) => f.name).join(', ')})`,
        );
      if (picked.note && !notes.includes(picked.note)) notes.push(picked.note);
      const { framework } = picked;
      const role =
        findRole(framework, written.role) ??
        fail(`${framework.name} has no role "${written.role}" (column role)`);
      const target = written.target.trim();
      const level =
        target === ''
          ? null
          : (findLevel(framework, role, target) ??
            fail(`${role.name} has no level "${target}" (column level_target)`));
      const resolved = { framework, role, target: level?.id ?? null };
      cache.set(key, resolved);
      return resolved;
    },
  };
}

export function newAssessment(
  framework: Framework,
  role: Role,
  person: string,
  target: string | null,
  date: string,
  source: AssessmentSource,
): Assessment {
  return {
    format: ASSESSMENT_FORMAT,
    formatVersion: ASSESSMENT_VERSION,
    framework: { id: framework.id, name: framework.name },
    role: { id: role.id, name: role.name },
    person,
    source,
    target,
    date,
    ratings: [],
  };
}

export function proficiencyOf(
  file: string,
  line: number,
  framework: Framework,
  written: string,
): string | null {
  const proficiency = proficiencyNamed(framework, written);
  if (proficiency === undefined)
    throw new ImportError(
      `"${written}" is not a proficiency of ${framework.name} (expected ${framework.proficiencies.map((p) => p.name).join(', ')}, or "not yet")`,
      file,
      line,
    );
  return proficiency;
}
