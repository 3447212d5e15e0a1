import { linkHorizontal } from 'd3-shape';
import type { Level } from '../../lib/model/types';
import type { RoleIndex } from '../../lib/model/framework';
import { levelLabel } from '../../lib/model/framework';
import { changeSummaryParts, levelTransition, summariseChanges } from '../../lib/model/changes';
import { NOT_REQUIRED, proficiencySwatches } from '../../lib/layout/colour';
import { wrapText } from '../../lib/layout/wrap';
import type { Box } from '../../lib/layout/box';

export const PATHWAY_SIZES = {
  step: 232,
  nodeWidth: 136,
  laneGap: 122,
  margin: 16,
  labelLineHeight: 15,
  /** A node label's width per character, estimated wide (13-unit bold, in a wide font). */
  nodeLabelCharWidth: 8.2,
  /** A step's label: its line height, and a generous width of a character (11.5-unit text). */
  edgeLineHeight: 13,
  edgeCharWidth: 7,
  /** The most width a skill's mini bar takes, gap included: 3/4 bar, 1/4 gap. */
  barSlot: 12,
  /** The least: with many skills the node widens rather than thin the bars further. */
  minBarSlot: 3,
  barUnit: 6,
};

/** A pathway of more mini bars than this (levels × skills) draws only the bars in view on the page. */
export const PATHWAY_WINDOW_MIN_BARS = 3000;

/** The height the person's ring takes above a level: its diameter and a gap. */
export const PATHWAY_YOU_ROOM = 34;

export interface PathwayNode {
  level: Level;
  label: string;
  lines: string[];
  trackLabel?: string;
  /** Centre of the node. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** One mini bar per skill: height by proficiency rank, coloured as in the matrix. */
  bars: (Box & { skillId: string; fill: string; stroke: string })[];
  ariaLabel: string;
}

export interface PathwayEdge {
  key: string;
  from: Level;
  to: Level;
  /** next: a normal step on the same path; cross: a move across to another track. */
  kind: 'next' | 'cross';
  path: string;
  /** The change summary, one part per line, drawn beside a normal step. */
  labelLines: string[];
  labelX: number;
  labelY: number;
  /** Roughly the box the label's lines take (null without a label): the step's hit area there. */
  labelBox: Box | null;
  summary: string;
  ariaLabel: string;
}

export interface PathwayLayout {
  width: number;
  height: number;
  nodes: PathwayNode[];
  edges: PathwayEdge[];
}

/** What a step from one level to another asks for, in words and as label lines, each worked out once. */
function memoTransition(index: RoleIndex) {
  const memo = new Map<string, { summary: string; parts: string[] }>();
  return (from: Level, to: Level) => {
    const key = `${from.id}>${to.id}`;
    let found = memo.get(key);
    if (!found) {
      const changes = levelTransition(index, from, to);
      found = { summary: summariseChanges(changes.values()), parts: changeSummaryParts(changes.values()) };
      memo.set(key, found);
    }
    return found;
  };
}

/** The lanes, top to bottom: the first track, the levels with no track, then the other tracks. */
function laneOrder(index: RoleIndex): (string | null)[] {
  const used = index.framework.tracks
    .map((t) => t.id)
    .filter((id) => index.role.levels.some((l) => l.track === id));
  if (used.length === 0) return [null];
  return [used[0], null, ...used.slice(1)];
}

/**
 * Lays out a role's pathway: levels as nodes by seniority (left to right) on lanes by track, the
 * normal steps as edges with what each asks for, and the moves across tracks (one step up, onto
 * another track) as a second kind of edge. Works for any number of levels and tracks, a role with
 * no fork, and tracks that split or join at any level.
 */
export function layoutPathway(
  index: RoleIndex,
  options: {
    showCrossTrack: boolean;
    /** Room above each level for the person's ring (pathwayYou.ts). */ youRoom?: boolean;
  },
): PathwayLayout {
  const s = PATHWAY_SIZES;
  const top = s.margin + (options.youRoom ? PATHWAY_YOU_ROOM : 0);
  const { framework, role } = index;
  const swatches = proficiencySwatches(framework.proficiencies);
  const lanes = laneOrder(index);
  const usedLanes = lanes.filter((lane) => role.levels.some((level) => level.track === lane));
  const skills = role.skills;
  const maxRank = Math.max(1, ...framework.proficiencies.map((p) => p.rank));
  // The bars share the node's width (thinner the more skills there are), so that a framework with
  // many skills keeps nodes of about the same size and a pathway that is legible on the page.
  const slot = Math.max(s.minBarSlot, Math.min(s.barSlot, (s.nodeWidth - 16) / (skills.length - 0.25)));
  const barWidth = slot * 0.75;
  const barsWidth = skills.length * slot - (slot - barWidth);
  const nodeWidth = Math.max(s.nodeWidth, barsWidth + 16);
  const step = Math.max(s.step, nodeWidth + 96);
  const charsPerLine = Math.floor((nodeWidth - 12) / s.nodeLabelCharWidth);
  // A level's name in full, on as many lines as it takes (five at most: the node grows to hold
  // them); three cut "Senior infrastructure operations engineer" and nine other 2025 names short.
  const labelLines = (level: Level) => wrapText(level.name, charsPerLine, 5);
  const maxLines = Math.max(1, ...role.levels.map((level) => labelLines(level).length));
  const barsHeight = maxRank * s.barUnit;
  const nodeHeight =
    10 + maxLines * s.labelLineHeight + (lanes.length > 1 ? s.labelLineHeight : 0) + 8 + barsHeight + 10;
  // Each step's label sits above its line where it arrives: room above the top lane for the longest.
  const transitionOf = memoTransition(index);
  const topLabelLines = Math.max(
    0,
    ...role.levels
      .filter((to) => to.track === usedLanes[0])
      .flatMap((to) => role.levels.filter((from) => from.next.includes(to.id)).map((from) => [from, to]))
      .map(([from, to]) => transitionOf(from, to).parts.length),
  );
  const labelRoom = Math.max(0, topLabelLines * s.edgeLineHeight + 6 - nodeHeight / 2);
  const laneY = (track: string | null) =>
    top + labelRoom + nodeHeight / 2 + usedLanes.indexOf(track) * s.laneGap;

  // How many skills each level asks for, counted in one pass (not once per level: linear in cells).
  const askedAt = new Map<string, number>();
  for (const r of role.requirements) askedAt.set(r.levelId, (askedAt.get(r.levelId) ?? 0) + 1);
  const nodes: PathwayNode[] = role.levels.map((level) => {
    const x = s.margin + nodeWidth / 2 + level.seniority * step;
    const y = laneY(level.track);
    const barsLeft = x - barsWidth / 2;
    const barsBottom = y + nodeHeight / 2 - 10;
    const bars = skills.map((skill, i) => {
      const requirement = index.requirement(level.id, skill.id);
      const rank = requirement ? (index.proficiency(requirement.proficiency)?.rank ?? 0) : 0;
      const swatch = requirement ? (swatches.get(requirement.proficiency) ?? NOT_REQUIRED) : NOT_REQUIRED;
      const height = Math.max(2, rank * s.barUnit);
      return {
        skillId: skill.id,
        x: barsLeft + i * slot,
        y: barsBottom - height,
        width: barWidth,
        height,
        fill: swatch.fill,
        stroke: swatch.stroke,
      };
    });
    const label = levelLabel(framework, level);
    const asked = askedAt.get(level.id) ?? 0;
    const track = framework.tracks.find((t) => t.id === level.track)?.name;
    return {
      level,
      label,
      lines: labelLines(level),
      trackLabel: track,
      x,
      y,
      width: nodeWidth,
      height: nodeHeight,
      bars,
      ariaLabel: `${label}: asks for ${asked} of ${skills.length} skills`,
    };
  });
  const nodeOf = new Map(nodes.map((node) => [node.level.id, node]));

  const link = linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>();
  const edges: PathwayEdge[] = [];
  for (const from of role.levels) {
    const crossing = options.showCrossTrack
      ? role.levels.filter(
          (to) =>
            to.seniority === from.seniority + 1 &&
            from.track !== null &&
            to.track !== null &&
            to.track !== from.track &&
            !from.next.includes(to.id),
        )
      : [];
    const targets = [
      ...from.next.map((id) => ({ to: index.level(id)!, kind: 'next' as const })),
      ...crossing.map((to) => ({ to, kind: 'cross' as const })),
    ];
    for (const { to, kind } of targets) {
      const a = nodeOf.get(from.id)!;
      const b = nodeOf.get(to.id)!;
      const { summary, parts } = transitionOf(from, to);
      const path = link({ source: [a.x + a.width / 2, a.y], target: [b.x - b.width / 2, b.y] }) ?? '';
      const midX = (a.x + a.width / 2 + b.x - b.width / 2) / 2;
      const sameLane = a.y === b.y;
      const labelLines = kind === 'next' ? parts : [];
      // Above the line where it arrives: at a fork, each branch's label sits on its own lane, so the
      // labels of three or more tracks never stack into one another.
      const labelY = b.y - 8 - (parts.length - 1) * s.edgeLineHeight;
      const labelWidth = Math.max(0, ...labelLines.map((line) => line.length)) * s.edgeCharWidth + 8;
      const labelX = sameLane ? midX : b.x - b.width / 2 - Math.max(labelWidth / 2, 30);
      edges.push({
        key: `${from.id}>${to.id}`,
        from,
        to,
        kind,
        path,
        labelLines,
        labelX,
        labelY,
        labelBox:
          labelLines.length === 0
            ? null
            : {
                x: labelX - labelWidth / 2,
                y: labelY - s.edgeLineHeight + 2,
                width: labelWidth,
                height: labelLines.length * s.edgeLineHeight + 2,
              },
        summary,
        ariaLabel: `${kind === 'cross' ? 'Move across to' : 'Step to'} ${levelLabel(framework, to)} from ${levelLabel(framework, from)}: ${summary}`,
      });
    }
  }
  for (const node of nodes) {
    const into = edges.find((edge) => edge.to.id === node.level.id && edge.kind === 'next');
    if (into) node.ariaLabel += `; ${into.summary} from ${levelLabel(framework, into.from)}`;
  }

  const width = s.margin * 2 + nodeWidth + Math.max(0, ...role.levels.map((l) => l.seniority)) * step;
  const height = top + s.margin + labelRoom + nodeHeight + (usedLanes.length - 1) * s.laneGap;
  return { width, height, nodes, edges };
}
