/**
 * The career map's choice of roles and its pages: every role on screen, a family to a page on paper
 * and slides (the start's role at the top of each), the roles within reach, a family; the titles,
 * the table twin's rows and the native slides that follow the choice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFramework } from '../../lib/model/schema';
import { MAP_REACH, familyNames } from '../../lib/model/catalogue';
import { Explorer } from '../../lib/state/explorer.svelte';
import { defaultViewState } from '../../lib/state/viewState';
import { nativeSlides } from '../../lib/slides/nativeSlides';
import { mapChart, mapMoves, mapPages, mapRoles } from './definition';
import { mapDrawing } from './mapDrawing';
import { devopsFramework } from '../../../tests/unit/fixtures';

const framework = validateFramework(
  JSON.parse(readFileSync(new URL('../../../static/data/ddat-2025.json', import.meta.url), 'utf8')),
);
const DEVOPS = 'development-operations-devops-engineer';
const THEME = { background: '#ffffff', ink: '#1b1f24', inkSoft: '#4a5560' };

function contextWith(mapRoles: string | null) {
  const explorer = new Explorer();
  explorer.load(framework, { ...defaultViewState(framework), roleId: DEVOPS, view: 'moves', mapRoles });
  return explorer.chartContext!;
}

describe('the career map of every role', () => {
  const ctx = contextWith(null);

  it('shows all 52 roles, by family', () => {
    expect(mapRoles(ctx)).toHaveLength(52);
    expect(mapChart.title(ctx)).toBe(
      'DDaT Capability Framework (2025): career map, moves within 6 steps of DevOps engineer (Development operations (DevOps) engineer)',
    );
  });

  it('goes on paper and slides a family to a page, the start at the top of each', () => {
    const pages = mapPages(ctx);
    expect(pages.map((page) => page.mapRoles)).toEqual(familyNames(framework));
    expect(pages).toHaveLength(8);
    for (const page of pages) {
      const roles = mapRoles(page);
      expect(roles[0].id).toBe(DEVOPS);
      const family = framework.roles.filter((r) => r.family === page.mapRoles);
      expect(new Set(roles.slice(roles[0].family === page.mapRoles ? 0 : 1))).toEqual(new Set(family));
      expect(mapChart.title(page)).toContain(
        `career map of the ${page.mapRoles} family, moves within 6 steps`,
      );
      // A page keeps the rest of the view: the start, the budget, the comparison's getter.
      expect(page.moveBudget).toBe(6);
      expect(page.index).toBe(ctx.index);
      expect(Object.getOwnPropertyDescriptor(page, 'comparison')?.get).toBeTypeOf('function');
    }
    // Every level of the framework is on one page or another.
    const levels = new Set(pages.flatMap((page) => mapDrawing(page).layout.nodes.map((n) => n.key)));
    expect(levels.size).toBe(framework.roles.reduce((n, r) => n + r.levels.length, 0));
  });

  it('draws on each page only the moves into its roles', () => {
    const all = mapMoves(ctx).length;
    const drawn = mapPages(ctx).map((page) =>
      mapDrawing(page).moves.filter((m) => !m.key.startsWith(DEVOPS)),
    );
    expect(drawn.reduce((n, moves) => n + moves.length, 0)).toBe(all);
  });
});

describe('the career map of some roles', () => {
  it('of the roles within reach: the start and the 10 roles it can reach, one page', () => {
    const ctx = contextWith(MAP_REACH);
    const ids = mapRoles(ctx).map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set([DEVOPS, ...mapMoves(ctx).map((m) => m.to.role.id)]));
    expect(ids).toHaveLength(11);
    expect(mapPages(ctx)).toEqual([ctx]);
    expect(mapChart.title(ctx)).toContain('career map of the roles within reach, moves within 6 steps');
    expect(mapChart.describe(ctx)).toContain('and of the 10 other roles (of 52) within reach');
  });

  it("of one family: its roles and the start's, one page; the table twin lists their levels", () => {
    const ctx = contextWith('Data');
    const roles = mapRoles(ctx);
    expect(roles.map((r) => r.name)).toEqual([
      'Development operations (DevOps) engineer',
      ...framework.roles
        .filter((r) => r.family === 'Data')
        .map((r) => r.name)
        .sort((a, b) => a.localeCompare(b)),
    ]);
    expect(mapChart.rows(ctx)).toHaveLength(roles.reduce((n, r) => n + r.levels.length, 0));
    expect(mapChart.describe(ctx)).toMatch(
      /^Every level of the 9 roles of the Data family, and of Development/,
    );
  });

  it('a framework of one family is one page', () => {
    const one = devopsFramework();
    const explorer = new Explorer();
    explorer.load(one);
    expect(mapPages(explorer.chartContext!)).toHaveLength(1);
  });
});

describe("the career map's native slides", () => {
  it('are a slide of shapes per family, then the moves as a table', () => {
    const ctx = contextWith(null);
    const slides = nativeSlides('map', ctx, 'Source: test', THEME);
    const maps = slides.filter((slide) =>
      slide.items.some((i) => i.type === 'shape' && i.shape === 'ellipse'),
    );
    expect(maps).toHaveLength(8);
    for (const [i, page] of mapPages(ctx).entries()) {
      const slide = maps[i];
      expect(slide.title).toBe(mapChart.title(page));
      const texts = slide.items.flatMap((item) => (item.type === 'text' ? [item.text] : []));
      // Every role of the page named verbatim, and a dot for each of its levels.
      for (const role of mapRoles(page)) expect(texts).toContain(role.name);
      const dots = slide.items.filter((item) => item.type === 'shape' && item.shape === 'ellipse');
      expect(dots).toHaveLength(mapDrawing(page).layout.nodes.length);
      // Legible: no role's name under 7 points.
      for (const item of slide.items)
        if (item.type === 'text' && item.name?.startsWith('Role: '))
          expect(item.size).toBeGreaterThanOrEqual(7);
    }
    const table = slides.slice(8);
    expect(table.length).toBeGreaterThanOrEqual(1);
    expect(table.every((slide) => slide.items.some((item) => item.type === 'table'))).toBe(true);
  });

  it('of one family: its map, then the moves into it only', () => {
    const ctx = contextWith('IT operations');
    const slides = nativeSlides('map', ctx, 'Source: test', THEME);
    expect(slides[0].items.some((i) => i.type === 'shape' && i.shape === 'ellipse')).toBe(true);
    const rows = slides
      .slice(1)
      .flatMap((slide) =>
        slide.items.flatMap((item) =>
          item.type === 'table' ? item.rows.slice(1).map((r) => r[0].text) : [],
        ),
      );
    const family = new Set(framework.roles.filter((r) => r.family === 'IT operations').map((r) => r.name));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((name) => family.has(name))).toBe(true);
  });
});
