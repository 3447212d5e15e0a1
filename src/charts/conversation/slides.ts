/**
 * The career conversation as one native slide (more for a long role): a table of each skill, your
 * rating, what the next level on each track asks with the gap in words, and your notes as evidence;
 * who and where under the title; a box for the actions agreed where the table leaves room; what each
 * next level says, in the framework's words, in the speaker notes.
 */
import { conversationChart, frameworkWords, nextLevelNames } from './definition';
import { conversationLevels } from './layout';
import { levelLabel } from '../../lib/model/framework';
import { fitText } from '../../lib/layout/wrap';
import { headerCell, nameCell, tableSlides } from '../../lib/slides/tableSlides';
import {
  SLIDE,
  MIN_TEXT_SIZE,
  type ChartSlideParts,
  type NativeSlide,
  type TableCell,
} from '../../lib/slides/types';
import { SIDE } from '../../lib/slides/frame';

export function conversationSlides(parts: ChartSlideParts): NativeSlide[] {
  const { ctx, theme } = parts;
  if (!ctx.you) return [];
  const levels = conversationLevels(ctx.index, ctx.you, ctx.youHeld ?? null);
  const next = nextLevelNames(ctx);
  const rows = conversationChart.rows(ctx);
  const table = conversationChart.csv(ctx, rows);
  const held = levels.held ? levelLabel(ctx.index.framework, levels.held) : 'not said';
  const summary = `${ctx.youName?.trim() || 'Anonymous'} · level held: ${held}${levels.said || !levels.held ? '' : ' (as the ratings reach)'} · ${frameworkWords(ctx)}.`;
  const plain = (text: string, bold = false): TableCell => ({
    ...headerCell(theme, text),
    bold,
    align: 'left',
  });
  const evidence = 4.2;
  const nextWidth =
    next.length === 0 ? 0 : Math.min(2.6, (SLIDE.width - 2 * SIDE - 2.6 - 1.4 - evidence) / next.length);
  const colW = [2.6, 1.4, ...next.map(() => nextWidth), evidence];
  const nextWords = levels.next.flatMap((level, i) => [
    `${next[i]}, in the framework's words:`,
    ...level.summary.paragraphs,
    ...level.summary.responsibilities.map((r) => `• ${r}`),
    ...(level.summary.note ? [level.summary.note] : []),
  ]);
  const slides = tableSlides(parts, {
    summary,
    colW,
    header: ['Skill', 'You', ...next.map((n) => `${n} asks`), 'Your evidence (your notes)'].map((text) =>
      headerCell(theme, text),
    ),
    rows: rows.map((row, r): TableCell[] => [
      nameCell(theme, row.skill.name),
      plain(table.rows[r][1]),
      ...row.next.map((n, i) =>
        n.gap.kind === 'not-asked'
          ? plain('not asked')
          : plain(`${table.rows[r][2 + i * 2]}\n${n.verdict}`, n.gap.kind === 'short'),
      ),
      plain(row.note ? fitText(row.note, 140) : '—'),
    ]),
    notes: [conversationChart.describe(ctx), summary, ...nextWords].join('\n'),
    name: 'Career conversation',
  });
  // Room for what is agreed, under the table of the last slide, where there is room.
  const last = slides.at(-1)!;
  const placed = last.items.find((item) => item.type === 'table');
  const foot = last.items.find((item) => item.type === 'text' && item.name === 'Source');
  if (placed?.type === 'table' && foot?.type === 'text') {
    const top = placed.y + placed.rowH.reduce((a, b) => a + b, 0) + 0.12;
    const height = foot.y - 0.1 - top;
    if (height >= 0.5)
      last.items.push(
        {
          type: 'shape',
          shape: 'rect',
          x: SIDE,
          y: top,
          w: SLIDE.width - 2 * SIDE,
          h: height,
          fill: null,
          line: theme.inkSoft,
          lineWidth: 1,
          name: 'Agreed actions',
        },
        {
          type: 'text',
          x: SIDE + 0.1,
          y: top + 0.06,
          w: SLIDE.width - 2 * SIDE - 0.2,
          h: 0.25,
          text: 'Agreed actions (what, who, by when):',
          size: MIN_TEXT_SIZE + 1,
          bold: true,
          colour: theme.ink,
          valign: 'top',
          name: 'Agreed actions: heading',
        },
      );
  }
  return slides;
}

/** The slides builder the deck finds in this folder. */
export default conversationSlides;
