/** Guards "every view works for every role": each layout and export table, for all 52 roles of 2025. */
import { DEFAULT_MOVE_BUDGET } from '../../src/lib/state/viewState';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../src/lib/model/schema';
import { indexRole, visibleLevels } from '../../src/lib/model/framework';
import { compareColumns, defaultComparePair } from '../../src/lib/model/compare';
import { layoutMatrix } from '../../src/charts/matrix/layout';
import { matrixCells } from './fixtures';
import { layoutPathway } from '../../src/charts/pathway/layout';
import { layoutTrajectory } from '../../src/charts/trajectory/layout';
import { layoutCompare, layoutTrackOverview } from '../../src/charts/compare/layout';
import { CHART_KINDS } from '../../src/lib/charts/kinds';
import { chartTable } from '../../src/lib/charts/registry';
import { ratingsFromLevel } from '../../src/lib/model/gap';
import { YOU_ID } from '../../src/lib/model/you';
import { pathwayYou } from '../../src/charts/pathway/pathwayYou';
import { nativeSlides } from '../../src/lib/slides/nativeSlides';

const SLIDE_THEME = { background: 'FFFFFF', ink: '1B1F24', inkSoft: '4A5560' };

const framework = validateFramework(
  JSON.parse(readFileSync(new URL('../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
);

describe.each(framework.roles.map((role) => [role.name, role] as const))('%s', (_name, role) => {
  it('lays out every chart with finite positions and exports its data', () => {
    const index = indexRole(framework, role);
    const matrix = layoutMatrix(index, { levels: visibleLevels(role, null), showChanges: true });
    expect(matrixCells(matrix).flat()).toHaveLength(role.skills.length * role.levels.length);
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
      moveBudget: DEFAULT_MOVE_BUDGET,
      comparison,
    };
    for (const kind of CHART_KINDS) expect(() => chartTable(kind, ctx)).not.toThrow();
  });

  it('shows a self-assessment on every chart: You, the gap per level, the rings and the profile', () => {
    const index = indexRole(framework, role);
    const you = ratingsFromLevel(index, role.levels[Math.floor(role.levels.length / 2)]);
    const comparison = compareColumns(
      framework,
      { roleId: role.id, levelId: YOU_ID },
      { roleId: role.id, levelId: role.levels.at(-1)!.id },
      { index, ratings: you },
    )!;
    expect(comparison.a.label).toBe('You');
    const ctx = {
      index,
      levels: role.levels,
      track: null,
      showChanges: false,
      showCrossTrack: true,
      moveBudget: DEFAULT_MOVE_BUDGET,
      comparison,
      you,
      youTarget: null,
    };
    for (const kind of CHART_KINDS) {
      expect(() => chartTable(kind, ctx), kind).not.toThrow();
      for (const slide of nativeSlides(kind, ctx, 'Source', SLIDE_THEME))
        expect(slide.items.length).toBeGreaterThan(0);
    }
    expect(chartTable('profile', ctx).rows).toHaveLength(role.skills.length);
    const matrix = layoutMatrix(index, { levels: role.levels, showChanges: false, you });
    expect(matrix.columns[0].you).toBe(true);
    expect(matrix.columns.slice(1).every((c) => /^meets \d+ of \d+$/.test(c.summaryLines[0]))).toBe(true);
    const marks = pathwayYou(index, you, layoutPathway(index, { showCrossTrack: true, youRoom: true }).nodes);
    // Rated at a level's requirements, that level is reached (where it asks for anything: the
    // chief roles of the 2025 CSV ask for no skill at a proficiency).
    expect([...marks.values()].some((m) => m.role === 'reached')).toBe(role.requirements.length > 0);
    expect([...marks.values()].every((m) => Number.isFinite(m.cx) && Number.isFinite(m.cy))).toBe(true);
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
