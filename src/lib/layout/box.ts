/** A rectangle in a chart's SVG units: its top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
