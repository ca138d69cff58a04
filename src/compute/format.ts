/**
 * How numbers are written on the page, in one place: values, shares as percentages, subscript
 * digits. (In compute/ rather than ui/ because computed captions use them too.) Decimal and percent
 * signs follow the reader's language (i18n/numbers.ts).
 */
import { exponent, fixed, percentOf } from '../i18n/numbers';

/** A value with `digits` decimals; very small or large values in exponent form; '—' if not finite. */
export const fmt = (v: number, digits = 3): string => {
  if (!Number.isFinite(v)) return '—';
  if (v !== 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e4)) return exponent(v, 1);
  return fixed(v, digits);
};

/** A loss or a norm (the lab's table): fixed decimals, exponent form when tiny; '—' if missing. */
export function fmtLoss(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v !== 0 && Math.abs(v) < 1e-3) return exponent(v, 2);
  return fixed(v, digits);
}

/**
 * A share as a percentage whose precision follows its size (curves that decay by orders of
 * magnitude): never prints a non-zero share as "0.0%"; small shares keep two significant digits.
 */
export function pct(share: number): string {
  const v = 100 * share;
  if (!Number.isFinite(v)) return '—';
  if (v === 0) return percentOf(0, {});
  // Intl has no exponent form for percentages: the sign goes where the language puts it.
  if (Math.abs(v) < 0.01) return percentOf(1, {}).replace(/1/, exponent(v, 1));
  if (Math.abs(v) < 10) return percentOf(v, { maximumSignificantDigits: 2 });
  return percentOf(Math.round(v), { maximumFractionDigits: 0 });
}

/** A share with one decimal (accuracies, probabilities), or two significant digits below 0.1%. */
export const pct1 = (share: number): string => {
  if (!Number.isFinite(share)) return '—';
  return share >= 0.001 || share <= 0
    ? percentOf(100 * share, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    : percentOf(100 * share, { maximumSignificantDigits: 2 });
};

/** A share in whole percent (gate shares, split of a sum). */
export const wholePct = (share: number): string =>
  Number.isFinite(share) ? percentOf(Math.round(100 * share), { maximumFractionDigits: 0 }) : '—';

const SUBS = '₀₁₂₃₄₅₆₇₈₉';
/** An index in subscript digits: h₁₂. */
export const toSub = (n: number): string => String(n).replace(/\d/g, (d) => SUBS[Number(d)]);

/** A duration as a reader says it: "42 s", "6 min 5 s". */
export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  // "1 min", not "1 min 0 s".
  return s % 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${Math.floor(s / 60)} min`;
}
