/**
 * How a hidden-state value becomes a bar length and a colour. Within tanh's range a linear scale
 * is honest; when values grow far beyond it (the Exploding preset's ReLU state reaches ±232), a
 * linear scale would draw the early steps as empty boxes, so the bars switch to a symmetric log
 * scale (linear near 0, logarithmic beyond ±0.1) and the legend says so. The transform is d3's
 * scaleSymlog's with constant 0.1, sign(v)·log1p(|v|/0.1) (equal to it, tests/components/barScale.test.ts), written out so
 * the first screen does not carry the rest of d3-scale's continuous-scale code for one formula.
 */

/** Above this extent the bars use the symmetric log scale. */
export const SYMLOG_FROM = 10;
/** Where the symmetric log turns from linear to logarithmic: small states (|h| ~ 0.1–1) stay visible. */
export const SYMLOG_CONSTANT = 0.1;

/** The legend's end labels: ±extent as the page's legend writes it (an integer as is, else one decimal). */
export const legendTick = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(1));

export interface BarScale {
  symlog: boolean;
  /** |v| → bar length in px, 0..maxLen. */
  len: (absValue: number) => number;
  /** v → position on the colour scale, −1..1. */
  norm: (v: number) => number;
}

export function barScale(extent: number, maxLen: number): BarScale {
  const symlog = extent > SYMLOG_FROM;
  const f = (a: number) => (symlog ? Math.log1p(a / SYMLOG_CONSTANT) : a);
  const top = f(extent);
  const unit = (a: number) => (top > 0 ? Math.min(1, f(a) / top) : 0);
  return {
    symlog,
    len: (a) => unit(a) * maxLen,
    norm: (v) => Math.sign(v) * unit(Math.abs(v)),
  };
}
