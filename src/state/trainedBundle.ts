import type { CellKind, ModelSpec } from '../engine/types';
import type { PyTorchWeights } from '../engine/model';

/** A trained model and one sequence of its task: what "Open in the timeline" shows. */
export interface TrainedBundle {
  title: string;
  /** Where the models came from, for the Weights control's name ("Lab model", "Observatory model"). */
  source?: 'lab' | 'observatory';
  labels: string[];
  inputSize: number;
  /** T x I, row-major. */
  x: number[];
  /** The first is the one the timeline opens on (the lab puts the best cell of its race first). */
  models: {
    cell: CellKind;
    name: string;
    spec: ModelSpec;
    weights: PyTorchWeights;
    note: string;
    head?: { outSize: number; weight: number[][]; bias: number[] };
  }[];
  /**
   * A classifier head per model (the trained presets' "who did it?" answer at each step): logits =
   * weight · h_t + bias, one per class, models in the same order.
   */
  readout?: { classes: string[]; heads: { weight: number[][]; bias: number[] }[] };
  /** Set when x holds the explorer's own word vectors of this seed (so "swap the first word" swaps a word). */
  wordSeed?: number;
}
