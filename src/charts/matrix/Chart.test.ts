// @vitest-environment jsdom
/** Guards the large-matrix path: on the page, even the very first render draws only what is in view. */
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Matrix from './Chart.svelte';
import { Explorer, explorerContext } from '../../lib/state/explorer.svelte';
import { defaultViewState } from '../../lib/state/viewState';
import { validateFramework } from '../../lib/model/schema';
import { syntheticFramework } from '../../../tests/bench/synthetic';

function loaded(framework: ReturnType<typeof syntheticFramework>) {
  const valid = validateFramework(framework);
  const explorer = new Explorer();
  explorer.load(valid, defaultViewState(valid));
  return explorer;
}
const explorerWith = (framework: ReturnType<typeof syntheticFramework>) => explorerContext(loaded(framework));

describe('Matrix', () => {
  const large = syntheticFramework(); // 60 skills × 28 levels

  it('draws every cell of a large matrix for exports and print', () => {
    const { container } = render(Matrix, { context: explorerWith(large) });
    expect(container.querySelectorAll('[role="gridcell"]')).toHaveLength(60 * 28);
  });

  it('on the page, draws only the top left of a large matrix from its first render', async () => {
    const { container } = render(Matrix, { props: { onPage: true }, context: explorerWith(large) });
    const drawn = container.querySelectorAll('[role="gridcell"]').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan((60 * 28) / 2);
    // The whole grid is still announced, and every column header is there.
    const grid = container.querySelector('[role="grid"]')!;
    expect(grid.getAttribute('aria-rowcount')).toBe('61');
    expect(grid.getAttribute('aria-colcount')).toBe('29');
    expect(container.querySelectorAll('[role="columnheader"]')).toHaveLength(29);
    // Its cells are painted on a canvas beneath the grid's cells (once the canvas's code is here),
    // which are named but hold no words.
    await vi.waitFor(() =>
      expect(container.querySelectorAll('svg [aria-hidden="true"] > canvas')).toHaveLength(1),
    );
    expect(container.querySelectorAll('[role="gridcell"] text')).toHaveLength(0);
    expect(container.querySelector('[role="gridcell"]')?.getAttribute('aria-label')).toMatch(
      /^Skill number 1, Level 1: /,
    );
  });

  it('moves the tab stop among cells and row headers drawn as markup without drawing them anew', () => {
    const small = syntheticFramework({ skills: 10, steps: 6, shared: 3, tracks: 2 });
    const explorer = loaded(small);
    const { container } = render(Matrix, { props: { onPage: true }, context: explorerContext(explorer) });
    const cells = [...container.querySelectorAll('[role="gridcell"]')];
    const stops = () => cells.filter((cell) => cell.getAttribute('tabindex') === '0');
    expect(stops()).toEqual([container.querySelector('[data-row="1"][data-col="1"]')]);
    const role = explorer.role!;
    explorer.focus = { skillId: role.skills[3].id, levelId: role.levels[4].id };
    flushSync();
    // The very same elements (focus would be lost with one drawn anew); the stop is on the focused one.
    expect([...container.querySelectorAll('[role="gridcell"]')]).toEqual(cells);
    expect(stops()).toEqual([container.querySelector('[data-row="4"][data-col="5"]')]);
    // A row header, drawn as markup with its row, too.
    const headers = [...container.querySelectorAll('[role="rowheader"]')];
    explorer.focus = { skillId: role.skills[6].id, levelId: null };
    flushSync();
    expect([...container.querySelectorAll('[role="rowheader"]')]).toEqual(headers);
    expect(stops()).toEqual([]);
    expect(headers.filter((h) => h.getAttribute('tabindex') === '0')).toEqual([headers[6]]);
    explorer.focus = null;
    flushSync();
    expect(headers.filter((h) => h.getAttribute('tabindex') === '0')).toEqual([]);
    expect(stops()).toEqual([container.querySelector('[data-row="1"][data-col="1"]')]);
  });

  it('draws all of a small matrix on the page', () => {
    const small = syntheticFramework({ skills: 10, steps: 6, shared: 3, tracks: 2 }); // 10 × 9
    const { container } = render(Matrix, { props: { onPage: true }, context: explorerWith(small) });
    expect(container.querySelectorAll('[role="gridcell"]')).toHaveLength(90);
    expect(container.querySelectorAll('canvas')).toHaveLength(0);
    expect(container.querySelectorAll('[role="gridcell"] text.proficiency')).toHaveLength(90);
  });
});
