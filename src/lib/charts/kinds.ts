/**
 * The charts the app draws, in presentation order: the one list of their names. Everything else
 * about a chart is its definition in the registry (`registry.ts`); this list stays apart so that
 * reading a link (`?present=pathway`) does not load every chart's definition with the first page.
 */
export const CHART_KINDS = [
  'matrix',
  'pathway',
  'trajectory',
  'compare',
  'overview',
  'changes',
  'profile',
  'conversation',
  'map',
  'team',
] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
