/** Guards the role look-ups and the words about a role that the page shows. */
import { describe, expect, it } from 'vitest';
import { devopsFramework, devopsIndex } from '../../../tests/unit/fixtures';
import { absentRequirement, ownValue, roleSize, roleTracks, trackSplits } from './framework';

const devops = devopsFramework().roles[0];

describe('roleSize', () => {
  it('counts a level split into tracks once, and says how many columns the tracks make', () => {
    expect(roleSize(devops)).toBe('6 levels (9 with their tracks) · 10 skills');
  });
  it('says one level, one skill', () => {
    const one = { ...devops, levels: devops.levels.slice(0, 1), skills: devops.skills.slice(0, 1) };
    expect(roleSize(one)).toBe('1 level · 1 skill');
  });
});

describe('ownValue', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('finds no inherited "%s"', (key) => {
    expect(ownValue({}, key)).toBeUndefined();
  });
  it('finds an own value, and nothing in no record', () => {
    expect(ownValue({ technical: 'x' }, 'technical')).toBe('x');
    expect(ownValue(undefined, 'technical')).toBeUndefined();
  });
});

describe('tracks', () => {
  it("lists the role's tracks and where they split", () => {
    expect(roleTracks(devopsIndex()).map((t) => t.id)).toEqual(['technical', 'management']);
    expect(trackSplits(devops).map((levels) => levels.map((l) => l.id))).toEqual([
      ['senior-devops-engineer-technical', 'senior-devops-engineer-management'],
      ['lead-devops-engineer-technical', 'lead-devops-engineer-management'],
      ['principal-devops-engineer-technical', 'principal-devops-engineer-management'],
    ]);
  });
});

it('counts a seniority where one track has two levels as no split', () => {
  const oneTrack = {
    ...devops,
    levels: devops.levels.map((level) => ({ ...level, track: level.track && 'technical' })),
  };
  expect(trackSplits(oneTrack)).toEqual([]);
});

describe('absentRequirement', () => {
  it('says "not required" in a role that asks for proficiencies, "not given" in one that gives none', () => {
    expect(absentRequirement(devops)).toBe('not required');
    expect(absentRequirement({ ...devops, requirements: [] })).toBe('not given');
  });
});
