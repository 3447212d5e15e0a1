// @vitest-environment jsdom
/**
 * Guards the matrix's cells drawn as markup: each cell reads back as the layout made it, its words
 * from the data verbatim however they are written, and nothing in a name can become markup.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { matrixCells } from '../../../tests/unit/fixtures';
import { validateFramework } from '../../lib/model/schema';
import { indexRole, visibleLevels } from '../../lib/model/framework';
import { layoutMatrix, type MatrixCell } from './layout';
import { cellMarkup, rowMarkup } from './rowMarkup';
import type { Framework } from '../../lib/model/types';

// Read from the repository's root (under jsdom, the module's own URL is not a file's).
const devopsFramework = (): Framework =>
  validateFramework(JSON.parse(readFileSync('static/data/devops-engineer-2020.json', 'utf8')));
const SVG = 'http://www.w3.org/2000/svg';
const parse = (markup: string) => {
  const g = document.createElementNS(SVG, 'g');
  g.innerHTML = markup;
  return g;
};

/** The DevOps role with its skills' and proficiencies' names replaced. */
function renamed(skillName: string, proficiencyName: string): Framework {
  const framework = devopsFramework();
  return {
    ...framework,
    proficiencies: framework.proficiencies.map((p) => ({ ...p, name: `${proficiencyName} ${p.name}` })),
    roles: framework.roles.map((role) => ({
      ...role,
      skills: role.skills.map((s) => ({ ...s, name: `${s.name} ${skillName}` })),
    })),
  };
}
const layoutOf = (framework: Framework, track: string | null, showChanges: boolean) => {
  const index = indexRole(framework, framework.roles[0]);
  return layoutMatrix(index, { levels: visibleLevels(index.role, track), showChanges });
};
const cellsOf = (framework: Framework, track: string | null, showChanges: boolean) =>
  matrixCells(layoutOf(framework, track, showChanges));

/** What a cell element says and where it is, as read from the parsed markup. */
const read = (element: Element) => ({
  label: element.getAttribute('aria-label'),
  text: element.querySelector('text.proficiency')!.textContent,
  badge: element.querySelector('.badge text')?.textContent ?? '',
  x: Number(element.querySelector('rect.fill')!.getAttribute('x')),
  fill: element.querySelector('rect.fill')!.getAttribute('fill'),
});
const expected = (cell: MatrixCell) => ({
  label: cell.ariaLabel,
  text: cell.text,
  badge: cell.badge,
  x: cell.x,
  fill: cell.fill,
});

describe('rowMarkup', () => {
  it('draws the row header, then the cells, the tab stop on the header or one cell', () => {
    const layout = layoutOf(devopsFramework(), null, false);
    const columns = layout.columns.map((_, c) => c);
    const drawn = (tabStop: number) => [
      ...parse(rowMarkup(layout.rows[1], layout.rowHeaderWidth, layout.rowCells(1), 2, columns, tabStop))
        .children,
    ];
    const header = drawn(-1)[0];
    expect(header.getAttribute('role')).toBe('rowheader');
    expect(header.getAttribute('aria-label')).toBe(layout.rows[1].skill.name);
    expect([...header.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(layout.rows[1].lines);
    expect(drawn(-1).map((g) => g.getAttribute('role'))).toEqual([
      'rowheader',
      ...columns.map(() => 'gridcell'),
    ]);
    const stops = (tabStop: number) => drawn(tabStop).map((g) => g.getAttribute('tabindex') === '0');
    expect(stops(-1).filter(Boolean)).toHaveLength(0);
    expect(stops(0)).toEqual([true, ...columns.map(() => false)]);
    expect(stops(4)).toEqual([false, ...columns.map((c) => c === 3)]);
  });
});

describe('the cells', () => {
  it('draws each cell of a row in order, with its place, tab stop and words', () => {
    const layout = layoutOf(devopsFramework(), 'technical', true);
    const cells = layout.rowCells(2);
    const row = parse(rowMarkup(layout.rows[2], layout.rowHeaderWidth, cells, 3, [0, 2, 4], 3, 'timed'));
    const drawn = [...row.children].slice(1);
    expect(drawn.map((g) => g.getAttribute('role'))).toEqual(['gridcell', 'gridcell', 'gridcell']);
    expect(drawn.map((g) => [g.getAttribute('data-row'), g.getAttribute('data-col')])).toEqual([
      ['3', '1'],
      ['3', '3'],
      ['3', '5'],
    ]);
    expect(drawn.map((g) => g.getAttribute('aria-colindex'))).toEqual(['2', '4', '6']);
    // The tab stop in column 3 only; the last cell's words are timed.
    expect(drawn.map((g) => g.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
    expect(row.querySelectorAll('[elementtiming]')).toHaveLength(1);
    expect(drawn[2].querySelector('text.proficiency')!.getAttribute('elementtiming')).toBe('timed');
    expect(drawn.map(read)).toEqual([0, 2, 4].map((c) => expected(cells[c])));
  });

  it('marks a changed cell, steps an unchanged one back and dashes one not asked for', () => {
    const rows = cellsOf(devopsFramework(), 'technical', true).flat();
    const classOf = (cell: MatrixCell) =>
      parse(cellMarkup(cell, 1, 1)).firstElementChild!.getAttribute('class');
    const changed = rows.find((c) => c.badge !== '' && !c.quiet)!;
    const quiet = rows.find((c) => c.quiet)!;
    expect(classOf(changed)).toBe('cell focusable changed');
    expect(classOf(quiet)).toBe('cell focusable quiet');
    expect(
      parse(cellMarkup(changed, 1, 1))
        .querySelector('.badge')
        ?.getAttribute('aria-hidden'),
    ).toBe('true');
    const absent = rows.find((c) => !c.required)!;
    const g = parse(cellMarkup(absent, 1, 1));
    expect(g.querySelector('rect.fill')!.getAttribute('class')).toBe('fill absent');
    expect(g.querySelector('text.proficiency')!.getAttribute('class')).toBe('proficiency absent');
    expect(g.querySelector('rect.fill')!.getAttribute('stroke-dasharray')).toBe('4 3');
  });

  it('gives back every name verbatim, whatever characters it holds, and makes no element of it', () => {
    const hostile = fc.constantFrom(
      '<script>alert(1)</script>',
      '" onload="x',
      "'",
      '&amp;',
      '</g></svg>',
      '\r\n',
      '<!--',
    );
    const name = fc
      .array(fc.oneof(hostile, fc.string()), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(name, name, fc.boolean(), (skill, proficiency, showChanges) => {
        const layout = layoutOf(renamed(skill, proficiency), showChanges ? 'technical' : null, showChanges);
        for (const [r, header] of layout.rows.entries()) {
          const row = layout.rowCells(r);
          const columns = row.map((_, c) => c);
          const g = parse(rowMarkup(header, layout.rowHeaderWidth, row, r + 1, columns));
          const [drawnHeader, ...drawnCells] = g.children;
          expect(drawnCells).toHaveLength(row.length);
          expect(drawnCells.map(read)).toEqual(row.map(expected));
          expect(drawnHeader.getAttribute('aria-label')).toBe(header.skill.name);
          expect([...drawnHeader.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(header.lines);
          expect(g.querySelectorAll(':not(g, rect, text, tspan)')).toHaveLength(0);
        }
      }),
      { numRuns: 40 },
    );
  });
});
