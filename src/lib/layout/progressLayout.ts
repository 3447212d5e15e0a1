/**
 * The history chart: how far each dated snapshot was from a target level, oldest left. The height
 * is the steps still short (zero, at the baseline, is "meets everything it asks"), so a line that
 * falls toward the baseline is a profile moving toward the target. Snapshots are evenly spaced
 * (their dates are labels), as people save them irregularly. Pure, in SVG units.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { ProgressPoint } from '../model/assessmentHistory';
import { count } from '../model/count';

export const PROGRESS_SIZES = { width: 520, height: 200, left: 56, right: 24, top: 24, bottom: 40 };

export interface ProgressMark extends ProgressPoint {
  x: number;
  y: number;
  /** "2026-12-01 (self): meets 4 of 10; 6 steps short". */
  label: string;
}

export interface ProgressLayout {
  width: number;
  height: number;
  path: string;
  marks: ProgressMark[];
  yTicks: { y: number; label: string }[];
  baseline: number;
}

export function progressLabel(p: ProgressPoint): string {
  const short = p.steps === 0 ? 'nothing short' : `${count(p.steps, 'step')} short`;
  return `${p.date} (${p.source}): meets ${p.met} of ${p.asked}; ${short}`;
}

export function layoutProgress(points: ProgressPoint[]): ProgressLayout {
  const s = PROGRESS_SIZES;
  const keys = points.map((p, i) => `${i}`);
  const x = scalePoint<string>()
    .domain(keys)
    .range([s.left + 30, s.width - s.right - 30])
    .align(0.5);
  const most = Math.max(1, ...points.map((p) => p.steps));
  const y = scaleLinear()
    .domain([0, most])
    .range([s.height - s.bottom, s.top])
    .nice();
  const marks = points.map((p, i) => ({
    ...p,
    x: points.length === 1 ? (s.left + s.width - s.right) / 2 : x(keys[i])!,
    y: y(p.steps),
    label: progressLabel(p),
  }));
  const path =
    line<ProgressMark>()
      .x((m) => m.x)
      .y((m) => m.y)(marks) ?? '';
  const yTicks = y
    .ticks(Math.min(4, most))
    .filter(Number.isInteger)
    .map((t) => ({ y: y(t), label: String(t) }));
  return { width: s.width, height: s.height, path, marks, yTicks, baseline: y(0) };
}
