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
 * - versions: "what changed" between the 2025 framework and a version of it with 300 edits made by
 *   a seeded generator (tests/bench/versionEdits.ts): every role diffed, and the chart of the role
 *   with most changes drawn to its first paint;
 * - import: the full 2025 DDaT CSV parsed, converted, validated and indexed, against d3-dsv's
 *   csvParse alone on the same file; and the largest 2025 role's matrix render;
 * - large: a framework of 1,000 and of 10,000 skills loaded from a file, then every interaction
 *   of the tour (track, level, change marks, a skill pointed at, a step, the compare view, tables),
 *   timed as the interactions are (scripts/bench/large.ts);
 * - editor: a key that sets a cell in the editor's grid, and its undo, on a copy of the synthetic
 *   role (scripts/bench/editor.ts);
 * - size: the first load's JavaScript and CSS, gzipped, and all assets.
 *
 * Each part is a file in scripts/bench/, named in PARTS. `npm run bench -- first-chart` (or another
 * part's name) measures that part alone, prints it and leaves results.json as it is.
 */
import { spawn, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/chromium';
import { APP, HARNESS, root, type BenchRun } from './bench/stats';
import firstChart from './bench/firstChart';
import interactions from './bench/interactions';
import scale from './bench/scale';
import rating from './bench/rating';
import map from './bench/map';
import team from './bench/team';
import versions from './bench/versions';
import size from './bench/size';
import large from './bench/large';
import editor from './bench/editor';

/** The parts, in the order they run; `size` always runs. */
const PARTS: Record<string, (run: BenchRun) => Promise<void> | void> = {
  'first-chart': firstChart,
  interactions,
  scale,
  rating,
  map,
  team,
  versions,
  large,
  editor,
};
const only = process.argv[2];
if (only !== undefined && !(only in PARTS))
  throw new Error(`Measure one of ${Object.keys(PARTS).join(', ')}`);

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
  for (const [name, measure] of Object.entries(PARTS))
    if (only === undefined || only === name) await measure({ browser, results });
  size({ browser, results });

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
