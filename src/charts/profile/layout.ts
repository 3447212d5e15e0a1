/**
 * The profile chart of the self-assessment: a dumbbell per skill, the
 * person's rating and a target level's requirement on the framework's scale ("not yet" at zero),
 * joined by a bar that says how far apart they are. Chosen over a radar: every skill is a row with
 * its name in full, the distance is read on one straight scale, and it stays legible for 40 skills,
 * where a radar's spokes and its area (which exaggerates gaps) do not. Pure, in SVG units.
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import type { Level, Skill } from '../../lib/model/types';
import type { RoleIndex } from '../../lib/model/framework';
import { levelLabel } from '../../lib/model/framework';
import { levelGap, type Rating, type SkillGap } from '../../lib/model/gap';
import { widthToWrap, wrapText } from '../../lib/layout/wrap';

export const PROFILE_SIZES = {
  labelWidth: 200,
  /** The widest the skill names' column grows, so that a long name keeps to two lines. */
  maxLabelWidth: 340,
  plotWidth: 400,
  verdictWidth: 110,
  rowHeight: 34,
  headerHeight: 44,
  /** A skill name's character, estimated wide (13-unit text), and the column's padding. */
  skillCharWidth: 7.2,
  labelPadding: 12,
};

/** How many characters of a skill's name a line holds in a names' column of this width. */
const skillChars = (width: number) =>
  Math.floor((width - PROFILE_SIZES.labelPadding) / PROFILE_SIZES.skillCharWidth);

export interface ProfileRow {
  skill: Skill;
  gap: SkillGap;
  y: number;
  height: number;
  lines: string[];
  /** x of the person's rating and of the level's requirement (null where it asks nothing). */
  youX: number;
  targetX: number | null;
  /** "short by 2", "met", "1 above", "not asked". */
  verdict: string;
  ariaLabel: string;
}

export interface ProfileLayout {
  width: number;
  height: number;
  target: Level;
  ticks: { x: number; label: string }[];
  rows: ProfileRow[];
}

/** The verdict on one skill, in words that read without colour. */
export function verdictOf(gap: SkillGap): string {
  if (gap.kind === 'not-asked') return 'not asked';
  if (gap.kind === 'short') return `short by ${gap.steps}`;
  return gap.above > 0 ? `met, ${gap.above} above` : 'met';
}

export function layoutProfile(index: RoleIndex, ratings: Rating[], target: Level): ProfileLayout {
  const s = PROFILE_SIZES;
  const scale = [...index.framework.proficiencies].sort((a, b) => a.rank - b.rank);
  const name = (id: string | null) => (id === null ? 'not yet' : (index.proficiency(id)?.name ?? id));
  // Wider than usual where a skill's name would take more than two lines: no name is cut short
  // ("Communicating between the technical and…" lost "non-technical" in six 2025 roles).
  const left = widthToWrap(
    index.role.skills.map((skill) => skill.name),
    2,
    skillChars,
    s.labelWidth,
    s.maxLabelWidth,
  );
  const x = scaleLinear()
    .domain([0, Math.max(1, scale.length)])
    .range([left + 20, left + s.plotWidth - 20]);
  const rank = (id: string | null) => (id === null ? 0 : (index.proficiency(id)?.rank ?? 0));
  const gap = levelGap(index, ratings, target);
  const y = scaleBand<string>()
    .domain(index.role.skills.map((skill) => skill.id))
    .range([s.headerHeight, s.headerHeight + index.role.skills.length * s.rowHeight])
    .paddingInner(0.15);
  const label = levelLabel(index.framework, target);
  const rows = index.role.skills.map((skill, i): ProfileRow => {
    const g = gap.skills[i];
    const verdict = verdictOf(g);
    const asked = g.kind === 'not-asked' ? null : g.asked;
    return {
      skill,
      gap: g,
      y: y(skill.id)!,
      height: y.bandwidth(),
      lines: wrapText(skill.name, skillChars(left), 2),
      youX: x(rank(g.have)),
      targetX: asked === null ? null : x(rank(asked)),
      verdict,
      ariaLabel: `${skill.name}: you ${name(g.have).toLowerCase()}; ${label} ${asked === null ? 'does not ask for it' : `asks ${name(asked).toLowerCase()}`}; ${verdict}`,
    };
  });
  return {
    width: left + s.plotWidth + s.verdictWidth,
    height: s.headerHeight + index.role.skills.length * s.rowHeight + 8,
    target,
    ticks: [{ x: x(0), label: 'not yet' }, ...scale.map((p) => ({ x: x(p.rank), label: p.name }))],
    rows,
  };
}
