/** The circle finder: finds a circle of two, of three and a file importing itself; none in src. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { circles, importGraph } from './cycles';

const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

describe('circles of imports', () => {
  it('finds each circle once, whatever its length, and nothing in a tree', () => {
    expect(circles(graph({ a: ['b'], b: ['c'], c: [] }))).toEqual([]);
    expect(circles(graph({ a: ['b'], b: ['a'] }))).toEqual([['a', 'b']]);
    expect(circles(graph({ a: ['b'], b: ['c'], c: ['a'], d: ['a'] }))).toEqual([['a', 'b', 'c']]);
    expect(circles(graph({ a: ['a'] }))).toEqual([['a']]);
  });

  it('reads type-only, re-exporting and dynamic imports as imports', () => {
    const src = importGraph(path.resolve(import.meta.dirname, '../../src'));
    const of = (file: string) => src.get(path.resolve(import.meta.dirname, '../../src', file)) ?? [];
    // compare.ts imports the RoleIndex type and re-exports ResolvedColumn from framework.ts.
    expect(of('lib/model/compare.ts').some((f) => f.endsWith('model/framework.ts'))).toBe(true);
    // The word diff loads lazily, by import().
    expect(of('components/detail/WordDiff.svelte').some((f) => f.endsWith('model/textDiff.ts'))).toBe(true);
  });

  it('finds none in src', () => {
    expect(circles(importGraph(path.resolve(import.meta.dirname, '../../src')))).toEqual([]);
  });
});
