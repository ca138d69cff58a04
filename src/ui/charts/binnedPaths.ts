/**
 * Many small coloured rectangles as a few SVG paths: one path per colour step. At 200 steps × 64
 * units the timeline would otherwise hold 12,800 rects (and the bidirectional heatmap 25,600), and
 * every configuration change would set attributes on each of them and lay them all out again.
 * Geometry stays exact; only the fill is stepped, to 1/BINS of the diverging scale per sign —
 * finer than the eye separates at bar size.
 */
import { stateColor } from './scales';

export const BINS = 12;

export interface ColouredRect {
  /** Value on the colour scale's domain (clamped to it). */
  v: number;
  x: number;
  y: number;
  w: number;
  h: number;
}

const r2 = (v: number): number => Math.round(v * 100) / 100;

/**
 * `colour` maps the domain [lo, hi] (default: the diverging state scale on -1..1); the domain is
 * cut into 2·BINS steps.
 */
export function binnedPaths(
  rects: Iterable<ColouredRect>,
  colour: (v: number) => string = stateColor,
  [lo, hi]: [number, number] = [-1, 1],
): { bin: number; d: string; fill: string }[] {
  const steps = 2 * BINS;
  const parts = new Map<number, string[]>();
  for (const { v, x, y, w, h } of rects) {
    const u = Number.isFinite(v) ? (Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo) : 0.5;
    const bin = Math.round(u * steps);
    const seg = `M${r2(x)} ${r2(y)}h${r2(w)}v${r2(h)}h${r2(-w)}z`;
    const list = parts.get(bin);
    if (list) list.push(seg);
    else parts.set(bin, [seg]);
  }
  return [...parts]
    .sort((a, b) => a[0] - b[0])
    .map(([bin, segs]) => ({ bin, d: segs.join(''), fill: colour(lo + (bin / steps) * (hi - lo)) }));
}
