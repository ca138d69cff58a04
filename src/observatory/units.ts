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
  for (let u = 0; u < H; u++) if (FEATURE_IDS.some((id) => Math.abs(r[id][u]) >= INTERPRETABLE_R)) interpretable++;
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
export function matchSpan(run: CharRun, H: number, kind: StateKind, from: number, to: number, k = 5): SpanMatch[] {
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
