/**
 * The views, declared once: each view's name (as the link says it), its tab's label and its short
 * label on a phone, its component, the chart that prints from it and the charts it shows. App.svelte
 * draws this table (finding each component by its path); the Explorer reads the print target from
 * it; the link's `view` parameter takes its names. A new view is a row here and its component.
 */
import type { ChartKind } from '../charts/kinds';

export interface ViewSpec {
  name: string;
  /** The tab's words. */
  label: string;
  /** The tab's words on a phone, where three tabs share a row: the start of its label. */
  short: string;
  /**
   * Its component, under src/components ("team/TeamView.svelte"): loaded when the view is first
   * opened, apart from the first view's, which is drawn with the page.
   */
  component: string;
  /** The chart that prints from this view, unless one is presented or chosen for printing. */
  print: ChartKind;
  /** The charts the view shows, in its order (each also a slide of the deck, where it applies). */
  charts: readonly ChartKind[];
}

export const VIEW_TABLE = [
  {
    name: 'explore',
    label: 'Explore the pathway',
    short: 'Explore',
    component: 'views/ExploreView.svelte',
    print: 'matrix',
    charts: ['matrix', 'pathway', 'trajectory'],
  },
  {
    name: 'compare',
    label: 'Compare levels and tracks',
    short: 'Compare',
    component: 'views/CompareView.svelte',
    print: 'compare',
    charts: ['compare', 'overview', 'changes'],
  },
  {
    name: 'assess',
    label: 'Where do I stand?',
    short: 'Where do I stand?',
    component: 'assess/AssessView.svelte',
    print: 'profile',
    charts: ['profile', 'conversation'],
  },
  {
    name: 'moves',
    label: 'Moves to other roles',
    short: 'Moves',
    component: 'moves/MovesView.svelte',
    print: 'map',
    charts: ['map'],
  },
  {
    name: 'team',
    label: 'Team',
    short: 'Team',
    component: 'team/TeamView.svelte',
    print: 'team',
    charts: ['team'],
  },
  {
    name: 'edit',
    label: 'Write your own',
    short: 'Write',
    component: 'editor/EditorView.svelte',
    print: 'matrix',
    charts: ['matrix'],
  },
] as const satisfies readonly ViewSpec[];

export type ViewName = (typeof VIEW_TABLE)[number]['name'];
/** The views' names, in the order of their tabs: the values the link's `view` takes. */
export const VIEWS: readonly ViewName[] = VIEW_TABLE.map((view) => view.name);

/** A view's row. */
export const viewSpec = (name: ViewName): ViewSpec => VIEW_TABLE.find((view) => view.name === name)!;
