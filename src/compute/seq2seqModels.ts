/**
 * The shipped encoder–decoders (scripts/train-seq2seq.ts writes them) and what level 3's
 * sequence-to-sequence view shows of them: the reader's source sequence, the decoder's greedy
 * answer step by step, the attention weights, and how many output steps look at the input they copy.
 */
import { SEQ2SEQ_PROTOCOL } from '../train/seq2seq/protocol';
import { forwardSeq2Seq } from '../train/seq2seq/forward';
import { initSeq2Seq, seq2seqFromPyTorch } from '../train/seq2seq/model';
import type { AttentionKind, Seq2SeqNet, Seq2SeqSpec } from '../train/seq2seq/model';
import { REVERSE, targetOf } from '../train/seq2seq/tasks';
import type { DecodeScore } from '../train/seq2seq/train';

export interface Seq2SeqAsset {
  task: string;
  protocol: typeof SEQ2SEQ_PROTOCOL;
  seeds: {
    attention: AttentionKind;
    runs: { seed: number; seconds: number; byLength: { L: number; score: DecodeScore }[] }[];
  }[];
  models: Record<AttentionKind, Record<string, unknown>>;
}

export async function loadSeq2Seq(): Promise<Seq2SeqAsset> {
  return (await import('../content/trained/seq2seq-reverse.json')).default as unknown as Seq2SeqAsset;
}

export const specFor = (attention: AttentionKind): Seq2SeqSpec => ({
  cell: SEQ2SEQ_PROTOCOL.cell,
  vocab: SEQ2SEQ_PROTOCOL.vocab,
  hidden: SEQ2SEQ_PROTOCOL.hidden,
  attention,
});

/** The shipped model, or (no asset) the same architecture at its untrained starting draw. */
export function seq2seqNet(asset: Seq2SeqAsset | null, attention: AttentionKind): Seq2SeqNet {
  return asset
    ? seq2seqFromPyTorch(specFor(attention), asset.models[attention])
    : initSeq2Seq(specFor(attention), SEQ2SEQ_PROTOCOL.seeds[0]);
}

export const MAX_SOURCE = SEQ2SEQ_PROTOCOL.trainLengths.max;
/** Ten digits: short enough to print every weight, long enough that the model without attention slips. */
export const DEFAULT_SOURCE = '5 0 8 8 2 6 1 9 4 7';

export interface ParsedSource {
  symbols: number[];
  /** A reader-facing note when the text was changed to fit the task (or null). */
  note: string | null;
}

export interface DigitLimits {
  min: number;
  max: number;
  /** Shown instead when the text has fewer than `min` digits. */
  fallback: string;
  /** Said when the text has more than `max` digits (the first `max` are kept). */
  longNote: string;
}

/**
 * Digits 0–9 (spaces and commas between them optional), for the views that read digit sequences:
 * anything else is left out and said so; too few digits fall back to a sequence that works, too
 * many are cut, each with a note the reader sees.
 */
export function parseDigitSequence(text: string, lim: DigitLimits): ParsedSource {
  const chars = [...text];
  const digits = chars.filter((c) => c >= '0' && c <= '9').map(Number);
  const other = chars.filter((c) => !(c >= '0' && c <= '9') && !/[\s,]/.test(c));
  const notes: string[] = [];
  if (other.length > 0)
    notes.push(
      `Only the digits 0–9 are symbols of this task, so ${other.length === 1 ? 'one other character was' : `${other.length} other characters were`} left out.`,
    );
  if (digits.length < lim.min) {
    const fallback = [...lim.fallback].filter((c) => c >= '0' && c <= '9').map(Number);
    notes.push(
      `With ${digits.length === 0 ? 'no digits' : `fewer than ${lim.min} digits`} to read, the view shows ${lim.fallback}.`,
    );
    return { symbols: fallback, note: notes.join(' ') };
  }
  if (digits.length > lim.max) notes.push(lim.longNote);
  return { symbols: digits.slice(0, lim.max), note: notes.length ? notes.join(' ') : null };
}

/** The sequence-to-sequence view's source: 1 to 30 digits. */
export const parseSource = (text: string): ParsedSource =>
  parseDigitSequence(text, {
    min: 1,
    max: MAX_SOURCE,
    fallback: DEFAULT_SOURCE,
    longNote: `The models were trained on sequences of up to ${MAX_SOURCE} symbols; the first ${MAX_SOURCE} are shown.`,
  });

export interface Seq2SeqShown {
  source: number[];
  /** The right answer: the source reversed. */
  target: number[];
  /** The decoder's greedy answer, one symbol per output step. */
  output: number[];
  /** Output steps x source steps; each row sums to 1 (empty without attention). */
  attention: number[][];
  /** Output steps whose largest weight is on the input they copy (reverse: L − 1 − t). */
  aligned: number;
  /**
   * Output steps whose largest weight is on the encoder state one step after that input: a
   * one-direction encoder's state there has just read the digit too, and the additive model learns
   * to look there.
   */
  alignedNext: number;
}

export function showSeq2Seq(net: Seq2SeqNet, symbols: number[]): Seq2SeqShown {
  const L = symbols.length;
  const src = Int32Array.from(symbols);
  const tgt = targetOf(REVERSE, src);
  const tr = forwardSeq2Seq(net, { B: 1, L, src, tgt }, false);
  const attention =
    net.spec.attention === 'none'
      ? []
      : Array.from({ length: L }, (_, t) => Array.from(tr.alpha.subarray(t * L, (t + 1) * L)));
  const peakAt = (offset: number) =>
    attention.filter((row, t) => row.indexOf(Math.max(...row)) === REVERSE.alignedTo(t, L) + offset).length;
  return {
    source: symbols,
    target: Array.from(tgt),
    output: Array.from(tr.outputs),
    attention,
    aligned: peakAt(0),
    alignedNext: peakAt(1),
  };
}

export interface LengthRow {
  L: number;
  /** Mean over seeds of the exact-sequence accuracy, per attention. */
  exact: Record<AttentionKind, number>;
  perSymbol: Record<AttentionKind, number>;
}

/** The accuracy-by-length table: every seed's held-out accuracy, averaged. */
export function accuracyByLength(asset: Seq2SeqAsset): LengthRow[] {
  const mean = (a: AttentionKind, L: number, key: keyof DecodeScore) => {
    const runs = asset.seeds.find((s) => s.attention === a)!.runs;
    return runs.reduce((s, r) => s + r.byLength.find((x) => x.L === L)!.score[key], 0) / runs.length;
  };
  const kinds = asset.seeds.map((s) => s.attention);
  return asset.protocol.evalLengths.map((L) => ({
    L,
    exact: Object.fromEntries(kinds.map((a) => [a, mean(a, L, 'exact')])) as Record<AttentionKind, number>,
    perSymbol: Object.fromEntries(kinds.map((a) => [a, mean(a, L, 'perSymbol')])) as Record<
      AttentionKind,
      number
    >,
  }));
}
