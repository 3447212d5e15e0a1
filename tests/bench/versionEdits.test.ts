/**
 * Guards the benchmark's edited version: it makes the edits it says, the same every run, and the
 * diff finds each kind of them (raised, lowered, reworded and dropped requirements; skills whose
 * names changed keep their ids and are found as renamed).
 */
import { describe, expect, it } from 'vitest';
import { ddatFramework } from '../unit/fixtures';
import { diffFrameworks, diffRole } from '../../src/lib/model/versionDiff';
import { editedFramework } from './versionEdits';

describe('the edited 2025 framework', () => {
  const ddat = ddatFramework();
  const { framework, made } = editedFramework(ddat, 300);

  it('makes 300 edits of every kind, the same every run', () => {
    expect(Object.values(made).reduce((a, b) => a + b, 0)).toBe(300);
    for (const kind of Object.values(made)) expect(kind).toBeGreaterThan(10);
    expect(editedFramework(ddat, 300).made).toEqual(made);
  });

  it('is found by the diff: every requirement edit counted, every renamed skill renamed', () => {
    const diff = diffFrameworks(ddat, framework);
    expect(diff.counts.raised).toBe(made.raised);
    expect(diff.counts.lowered).toBe(made.lowered);
    expect(diff.counts.reworded).toBe(made.reworded);
    expect(diff.counts.removed).toBe(made.dropped);
    const renamed = framework.roles.reduce(
      (n, role, i) =>
        n + diffRole(ddat, ddat.roles[i], framework, role).skills.filter((f) => f.kind === 'renamed').length,
      0,
    );
    expect(renamed).toBe(made.renamed);
  });
});
