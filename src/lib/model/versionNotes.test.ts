/**
 * Guards the masthead's notes on versions against going stale: they are what the frameworks say
 * now (a changed source or rename table without `npm run data` fails here), and they say of the
 * 2020 DevOps page what the diff says.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { devopsFramework, ddatFramework } from '../../../tests/unit/fixtures';
import { buildVersionNotes } from './versionNotes';

it('are the notes worked out from the built-in frameworks now', () => {
  const committed = JSON.parse(readFileSync(new URL('./versionNotes.json', import.meta.url), 'utf8'));
  expect(committed).toEqual(buildVersionNotes([devopsFramework(), ddatFramework()]));
});

it('say that the 2025 CSV is newer than the 2020 page, and how much of the DevOps role changed', () => {
  const notes = buildVersionNotes([devopsFramework(), ddatFramework()]);
  const newer = notes['ddat-devops-engineer-2020'].newer['development-operations-devops-engineer'];
  expect(newer).toMatchObject({ frameworkId: 'ddat-2025', label: '2025 (CSV download)' });
  expect(newer.words).toMatch(/^85 requirements of 85 changed: /);
  expect(notes['ddat-2025'].newer).toEqual({});
  expect(notes['ddat-2025'].versions.map((v) => v.frameworkId)).toEqual([
    'ddat-devops-engineer-2020',
    'ddat-2025',
  ]);
});

it('refuses a lineage that names a framework not built', () => {
  expect(() => buildVersionNotes([devopsFramework()])).toThrow('names ddat-2025, which is not built');
});
