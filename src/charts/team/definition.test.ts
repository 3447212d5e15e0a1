/** The team heatmap's title, table, CSV and native slides: verbatim names, the gap in words, and anonymised when asked. */
import { describe, expect, it } from 'vitest';
import { devopsFramework, withTeam } from '../../../tests/unit/fixtures';
import { Explorer } from '../../lib/state/explorer.svelte';
import { nativeSlides } from '../../lib/slides/nativeSlides';
import type { NativeSlide } from '../../lib/slides/types';
import { teamChart, teamPages } from './definition';

const THEME = { background: '#ffffff', ink: '#1b1f24', inkSoft: '#4a5560' };

function setUp() {
  const explorer = new Explorer();
  explorer.load(devopsFramework());
  const team = withTeam(explorer, 8);
  return { explorer, team };
}

describe('the team heatmap', () => {
  it('is titled with the role, the team and its target', () => {
    const { explorer } = setUp();
    expect(teamChart.title(explorer.chartContext!)).toBe(
      'Development operations (DevOps) engineer: the team (8 people) against their own targets',
    );
    explorer.teamAgainst = 'senior-devops-engineer-technical';
    expect(teamChart.title(explorer.chartContext!)).toBe(
      'Development operations (DevOps) engineer: the team (8 people) against Senior DevOps engineer (technical)',
    );
  });

  it("writes a row per person with each skill's proficiency and gap, in the role's skill names", () => {
    const { explorer } = setUp();
    const ctx = explorer.chartContext!;
    const table = teamChart.csv(ctx, teamChart.rows(ctx));
    expect(table.header.slice(0, 4)).toEqual(['Person', 'Group', 'Target', 'Standing']);
    for (const skill of explorer.role!.skills) expect(table.header).toContain(skill.name);
    expect(table.rows).toHaveLength(8);
    expect(table.rows[0][0]).toMatch(/^Colleague 000\d$/);
    for (const row of table.rows) {
      expect(row).toHaveLength(table.header.length);
      for (let i = 4; i < row.length; i += 2) {
        expect(row[i]).toMatch(/^(Awareness|Working|Practitioner|Expert|not yet)$/);
        expect(row[i + 1]).toMatch(/^(met|short \d|\+\d above|)$/);
      }
    }
  });

  it('says Person 1, Person 2, … everywhere when anonymised: table, CSV and native slides', () => {
    const { explorer, team } = setUp();
    team.anonymise = true;
    const ctx = explorer.chartContext!;
    const table = teamChart.csv(ctx, teamChart.rows(ctx));
    expect(table.rows.map((r) => r[0]).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `Person ${i + 1}`).sort(),
    );
    const slides = nativeSlides('team', ctx, 'Source: test', THEME);
    // Eight people and ten skills, with the team's own rows under them: one slide.
    expect(slides).toHaveLength(1);
    expect(JSON.stringify(slides)).not.toContain('Colleague');
    expect(JSON.stringify(slides)).toContain('Person 8');
    // Every skill on some slide, as the role names it; the team's medians as the table's last rows.
    const texts = JSON.stringify(slides);
    for (const skill of explorer.role!.skills)
      expect(texts).toContain(JSON.stringify(skill.name).slice(1, -1));
    expect(texts).toContain('Team median');
  });

  it('puts a dozen people on a native slide at 9 points, every skill on it, a larger team split evenly', () => {
    const slidesFor = (people: number) => {
      const explorer = new Explorer();
      explorer.load(devopsFramework());
      withTeam(explorer, people);
      return nativeSlides('team', explorer.chartContext!, 'Source: test', THEME);
    };
    const peopleTables = (slides: NativeSlide[]) =>
      slides.flatMap((slide) =>
        slide.items.flatMap((item) =>
          item.type === 'table' && item.name?.startsWith('Team:') ? [item] : [],
        ),
      );
    // Twelve people: their heatmap on one slide (the team's own rows on the next).
    expect(peopleTables(slidesFor(12)).map((table) => table.rows.length - 1)).toEqual([12]);
    const tables = peopleTables(slidesFor(30));
    const sizes = tables.map((table) => table.rows.length - 1);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(12);
    expect(tables.every((table) => table.size === 9 && table.colW.length === 12)).toBe(true);
    const names = tables.flatMap((table) => table.rows.slice(1).map((row) => row[0].text));
    expect(new Set(names).size).toBe(30);
    expect(names).toHaveLength(30);
  });

  it('goes on paper and picture slides 12 people to a page, each page titled with its people', () => {
    const explorer = new Explorer();
    explorer.load(devopsFramework());
    withTeam(explorer, 26);
    const pages = teamPages(explorer.chartContext!);
    expect(pages.map((page) => page.team!.rows.length)).toEqual([12, 12, 2]);
    expect(teamChart.title(pages[1])).toBe(
      'Development operations (DevOps) engineer: the team (people 13–24 of 26) against their own targets',
    );
    expect(pages.flatMap((page) => page.team!.rows.map(({ row }) => row.number))).toEqual(
      explorer.chartContext!.team!.rows.map(({ row }) => row.number),
    );
    expect(teamPages(setUp().explorer.chartContext!)).toHaveLength(1);
  });

  it('does not apply without a team, and says why', () => {
    const explorer = new Explorer();
    explorer.load(devopsFramework());
    expect(teamChart.applies(explorer.chartContext!)).toBe(false);
    expect(teamChart.describe(explorer.chartContext!)).toMatch(/^no team is loaded/);
  });
});
