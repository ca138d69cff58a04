/**
 * One-click demos. Each sets the whole configuration and says, in one line, what to watch.
 * The numbers these captions promise are asserted by tests (tests/state/presets.test.ts and e2e).
 */
import { t } from '../i18n/t';
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
    get label() {
      return t('preset.vanilla.label');
    },
    get caption() {
      return t('preset.vanilla.caption');
    },
    config: base,
  },
  {
    id: 'lstm',
    get label() {
      return t('preset.lstm.label');
    },
    get caption() {
      return t('preset.lstm.caption');
    },
    config: { ...base, cell: 'lstm', forgetBias: 3 },
  },
  {
    id: 'gru',
    get label() {
      return t('preset.gru.label');
    },
    get caption() {
      return t('preset.gru.caption');
    },
    config: { ...base, cell: 'gru' },
  },
  {
    id: 'long',
    get label() {
      return t('preset.long.label');
    },
    get caption() {
      return t('preset.long.caption', {
        words: LONG_WORDS.length,
        word: LONG_LATE_WORD,
        step: LONG_LATE_WORD_INDEX + 1,
      });
    },
    config: { ...base, input: { mode: 'words', text: LONG_SENTENCE }, hidden: 32, forgetBias: 4, seed: 1 },
    get trainedCaption() {
      return t('preset.long.trained');
    },
  },
  {
    id: 'exploding',
    get label() {
      return t('preset.exploding.label');
    },
    get caption() {
      return t('preset.exploding.caption');
    },
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
    get label() {
      return t('preset.timeseries.label');
    },
    get caption() {
      return t('preset.timeseries.caption');
    },
    config: { ...base, cell: 'gru', input: { mode: 'numbers', text: SINE_SERIES }, hidden: 8 },
  },
];

/** The caption for trained weights on a preset without one of its own. */
export const trainedCaption = (): string => t('preset.trained');

/** The ids as a non-empty tuple, for schemas (URL parameters, host messages). */
export const PRESET_IDS = PRESETS.map((p) => p.id) as [PresetId, ...PresetId[]];

export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
