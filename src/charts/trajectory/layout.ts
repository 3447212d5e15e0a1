import { group } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { Level, Skill } from '../../lib/model/types';
import type { RoleIndex } from '../../lib/model/framework';
import { levelLabel } from '../../lib/model/framework';
import { wrapText } from '../../lib/layout/wrap';

/** A trajectory chart of more skills than this, on the page, is drawn once it first comes near the screen. */
export const TRAJECTORY_WAIT_MIN_SKILLS = 300;

export const TRAJECTORY_SIZES = {
  width: 1120,
  plotHeight: 380,
  marginLeft: 112,
  marginRight: 330,
  marginTop: 20,
  marginBottom: 80,
  /** The level names under the axis: their first baseline below the plot, line height, line length. */
  xLabelTop: 30,
  xLabelLineHeight: 14,
  xLabelChars: 16,
  /** Vertical offset between neighbouring skills' lines, so equal values stay apart (at most). */
  offset: 3.6,
  /** The most that the lines at one proficiency spread over, top to bottom. */
  maxSpread: 36,
  /** Between neighbouring labels (13-pixel bold text). */
  labelGap: 15,
  /** A label's width per character, estimated wide (bold, in a wide font) so that none is cut. */
  labelCharWidth: 8.2,
};

/** A path through the role: the levels a person passes on one track (or the only path). */
/** Tableau 10, darkened where needed so that every colour has 3:1 contrast on white. */
export const SKILL_COLOURS = [
  '#4e79a7',
  '#e15759',
  '#2f8f87',
  '#c1461b',
  '#3f8a36',
  '#a6761d',
  '#af7aa1',
  '#d6336c',
  '#7b5a47',
  '#6b6b6b',
];

export interface TrajectoryPath {
  track: string | null;
  levels: Level[];
}

export interface TrajectoryLine {
  key: string;
  skill: Skill;
  colour: string;
  track: string | null;
  /** Dashed when it is a second track's branch. */
  dashed: boolean;
  path: string;
  points: { x: number; y: number; level: Level; proficiency: string }[];
}

export interface TrajectoryLabel {
  skill: Skill;
  colour: string;
  x: number;
  y: number;
  /** Where the line ends, for a short leader line when the label had to move. */
  anchorY: number;
  text: string;
}

export interface TrajectoryLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; lines: string[] }[];
  yTicks: { y: number; label: string }[];
  lines: TrajectoryLine[];
  /** The lines of each skill (one per path), by skill id. */
  linesOf: Map<string, TrajectoryLine[]>;
  labels: TrajectoryLabel[];
  /** One accessible description per skill, covering every path. */
  skillNames: Map<string, string>;
}

/** The paths through a role: one per track (shared levels first), or one when nothing forks. */
export function rolePaths(index: RoleIndex, track: string | null): TrajectoryPath[] {
  const { role, framework } = index;
  const tracks = framework.tracks.map((t) => t.id).filter((id) => role.levels.some((l) => l.track === id));
  if (tracks.length === 0) return [{ track: null, levels: role.levels }];
  return tracks
    .filter((id) => track === null || id === track)
    .map((id) => ({ track: id, levels: role.levels.filter((l) => l.track === null || l.track === id) }));
}

/**
 * Lays out each skill's trajectory: x the seniority steps, y the framework's proficiency scale with
 * "not required" as the baseline. The first path is drawn in full and solid; every other path is
 * drawn dashed from its last shared level on, so the divergence at the fork is what shows.
 */
export function layoutTrajectory(index: RoleIndex, options: { track: string | null }): TrajectoryLayout {
  const s = TRAJECTORY_SIZES;
  const { framework, role } = index;
  const paths = rolePaths(index, options.track);
  const proficiencies = [...framework.proficiencies].sort((a, b) => a.rank - b.rank);
  const maxRank = proficiencies.length;
  const steps = [...new Set(role.levels.map((l) => l.seniority))].sort((a, b) => a - b);
  // Taller when the skills' labels need it: each is labelled at its end, one under another.
  const plotHeight = Math.max(s.plotHeight, (role.skills.length - 1) * s.labelGap + 10);
  const plot = {
    left: s.marginLeft,
    right: s.width - s.marginRight,
    top: s.marginTop,
    bottom: s.marginTop + plotHeight,
  };
  const x = scalePoint<number>().domain(steps).range([plot.left, plot.right]).padding(0.3);
  const y = scaleLinear()
    .domain([0, maxRank])
    .range([plot.bottom, plot.top + 10]);
  const rank = (level: Level, skill: Skill) => {
    const requirement = index.requirement(level.id, skill.id);
    return requirement ? (index.proficiency(requirement.proficiency)?.rank ?? 0) : 0;
  };
  // Neighbouring skills' lines a little apart, all of them within 0.4 of a proficiency step and
  // within the chart's margins, so that with many skills no line strays towards the next proficiency.
  const rankStep = (plot.bottom - plot.top - 10) / maxRank;
  const spread = Math.min(0.4 * rankStep, s.maxSpread);
  const offset = Math.min(s.offset, spread / Math.max(1, role.skills.length - 1));
  const offsetOf = (i: number) => (i - (role.skills.length - 1) / 2) * offset;
  const draw = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y);

  const lines: TrajectoryLine[] = [];
  paths.forEach((path, p) => {
    const firstOwn = path.levels.findIndex((level) => level.track !== null);
    const drawnLevels = p === 0 || firstOwn <= 0 ? path.levels : path.levels.slice(firstOwn - 1);
    role.skills.forEach((skill, i) => {
      const points = drawnLevels.map((level) => {
        const requirement = index.requirement(level.id, skill.id);
        return {
          x: x(level.seniority)!,
          y: y(rank(level, skill)) + offsetOf(i),
          level,
          proficiency: requirement
            ? (index.proficiency(requirement.proficiency)?.name ?? '')
            : 'not required',
        };
      });
      lines.push({
        key: `${path.track ?? 'all'}|${skill.id}`,
        skill,
        colour: SKILL_COLOURS[i % SKILL_COLOURS.length],
        track: path.track,
        dashed: p > 0,
        path: draw(points) ?? '',
        points,
      });
    });
  });

  const linesOf = group(lines, (l) => l.skill.id);

  // Labels at the right-hand end, one per skill (at the mean end height of its paths), pushed apart.
  const ends = role.skills.map((skill) => {
    const endYs = linesOf.get(skill.id)!.map((l) => l.points.at(-1)!.y);
    const anchorY = endYs.reduce((a, b) => a + b, 0) / endYs.length;
    return { skill, anchorY, y: anchorY };
  });
  const sorted = [...ends].sort((a, b) => a.anchorY - b.anchorY);
  for (let i = 1; i < sorted.length; i++) {
    sorted[i].y = Math.max(sorted[i].y, sorted[i - 1].y + s.labelGap);
  }
  const overflow = (sorted.at(-1)?.y ?? 0) - plot.bottom;
  if (overflow > 0) sorted.forEach((label) => (label.y -= overflow));
  for (let i = sorted.length - 2; i >= 0; i--) {
    sorted[i].y = Math.min(sorted[i].y, sorted[i + 1].y - s.labelGap);
  }
  const labelX = x(steps.at(-1)!)! + 34;
  // The chart widens when a skill's name would not fit in the right-hand margin.
  const longestName = Math.max(...role.skills.map((skill) => skill.name.length));
  const width = Math.max(s.width, Math.ceil(labelX + longestName * s.labelCharWidth + 8));

  const skillNames = new Map(
    role.skills.map((skill) => {
      const parts = linesOf.get(skill.id)!.map((l) => {
        const track = framework.tracks.find((t) => t.id === l.track)?.name.toLowerCase();
        const steps = l.points.map(
          (pt) => `${levelLabel(framework, pt.level)} ${pt.proficiency.toLowerCase()}`,
        );
        return `${track ? `${track} path` : 'path'}: ${steps.join(', ')}`;
      });
      return [skill.id, `${skill.name}, ${parts.join('; ')}`];
    }),
  );

  // Each step's level name in full under the axis (five lines at most), the margin below grown to
  // hold the longest ("Associate infrastructure operations engineer" takes four).
  const xTicks = steps.map((step) => {
    const level = role.levels.find((l) => l.seniority === step)!;
    return { x: x(step)!, lines: wrapText(level.name, s.xLabelChars, 5) };
  });
  const xLabelLines = Math.max(1, ...xTicks.map((tick) => tick.lines.length));
  return {
    width,
    height: plot.bottom + Math.max(s.marginBottom, s.xLabelTop + (xLabelLines - 1) * s.xLabelLineHeight + 12),
    plot,
    xTicks,
    yTicks: [
      { y: y(0), label: 'not required' },
      ...proficiencies.map((p) => ({ y: y(p.rank), label: p.name })),
    ],
    lines,
    linesOf,
    labels: ends.map((end, i) => ({
      skill: end.skill,
      colour: SKILL_COLOURS[i % SKILL_COLOURS.length],
      x: labelX,
      y: end.y,
      anchorY: end.anchorY,
      text: end.skill.name,
    })),
    skillNames,
  };
}
