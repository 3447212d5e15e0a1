/**
 * Guards "a file that validates never crashes a view": any framework the schema accepts (arbitrary
 * ones, hostile where a file may be) renders every chart, every table twin, the compare view, the
 * detail panel and every slide of presentation mode, in every state that selection can reach, as the
 * server renders them.
 */
import fc from 'fast-check';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { arbitraryFramework } from '../../../tests/unit/arbitraryFramework';
import { devopsFramework } from '../../../tests/unit/fixtures';
import { validateFramework } from '../../lib/model/schema';
import { Explorer, explorerContext } from '../../lib/state/explorer.svelte';
import { defaultViewState } from '../../lib/state/viewState';
import { CHART_KINDS } from '../../lib/charts/kinds';
import { CHARTS, chartTable } from '../../lib/charts/registry';
import { CHART_COMPONENTS } from '../charts/chartComponents';
import CompareView from './CompareView.svelte';
import PresentationView from './PresentationView.svelte';
import DetailPanel from '../detail/DetailPanel.svelte';
import ExploreView from './ExploreView.svelte';
import LaterCharts from './LaterCharts.svelte';
import Controls from '../shell/Controls.svelte';
import Masthead from '../shell/Masthead.svelte';
import type { Framework } from '../../lib/model/types';

function valid(framework: Framework): Framework | undefined {
  try {
    return validateFramework(framework);
  } catch {
    return undefined;
  }
}

function renderAll(framework: Framework) {
  const role = framework.roles[0];
  const explorer = new Explorer();
  // Every track filter the app offers: all tracks, or one the role has levels on.
  const tracks = [null, ...new Set(role.levels.flatMap((l) => (l.track ? [l.track] : [])))];
  const selections = [
    { levelId: null, skillId: null },
    ...role.levels.flatMap((level) => [
      { levelId: level.id, skillId: null },
      { levelId: level.id, skillId: role.skills[0]?.id ?? null },
      ...level.next.map((next) => ({ levelId: next, skillId: null, fromLevelId: level.id })),
    ]),
  ];
  for (const track of tracks)
    for (const showChanges of [false, true]) {
      explorer.load(framework, { ...defaultViewState(framework), track, showChanges });
      const context = explorerContext(explorer);
      for (const kind of CHART_KINDS) {
        render(CHART_COMPONENTS[kind].chart, { context });
        render(CHART_COMPONENTS[kind].table, { context, props: { chart: CHARTS[kind] } });
        chartTable(kind, explorer.chartContext!);
        explorer.present = kind;
        render(PresentationView, { context });
      }
      explorer.present = null;
      for (const view of [CompareView, ExploreView, LaterCharts, Controls, Masthead])
        render(view, { context });
      for (const selection of selections) {
        explorer.select(selection);
        const { body } = render(DetailPanel, { context });
        expect(body).not.toContain('[native code]');
      }
    }
}

describe('any framework that validates', () => {
  it('renders every view', () => {
    let shown = 0;
    fc.assert(
      fc.property(arbitraryFramework, (framework) => {
        const checked = valid(framework);
        if (!checked) return;
        shown += 1;
        renderAll(checked);
      }),
      { numRuns: 1000 },
    );
    // The claim means something only if many arbitrary frameworks were valid.
    expect(shown).toBeGreaterThan(30);
    // A thousand renders take 2–5 s on these 2-core machines: room for a busy one, not a speed claim.
  }, 30_000);
});

it('renders the explore view for a role whose one track has two levels at a seniority', () => {
  // Not a fork: the captions must not name a second track (one threw, reading a track not there).
  const devops = devopsFramework();
  const role = devops.roles[0];
  const oneTrack = validateFramework({
    ...devops,
    roles: [
      { ...role, levels: role.levels.map((level) => ({ ...level, track: level.track && 'technical' })) },
    ],
  });
  const explorer = new Explorer();
  explorer.load(oneTrack);
  const { body } = render(LaterCharts, { context: explorerContext(explorer) });
  expect(body).toContain("How each skill's proficiency grows along the path.");
});
