// @vitest-environment jsdom
/** Guards the one tab stop of a chart's marks: where it starts, how keys and clicks move it, and a mark gone. */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { rovingList } from './roving.svelte';

let cleanup: () => void = () => {};
afterEach(() => {
  cleanup();
  document.body.replaceChildren();
});

/** Three marks in a chart, and a Roving over them. */
function setUp() {
  const keys = $state(['a', 'b', 'c']);
  let roving!: ReturnType<typeof rovingList>;
  const stop = $effect.root(() => {
    roving = rovingList(() => keys);
  });
  const chart = document.createElement('div');
  for (const key of keys) {
    const mark = document.createElement('button');
    mark.dataset.mark = key;
    chart.append(mark);
  }
  document.body.append(chart);
  const detach = roving.attach(chart);
  cleanup = () => {
    if (typeof detach === 'function') detach();
    stop();
  };
  const mark = (key: string) => chart.querySelector<HTMLElement>(`[data-mark="${key}"]`)!;
  const press = (key: string, on: string) =>
    mark(on).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  return { keys, roving, mark, press };
}

describe('Roving', () => {
  it('gives the tab stop to the first mark at the start', () => {
    const { roving } = setUp();
    expect(roving.current).toBe('a');
    expect(['a', 'b', 'c'].map(roving.tabindex)).toEqual([0, -1, -1]);
  });

  it('moves focus and the tab stop with the keys, and leaves other keys alone', () => {
    const { roving, mark, press } = setUp();
    mark('a').focus();
    press('ArrowDown', 'a');
    flushSync();
    expect(document.activeElement).toBe(mark('b'));
    expect(['a', 'b', 'c'].map(roving.tabindex)).toEqual([-1, 0, -1]);
    press('End', 'b');
    flushSync();
    expect(roving.current).toBe('c');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    mark('c').dispatchEvent(enter);
    expect(enter.defaultPrevented).toBe(false);
    expect(roving.current).toBe('c');
  });

  it('takes the tab stop to a mark clicked, and back to the first when that mark is gone', () => {
    const { keys, roving, mark } = setUp();
    mark('c').dispatchEvent(new Event('pointerdown', { bubbles: true }));
    flushSync();
    expect(roving.current).toBe('c');
    keys.pop();
    flushSync();
    expect(roving.current).toBe('a');
  });
});
