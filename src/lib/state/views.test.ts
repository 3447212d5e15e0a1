/** Guards the views' table: each row whole, its component where it says, its charts real. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_KINDS } from '../charts/kinds';
import { VIEWS, VIEW_TABLE, viewSpec } from './views';

describe('the views table', () => {
  it('names each view once, in the order of the tabs', () => {
    expect(VIEWS).toEqual(['explore', 'compare', 'assess', 'moves', 'team', 'edit']);
    expect(new Set(VIEW_TABLE.map((v) => v.label)).size).toBe(VIEW_TABLE.length);
  });

  it.each(VIEW_TABLE.map((v) => [v.name, v]))('%s: its component, labels and charts', (_name, view) => {
    expect(existsSync(new URL(`../../components/${view.component}`, import.meta.url))).toBe(true);
    // The short label is the start of the long one, or the long one when it is short already.
    expect(view.label.startsWith(view.short) || view.label === view.short).toBe(true);
    for (const kind of view.charts) expect(CHART_KINDS).toContain(kind);
    // What prints from a view is one of its charts.
    expect(view.charts).toContain(view.print);
  });

  it('finds a view by name', () => {
    expect(viewSpec('moves').print).toBe('map');
    expect(viewSpec('team').charts).toEqual(['team']);
  });
});
