// @vitest-environment node
/**
 * The second task's shipped encoder–decoders ("swap every pair": output t copies input t+1 or t−1, an
 * alignment that zigzags along the diagonal instead of mirroring it), re-measured from every seed's
 * weights as shipped, and the shape docs/models.md states checked on those numbers.
 */
import { describe, expect, it } from 'vitest';
import asset from '../../../src/content/trained/seq2seq-swap-pairs.json';
import seeds from './seeds-swap-pairs.json';
import { accuracyByLength, specFor } from '../../../src/compute/seq2seqModels';
import type { Seq2SeqAsset } from '../../../src/compute/seq2seqModels';
import { seq2seqFromPyTorch } from '../../../src/train/seq2seq/model';
import type { AttentionKind } from '../../../src/train/seq2seq/model';
import { SEQ2SEQ_PROTOCOL, scoreByLength } from '../../../src/train/seq2seq/protocol';
import { SWAP_PAIRS } from '../../../src/train/seq2seq/tasks';

const A = asset as unknown as Seq2SeqAsset;
const seedWeights = seeds as unknown as {
  attention: AttentionKind;
  seed: number;
  weights: Record<string, unknown>;
}[];

describe('the shipped swap-every-pair encoder–decoders', () => {
  it('are of the second task, and every seed’s accuracy by length is what its shipped weights score', () => {
    expect(A.task).toBe(SWAP_PAIRS.id);
    expect(seedWeights).toHaveLength(3 * SEQ2SEQ_PROTOCOL.seeds.length);
    for (const { attention, seed, weights } of seedWeights) {
      const stored = A.seeds
        .find((s) => s.attention === attention)!
        .runs.find((r) => r.seed === seed)!.byLength;
      expect(
        scoreByLength(seq2seqFromPyTorch(specFor(attention), weights), SWAP_PAIRS),
        `${attention} seed ${seed}`,
      ).toEqual(stored);
    }
  });

  it('without attention accuracy falls with length, and both attention models are ahead at the longest', () => {
    const rows = accuracyByLength(A);
    expect(rows.at(-1)!.exact.none).toBeLessThan(rows[0].exact.none);
    expect(rows.at(-1)!.exact.dot).toBeGreaterThan(rows.at(-1)!.exact.none);
    expect(rows.at(-1)!.exact.additive).toBeGreaterThan(rows.at(-1)!.exact.none);
  });

  it('what docs/models.md reports: the additive model, exact up to length 20, falls at 30 while the dot-product model holds', () => {
    const rows = accuracyByLength(A);
    const at = (L: number) => rows.find((r) => r.L === L)!;
    expect(at(20).exact.additive).toBeGreaterThan(0.99);
    expect(at(30).exact.additive).toBeLessThan(0.5);
    expect(at(30).perSymbol.additive).toBeGreaterThan(0.85);
    expect(at(30).exact.dot).toBeGreaterThan(0.99);
  });
});
