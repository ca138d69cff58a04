/** How the neuron observatory's character models are trained (scripts/train-char.ts) and on what. */
export const CORPUS = {
  name: 'lodash 4.17.21 source (lodash.js)',
  package: 'lodash',
  version: '4.17.21',
  file: 'lodash.js',
  license: 'MIT (Copyright OpenJS Foundation and other contributors)',
  /** The first 90% trains; the rest is held out. */
  trainShare: 0.9,
} as const;

export const CHAR_PROTOCOL = {
  hidden: 128,
  batch: 32,
  /** Characters per training window (truncated BPTT over random windows, from a zero state). */
  T: 100,
  lr: 2e-3,
  /** After this share of the updates the learning rate is multiplied by `decay`. */
  decayAt: 0.8,
  decay: 0.3,
  clip: 5,
  updates: 3000,
  seed: 1,
  logEvery: 50,
  evalEvery: 250,
  /** Held-out characters scored for bits per character (the test re-measures the same ones). */
  evalChars: 20_000,
} as const;
