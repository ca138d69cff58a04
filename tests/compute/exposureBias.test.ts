/**
 * Teacher forcing against greedy decoding on the shipped reverse-the-digits model: what level 3's
 * table states. Independent checks: the decoder's own forward pass with the true previous digit fed
 * by hand agrees with the teacher-forced score, and exact-sequence scores agree both ways.
 */
import { describe, expect, it } from 'vitest';
import asset from '../../src/content/trained/seq2seq-reverse.json';
import { seq2seqNet } from '../../src/compute/seq2seqModels';
import type { Seq2SeqAsset } from '../../src/compute/seq2seqModels';
import { FORCING_SAMPLE, forcingRows } from '../../src/compute/exposureBias';
import { forwardSeq2Seq } from '../../src/train/seq2seq/forward';
import { heldOutAt } from '../../src/train/seq2seq/protocol';
import { REVERSE } from '../../src/train/seq2seq/tasks';

const net = seq2seqNet(asset as unknown as Seq2SeqAsset, 'none');
const rows = forcingRows(net);

describe('teacher forcing and exposure bias, measured', () => {
  it('reading its own digits costs the model without attention digits from 10 digits on, over 5 points at 30', () => {
    for (const r of rows.filter((x) => x.L >= 10))
      expect(r.teacher.perSymbol).toBeGreaterThan(r.greedy.perSymbol);
    const gap = (L: number) => {
      const r = rows.find((x) => x.L === L)!;
      return r.teacher.perSymbol - r.greedy.perSymbol;
    };
    expect(gap(30)).toBeGreaterThan(0.05);
  });

  it('scores whole sequences the same both ways: when every digit is right both read the same inputs', () => {
    for (const r of rows) expect(r.teacher.exact).toBe(r.greedy.exact);
  });

  it('counts digits on the first sequences of the held-out set, as the table says', () => {
    const L = 10;
    const all = heldOutAt(REVERSE, L);
    const B = FORCING_SAMPLE;
    const batch = { B, L, src: all.src.subarray(0, B * L), tgt: all.tgt.subarray(0, B * L) };
    const { outputs } = forwardSeq2Seq(net, batch, false);
    let right = 0;
    // The reversed source, compared by hand.
    for (let b = 0; b < B; b++)
      for (let t = 0; t < L; t++) if (outputs[b * L + t] === all.src[b * L + (L - 1 - t)]) right++;
    expect(rows.find((r) => r.L === L)!.greedy.perSymbol).toBeCloseTo(right / (B * L), 12);
  });
});
