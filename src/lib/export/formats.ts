/**
 * Turning a standalone SVG into files: PNG (canvas), PDF (jsPDF + svg2pdf.js, loaded on demand),
 * and getting them to the person (download, clipboard). PowerPoint is `pptx.ts`.
 * Browser only.
 */
import { rgb } from 'd3-color';
import { PDF_FONT_FAMILY, loadPdfFonts } from './pdfFonts';
import { placeOnPage, type PdfPage } from './pdfPage';

export const SVG_MIME = 'image/svg+xml';

async function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: SVG_MIME }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A PNG of the SVG at `scale` times its size, on its own background (transparent if it has none). */
export async function svgToPng(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  const image = await loadImage(svg);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('This browser cannot draw on a canvas, so it cannot make a PNG.');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
      'image/png',
    ),
  );
}

/**
 * A vector PDF of one chart per page (most charts are one page; the career map on paper is a family
 * to a page), its text as real (searchable) text in an embedded DejaVu Sans, so that ▲ ✎ ◀ and ·
 * show as they do in the app. Each page is its chart's own size or a paper size with the chart
 * fitted inside margins, on the theme's background to the page's edges.
 */
export async function svgToPdf(
  pages: { svg: string; width: number; height: number }[],
  options: { page: PdfPage; background?: string },
): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }, fonts] = await Promise.all([
    import('jspdf'),
    import('svg2pdf.js'),
    loadPdfFonts(),
  ]);
  const places = pages.map(({ width, height }) => placeOnPage(options.page, width, height));
  const orientation = (place: (typeof places)[number]) =>
    place.pageWidth >= place.pageHeight ? 'landscape' : 'portrait';
  const doc = new jsPDF({
    orientation: orientation(places[0]),
    unit: 'pt',
    format: [places[0].pageWidth, places[0].pageHeight],
    compress: true,
  });
  for (const font of fonts) {
    doc.addFileToVFS(font.file, font.base64);
    doc.addFont(font.file, PDF_FONT_FAMILY, font.style);
  }
  for (const [i, { svg }] of pages.entries()) {
    const place = places[i];
    if (i > 0) doc.addPage([place.pageWidth, place.pageHeight], orientation(place));
    if (options.background) {
      doc.setFillColor(`#${hex(options.background)}`);
      doc.rect(0, 0, place.pageWidth, place.pageHeight, 'F');
    }
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-100000px;top:0';
    host.setAttribute('aria-hidden', 'true');
    const parsed = new DOMParser().parseFromString(svg, SVG_MIME);
    if (parsed.querySelector('parsererror')) throw new Error('the chart could not be read as SVG.');
    preparePdfText(parsed.documentElement);
    host.append(parsed.documentElement);
    document.body.append(host);
    try {
      await svg2pdf(host.firstElementChild!, doc, {
        x: place.x,
        y: place.y,
        width: place.width,
        height: place.height,
      });
    } finally {
      host.remove();
    }
  }
  return doc.output('blob');
}

/**
 * Sets every text in the embedded font: svg2pdf.js takes the first family of the stack it knows,
 * Helvetica, which lacks ▲. (Weights are already regular or bold: see `inlineSvg.ts`.)
 */
function preparePdfText(root: Element): void {
  root.setAttribute('font-family', `'${PDF_FONT_FAMILY}'`);
  for (const element of root.querySelectorAll('[font-family]')) element.removeAttribute('font-family');
}

/**
 * A colour as PowerPoint and jsPDF take it, six hex digits: the theme's CSS colours reach the export
 * as the minifier wrote them ("#fff"), and pptxgenjs replaces a 3-digit colour with black.
 */
export const hex = (colour: string) => {
  const parsed = rgb(colour);
  return (Number.isNaN(parsed.r) ? '#000000' : parsed.formatHex()).slice(1).toUpperCase();
};

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Lets the browser paint between steps of a long job, so the page stays responsive. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
