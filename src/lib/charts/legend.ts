import type { Framework } from '../model/types';
import type { RoleIndex } from '../model/framework';
import { NOT_REQUIRED, proficiencySwatches } from '../layout/colour';
import type { LegendItem } from './types';

/** The framework's proficiencies in rank order, each as a swatch of its colour. */
export function proficiencyLegend(framework: Framework): LegendItem[] {
  const swatches = proficiencySwatches(framework.proficiencies);
  return [...framework.proficiencies]
    .sort((a, b) => a.rank - b.rank)
    .map((p): LegendItem => {
      const s = swatches.get(p.id)!;
      return { label: p.name, shape: 'swatch', fill: s.fill, stroke: s.stroke, text: s.text };
    });
}

/** The "not required" mark: a pale swatch with a dashed outline. */
export const NOT_REQUIRED_LEGEND: LegendItem = {
  label: 'not required',
  shape: 'swatch',
  fill: NOT_REQUIRED.fill,
  stroke: NOT_REQUIRED.stroke,
  text: NOT_REQUIRED.text,
  dashedOutline: true,
};

/** The track filter in words, for a title: " (technical track)", or "" with no filter. */
export function trackInTitle(ctx: { index: RoleIndex; track: string | null }): string {
  if (!ctx.track) return '';
  const name = ctx.index.framework.tracks.find((t) => t.id === ctx.track)?.name ?? ctx.track;
  return ` (${name.toLowerCase()} track)`;
}

/** The light theme's ink, which legends give their plain lines. */
export const LEGEND_INK = '#1b1f24';

/**
 * The colour to draw a legend's line sample in, given the theme's `ink`: a plain line (in the light
 * theme's ink) in the theme's ink, so it shows on a dark page; a coloured one (the career map's
 * moves, the profile's gaps) in its own colour, as the chart draws it on every theme.
 */
export const legendLineColour = (item: LegendItem, ink: string): string =>
  item.stroke === LEGEND_INK || item.stroke === 'currentColor' ? ink : item.stroke;
