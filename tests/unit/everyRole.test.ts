/** Guards "every view works for every role": each layout and export table, for all 52 roles of 2025. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../src/lib/model/schema';
import { indexRole, visibleLevels } from '../../src/lib/model/framework';
import { compareColumns, defaultComparePair } from '../../src/lib/model/compare';
import { layoutMatrix } from '../../src/lib/layout/matrixLayout';
import { layoutPathway } from '../../src/lib/layout/pathwayLayout';
import { layoutTrajectory } from '../../src/lib/layout/trajectoryLayout';
import { layoutCompare, layoutTrackOverview } from '../../src/lib/layout/compareLayout';
import { CHART_KINDS } from '../../src/lib/charts/kinds';
import { chartTable } from '../../src/lib/charts/registry';

const framework = validateFramework(
  JSON.parse(readFileSync(new URL('../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
);

describe.each(framework.roles.map((role) => [role.name, role] as const))('%s', (_name, role) => {
  it('lays out every chart with finite positions and exports its data', () => {
    const index = indexRole(framework, role);
    const matrix = layoutMatrix(index, { levels: visibleLevels(role, null), showChanges: true });
    expect(matrix.cells.flat()).toHaveLength(role.skills.length * role.levels.length);
    const pathway = layoutPathway(index, { showCrossTrack: true });
    expect(pathway.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    const trajectory = layoutTrajectory(index, { track: null });
    expect(trajectory.lines.every((l) => !l.path.includes('NaN'))).toBe(true);
    const pair = defaultComparePair(framework, role.id);
    const comparison = compareColumns(framework, pair.a, pair.b)!;
    expect(layoutCompare(framework, comparison).rows.length).toBe(comparison.skills.length);
    const overview = layoutTrackOverview(index);
    expect(overview.panels.length > 0).toBe(role.levels.some((l) => l.track !== null));
    const ctx = {
      index,
      levels: role.levels,
      track: null,
      showChanges: true,
      showCrossTrack: true,
      comparison,
    };
    for (const kind of CHART_KINDS) expect(() => chartTable(kind, ctx)).not.toThrow();
  });
});

it('compares across roles: DevOps engineer vs Infrastructure engineer at Senior', () => {
  const c = compareColumns(
    framework,
    { roleId: 'development-operations-devops-engineer', levelId: 'senior-devops-engineer-technical' },
    { roleId: 'infrastructure-engineer', levelId: 'senior-infrastructure-engineer' },
  )!;
  expect(c.a.label).toBe('Senior DevOps engineer (technical), Development operations (DevOps) engineer');
  expect(c.b.label).toBe('Senior infrastructure engineer, Infrastructure engineer');
  expect(c.skills.some((s) => s.kind === 'only-a')).toBe(true);
  expect(c.skills.some((s) => s.kind === 'only-b')).toBe(true);
  expect(c.summary).toMatch(
    /^Senior DevOps engineer \(technical\), Development operations \(DevOps\) engineer asks for more/,
  );
});
