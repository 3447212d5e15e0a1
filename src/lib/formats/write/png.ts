/** A chart as a PNG at 1×, 2× or 4×, on the theme's background or transparent. */
import { svgToPng } from '../../export/formats';
import type { Writer } from '../exports';

const write: Writer = async ({ standalone, fileName, options }) => {
  const scale = options.scale ?? 2;
  const { svg, width, height } = await standalone(options);
  const suffix = `${scale}x${options.transparent ? '-transparent' : ''}`;
  return { blob: await svgToPng(svg, width, height, scale), fileName: fileName(`${suffix}.png`) };
};
export default write;
