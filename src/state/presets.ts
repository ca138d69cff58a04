/**
 * One-click demos. Each sets the whole configuration and says, in one line, what to watch.
 * The numbers these captions promise are asserted by tests (tests/state/presets.test.ts and e2e).
 */
import type { AppConfig } from './config';

export type PresetId = 'vanilla' | 'lstm' | 'gru' | 'long' | 'exploding' | 'timeseries';

export interface Preset {
  id: PresetId;
  label: string;
  caption: string;
  /** What to watch with the trained weights (tests/components/TrainedWeights.test.tsx checks it). */
  trainedCaption?: string;
  config: AppConfig;
}

export const SHORT_SENTENCE = 'the cat sat on the mat because it was warm';

// 64 words. The question the preset asks: is the first word, "Alice", still in the memory at "she"?
export const LONG_SENTENCE =
  'Alice packed her old red bag , locked the blue door , walked past the quiet bakery , ' +
  'crossed the busy bridge over the slow river , waited for the late train , read a short book ' +
  'about distant stars , drank cold coffee , watched the grey hills roll by , and when the train ' +
  'finally stopped she smiled because she was home at last after so many long years away';

/**
 * The long sentence's words. Its words are plain ASCII between spaces, so a split gives exactly
 * what the engine's tokenizer gives (tests/state/presets.test.ts checks) — without creating an
 * Intl.Segmenter while the page loads (~20 ms: the first one loads the word-break data).
 */
export const LONG_WORDS = LONG_SENTENCE.split(' ').filter((w) => /\w/.test(w));

export const LONG_LATE_WORD = 'she';
/** 0-based step of the late word the Long sequence caption names. */
export const LONG_LATE_WORD_INDEX = LONG_WORDS.indexOf(LONG_LATE_WORD);

/** A noisy sine wave, one value per step: RNNs are not only for words. */
export const SINE_SERIES = Array.from({ length: 40 }, (_, t) => {
  // Fixed pseudo-noise so the series is the same everywhere.
  const noise = Math.sin(t * 12.9898) * 43758.5453;
  return +(Math.sin((2 * Math.PI * t) / 16) + 0.15 * (noise - Math.floor(noise) - 0.5)).toFixed(3);
}).join(', ');

const base: AppConfig = {
  cell: 'vanilla',
  nonlinearity: 'tanh',
  input: { mode: 'words', text: SHORT_SENTENCE },
  hidden: 8,
  weightScale: 1,
  forgetBias: 1,
  updateBias: 0,
  seed: 3,
};

export const PRESETS: readonly Preset[] = [
  {
    id: 'vanilla',
    label: 'Vanilla RNN',
    caption: 'One tanh layer, the same weights at every step: watch each word nudge the memory bars.',
    config: base,
  },
  {
    id: 'lstm',
    label: 'LSTM, gates open',
    caption:
      'Same sentence, an LSTM whose forget gates start open (forget bias 3, so f averages about 0.94): the cell-state lane on top keeps what it read.',
    config: { ...base, cell: 'lstm', forgetBias: 3 },
  },
  {
    id: 'gru',
    label: 'GRU',
    caption:
      'Two gates, one state: the update gate z decides how much of the old memory to keep at each word. With these random weights z ≈ 0.5, so the GRU keeps about half its state per step (PyTorch: z → 1 keeps the old state).',
    config: { ...base, cell: 'gru' },
  },
  {
    id: 'long',
    label: 'Long sequence',
    caption: `${LONG_WORDS.length} words: by "${LONG_LATE_WORD}" (step ${LONG_LATE_WORD_INDEX + 1}) the vanilla RNN has all but forgotten "Alice". Switch to LSTM and it remembers — because this preset sets its forget bias to 4 (gates nearly open); at 0, where PyTorch's initialisation puts it on average, it forgets nearly as fast.`,
    config: { ...base, input: { mode: 'words', text: LONG_SENTENCE }, hidden: 32, forgetBias: 4, seed: 1 },
    trainedCaption: `Trained weights: the vanilla RNN, the LSTM and the GRU, trained on "who did it?" from PyTorch's default initialisation (no forget-bias trick), still carry "Alice" at the last word — their lines in the memory chart no longer fall — and each names Alice there (the minGRU has no trained model: its line shows random weights). Below: how they were trained, and the same training without a curriculum failing.`,
  },
  {
    id: 'exploding',
    label: 'Exploding',
    caption:
      'A ReLU RNN with recurrent weights scaled ×3: the first word\u2019s influence — the gradient — grows at every step, and so do the activations: the state itself reaches over 200.',
    config: {
      ...base,
      nonlinearity: 'relu',
      input: {
        mode: 'words',
        text: 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen',
      },
      hidden: 16,
      weightScale: 3,
      seed: 2,
    },
  },
  {
    id: 'timeseries',
    label: 'Time series',
    caption:
      'A noisy sine wave fed one number per step (each token is the input value): step through and watch the bars swing as the wave rises and falls.',
    config: { ...base, cell: 'gru', input: { mode: 'numbers', text: SINE_SERIES }, hidden: 8 },
  },
];

/** The caption for trained weights on a preset without one of its own. */
export const TRAINED_CAPTION =
  'Trained weights: the models trained on "who did it?" read this sentence; their answer and how they were trained are below the charts.';

/** The ids as a non-empty tuple, for schemas (URL parameters, host messages). */
export const PRESET_IDS = PRESETS.map((p) => p.id) as [PresetId, ...PresetId[]];

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
