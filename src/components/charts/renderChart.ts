/**
 * Draws a chart (or one of its pages) off screen, exactly as the app would now, and returns its inlined markup: what
 * the exports (`lib/export/exportChart.ts`) are given to compose files from. Loaded on demand.
 */
import { mount, tick, unmount } from 'svelte';
import type { Explorer } from '../../lib/state/explorer.svelte';
import { explorerContext } from '../../lib/state/explorer.svelte';
import type { ChartKind } from '../../lib/charts/kinds';
import type { ChartContext } from '../../lib/charts/types';
import { inlineChartSvg } from '../../lib/export/inlineSvg';
import { CHART_COMPONENTS } from './chartComponents';

export async function renderChart(explorer: Explorer, kind: ChartKind, page?: ChartContext) {
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:-100000px;top:0';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const component = mount(CHART_COMPONENTS[kind].chart, {
    target: host,
    props: page ? { page } : {},
    context: explorerContext(explorer),
  });
  try {
    await tick();
    const svg = host.querySelector('svg');
    if (!svg) throw new Error(`There is no ${kind} chart to export for this role.`);
    return inlineChartSvg(svg);
  } finally {
    unmount(component);
    host.remove();
  }
}
