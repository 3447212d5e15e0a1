/**
 * Arbitrary frameworks for property-based tests: small, and hostile where a file may be (ids such
 * as "constructor", names that repeat or have no letters, levels with no next, tracks that never
 * split or split three ways, requirements left out). Not every one is valid: tests keep those that
 * validate, since the claim is that any framework the schema accepts renders every view.
 */
import fc from 'fast-check';
import type { Framework } from '../../src/lib/model/types';

const id = fc.constantFrom(
  'a',
  'b',
  'c',
  'x-1',
  'constructor',
  'prototype',
  'tostring',
  'level',
  'not-required',
);
const name = fc.constantFrom('A', 'B', 'Senior', '🚀', '***', 'Cloud!', 'Cloud?', 'toString', '__proto__');
const text = fc.constantFrom('', 'Words.', '- a\n- b', 'x'.repeat(300));
/** Level names: a name is one step of the ladder, so its seniority comes with it (some share one). */
const LEVEL_NAMES = ['Junior', 'Senior', 'Senior', 'Lead', '🚀', 'toString'];

export const arbitraryFramework: fc.Arbitrary<Framework> = fc
  .record({
    proficiencies: fc.uniqueArray(fc.tuple(id, name), {
      minLength: 1,
      maxLength: 4,
      comparator: ([a, an], [b, bn]) => a === b || an === bn,
    }),
    tracks: fc.uniqueArray(fc.tuple(id, name), {
      maxLength: 3,
      comparator: ([a, an], [b, bn]) => a === b || an === bn,
    }),
    skills: fc.uniqueArray(fc.tuple(id, name, fc.option(text, { nil: undefined })), {
      minLength: 1,
      maxLength: 5,
      selector: ([i]) => i,
    }),
    levels: fc.uniqueArray(
      fc.tuple(
        id,
        fc.nat({ max: LEVEL_NAMES.length - 1 }),
        fc.nat({ max: 3 }),
        fc.uniqueArray(fc.nat({ max: 6 }), { maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 6, selector: ([i]) => i },
    ),
    cells: fc.array(fc.tuple(fc.nat({ max: 6 }), fc.nat({ max: 6 }), fc.nat({ max: 4 }), text), {
      maxLength: 30,
    }),
    trackNames: fc.boolean(),
  })
  .map(({ proficiencies, tracks, skills, levels, cells, trackNames }): Framework => {
    const trackOf = (n: number) => (n < tracks.length ? tracks[n][0] : null);
    const seen = new Set<string>();
    const requirements = cells
      .filter(([l, s]) => l < levels.length && s < skills.length)
      .filter(([l, s]) => !seen.has(`${l}|${s}`) && Boolean(seen.add(`${l}|${s}`)))
      .map(([l, s, p, description]) => ({
        levelId: levels[l][0],
        skillId: skills[s][0],
        proficiency: proficiencies[p % proficiencies.length][0],
        description,
        skillName: skills[s][1],
      }));
    return {
      formatVersion: 1,
      id: 'arbitrary',
      name: 'Arbitrary',
      source: {
        title: 'T',
        publisher: 'P',
        published: '',
        url: 'javascript:alert(1)',
        licence: '',
        licenceUrl: '',
        attribution: 'Source: a test',
      },
      proficiencies: proficiencies.map(([i, n], rank) => ({
        id: i,
        name: n,
        rank: rank + 1,
        definition: '',
      })),
      tracks: tracks.map(([i, n]) => ({ id: i, name: n })),
      roles: [
        {
          id: 'role',
          name: 'Role',
          introduction: [],
          levels: levels.map(([i, n, track, next]) => ({
            id: i,
            name: LEVEL_NAMES[n],
            seniority: LEVEL_NAMES.indexOf(LEVEL_NAMES[n]),
            track: trackOf(track),
            summary: { paragraphs: [], responsibilities: [] },
            next: [...new Set(next.filter((k) => k < levels.length).map((k) => levels[k][0]))],
          })),
          skills: skills.map(([i, n, description]) => ({
            id: i,
            name: n,
            description,
            ...(trackNames && tracks.length > 0 ? { trackNames: { [tracks[0][0]]: `${n} (variant)` } } : {}),
          })),
          requirements,
        },
      ],
    };
  });
