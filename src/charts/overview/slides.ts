/**
 * The track overview as native bar charts, one per level where the tracks split, side by side:
 * a bar per skill of the first track's proficiency rank minus the second's (right: the first asks
 * more; left: the second), coloured by which, with the data embedded so "Edit data" works. The
 * skills are named once, by the first chart; every chart's plot area is set to the same height so
 * their rows line up. More than four splits go on as many slides as they need.
 */
import { overviewChart, overviewTracks } from './definition';
import { chunkBy } from '../../lib/slides/chunks';
import { slideFrame } from '../../lib/slides/frame';
import type { ChartItem, NativeSlide, SlideItem, ChartSlideParts } from '../../lib/slides/types';

const PER_SLIDE = 4;
const LABELS = 2.5;

export function overviewSlides({ ctx, title, legend, source, theme }: ChartSlideParts): NativeSlide[] {
  const panels = overviewChart.rows(ctx);
  if (panels.length === 0) return [];
  const [first, second] = overviewTracks(ctx, panels)!;
  const [more, less] = [legend[0]?.fill ?? '#2674ad', legend[1]?.fill ?? '#8a5a9e'];
  const extent = Math.max(1, ...panels.flatMap((panel) => panel.bars.map((bar) => Math.abs(bar.value))));
  const notes = [overviewChart.describe(ctx), ...panels.map((panel) => `${panel.ariaLabel}.`)].join('\n');
  const pages = chunkBy(panels, PER_SLIDE);
  return pages.map((page, p) => {
    const slideTitle = pages.length > 1 ? `${title} (${p + 1} of ${pages.length})` : title;
    const frame = slideFrame({ title: slideTitle, legend, source, theme });
    const { body } = frame;
    const width = (body.w - LABELS) / page.length;
    const plot = { y: 0.13, h: 0.84 };
    const charts = page.map((panel, i): ChartItem => {
      const w = i === 0 ? LABELS + width : width;
      return {
        type: 'chart',
        chart: 'bar',
        horizontal: true,
        x: i === 0 ? body.x : body.x + LABELS + i * width,
        y: body.y,
        w,
        h: body.h,
        series: [
          {
            name: `${first} minus ${second} (proficiency steps)`,
            labels: panel.bars.map((bar) => bar.skill.name),
            values: panel.bars.map((bar) => bar.value),
          },
        ],
        colours: [more],
        negativeColour: less,
        // Room beyond the longest bar for its label, clear of the skill names.
        valueAxis: { min: -extent - 0.7, max: extent + 0.7, step: 1, hidden: true },
        categoryAxis: { hidden: i > 0 },
        plot:
          i === 0
            ? { x: LABELS / w, y: plot.y, w: (width * 0.92) / w, h: plot.h }
            : { x: 0.04, y: plot.y, w: 0.92, h: plot.h },
        dataLabels: true,
        altText: `${panel.title}: ${panel.ariaLabel}`,
        ink: theme.ink,
        inkSoft: theme.inkSoft,
      };
    });
    // Each split level's name over its own plot (a chart's title would centre over its labels too).
    const titles = charts.map((chart, i): SlideItem => {
      const left = chart.x + chart.w * chart.plot!.x;
      return {
        type: 'text',
        x: left,
        y: body.y,
        w: chart.w * chart.plot!.w,
        h: body.h * plot.y,
        // Which way is which, in words as on the page: left the second track, right the first.
        text: `${page[i].title}\n◀ ${second}   ${first} ▶`,
        size: 10,
        bold: true,
        colour: theme.ink,
        align: 'center',
        valign: 'bottom',
        name: `Split level: ${page[i].title}`,
      };
    });
    return {
      title: slideTitle,
      background: theme.background,
      notes,
      items: [...frame.items, ...charts, ...titles],
    };
  });
}

/** The slides builder the deck finds in this folder. */
export default overviewSlides;
