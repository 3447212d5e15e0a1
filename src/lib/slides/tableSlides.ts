/**
 * A native table of rows under a title and a summary, on as many slides as it needs: the header
 * row repeated on each, the title saying which rows ("skills 10–18 of 18"). Row heights are
 * estimated from the text (wrapIn), so rows are shared out before PowerPoint measures them.
 */
import { chunkBy } from './chunks';
import { lineHeight, slideFrame, wrapIn } from './frame';
import type { ChartSlideParts, NativeSlide, SlideTheme, TableCell } from './types';

export const TABLE_TEXT_SIZE = 9;

/** A header cell: bold ink on the page, centred. */
export const headerCell = (theme: SlideTheme, text: string): TableCell => ({
  text,
  fill: null,
  colour: theme.ink,
  bold: true,
  align: 'center',
  border: theme.inkSoft,
});

/** A cell in a proficiency's colour, or dashed on the page where there is none. */
export const swatchCell = (
  theme: SlideTheme,
  text: string,
  swatch: { fill: string; text: string } | null,
): TableCell =>
  swatch
    ? { text, fill: swatch.fill, colour: swatch.text, align: 'center', border: theme.background }
    : { text, fill: null, colour: theme.inkSoft, align: 'center', dashed: true, border: theme.inkSoft };

/** A skill's name at the start of a row. */
export const nameCell = (theme: SlideTheme, text: string): TableCell => ({
  text,
  fill: null,
  colour: theme.ink,
  bold: true,
  align: 'left',
  border: theme.inkSoft,
});

export function tableSlides(
  { title, legend, source, theme }: ChartSlideParts,
  table: {
    /** What a row is, for the title of a split table: "skills 1–9 of 18" (the default), "roles …". */
    unit?: string;
    summary: string;
    colW: number[];
    header: TableCell[];
    rows: TableCell[][];
    notes: string;
    name: string;
    /** The text size in points (TABLE_TEXT_SIZE unless a table of many rows asks for less). */
    size?: number;
  },
): NativeSlide[] {
  const { colW, header, rows } = table;
  const size = table.size ?? TABLE_TEXT_SIZE;
  const unit = table.unit ?? 'skills';
  // Estimated with a little to spare (lineHeight is 1.25 lines; Arial in LibreOffice takes 1.15):
  // a row whose text needs more room is grown by PowerPoint and LibreOffice, pushing the table past
  // the slide's foot. Words are wrapped as if bold, and 0.16 inches of the cell are its margins.
  const height = (text: string, width: number) =>
    Math.max(0.26, wrapIn(text, width - 0.16, size, true).length * lineHeight(size) + 0.1);
  const rowHeight = (row: TableCell[]) => Math.max(...row.map((cell, i) => height(cell.text, colW[i])));
  const headerHeight = rowHeight(header);
  const make = (slideTitle: string) =>
    slideFrame({ title: slideTitle, summary: table.summary, legend, source, theme });
  const fitsOn = (room: number) => {
    let [count, used] = [0, headerHeight];
    for (const row of rows) {
      if (used + rowHeight(row) > room) break;
      used += rowHeight(row);
      count += 1;
    }
    return Math.max(1, count);
  };
  const plain = make(title);
  const all = rows.map((_, r) => r);
  const pages =
    fitsOn(plain.body.h) >= rows.length
      ? [all]
      : chunkBy(all, fitsOn(make(`${title} (${unit} 10–18 of 18)`).body.h));
  return pages.map((page) => {
    const slideTitle =
      pages.length > 1
        ? `${title} (${unit} ${page[0] + 1}–${page[page.length - 1] + 1} of ${rows.length})`
        : title;
    const frame = pages.length > 1 ? make(slideTitle) : plain;
    const tableRows = [header, ...page.map((r) => rows[r])];
    return {
      title: slideTitle,
      background: theme.background,
      notes: table.notes,
      items: [
        ...frame.items,
        {
          type: 'table',
          x: frame.body.x + (frame.body.w - colW.reduce((a, b) => a + b, 0)) / 2,
          y: frame.body.y,
          colW,
          rowH: tableRows.map(rowHeight),
          rows: tableRows,
          size,
          name: `${table.name}: ${title}`,
        },
      ],
    };
  });
}
