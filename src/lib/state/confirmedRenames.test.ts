// @vitest-environment jsdom
/**
 * Guards the renames a person confirms: kept in this browser and read back, each once, taken back;
 * a stored list that is not one read as none; and storage that refuses them held for the visit and
 * said, never lost without a word.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SkillChange } from '../model/lineage';
import { confirmRename, confirmedRenames, withdrawRename } from './confirmedRenames';

const change: SkillChange = {
  role: 'r',
  from: { framework: 'a', skills: ['x'] },
  to: { framework: 'b', skills: ['y'] },
};

describe('confirmed renames', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    withdrawRename(change);
  });

  it('are kept, each once, and taken back', () => {
    expect(confirmRename(change)).toBeUndefined();
    expect(confirmRename(change)).toBeUndefined();
    expect(confirmedRenames()).toEqual([change]);
    expect(JSON.parse(localStorage.getItem('pathway-explorer:confirmed-renames')!)).toEqual([change]);
    expect(withdrawRename(change)).toBeUndefined();
    expect(confirmedRenames()).toEqual([]);
  });

  it('read a stored list that is not one as none, and leave out what is not a rename', () => {
    localStorage.setItem('pathway-explorer:confirmed-renames', '{"not":"a list"}');
    expect(confirmedRenames()).toEqual([]);
    localStorage.setItem('pathway-explorer:confirmed-renames', JSON.stringify([change, { role: 3 }]));
    expect(confirmedRenames()).toEqual([change]);
  });

  it('hold for this visit when the browser will not store them, and say why', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(confirmRename(change)).toBe("this browser's storage for the app is full");
    expect(confirmedRenames()).toEqual([change]);
  });
});
