// @vitest-environment node
/**
 * The shipped encoder–decoders and taggers, re-measured: every accuracy the page states is computed
 * again here from the weights as shipped (every seed's, kept in seeds.json), and the claims the page
 * makes of them — the alignment, the shape of accuracy by length, bidirectional beating forward-only —
 * are checked on those numbers.
 */
import { describe, expect, it } from 'vitest';
import asset from '../../../src/content/trained/seq2seq-reverse.json';
import tagger from '../../../src/content/trained/tagger.json';
import seeds from './seeds.json';
import taggerSeedsJson from './tagger-seeds.json';
import { seededRandom } from '../../../src/engine/random';
import { accuracyByLength, seq2seqNet, showSeq2Seq } from '../../../src/compute/seq2seqModels';
import type { Seq2SeqAsset } from '../../../src/compute/seq2seqModels';
import { taggerAccuracies } from '../../../src/compute/taggerModels';
import type { TaggerAsset } from '../../../src/compute/taggerModels';
import { seq2seqFromPyTorch } from '../../../src/train/seq2seq/model';
import type { AttentionKind } from '../../../src/train/seq2seq/model';
import { SEQ2SEQ_PROTOCOL, scoreByLength } from '../../../src/train/seq2seq/protocol';
import { REVERSE } from '../../../src/train/seq2seq/tasks';
import { taggerFromPyTorch } from '../../../src/train/seq2seq/tagger';
import {
  heldOutAccuracy,
  taggerChance,
  taggerHeldOut,
  taggerSpec,
} from '../../../src/train/seq2seq/taggerProtocol';
import { specFor } from '../../../src/compute/seq2seqModels';

const A = asset as unknown as Seq2SeqAsset;
const TG = tagger as unknown as TaggerAsset;
const taggerSeeds = taggerSeedsJson as unknown as {
  bidirectional: boolean;
  seed: number;
  weights: Record<string, unknown>;
}[];
const seedWeights = seeds as unknown as {
  attention: AttentionKind;
  seed: number;
  weights: Record<string, unknown>;
}[];

describe('the shipped encoder–decoders', () => {
  it('every seed’s accuracy by length is what its shipped weights score', () => {
    expect(seedWeights).toHaveLength(3 * SEQ2SEQ_PROTOCOL.seeds.length);
    for (const { attention, seed, weights } of seedWeights) {
      const stored = A.seeds
        .find((s) => s.attention === attention)!
        .runs.find((r) => r.seed === seed)!.byLength;
      expect(
        scoreByLength(seq2seqFromPyTorch(specFor(attention), weights), REVERSE),
        `${attention} seed ${seed}`,
      ).toEqual(stored);
    }
  });

  it('the page’s models are seed 1’s', () => {
    for (const a of ['none', 'dot', 'additive'] as const)
      expect(A.models[a]).toEqual(seedWeights.find((s) => s.attention === a && s.seed === 1)!.weights);
  });

  it('the dot-product model looks at the mirrored input for at least 90% of output steps; the additive one at the state one step later', () => {
    const rng = seededRandom(77);
    const share = { dot: { on: 0, next: 0 }, additive: { on: 0, next: 0 } };
    let steps = 0;
    for (let k = 0; k < 60; k++) {
      const L = 5 + (k % 16);
      const symbols = Array.from({ length: L }, () => Math.floor(rng.uniform(0, 10)) % 10);
      steps += L;
      for (const a of ['dot', 'additive'] as const) {
        const s = showSeq2Seq(seq2seqNet(A, a), symbols);
        share[a].on += s.aligned;
        share[a].next += s.alignedNext;
      }
    }
    expect(share.dot.on / steps).toBeGreaterThanOrEqual(0.9);
    // What the caption explains for the additive model: one column right of the anti-diagonal,
    // except at the first output step, which has no later state to look at.
    expect(share.additive.next).toBeGreaterThan(share.additive.on);
    expect((share.additive.on + share.additive.next) / steps).toBeGreaterThanOrEqual(0.9);
  });

  it('the shape the caption states: without attention accuracy falls with length, and attention is ahead at the longest', () => {
    const rows = accuracyByLength(A);
    const first = rows[0];
    const last = rows.at(-1)!;
    expect(last.exact.none).toBeLessThan(first.exact.none);
    expect(last.exact.dot).toBeGreaterThan(last.exact.none);
    expect(last.exact.additive).toBeGreaterThan(last.exact.none);
  });
});

describe('the shipped taggers', () => {
  it('every seed’s held-out accuracy is what its weights score, and the chance level is the held-out set’s', () => {
    expect(TG.chance).toBe(taggerChance(taggerHeldOut()));
    for (const bi of [true, false]) {
      const runs = TG.seeds.find((s) => s.bidirectional === bi)!.runs;
      expect(runs).toHaveLength(3);
      for (const r of runs) {
        const { weights } = taggerSeeds.find((s) => s.bidirectional === bi && s.seed === r.seed)!;
        expect(heldOutAccuracy(taggerFromPyTorch(taggerSpec(bi), weights)), `${bi} seed ${r.seed}`).toBe(
          r.accuracy,
        );
      }
      expect(bi ? TG.models.bidirectional : TG.models.forward).toEqual(
        taggerSeeds.find((s) => s.bidirectional === bi && s.seed === 1)!.weights,
      );
    }
  });

  it('bidirectional beats forward-only, which beats the same answer everywhere', () => {
    const acc = taggerAccuracies(TG);
    expect(acc.bidirectional).toBeGreaterThan(acc.forward);
    expect(acc.forward).toBeGreaterThan(TG.chance);
  });
});
