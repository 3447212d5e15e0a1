import type { Level } from '../model/types';
import type { RoleIndex } from '../model/framework';
import type { Comparison } from '../model/compare';
import type { ChartKind } from './kinds';
import type { Rating } from '../model/gap';
import type { TeamShown } from '../model/teamGrid';
import type { VersionChanges } from '../model/versionDiff';

/** What a chart's title, legend, rows and export depend on: the role and the view as it is now. */
export interface ChartContext {
  index: RoleIndex;
  levels: Level[];
  track: string | null;
  showChanges: boolean;
  showCrossTrack: boolean;
  comparison?: Comparison;
  /** The person's ratings, when their self-assessment is shown: "You" and the gap on every chart. */
  you?: Rating[];
  /** The level the person aims at (a level id), or null for the next level on each track. */
  youTarget?: string | null;
  /** The level the person holds today, from which their gap is measured (null: not said). */
  youHeld?: string | null;
  /** The name to put on a career conversation's page, as the person chose ('' or absent: "Anonymous"). */
  youName?: string;
  /** The day of the self-assessment shown (YYYY-MM-DD). */
  youDate?: string;
  /** Moves between roles: where from (a level id, YOU_ID, or null for the default) and within how many steps. */
  moveFrom?: string | null;
  moveBudget: number;
  /** On the career map, every level's cheapest move within reach too. */
  mapAll?: boolean;
  /** Which roles the career map shows: null (or absent) every role, 'reach', or a family's name. */
  mapRoles?: string | null;
  /** The team loaded in "Team", as its heatmap shows it (the people of the role shown). */
  team?: TeamShown;
  /** Two versions of the role shown and what changed between them ("What changed since …"). */
  versions?: VersionChanges;
}

export interface LegendItem {
  label: string;
  /** swatch: a filled box; line / dashed: a stroke sample; mark: a change mark's badge (`mark`). */
  shape: 'swatch' | 'line' | 'dashed' | 'mark';
  fill: string;
  stroke: string;
  text?: string;
  dashedOutline?: boolean;
  /** A mark's text, as the matrix draws it in its cells ("NEW", "▲1"). */
  mark?: string;
}

/** A chart's data as a table for a spreadsheet: a header and rows of text. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

/**
 * A chart's table twin, as the generic twin (`components/charts/ChartTable.svelte`) draws it: a
 * caption, a header, and rows of text, the cell at `rowHeader` (0 unless said) naming its row.
 * `region`: a long table scrolls in a region of this name. Without `twin`, a chart's twin is its
 * title and its CSV.
 */
export interface TwinTable {
  caption: string;
  header: string[];
  rows: string[][];
  rowHeader?: number;
  region?: string;
}

/**
 * Everything the app knows about one chart, apart from the components that draw it (those are
 * mapped to kinds in `components/charts/chartComponents.ts`). `rows` is the chart's data as records (a
 * skill's row, a step, a line, a split level): the table twin draws them and `csv` writes them, so
 * the two never disagree.
 */
export interface ChartDefinition<Row = unknown> {
  kind: ChartKind;
  /** Its short name, as presentation mode and the page's headings say it: "Skills by level". */
  name: string;
  /** Whether the chart says anything for this role (a role whose tracks never split has no overview). */
  applies: (ctx: ChartContext) => boolean;
  /** The title of an exported or presented chart, in its current state. */
  title: (ctx: ChartContext) => string;
  /** One or two sentences saying what the chart shows, for its SVG description and speaker notes. */
  describe: (ctx: ChartContext) => string;
  /**
   * The sentence the page shows beside the chart, where the chart means little without it (the
   * comparison's verdict): every export carries it under the title, on slides, pictures and paper.
   */
  summary?: (ctx: ChartContext) => string | undefined;
  /** The key to its colours and marks. */
  legend: (ctx: ChartContext) => LegendItem[];
  /**
   * A page to read, taller than wide (the career conversation): presentation mode shows it at the
   * frame's width and lets it scroll, rather than fitting the whole page small.
   */
  portrait?: boolean;
  /** What its file name says after the role: ["matrix", "technical"]. */
  fileNameParts: (ctx: ChartContext) => string[];
  rows: (ctx: ChartContext) => Row[];
  /**
   * For paper and picture slides, a chart too large to read on one page gives its pages' contexts
   * (the career map: a family to a page). Without it, a chart is one page.
   */
  pages?: (ctx: ChartContext) => ChartContext[];
  // A method, not a function property: its parameter is then bivariant, so a chart with rows of its
  // own type is a ChartDefinition<unknown> in the registry.
  csv(ctx: ChartContext, rows: Row[]): CsvTable;
  /**
   * Its table twin, where it is not its title and its CSV (what it gives replaces theirs); or a
   * sentence saying why there is no table (a role whose tracks never split has no overview).
   */
  twin?(ctx: ChartContext, rows: Row[]): Partial<TwinTable> | string;
}

/** Declares a chart (typed by its rows), for the registry. */
export function defineChart<Row>(definition: ChartDefinition<Row>): ChartDefinition<Row> {
  return definition;
}
