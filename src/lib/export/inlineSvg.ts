import { color } from 'd3-color';
import { INLINED_PROPERTIES } from './standaloneSvg';

/**
 * Paint without alpha: "rgba(0, 0, 0, 0)" becomes "none", other alphas move to *-opacity.
 * PDF converters (svg2pdf.js) mishandle rgba, and some drop the whole page over it.
 */
export function plainPaint(value: string): { paint: string; opacity?: number } {
  if (value === 'none' || value.startsWith('url(')) return { paint: value };
  const parsed = color(value);
  if (!parsed) return { paint: value };
  if (parsed.opacity === 0) return { paint: 'none' };
  const opaque = parsed.copy({ opacity: 1 }).formatHex();
  return parsed.opacity < 1 ? { paint: opaque, opacity: parsed.opacity } : { paint: opaque };
}

/** Elements that only serve interaction (focus rings, wide hit areas) and add nothing to a picture. */
const INTERACTIVE_ONLY = '.ring, .hit';
const INTERACTIVE_ATTRIBUTES = [
  'tabindex',
  'role',
  'aria-pressed',
  'aria-selected',
  'data-row',
  'data-col',
  'class',
];

/**
 * A chart's SVG as standalone markup: a clone with each element's computed style written into its
 * own attributes (so no stylesheet is needed), interaction-only parts removed. Needs the live DOM:
 * computed styles exist only for rendered elements. Returns the inner markup and the chart's size.
 */
export function inlineChartSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i] as SVGElement;
    const style = getComputedStyle(original);
    for (const property of INLINED_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (value === '' || (property === 'r' && original.tagName !== 'circle')) continue;
      if (property === 'r') copy.setAttribute('r', value.replace('px', ''));
      else if (property === 'fill' || property === 'stroke') {
        const { paint, opacity } = plainPaint(value);
        copy.style.setProperty(property, paint);
        if (opacity !== undefined) copy.style.setProperty(`${property}-opacity`, String(opacity));
      } else if (property === 'font-weight') {
        // Two weights only: PDF's standard fonts have regular and bold, and svg2pdf.js falls back
        // to a serif face for weights it cannot match (such as 600).
        copy.style.setProperty(property, Number(value) >= 600 || value === 'bold' ? 'bold' : 'normal');
      } else if (!copy.style.getPropertyValue(property)) copy.style.setProperty(property, value);
    }
  });
  clone.querySelectorAll(INTERACTIVE_ONLY).forEach((element) => element.remove());
  for (const element of [clone, ...clone.querySelectorAll('*')]) {
    for (const attribute of INTERACTIVE_ATTRIBUTES) element.removeAttribute(attribute);
    // Font families come from the export's safe stack on the root.
    (element as SVGElement).style?.removeProperty('font-family');
  }
  const viewBox = svg.viewBox.baseVal;
  // XMLSerializer, not innerHTML: HTML serialisation may write entities (&nbsp;) that XML lacks.
  const serializer = new XMLSerializer();
  const markup = [...clone.childNodes].map((node) => serializer.serializeToString(node)).join('');
  return { markup, width: viewBox.width, height: viewBox.height };
}
