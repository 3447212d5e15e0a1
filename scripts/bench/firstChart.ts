/** `npm run bench -- first-chart`: see scripts/bench.ts for what it measures. */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { LIVE_MARK } from '../../src/lib/state/paintTiming';
import { APP, median, quartiles, root, round, type BenchRun } from './stats';

/** The prerendered page as it paints with no script: no scripts, no preloads of the app's files. */
const withoutScript = (html: string) =>
  html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');

/** In the page: when the app's live mark was set (it waits for it). */
const whenLive = (name: string) =>
  new Promise<number>((resolve) => {
    new PerformanceObserver((list) => {
      const mark = list.getEntries().find((entry) => entry.name === name);
      if (mark) resolve(mark.startTime);
    }).observe({ type: 'mark', buffered: true });
  });

/** The page without its matrix: the first `<svg>` whose classes include "matrix", and its content. */
function withoutMatrix(html: string): string {
  const shell = html.replace(/<svg class="[^"]*\bmatrix\b[^"]*"[\s\S]*?<\/svg>/, '');
  if (shell === html || shell.includes('role="gridcell"'))
    throw new Error('The bench could not take the matrix out of the page.');
  return shell;
}

export default async function measure({ browser, results }: BenchRun): Promise<void> {
  // First chart: the app against a static page of the same SVG. A third page, the prerendered app
  // page without the matrix and without script, shows what the page around the chart costs. A
  // fourth, the prerendered app page as it is but without its script, is the limit for being live:
  // the app is live (its `pathway-explorer:live` mark) against that page's first paint.
  const setup = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await setup.goto(`http://127.0.0.1:${APP}/`);
  await setup.locator('svg.matrix').waitFor();
  const svg = await setup.locator('svg.matrix').evaluate((el) => el.outerHTML);
  await setup.close();
  const appPage = readFileSync(new URL('dist/index.html', root), 'utf8');
  // The static page carries the app's styles as the app's page does (inlined).
  const styles = [...appPage.matchAll(/<style>[\s\S]*?<\/style>|<link rel="stylesheet"[^>]*>/g)]
    .map((m) => m[0])
    .join('');
  const benchPages = {
    static: `<!doctype html><html lang="en-GB"><head><meta charset="UTF-8"><title>static</title>${styles}</head><body>${svg}</body></html>`,
    // The matrix's <svg> is "chart-frame matrix …" (ChartFrame's class first): matched on its
    // class list, and checked, so that this page never silently keeps the chart.
    shell: withoutScript(withoutMatrix(appPage)),
    scriptFree: withoutScript(appPage),
  };
  for (const [name, html] of Object.entries(benchPages)) {
    writeFileSync(new URL(`dist/bench-${name}.html`, root), html);
  }
  const firstPaint: Record<keyof typeof benchPages | 'app', number[]> = {
    app: [],
    static: [],
    shell: [],
    scriptFree: [],
  };
  const live: number[] = [];
  const runs = 30;
  for (let run = 0; run < runs; run++) {
    for (const which of ['app', 'static', 'shell', 'scriptFree'] as const) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${APP}/${which === 'app' ? '' : `bench-${which}.html`}`);
      // The app marks "matrix-painted" when Element Timing reports its matrix's last cell painted;
      // the static page holds the same SVG, so the same entry times it. The page without the
      // chart has only its first contentful paint.
      firstPaint[which].push(
        await page.evaluate(
          (kind) =>
            new Promise<number>((resolve) => {
              const [type, name] =
                kind === 'app'
                  ? ['mark', 'matrix-painted']
                  : kind === 'static'
                    ? ['element', 'matrix-painted']
                    : ['paint', 'first-contentful-paint'];
              new PerformanceObserver((list) => {
                for (const entry of list.getEntries() as (PerformanceEntry & {
                  identifier?: string;
                  renderTime?: number;
                })[]) {
                  if ((entry.identifier ?? entry.name) === name) resolve(entry.renderTime || entry.startTime);
                }
              }).observe({ type, buffered: true });
            }),
          which,
        ),
      );
      if (which === 'app') live.push(await page.evaluate(whenLive, LIVE_MARK));
      await context.close();
    }
  }
  for (const name of Object.keys(benchPages)) rmSync(new URL(`dist/bench-${name}.html`, root));
  results.firstChart = {
    runs,
    appMs: round(median(firstPaint.app)),
    staticMs: round(median(firstPaint.static)),
    appMiddleHalfMs: quartiles(firstPaint.app),
    staticMiddleHalfMs: quartiles(firstPaint.static),
    ratio: round(median(firstPaint.app) / median(firstPaint.static)),
    pageWithoutChartMs: round(median(firstPaint.shell)),
  };
  results.live = {
    runs,
    liveMs: round(median(live)),
    scriptFreeFirstPaintMs: round(median(firstPaint.scriptFree)),
    liveMiddleHalfMs: quartiles(live),
    scriptFreeMiddleHalfMs: quartiles(firstPaint.scriptFree),
    ratio: round(median(live) / median(firstPaint.scriptFree)),
  };
}
