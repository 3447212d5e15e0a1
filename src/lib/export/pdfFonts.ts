/**
 * The font a PDF embeds: DejaVu Sans (regular, bold and oblique), which has every glyph the app draws (▲ ▼ ✎
 * ◀ ▶ · ⇄ → −), where PDF's standard Helvetica has none of them. Its files are assets fetched only
 * when a PDF is asked for; jsPDF embeds only the glyphs the page uses. DejaVu's licence (Bitstream
 * Vera's) allows embedding.
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import obliqueUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf?url';
import { base64 } from './base64';

/** The family name the PDF's text is set in. */
export const PDF_FONT_FAMILY = 'DejaVu Sans';

export interface PdfFont {
  file: string;
  style: 'normal' | 'bold' | 'italic';
  /** The font file as base64, as jsPDF's virtual file system takes it. */
  base64: string;
}

let loading: Promise<PdfFont[]> | undefined;

/** Fetches the three faces once per page load. */
export function loadPdfFonts(): Promise<PdfFont[]> {
  loading ??= Promise.all(
    (
      [
        ['DejaVuSans.ttf', 'normal', regularUrl],
        ['DejaVuSans-Bold.ttf', 'bold', boldUrl],
        // "not required" is set in italic.
        ['DejaVuSans-Oblique.ttf', 'italic', obliqueUrl],
      ] as const
    ).map(async ([file, style, url]) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`the PDF's font could not be loaded (${response.status}).`);
      return { file, style, base64: base64(new Uint8Array(await response.arrayBuffer())) };
    }),
  ).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
