/** A chart's data as a CSV file: its table twin's rows, as a spreadsheet opens them. */
import { chartTable } from '../../charts/registry';
import { csvFile } from '../csv';
import type { Writer } from '../exports';

const write: Writer = ({ kind, ctx, fileName }) => {
  const { header, rows } = chartTable(kind, ctx);
  return { blob: csvFile(header, rows), fileName: fileName('csv') };
};
export default write;
