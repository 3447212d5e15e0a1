/**
 * The matrix as a native PowerPoint table: a cell per requirement filled with its proficiency's
 * colour, its proficiency and change mark as text, header rows for the levels, their tracks and
 * (with changes on) what changed. No merged cells (pptxgenjs's spans misbehave, and worse in
 * Keynote): a level's name is repeated over each of its tracks. Too many rows or columns for one
 * slide are split across slides, the header rows and the skill column repeated on each.
 */
import type { ChartContext } from '../../lib/charts/types';
import { matrixChart, matrixColumns, type MatrixRecord } from './definition';
import { chunkBy } from '../../lib/slides/chunks';
import { lineHeight, slideFrame, wrapIn } from '../../lib/slides/frame';
import type { NativeSlide, TableCell, TableItem, ChartSlideParts } from '../../lib/slides/types';

const SIZE = 9;
/** A cell's inner margin, each side (inches). */
export const CELL_MARGIN = 0.04;
const SKILL_WIDTH = 1.9;
const MIN_COLUMN = 0.8;
const MAX_COLUMN = 1.15;

function cellHeight(lines: number): number {
  return Math.max(0.26, lines * lineHeight(SIZE) + CELL_MARGIN * 2 + 0.02);
}

function linesIn(text: string, width: number, bold = false): number {
  return wrapIn(text, width - CELL_MARGIN * 2 - 0.02, SIZE, bold).length;
}

export function matrixSlides({ ctx, title, legend, source, theme }: ChartSlideParts): NativeSlide[] {
  const records = matrixChart.rows(ctx);
  const columns = matrixColumns(records);
  const hasTracks = columns.some((column) => column.trackLabel !== undefined);
  const notes = matrixNotes(ctx, records);

  const header = (text: string, bold = true): TableCell => ({
    text,
    fill: null,
    colour: theme.ink,
    bold,
    align: 'center',
    border: theme.inkSoft,
  });

  const build = (slideTitle: string, columnIndexes: number[], rowIndexes: number[]) => {
    const frame = slideFrame({ title: slideTitle, legend, source, theme });
    const columnWidth = Math.min(MAX_COLUMN, (frame.body.w - SKILL_WIDTH) / columnIndexes.length);
    const picked = columnIndexes.map((c) => columns[c]);
    const headerRows: TableCell[][] = [
      [header('Skill'), ...picked.map((column) => header(column.level.name))],
    ];
    if (hasTracks)
      headerRows.push([header(''), ...picked.map((column) => header(column.trackLabel ?? '', false))]);
    if (ctx.showChanges || ctx.you)
      headerRows.push([
        header(ctx.you ? 'Your gap' : 'Changes', false),
        ...picked.map((column) => header(column.summaryLines.join('\n'), false)),
      ]);
    const bodyRows: TableCell[][] = rowIndexes.map((r) => [
      {
        text: records[r].skill.name,
        fill: null,
        colour: theme.ink,
        bold: true,
        align: 'left',
        border: theme.inkSoft,
      },
      ...columnIndexes.map((c): TableCell => {
        const { cell } = records[r].cells[c];
        const text = cell.badge ? `${cell.text}\n${cell.badge}` : cell.text;
        return cell.required
          ? {
              text,
              fill: cell.fill,
              // Unchanged cells are pale, as on the page, so the changes stand out; their text is the
              // page's ink, which reads on the paler colour.
              transparency: cell.quiet ? 60 : undefined,
              colour: cell.quiet ? theme.ink : cell.textColour,
              align: 'center',
              border: theme.background,
            }
          : {
              text,
              fill: null,
              colour: theme.inkSoft,
              align: 'center',
              dashed: true,
              border: theme.inkSoft,
            };
      }),
    ]);
    const colW = [SKILL_WIDTH, ...columnIndexes.map(() => columnWidth)];
    const heightOf = (row: TableCell[]) =>
      cellHeight(Math.max(...row.map((cell, i) => linesIn(cell.text, colW[i], cell.bold))));
    const rows = [...headerRows, ...bodyRows];
    const table: TableItem = {
      type: 'table',
      x: frame.body.x,
      y: frame.body.y,
      colW,
      rowH: rows.map(heightOf),
      rows,
      size: SIZE,
      name: 'Matrix: skills by level',
    };
    return { frame, table, headerCount: headerRows.length };
  };

  // How many columns fit across, and then how many skills fit down each slide.
  const { body } = slideFrame({ title, legend, source, theme });
  // "You" goes on every slide, beside the skills: the gap marks are read against it.
  const yours = columns.filter((column) => column.you).map((column) => columns.indexOf(column));
  const levelIndexes = columns.map((_, c) => c).filter((c) => !yours.includes(c));
  const perSlide = Math.max(1, Math.floor((body.w - SKILL_WIDTH) / MIN_COLUMN) - yours.length);
  const columnChunks = chunkBy(levelIndexes, perSlide).map((chunk) => [...yours, ...chunk]);
  // The skills each slide takes: as many as fit under the header, shared out evenly (11 skills on
  // two slides as 6 and 5, not 10 and 1).
  const split = (columnIndexes: number[], slideTitle: string): number[][] => {
    const whole = build(
      slideTitle,
      columnIndexes,
      records.map((_, r) => r),
    );
    const headerHeight = whole.table.rowH.slice(0, whole.headerCount).reduce((a, b) => a + b, 0);
    const room = whole.frame.body.h - headerHeight;
    const heights = whole.table.rowH.slice(whole.headerCount);
    const fits = (page: number[]) => page.reduce((sum, r) => sum + heights[r], 0) <= room;
    const greedy: number[][] = [[]];
    heights.forEach((_, r) => {
      const page = greedy[greedy.length - 1];
      if (page.length > 0 && !fits([...page, r])) greedy.push([r]);
      else page.push(r);
    });
    const even = chunkBy(
      heights.map((_, r) => r),
      Math.ceil(heights.length / greedy.length),
    );
    return even.length === greedy.length && even.every(fits) ? even : greedy;
  };

  const slides: NativeSlide[] = [];
  const range = (what: string, picked: number[], total: number) =>
    `${what} ${picked[0] + 1}–${picked[picked.length - 1] + 1} of ${total}`;
  for (const columnIndexes of columnChunks) {
    const plain = split(columnIndexes, title);
    // A split slide's title says which part it is; the room is worked out with a title that long.
    const needsPart = columnChunks.length > 1 || plain.length > 1;
    const longTitle = `${title} (levels 10–18 of 18, skills 10–18 of 18)`;
    const rowPages = needsPart ? split(columnIndexes, longTitle) : plain;
    for (const rowIndexes of rowPages) {
      const parts = [
        ...(columnChunks.length > 1
          ? [
              range(
                'levels',
                columnIndexes.filter((c) => !yours.includes(c)).map((c) => levelIndexes.indexOf(c)),
                levelIndexes.length,
              ),
            ]
          : []),
        ...(rowPages.length > 1 ? [range('skills', rowIndexes, records.length)] : []),
      ];
      const slideTitle = parts.length > 0 ? `${title} (${parts.join(', ')})` : title;
      const { frame, table } = build(slideTitle, columnIndexes, rowIndexes);
      slides.push({
        title: slideTitle,
        background: theme.background,
        items: [...frame.items, table],
        notes,
      });
    }
  }
  return slides;
}

/** The speaker notes: what the matrix shows, and what each level changes, in words. */
function matrixNotes(ctx: ChartContext, records: MatrixRecord[]): string {
  const lines = [matrixChart.describe(ctx)];
  for (const column of matrixColumns(records)) lines.push(`${column.label}: ${column.summary}.`);
  return lines.join('\n');
}

/** The slides builder the deck finds in this folder. */
export default matrixSlides;
