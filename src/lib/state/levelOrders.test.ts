import { beforeEach, describe, expect, it, vi } from 'vitest';
import { levelOrderFor, saveLevelOrder } from './levelOrders';

describe('level-order corrections', () => {
  let stored: Record<string, string>;
  beforeEach(() => {
    stored = {};
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => stored[key] ?? null,
      setItem: (key: string, value: string) => (stored[key] = value),
    });
  });

  it('keeps a correction per framework and role, and forgets it on reset', () => {
    saveLevelOrder('fw', 'role-a', ['Junior', 'Senior']);
    expect(levelOrderFor('fw', 'role-a')).toEqual(['Junior', 'Senior']);
    expect(levelOrderFor('fw', 'role-b')).toBeUndefined();
    expect(levelOrderFor('other', 'role-a')).toBeUndefined();
    saveLevelOrder('fw', 'role-a', undefined);
    expect(levelOrderFor('fw', 'role-a')).toBeUndefined();
  });

  it('ignores a tampered store instead of failing', () => {
    stored['pathway-explorer:level-orders'] = '{not json';
    expect(levelOrderFor('fw', 'role-a')).toBeUndefined();
    stored['pathway-explorer:level-orders'] = JSON.stringify({ 'fw/role-a': ['Junior', 3] });
    expect(levelOrderFor('fw', 'role-a')).toBeUndefined();
    stored['pathway-explorer:level-orders'] = JSON.stringify({ 'fw/role-a': 'Junior' });
    expect(levelOrderFor('fw', 'role-a')).toBeUndefined();
  });

  it('keeps a correction for this visit when the browser will not store it, and says why', () => {
    const full = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw full;
      },
    });
    expect(saveLevelOrder('fw', 'role-c', ['Senior', 'Junior'])).toBe(
      "this browser's storage for the app is full",
    );
    expect(levelOrderFor('fw', 'role-c')).toEqual(['Senior', 'Junior']);
    vi.stubGlobal('localStorage', undefined);
    expect(saveLevelOrder('fw', 'role-c', undefined)).toMatch(/^this browser would not store it/);
    expect(levelOrderFor('fw', 'role-c')).toBeUndefined();
  });
});
