/**
 * The deck in the link (`deck=profile,matrix,compare`), apart from the rest of the deck's model
 * (`deck.ts`) so that reading a link does not bring the presets into the first page load.
 */
import { CHART_KINDS, type ChartKind } from './kinds';

/** The link's `deck`: chart kinds, each once, at least one; anything else is refused. */
export function parseDeck(value: string): ChartKind[] | undefined {
  const kinds = value.split(',');
  const known = (kind: string): kind is ChartKind => (CHART_KINDS as readonly string[]).includes(kind);
  if (kinds.length === 0 || !kinds.every(known) || new Set(kinds).size !== kinds.length) return undefined;
  return kinds;
}

export const writeDeck = (deck: readonly ChartKind[]): string => deck.join(',');
