/**
 * Guards every chart's drawing: each chart kind, rendered in Node for the DevOps role in four
 * states (one with a self-assessment), is compared with its committed SVG snapshot (`src/charts/<kind>/__snapshots__/<state>.svg`), so any
 * change to a chart's drawing shows in review. Numbers are rounded to two places and the markup put
 * one tag a line, so the diffs stay small and stable. After an intended change to a drawing, run
 * `npx vitest run -u src/components/charts/snapshots.test.ts` and read the diff before committing.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { devopsFramework, withAssessment, withTeam, withVersions } from '../../../tests/unit/fixtures';
import { Explorer, explorerContext } from '../../lib/state/explorer.svelte';
import { defaultViewState, type ViewState } from '../../lib/state/viewState';
import { CHART_KINDS } from '../../lib/charts/kinds';
import { CHART_COMPONENTS } from './chartComponents';

const framework = devopsFramework();
const STATES: Record<string, Partial<ViewState>> = {
  default: {},
  'technical-changes': { track: 'technical', showChanges: true },
  'level-selected': { levelId: 'senior-devops-engineer-technical', skillId: 'service-support' },
  // With a self-assessment (rated as a DevOps engineer): You and the gap on every chart.
  'with-you': {},
};

/** The chart's markup, stable across runs: no hydration comments or style hashes, numbers rounded. */
function normaliseSvg(html: string): string {
  return html
    .replace(/<!--[^]*?-->/g, '')
    .replace(/ ?svelte-[a-z0-9]+/g, '')
    .replace(/ class=""/g, '')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/></g, '>\n<')
    .trim()
    .concat('\n');
}

describe.each(CHART_KINDS)('the %s chart', (kind) => {
  it.each(Object.entries(STATES))('%s', async (state, view) => {
    const explorer = new Explorer();
    explorer.load(framework, { ...defaultViewState(framework), ...view });
    // The profile is drawn only with an assessment; the others show one in their own state.
    if (state === 'with-you' || kind === 'profile') withAssessment(explorer);
    // The team heatmap is drawn only with a team: five people, seeded.
    if (kind === 'team') withTeam(explorer);
    // What changed is drawn only with another version: the 2025 CSV's.
    if (kind === 'changes') withVersions(explorer);
    const { body } = render(CHART_COMPONENTS[kind].chart, { context: explorerContext(explorer) });
    const svg = normaliseSvg(body);
    expect(svg).toMatch(/^<svg[^>]*>\n<title>[^<]+<\/title>\n<desc>[^<]+<\/desc>/);
    await expect(svg).toMatchFileSnapshot(`../../charts/${kind}/__snapshots__/${state}.svg`);
  });
});
