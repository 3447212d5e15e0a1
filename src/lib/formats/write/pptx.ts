/** A chart as PowerPoint: native, editable slides (pptx) or the chart as a picture (pptx-picture). */
import { slidesToPptx } from '../../export/pptx';
import type { Writer } from '../exports';

const write: Writer = async ({ format, slides, fileName }) => {
  const native = format === 'pptx';
  return {
    blob: await slidesToPptx(await slides(native ? 'native' : 'picture')),
    fileName: fileName(native ? 'pptx' : 'picture.pptx'),
  };
};
export default write;
