/**
 * The observatory's computation as an API, run off the main thread (observatory.worker.ts) or in
 * place where no worker can start (compute/offThread.ts): the decoded networks, the last run of
 * each (so typing at the end of a text costs one step), and what the view shows of it — one
 * unit's series, the next-character predictions, the units on inside a span, samples, and the
 * unit discovery over held-out text.
 */
import { charNetFromAsset, effectOnNext, runChars, sampleText, topNext } from './charNet';
import type { CharAsset, CharNet, CharRun, Intervention } from './charNet';
import { discoverUnits, matchSpan, probeR, unitSeries } from './units';
import type { Discovery, SpanMatch, StateKind } from './units';
import { FEATURE_IDS, textFeatures } from './features';
import type { FeatureId } from './features';
import { seededRandom } from '../../engine/random';

export type ObsCell = CharAsset['cell'];

export interface ViewQuery {
  cell: ObsCell;
  text: string;
  intervention: Intervention | null;
  kind: StateKind;
  unit: number;
  /** The character whose next-character predictions are listed. */
  at: number;
  span: [number, number] | null;
}

export interface ViewAnswer {
  T: number;
  /** The unit's h (or c) after every character. */
  series: Float64Array;
  predictions: { char: string; p: number }[];
  matches: SpanMatch[] | null;
  /** With an intervention: per character, the change in bits of the next character's probability. */
  effect: Float64Array | null;
}

export interface Findings {
  h: Discovery;
  c: Discovery | null;
  /** Linear-probe r per feature, for h and (LSTM) c. */
  probe: Partial<Record<StateKind, Partial<Record<FeatureId, number>>>>;
}

export function observatoryApi() {
  const nets = new Map<ObsCell, CharNet>();
  const last = new Map<ObsCell, CharRun>();
  // The same text without the intervention, to measure what the intervention changes.
  const lastPlain = new Map<ObsCell, CharRun>();
  // The discovery's run, kept for the probes that follow it.
  const discovered = new Map<ObsCell, CharRun>();
  const net = (cell: ObsCell): CharNet => {
    const n = nets.get(cell);
    if (!n) throw new Error(`the ${cell} model is not loaded`);
    return n;
  };
  /** The run of `text`, reusing the last run's unchanged prefix (same intervention). */
  const runOf = (cell: ObsCell, text: string, intervention: Intervention | null): CharRun => {
    const r = runChars(net(cell), text, intervention, last.get(cell) ?? null);
    last.set(cell, r);
    return r;
  };
  const plainRun = (cell: ObsCell, text: string): CharRun => {
    const r = runChars(net(cell), text, null, lastPlain.get(cell) ?? null);
    lastPlain.set(cell, r);
    return r;
  };
  return {
    load(asset: CharAsset): void {
      if (!nets.has(asset.cell)) nets.set(asset.cell, charNetFromAsset(asset));
    },
    view(q: ViewQuery): ViewAnswer {
      const r = runOf(q.cell, q.text, q.intervention);
      const H = net(q.cell).H;
      const at = Math.max(0, Math.min(q.at, r.T - 1));
      return {
        T: r.T,
        series: unitSeries(r, q.kind, Math.min(q.unit, H - 1), H),
        predictions: r.T > 0 ? topNext(net(q.cell), r, at) : [],
        matches: q.span ? matchSpan(r, H, q.kind, q.span[0], q.span[1]) : null,
        effect: q.intervention ? effectOnNext(net(q.cell), r, plainRun(q.cell, q.text)) : null,
      };
    },
    sample(
      cell: ObsCell,
      prompt: string,
      n: number,
      temperature: number,
      seed: number,
      intervention: Intervention | null,
    ): string {
      const rng = seededRandom(seed);
      return sampleText(net(cell), prompt, n, temperature, () => rng.uniform(0, 1), intervention);
    },
    /** Units ranked against the features of a held-out text (for h and, for the LSTM, c). */
    discover(cell: ObsCell, text: string): Findings {
      const r = runChars(net(cell), text);
      discovered.set(cell, r);
      const H = net(cell).H;
      return { h: discoverUnits(r, H, 'h'), c: r.c ? discoverUnits(r, H, 'c') : null, probe: {} };
    },
    /** The linear probes of the discovered run: every feature read from all units at once. */
    probes(cell: ObsCell): Findings['probe'] {
      const r = discovered.get(cell);
      if (!r) return {};
      const feats = textFeatures(r.text);
      const kinds: StateKind[] = r.c ? ['h', 'c'] : ['h'];
      return Object.fromEntries(
        kinds.map((k) => [
          k,
          Object.fromEntries(FEATURE_IDS.map((f) => [f, probeR(r, net(cell).H, k, feats[f])])),
        ]),
      );
    },
  };
}

export type ObservatoryApi = ReturnType<typeof observatoryApi>;
