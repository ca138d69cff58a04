/**
 * How the shipped taggers were trained (scripts/train-tagger.ts) and measured: a bidirectional GRU
 * and a one-direction GRU with the same state size (2 × 16 = 32 numbers per step), the same batches.
 */
import { seededRandom } from '../../engine/random';
import { sampleTagger, taggerAccuracy } from './tagger';
import type { TaggerBatch, TaggerNet, TaggerSpec } from './tagger';

export const TAGGER_PROTOCOL = {
  cell: 'gru',
  vocab: 10,
  /** Per direction: the bidirectional tagger's two halves, or the one-direction tagger's whole state. */
  hidden: { bidirectional: 16, forward: 32 },
  lr: 3e-3,
  clip: 1,
  batch: 32,
  T: 8,
  updates: 6000,
  seeds: [1, 2, 3],
  heldOut: { size: 500, seed: 5151 },
} as const;

export const taggerSpec = (bidirectional: boolean): TaggerSpec => ({
  cell: TAGGER_PROTOCOL.cell,
  vocab: TAGGER_PROTOCOL.vocab,
  hidden: bidirectional ? TAGGER_PROTOCOL.hidden.bidirectional : TAGGER_PROTOCOL.hidden.forward,
  bidirectional,
});

export function taggerHeldOut(): TaggerBatch {
  const P = TAGGER_PROTOCOL;
  return sampleTagger(seededRandom(P.heldOut.seed), P.heldOut.size, P.T, P.vocab);
}

/** The better of answering "yes" everywhere and "no" everywhere on the held-out set. */
export function taggerChance(batch: TaggerBatch): number {
  const yes = batch.tags.reduce((n, t) => n + t, 0) / batch.tags.length;
  return Math.max(yes, 1 - yes);
}

export const heldOutAccuracy = (net: TaggerNet): number => taggerAccuracy(net, taggerHeldOut());
