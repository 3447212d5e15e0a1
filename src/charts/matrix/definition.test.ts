/** Guards the matrix's records: a window of them is the same as the first rows of all of them. */
import { describe, expect, it } from 'vitest';
import { Explorer } from '../../lib/state/explorer.svelte';
import { validateFramework } from '../../lib/model/schema';
import { syntheticFramework } from '../../../tests/bench/synthetic';
import { matrixChart, matrixRecords } from './definition';

describe('matrixRecords', () => {
  it('gives the first rows of every record, for any window, track and marks', () => {
    const explorer = new Explorer();
    explorer.load(validateFramework(syntheticFramework({ skills: 25, steps: 4, shared: 2, tracks: 2 })));
    for (const track of [null, 'track-1', 'track-2'])
      for (const showChanges of [false, true]) {
        explorer.track = track;
        explorer.showChanges = showChanges;
        const all = matrixChart.rows(explorer.chartContext!);
        expect(all).toHaveLength(25);
        for (const count of [0, 1, 7, 25, 40])
          expect(matrixRecords(explorer.chartContext!, count)).toEqual(all.slice(0, count));
      }
  });
});
