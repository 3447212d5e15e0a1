/** Guards the role picker's search: what it finds, what it counts, and lists that stay keyable. */
import { describe, expect, it } from 'vitest';
import { roleSearch, type PickerFramework } from './roleSearch';

const ddat: PickerFramework = {
  id: 'ddat-2025',
  name: 'DDaT 2025',
  roles: [
    { id: 'devops', name: 'DevOps engineer', family: 'Software development', skills: ['Service support'] },
    {
      id: 'sre',
      name: 'Site reliability engineer',
      family: 'IT operations',
      skills: ['Incident management'],
    },
    { id: 'da', name: 'Data analyst', family: 'Data', skills: ['Data visualisation'] },
    { id: 'de', name: 'Data engineer', family: 'Data', skills: ['Data modelling', 'Programming'] },
  ],
};
const current = 'ddat-2025~devops';
const labels = (query: string) =>
  roleSearch([ddat], query, current).groups.flatMap((g) => g.options.map((o) => o.label));

describe('roleSearch', () => {
  it.each([
    // Families in alphabetical order: Data, IT operations, Software development.
    ['data', ['Data analyst', 'Data engineer', 'DevOps engineer'], 2],
    ['DATA ENG', ['Data engineer', 'DevOps engineer'], 1],
    ['operations', ['Site reliability engineer', 'DevOps engineer'], 1],
    ['incident', ['Site reliability engineer (skill: Incident management)', 'DevOps engineer'], 1],
    ['modélling', ['Data engineer (skill: Data modelling)', 'DevOps engineer'], 1],
    ['zzzz', ['DevOps engineer'], 0],
    ['devops', ['DevOps engineer'], 1],
  ])('"%s" lists %j and counts %i', (query, shown, count) => {
    expect(labels(query)).toEqual(shown);
    expect(roleSearch([ddat], query, current).matches).toBe(count);
  });

  it('lists a framework whose roles are in family order (the catalogue) as it lists one it sorts', () => {
    const ordered = { ...ddat, inFamilyOrder: true, roles: [2, 3, 1, 0].map((i) => ddat.roles[i]) };
    for (const query of ['', 'data', 'engineer', 'zzzz'])
      expect(roleSearch([ordered], query, current)).toEqual(roleSearch([ddat], query, current));
  });

  it('offers the first match other than the current role for Enter', () => {
    expect(roleSearch([ddat], 'engineer', current).first?.value).toBe('ddat-2025~de');
    expect(roleSearch([ddat], 'devops', current).first).toBeUndefined();
  });

  it('keeps two frameworks of one name apart, with keys that never repeat', () => {
    const copy = { ...ddat, id: 'ddat-2025-2' };
    const { groups } = roleSearch([ddat, copy], '', current);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    expect(new Set(groups.map((g) => g.label)).size).toBe(groups.length);
    expect(groups.map((g) => g.label)).toContain('DDaT 2025 [ddat-2025-2]: Data');
  });
});
