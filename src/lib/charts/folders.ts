/**
 * A chart is a folder, `src/charts/<kind>/`, named as its kind in CHART_KINDS: its definition,
 * layout, slides, chart and (where the generic one will not do) table twin. The registry, the
 * components and the slides each find their part of every chart by a glob import and this one rule,
 * so no second list keyed by kind exists; a folder that is missing a part, or is not a kind, stops
 * the app (and `npm test`) with the file to add.
 */
import { CHART_KINDS, type ChartKind } from './kinds';

/** The kind a globbed file belongs to: its folder's name ("../../charts/matrix/definition.ts" → "matrix"). */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts[parts.length - 2] ?? '';
}

/**
 * Each kind's part from the glob's files (`modules`, by file), in the order of CHART_KINDS.
 * `part`: the file every chart must have, named in the message ("definition.ts"); with `optional`,
 * a kind without one is left out instead.
 */
export function byKind<T>(
  modules: Record<string, T>,
  part: string,
  optional = false,
): Partial<Record<ChartKind, T>> {
  const found = new Map<string, T>();
  for (const [file, module] of Object.entries(modules)) {
    const kind = folderOf(file);
    if (!(CHART_KINDS as readonly string[]).includes(kind))
      throw new Error(`${file} is in a chart folder "${kind}" that is not in CHART_KINDS (kinds.ts).`);
    found.set(kind, module);
  }
  const missing = CHART_KINDS.filter((kind) => !found.has(kind));
  if (!optional && missing.length > 0)
    throw new Error(`The chart ${missing.join(', ')} has no ${part}: add src/charts/${missing[0]}/${part}.`);
  return Object.fromEntries(CHART_KINDS.filter((k) => found.has(k)).map((k) => [k, found.get(k)!]));
}

/** Every kind's part: `byKind` for a part every chart has. */
export function everyKind<T>(modules: Record<string, T>, part: string): Record<ChartKind, T> {
  return byKind(modules, part) as Record<ChartKind, T>;
}
