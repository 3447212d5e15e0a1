/**
 * The framework files the app ships are exactly what the loader's check gives back, so the first
 * view may draw one before the check has run (it runs once the page is live: boot.ts); and a
 * shipped file that fails the check is still said, with the file and what is wrong.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateFramework } from '../../src/lib/model/schema';
import { fetchShippedFramework } from '../../src/lib/state/loadFramework';
import { groupByFamily, groupsInOrder, type CatalogueEntry } from '../../src/lib/model/catalogue';

const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../static/data/${file}`, import.meta.url), 'utf8'));
const catalogue = read('catalogue.json') as CatalogueEntry[];

describe('the shipped frameworks', () => {
  it.each([...new Set(catalogue.map((entry) => entry.file))])('%s is what the check gives back', (file) => {
    const raw = read(file);
    expect(validateFramework(structuredClone(raw))).toEqual(raw);
  });
});

describe('the shipped catalogue', () => {
  it.each(catalogue.map((entry) => [entry.id, entry] as const))(
    "lists %s's roles in groupByFamily's order, as its inFamilyOrder says (the picker does not sort them)",
    (_id, entry) => {
      expect(entry.inFamilyOrder).toBe(true);
      expect(groupsInOrder(entry.roles)).toEqual(groupByFamily(entry.roles));
      const file = read(entry.file) as { roles: { id: string }[] };
      expect(entry.roles.map((role) => role.id).sort()).toEqual(file.roles.map((role) => role.id).sort());
    },
  );
});

describe('fetchShippedFramework', () => {
  afterEach(() => vi.unstubAllGlobals());
  const serve = (body: string) =>
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status: 200 })));

  it('gives the file at once and checks it when asked', async () => {
    const raw = read('devops-engineer-2020.json');
    serve(JSON.stringify(raw));
    const { framework, check } = await fetchShippedFramework('/data/devops.json', 'DevOps');
    expect(framework).toEqual(raw);
    await expect(check()).resolves.toEqual(raw);
  });

  it('says which file fails the check, and why', async () => {
    const raw = read('devops-engineer-2020.json') as { roles: unknown[] };
    serve(JSON.stringify({ ...raw, roles: [] }));
    const { check } = await fetchShippedFramework('/data/devops.json', 'DevOps');
    await expect(check()).rejects.toThrow(/^Could not load \/data\/devops\.json: .*roles/);
  });
});
