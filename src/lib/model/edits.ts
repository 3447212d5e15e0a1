/**
 * Edits to a draft framework, each a pure operation that gives back the edited framework and the
 * edit that undoes it (its inverse). A draft holds one role (`roles[0]`); the edits change that
 * role, the proficiency scale and the tracks. What a person does at once (rename a skill and the
 * names its requirements use, remove a level and every mention of it) is a `batch` of simple edits,
 * undone as one.
 *
 * An inverse restores the framework exactly (every array in its order, no field added or lost):
 * a property test applies random edits and then all their inverses and compares with the start.
 */
import type { Framework, Level, Proficiency, Requirement, Role, Skill, Track } from './types';

type LevelField = 'name' | 'seniority' | 'track' | 'summary' | 'next';
type SkillField = 'name' | 'description' | 'levelDescriptions';
type RoleField = 'name' | 'introduction';
type ProficiencyField = 'name' | 'definition' | 'rank';

export type Edit =
  | { kind: 'role'; field: RoleField; value: Role[RoleField] }
  | { kind: 'level'; levelId: string; field: LevelField; value: Level[LevelField] }
  | { kind: 'skill'; skillId: string; field: SkillField; value: Skill[SkillField] }
  | { kind: 'proficiency'; id: string; field: ProficiencyField; value: Proficiency[ProficiencyField] }
  | { kind: 'track'; id: string; field: 'name'; value: string }
  /** Sets a requirement (in place, or at `at`, else at the end), or removes it (null). */
  | { kind: 'requirement'; levelId: string; skillId: string; value: Requirement | null; at?: number }
  | { kind: 'insert-skill'; at: number; skill: Skill }
  | { kind: 'delete-skill'; skillId: string }
  | { kind: 'move-skill'; skillId: string; to: number }
  | { kind: 'insert-level'; at: number; level: Level }
  | { kind: 'delete-level'; levelId: string }
  | { kind: 'move-level'; levelId: string; to: number }
  | { kind: 'insert-track'; at: number; track: Track }
  | { kind: 'delete-track'; id: string }
  | { kind: 'move-track'; id: string; to: number }
  | { kind: 'insert-proficiency'; at: number; proficiency: Proficiency }
  | { kind: 'delete-proficiency'; id: string }
  | { kind: 'batch'; label: string; edits: Edit[] };

/** An edit whose target is not in the draft (another tab removed it, say). */
export class EditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditError';
  }
}

export interface Applied {
  framework: Framework;
  inverse: Edit;
}

const roleOf = (framework: Framework): Role => {
  const role = framework.roles[0];
  if (!role) throw new EditError('the draft has no role');
  return role;
};

const withRole = (framework: Framework, role: Role): Framework => ({
  ...framework,
  roles: [role, ...framework.roles.slice(1)],
});

/** Sets or removes (undefined) an object's field, so that an undo leaves no `undefined` behind. */
function setField<T extends object, K extends keyof T>(object: T, field: K, value: T[K]): T {
  const copy = { ...object };
  if (value === undefined) delete copy[field];
  else copy[field] = value;
  return copy;
}

function indexOf<T>(items: T[], test: (item: T) => boolean, what: string): number {
  const at = items.findIndex(test);
  if (at < 0) throw new EditError(`${what} is not in the draft`);
  return at;
}

const replaceAt = <T>(items: T[], at: number, item: T): T[] => items.map((old, i) => (i === at ? item : old));
const insertAt = <T>(items: T[], at: number, item: T): T[] => [
  ...items.slice(0, at),
  item,
  ...items.slice(at),
];
const removeAt = <T>(items: T[], at: number): T[] => items.filter((_, i) => i !== at);
const moveTo = <T>(items: T[], from: number, to: number): T[] =>
  insertAt(removeAt(items, from), to, items[from]);
const clampIndex = (at: number, length: number) => Math.max(0, Math.min(length, at));

/** Applies one edit; throws EditError when what it names is not there. */
export function applyEdit(framework: Framework, edit: Edit): Applied {
  switch (edit.kind) {
    case 'batch': {
      let current = framework;
      const inverses: Edit[] = [];
      for (const part of edit.edits) {
        const applied = applyEdit(current, part);
        current = applied.framework;
        inverses.unshift(applied.inverse);
      }
      return { framework: current, inverse: { kind: 'batch', label: edit.label, edits: inverses } };
    }
    case 'role': {
      const role = roleOf(framework);
      const inverse = { ...edit, value: role[edit.field] } as Edit;
      return { framework: withRole(framework, setField(role, edit.field, edit.value)), inverse };
    }
    case 'level': {
      const role = roleOf(framework);
      const at = indexOf(role.levels, (l) => l.id === edit.levelId, `The level "${edit.levelId}"`);
      const level = role.levels[at];
      const inverse = { ...edit, value: level[edit.field] } as Edit;
      const levels = replaceAt(role.levels, at, setField(level, edit.field, edit.value));
      return { framework: withRole(framework, { ...role, levels }), inverse };
    }
    case 'skill': {
      const role = roleOf(framework);
      const at = indexOf(role.skills, (s) => s.id === edit.skillId, `The skill "${edit.skillId}"`);
      const skill = role.skills[at];
      const inverse = { ...edit, value: skill[edit.field] } as Edit;
      const skills = replaceAt(role.skills, at, setField(skill, edit.field, edit.value));
      return { framework: withRole(framework, { ...role, skills }), inverse };
    }
    case 'proficiency': {
      const at = indexOf(framework.proficiencies, (p) => p.id === edit.id, `The proficiency "${edit.id}"`);
      const proficiency = framework.proficiencies[at];
      const inverse = { ...edit, value: proficiency[edit.field] } as Edit;
      const changed = { ...proficiency, [edit.field]: edit.value } as Proficiency;
      return {
        framework: { ...framework, proficiencies: replaceAt(framework.proficiencies, at, changed) },
        inverse,
      };
    }
    case 'track': {
      const at = indexOf(framework.tracks, (t) => t.id === edit.id, `The track "${edit.id}"`);
      const track = framework.tracks[at];
      const inverse: Edit = { ...edit, value: track[edit.field] };
      return {
        framework: { ...framework, tracks: replaceAt(framework.tracks, at, { ...track, name: edit.value }) },
        inverse,
      };
    }
    case 'requirement': {
      const role = roleOf(framework);
      const { levelId, skillId, value } = edit;
      const at = role.requirements.findIndex((r) => r.levelId === levelId && r.skillId === skillId);
      if (value && (value.levelId !== levelId || value.skillId !== skillId))
        throw new EditError('a requirement is set at its own level and skill');
      if (at >= 0) {
        const old = role.requirements[at];
        const requirements = value
          ? replaceAt(role.requirements, at, value)
          : removeAt(role.requirements, at);
        return {
          framework: withRole(framework, { ...role, requirements }),
          inverse: { kind: 'requirement', levelId, skillId, value: old, at },
        };
      }
      if (!value) return { framework, inverse: edit };
      indexOf(role.levels, (l) => l.id === levelId, `The level "${levelId}"`);
      indexOf(role.skills, (s) => s.id === skillId, `The skill "${skillId}"`);
      const place = clampIndex(edit.at ?? role.requirements.length, role.requirements.length);
      return {
        framework: withRole(framework, { ...role, requirements: insertAt(role.requirements, place, value) }),
        inverse: { kind: 'requirement', levelId, skillId, value: null },
      };
    }
    case 'insert-skill': {
      const role = roleOf(framework);
      if (role.skills.some((s) => s.id === edit.skill.id))
        throw new EditError(`The skill "${edit.skill.id}" is in the draft already`);
      const skills = insertAt(role.skills, clampIndex(edit.at, role.skills.length), edit.skill);
      return {
        framework: withRole(framework, { ...role, skills }),
        inverse: { kind: 'delete-skill', skillId: edit.skill.id },
      };
    }
    case 'delete-skill': {
      const role = roleOf(framework);
      const at = indexOf(role.skills, (s) => s.id === edit.skillId, `The skill "${edit.skillId}"`);
      if (role.requirements.some((r) => r.skillId === edit.skillId))
        throw new EditError(`The skill "${edit.skillId}" still has requirements`);
      return {
        framework: withRole(framework, { ...role, skills: removeAt(role.skills, at) }),
        inverse: { kind: 'insert-skill', at, skill: role.skills[at] },
      };
    }
    case 'move-skill': {
      const role = roleOf(framework);
      const from = indexOf(role.skills, (s) => s.id === edit.skillId, `The skill "${edit.skillId}"`);
      const to = clampIndex(edit.to, role.skills.length - 1);
      return {
        framework: withRole(framework, { ...role, skills: moveTo(role.skills, from, to) }),
        inverse: { kind: 'move-skill', skillId: edit.skillId, to: from },
      };
    }
    case 'insert-level': {
      const role = roleOf(framework);
      if (role.levels.some((l) => l.id === edit.level.id))
        throw new EditError(`The level "${edit.level.id}" is in the draft already`);
      const levels = insertAt(role.levels, clampIndex(edit.at, role.levels.length), edit.level);
      return {
        framework: withRole(framework, { ...role, levels }),
        inverse: { kind: 'delete-level', levelId: edit.level.id },
      };
    }
    case 'delete-level': {
      const role = roleOf(framework);
      const at = indexOf(role.levels, (l) => l.id === edit.levelId, `The level "${edit.levelId}"`);
      if (role.requirements.some((r) => r.levelId === edit.levelId))
        throw new EditError(`The level "${edit.levelId}" still has requirements`);
      if (role.levels.some((l) => l.next.includes(edit.levelId)))
        throw new EditError(`The level "${edit.levelId}" still follows another`);
      return {
        framework: withRole(framework, { ...role, levels: removeAt(role.levels, at) }),
        inverse: { kind: 'insert-level', at, level: role.levels[at] },
      };
    }
    case 'move-level': {
      const role = roleOf(framework);
      const from = indexOf(role.levels, (l) => l.id === edit.levelId, `The level "${edit.levelId}"`);
      const to = clampIndex(edit.to, role.levels.length - 1);
      return {
        framework: withRole(framework, { ...role, levels: moveTo(role.levels, from, to) }),
        inverse: { kind: 'move-level', levelId: edit.levelId, to: from },
      };
    }
    case 'insert-track': {
      if (framework.tracks.some((t) => t.id === edit.track.id))
        throw new EditError(`The track "${edit.track.id}" is in the draft already`);
      const tracks = insertAt(framework.tracks, clampIndex(edit.at, framework.tracks.length), edit.track);
      return { framework: { ...framework, tracks }, inverse: { kind: 'delete-track', id: edit.track.id } };
    }
    case 'move-track': {
      const from = indexOf(framework.tracks, (t) => t.id === edit.id, `The track "${edit.id}"`);
      const to = clampIndex(edit.to, framework.tracks.length - 1);
      return {
        framework: { ...framework, tracks: moveTo(framework.tracks, from, to) },
        inverse: { kind: 'move-track', id: edit.id, to: from },
      };
    }
    case 'insert-proficiency': {
      if (framework.proficiencies.some((p) => p.id === edit.proficiency.id))
        throw new EditError(`The proficiency "${edit.proficiency.id}" is in the draft already`);
      const at = clampIndex(edit.at, framework.proficiencies.length);
      return {
        framework: { ...framework, proficiencies: insertAt(framework.proficiencies, at, edit.proficiency) },
        inverse: { kind: 'delete-proficiency', id: edit.proficiency.id },
      };
    }
    case 'delete-proficiency': {
      const at = indexOf(framework.proficiencies, (p) => p.id === edit.id, `The proficiency "${edit.id}"`);
      if (framework.roles.some((role) => role.requirements.some((r) => r.proficiency === edit.id)))
        throw new EditError(`The proficiency "${edit.id}" is still asked for`);
      return {
        framework: { ...framework, proficiencies: removeAt(framework.proficiencies, at) },
        inverse: { kind: 'insert-proficiency', at, proficiency: framework.proficiencies[at] },
      };
    }
    case 'delete-track': {
      const at = indexOf(framework.tracks, (t) => t.id === edit.id, `The track "${edit.id}"`);
      if (framework.roles.some((role) => role.levels.some((l) => l.track === edit.id)))
        throw new EditError(`The track "${edit.id}" still has levels`);
      return {
        framework: { ...framework, tracks: removeAt(framework.tracks, at) },
        inverse: { kind: 'insert-track', at, track: framework.tracks[at] },
      };
    }
  }
}

/** Applies edits in turn (the inverse of the whole undoes them all). */
export function applyEdits(framework: Framework, edits: Edit[], label = 'edits'): Applied {
  return applyEdit(framework, { kind: 'batch', label, edits });
}
