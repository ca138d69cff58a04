/**
 * The shipped "who did it?" models as a TrainedBundle for any sentence of words: the same shape the
 * lab's "Open in the timeline" makes, so every view works unchanged. The asset loads lazily (its
 * own chunk, same origin), only when a reader picks "Trained".
 */
import type { TrainedBundle } from '../state/trainedBundle';
import type { CellKind } from '../engine/types';
import type { PyTorchWeights } from '../engine/model';
import { parseSequence } from '../state/sequence';
import { pct1 as pct } from './format';

export interface WhoSeedOutcome {
  seed: number;
  reachedT: number;
  bestUpdate: number;
  validationAccuracy: number;
  testAccuracy: number;
}

export interface WhoModel {
  cell: CellKind;
  name: string;
  seed: number;
  params: number;
  init: string;
  testAccuracy: number;
  seeds: WhoSeedOutcome[];
  /** The training fixtures' weight dictionary: rnn.weight_ih_l0 … head.weight, head.bias. */
  weights: PyTorchWeights;
}

export interface WhoAsset {
  task: { id: string; description: string; names: string[]; vocabulary: string[]; embedding: string };
  protocol: {
    hidden: number;
    lr: number;
    clip: number;
    batch: number;
    curriculum: number[];
    updates: number;
    seeds: number[];
    heldOut: { T: number; validation: { size: number }; test: { size: number } };
    selection: string;
  };
  trainedBy: string;
  models: WhoModel[];
  /** The same training without the curriculum, per cell and seed. */
  ablation: { description: string; cells: { cell: CellKind; name: string; seeds: WhoSeedOutcome[] }[] };
}

export async function loadWhoDidIt(): Promise<WhoAsset> {
  return (await import('../content/trained/who-did-it.json')).default as unknown as WhoAsset;
}

/** The embedding seed the models were trained with (the Long preset's). */
export const WHO_WORD_SEED = 1;

export function whoBundle(asset: WhoAsset, text: string): TrainedBundle {
  const seq = parseSequence('words', text, WHO_WORD_SEED);
  const H = asset.protocol.hidden;
  return {
    title: 'trained on “who did it?”, reading this sentence',
    labels: seq.labels,
    inputSize: seq.inputSize,
    x: Array.from(seq.x),
    wordSeed: WHO_WORD_SEED,
    models: asset.models.map((m) => ({
      cell: m.cell,
      name: m.name,
      spec: { cell: m.cell, inputSize: seq.inputSize, hiddenSize: H, numLayers: 1, bidirectional: false },
      weights: Object.fromEntries(
        Object.entries(m.weights)
          .filter(([k]) => k.startsWith('rnn.'))
          .map(([k, v]) => [k.slice(4), v]),
      ) as PyTorchWeights,
      note: `${m.name} seed ${m.seed}: ${pct(m.testAccuracy)} on held-out sentences`,
    })),
    readout: {
      classes: asset.task.names,
      heads: asset.models.map((m) => ({
        weight: m.weights['head.weight'] as number[][],
        bias: m.weights['head.bias'] as number[],
      })),
    },
  };
}
