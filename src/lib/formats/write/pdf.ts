/**
 * A chart as a vector PDF: at the chart's own size, one page as it is on screen; on paper, a page
 * per page of the chart.
 */
import { svgToPdf } from '../../export/formats';
import type { Writer } from '../exports';

const write: Writer = async ({ standalone, pages, fileName, options, background }) => {
  const page = options.page ?? 'chart';
  const drawn = [];
  for (const part of page === 'chart' ? [undefined] : pages()) drawn.push(await standalone({}, part));
  return {
    blob: await svgToPdf(drawn, { page, background }),
    fileName: fileName(page === 'chart' ? 'pdf' : `${page}.pdf`),
  };
};
export default write;
