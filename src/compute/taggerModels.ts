/**
 * The shipped taggers (scripts/train-tagger.ts writes them) and what level 3's bidirectional view
 * shows of them: both directions' states per symbol and the tagger's answer per step.
 */
import { forwardTagger, tagsOf, taggerFromPyTorch, TAGS } from '../train/seq2seq/tagger';
import { argMax } from '../engine/head';
import { TAGGER_PROTOCOL, taggerSpec } from '../train/seq2seq/taggerProtocol';

export interface TaggerAsset {
  protocol: typeof TAGGER_PROTOCOL;
  /** The better constant answer's held-out accuracy. */
  chance: number;
  seeds: { bidirectional: boolean; runs: { seed: number; accuracy: number }[] }[];
  models: { bidirectional: Record<string, unknown>; forward: Record<string, unknown> };
}

export async function loadTagger(): Promise<TaggerAsset> {
  return (await import('../content/trained/tagger.json')).default as unknown as TaggerAsset;
}

export interface TaggerShown {
  symbols: number[];
  /** Forward and backward states at each position (T x H each, position-aligned). */
  fw: Float64Array;
  bw: Float64Array;
  H: number;
  /** The bidirectional tagger's answers, the one-direction tagger's, and the truth (1: occurs elsewhere). */
  answers: number[];
  forwardAnswers: number[];
  truth: number[];
}

export function showTagger(asset: TaggerAsset, symbols: number[]): TaggerShown {
  const T = symbols.length;
  const batch = { B: 1, T, x: Int32Array.from(symbols), tags: tagsOf(symbols) };
  const bi = forwardTagger(taggerFromPyTorch(taggerSpec(true), asset.models.bidirectional), batch);
  const uni = forwardTagger(taggerFromPyTorch(taggerSpec(false), asset.models.forward), batch);
  const H = TAGGER_PROTOCOL.hidden.bidirectional;
  const fw = new Float64Array(T * H);
  const bw = new Float64Array(T * H);
  for (let t = 0; t < T; t++) {
    fw.set(bi.feat.subarray(t * 2 * H, t * 2 * H + H), t * H);
    bw.set(bi.feat.subarray(t * 2 * H + H, (t + 1) * 2 * H), t * H);
  }
  const answer = (logits: Float64Array) =>
    Array.from({ length: T }, (_, t) => argMax(logits, t * TAGS, TAGS));
  return {
    symbols,
    fw,
    bw,
    H,
    answers: answer(bi.logits),
    forwardAnswers: answer(uni.logits),
    truth: Array.from(batch.tags),
  };
}

/** Mean held-out accuracy over the seeds, for the bidirectional tagger and the one-direction one. */
export function taggerAccuracies(asset: TaggerAsset): { bidirectional: number; forward: number } {
  const mean = (bi: boolean) => {
    const runs = asset.seeds.find((s) => s.bidirectional === bi)!.runs;
    return runs.reduce((s, r) => s + r.accuracy, 0) / runs.length;
  };
  return { bidirectional: mean(true), forward: mean(false) };
}
