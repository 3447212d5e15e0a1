/**
 * The deck a person builds: which charts, in which order, each drawn with the options it has in the
 * app now (its track, change marks, compare pair, target: what its title says). Kept in the link as
 * `deck=profile,matrix,compare`; without it, the deck is every chart that says something for the
 * role. Pure: the builder (`components/export/DeckExport.svelte`) and the export read it.
 */
import { CHART_KINDS, type ChartKind } from './kinds';

/** The decks for the common talks, one click each. */
export const DECK_PRESETS = [
  {
    id: 'career-conversation',
    name: 'A career conversation',
    says: 'where you stand, your gap to every level of both tracks, and a page for the talk: your ratings against the next level on each track, your evidence, what the next level says, room for actions',
    kinds: ['profile', 'matrix', 'conversation'],
  },
  {
    id: 'pathway-at-a-glance',
    name: 'The pathway at a glance',
    says: 'the skills by level, the pathway and the tracks compared',
    kinds: ['matrix', 'pathway', 'compare'],
  },
] as const satisfies readonly { id: string; name: string; says: string; kinds: readonly ChartKind[] }[];

export type DeckPreset = (typeof DECK_PRESETS)[number];

export { parseDeck, writeDeck } from './deckLink';

/** The charts chosen, in the deck's order: every chart (in presentation order) when none were chosen. */
export const deckKinds = (deck: readonly ChartKind[] | null): readonly ChartKind[] => deck ?? CHART_KINDS;

/** The deck with a chart ticked in (at its end) or out. */
export function tickInDeck(deck: readonly ChartKind[] | null, kind: ChartKind, on: boolean): ChartKind[] {
  const kinds = deckKinds(deck).filter((k) => k !== kind);
  return on ? [...kinds, kind] : kinds;
}

/** The deck with a chart moved `by` places (−1: earlier), as far as the ends allow. */
export function moveInDeck(deck: readonly ChartKind[] | null, kind: ChartKind, by: number): ChartKind[] {
  const kinds = [...deckKinds(deck)];
  const from = kinds.indexOf(kind);
  if (from < 0) return kinds;
  const to = Math.max(0, Math.min(kinds.length - 1, from + by));
  kinds.splice(from, 1);
  kinds.splice(to, 0, kind);
  return kinds;
}

/** The preset the deck is, if it is one. */
export function presetOf(deck: readonly ChartKind[] | null): DeckPreset | undefined {
  return deck
    ? DECK_PRESETS.find((p) => p.kinds.length === deck.length && p.kinds.every((k, i) => deck[i] === k))
    : undefined;
}

/** What the deck's file is called after the role: "all-views", the preset's id, or "deck". */
export function deckFileName(deck: readonly ChartKind[] | null): string {
  return deck === null ? 'all-views' : (presetOf(deck)?.id ?? 'deck');
}

/**
 * The deck's slides and what it leaves out: the charts chosen that say something for this role, in
 * order; each other chart with why it is not in the deck (not chosen, or why it says nothing here).
 */
export function deckPlan(
  deck: readonly ChartKind[] | null,
  applies: (kind: ChartKind) => boolean,
  why: (kind: ChartKind) => string,
): { slides: ChartKind[]; left: { kind: ChartKind; why: string }[] } {
  const chosen = deckKinds(deck);
  return {
    slides: chosen.filter(applies),
    left: CHART_KINDS.filter((kind) => !chosen.includes(kind) || !applies(kind)).map((kind) => ({
      kind,
      why: applies(kind) ? 'not chosen for this deck.' : why(kind),
    })),
  };
}
