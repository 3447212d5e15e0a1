/**
 * Native slides, checked as data: every item on the slide, every skill and level named verbatim,
 * large matrices split with their header repeated, the pathway's labels clear of its levels, the
 * charts' data what the framework asks for, and speaker notes in words.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { devopsFramework, withAssessment, withTeam, withVersions } from '../../../tests/unit/fixtures';
import { syntheticFramework } from '../../../tests/bench/synthetic';
import { arbitraryFramework } from '../../../tests/unit/arbitraryFramework';
import { Explorer } from '../state/explorer.svelte';
import { validateFramework } from '../model/schema';
import type { Framework } from '../model/types';
import { CHART_KINDS } from '../charts/kinds';
import { chartsThatApply } from '../charts/registry';
import { chunkBy } from './chunks';
import { nativeSlides } from './nativeSlides';
import { MIN_NODE_WIDTH } from '../../charts/pathway/slides';
import { MIN_TEXT_SIZE, SLIDE, type NativeSlide, type SlideItem, type TableItem } from './types';

const THEME = { background: '#ffffff', ink: '#1b1f24', inkSoft: '#4a5560' };
const DARK = { background: '#14181d', ink: '#e8ecf0', inkSoft: '#a9b4bf' };
const SOURCE =
  'Source: DDaT Capability Framework, CDDO. Contains public sector information licensed under the Open Government Licence v3.0.';

function explorerFor(framework: Framework, setup: (e: Explorer) => void = () => {}) {
  const explorer = new Explorer();
  explorer.load(framework);
  setup(explorer);
  return explorer;
}

/** An item's box: tables by their columns and rows, paths by their points. */
function box(item: SlideItem): { x: number; y: number; w: number; h: number } {
  switch (item.type) {
    case 'table':
      return { x: item.x, y: item.y, w: sum(item.colW), h: sum(item.rowH) };
    case 'path': {
      const points = [item.from, item.to, ...(item.controls ?? [])];
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      return {
        x: Math.min(...xs),
        y: Math.min(...ys),
        w: Math.max(...xs) - Math.min(...xs),
        h: Math.max(...ys) - Math.min(...ys),
      };
    }
    default:
      return item;
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function expectOnSlide(slide: NativeSlide) {
  for (const item of slide.items) {
    const b = box(item);
    const where = `${slide.title}: ${item.type} ${'name' in item ? item.name : ''}`;
    expect(b.x, where).toBeGreaterThanOrEqual(0);
    expect(b.y, where).toBeGreaterThanOrEqual(0);
    expect(b.x + b.w, where).toBeLessThanOrEqual(SLIDE.width + 1e-9);
    expect(b.y + b.h, where).toBeLessThanOrEqual(SLIDE.height + 1e-9);
    expect(b.w, where).toBeGreaterThanOrEqual(0);
    expect(b.h, where).toBeGreaterThanOrEqual(0);
  }
  // The title and the source line are text on every slide.
  expect(slide.items.some((item) => item.type === 'text' && item.name === 'Title')).toBe(true);
  expect(slide.items.some((item) => item.type === 'text' && item.text === SOURCE)).toBe(true);
  expect(slide.notes).toMatch(/\w{3}.*\./);
}

const overlaps = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
  a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6 && b.y < a.y + a.h - 1e-6;

function texts(slides: NativeSlide[]): string[] {
  return slides.flatMap((slide) =>
    slide.items.flatMap((item) =>
      item.type === 'text'
        ? [item.text]
        : item.type === 'table'
          ? item.rows.flat().map((cell) => cell.text)
          : item.type === 'chart'
            ? item.series.flatMap((s) => [s.name, ...s.labels])
            : item.type === 'shape' && item.text
              ? [item.text]
              : [],
    ),
  );
}

const devops = devopsFramework();
const STATES: [string, (e: Explorer) => void][] = [
  ['as it opens', () => {}],
  ['with changes', (e) => (e.showChanges = true)],
  [
    'on the technical track with changes',
    (e) => {
      e.setTrack('technical');
      e.showChanges = true;
    },
  ],
  [
    'with you, a team of eight and the version it follows',
    (e) => {
      withAssessment(e);
      e.showGap = true;
      withTeam(e, 8);
      withVersions(e);
    },
  ],
];

describe.each(STATES)('the DevOps role %s', (_, setup) => {
  const explorer = explorerFor(devops, setup);
  const ctx = explorer.chartContext!;
  const role = ctx.index.role;

  it.each(chartsThatApply(ctx))('puts every item of its %s slides on the slide, in both themes', (kind) => {
    for (const theme of [THEME, DARK]) {
      const slides = nativeSlides(kind, ctx, SOURCE, theme);
      expect(slides.length).toBeGreaterThan(0);
      for (const slide of slides) {
        expectOnSlide(slide);
        expect(slide.background).toBe(theme.background);
      }
    }
  });

  it.each(chartsThatApply(ctx))('sets no type on its %s slides under 9 points', (kind) => {
    for (const slide of nativeSlides(kind, ctx, SOURCE, THEME))
      for (const item of slide.items)
        if ('size' in item && item.size !== undefined)
          expect(item.size, `${slide.title}: ${item.type} ${item.name ?? ''}`).toBeGreaterThanOrEqual(
            MIN_TEXT_SIZE,
          );
  });

  it('names every skill and every level of the matrix verbatim, with their proficiencies', () => {
    const slides = nativeSlides('matrix', ctx, SOURCE, THEME);
    const all = texts(slides);
    for (const skill of role.skills) expect(all).toContain(skill.name);
    for (const level of ctx.levels) expect(all).toContain(level.name);
    const cells = slides
      .flatMap((s) => s.items.filter((i): i is TableItem => i.type === 'table'))
      .flatMap((t) => t.rows.flat());
    for (const requirement of role.requirements.filter((r) => ctx.levels.some((l) => l.id === r.levelId))) {
      const name = ctx.index.proficiency(requirement.proficiency)!.name;
      expect(cells.some((cell) => cell.text.split('\n')[0] === name)).toBe(true);
    }
  });
});

describe('the matrix table', () => {
  const ctx = explorerFor(devops, (e) => (e.showChanges = true)).chartContext!;
  const slides = nativeSlides('matrix', ctx, SOURCE, THEME);
  const tables = slides.map((slide) => slide.items.find((i): i is TableItem => i.type === 'table')!);

  it('is one slide at DevOps size (10 skills × 9 columns) with its change marks, each skill once', () => {
    expect(slides).toHaveLength(1);
    expect(slides[0].title).toBe(
      'Development operations (DevOps) engineer: skills by level, with changes from the previous level',
    );
    const skills = tables[0].rows.slice(3).map((row) => row[0].text);
    expect(skills).toEqual(ctx.index.role.skills.map((s) => s.name));
    expect(tables[0].size).toBeGreaterThanOrEqual(MIN_TEXT_SIZE);
  });

  it('repeats its header rows on every slide of a larger role, each part evenly split', () => {
    const large = explorerFor(
      validateFramework(syntheticFramework({ skills: 24, steps: 6, shared: 3, tracks: 2 })),
      (e) => (e.showChanges = true),
    );
    const parts = nativeSlides('matrix', large.chartContext!, SOURCE, THEME);
    const partTables = parts.map((slide) => slide.items.find((i): i is TableItem => i.type === 'table')!);
    expect(parts.length).toBeGreaterThan(1);
    for (const table of partTables) expect(table.rows.slice(0, 3)).toEqual(partTables[0].rows.slice(0, 3));
    const counts = partTables.map((t) => t.rows.length - 3);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    expect(partTables.flatMap((t) => t.rows.slice(3).map((row) => row[0].text))).toEqual(
      large.chartContext!.index.role.skills.map((s) => s.name),
    );
    expect(parts.map((s) => /\(skills \d+–\d+ of 24\)$/.test(s.title))).toEqual(parts.map(() => true));
  });

  it('has a cell per requirement in its proficiency colour, with its change mark as text', () => {
    const first = tables[0];
    const devopsColumn = first.rows[0].findIndex((cell) => cell.text === 'DevOps engineer');
    const cell = first.rows[3][devopsColumn];
    // Availability and capacity management, DevOps engineer: working, raised by one step.
    expect(cell.text).toBe('Working\n▲1');
    expect(cell.fill).toMatch(/^#[0-9a-f]{6}$/i);
    // No merged cells: every row has as many cells as there are columns.
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.colW.length);
  });

  it('fits on one slide as it opens, without the changes', () => {
    expect(nativeSlides('matrix', explorerFor(devops).chartContext!, SOURCE, THEME)).toHaveLength(1);
  });

  it('splits a large framework across slides, by levels and by skills, every part on its slide', () => {
    const large = explorerFor(
      validateFramework(syntheticFramework({ skills: 30, steps: 8, shared: 2, tracks: 2 })),
    );
    const big = nativeSlides('matrix', large.chartContext!, SOURCE, THEME);
    const levelParts = new Set(big.map((s) => /levels [^,)]+/.exec(s.title)?.[0]));
    expect(levelParts.size).toBeGreaterThan(1);
    expect(big.some((s) => /skills \d+–\d+ of 30/.test(s.title))).toBe(true);
    for (const slide of big) expectOnSlide(slide);
    // Every requirement's cell is somewhere, once.
    const cellCount = sum(
      big.map(
        (s) =>
          s.items
            .filter((i): i is TableItem => i.type === 'table')
            .map((t) => (t.rows.length - 2) * (t.colW.length - 1))[0],
      ),
    );
    expect(cellCount).toBe(large.chartContext!.index.role.skills.length * large.chartContext!.levels.length);
  });
});

describe('the pathway shapes', () => {
  const ctx = explorerFor(devops).chartContext!;
  const slides = nativeSlides('pathway', ctx, SOURCE, THEME);
  const [slide] = slides;

  it('draws a node per level with its name, and a line or curve per step', () => {
    // The DevOps role's six steps fit one slide at a legible size.
    expect(slides).toHaveLength(1);
    const all = texts([slide]);
    for (const level of ctx.index.role.levels) expect(all).toContain(level.name);
    const paths = slide.items.filter((i) => i.type === 'path' && !i.name?.startsWith('Legend'));
    const steps = ctx.index.role.levels.reduce((n, l) => n + l.next.length, 0);
    expect(paths.length).toBeGreaterThanOrEqual(steps);
    expect(paths.some((p) => p.type === 'path' && p.controls !== undefined)).toBe(true);
  });

  it("labels each step clear of every level's box, over the lines (drawn after them)", () => {
    const labels = slide.items.filter((i) => i.type === 'text' && i.name?.startsWith('Step label'));
    expect(labels.map((l) => (l.type === 'text' ? l.text : ''))).toContain(
      '1 new\n8 raised\n1 reworded\n9 steps up',
    );
    const nodes = slide.items.filter(
      (i) => i.type === 'shape' && i.shape === 'roundRect' && !i.name?.startsWith('Legend'),
    );
    expect(nodes).toHaveLength(ctx.index.role.levels.length);
    for (const label of labels)
      for (const node of nodes)
        expect(overlaps(box(label), box(node)), `${label.name} / ${node.name}`).toBe(false);
    const lastPath = slide.items.findLastIndex((i) => i.type === 'path');
    expect(
      slide.items.findIndex((i) => i.type === 'text' && i.name?.startsWith('Step label')),
    ).toBeGreaterThan(lastPath);
    // On the page's colour: a halo where a dashed move crosses behind.
    for (const label of labels) expect(label.type === 'text' && label.fill).toBe(THEME.background);
  });
});

describe('a long pathway', () => {
  const large = explorerFor(validateFramework(syntheticFramework()));
  const ctx = large.chartContext!;
  const slides = nativeSlides('pathway', ctx, SOURCE, THEME);
  const nodesOf = (slide: NativeSlide) =>
    slide.items.filter(
      (i): i is Extract<SlideItem, { type: 'shape' }> =>
        i.type === 'shape' && i.shape === 'roundRect' && !i.name?.startsWith('Legend'),
    );

  it('goes on several slides, each level legible, every part on its slide', () => {
    expect(slides.length).toBeGreaterThan(1);
    for (const slide of slides) {
      expectOnSlide(slide);
      for (const node of nodesOf(slide)) expect(node.w).toBeGreaterThanOrEqual(MIN_NODE_WIDTH - 1e-9);
    }
    expect(slides[0].title).toMatch(/\(1 of \d+: .+ to .+\)$/);
  });

  it('draws every step whole on some slide, and every level on one at least', () => {
    const steps = slides.flatMap((slide) =>
      slide.items.filter((i) => i.type === 'path' && !i.name?.startsWith('Legend')).map((i) => i.name),
    );
    const all = ctx.index.role.levels.reduce((n, l) => n + l.next.length, 0);
    expect(new Set(steps.filter((name) => name?.startsWith('Step to'))).size).toBe(all);
    const levels = new Set(slides.flatMap((slide) => nodesOf(slide).map((n) => n.name)));
    expect(levels.size).toBe(ctx.index.role.levels.length);
  });

  it("labels each step clear of every level's box, on every slide", () => {
    for (const slide of slides) {
      const labels = slide.items.filter((i) => i.type === 'text' && i.name?.startsWith('Step label'));
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels)
        for (const node of nodesOf(slide))
          expect(overlaps(box(label), box(node)), `${label.name}`).toBe(false);
    }
  });
});

describe('the charts with data', () => {
  const explorer = explorerFor(devops);
  const ctx = explorer.chartContext!;
  const rank = (levelId: string, skillId: string) => {
    const r = ctx.index.requirement(levelId, skillId);
    return r ? ctx.index.proficiency(r.proficiency)!.rank : 0;
  };

  it('draws the trajectories as a small step chart per skill, both tracks in each, named in words', () => {
    const slides = nativeSlides('trajectory', ctx, SOURCE, THEME);
    expect(slides.map((s) => s.title)).toEqual([
      'Development operations (DevOps) engineer: skill trajectories',
    ]);
    const [slide] = slides;
    const all = texts(slides);
    // A panel per skill, named verbatim; the scale in the framework's words, not numbers.
    for (const skill of ctx.index.role.skills) expect(all).toContain(skill.name);
    for (const p of ctx.index.framework.proficiencies) expect(all).toContain(p.name);
    expect(all).toContain(
      'Levels: 1 Apprentice DevOps engineer · 2 Junior DevOps engineer · 3 DevOps engineer · 4 Senior DevOps engineer · 5 Lead DevOps engineer · 6 Principal DevOps engineer',
    );
    // Each track's path through each skill: a mark per level at the proficiency asked for, the
    // second track's marks square and its line dashed, so colour is never the only difference.
    const scaleY = new Map(
      slide.items
        .filter((i) => i.type === 'text' && i.name?.startsWith('Scale: '))
        .slice(0, 5)
        .map((i) => [
          (i as { text: string }).text,
          (i as { y: number; h: number }).y + (i as { h: number }).h / 2,
        ]),
    );
    for (const skill of ctx.index.role.skills) {
      for (const [track, shape] of [
        ['technical', 'ellipse'],
        ['management', 'rect'],
      ] as const) {
        const marks = slide.items.filter(
          (i) =>
            i.type === 'shape' &&
            i.name?.startsWith(`${skill.name}, ${track === 'technical' ? 'Technical' : 'Management'} path: `),
        );
        const levels = ctx.index.role.levels.filter((l) =>
          track === 'technical' ? l.track !== 'management' : l.track === 'management',
        );
        expect(marks.map((m) => m.name!.split(' path: ')[1])).toEqual(levels.map((l) => l.name));
        for (const [i, mark] of marks.entries()) {
          if (mark.type !== 'shape') continue;
          expect(mark.shape).toBe(shape);
          const asked = rank(levels[i].id, skill.id);
          const name =
            asked === 0
              ? 'not required'
              : ctx.index.framework.proficiencies.find((p) => p.rank === asked)!.name;
          // The first row of panels is read against the first scale (each row has its own).
          if (skill === ctx.index.role.skills[0])
            expect(mark.y + mark.h / 2).toBeCloseTo(
              scaleY.get(name)! + (track === 'management' ? 0.035 : 0),
              5,
            );
        }
      }
    }
    const lines = slide.items.filter((i) => i.type === 'path' && i.name?.includes(' path: '));
    expect(lines.some((l) => l.type === 'path' && l.dashed)).toBe(true);
    expect(lines.some((l) => l.type === 'path' && !l.dashed)).toBe(true);
  });

  it('draws the overview as a bar chart per split, rows lined up, values the difference in rank', () => {
    const [slide] = nativeSlides('overview', ctx, SOURCE, THEME);
    const charts = slide.items.filter((i) => i.type === 'chart');
    expect(charts).toHaveLength(3);
    const plots = charts.map((c) => (c.type === 'chart' ? [c.y + c.h * c.plot!.y, c.h * c.plot!.h] : []));
    for (const plot of plots) expect(plot).toEqual(plots[0]);
    const first = charts[0].type === 'chart' ? charts[0] : undefined;
    const senior = ctx.index.role.levels.filter((l) => l.name === 'Senior DevOps engineer');
    const [tech, mgmt] = [
      senior.find((l) => l.track === 'technical')!,
      senior.find((l) => l.track === 'management')!,
    ];
    expect(first!.series[0].values).toEqual(
      ctx.index.role.skills.map((s) => rank(tech.id, s.id) - rank(mgmt.id, s.id)),
    );
    expect(first!.categoryAxis?.hidden).toBe(false);
    expect(charts.slice(1).every((c) => c.type === 'chart' && c.categoryAxis?.hidden)).toBe(true);
  });

  it('draws the comparison as a table with its summary under the title', () => {
    const [slide] = nativeSlides('compare', ctx, SOURCE, THEME);
    expect(slide.items.find((i) => i.type === 'text' && i.name === 'Summary')).toMatchObject({
      text: ctx.comparison!.summary,
    });
    const table = slide.items.find((i): i is TableItem => i.type === 'table')!;
    expect(table.rows.slice(1).map((row) => row[0].text)).toEqual(
      ctx.comparison!.skills.map((s) => s.skill.name),
    );
    expect(slide.notes).toContain(ctx.comparison!.summary);
  });
});

it('makes slides for every chart of any framework the schema accepts, each item on its slide', () => {
  fc.assert(
    fc.property(arbitraryFramework, (raw) => {
      let framework: Framework;
      try {
        framework = validateFramework(raw);
      } catch {
        return;
      }
      // As it opens, and with a self-assessment (the "You" column, the profile).
      for (const setup of [() => {}, (e: Explorer) => void withAssessment(e, 1)]) {
        const ctx = explorerFor(framework, setup).chartContext!;
        for (const kind of CHART_KINDS.filter((k) => chartsThatApply(ctx).includes(k)))
          for (const slide of nativeSlides(kind, ctx, SOURCE, THEME)) expectOnSlide(slide);
      }
    }),
    { numRuns: 60 },
  );
});

describe('the personal gap', () => {
  const explorer = explorerFor(devops, (e) => withAssessment(e));
  const ctx = explorer.chartContext!;

  it('is a table of every skill with your rating, what the target asks and the gap, its headline under the title', () => {
    const slides = nativeSlides('profile', ctx, SOURCE, THEME);
    expect(slides).toHaveLength(1);
    const [slide] = slides;
    const table = slide.items.find((i): i is TableItem => i.type === 'table')!;
    expect(table.rows[0].map((cell) => cell.text)).toEqual([
      'Skill',
      'You',
      'Senior DevOps engineer (technical) asks for',
      'Gap',
    ]);
    expect(table.rows.slice(1).map((row) => row[0].text)).toEqual(ctx.index.role.skills.map((s) => s.name));
    // Rated as a DevOps engineer: short of Senior (technical) in some skills, by steps in words.
    expect(table.rows.slice(1).some((row) => /^short by \d$/.test(row[3].text))).toBe(true);
    const summary = slide.items.find((i) => i.type === 'text' && i.name === 'Summary');
    expect(summary).toMatchObject({
      text: expect.stringMatching(/^Senior DevOps engineer \(technical\): meets \d+ of 10/),
    });
  });

  it('puts "You" first in the matrix, and the gap in place of the change marks', () => {
    const texts = nativeSlides('matrix', ctx, SOURCE, THEME).flatMap((slide) =>
      slide.items.flatMap((i) => (i.type === 'table' ? i.rows.flat().map((c) => c.text) : [])),
    );
    expect(texts).toContain('You');
    expect(texts.some((t) => /short \d/.test(t))).toBe(true);
    // "You" on every slide of a split matrix, and the gap in each level's header.
    const slides = nativeSlides('matrix', ctx, SOURCE, THEME);
    for (const slide of slides) {
      const table = slide.items.find((i): i is TableItem => i.type === 'table')!;
      expect(table.rows[0][1].text).toBe('You');
      expect(table.rows.some((row) => row[0].text === 'Your gap')).toBe(true);
    }
  });

  it('says above each level of the pathway how far you are, the nearer next level marked', () => {
    const [slide] = nativeSlides('pathway', ctx, SOURCE, THEME);
    const pills = slide.items.filter((i) => i.type === 'shape' && i.name?.startsWith('You at '));
    expect(pills).toHaveLength(ctx.index.role.levels.length);
    expect(pills.map((p) => (p.type === 'shape' ? p.text : ''))).toContain('6 short · nearer');
    expect(slide.notes).toMatch(/You at Senior DevOps engineer \(technical\): you meet 4 of 10/);
  });
});

describe('chunkBy', () => {
  it.each([
    [9, 4, [3, 3, 3]],
    [10, 5, [5, 5]],
    [11, 10, [6, 5]],
    [3, 10, [3]],
    [0, 3, [0]],
  ])('splits %i items by at most %i as evenly as it can', (count, size, lengths) => {
    expect(chunkBy([...Array(count).keys()], size).map((c) => c.length)).toEqual(lengths);
  });
});
