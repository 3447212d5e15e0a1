/**
 * The benchmark's in-browser half (`npm run bench` builds and drives it): times the importers and
 * the matrix render with the app's own code, in headless Chromium. Not part of the app's build.
 */
import { csvParse } from 'd3-dsv';
import { flushSync, mount, unmount } from 'svelte';
import '../../src/app.css';
import Matrix from '../../src/charts/matrix/Chart.svelte';
import PathwayGraph from '../../src/charts/pathway/Chart.svelte';
import ProfileChart from '../../src/charts/profile/Chart.svelte';
import CareerMap from '../../src/charts/map/Chart.svelte';
import TeamHeatmap from '../../src/charts/team/Chart.svelte';
import TeamDetail from '../../src/components/team/TeamDetail.svelte';
import { Team } from '../../src/lib/state/team.svelte';
import { nearestMoves, roleLevels, stepsBetween } from '../../src/lib/model/closeness';
import { SelfAssessment } from '../../src/lib/state/selfAssessment.svelte';
import { assessmentOf } from '../../src/lib/model/assessment';
import { ratingsFromLevel } from '../../src/lib/model/gap';
import { Explorer, explorerContext } from '../../src/lib/state/explorer.svelte';
import { buildDdat2025Framework } from '../../src/lib/formats/sources/ddatSource';
import { validateFramework } from '../../src/lib/model/schema';
import { defaultViewState } from '../../src/lib/state/viewState';
import { indexRole } from '../../src/lib/model/framework';
import type { Framework } from '../../src/lib/model/types';
import ChangesChart from '../../src/charts/changes/Chart.svelte';
import { diffFrameworks, diffRole } from '../../src/lib/model/versionDiff';
import type { Versions } from '../../src/lib/state/versions.svelte';
import { editedFramework } from './versionEdits';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** Collects the garbage of earlier runs before a timed one (the benchmark's browser exposes `gc`). */
const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function parse(rolesText: string, skillsText: string, levelsText: string, runs: number) {
  const csv: number[] = [];
  const full: number[] = [];
  const withSkills: number[] = [];
  const importRoles = (skills: string | undefined) => {
    const t = performance.now();
    const { framework } = buildDdat2025Framework(rolesText, skills, levelsText);
    const valid = validateFramework(framework);
    for (const role of valid.roles) indexRole(valid, role);
    return performance.now() - t;
  };
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    csvParse(rolesText);
    csv.push(performance.now() - t);
    // The same file: the roles CSV alone, parsed, converted, validated and indexed.
    full.push(importRoles(undefined));
    withSkills.push(importRoles(skillsText));
    await nextPaint();
  }
  return {
    csvParseMs: median(csv),
    importMs: median(full),
    ratio: median(full) / median(csv),
    importWithSkillsCsvMs: median(withSkills),
  };
}

/**
 * Mounts the matrix alone for a role and times mount → DOM ready (work) and → next painted frame.
 * Every cell (as exports and print draw it), or `onPage`: as the page draws it, in a window-sized
 * scrolling box (only the cells in view of a large matrix).
 */
async function renderMatrix(data: Framework, roleId: string, runs: number, onPage = false) {
  const framework = validateFramework(data);
  const work: number[] = [];
  const painted: number[] = [];
  let cells = 0;
  for (let i = 0; i < runs; i++) {
    const explorer = new Explorer();
    explorer.load(framework, { ...defaultViewState(framework), roleId });
    const target = document.getElementById(onPage ? 'page' : 'stage')!;
    collect();
    const t = performance.now();
    const component = mount(Matrix, { target, props: { onPage }, context: explorerContext(explorer) });
    flushSync();
    target.getBoundingClientRect();
    work.push(performance.now() - t);
    await nextPaint();
    painted.push(performance.now() - t);
    cells = target.querySelectorAll('[role="gridcell"]').length;
    if (!onPage) markup = target.innerHTML;
    unmount(component);
    await nextPaint();
  }
  return { workMs: median(work), paintedMs: median(painted), cells };
}

/** The markup of the last matrix drawn with every cell, for `renderMarkup`. */
let markup = '';

/**
 * The limit for `renderMatrix` at a size: the same markup as the last matrix it drew with every
 * cell, set as HTML (parsed by the browser, no script), timed the same way.
 */
async function renderMarkup(runs: number) {
  const work: number[] = [];
  const painted: number[] = [];
  const target = document.getElementById('stage')!;
  for (let i = 0; i < runs; i++) {
    collect();
    const t = performance.now();
    target.innerHTML = markup;
    target.getBoundingClientRect();
    work.push(performance.now() - t);
    await nextPaint();
    painted.push(performance.now() - t);
    target.replaceChildren();
    await nextPaint();
  }
  return { workMs: median(work), paintedMs: median(painted) };
}

/**
 * Rating a skill with the charts that show you on screen: the matrix (as the page draws it), the
 * pathway and the profile. Times a rating's update (the state changed, every chart redrawn, style
 * and layout) and to the next painted frame, alternating two proficiencies of skills in turn.
 */
async function rateAndRender(
  data: Framework,
  roleId: string,
  runs: number,
  drawn: ('matrix' | 'pathway' | 'profile')[] = ['matrix', 'pathway', 'profile'],
) {
  const framework = validateFramework(data);
  const explorer = new Explorer();
  explorer.load(framework, { ...defaultViewState(framework), roleId });
  const keeper = new SelfAssessment(explorer);
  explorer.selfAssessment = keeper;
  const index = explorer.index!;
  const middle = index.role.levels[Math.floor(index.role.levels.length / 2)];
  explorer.assessment = assessmentOf(index, ratingsFromLevel(index, middle), { date: '2026-12-01' });
  const target = document.getElementById('page')!;
  const context = explorerContext(explorer);
  const components = { matrix: Matrix, pathway: PathwayGraph, profile: ProfileChart };
  const charts = drawn.map((name) => mount(components[name], { target, props: { onPage: true }, context }));
  flushSync();
  await nextPaint();
  const scale = [null, ...[...framework.proficiencies].sort((a, b) => a.rank - b.rank).map((p) => p.id)];
  const work: number[] = [];
  const painted: number[] = [];
  for (let i = 0; i < runs; i++) {
    const skill = index.role.skills[(i * 7) % index.role.skills.length];
    collect();
    const t = performance.now();
    void keeper.rate(skill.id, scale[i % scale.length]);
    flushSync();
    target.getBoundingClientRect();
    work.push(performance.now() - t);
    await nextPaint();
    painted.push(performance.now() - t);
  }
  const cells = target.querySelectorAll('[role="gridcell"]').length;
  for (const chart of charts) unmount(chart);
  return { workMs: median(work), paintedMs: median(painted), worstMs: Math.max(...painted), cells };
}

/**
 * The career map: the distance between every pair of the framework's role levels, every level's
 * nearest move (the overview, with its skills), the map
 * mounted to its first painted frame (its layout and the moves from one level included), and
 * levels pointed at in turn. Each run reads the framework afresh, as a page load would: the role
 * levels' ranks are worked out once per framework.
 */
async function careerMap(data: Framework, roleId: string, runs: number) {
  const pairs: number[] = [];
  const work: number[] = [];
  const painted: number[] = [];
  const pointed: number[] = [];
  const overview: number[] = [];
  let levels = 0;
  let drawnLevels = 0;
  for (let i = 0; i < runs; i++) {
    const framework = validateFramework(data);
    collect();
    let t = performance.now();
    const all = roleLevels(framework);
    for (const from of all) for (const to of all) if (from !== to) stepsBetween(from, to);
    pairs.push(performance.now() - t);
    // The overview (`all=1`): each level's nearest move sideways or up, the skills of each listed.
    t = performance.now();
    nearestMoves(framework, 6);
    overview.push(performance.now() - t);
    levels = all.length;
    const explorer = new Explorer();
    explorer.load(framework, { ...defaultViewState(framework), roleId, view: 'moves' });
    const target = document.getElementById('page')!;
    collect();
    t = performance.now();
    const chart = mount(CareerMap, { target, props: { onPage: true }, context: explorerContext(explorer) });
    flushSync();
    target.getBoundingClientRect();
    work.push(performance.now() - t);
    await nextPaint();
    painted.push(performance.now() - t);
    // Pointing at levels in turn: each shows its own moves (priced then), to the next painted frame.
    const nodes = [...target.querySelectorAll<SVGGElement>('g.node')];
    for (let k = 0; k < 8 && nodes.length > 0; k++) {
      const node = nodes[(k * 7) % nodes.length];
      t = performance.now();
      node.dispatchEvent(new PointerEvent('pointerenter'));
      flushSync();
      target.getBoundingClientRect();
      await nextPaint();
      pointed.push(performance.now() - t);
      node.dispatchEvent(new PointerEvent('pointerleave'));
      flushSync();
      await nextPaint();
    }
    drawnLevels = nodes.length;
    unmount(chart);
    await nextPaint();
  }
  return {
    levels,
    drawnLevels,
    allPairsMs: median(pairs),
    overviewMs: median(overview),
    mapWorkMs: median(work),
    mapPaintedMs: median(painted),
    pointMs: median(pointed),
    pointWorstMs: Math.max(...pointed),
  };
}

/** One interaction's times, each to the end of its work and to its painted frame. */
class Timed {
  work: number[] = [];
  painted: number[] = [];
}

/**
 * A team: its long CSV read (parsed, names looked up, gathered), its heatmap's grid worked out and
 * the heatmap mounted as the page draws it (rows in view only), to its first painted frame; then
 * sorting, filtering and pointing at a cell, each to the next painted frame; and the heap it holds.
 */
async function team(data: Framework, csv: string, runs: number) {
  const framework = validateFramework(data);
  const target = document.getElementById('page')!;
  const loads: number[] = [];
  const reads: number[] = [];
  const blocked: number[] = [];
  const timed = { sort: new Timed(), filter: new Timed(), highlight: new Timed() };
  let heap = 0;
  let drawn = 0;
  let people = 0;
  for (let i = 0; i < runs; i++) {
    const explorer = new Explorer();
    explorer.load(framework, { ...defaultViewState(framework), view: 'team' });
    explorer.userFrameworks = [framework];
    const keeper = new Team(explorer);
    explorer.team = keeper;
    // The file as the page would have it from the file picker (made before the clock starts).
    const file = new File([csv], 'team.csv', { type: 'text/csv' });
    collect();
    const before = (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
    // The longest task the main thread ran while the team loaded: how long a frame was blocked.
    // Only tasks that start from now on count: this one set up the run, and before it the page
    // received the file's text from the benchmark (tens of megabytes for 10,000 people), which a
    // person's file picker never does.
    const tasks: number[] = [];
    const from = performance.now();
    const observer = new PerformanceObserver((list) =>
      tasks.push(...list.getEntries().flatMap((e) => (e.startTime >= from ? [e.duration] : []))),
    );
    observer.observe({ type: 'longtask' });
    await nextPaint();
    const t = performance.now();
    // As a file chosen (a large one is read in a worker), then until its heatmap is worked out.
    await keeper.add([file]);
    while (!keeper.shown) await nextPaint();
    const grid = keeper.shown;
    reads.push(performance.now() - t);
    people = grid.rows.length;
    const chart = mount(TeamHeatmap, { target, props: { onPage: true }, context: explorerContext(explorer) });
    const detail = mount(TeamDetail, { target, props: { team: keeper }, context: explorerContext(explorer) });
    flushSync();
    target.getBoundingClientRect();
    await nextPaint();
    loads.push(performance.now() - t);
    await nextPaint();
    observer.disconnect();
    blocked.push(Math.max(0, ...tasks));
    drawn = target.querySelectorAll('[role="gridcell"]').length;
    collect();
    heap = ((performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) - before;
    const skills = explorer.index!.role.skills;
    // As the interactions are timed on the app: the change made at the start of a frame, `work` to
    // the end of its script, style and layout, `painted` to the end of that frame (its paint included).
    const step = (record: Timed, change: () => void) =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => {
          const start = performance.now();
          change();
          flushSync();
          document.body.getBoundingClientRect();
          const work = performance.now() - start;
          setTimeout(() => {
            record.work.push(work);
            record.painted.push(performance.now() - start);
            resolve();
          }, 0);
        }),
      );
    for (let k = 0; k < 10; k++) {
      await step(
        timed.sort,
        () => (explorer.teamSort = k % 2 ? 'steps' : `skill:${skills[k % skills.length].id}`),
      );
      await step(timed.filter, () => (keeper.filter = k % 2 ? '' : `Colleague 0${k}`));
      await step(
        timed.highlight,
        () => (keeper.pointed = { number: 1 + k, skillId: skills[k % skills.length].id }),
      );
    }
    unmount(detail);
    unmount(chart);
    await nextPaint();
  }
  const summary = ({ work, painted }: Timed) => ({
    medianMs: median(painted),
    worstMs: Math.max(...painted),
    workMedianMs: median(work),
    workWorstMs: Math.max(...work),
  });
  return {
    people,
    drawnCells: drawn,
    readMs: median(reads),
    loadAndFirstRenderMs: median(loads),
    longestTaskMs: Math.max(...blocked),
    heapMb: Math.round((heap / 1024 / 1024) * 10) / 10,
    sort: summary(timed.sort),
    filter: summary(timed.filter),
    highlight: summary(timed.highlight),
  };
}

declare global {
  interface Window {
    bench: {
      parse: typeof parse;
      renderMatrix: typeof renderMatrix;
      renderMarkup: typeof renderMarkup;
      rateAndRender: typeof rateAndRender;
      careerMap: typeof careerMap;
      team: typeof team;
      versionChanges: typeof versionChanges;
      ready: boolean;
    };
  }
}
/**
 * "What changed": the diff of all the roles of `data` against a later version of it with `edits`
 * edits (tests/bench/versionEdits.ts), and the chart of the role with most changes mounted, to its
 * DOM (work) and to the next painted frame.
 */
async function versionChanges(data: Framework, edits: number, runs: number) {
  const before = validateFramework(data);
  const { framework: after, made } = editedFramework(before, edits);
  const diffed: number[] = [];
  const work: number[] = [];
  const painted: number[] = [];
  let changed = 0;
  let role = after.roles[0];
  for (let i = 0; i < runs; i++) {
    collect();
    let t = performance.now();
    const diff = diffFrameworks(before, after);
    diffed.push(performance.now() - t);
    changed = diff.counts.changed;
    role = after.roles
      .map((r, k) => ({ r, n: diffRole(before, before.roles[k], after, r).counts.changed }))
      .sort((a, b) => b.n - a.n)[0].r;
    const explorer = new Explorer();
    explorer.load(after, { ...defaultViewState(after), roleId: role.id, view: 'compare' });
    const shown = {
      before: {
        framework: before,
        role: before.roles.find((r) => r.id === role.id)!,
        version: { frameworkId: before.id, date: '2025', label: '2025' },
      },
      after: {
        framework: after,
        role,
        version: { frameworkId: after.id, date: '2026', label: '2026 (edited)' },
      },
    };
    explorer.versions = {
      shown: { ...shown, diff: diffRole(before, shown.before.role, after, role) },
    } as unknown as Versions;
    const target = document.getElementById('page')!;
    collect();
    t = performance.now();
    const chart = mount(ChangesChart, {
      target,
      props: { onPage: true },
      context: explorerContext(explorer),
    });
    flushSync();
    target.getBoundingClientRect();
    work.push(performance.now() - t);
    await nextPaint();
    painted.push(performance.now() - t);
    unmount(chart);
    await nextPaint();
  }
  return {
    roles: after.roles.length,
    edits: made,
    requirementsChanged: changed,
    chartRole: role.name,
    diffAllRolesMs: median(diffed),
    chartWorkMs: median(work),
    chartPaintedMs: median(painted),
  };
}

window.bench = {
  parse,
  renderMatrix,
  renderMarkup,
  rateAndRender,
  careerMap,
  team,
  versionChanges,
  ready: true,
};
