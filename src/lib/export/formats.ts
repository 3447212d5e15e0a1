/**
 * Turning a standalone SVG into files: PNG (canvas), PDF (jsPDF + svg2pdf.js, loaded on demand),
 * PowerPoint (pptxgenjs, loaded on demand), and getting them to the person (download, clipboard).
 * Browser only.
 */
import { rgb } from 'd3-color';
import { pdfSafeText } from './standaloneSvg';

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

/** A one-page vector PDF the size of the SVG, its text as real (searchable) text. */
export async function svgToPdf(svg: string, width: number, height: number): Promise<Blob> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc = new jsPDF({
    orientation: width >= height ? 'landscape' : 'portrait',
    unit: 'pt',
    format: [width, height],
    compress: true,
  });
  const host = document.createElement('div');
  host.style.cssText = 'position:absolute;left:-100000px;top:0';
  host.setAttribute('aria-hidden', 'true');
  const parsed = new DOMParser().parseFromString(svg, SVG_MIME);
  if (parsed.querySelector('parsererror')) throw new Error('the chart could not be read as SVG.');
  const walker = parsed.createTreeWalker(parsed.documentElement, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    node.nodeValue = pdfSafeText(node.nodeValue ?? '');
  host.append(parsed.documentElement);
  document.body.append(host);
  try {
    await svg2pdf(host.firstElementChild!, doc, { x: 0, y: 0, width, height });
  } finally {
    host.remove();
  }
  return doc.output('blob');
}

export interface Slide {
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
export interface CoverSlide {
  title: string;
  subtitle: string;
  lines: string[];
  background: string;
  ink: string;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A colour as PowerPoint takes it, six hex digits: the theme's CSS colours reach the export as the
 * minifier wrote them ("#fff"), and pptxgenjs replaces a 3-digit colour with black.
 */
export const hex = (colour: string) => {
  const parsed = rgb(colour);
  return (Number.isNaN(parsed.r) ? '#000000' : parsed.formatHex()).slice(1).toUpperCase();
};

/**
 * A 16:9 deck, one slide per chart: its title, the chart as an SVG image (pptxgenjs adds the PNG
 * fallback older PowerPoints need) and the source line. `onSlide` is called after each slide.
 */
export async function slidesToPptx(
  slides: Slide[],
  onSlide: (done: number) => Promise<void> | void = () => {},
  cover?: CoverSlide,
) {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = cover?.title ?? slides[0]?.title ?? 'Pathway Explorer';
  const [slideW, slideH] = [10, 5.625];
  if (cover) {
    const s = pptx.addSlide();
    s.background = { color: hex(cover.background) };
    s.addText(cover.title, {
      x: 0.6,
      y: 1.4,
      w: slideW - 1.2,
      h: 1,
      fontSize: 32,
      bold: true,
      color: hex(cover.ink),
    });
    s.addText(cover.subtitle, {
      x: 0.6,
      y: 2.4,
      w: slideW - 1.2,
      h: 0.6,
      fontSize: 18,
      color: hex(cover.ink),
    });
    s.addText(cover.lines.join('\n'), {
      x: 0.6,
      y: 3.3,
      w: slideW - 1.2,
      h: 1.6,
      fontSize: 11,
      color: hex(cover.ink),
      valign: 'top',
    });
  }
  for (const [i, slide] of slides.entries()) {
    const s = pptx.addSlide();
    s.background = { color: hex(slide.background) };
    s.addText(slide.title, {
      x: 0.4,
      y: 0.15,
      w: slideW - 0.8,
      h: 0.7,
      fontSize: 20,
      bold: true,
      color: hex(slide.ink),
    });
    // The summary under the title, as tall as its words need (about 125 characters a line at 10 points).
    const summaryHeight = slide.summary ? Math.ceil(slide.summary.length / 125) * 0.17 + 0.08 : 0;
    if (slide.summary)
      s.addText(slide.summary, {
        // Level with the title's text, which pptxgenjs insets by its default margin.
        x: 0.48,
        y: 0.85,
        w: slideW - 0.8,
        h: summaryHeight,
        fontSize: 10,
        color: hex(slide.ink),
        valign: 'top',
        margin: 0,
      });
    const top = slide.summary ? 0.85 + summaryHeight + 0.1 : 0.9;
    const box = { x: 0.4, y: top, w: slideW - 0.8, h: slideH - top - 0.5 };
    const ratio = Math.min(box.w / slide.width, box.h / slide.height);
    const [w, h] = [slide.width * ratio, slide.height * ratio];
    s.addImage({
      data: `data:${SVG_MIME};base64,${base64(slide.svg)}`,
      x: box.x + (box.w - w) / 2,
      y: box.y + (box.h - h) / 2,
      w,
      h,
      altText: slide.altText,
    });
    s.addText(slide.source, {
      x: 0.4,
      y: slideH - 0.45,
      w: slideW - 0.8,
      h: 0.35,
      fontSize: 8,
      color: hex(slide.ink),
    });
    s.addNotes(slide.notes);
    await onSlide(i + 1);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

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
