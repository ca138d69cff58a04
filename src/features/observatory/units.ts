/**
 * Which units mean something: every unit's activation (h or, for the LSTM, c) correlated with
 * every programmatic feature over a text; the best unit per feature; how many units match any
 * feature at all; and LSTMVis's select-and-match (Strobelt et al., 2018): the units that are on
 * inside a span the reader brushes and off outside it. Pure.
 */
import { FEATURE_IDS, pearson, textFeatures } from './features';
import type { FeatureId } from './features';
import type { CharRun } from './charNet';

export type StateKind = 'h' | 'c';

/** A unit counts as interpretable here when some feature correlates with it at least this strongly. */
export const INTERPRETABLE_R = 0.5;

export interface FeatureMatch {
  feature: FeatureId;
  unit: number;
  /** Pearson r of the unit with the feature (sign kept). */
  r: number;
}

export interface Discovery {
  kind: StateKind;
  chars: number;
  /** Best unit per feature, in FEATURE_IDS order. */
  best: FeatureMatch[];
  /** Units whose strongest |r| with any feature reaches INTERPRETABLE_R. */
  interpretable: number;
  units: number;
  /** r[feature][unit]. */
  r: Record<FeatureId, Float64Array>;
}

export function unitSeries(run: CharRun, kind: StateKind, unit: number, H: number): Float64Array {
  const src = kind === 'c' && run.c ? run.c : run.h;
  return Float64Array.from({ length: run.T }, (_, t) => src[t * H + unit]);
}

export function discoverUnits(run: CharRun, H: number, kind: StateKind): Discovery {
  const feats = textFeatures(run.text);
  const r = {} as Record<FeatureId, Float64Array>;
  const series = Array.from({ length: H }, (_, u) => unitSeries(run, kind, u, H));
  for (const id of FEATURE_IDS) r[id] = Float64Array.from(series, (s) => pearson(s, feats[id]));
  const best = FEATURE_IDS.map((feature) => {
    let unit = 0;
    for (let u = 1; u < H; u++) if (Math.abs(r[feature][u]) > Math.abs(r[feature][unit])) unit = u;
    return { feature, unit, r: r[feature][unit] };
  });
  let interpretable = 0;
  for (let u = 0; u < H; u++)
    if (FEATURE_IDS.some((id) => Math.abs(r[id][u]) >= INTERPRETABLE_R)) interpretable++;
  return { kind, chars: run.T, best, interpretable, units: H, r };
}

export interface SpanMatch {
  unit: number;
  /** Mean activation inside the span minus outside, in units of the unit's standard deviation. */
  score: number;
  inside: number;
  outside: number;
}

/** Units ranked by how much higher they are inside [from, to) than outside it (both signs: "on" may be negative). */
export function matchSpan(
  run: CharRun,
  H: number,
  kind: StateKind,
  from: number,
  to: number,
  k = 5,
): SpanMatch[] {
  const a = Math.max(0, Math.min(from, to));
  const b = Math.min(run.T, Math.max(from, to));
  if (b - a < 1 || b - a >= run.T) return [];
  const out: SpanMatch[] = [];
  for (let u = 0; u < H; u++) {
    const s = unitSeries(run, kind, u, H);
    let inS = 0;
    let all = 0;
    let sq = 0;
    for (let t = 0; t < run.T; t++) {
      all += s[t];
      sq += s[t] * s[t];
      if (t >= a && t < b) inS += s[t];
    }
    const inside = inS / (b - a);
    const outside = (all - inS) / (run.T - (b - a));
    const mean = all / run.T;
    const sd = Math.sqrt(Math.max(sq / run.T - mean * mean, 1e-12));
    out.push({ unit: u, score: (inside - outside) / sd, inside, outside });
  }
  return out.sort((x, y) => Math.abs(y.score) - Math.abs(x.score)).slice(0, k);
}

/**
 * A linear probe: ridge regression from all H units (and a bias) to a feature, fitted on the first
 * half of the run and scored (Pearson r of prediction and feature) on the second half. When no
 * single unit tracks a feature but the probe does, the information is in the state, spread over units.
 */
export function probeR(
  run: CharRun,
  H: number,
  kind: StateKind,
  feature: Float64Array,
  lambda = 1e-2,
): number {
  const src = kind === 'c' && run.c ? run.c : run.h;
  const n = Math.floor(run.T / 2);
  const D = H + 1;
  const A = new Float64Array(D * D);
  const b = new Float64Array(D);
  const row = new Float64Array(D);
  for (let t = 0; t < n; t++) {
    for (let k = 0; k < H; k++) row[k] = src[t * H + k];
    row[H] = 1;
    for (let i = 0; i < D; i++) {
      const ri = row[i];
      if (ri === 0) continue;
      b[i] += ri * feature[t];
      for (let j = i; j < D; j++) A[i * D + j] += ri * row[j];
    }
  }
  for (let i = 0; i < D; i++) {
    A[i * D + i] += lambda * n;
    for (let j = 0; j < i; j++) A[i * D + j] = A[j * D + i];
  }
  const w = choleskySolve(A, b, D);
  const pred = new Float64Array(run.T - n);
  for (let t = n; t < run.T; t++) {
    let s = w[H];
    for (let k = 0; k < H; k++) s += w[k] * src[t * H + k];
    pred[t - n] = s;
  }
  return pearson(pred, feature.subarray(n, run.T));
}

/** Solve A x = b for a symmetric positive definite A (n x n, row-major). */
export function choleskySolve(A: Float64Array, b: Float64Array, n: number): Float64Array {
  const L = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = A[i * n + j];
      for (let k = 0; k < j; k++) s -= L[i * n + k] * L[j * n + k];
      L[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / L[j * n + j];
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= L[i * n + k] * y[k];
    y[i] = s / L[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i];
    for (let k = i + 1; k < n; k++) s -= L[k * n + i] * x[k];
    x[i] = s / L[i * n + i];
  }
  return x;
}
