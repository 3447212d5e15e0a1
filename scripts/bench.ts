/**
 * `npm run bench`: measures speed and size in headless Chromium and prints the figures (never
 * asserted in tests: these machines are noisy). Writes tests/bench/results.json too, so a later
 * run can be compared with this one.
 *
 * - first chart: navigation → matrix painted (the app's "matrix-painted" mark: Element Timing's
 *   report of the matrix's last cell painted), against the same report on a static HTML page holding
 *   the same matrix SVG and the app's styles, alternated, 30 runs each (medians, and the middle half
 *   of the runs, since single runs vary by ±20 ms on a 2-core machine);
 * - interactions: track switch, level selection, change toggle, skill highlight, each started at the
 *   beginning of a frame and timed to the end of that frame, its paint included (and, as `work`, to
 *   the end of its script, style and layout), 50 each, on the DevOps role and on a synthetic
 *   framework of 60 skills × 12 levels × 3 tracks, with the matrix in view;
 * - scale: the matrix render for 1×, 4× and 16× the synthetic framework's cells, every cell drawn
 *   (as exports and print draw it) and as the page draws it (only the cells in view); and, as its
 *   limit, the same markup set as HTML (no script);
 * - rating: a self-assessment's rating changed, with the matrix, the pathway and the profile chart
 *   showing you redrawn (state, DOM, style and layout; and to the next paint), 40 each, on DevOps and
 *   on the synthetic framework of 60 skills (in the harness, all three on screen at once); and, with
 *   the interactions, a radio clicked in "Where do I stand?" (the profile, the gap in words and the
 *   history redrawn), 40 each;
 * - map: every move between the 2025 framework's role levels priced (all pairs), and the career map
 *   mounted to its first paint; and the same for four times its roles;
 * - team: a synthetic team of 1,000 people × 40 skills (and 10,000) read from the long CSV and its
 *   heatmap drawn (rows in view), to the first paint, with the longest task and the heap it holds;
 *   then sorted, filtered and pointed at, 10 each, timed as the interactions are (from the start
 *   of a frame: `work` to the end of its script, style and layout, and to its painted frame);
 * - import: the full 2025 DDaT CSV parsed, converted, validated and indexed, against d3-dsv's
 *   csvParse alone on the same file; and the largest 2025 role's matrix render;
 * - size: the first load's JavaScript and CSS, gzipped, and all assets.
 *
 * `npm run bench -- first-chart` (or interactions, scale, rating, map) measures that part alone, prints it and
 * leaves results.json as it is.
 */
import { spawn, execSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { syntheticFramework } from '../tests/bench/synthetic';
import { syntheticTeam, teamLongCsv } from '../tests/bench/syntheticTeam';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { firstLoad } from './firstLoad';

const root = new URL('../', import.meta.url);
const APP = 4174;
const HARNESS = 4175;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const worst = (values: number[]) => Math.max(...values);
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1];
const round = (value: number) => Math.round(value * 100) / 100;
const quartiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((sorted.length * 3) / 4)]].map(round);
};
const parts = ['first-chart', 'interactions', 'scale', 'rating', 'map', 'team'] as const;
const only = process.argv[2] as (typeof parts)[number] | undefined;
if (only !== undefined && !parts.includes(only)) throw new Error(`Measure one of ${parts.join(', ')}`);
const measures = (part: (typeof parts)[number]) => only === undefined || only === part;

execSync('npm run build', { stdio: 'inherit', cwd: root });
execSync('npx vite build --config tests/bench/vite.config.ts', { stdio: 'inherit', cwd: root });

/**
 * Serves a build with `vite preview`, run by Node itself (through npx, killing the server would
 * leave vite running, holding its port for the next run, which then measured that server's files).
 */
function serve(port: number, outDir: string) {
  const vite = fileURLToPath(new URL('node_modules/vite/bin/vite.js', root));
  return spawn(
    process.execPath,
    [vite, 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  );
}
const servers = [serve(APP, 'dist'), serve(HARNESS, 'dist-bench')];
await new Promise((resolve) => setTimeout(resolve, 2500));

// `gc()` for the harness: each timed render starts from a collected heap, not paying for the
// garbage of the one before.
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
});

try {
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browser.version()}`,
  };

  if (measures('first-chart')) {
    // First chart: the app against a static page of the same SVG. A third page, the prerendered app
    // page without the matrix and without script, shows what the page around the chart costs.
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
      shell: appPage
        .replace(/<svg class="matrix[\s\S]*?<\/svg>/, '')
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, ''),
    };
    for (const [name, html] of Object.entries(benchPages)) {
      writeFileSync(new URL(`dist/bench-${name}.html`, root), html);
    }
    const firstPaint: Record<'app' | 'static' | 'shell', number[]> = { app: [], static: [], shell: [] };
    const runs = 30;
    for (let run = 0; run < runs; run++) {
      for (const which of ['app', 'static', 'shell'] as const) {
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
                    if ((entry.identifier ?? entry.name) === name)
                      resolve(entry.renderTime || entry.startTime);
                  }
                }).observe({ type, buffered: true });
              }),
            which,
          ),
        );
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
  }

  if (measures('interactions')) {
    // Interactions, on DevOps and on the synthetic framework.
    async function interactions(page: Page) {
      // tsx names functions with an __name helper that the page does not have.
      await page.evaluate('window.__name = (f) => f');
      return page.evaluate(async () => {
        const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
        const runs: Record<string, { work: number[]; painted: number[] }> = {};
        /**
         * Runs the action at the start of a frame and times its update: `work` to the end of its script,
         * style and layout, `painted` to the end of that frame (its paint included).
         */
        const time = (name: string, action: () => void) =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(async () => {
              const start = performance.now();
              action();
              await Promise.resolve(); // Svelte flushes its updates in a microtask
              document.body.getBoundingClientRect(); // style and layout
              const work = performance.now() - start;
              setTimeout(() => {
                const entry = (runs[name] ??= { work: [], painted: [] });
                entry.work.push(work);
                entry.painted.push(performance.now() - start);
                resolve();
              }, 0);
            });
          });
        const radios = [...document.querySelectorAll<HTMLInputElement>('input[name="track"]')];
        const headers = () => [...document.querySelectorAll<SVGElement>('svg.matrix [role="columnheader"]')];
        const cells = () => [...document.querySelectorAll<SVGElement>('svg.matrix [role="gridcell"]')];
        const toggle = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
          (input) => input.parentElement?.textContent?.includes('Mark changes'),
        )!;
        for (let i = 0; i < 50; i++) {
          await time('track', () => radios[i % 2 === 0 ? 1 : 0].click());
          await settle();
          await time('level', () =>
            headers()[1 + (i % (headers().length - 1))].dispatchEvent(
              new MouseEvent('click', { bubbles: true }),
            ),
          );
          await settle();
          await time('changes', () => toggle.click());
          await settle();
          const list = cells();
          await time('highlight', () =>
            list[(i * 37) % list.length].dispatchEvent(new PointerEvent('pointerover', { bubbles: true })),
          );
          await settle();
        }
        return runs;
      });
    }
    const summarise = (runs: Record<string, { work: number[]; painted: number[] }>) =>
      Object.fromEntries(
        Object.entries(runs).map(([name, { work, painted }]) => [
          name,
          {
            medianMs: round(median(painted)),
            p95Ms: round(p95(painted)),
            worstMs: round(worst(painted)),
            firstMs: round(painted[0]),
            workMedianMs: round(median(work)),
            workWorstMs: round(worst(work)),
          },
        ]),
      );

    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`http://127.0.0.1:${APP}/`);
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    await page.locator('input[name="track"]').first().waitFor();
    // Interactions are timed once the page has settled: the charts below the matrix are loaded a
    // moment after it, and a click in that moment also waits for them (see docs/speed.md).
    await page.locator('svg.trajectory').waitFor();
    await page.waitForTimeout(500);
    const devops = summarise(await interactions(page));
    await page.getByText('Load your own framework').click();
    await page.getByLabel('Choose files').setInputFiles({
      name: 'synthetic.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(syntheticFramework())),
    });
    await page.getByRole('heading', { level: 1, name: /Synthetic role/ }).waitFor();
    // The matrix fills the window, as when someone works through it.
    await page.locator('svg.matrix').evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
    const synthetic = summarise(await interactions(page));
    await page.close();
    results.interactions = { devops, synthetic };
    // Rating a skill in "Where do I stand?", on DevOps and on the synthetic framework: the radio
    // clicked, the profile chart, the gap in words and the history redrawn, to the end of the frame.
    const ratingPage = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await ratingPage.goto(`http://127.0.0.1:${APP}/?view=assess`);
    await ratingPage.waitForFunction(() => document.documentElement.dataset.ready === 'true');
    const rateInView = async () => {
      await ratingPage.getByRole('button', { name: 'Start my assessment' }).click();
      await ratingPage.locator('svg.profile').waitFor();
      await ratingPage.waitForTimeout(300);
      await ratingPage.evaluate('window.__name = (f) => f');
      return ratingPage.evaluate(async () => {
        const painted: number[] = [];
        const work: number[] = [];
        const groups = [...document.querySelectorAll('fieldset.skill')];
        for (let i = 0; i < 40; i++) {
          const radios = [
            ...groups[(i * 7) % groups.length].querySelectorAll<HTMLInputElement>('input[type="radio"]'),
          ];
          const choice = radios[(i % (radios.length - 1)) + 1] ?? radios[0];
          await new Promise<void>((resolve) =>
            requestAnimationFrame(async () => {
              const start = performance.now();
              choice.click();
              await Promise.resolve();
              document.body.getBoundingClientRect();
              work.push(performance.now() - start);
              setTimeout(() => {
                painted.push(performance.now() - start);
                resolve();
              }, 0);
            }),
          );
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return { work, painted };
      });
    };
    const inView = (runs: { work: number[]; painted: number[] }) => ({
      medianMs: round(median(runs.painted)),
      worstMs: round(worst(runs.painted)),
      workMedianMs: round(median(runs.work)),
    });
    const ratingDevops = inView(await rateInView());
    await ratingPage.getByText('Load your own framework').click();
    await ratingPage.getByLabel('Choose files').setInputFiles({
      name: 'synthetic.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(syntheticFramework())),
    });
    await ratingPage.getByRole('heading', { level: 1, name: /Synthetic role/ }).waitFor();
    const ratingSynthetic = inView(await rateInView());
    await ratingPage.close();
    results.ratingInView = { devops: ratingDevops, synthetic: ratingSynthetic };
  }

  if (measures('scale')) {
    // Harness: scale, import, the largest role.
    const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
    await harness.waitForFunction(() => window.bench?.ready);
    const scale: Record<string, unknown> = {};
    let previous: number | undefined;
    let previousMarkup: number | undefined;
    for (const factor of [1, 4, 16]) {
      const framework = syntheticFramework({ scale: factor });
      const result = await harness.evaluate(
        ([data, runs]) => window.bench.renderMatrix(data, 'synthetic-role', runs),
        [framework, factor === 16 ? 3 : 7] as const,
      );
      // The same markup as HTML, no script: the browser's own share, and how it grows.
      const markup = await harness.evaluate((runs) => window.bench.renderMarkup(runs), factor === 16 ? 3 : 7);
      const onPage = await harness.evaluate(
        ([data, runs]) => window.bench.renderMatrix(data, 'synthetic-role', runs, true),
        [framework, 7] as const,
      );
      scale[`${factor}x`] = {
        ...result,
        stepRatio: previous ? round(result.paintedMs / previous) : null,
        markup: {
          ...markup,
          stepRatio: previousMarkup ? round(markup.paintedMs / previousMarkup) : null,
        },
        overMarkup: round(result.paintedMs / markup.paintedMs),
        onPage,
      };
      previous = result.paintedMs;
      previousMarkup = markup.paintedMs;
    }
    results.scale = scale;

    const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
    results.import = await harness.evaluate(
      ([roles, skills, levels]) => window.bench.parse(roles, skills, levels, 15),
      [
        read('data/sources/ddat-framework-2025/roles.csv'),
        read('data/sources/ddat-framework-2025/skills.csv'),
        read('data/sources/skill-levels-2020.md'),
      ] as const,
    );
    const ddat = JSON.parse(read('static/data/ddat-2025.json'));
    const largest = ddat.roles.reduce(
      (a: { skills: unknown[]; levels: unknown[] }, b: { skills: unknown[]; levels: unknown[] }) =>
        b.skills.length * b.levels.length > a.skills.length * a.levels.length ? b : a,
    );
    results.largestRole = {
      role: largest.name,
      ...(await harness.evaluate(([data, id]) => window.bench.renderMatrix(data, id, 7), [
        ddat,
        largest.id,
      ] as const)),
    };
    await harness.close();
  }

  if (measures('rating')) {
    const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
    await harness.waitForFunction(() => window.bench?.ready);
    // Rating a skill: every chart that shows you redrawn, on DevOps and on 60 skills × 12 levels.
    const devopsData = JSON.parse(
      readFileSync(new URL('static/data/devops-engineer-2020.json', root), 'utf8'),
    );
    results.rating = {
      devops: await harness.evaluate(([data, id]) => window.bench.rateAndRender(data, id, 40), [
        devopsData,
        devopsData.roles[0].id,
      ] as const),
      synthetic: await harness.evaluate(([data]) => window.bench.rateAndRender(data, 'synthetic-role', 40), [
        syntheticFramework(),
      ] as const),
    };
    await harness.close();
  }

  if (measures('map')) {
    // The career map: all moves priced, and the map drawn, for the 2025 framework and for one of
    // four times its roles (each role copied under new ids).
    const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
    await harness.waitForFunction(() => window.bench?.ready);
    const ddat = JSON.parse(readFileSync(new URL('static/data/ddat-2025.json', root), 'utf8'));
    const fourFold = {
      ...ddat,
      id: 'ddat-2025-4x',
      roles: [0, 1, 2, 3].flatMap((copy: number) =>
        ddat.roles.map((role: { id: string; name: string }) =>
          copy === 0 ? role : { ...role, id: `${role.id}-${copy}`, name: `${role.name} ${copy}` },
        ),
      ),
    };
    const roleId = 'development-operations-devops-engineer';
    results.careerMap = {
      ddat2025: await harness.evaluate(([data, id]) => window.bench.careerMap(data, id, 5), [
        ddat,
        roleId,
      ] as const),
      fourFold: await harness.evaluate(([data, id]) => window.bench.careerMap(data, id, 3), [
        fourFold,
        roleId,
      ] as const),
    };
    await harness.close();
  }

  if (measures('team')) {
    // A synthetic team (tests/bench/syntheticTeam.ts): 1,000 people × 40 skills as the long CSV,
    // and a whole profession, 10,000 people (400,000 rows); read, gathered, drawn, then sorted,
    // filtered and pointed at.
    const harness = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await harness.goto(`http://127.0.0.1:${HARNESS}/harness.html`);
    await harness.waitForFunction(() => window.bench?.ready);
    const framework = syntheticFramework({ skills: 40 });
    const roleId = framework.roles[0].id;
    const csvOf = (people: number) =>
      teamLongCsv(framework, roleId, syntheticTeam(framework, { people, roleId }));
    results.team = {
      thousand: await harness.evaluate(([data, csv]) => window.bench.team(data, csv, 3), [
        framework,
        csvOf(1000),
      ] as const),
      tenThousand: await harness.evaluate(([data, csv]) => window.bench.team(data, csv, 1), [
        framework,
        csvOf(10000),
      ] as const),
    };
    await harness.close();
  }

  // Size of the first load.
  const dist = new URL('dist/', root);
  const first = firstLoad(dist);
  const gz = (file: string) => gzipSync(readFileSync(new URL(file, dist))).length / 1024;
  const all = readdirSync(new URL('assets/', dist))
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => `assets/${f}`);
  results.size = {
    initialJsKbGzip: round(first.javaScriptGzipKb),
    initialCssKbGzip: round(first.cssGzipKb),
    allAssetsKbGzip: round(all.reduce((sum, f) => sum + gz(f), 0)),
  };

  console.log(JSON.stringify(results, null, 2));
  if (only === undefined) {
    mkdirSync(new URL('tests/bench/', root), { recursive: true });
    writeFileSync(new URL('tests/bench/results.json', root), `${JSON.stringify(results, null, 2)}\n`);
    console.log('wrote tests/bench/results.json');
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill();
}
