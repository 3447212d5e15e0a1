// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { pointsAt } from './pointsAt';
import type { Explorer } from '../state/explorer.svelte';

describe('pointsAt', () => {
  const target = { levelId: 'senior', skillId: null };

  it('selects on click, Enter and Space; shows while pointed at or focused; lets go on cleanup', async () => {
    const explorer = { select: vi.fn(), focus: null, hover: null } as unknown as Explorer;
    const mark = document.createElement('div');
    const detach = pointsAt(explorer, target)(mark) as () => void;

    mark.dispatchEvent(new MouseEvent('click'));
    const enter = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
    mark.dispatchEvent(enter);
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: ' ' }));
    mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    expect(explorer.select).toHaveBeenCalledTimes(3);
    expect(explorer.select).toHaveBeenCalledWith(target);
    expect(enter.defaultPrevented).toBe(true);

    mark.dispatchEvent(new FocusEvent('focus'));
    expect(explorer.focus).toBe(target);
    mark.dispatchEvent(new FocusEvent('blur'));
    // Let go just after the event (a mark removed mid-update blurs when state must not change).
    expect(explorer.focus).toBe(target);
    await Promise.resolve();
    expect(explorer.focus).toBeNull();
    mark.dispatchEvent(new Event('pointerenter'));
    expect(explorer.hover).toBe(target);
    mark.dispatchEvent(new Event('pointerleave'));
    await Promise.resolve();
    expect(explorer.hover).toBeNull();

    detach();
    mark.dispatchEvent(new MouseEvent('click'));
    mark.dispatchEvent(new Event('pointerenter'));
    expect(explorer.select).toHaveBeenCalledTimes(3);
    expect(explorer.hover).toBeNull();
  });

  it('does not let go of a mark focused since: focus that moved on stays where it went', async () => {
    const other = { levelId: 'lead', skillId: null };
    const explorer = { select: vi.fn(), focus: null, hover: null } as unknown as Explorer;
    const first = document.createElement('div');
    const second = document.createElement('div');
    pointsAt(explorer, target)(first);
    pointsAt(explorer, other)(second);
    first.dispatchEvent(new FocusEvent('focus'));
    first.dispatchEvent(new FocusEvent('blur'));
    second.dispatchEvent(new FocusEvent('focus'));
    await Promise.resolve();
    expect(explorer.focus).toEqual(other);
  });
});
