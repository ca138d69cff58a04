// @vitest-environment node
/**
 * The encoder–decoder's gradients against central differences, for every parameter, every cell and
 * every attention (none, dot, additive), at random sizes; and the forward pass's invariants.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellKind } from '../../../src/engine';
import { CELL_KINDS } from '../../../src/engine/cells/vocabulary';
import { seededRandom } from '../../../src/engine/random';
import { ATTENTION_KINDS, initSeq2Seq } from '../../../src/train/seq2seq/model';
import type { AttentionKind } from '../../../src/train/seq2seq/model';
import { forwardSeq2Seq } from '../../../src/train/seq2seq/forward';
import { REVERSE, SWAP_PAIRS, sampleSeq2Seq, targetOf } from '../../../src/train/seq2seq/tasks';
import { seq2seqGradients, seq2seqLoss } from '../../../src/train/seq2seq/train';
import { initTagger, sampleTagger, tagsOf, taggerGradients } from '../../../src/train/seq2seq/tagger';

/** Every parameter's analytic gradient against a central difference of the loss (nudged in place, then restored). */
function expectGradientsMatch(
  params: { name: string; data: Float64Array }[],
  grads: ArrayLike<number>[],
  loss: () => number,
  label: string,
): void {
  const eps = 1e-6;
  params.forEach((p, k) => {
    for (let i = 0; i < p.data.length; i++) {
      const keep = p.data[i];
      p.data[i] = keep + eps;
      const up = loss();
      p.data[i] = keep - eps;
      const down = loss();
      p.data[i] = keep;
      const numeric = (up - down) / (2 * eps);
      expect(Math.abs(grads[k][i] - numeric), `${label} ${p.name}[${i}]`).toBeLessThan(
        1e-6 * Math.max(1, Math.abs(numeric)) + 1e-7,
      );
    }
  });
}

const caseArb = fc.record({
  cell: fc.constantFrom<CellKind>(...CELL_KINDS),
  attention: fc.constantFrom<AttentionKind>(...ATTENTION_KINDS),
  V: fc.integer({ min: 2, max: 4 }),
  H: fc.integer({ min: 1, max: 4 }),
  L: fc.integer({ min: 1, max: 4 }),
  B: fc.integer({ min: 1, max: 3 }),
  seed: fc.integer({ min: 1, max: 10_000 }),
});

describe('encoder–decoder gradients agree with central differences', () => {
  it('every parameter, every cell, without attention, with dot and with additive attention', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const net = initSeq2Seq({ cell: c.cell, vocab: c.V, hidden: c.H, attention: c.attention }, c.seed);
        // Larger weights than the default draw, so the softmax and every gate are far from uniform.
        for (const p of net.params) for (let i = 0; i < p.data.length; i++) p.data[i] *= 2.5;
        const batch = sampleSeq2Seq(REVERSE, seededRandom(c.seed + 1), c.B, c.L, c.V);
        const { grads } = seq2seqGradients(net, batch);
        expectGradientsMatch(
          net.params,
          grads,
          () => seq2seqLoss(net, batch).loss,
          `${c.attention} ${c.cell}`,
        );
      }),
      { numRuns: 80, seed: 20261201 },
    );
  });
});

describe('encoder–decoder forward pass', () => {
  it('attention rows are distributions over the source steps', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        if (c.attention === 'none') return;
        const net = initSeq2Seq({ cell: c.cell, vocab: c.V, hidden: c.H, attention: c.attention }, c.seed);
        const tr = forwardSeq2Seq(net, sampleSeq2Seq(REVERSE, seededRandom(c.seed), c.B, c.L, c.V), false);
        for (let r = 0; r < c.L * c.B; r++) {
          const row = tr.alpha.subarray(r * c.L, (r + 1) * c.L);
          expect(row.every((a) => a >= 0)).toBe(true);
          expect(row.reduce((s, a) => s + a, 0)).toBeCloseTo(1, 12);
        }
      }),
      { numRuns: 40, seed: 7 },
    );
  });

  it('greedy decoding with teacher forcing on its own outputs gives the same outputs', () => {
    // Feeding the model its own greedy answers as "targets" reproduces them step for step.
    const net = initSeq2Seq({ cell: 'gru', vocab: 5, hidden: 6, attention: 'additive' }, 3);
    const batch = sampleSeq2Seq(REVERSE, seededRandom(4), 3, 6, 5);
    const greedy = forwardSeq2Seq(net, batch, false).outputs;
    const forced = forwardSeq2Seq(net, { ...batch, tgt: greedy }, true).outputs;
    expect(Array.from(forced)).toEqual(Array.from(greedy));
  });

  it('the tasks write the targets they name', () => {
    expect(Array.from(targetOf(REVERSE, [1, 2, 3, 4]))).toEqual([4, 3, 2, 1]);
    expect(Array.from(targetOf(SWAP_PAIRS, [1, 2, 3, 4, 5]))).toEqual([2, 1, 4, 3, 5]);
  });
});

describe('tagger gradients agree with central differences', () => {
  it('every parameter, every cell, one direction and two', () => {
    fc.assert(
      fc.property(caseArb, fc.boolean(), (c, bidirectional) => {
        const net = initTagger({ cell: c.cell, vocab: c.V, hidden: c.H, bidirectional }, c.seed);
        for (const p of net.params) for (let i = 0; i < p.data.length; i++) p.data[i] *= 2.5;
        const batch = sampleTagger(seededRandom(c.seed + 1), c.B, c.L + 1, c.V);
        const { grads } = taggerGradients(net, batch);
        expectGradientsMatch(
          net.params,
          grads,
          () => taggerGradients(net, batch).loss,
          `${bidirectional} ${c.cell}`,
        );
      }),
      { numRuns: 60, seed: 20261202 },
    );
  });

  it('tags mark the symbols that occur elsewhere in the sequence', () => {
    expect(Array.from(tagsOf([1, 2, 1, 0, 3, 3]))).toEqual([1, 0, 1, 0, 1, 1]);
    expect(Array.from(tagsOf([4]))).toEqual([0]);
  });
});
