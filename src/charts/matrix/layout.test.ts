/** Guards what the matrix shows and says: columns, names, colours that never stand alone. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ddatFramework, devopsFramework, devopsIndex, matrixCells } from '../../../tests/unit/fixtures';
import { scaleBand } from 'd3-scale';
import { indexRole, visibleLevels } from '../../lib/model/framework';
import { validateFramework } from '../../lib/model/schema';
import { syntheticFramework } from '../../../tests/bench/synthetic';
import {
  MATRIX_SIZES,
  MAX_COLUMN_WIDTH,
  MAX_ROW_HEADER_WIDTH,
  columnWidthFor,
  headerLines,
  layoutMatrix,
  rowHeaderWidthFor,
} from './layout';
import { ratingsFromLevel } from '../../lib/model/gap';

const index = devopsIndex();
/** Every 2025 role's matrix, every track shown. */
const everyDdatMatrix = () => {
  const framework = ddatFramework();
  return framework.roles.map((role) => ({
    role,
    made: layoutMatrix(indexRole(framework, role), { levels: visibleLevels(role, null), showChanges: false }),
  }));
};
const layout = (track: string | null, showChanges = false) => {
  const made = layoutMatrix(index, { levels: visibleLevels(index.role, track), showChanges });
  return { ...made, cells: matrixCells(made) };
};

describe('layoutMatrix', () => {
  it('has a column per level, grouped under the level name from Senior up', () => {
    const both = layout(null);
    expect(both.columns).toHaveLength(9);
    expect(both.groups.map((g) => g.lines.join(' '))).toEqual([
      'Apprentice DevOps engineer',
      'Junior DevOps engineer',
      'DevOps engineer',
      'Senior DevOps engineer',
      'Lead DevOps engineer',
      'Principal DevOps engineer',
    ]);
    expect(both.columns.map((c) => c.trackLabel ?? '')).toEqual([
      '',
      '',
      '',
      'Technical',
      'Management',
      'Technical',
      'Management',
      'Technical',
      'Management',
    ]);
  });

  it('has every column header hold text: a level with no track names itself in its header', () => {
    // A header with only an aria-label is an empty table header to assistive technology.
    for (const track of [null, 'technical']) {
      const { columns, groups } = layout(track);
      for (const column of columns) {
        expect(column.nameLines !== undefined || column.trackLabel !== undefined, column.label).toBe(true);
      }
      const named = columns.filter((c) => c.nameLines).map((c) => c.nameLines!.join(' '));
      expect(named).toEqual(['Apprentice DevOps engineer', 'Junior DevOps engineer', 'DevOps engineer']);
      // Drawn once: not over the columns too.
      expect(groups.filter((g) => g.inHeader).map((g) => g.lines.join(' '))).toEqual(named);
    }
  });

  it('shows one track with the shared levels when filtered', () => {
    expect(layout('technical').columns.map((c) => c.level.id)).toEqual([
      'apprentice-devops-engineer',
      'junior-devops-engineer',
      'devops-engineer',
      'senior-devops-engineer-technical',
      'lead-devops-engineer-technical',
      'principal-devops-engineer-technical',
    ]);
  });

  it('names every cell as "Skill, Level (track): proficiency" or "not required"', () => {
    const { cells, rows, columns } = layout(null);
    const cell = (skill: string, level: string) =>
      cells[rows.findIndex((r) => r.skill.id === skill)][columns.findIndex((c) => c.level.id === level)];
    expect(cell('service-support', 'senior-devops-engineer-technical').ariaLabel).toBe(
      'Service support, Senior DevOps engineer (technical): expert',
    );
    expect(cell('user-focus', 'apprentice-devops-engineer').ariaLabel).toBe(
      'User focus, Apprentice DevOps engineer: not required',
    );
  });

  it('draws "not required" unlike the lowest proficiency: no fill colour, dashed, in words', () => {
    const { cells } = layout(null);
    const [awareness, absent] = [cells[0][0], cells[9][0]];
    expect(awareness.text).toBe('Awareness');
    expect(absent).toMatchObject({ text: 'not required', dashed: true, fill: '#ffffff' });
    expect(awareness.fill).not.toBe(absent.fill);
  });

  it("fits every line of a column's summary in its column, for every 2025 role, with changes and with ratings", () => {
    // "8 steps up · 2 steps down" ran into the next column (end user computing engineer, Principal).
    const framework = ddatFramework();
    // The small size measures 6.45 pixels a character in Chromium ("88 steps down": 84).
    const fits = (line: string) => line.length * 6.45 <= MATRIX_SIZES.columnWidth + MATRIX_SIZES.columnGap;
    const lines: string[] = [];
    for (const role of framework.roles) {
      const roleIndex = indexRole(framework, role);
      const levels = visibleLevels(role, null);
      const changes = layoutMatrix(roleIndex, { levels, showChanges: true });
      const you = layoutMatrix(roleIndex, {
        levels,
        showChanges: false,
        you: ratingsFromLevel(roleIndex, levels[levels.length - 1]),
      });
      for (const made of [changes, you]) {
        const most = Math.max(...made.columns.map((column) => column.summaryLines.length));
        // The header has room for its longest summary.
        expect(made.headerHeight).toBeGreaterThanOrEqual(
          made.groupLinesHeight + most * MATRIX_SIZES.summaryLineHeight,
        );
        lines.push(...made.columns.flatMap((column) => column.summaryLines));
      }
    }
    expect(lines).toContain('2 steps down');
    expect(lines.filter((line) => !fits(line))).toEqual([]);
  });

  it('puts a part too long for its column on two lines', () => {
    // 1,500 skills each dropped from Expert: "4,500 steps down" is wider than a column.
    expect(headerLines(['1,500 removed', '4,500 steps down'])).toEqual([
      '1,500 removed',
      '4,500 steps',
      'down',
    ]);
    expect(headerLines(['meets 7 of 10', 'none short'])).toEqual(['meets 7 of 10', 'none short']);
  });

  it("widens the columns where a word of a level's name would not fit over them, for every 2025 role", () => {
    // "infrastructure" (infrastructure operations engineer's levels) ran into the next column's name.
    const widened: string[] = [];
    for (const { role, made } of everyDdatMatrix()) {
      for (const group of made.groups) {
        const room = Math.floor(group.width * MATRIX_SIZES.charsPerPixel);
        const name = role.levels.find((level) => level.id === group.key.split('+')[0])!.name;
        // Every word whole, on lines that fit: none broken with a hyphen, none cut short.
        expect(group.lines.join(' ')).toBe(name.split(/\s+/).join(' '));
        for (const line of group.lines) expect([...line].length).toBeLessThanOrEqual(room);
      }
      if (made.columns[0].width > MATRIX_SIZES.columnWidth) widened.push(role.id);
    }
    expect(widened).toContain('infrastructure-operations-engineer');
    // The DevOps role keeps its columns (and its prerendered page its width).
    expect(widened).not.toContain('development-operations-devops-engineer');
  });

  it('widens the skill names where one would take more than two lines, so that none is cut, for every 2025 role', () => {
    // "Communicating between the technical and…" lost "non-technical" in six roles.
    const widened: string[] = [];
    for (const { role, made } of everyDdatMatrix()) {
      const room = Math.floor((made.rowHeaderWidth - 16) * MATRIX_SIZES.skillCharsPerPixel);
      for (const [i, row] of made.rows.entries()) {
        // Every word whole, in order, on at most two lines that fit the column.
        expect(row.lines.join(' ')).toBe(role.skills[i].name.split(/\s+/).join(' '));
        expect(row.lines.length).toBeLessThanOrEqual(2);
        for (const line of row.lines) expect([...line].length).toBeLessThanOrEqual(room);
      }
      // The cells start after the names' column.
      expect(made.columns[0].x).toBe(made.rowHeaderWidth + MATRIX_SIZES.groupGap);
      if (made.rowHeaderWidth > MATRIX_SIZES.rowHeaderWidth) widened.push(role.id);
    }
    expect(widened.length).toBeGreaterThan(0);
    // The DevOps role keeps its column (and its prerendered page its width).
    expect(widened).not.toContain('development-operations-devops-engineer');
  });

  it('keeps the usual width for short skill names, grows by steps for long ones, and stops at the widest', () => {
    expect(rowHeaderWidthFor(['Service support', 'Availability and capacity management'])).toBe(
      MATRIX_SIZES.rowHeaderWidth,
    );
    const long = 'Communicating between the technical and non-technical';
    const width = rowHeaderWidthFor(['Service support', long]);
    expect(width).toBeGreaterThan(MATRIX_SIZES.rowHeaderWidth);
    expect(width).toBeLessThan(MAX_ROW_HEADER_WIDTH);
    expect((width - MATRIX_SIZES.rowHeaderWidth) % 10).toBe(0);
    // The order of the names does not matter.
    expect(rowHeaderWidthFor([long, 'Service support'])).toBe(width);
    // A name that no width holds in two lines: the widest, and the name cut with an ellipsis there.
    const endless = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    expect(rowHeaderWidthFor([endless])).toBe(MAX_ROW_HEADER_WIDTH);
    const framework = devopsFramework();
    const role = framework.roles[0];
    role.skills[0] = { ...role.skills[0], name: endless };
    const made = layoutMatrix(indexRole(framework, role), {
      levels: visibleLevels(role, null),
      showChanges: false,
    });
    expect(made.rowHeaderWidth).toBe(MAX_ROW_HEADER_WIDTH);
    const row = made.rows.find((r) => r.skill.name === endless)!;
    expect(row.lines).toHaveLength(2);
    expect(row.lines[1].endsWith('…')).toBe(true);
  });

  it('keeps the usual column width for short words, and breaks a word too long for the widest column', () => {
    expect(columnWidthFor([{ name: 'Senior DevOps engineer', levels: [1, 2] }])).toBe(
      MATRIX_SIZES.columnWidth,
    );
    // 14 characters at 8.4 pixels each.
    expect(columnWidthFor([{ name: 'Lead infrastructure engineer', levels: [1] }])).toBe(118);
    // Over two track columns the word has both columns' room.
    expect(columnWidthFor([{ name: 'Lead infrastructure engineer', levels: [1, 2] }])).toBe(
      MATRIX_SIZES.columnWidth,
    );
    const word = 'Rechtsschutzversicherungsgesellschaftenleitung';
    expect(columnWidthFor([{ name: word, levels: [1] }])).toBe(MAX_COLUMN_WIDTH);
    // In the matrix: the widest column, and the word in hyphenated lines that fit it, every letter kept.
    const framework = devopsFramework();
    const role = framework.roles[0];
    role.levels[0] = { ...role.levels[0], name: `Head of ${word}` };
    const made = layoutMatrix(indexRole(framework, role), {
      levels: visibleLevels(role, null),
      showChanges: false,
    });
    const group = made.groups[0];
    expect(made.columns[0].width).toBe(MAX_COLUMN_WIDTH);
    for (const line of group.lines)
      expect([...line].length).toBeLessThanOrEqual(Math.floor(group.width * MATRIX_SIZES.charsPerPixel));
    expect(group.lines.join('').replaceAll('-', '').replaceAll(' ', '')).toBe(`Headof${word}`);
  });

  it('marks changes in words and badges, and summarises each column', () => {
    const { columns, cells } = layout(null, true);
    expect(columns[2].summaryLines).toEqual(['1 new', '8 raised', '1 reworded', '9 steps up']);
    expect(columns[2].ariaLabel).toBe(
      'DevOps engineer: 1 new · 8 raised · 1 reworded · 9 steps up from Junior DevOps engineer',
    );
    expect(columns[0].summaryLines).toEqual(['first level']);
    const serviceSupport = cells[6][3];
    expect(serviceSupport.badge).toBe('▲1');
    expect(serviceSupport.ariaLabel).toBe(
      'Service support, Senior DevOps engineer (technical): expert; raised 1 step from practitioner',
    );
    expect(layout(null, false).cells[6][3].badge).toBe('');
  });

  it('makes room in the header for the change summary', () => {
    expect(layout(null, true).headerHeight).toBeGreaterThan(layout(null, false).headerHeight);
  });

  it("boxes each column's header under its level's name when it has a track, whole when not", () => {
    const { columns, groupLinesHeight, headerHeight } = layout(null, true);
    const shared = columns.find((column) => column.trackLabel === undefined)!;
    const split = columns.find((column) => column.trackLabel !== undefined)!;
    expect(shared.headerBox).toEqual({
      x: shared.x - 1,
      y: 2,
      width: shared.width + 2,
      height: headerHeight - 6,
    });
    expect(split.headerBox.y).toBe(groupLinesHeight);
    expect(split.headerBox.y + split.headerBox.height).toBe(headerHeight - 4);
  });
});

describe('change marks', () => {
  it('draws the first level in full: quiet means unchanged, and it has nothing before it', () => {
    const index = devopsIndex();
    const layout = layoutMatrix(index, { levels: index.role.levels, showChanges: true });
    const firstColumn = matrixCells(layout).map((row) => row[0]);
    expect(firstColumn.some((cell) => cell.quiet)).toBe(false);
    expect(layout.columns[0].summary).toBe('first level');
    // Later columns are quiet exactly where nothing changed.
    const later = matrixCells(layout).flatMap((row) => row.slice(1));
    expect(
      later.filter((cell) => cell.quiet).every((cell) => ['unchanged', 'absent'].includes(cell.change!.kind)),
    ).toBe(true);
    expect(later.some((cell) => cell.quiet)).toBe(true);
  });
});

describe('layoutMatrix with your ratings', () => {
  const devopsEngineer = index.role.levels.find((l) => l.name === 'DevOps engineer')!;
  const ratings = ratingsFromLevel(index, devopsEngineer);
  const you = layoutMatrix(index, {
    levels: visibleLevels(index.role, null),
    showChanges: true,
    you: ratings,
  });
  const column = (id: string) => you.columns.findIndex((c) => c.level.id === id);

  it('puts "You" first, your ratings in their colours and words, "not yet" dashed', () => {
    expect(you.columns[0]).toMatchObject({ label: 'You', you: true, nameLines: ['You'] });
    expect(you.columns).toHaveLength(10);
    const first = matrixCells(you).map((row) => row[0]);
    expect(first.map((cell) => cell.text)).toEqual(
      ratings.map((r) => (r.proficiency ? index.proficiency(r.proficiency)!.name : 'not yet')),
    );
    const notYet = layoutMatrix(index, {
      levels: visibleLevels(index.role, null),
      showChanges: false,
      you: [],
    });
    expect(matrixCells(notYet)[0][0]).toMatchObject({ text: 'not yet', dashed: true, required: false });
  });

  it('marks every level cell met or short by n, in its name too, in place of the changes', () => {
    const senior = column('senior-devops-engineer-technical');
    const badges = matrixCells(you).map((row) => row[senior].badge);
    expect(badges.filter((b) => b === 'met')).toHaveLength(4);
    expect(badges.filter((b) => b === 'short 1')).toHaveLength(6);
    expect(matrixCells(you).every((row) => row.every((cell) => cell.change === undefined))).toBe(true);
    const short = matrixCells(you).find((row) => row[senior].badge === 'short 1')![senior];
    expect(short.ariaLabel).toMatch(/; you: \w+, short by 1 step$/);
    expect(short.quiet).toBe(false);
    expect(matrixCells(you).find((row) => row[senior].badge === 'met')![senior].quiet).toBe(true);
  });

  it('says in each header how many skills you meet and how many steps short you are', () => {
    expect(you.columns[column('senior-devops-engineer-technical')].summaryLines).toEqual([
      'meets 4 of 10',
      '6 steps short',
    ]);
    expect(you.columns[column(devopsEngineer.id)].summaryLines).toEqual(['meets 10 of 10', 'none short']);
    expect(you.columns[column(devopsEngineer.id)].ariaLabel).toBe(
      'DevOps engineer: you meet 10 of 10, none short',
    );
  });
});

describe('the rows of the matrix', () => {
  it("are where d3's scaleBand puts them, for roles of any size", () => {
    for (const skills of [1, 2, 10, 60, 333]) {
      const framework = syntheticFramework({ skills, steps: 3, shared: 1, tracks: 2 });
      const roleIndex = indexRole(validateFramework(framework), validateFramework(framework).roles[0]);
      const { rows, headerHeight } = layoutMatrix(roleIndex, {
        levels: visibleLevels(roleIndex.role, null),
        showChanges: false,
      });
      const s = MATRIX_SIZES;
      const band = scaleBand<string>()
        .domain(roleIndex.role.skills.map((skill) => skill.id))
        .range([headerHeight, headerHeight + skills * (s.rowHeight + s.rowGap)])
        .paddingInner(s.rowGap / (s.rowHeight + s.rowGap));
      rows.forEach((row) => {
        expect(row.y).toBeCloseTo(band(row.skill.id)!, 9);
        expect(row.height).toBeCloseTo(band.bandwidth(), 9);
      });
    }
  });
});

describe('layoutMatrix row by row', () => {
  it("makes a row's cells when first asked for, the same as when every row is made in order, and keeps them", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        fc.array(fc.nat(), { minLength: 1, maxLength: 20 }),
        (skills, showChanges, asks) => {
          const framework = validateFramework(syntheticFramework({ skills, steps: 4, shared: 2, tracks: 2 }));
          // A new index each time: layouts are kept per index, and the two must not share rows.
          const fresh = (track: string | null) => {
            const index = indexRole(framework, framework.roles[0]);
            return layoutMatrix(index, { levels: visibleLevels(index.role, track), showChanges });
          };
          for (const track of [null, 'track-1', 'track-2']) {
            const asked = fresh(track);
            const rows = asks.map((ask) => ask % skills);
            const made = rows.map((r) => asked.rowCells(r));
            const whole = matrixCells(fresh(track));
            rows.forEach((r, i) => expect(made[i]).toEqual(whole[r]));
            expect(asked.rowCells(rows[0])).toBe(made[0]);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
