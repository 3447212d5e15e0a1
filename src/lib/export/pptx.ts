/**
 * PowerPoint decks (pptxgenjs, loaded on demand): native slides, whose tables, charts, shapes and
 * text the presenter can edit (`lib/slides`), or the chart as a picture (SVG with a PNG fallback)
 * for a slide that must look exactly like the app. Browser only.
 */
import type PptxGenJS from 'pptxgenjs';
import { SLIDE, type ChartItem, type NativeSlide, type SlideItem, type TableItem } from '../slides/types';
import { base64 } from './base64';
import { SVG_MIME, hex } from './formats';
import { slideTitle } from '../slides/frame';

/** A font every presentation program has, or swaps for one with the same widths (Liberation Sans). */
export const SLIDE_FONT = 'Arial';

export interface PictureSlide {
  title: string;
  /** The chart with its legend (no title, no source line): a vector image. */
  svg: string;
  width: number;
  height: number;
  altText: string;
  /** A sentence under the title (the comparison's summary), if the chart has one. */
  summary?: string;
  /** What the chart shows in words, for the presenter: the slide's speaker notes. */
  notes: string;
  source: string;
  background: string;
  ink: string;
}

/** The deck's first slide: what it is about, from where, and when it was made. */
/** A deck's cover: what the talk is about, and one line of source and licence; the rest in its notes. */
export interface CoverSlide {
  title: string;
  subtitle: string;
  lines: string[];
  /** The speaker notes: what was left out of the deck and why, and the source's full attribution. */
  notes: string;
  background: string;
  ink: string;
}

export type DeckSlide = { native: NativeSlide } | { picture: PictureSlide };

type Pptx = InstanceType<typeof PptxGenJS>;
type PptxSlide = ReturnType<Pptx['addSlide']>;

function addCover(pptx: Pptx, cover: CoverSlide) {
  const s = pptx.addSlide();
  s.background = { color: hex(cover.background) };
  const w = SLIDE.width - 1.2;
  const text = { x: 0.6, w, color: hex(cover.ink), fontFace: SLIDE_FONT, margin: 0 };
  s.addText(cover.title, { ...text, y: 1.3, h: 1, fontSize: 32, bold: true, valign: 'bottom' });
  s.addText(cover.subtitle, { ...text, y: 2.4, h: 0.5, fontSize: 18 });
  s.addText(cover.lines.join('\n'), { ...text, y: 3.1, h: 2.1, fontSize: 11, valign: 'top' });
  s.addNotes(cover.notes);
}

function addPicture(pptx: Pptx, slide: PictureSlide) {
  const s = pptx.addSlide();
  s.background = { color: hex(slide.background) };
  const text = { color: hex(slide.ink), fontFace: SLIDE_FONT, margin: 0 };
  // As a native slide's: 20 points on one line, else 16 on as many as it needs.
  const title = slideTitle(slide.title);
  s.addText(slide.title, {
    ...text,
    x: 0.4,
    y: 0.15,
    w: SLIDE.width - 0.8,
    h: title.height,
    fontSize: title.size,
    bold: true,
    valign: 'top',
  });
  const under = Math.max(0.85, 0.15 + title.height + 0.05);
  // The summary under the title, as tall as its words need (about 125 characters a line at 10 points).
  const summaryHeight = slide.summary ? Math.ceil(slide.summary.length / 125) * 0.17 + 0.08 : 0;
  if (slide.summary)
    s.addText(slide.summary, {
      ...text,
      x: 0.4,
      y: under,
      w: SLIDE.width - 0.8,
      h: summaryHeight,
      fontSize: 10,
      valign: 'top',
    });
  const top = slide.summary ? under + summaryHeight + 0.1 : under + 0.05;
  const box = { x: 0.4, y: top, w: SLIDE.width - 0.8, h: SLIDE.height - top - 0.5 };
  const ratio = Math.min(box.w / slide.width, box.h / slide.height);
  const [w, h] = [slide.width * ratio, slide.height * ratio];
  s.addImage({
    data: `data:${SVG_MIME};base64,${base64(new TextEncoder().encode(slide.svg))}`,
    x: box.x + (box.w - w) / 2,
    y: box.y + (box.h - h) / 2,
    w,
    h,
    altText: slide.altText,
  });
  s.addText(slide.source, {
    ...text,
    x: 0.4,
    y: SLIDE.height - 0.45,
    w: SLIDE.width - 0.8,
    h: 0.35,
    fontSize: 9,
  });
  s.addNotes(slide.notes);
}

const noLine = { type: 'none' } as const;

function addItem(pptx: Pptx, s: PptxSlide, item: SlideItem) {
  switch (item.type) {
    case 'text':
      s.addText(item.text, {
        x: item.x,
        y: item.y,
        w: item.w,
        h: item.h,
        fontSize: item.size,
        fontFace: SLIDE_FONT,
        bold: item.bold,
        color: hex(item.colour),
        align: item.align ?? 'left',
        valign: item.valign ?? 'top',
        margin: 0,
        fill: item.fill ? { color: hex(item.fill) } : undefined,
        objectName: item.name,
      });
      return;
    case 'shape': {
      const options = {
        shape:
          item.shape === 'roundRect'
            ? pptx.ShapeType.roundRect
            : item.shape === 'ellipse'
              ? pptx.ShapeType.ellipse
              : pptx.ShapeType.rect,
        x: item.x,
        y: item.y,
        w: item.w,
        h: item.h,
        rectRadius: item.shape === 'roundRect' ? Math.min(0.08, Math.min(item.w, item.h) / 3) : undefined,
        fill: item.fill
          ? { color: hex(item.fill), transparency: item.transparency }
          : { type: 'none' as const },
        line: item.line
          ? {
              color: hex(item.line),
              width: item.lineWidth ?? 1,
              dashType: item.dashed ? ('dash' as const) : undefined,
            }
          : noLine,
        objectName: item.name,
      };
      if (item.text)
        s.addText(item.text, {
          ...options,
          fontSize: item.size ?? 9,
          fontFace: SLIDE_FONT,
          bold: item.bold,
          color: hex(item.colour ?? '#000000'),
          align: 'center',
          valign: 'middle',
          margin: 0,
        });
      else s.addShape(options.shape, options);
      return;
    }
    case 'path': {
      const points = [item.from, item.to, ...(item.controls ?? [])];
      const [left, top] = [Math.min(...points.map((p) => p[0])), Math.min(...points.map((p) => p[1]))];
      const [right, bottom] = [Math.max(...points.map((p) => p[0])), Math.max(...points.map((p) => p[1]))];
      const line = {
        color: hex(item.colour),
        width: item.width,
        dashType: item.dashed ? ('dash' as const) : undefined,
      };
      if (!item.controls) {
        s.addShape(pptx.ShapeType.line, {
          x: left,
          y: top,
          w: right - left,
          h: bottom - top,
          // A line runs top left to bottom right unless flipped.
          flipV: (item.to[1] - item.from[1]) * (item.to[0] - item.from[0]) < 0,
          line,
          objectName: item.name,
        });
        return;
      }
      const at = ([x, y]: [number, number]) => ({ x: x - left, y: y - top });
      const [c1, c2] = item.controls.map(at);
      // custGeom is in pptxgenjs's enum but not its typings.
      s.addShape('custGeom' as PptxGenJS.ShapeType, {
        x: left,
        y: top,
        w: right - left,
        h: bottom - top,
        points: [
          at(item.from),
          { ...at(item.to), curve: { type: 'cubic', x1: c1.x, y1: c1.y, x2: c2.x, y2: c2.y } },
        ],
        line,
        fill: { type: 'none' },
        objectName: item.name,
      });
      return;
    }
    case 'table':
      addTable(s, item);
      return;
    case 'chart':
      addChart(pptx, s, item);
      return;
  }
}

function addTable(s: PptxSlide, item: TableItem) {
  s.addTable(
    item.rows.map((row) =>
      row.map((cell) => {
        const border = {
          type: cell.dashed ? ('dash' as const) : ('solid' as const),
          pt: 1,
          color: hex(cell.border),
        };
        return {
          text: cell.text,
          options: {
            fill: cell.fill ? { color: hex(cell.fill), transparency: cell.transparency } : undefined,
            color: hex(cell.colour),
            bold: cell.bold,
            align: cell.align ?? 'center',
            valign: 'middle' as const,
            border: [border, border, border, border] as [
              typeof border,
              typeof border,
              typeof border,
              typeof border,
            ],
            margin: 0.04,
          },
        };
      }),
    ),
    {
      x: item.x,
      y: item.y,
      colW: item.colW,
      rowH: item.rowH,
      fontSize: item.size,
      fontFace: SLIDE_FONT,
      autoPage: false,
      objectName: item.name,
    },
  );
}

function addChart(pptx: Pptx, s: PptxSlide, item: ChartItem) {
  const ink = hex(item.ink);
  const soft = hex(item.inkSoft);
  const font = { fontFace: SLIDE_FONT };
  s.addChart(item.chart === 'line' ? pptx.ChartType.line : pptx.ChartType.bar, item.series, {
    x: item.x,
    y: item.y,
    w: item.w,
    h: item.h,
    altText: item.altText,
    chartColors: item.colours.map(hex),
    invertedColors: item.negativeColour ? [hex(item.negativeColour)] : undefined,
    barDir: item.horizontal ? 'bar' : 'col',
    barGapWidthPct: 40,
    // Skills from the top down, as the page lists them.
    catAxisOrientation: item.horizontal ? ('maxMin' as 'minMax') : 'minMax',
    catAxisHidden: item.categoryAxis?.hidden,
    // At the plot's edge, not at zero, where the bars going left would cover them.
    catAxisLabelPos: 'low',
    catAxisLabelColor: ink,
    catAxisLabelFontSize: 9,
    catAxisLabelFontFace: SLIDE_FONT,
    catAxisLineShow: true,
    valAxisHidden: item.valueAxis.hidden,
    valAxisMinVal: item.valueAxis.min,
    valAxisMaxVal: item.valueAxis.max,
    valAxisMajorUnit: item.valueAxis.step,
    valAxisLabelColor: ink,
    valAxisLabelFontSize: 9,
    valAxisLabelFontFace: SLIDE_FONT,
    showValAxisTitle: item.valueAxis.title !== undefined,
    valAxisTitle: item.valueAxis.title,
    valAxisTitleColor: ink,
    valAxisTitleFontSize: 9,
    valGridLine: item.chart === 'line' ? { color: soft, size: 0.5, style: 'dash' } : { style: 'none' },
    catGridLine: { style: 'none' },
    showLegend: item.chart === 'line',
    legendPos: 'r',
    legendFontSize: 9,
    legendFontFace: SLIDE_FONT,
    legendColor: ink,
    showTitle: item.title !== undefined,
    title: item.title,
    titleColor: ink,
    titleFontSize: 10,
    titleFontFace: SLIDE_FONT,
    showValue: item.dataLabels,
    dataLabelColor: ink,
    dataLabelFontSize: 9,
    dataLabelFontFace: SLIDE_FONT,
    dataLabelPosition: item.dataLabels ? 'outEnd' : undefined,
    dataLabelFormatCode: '+0;−0;=',
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 6,
    layout: item.plot,
    ...font,
  });
}

function addNative(pptx: Pptx, slide: NativeSlide) {
  const s = pptx.addSlide();
  s.background = { color: hex(slide.background) };
  for (const item of slide.items) addItem(pptx, s, item);
  s.addNotes(slide.notes);
}

/**
 * A 16:9 deck: the cover (if any), then each slide, native or picture. `onSlide` is called after
 * each slide, so a long deck can report progress and let the page paint.
 */
export async function slidesToPptx(
  slides: DeckSlide[],
  onSlide: (done: number) => Promise<void> | void = () => {},
  cover?: CoverSlide,
) {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const first = slides[0];
  pptx.title =
    cover?.title ??
    (first ? ('native' in first ? first.native.title : first.picture.title) : 'Pathway Explorer');
  if (cover) addCover(pptx, cover);
  for (const [i, slide] of slides.entries()) {
    if ('native' in slide) addNative(pptx, slide.native);
    else addPicture(pptx, slide.picture);
    await onSlide(i + 1);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
