/**
 * The little colour maths the first view needs, as d3 does it (d3-color's rgb parsing, darker and
 * formatHex; d3-interpolate's interpolateRgbBasis), so that d3-color and d3-interpolate are not part
 * of the first page load: the later charts still use them. `colourMaths.test.ts` holds every
 * function here to d3's own answers.
 */

/** A colour as #rrggbb or #rgb, as its red, green and blue (0–255); NaN for anything else. */
export function rgbOf(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim())?.[1];
  if (!hex) return [NaN, NaN, NaN];
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** A channel as d3 writes it: rounded, within 0–255. */
const clamp = (value: number) => Math.max(0, Math.min(255, Math.round(value) || 0));

/** #rrggbb, each channel rounded and clamped (d3-color's formatHex). */
export function hexOf([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => clamp(v).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour darker by `k` steps of 0.7 (d3-color's darker(k)), as #rrggbb. */
export function darkerHex(colour: string, k: number): string {
  const factor = 0.7 ** k;
  return hexOf(rgbOf(colour).map((v) => v * factor) as [number, number, number]);
}

/** The uniform cubic B-spline through `values` at t (d3-interpolate's basis). */
function basisSpline(values: number[], t: number): number {
  const n = values.length - 1;
  let i: number;
  if (t <= 0) [t, i] = [0, 0];
  else if (t >= 1) [t, i] = [1, n - 1];
  else i = Math.floor(t * n);
  const [v1, v2] = [values[i], values[i + 1]];
  const v0 = i > 0 ? values[i - 1] : 2 * v1 - v2;
  const v3 = i < n - 1 ? values[i + 2] : 2 * v2 - v1;
  const t1 = (t - i / n) * n;
  const [t2, t3] = [t1 * t1, t1 * t1 * t1];
  return (
    ((1 - 3 * t1 + 3 * t2 - t3) * v0 +
      (4 - 6 * t2 + 3 * t3) * v1 +
      (1 + 3 * t1 + 3 * t2 - 3 * t3) * v2 +
      t3 * v3) /
    6
  );
}

/** The colour at t (0–1) of a B-spline ramp through `stops`, as #rrggbb (interpolateRgbBasis). */
export function rampAt(stops: readonly string[], t: number): string {
  const channels = stops.map(rgbOf);
  // d3 writes the interpolated colour as rgb() with whole channels, then it is read again.
  return hexOf(
    [0, 1, 2].map((c) =>
      clamp(
        basisSpline(
          channels.map((rgb) => rgb[c]),
          t,
        ),
      ),
    ) as [number, number, number],
  );
}
