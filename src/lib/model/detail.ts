import type { Level, Proficiency, Requirement, Skill } from './types';
import type { RoleIndex } from './framework';
import { absentRequirement, levelLabel, ownValue, skillNameAt, trackName } from './framework';
import type { Change } from './changes';
import { changesFromPrevious, describeChange } from './changes';

/** Everything the detail panel says about one (level, skill) pair. */
export interface CellDetail {
  skill: Skill;
  level: Level;
  levelLabel: string;
  track?: string;
  /** The skill's name as written at this level, when it differs from the display name. */
  variantName?: string;
  requirement?: Requirement;
  proficiency?: Proficiency;
  /** The role gives no proficiency at all (a placeholder): a missing one is not "not required". */
  placeholder: boolean;
  /** What the proficiency asked for means for this skill in general, where the framework says. */
  skillAtProficiency?: string;
  previous?: { level: Level; label: string; requirement?: Requirement; proficiency?: Proficiency };
  change?: Change;
  changeText?: string;
}

export function cellDetail(index: RoleIndex, levelId: string, skillId: string): CellDetail | undefined {
  const level = index.level(levelId);
  const skill = index.skill(skillId);
  if (!level || !skill) return undefined;
  const { framework } = index;
  const requirement = index.requirement(level.id, skill.id);
  const proficiency = requirement ? index.proficiency(requirement.proficiency) : undefined;
  const nameAt = skillNameAt(skill, level);
  const transition = changesFromPrevious(index, level);
  const change = transition?.changes.get(skill.id);
  const before = transition ? index.requirement(transition.previous.id, skill.id) : undefined;
  const proficiencyName = (id: string) => index.proficiency(id)?.name ?? id;
  return {
    skill,
    level,
    levelLabel: levelLabel(framework, level),
    track: trackName(framework, level),
    variantName: nameAt !== skill.name ? nameAt : undefined,
    requirement,
    proficiency,
    placeholder: index.role.requirements.length === 0,
    skillAtProficiency: proficiency ? ownValue(skill.levelDescriptions, proficiency.id) : undefined,
    previous: transition && {
      level: transition.previous,
      label: levelLabel(framework, transition.previous),
      requirement: before,
      proficiency: before ? index.proficiency(before.proficiency) : undefined,
    },
    change,
    changeText: change ? describeChange(change, proficiencyName) : undefined,
  };
}

/**
 * A selection in a few words, for screen readers to hear when it changes (the detail panel's whole
 * text is too long to hear on every change): "Selected: Service support at Senior DevOps engineer
 * (technical), expert." Nothing selected: "".
 */
export function describeSelection(
  index: RoleIndex,
  target: { levelId: string | null; skillId: string | null; fromLevelId?: string | null },
): string {
  const level = target.levelId ? index.level(target.levelId) : undefined;
  const from = target.fromLevelId ? index.level(target.fromLevelId) : undefined;
  const skill = target.skillId ? index.skill(target.skillId) : undefined;
  const label = (l: Level) => levelLabel(index.framework, l);
  if (level && from) return `Selected: the step from ${label(from)} to ${label(level)}.`;
  if (level && skill) {
    const detail = cellDetail(index, level.id, skill.id)!;
    return `Selected: ${skill.name} at ${label(level)}, ${detail.proficiency?.name.toLowerCase() ?? absentRequirement(index.role)}.`;
  }
  if (level) return `Selected: ${label(level)}.`;
  if (skill) return `Selected: ${skill.name}.`;
  return '';
}
