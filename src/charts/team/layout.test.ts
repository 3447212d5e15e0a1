/** The team heatmap's layout: a row per person in the order given, cells that say what colour shows, groups and summaries. */
import { describe, expect, it } from 'vitest';
import { ddatFramework, devopsFramework, withTeam } from '../../../tests/unit/fixtures';
import { wrapBreaking } from '../../lib/layout/wrap';
import { Explorer } from '../../lib/state/explorer.svelte';
import { TEAM_SIZES, layoutTeam, tablePage } from './layout';

function shownTeam(setup: (e: Explorer) => void = () => {}) {
  const explorer = new Explorer();
  explorer.load(devopsFramework());
  const team = withTeam(explorer, 6);
  setup(explorer);
  return { explorer, team, shown: explorer.chartContext!.team! };
}

describe('layoutTeam', () => {
  it("heads its columns with every 2025 skill's name whole, the header as tall as the longest needs", () => {
    // Six lines cut "Shaping the direction of organisational strategy through digital, data and…".
    const letters = (text: string) => text.replace(/[\s-]/g, '');
    for (const role of ddatFramework().roles)
      for (const skill of role.skills) {
        const lines = wrapBreaking(skill.name, TEAM_SIZES.headerChars, TEAM_SIZES.headerLines);
        expect(letters(lines.join(''))).toBe(letters(skill.name));
      }
    const { explorer, shown } = shownTeam();
    const layout = layoutTeam(explorer.index!, shown);
    const longest = Math.max(...layout.columns.map((column) => column.lines.length));
    expect(layout.columns.every((column) => column.lines.join('').includes('…'))).toBe(false);
    expect(layout.rows[0].y).toBeGreaterThanOrEqual(longest * TEAM_SIZES.headerLineHeight);
  });

  it('draws a row per person, a cell per skill, each saying its proficiency and gap', () => {
    const { explorer, shown } = shownTeam();
    const layout = layoutTeam(explorer.index!, shown);
    expect(layout.rows.map((r) => r.name)).toEqual(shown.rows.map(({ row }) => row.name));
    expect(layout.rows.every((r) => layout.cells(r).length === 10)).toBe(true);
    for (const row of layout.rows)
      for (const cell of layout.cells(row)) {
        expect(cell.lines[0]).toMatch(/^(Awareness|Working|Practitioner|Expert|not yet|not rated)$/);
        expect(cell.name).toContain(row.name);
        expect(cell.name).toContain(cell.lines[0]);
        if (cell.short) expect(cell.lines[1]).toMatch(/^short \d$/);
      }
    // Rows go down the page, each a cell's height apart; the cells across by the column width.
    expect(layout.rows[1].y - layout.rows[0].y).toBe(TEAM_SIZES.cellHeight);
    expect(layout.cells(layout.rows[0])[1].x - layout.cells(layout.rows[0])[0].x).toBe(TEAM_SIZES.cellWidth);
    expect(layout.summaries.map((s) => s.label)).toEqual([
      'meet the target',
      'team median',
      'at practitioner or above',
    ]);
  });

  it('heads each group and anonymises every name when asked', () => {
    const { explorer, team } = shownTeam((e) => (e.teamGroup = 'target'));
    team.anonymise = true;
    const layout = layoutTeam(explorer.index!, explorer.chartContext!.team!);
    expect(layout.groups.length).toBeGreaterThan(1);
    expect(layout.groups.every((g) => g.label.startsWith('Target '))).toBe(true);
    expect(layout.rows.every((r) => /^Person \d$/.test(r.name))).toBe(true);
    // Nothing drawn names anyone: the rows' names and details, the cells' names.
    const drawn = layout.rows.flatMap((r) => [r.name, r.detail, ...layout.cells(r).map((c) => c.name)]);
    expect(drawn.join('\n')).not.toMatch(/Colleague/);
    // A group's heading takes its own room above its first row.
    expect(layout.rows[0].y - layout.groups[0].y).toBe(TEAM_SIZES.groupHeight);
  });
});

describe('tablePage', () => {
  it.each([
    [0, 0, { at: 0, from: 0, to: 0, pages: 1 }],
    [40, 0, { at: 0, from: 0, to: 40, pages: 1 }],
    [320, 0, { at: 0, from: 0, to: 100, pages: 4 }],
    [320, 3, { at: 3, from: 300, to: 320, pages: 4 }],
    // A filter left fewer pages than the one asked for: the last there is.
    [150, 3, { at: 1, from: 100, to: 150, pages: 2 }],
    [320, -2, { at: 0, from: 0, to: 100, pages: 4 }],
  ])('of %i rows, asked for page %i, is %j', (count, wanted, page) => {
    expect(tablePage(count, wanted)).toEqual(page);
  });
});
