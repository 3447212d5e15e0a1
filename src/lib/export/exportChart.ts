/**
 * Exports a chart as it is now (track filter, change marks, highlighted skill, compare pair) in
 * any format, and all charts as one deck. Loaded on demand: nothing here is in the first page load.
 */
import type { Explorer } from '../state/explorer.svelte';
import type { ChartKind } from '../charts/kinds';
import type { ChartContext } from '../charts/types';
import type { Source } from '../model/types';
import { sourceLine } from '../model/source';
import { versionOf } from '../model/lineage';
import { dateWords } from '../model/loadedVersions';
import { CHARTS, chartFileName, chartLegend, chartSummary, chartPages, chartTitle } from '../charts/registry';
import { deckFileName, deckPlan } from '../charts/deck';
import { composeStandaloneSvg, type ExportTheme } from './standaloneSvg';
import { nextFrame, svgToPng } from './formats';
import { slidesToPptx, type DeckSlide, type PictureSlide } from './pptx';
import { nativeSlides } from '../slides/nativeSlides';
import { withFields } from '../charts/context';
import {
  exportFormat,
  type ExportFormat,
  type ExportOptions,
  type SlideStyle,
  type Writer,
  type Written,
} from '../formats/exports';

/**
 * Draws a chart as the app would now and gives its inlined SVG markup and size: the components
 * are the caller's (`components/charts/renderChart.ts`), since nothing in src/lib imports one.
 */
export type ChartRenderer = (
  explorer: Explorer,
  kind: ChartKind,
  /** One of the chart's pages (`chartPages`), when not the chart as the view shows it. */
  page?: ChartContext,
) => Promise<{ markup: string; width: number; height: number }>;

/**
 * The view's context, as exports draw it: the team's people as Person 1, Person 2, … unless names
 * in exports were asked for (whatever the page shows).
 */
function chartContext(explorer: Explorer): ChartContext {
  const ctx = explorer.chartContext!;
  const team = ctx.team;
  if (team && !team.anonymise && !explorer.team?.namesInExports)
    return withFields(ctx, { team: { ...team, anonymise: true } });
  return ctx;
}

/**
 * A file's ending with the theme it is drawn in, unless light ("matrix.dark.pdf", "matrix.pdf"), so
 * that a light and a dark export of one chart do not collide in Downloads; data (CSV) has no theme.
 */
export function themedEnding(explorer: { appliedTheme: string }, ending: string): string {
  return explorer.appliedTheme === 'light' || ending === 'csv'
    ? ending
    : `${explorer.appliedTheme}.${ending}`;
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

async function standalone(
  explorer: Explorer,
  kind: ChartKind,
  render: ChartRenderer,
  options: ExportOptions & { bare?: boolean } = {},
  page?: ChartContext,
) {
  const ctx = page ?? chartContext(explorer);
  const chart = await render(explorer, kind, ctx);
  return composeStandaloneSvg({
    title: chartTitle(kind, ctx),
    // A picture slide says the summary as its own text.
    summary: options.bare ? undefined : chartSummary(kind, ctx),
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

async function pictureOf(
  explorer: Explorer,
  kind: ChartKind,
  render: ChartRenderer,
  page?: ChartContext,
): Promise<PictureSlide> {
  const ctx = page ?? chartContext(explorer);
  const { svg, width, height } = await standalone(explorer, kind, render, { bare: true }, page);
  const theme = currentTheme();
  return {
    title: chartTitle(kind, ctx),
    svg,
    width,
    height,
    altText: chartTitle(kind, ctx),
    summary: chartSummary(kind, ctx),
    notes: CHARTS[kind].describe(ctx),
    source: explorer.framework!.source.attribution,
    background: theme.background,
    ink: theme.ink,
  };
}

/** The chart's pages: its own (`chartPages`), or undefined for the chart as it is. */
function pagesOf(explorer: Explorer, kind: ChartKind): (ChartContext | undefined)[] {
  const pages = chartPages(kind, chartContext(explorer));
  return pages.length > 1 ? pages : [undefined];
}

/**
 * A chart's slides: native (one or more: a large matrix splits), or a picture of each of its pages
 * (a portrait chart's are native in either style).
 */
async function slidesOf(
  explorer: Explorer,
  kind: ChartKind,
  render: ChartRenderer,
  style: SlideStyle,
): Promise<DeckSlide[]> {
  // A page (the career conversation) as a picture on a 16:9 slide would be too small to read: its
  // slide is the native one, whichever style the deck is in.
  if (style === 'picture' && !CHARTS[kind].portrait) {
    const slides: DeckSlide[] = [];
    for (const page of pagesOf(explorer, kind))
      slides.push({ picture: await pictureOf(explorer, kind, render, page) });
    return slides;
  }
  const slides = nativeSlides(
    kind,
    chartContext(explorer),
    explorer.framework!.source.attribution,
    currentTheme(),
  );
  return slides.map((native) => ({ native }));
}

/** Each writer in formats/write/, by its module's name (EXPORT_FORMATS names them). */
const WRITERS = Object.fromEntries(
  Object.entries(
    import.meta.glob<{ default: Writer }>(['../formats/write/*.ts', '!../formats/write/*.test.ts'], {
      eager: true,
    }),
  ).map(([path, module]) => [path.replace(/^.*\/|\.ts$/g, ''), module.default]),
);

export async function exportChart(
  explorer: Explorer,
  kind: ChartKind,
  format: ExportFormat,
  render: ChartRenderer,
  options: ExportOptions = {},
): Promise<Written> {
  const ctx = chartContext(explorer);
  return WRITERS[exportFormat(format).writer]({
    kind,
    format,
    ctx,
    options,
    fileName: (ending) => chartFileName(kind, ctx, themedEnding(explorer, ending)),
    standalone: (drawn, page) => standalone(explorer, kind, render, drawn, page),
    pages: () => pagesOf(explorer, kind),
    slides: (style) => slidesOf(explorer, kind, render, style),
    background: currentTheme().background,
  });
}

/** A PNG for the clipboard, at 2×. */
export async function chartPng(explorer: Explorer, kind: ChartKind, render: ChartRenderer): Promise<Blob> {
  const { svg, width, height } = await standalone(explorer, kind, render);
  return svgToPng(svg, width, height, 2);
}

/**
 * One deck with a slide per chart of the deck the person built (every chart that applies, unless
 * they chose), each in its current state; the cover's notes say what it leaves out. Reports progress after each step
 * and yields to the browser between steps, so the page stays responsive.
 */
export async function exportDeck(
  explorer: Explorer,
  render: ChartRenderer,
  onProgress: (done: number, total: number) => void,
  style: SlideStyle = 'native',
): Promise<{ blob: Blob; fileName: string }> {
  const ctx = chartContext(explorer);
  const plan = deckPlan(
    explorer.deck,
    (kind) => CHARTS[kind].applies(ctx),
    (kind) => CHARTS[kind].describe(ctx),
  );
  const kinds = plan.slides;
  if (kinds.length === 0) throw new Error('none of the charts chosen says anything for this role.');
  const slides: DeckSlide[] = [];
  for (const [i, kind] of kinds.entries()) {
    slides.push(...(await slidesOf(explorer, kind, render, style)));
    onProgress(i + 1, kinds.length * 2);
    await nextFrame();
  }
  const framework = explorer.framework!;
  const theme = currentTheme();
  const left = plan.left.map(({ kind, why }) => `No ${CHARTS[kind].name.toLowerCase()} slide: ${why}`);
  // The cover holds what the talk is about and one line of source and licence; what the deck
  // leaves out, and why, is for the speaker, in the notes.
  const version = versionOf(framework.id)?.label;
  const cover = {
    title: explorer.role!.name,
    subtitle: version ? `${framework.name}, version of ${version}` : framework.name,
    lines: [
      `Made with Pathway Explorer on ${dateWords(new Date().toISOString().slice(0, 10))}.`,
      coverSourceLine(framework.source),
    ],
    notes: [...left, framework.source.attribution].join('\n'),
    background: theme.background,
    ink: theme.ink,
  };
  const blob = await slidesToPptx(
    slides,
    async (done) => {
      onProgress(kinds.length + (done / slides.length) * kinds.length, kinds.length * 2);
      await nextFrame();
    },
    cover,
  );
  return {
    blob,
    fileName: `${explorer.role!.id}-${deckFileName(explorer.deck)}${style === 'picture' ? '.picture' : ''}.${themedEnding(explorer, 'pptx')}`,
  };
}

/** The cover's one line of source and licence: which publication, where, and its licence. */
export function coverSourceLine(source: Source): string {
  const line = sourceLine(source);
  const title = [line.title?.text, line.details].filter(Boolean).join(', ');
  return [
    title ? `Source: ${title}${source.url.trim() ? ` (${source.url.trim()})` : ''}.` : '',
    source.licence.trim() ? `Licence: ${source.licence.trim()}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
