/** Guards the compare chart's marks (readable without colour) and the track overview's values. */
import { describe, expect, it } from 'vitest';
import { ddatFramework, devopsFramework, devopsIndex } from '../../../tests/unit/fixtures';
import fc from 'fast-check';
import { scaleBand } from 'd3-scale';
import { compareColumns } from '../../lib/model/compare';
import {
  COMPACT_COMPARE_SIZES,
  COMPARE_SIZES,
  HEADER_LINE,
  MAX_COMPARE_LABEL_WIDTH,
  SKILL_LINE,
  layoutCompare,
  rowBands,
  layoutTrackOverview,
  someSkills,
} from './layout';

const framework = devopsFramework();
const roleId = framework.roles[0].id;

describe('layoutCompare', () => {
  const c = compareColumns(
    framework,
    { roleId, levelId: 'senior-devops-engineer-technical' },
    { roleId, levelId: 'senior-devops-engineer-management' },
  )!;
  const layout = layoutCompare(framework, c);
  const row = (id: string) => layout.rows.find((r) => r.comparison.skill.id === id)!;

  it('marks which side asks for more, by how many steps', () => {
    expect(row('service-support').mark).toBe('◀ +1');
    expect(row('availability-and-capacity-management').mark).toBe('+1 ▶');
    expect(row('prototyping').mark).toBe('=');
    expect(row('modern-standards-approach').mark).toBe('= (reworded)');
    expect(row('information-security').mark).toBe('=');
  });

  it('names each row completely', () => {
    expect(row('service-support').ariaLabel).toBe(
      'Service support: expert vs practitioner; Senior DevOps engineer (technical) asks 1 step more',
    );
  });
});

describe("the compare chart's column names", () => {
  it('fit their columns whole for every level of every 2025 role, the header growing for a long one', () => {
    // "Lead data governance manager" ran its second line past its column and off the chart.
    const ddat = ddatFramework();
    for (const role of ddat.roles)
      for (const level of role.levels) {
        const other = role.levels[0];
        const c = compareColumns(
          ddat,
          { roleId: role.id, levelId: level.id },
          { roleId: role.id, levelId: other.id },
        )!;
        for (const compact of [false, true]) {
          const made = layoutCompare(ddat, c, { compact });
          const room = (compact ? COMPACT_COMPARE_SIZES : COMPARE_SIZES).headerChars;
          // Whole: no word broken with a hyphen, none cut short.
          expect(made.headers.a.join(' ')).toBe(c.a.label);
          for (const line of made.headers.a) expect([...line].length).toBeLessThanOrEqual(room);
          // The first line's baseline stays inside the chart.
          expect(made.headerHeight - made.headers.a.length * HEADER_LINE).toBeGreaterThanOrEqual(11);
          for (const row of made.rows) expect(row.y).toBeGreaterThanOrEqual(made.headerHeight);
        }
      }
  });
});

describe("the compare chart's skill names", () => {
  it('are whole for every 2025 role: two lines in a wider column, or on a phone more lines in a taller row', () => {
    // "Applying statistical and analytical tools and techniques" was cut after "tools and".
    const ddat = ddatFramework();
    let wider = 0;
    let taller = 0;
    for (const role of ddat.roles) {
      const c = compareColumns(
        ddat,
        { roleId: role.id, levelId: role.levels[0].id },
        { roleId: role.id, levelId: role.levels.at(-1)!.id },
      )!;
      for (const compact of [false, true]) {
        const made = layoutCompare(ddat, c, { compact });
        const sizes = compact ? COMPACT_COMPARE_SIZES : COMPARE_SIZES;
        expect(made.columns.aX).toBeLessThanOrEqual(compact ? sizes.labelWidth : MAX_COMPARE_LABEL_WIDTH);
        const room = Math.floor((made.columns.aX * sizes.skillChars) / sizes.labelWidth);
        let bottom = made.headerHeight;
        for (const row of made.rows) {
          // Every letter kept, in order (on a phone a word too long for a line is hyphenated).
          const letters = (text: string) => text.replace(/[\s-]/g, '');
          expect(letters(row.lines.join(''))).toBe(letters(row.comparison.skill.name));
          if (!compact) expect(row.lines.join(' ')).toBe(row.comparison.skill.name.split(/\s+/).join(' '));
          for (const line of row.lines) expect(line.length).toBeLessThanOrEqual(room);
          if (!compact) expect(row.lines.length).toBeLessThanOrEqual(2);
          // The lines fit their row, and the rows follow one another without overlapping.
          expect(row.lines.length * SKILL_LINE).toBeLessThanOrEqual(row.height + 0.01);
          expect(row.y).toBeGreaterThanOrEqual(bottom);
          bottom = row.y + row.height;
          if (compact && row.height > sizes.rowHeight + 1) taller++;
        }
        expect(made.height).toBeGreaterThanOrEqual(bottom - 1e-9);
        if (!compact && made.columns.aX > sizes.labelWidth) wider++;
      }
    }
    expect(wider).toBeGreaterThan(0);
    expect(taller).toBeGreaterThan(0);
  });
});

describe('rowBands', () => {
  // (A single band, d3 centres by half a gap; a single row here starts at the top.)
  it("places rows of one height exactly where d3's scaleBand does", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 60 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 0, max: 8 }),
        (n, h, gap) => {
          const ids = Array.from({ length: n }, (_, i) => String(i));
          const band = scaleBand<string>()
            .domain(ids)
            .range([50, 50 + n * (h + gap)])
            .paddingInner(gap / (h + gap));
          const made = rowBands(50, Array(n).fill(h), gap);
          made.rows.forEach((row, i) => {
            expect(row.y).toBeCloseTo(band(ids[i])!, 6);
            expect(row.height).toBeCloseTo(band.bandwidth(), 6);
          });
          expect(made.height).toBe(50 + n * (h + gap));
        },
      ),
    );
  });

  it('gives a taller row its height, the rows below it moved down by as much, none overlapping', () => {
    const even = rowBands(0, [40, 40, 40, 40], 4);
    const tall = rowBands(0, [40, 80, 40, 40], 4);
    expect(tall.rows[1].height).toBeGreaterThanOrEqual(80);
    expect(tall.rows[2].y - even.rows[2].y).toBeCloseTo(40, 0);
    for (let i = 1; i < tall.rows.length; i++)
      expect(tall.rows[i].y).toBeGreaterThan(tall.rows[i - 1].y + tall.rows[i - 1].height);
    expect(tall.height).toBe(even.height + 40);
  });
});

describe('layoutTrackOverview', () => {
  it('has a panel per split level with technical minus management per skill', () => {
    const layout = layoutTrackOverview(devopsIndex());
    expect(layout.panels.map((p) => p.title)).toEqual([
      'Senior DevOps engineer',
      'Lead DevOps engineer',
      'Principal DevOps engineer',
    ]);
    expect(layout.trackNames).toEqual(['Technical', 'Management']);
    const senior = Object.fromEntries(layout.panels[0].bars.map((b) => [b.skill.id, b.label]));
    expect(senior['service-support']).toBe('+1');
    expect(senior['availability-and-capacity-management']).toBe('−1');
    expect(senior['prototyping']).toBe('=');
    const principal = Object.fromEntries(layout.panels[2].bars.map((b) => [b.skill.id, b.value]));
    expect(principal['availability-and-capacity-management']).toBe(-1);
  });

  it('draws bars right of zero when the first track asks more, left when the second does', () => {
    const [senior] = layoutTrackOverview(devopsIndex()).panels;
    const bar = (id: string) => senior.bars.find((b) => b.skill.id === id)!;
    expect(bar('service-support').x).toBeCloseTo(senior.zeroX);
    expect(
      bar('availability-and-capacity-management').x + bar('availability-and-capacity-management').width,
    ).toBeCloseTo(senior.zeroX);
  });
});

describe('someSkills', () => {
  it('names every skill of a short list, and of a long one the first twelve and how many more', () => {
    expect(someSkills([])).toBe('no skill');
    expect(someSkills(['A +1', 'B +2'])).toBe('A +1, B +2');
    const many = Array.from({ length: 1000 }, (_, i) => `S${i} +1`);
    expect(someSkills(many)).toBe(
      `${many.slice(0, 12).join(', ')}, and 988 more (the chart's table and its CSV list them all)`,
    );
  });
});
