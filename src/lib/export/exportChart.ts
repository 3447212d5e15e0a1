/**
 * Exports a chart as it is now (track filter, change marks, highlighted skill, compare pair) in
 * any format, and all charts as one deck. Loaded on demand: nothing here is in the first page load.
 */
import { mount, tick, unmount, type Component } from 'svelte';
import type { Explorer } from '../state/explorer.svelte';
import { explorerContext } from '../state/explorer.svelte';
import Matrix from '../../components/charts/matrix/Matrix.svelte';
import PathwayGraph from '../../components/charts/pathway/PathwayGraph.svelte';
import TrajectoryChart from '../../components/charts/trajectory/TrajectoryChart.svelte';
import CompareChart from '../../components/charts/compare/CompareChart.svelte';
import TrackOverview from '../../components/charts/overview/TrackOverview.svelte';
import {
  CHART_KINDS,
  chartFileName,
  chartLegend,
  chartTitle,
  type ChartContext,
  type ChartKind,
} from './charts';
import { chartTable } from './chartTable';
import { composeStandaloneSvg, type ExportTheme } from './standaloneSvg';
import { inlineChartSvg } from './inlineSvg';
import { toCsv } from './csv';
import { SVG_MIME, nextFrame, slidesToPptx, svgToPdf, svgToPng, type Slide } from './formats';

export type ExportFormat = 'svg' | 'png' | 'pdf' | 'pptx' | 'csv';

export interface ExportOptions {
  scale?: number;
  transparent?: boolean;
}

const COMPONENTS: Record<ChartKind, Component> = {
  matrix: Matrix,
  pathway: PathwayGraph,
  trajectory: TrajectoryChart,
  compare: CompareChart,
  overview: TrackOverview,
};

function chartContext(explorer: Explorer): ChartContext {
  return explorer.chartContext!;
}

/** The page's current theme colours, so exports follow the theme. */
function currentTheme(): ExportTheme {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: read('--page', '#ffffff'),
    ink: read('--ink', '#1b1f24'),
    inkSoft: read('--ink-soft', '#4a5560'),
  };
}

/** Draws the chart off screen, exactly as the app would now, and returns its inlined markup. */
async function renderChart(explorer: Explorer, kind: ChartKind) {
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:-100000px;top:0';
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  document.body.append(host);
  const component = mount(COMPONENTS[kind], { target: host, context: explorerContext(explorer) });
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

async function standalone(
  explorer: Explorer,
  kind: ChartKind,
  options: ExportOptions & { bare?: boolean } = {},
) {
  const ctx = chartContext(explorer);
  const chart = await renderChart(explorer, kind);
  return composeStandaloneSvg({
    title: chartTitle(kind, ctx),
    chartMarkup: chart.markup,
    chartWidth: chart.width,
    chartHeight: chart.height,
    legend: chartLegend(kind, ctx),
    source: explorer.framework!.source.attribution,
    theme: currentTheme(),
    transparent: options.transparent,
    bare: options.bare,
  });
}

async function slideOf(explorer: Explorer, kind: ChartKind): Promise<Slide> {
  const ctx = chartContext(explorer);
  const { svg, width, height } = await standalone(explorer, kind, { bare: true });
  const theme = currentTheme();
  return {
    title: chartTitle(kind, ctx),
    svg,
    width,
    height,
    altText: chartTitle(kind, ctx),
    source: explorer.framework!.source.attribution,
    background: theme.background,
    ink: theme.ink,
  };
}

export async function exportChart(
  explorer: Explorer,
  kind: ChartKind,
  format: ExportFormat,
  options: ExportOptions = {},
): Promise<{ blob: Blob; fileName: string }> {
  const ctx = chartContext(explorer);
  const fileName = (extension: string) => chartFileName(kind, ctx, extension);
  switch (format) {
    case 'csv': {
      const { header, rows } = chartTable(kind, ctx);
      return {
        blob: new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' }),
        fileName: fileName('csv'),
      };
    }
    case 'svg': {
      const { svg } = await standalone(explorer, kind);
      return { blob: new Blob([svg], { type: SVG_MIME }), fileName: fileName('svg') };
    }
    case 'png': {
      const scale = options.scale ?? 2;
      const { svg, width, height } = await standalone(explorer, kind, options);
      const suffix = `${scale}x${options.transparent ? '-transparent' : ''}`;
      return { blob: await svgToPng(svg, width, height, scale), fileName: fileName(`${suffix}.png`) };
    }
    case 'pdf': {
      const { svg, width, height } = await standalone(explorer, kind);
      return { blob: await svgToPdf(svg, width, height), fileName: fileName('pdf') };
    }
    case 'pptx':
      return { blob: await slidesToPptx([await slideOf(explorer, kind)]), fileName: fileName('pptx') };
  }
}

/** A PNG for the clipboard, at 2×. */
export async function chartPng(explorer: Explorer, kind: ChartKind): Promise<Blob> {
  const { svg, width, height } = await standalone(explorer, kind);
  return svgToPng(svg, width, height, 2);
}

/**
 * One deck with a slide per chart, each in its current state. Reports progress after each step
 * and yields to the browser between steps, so the page stays responsive.
 */
export async function exportDeck(
  explorer: Explorer,
  onProgress: (done: number, total: number) => void,
): Promise<{ blob: Blob; fileName: string }> {
  const kinds = CHART_KINDS.filter(
    (kind) => kind !== 'overview' || explorer.role!.levels.some((l) => l.track),
  );
  const total = kinds.length * 2;
  const slides: Slide[] = [];
  for (const kind of kinds) {
    slides.push(await slideOf(explorer, kind));
    onProgress(slides.length, total);
    await nextFrame();
  }
  const blob = await slidesToPptx(slides, async (done) => {
    onProgress(kinds.length + done, total);
    await nextFrame();
  });
  return { blob, fileName: `${explorer.role!.id}-all-views.pptx` };
}
