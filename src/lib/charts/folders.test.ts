/**
 * Guards the rule that a chart is a folder: every folder of src/charts is a kind with its parts, and
 * every kind has its folder; the collector names the file a half-made chart lacks.
 */
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHART_KINDS } from './kinds';
import { byKind, everyKind, folderOf } from './folders';

const charts = new URL('../../charts/', import.meta.url);
const folders = readdirSync(charts, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

describe('the chart folders', () => {
  it('are the kinds, one each', () => {
    expect([...folders].sort()).toEqual([...CHART_KINDS].sort());
  });

  it.each(CHART_KINDS)('%s has its definition, slides and chart', (kind) => {
    for (const part of ['definition.ts', 'slides.ts', 'Chart.svelte'])
      expect(existsSync(new URL(`${kind}/${part}`, charts)), `src/charts/${kind}/${part}`).toBe(true);
  });
});

describe('byKind', () => {
  const every = Object.fromEntries(CHART_KINDS.map((kind) => [`../../charts/${kind}/slides.ts`, kind]));

  it('keys each file by its folder, in the order of CHART_KINDS', () => {
    expect(folderOf('../../charts/matrix/slides.ts')).toBe('matrix');
    const reversed = Object.fromEntries(Object.entries(every).reverse());
    expect(Object.keys(everyKind(reversed, 'slides.ts'))).toEqual([...CHART_KINDS]);
    expect(everyKind(every, 'slides.ts').team).toBe('team');
  });

  it('names the file a chart lacks, unless the part is optional', () => {
    const rest = Object.fromEntries(Object.entries(every).filter(([file]) => !file.includes('/map/')));
    expect(() => everyKind(rest, 'slides.ts')).toThrow(
      'The chart map has no slides.ts: add src/charts/map/slides.ts.',
    );
    expect(Object.keys(byKind({ '../../charts/team/Table.svelte': 1 }, 'Table.svelte', true))).toEqual([
      'team',
    ]);
  });

  it('refuses a folder that is not a kind', () => {
    expect(() => everyKind({ ...every, '../../charts/radar/slides.ts': 'radar' }, 'slides.ts')).toThrow(
      '../../charts/radar/slides.ts is in a chart folder "radar" that is not in CHART_KINDS',
    );
  });
});
