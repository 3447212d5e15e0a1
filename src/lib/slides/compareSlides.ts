/**
 * The comparison as a native table, as the page draws it: a row per skill with each side's
 * proficiency in its colour and the difference between them as a mark that reads without colour
 * ("◀ +2", "=", "only ▶"); the comparison's summary sentence under the title. A list too long for
 * one slide goes on as many as it needs, the header row repeated.
 */
import { compareChart } from '../charts/definitions/compare';
import { chunkBy } from './chunks';
import { lineHeight, slideFrame, wrapIn } from './frame';
import type { NativeSlide, TableCell, ChartSlideParts } from './types';

const SIZE = 9;

export function compareSlides({ ctx, title, legend, source, theme }: ChartSlideParts): NativeSlide[] {
  const comparison = ctx.comparison;
  if (!comparison) return [];
  const rows = compareChart.rows(ctx);
  const colW = [3.3, 2.3, 1.1, 2.3];
  const height = (text: string, width: number) =>
    Math.max(0.26, wrapIn(text, width - 0.1, SIZE, true).length * lineHeight(SIZE) + 0.1);
  const header = (text: string): TableCell => ({
    text,
    fill: null,
    colour: theme.ink,
    bold: true,
    align: 'center',
    border: theme.inkSoft,
  });
  const side = (part: (typeof rows)[number]['a']): TableCell =>
    part.dashed
      ? {
          text: part.text,
          fill: null,
          colour: theme.inkSoft,
          align: 'center',
          dashed: true,
          border: theme.inkSoft,
        }
      : {
          text: part.text,
          fill: part.swatch.fill,
          colour: part.swatch.text,
          align: 'center',
          border: theme.background,
        };
  const headerRow = [
    header('Skill'),
    header(comparison.a.label),
    header('Difference'),
    header(comparison.b.label),
  ];
  const headerHeight = Math.max(...headerRow.map((cell, i) => height(cell.text, colW[i])));
  const bodyRows = rows.map((row): TableCell[] => [
    {
      text: row.comparison.skill.name,
      fill: null,
      colour: theme.ink,
      bold: true,
      align: 'left',
      border: theme.inkSoft,
    },
    side(row.a),
    { text: row.mark, fill: null, colour: theme.ink, bold: true, align: 'center', border: theme.inkSoft },
    side(row.b),
  ]);
  const rowHeight = (row: TableCell[]) => Math.max(...row.map((cell, i) => height(cell.text, colW[i])));

  const make = (slideTitle: string) =>
    slideFrame({ title: slideTitle, summary: comparison.summary, legend, source, theme });
  const fitsOn = (room: number) => {
    let [count, used] = [0, headerHeight];
    for (const row of bodyRows) {
      if (used + rowHeight(row) > room) break;
      used += rowHeight(row);
      count += 1;
    }
    return Math.max(1, count);
  };
  const plain = make(title);
  const pages =
    fitsOn(plain.body.h) >= bodyRows.length
      ? [bodyRows.map((_, r) => r)]
      : chunkBy(
          bodyRows.map((_, r) => r),
          fitsOn(make(`${title} (skills 10–18 of 18)`).body.h),
        );
  const notes = [
    compareChart.describe(ctx),
    comparison.summary,
    ...rows.map((row) => `${row.comparison.skill.name}: ${row.a.text}, ${row.b.text}; ${row.verdict}.`),
  ].join('\n');
  return pages.map((page) => {
    const slideTitle =
      pages.length > 1
        ? `${title} (skills ${page[0] + 1}–${page[page.length - 1] + 1} of ${rows.length})`
        : title;
    const frame = pages.length > 1 ? make(slideTitle) : plain;
    const tableRows = [headerRow, ...page.map((r) => bodyRows[r])];
    return {
      title: slideTitle,
      background: theme.background,
      notes,
      items: [
        ...frame.items,
        {
          type: 'table',
          x: frame.body.x + (frame.body.w - colW.reduce((a, b) => a + b, 0)) / 2,
          y: frame.body.y,
          colW,
          rowH: tableRows.map(rowHeight),
          rows: tableRows,
          size: SIZE,
          name: `Comparison: ${title}`,
        },
      ],
    };
  });
}
