import { scaleBand, scaleLinear } from 'd3-scale';
import type { Framework, Level, Skill } from '../../lib/model/types';
import { trackSplits, type RoleIndex } from '../../lib/model/framework';
import type { Comparison, SkillComparison } from '../../lib/model/compare';
import { NOT_REQUIRED, proficiencySwatches, type Swatch } from '../../lib/layout/colour';
import { widthToWrap, wrapBreaking, wrapText } from '../../lib/layout/wrap';
import { number } from '../../lib/model/count';

/** How many skills a panel's name lists; a framework of thousands says how many more there are. */
export const OVERVIEW_NAMED_SKILLS = 12;

/** Skills in a sentence, the first `most` of them and then how many more ("…, and 988 more"). */
export function someSkills(items: string[], most = OVERVIEW_NAMED_SKILLS): string {
  if (items.length === 0) return 'no skill';
  if (items.length <= most) return items.join(', ');
  return `${items.slice(0, most).join(', ')}, and ${number(items.length - most)} more (the chart's table and its CSV list them all)`;
}

/** A comparison of more skills than this draws only the rows in view on the page. */
export const COMPARE_WINDOW_MIN_ROWS = 120;

/** A column name's line height, and the room above its first line's baseline. */
export const HEADER_LINE = 15;
const HEADER_TOP = 11;

export const COMPARE_SIZES = {
  labelWidth: 240,
  cellWidth: 132,
  markWidth: 150,
  rowHeight: 40,
  rowGap: 4,
  headerHeight: 56,
  /**
   * Characters a line: skill names, and the two columns' names (in bold: 18 ran "Lead data
   * governance manager"'s second line past its column and off the chart's edge).
   */
  skillChars: 30,
  headerChars: 15,
};

/**
 * The widest the skill names' column grows on a wide screen, so that a long name keeps to two lines
 * ("Applying statistical and analytical tools and techniques" was cut after "tools and").
 */
export const MAX_COMPARE_LABEL_WIDTH = 360;

/** On a phone the names' column cannot grow: a long name takes more lines, up to this, and its row grows. */
export const COMPACT_SKILL_LINES = 8;

/** The vertical distance between a skill name's lines (Chart.svelte). */
export const SKILL_LINE = 16;

/**
 * The sizes for a phone: both sides and the difference in 360 units, which fit a 320-pixel screen
 * at 3/4 size; names on more lines, and the cells' text a size smaller (its Chart.svelte).
 */
export const COMPACT_COMPARE_SIZES: typeof COMPARE_SIZES = {
  labelWidth: 112,
  cellWidth: 88,
  markWidth: 68,
  rowHeight: 48,
  rowGap: 4,
  headerHeight: 72,
  skillChars: 13,
  // In the small size, 14 bold characters ("infrastructure") are about 92 pixels: a few past the
  // cell's edges, into the gaps beside it, rather than a word broken in two.
  headerChars: 14,
};

export interface CompareRow {
  comparison: SkillComparison;
  y: number;
  height: number;
  lines: string[];
  a: { text: string; swatch: Swatch; dashed: boolean };
  b: { text: string; swatch: Swatch; dashed: boolean };
  /** Reads without colour: "◀ +2", "+1 ▶", "=", "only ◀", "only ▶". */
  mark: string;
  /** The mark as drawn, a line each: on a phone "= (reworded)" takes two. */
  markLines: string[];
  /** Which side asks for more, for the mark's arrow styling. */
  leans: 'a' | 'b' | 'none';
  /** Which side asks for more, in words (the table twin's and the CSV's "Difference"). */
  verdict: string;
  ariaLabel: string;
}

export interface CompareLayout {
  width: number;
  height: number;
  columns: { aX: number; markX: number; bX: number; cellWidth: number; markWidth: number };
  /** Where the rows begin: the columns' names end above it. */
  headerHeight: number;
  headers: { a: string[]; b: string[] };
  rows: CompareRow[];
}

function markOf(c: SkillComparison): { mark: string; leans: CompareRow['leans'] } {
  switch (c.kind) {
    case 'more-a':
      return { mark: `◀ +${c.steps}`, leans: 'a' };
    case 'more-b':
      return { mark: `+${c.steps} ▶`, leans: 'b' };
    case 'only-a':
      return { mark: '◀ only', leans: 'a' };
    case 'only-b':
      return { mark: 'only ▶', leans: 'b' };
    default:
      return { mark: c.reworded ? '= (reworded)' : '=', leans: 'none' };
  }
}

/** Which side asks for more, in words: "Senior DevOps engineer (technical) asks 1 step more". */
function verdictOf(c: SkillComparison, comparison: Comparison): string {
  const { a, b } = comparison;
  const steps = `${c.steps} ${c.steps === 1 ? 'step' : 'steps'}`;
  switch (c.kind) {
    case 'more-a':
      return `${a.label} asks ${steps} more`;
    case 'more-b':
      return `${b.label} asks ${steps} more`;
    case 'only-a':
      return `only ${a.label} asks for it`;
    case 'only-b':
      return `only ${b.label} asks for it`;
    default:
      return c.reworded ? 'same proficiency, worded differently' : 'same';
  }
}

/**
 * Rows one under another from `top`, each as tall as asked and `gap` apart, spread as d3's scaleBand
 * spreads rows of one height (its inner padding, no outer): rows all of one height sit exactly where
 * scaleBand put them, and a taller row pushes those below it down. The chart's height follows.
 */
export function rowBands(top: number, heights: number[], gap: number) {
  const total = heights.reduce((sum, h) => sum + h + gap, 0);
  // scaleBand spreads the last gap over the rows: each step a little longer than height + gap.
  const stretch = heights.length > 0 ? total / (total - gap) : 1;
  const rows: { y: number; height: number }[] = [];
  let y = top;
  for (const h of heights) {
    rows.push({ y, height: h * stretch });
    y += (h + gap) * stretch;
  }
  return { rows, height: top + total };
}

/** The compare chart: per skill, side a's proficiency, the difference mark, side b's proficiency. */
export function layoutCompare(
  framework: Framework,
  comparison: Comparison,
  options: { compact?: boolean } = {},
): CompareLayout {
  const s = options.compact ? COMPACT_COMPARE_SIZES : COMPARE_SIZES;
  const swatches = proficiencySwatches(framework.proficiencies);
  const cellOf = (c: SkillComparison, side: 'a' | 'b') => {
    const requirement = c[side];
    const proficiency = side === 'a' ? c.aProficiency : c.bProficiency;
    return requirement && proficiency
      ? { text: proficiency.name, swatch: swatches.get(proficiency.id) ?? NOT_REQUIRED, dashed: false }
      : { text: 'not required', swatch: NOT_REQUIRED, dashed: true };
  };
  // Every skill's name whole: on a wide screen the names' column widens to hold each in two lines;
  // on a phone a name takes the lines it needs, and its row grows to hold them.
  const names = comparison.skills.map((c) => c.skill.name);
  const charsAt = (width: number) => Math.floor((width * s.skillChars) / s.labelWidth);
  const labelWidth = options.compact
    ? s.labelWidth
    : widthToWrap(names, 2, charsAt, s.labelWidth, MAX_COMPARE_LABEL_WIDTH);
  // (On a phone a word longer than a line is broken with a hyphen: the column cannot widen for it.)
  const skillLines = names.map((name) =>
    options.compact
      ? wrapBreaking(name, charsAt(labelWidth), COMPACT_SKILL_LINES)
      : wrapText(name, charsAt(labelWidth), 2),
  );
  const aX = labelWidth;
  const markX = aX + s.cellWidth;
  const bX = markX + s.markWidth;
  // A word longer than a line is broken with a hyphen; four lines hold every 2025 level's name.
  const headers = {
    a: wrapBreaking(comparison.a.label, s.headerChars, options.compact ? 5 : 4),
    b: wrapBreaking(comparison.b.label, s.headerChars, options.compact ? 5 : 4),
  };
  // The header grows for a name on more lines than its usual height holds.
  const headerHeight = Math.max(
    s.headerHeight,
    HEADER_TOP + HEADER_LINE * Math.max(headers.a.length, headers.b.length),
  );
  const bands = rowBands(
    headerHeight,
    skillLines.map((lines) => Math.max(s.rowHeight, lines.length * SKILL_LINE)),
    s.rowGap,
  );
  return {
    width: bX + s.cellWidth + 4,
    height: bands.height,
    columns: { aX, markX, bX, cellWidth: s.cellWidth, markWidth: s.markWidth },
    headerHeight,
    headers,
    rows: comparison.skills.map((c, i) => {
      const { mark, leans } = markOf(c);
      return {
        comparison: c,
        ...bands.rows[i],
        lines: skillLines[i],
        a: cellOf(c, 'a'),
        b: cellOf(c, 'b'),
        mark,
        leans,
        markLines: options.compact && mark === '= (reworded)' ? ['=', '(reworded)'] : [mark],
        verdict: verdictOf(c, comparison),
        ariaLabel: `${c.skill.name}: ${c.aProficiency?.name.toLowerCase() ?? 'not required'} vs ${
          c.bProficiency?.name.toLowerCase() ?? 'not required'
        }; ${verdictOf(c, comparison)}`,
      };
    }),
  };
}

export interface OverviewPanel {
  seniority: number;
  title: string;
  x: number;
  width: number;
  /** The two tracks compared: value = rank on `first` minus rank on `second`. */
  first: Level;
  second: Level;
  bars: { skill: Skill; x: number; y: number; width: number; height: number; value: number; label: string }[];
  zeroX: number;
  ariaLabel: string;
}

export interface TrackOverviewLayout {
  width: number;
  height: number;
  labelWidth: number;
  rows: { skill: Skill; y: number; height: number; lines: string[] }[];
  panels: OverviewPanel[];
  trackNames: [string, string] | undefined;
}

/**
 * The whole fork in one picture: for every level where the tracks split, a diverging bar per skill
 * of the first track's proficiency minus the second's (right: the first asks more, left: the second).
 */
export function layoutTrackOverview(index: RoleIndex): TrackOverviewLayout {
  const { framework, role } = index;
  const labelWidth = 300;
  const panelWidth = 170;
  const gap = 18;
  const rowHeight = 22;
  const top = 44;
  const rank = (level: Level, skill: Skill) => {
    const r = index.requirement(level.id, skill.id);
    return r ? (index.proficiency(r.proficiency)?.rank ?? 0) : 0;
  };
  const splits = trackSplits(role);
  const y = scaleBand<string>()
    .domain(role.skills.map((s) => s.id))
    .range([top, top + role.skills.length * rowHeight])
    .paddingInner(0.2);
  const trackName = (level: Level) =>
    framework.tracks.find((t) => t.id === level.track)?.name ?? level.track!;
  const values = splits.flatMap(([first, second]) =>
    role.skills.map((skill) => rank(first, skill) - rank(second, skill)),
  );
  // A shared scale for every panel, so bars compare across levels; at least ±2 steps wide.
  const extent = Math.max(2, ...values.map(Math.abs));
  const panels = splits.map(([first, second], i): OverviewPanel => {
    const x0 = labelWidth + i * (panelWidth + gap);
    const x = scaleLinear()
      .domain([-extent, extent])
      .range([x0 + 8, x0 + panelWidth - 8]);
    const bars = role.skills.map((skill) => {
      const value = rank(first, skill) - rank(second, skill);
      const start = x(Math.min(0, value));
      const end = x(Math.max(0, value));
      return {
        skill,
        x: start,
        y: y(skill.id)!,
        width: end - start,
        height: y.bandwidth(),
        value,
        label: value === 0 ? '=' : value > 0 ? `+${value}` : `−${-value}`,
      };
    });
    const firstMore = bars.filter((b) => b.value > 0).map((b) => `${b.skill.name} +${b.value}`);
    const secondMore = bars.filter((b) => b.value < 0).map((b) => `${b.skill.name} +${-b.value}`);
    return {
      seniority: first.seniority,
      title: first.name,
      x: x0,
      width: panelWidth,
      first,
      second,
      bars,
      zeroX: x(0),
      ariaLabel:
        `${first.name}: ${trackName(first)} asks more in ${someSkills(firstMore)}; ` +
        `${trackName(second)} asks more in ${someSkills(secondMore)}`,
    };
  });
  return {
    width: labelWidth + splits.length * (panelWidth + gap),
    height: top + role.skills.length * rowHeight + 8,
    labelWidth,
    rows: role.skills.map((skill) => ({
      skill,
      y: y(skill.id)!,
      height: y.bandwidth(),
      lines: wrapText(skill.name, 44, 1),
    })),
    panels,
    trackNames: panels[0] ? [trackName(panels[0].first), trackName(panels[0].second)] : undefined,
  };
}
