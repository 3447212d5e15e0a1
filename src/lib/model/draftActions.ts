/**
 * What a person does in the editor, as edits (edits.ts): each action reads the draft and gives back
 * the one edit (often a batch) that does it, or null when it would change nothing. Pure: the editor
 * applies the edit, keeps its inverse for undo, and saves.
 */
import type { Edit } from './edits';
import type { Framework, Level, Requirement, Role, Skill } from './types';
import { slugify } from './slug';

const roleOf = (draft: Framework): Role => draft.roles[0];

/** The scale from lowest to highest. */
export const scaleOf = (draft: Framework) => [...draft.proficiencies].sort((a, b) => a.rank - b.rank);

/** An id not yet used among `taken`, made from a name: "Cloud" → "cloud", else "cloud-2", … */
export function freshId(name: string, taken: Iterable<string>, fallback: string): string {
  const used = new Set(taken);
  const base = slugify(name) || fallback;
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A name not yet used among `names`: "New skill", else "New skill 2", … */
export function freshName(base: string, names: Iterable<string>): string {
  const used = new Set([...names].map((name) => name.trim().toLowerCase()));
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return name;
}

const requirementAt = (role: Role, levelId: string, skillId: string) =>
  role.requirements.find((r) => r.levelId === levelId && r.skillId === skillId);

/**
 * Sets the proficiency a level asks of a skill (null: asks for none). A new requirement takes the
 * skill's own words for that proficiency, where it has them; a changed one keeps its description.
 */
export function setProficiency(
  draft: Framework,
  levelId: string,
  skillId: string,
  proficiency: string | null,
): Edit | null {
  const role = roleOf(draft);
  const old = requirementAt(role, levelId, skillId);
  if ((old?.proficiency ?? null) === proficiency) return null;
  if (proficiency === null) return { kind: 'requirement', levelId, skillId, value: null };
  const skill = role.skills.find((s) => s.id === skillId);
  if (!skill) return null;
  const value: Requirement = old
    ? { ...old, proficiency }
    : {
        levelId,
        skillId,
        proficiency,
        description: skill.levelDescriptions?.[proficiency] ?? '',
        skillName: skill.name,
      };
  return { kind: 'requirement', levelId, skillId, value };
}

/** Raises (by 1) or lowers (by -1) a requirement one step of the scale; from none, up to the lowest. */
export function stepProficiency(draft: Framework, levelId: string, skillId: string, by: 1 | -1): Edit | null {
  const scale = scaleOf(draft);
  const old = requirementAt(roleOf(draft), levelId, skillId);
  const at = old ? scale.findIndex((p) => p.id === old.proficiency) : -1;
  const to = Math.max(-1, Math.min(scale.length - 1, at + by));
  return setProficiency(draft, levelId, skillId, to < 0 ? null : scale[to].id);
}

/**
 * The proficiency a key names in the draft's scale: a digit is a rank ("1" the lowest, "0" none),
 * a letter the first letter of a proficiency's name. undefined: the key names none.
 */
export function proficiencyForKey(draft: Framework, key: string): string | null | undefined {
  const scale = scaleOf(draft);
  if (key === '0') return null;
  if (/^[1-9]$/.test(key)) return scale[Number(key) - 1]?.id;
  if (key.length !== 1) return undefined;
  const lower = key.toLowerCase();
  return scale.find((p) => p.name.trim().toLowerCase().startsWith(lower))?.id;
}

export function setDescription(
  draft: Framework,
  levelId: string,
  skillId: string,
  text: string,
): Edit | null {
  const old = requirementAt(roleOf(draft), levelId, skillId);
  if (!old || old.description === text) return null;
  return { kind: 'requirement', levelId, skillId, value: { ...old, description: text } };
}

/** Renames a skill, and with it the name its requirements use where they used the old one. */
export function renameSkill(draft: Framework, skillId: string, name: string): Edit | null {
  const role = roleOf(draft);
  const skill = role.skills.find((s) => s.id === skillId);
  if (!skill || skill.name === name) return null;
  const follow = role.requirements.filter((r) => r.skillId === skillId && r.skillName === skill.name);
  return {
    kind: 'batch',
    label: `rename the skill "${skill.name}"`,
    edits: [
      { kind: 'skill', skillId, field: 'name', value: name },
      ...follow.map((r): Edit => ({
        kind: 'requirement',
        levelId: r.levelId,
        skillId,
        value: { ...r, skillName: name },
      })),
    ],
  };
}

/** Adds a skill, asked for by no level yet, at `at` (the end by default). */
export function addSkill(draft: Framework, name?: string, at?: number): Edit {
  const role = roleOf(draft);
  const skillName =
    name?.trim() ||
    freshName(
      'New skill',
      role.skills.map((s) => s.name),
    );
  const skill: Skill = {
    id: freshId(
      skillName,
      role.skills.map((s) => s.id),
      'skill',
    ),
    name: skillName,
  };
  return { kind: 'insert-skill', at: at ?? role.skills.length, skill };
}

/** Removes a skill and every requirement of it. */
export function removeSkill(draft: Framework, skillId: string): Edit | null {
  const role = roleOf(draft);
  const skill = role.skills.find((s) => s.id === skillId);
  if (!skill) return null;
  return {
    kind: 'batch',
    label: `remove the skill "${skill.name}"`,
    edits: [
      ...role.requirements
        .filter((r) => r.skillId === skillId)
        .map((r): Edit => ({ kind: 'requirement', levelId: r.levelId, skillId, value: null })),
      { kind: 'delete-skill', skillId },
    ],
  };
}

export function moveSkill(draft: Framework, skillId: string, by: number): Edit | null {
  const skills = roleOf(draft).skills;
  const from = skills.findIndex((s) => s.id === skillId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= skills.length) return null;
  return { kind: 'move-skill', skillId, to };
}

/** The levels of a level's step: those of its name (its tracks share it). */
export const stepOf = (draft: Framework, levelId: string): string[] => {
  const levels = roleOf(draft).levels;
  const name = levels.find((l) => l.id === levelId)?.name;
  return levels.filter((l) => l.name === name).map((l) => l.id);
};

/**
 * Renames a step of the ladder: every level of that name, or those of `step` (the step as it was
 * when the person began typing, so that a name met on the way does not take in another step).
 */
export function renameLevel(
  draft: Framework,
  levelId: string,
  name: string,
  step = stepOf(draft, levelId),
): Edit | null {
  const levels = roleOf(draft).levels.filter((l) => step.includes(l.id));
  const level = levels.find((l) => l.id === levelId);
  if (!level || levels.every((l) => l.name === name)) return null;
  return {
    kind: 'batch',
    label: `rename the level "${level.name}"`,
    edits: levels.map((l): Edit => ({ kind: 'level', levelId: l.id, field: 'name', value: name })),
  };
}

/**
 * Copies a level to make the next one: a new step just above it, on its track, asking for what it
 * asks; the levels above move up a step, and the new level comes between the level and those that
 * followed it.
 */
export function copyLevelAsNext(draft: Framework, levelId: string): Edit | null {
  const role = roleOf(draft);
  const at = role.levels.findIndex((l) => l.id === levelId);
  if (at < 0) return null;
  const level = role.levels[at];
  const name = freshName(
    'New level',
    role.levels.map((l) => l.name),
  );
  const copy: Level = {
    id: freshId(
      name,
      role.levels.map((l) => l.id),
      'level',
    ),
    name,
    seniority: level.seniority + 1,
    track: level.track,
    summary: { paragraphs: [], responsibilities: [] },
    next: level.next,
  };
  return {
    kind: 'batch',
    label: `copy the level "${level.name}"`,
    edits: [
      ...role.levels
        .filter((l) => l.seniority > level.seniority)
        .map((l): Edit => ({ kind: 'level', levelId: l.id, field: 'seniority', value: l.seniority + 1 })),
      { kind: 'insert-level', at: at + 1, level: copy },
      { kind: 'level', levelId, field: 'next', value: [copy.id] },
      ...role.requirements
        .filter((r) => r.levelId === levelId)
        .map((r): Edit => ({
          kind: 'requirement',
          levelId: copy.id,
          skillId: r.skillId,
          value: { ...r, levelId: copy.id },
        })),
    ],
  };
}

/** Removes a level and its requirements; the levels it followed are followed by what followed it. */
export function removeLevel(draft: Framework, levelId: string): Edit | null {
  const role = roleOf(draft);
  const level = role.levels.find((l) => l.id === levelId);
  if (!level) return null;
  return {
    kind: 'batch',
    label: `remove the level "${level.name}"`,
    edits: [
      ...role.requirements
        .filter((r) => r.levelId === levelId)
        .map((r): Edit => ({ kind: 'requirement', levelId, skillId: r.skillId, value: null })),
      ...role.levels
        .filter((l) => l.id !== levelId && l.next.includes(levelId))
        .map((l): Edit => {
          const next = l.next.flatMap((id) =>
            id === levelId ? level.next.filter((n) => !l.next.includes(n)) : [id],
          );
          return { kind: 'level', levelId: l.id, field: 'next', value: next };
        }),
      { kind: 'level', levelId, field: 'next', value: [] },
      { kind: 'delete-level', levelId },
    ],
  };
}

/** Every level (a column) or every skill (a row) asks for one proficiency (null: none). */
export function fill(
  draft: Framework,
  target: { levelId: string } | { skillId: string },
  proficiency: string | null,
): Edit | null {
  const role = roleOf(draft);
  const cells =
    'levelId' in target
      ? role.skills.map((s) => [target.levelId, s.id] as const)
      : role.levels.map((l) => [l.id, target.skillId] as const);
  const edits = cells.flatMap(
    ([levelId, skillId]) => setProficiency(draft, levelId, skillId, proficiency) ?? [],
  );
  return edits.length === 0 ? null : { kind: 'batch', label: 'fill', edits };
}

/**
 * Pasted lines as the descriptions of a level's skills, one per line, from `skillId` down; a line
 * for a skill the level asks nothing of sets nothing (and is counted in `skipped`).
 */
export function pasteDescriptions(
  draft: Framework,
  levelId: string,
  skillId: string,
  text: string,
): { edit: Edit | null; skipped: number } {
  const role = roleOf(draft);
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const from = role.skills.findIndex((s) => s.id === skillId);
  let skipped = 0;
  const edits = lines.flatMap((line, i) => {
    const skill = role.skills[from + i];
    if (!skill) return [];
    if (!requirementAt(role, levelId, skill.id)) {
      skipped++;
      return [];
    }
    return setDescription(draft, levelId, skill.id, line) ?? [];
  });
  return { edit: edits.length === 0 ? null : { kind: 'batch', label: 'paste descriptions', edits }, skipped };
}

/** Adds a step at the top of the scale (one rank above the highest), asked for by no level yet. */
export function addProficiency(draft: Framework): Edit {
  const scale = scaleOf(draft);
  const name = freshName(
    'New proficiency',
    scale.map((p) => p.name),
  );
  return {
    kind: 'insert-proficiency',
    at: draft.proficiencies.length,
    proficiency: {
      id: freshId(
        name,
        scale.map((p) => p.id),
        'proficiency',
      ),
      name,
      rank: (scale.at(-1)?.rank ?? 0) + 1,
      definition: '',
    },
  };
}

/**
 * Removes a step of the scale that no level asks for; the steps above it move down a rank, so that
 * the ranks stay one apart. Null when a level asks for it (say so rather than lose requirements).
 */
export function removeProficiency(draft: Framework, id: string): Edit | null {
  const gone = draft.proficiencies.find((p) => p.id === id);
  if (!gone || draft.roles.some((role) => role.requirements.some((r) => r.proficiency === id))) return null;
  return {
    kind: 'batch',
    label: `remove the proficiency "${gone.name}"`,
    edits: [
      { kind: 'delete-proficiency', id },
      ...draft.proficiencies
        .filter((p) => p.rank > gone.rank)
        .map((p): Edit => ({ kind: 'proficiency', id: p.id, field: 'rank', value: p.rank - 1 })),
    ],
  };
}
