/** A chart as a standalone SVG file: its title, legend and source with it, fonts inlined. */
import { SVG_MIME } from '../../export/formats';
import type { Writer } from '../exports';

const write: Writer = async ({ standalone, fileName }) => {
  const { svg } = await standalone();
  return { blob: new Blob([svg], { type: SVG_MIME }), fileName: fileName('svg') };
};
export default write;
