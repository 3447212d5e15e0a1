import { describe, expect, it } from 'vitest';
import {
  DECK_PRESETS,
  deckFileName,
  deckKinds,
  deckPlan,
  moveInDeck,
  parseDeck,
  presetOf,
  tickInDeck,
  writeDeck,
} from './deck';
import { CHART_KINDS, type ChartKind } from './kinds';

describe('the deck a person builds', () => {
  it('is every chart, in presentation order, until charts are chosen', () => {
    expect(deckKinds(null)).toEqual(CHART_KINDS);
    expect(deckFileName(null)).toBe('all-views');
  });

  it('reads and writes the link: known charts, each once, at least one', () => {
    expect(parseDeck('profile,matrix,compare')).toEqual(['profile', 'matrix', 'compare']);
    expect(writeDeck(['profile', 'matrix'])).toBe('profile,matrix');
    for (const refused of ['', 'matrix,', 'matrix,matrix', 'matrix,constructor', 'Matrix'])
      expect(parseDeck(refused), refused).toBeUndefined();
  });

  it('ticks charts in at the end and out, and moves them within the ends', () => {
    const deck: ChartKind[] = ['matrix', 'pathway', 'compare'];
    expect(tickInDeck(deck, 'profile', true)).toEqual(['matrix', 'pathway', 'compare', 'profile']);
    expect(tickInDeck(deck, 'pathway', false)).toEqual(['matrix', 'compare']);
    // From every chart: unticking one leaves the others in their order.
    expect(tickInDeck(null, 'map', false)).toEqual(CHART_KINDS.filter((k) => k !== 'map'));
    expect(moveInDeck(deck, 'compare', -1)).toEqual(['matrix', 'compare', 'pathway']);
    expect(moveInDeck(deck, 'matrix', -1)).toEqual(deck);
    expect(moveInDeck(deck, 'matrix', 5)).toEqual(['pathway', 'compare', 'matrix']);
    expect(moveInDeck(deck, 'team', 1)).toEqual(deck);
  });

  it('knows its presets by their charts and order, and names its file after them', () => {
    for (const preset of DECK_PRESETS) {
      expect(presetOf([...preset.kinds])).toBe(preset);
      expect(deckFileName([...preset.kinds])).toBe(preset.id);
    }
    expect(presetOf(['compare', 'pathway', 'matrix'])).toBeUndefined();
    expect(deckFileName(['compare', 'pathway', 'matrix'])).toBe('deck');
  });

  it('plans its slides and says why each other chart is left out', () => {
    const applies = (kind: ChartKind) => kind !== 'profile' && kind !== 'team';
    const plan = deckPlan(['profile', 'compare', 'matrix'], applies, (kind) => `no ${kind} here.`);
    expect(plan.slides).toEqual(['compare', 'matrix']);
    expect(plan.left).toEqual(
      CHART_KINDS.filter((k) => k !== 'compare' && k !== 'matrix').map((kind) => ({
        kind,
        why: applies(kind) ? 'not chosen for this deck.' : `no ${kind} here.`,
      })),
    );
  });
});
