/**
 * "Who did it?" — the word-level memory task behind the trained Long-sequence preset. A sentence
 * opens with a name, dozens of other words follow, and at the end the model must say which name
 * opened it. The words are read exactly as the explorer reads them (the page's seeded 8-number
 * word vectors, seed 1 as on the Long preset), so a model trained here runs on the Long sentence
 * ("Alice packed her old red bag …") unchanged. Pure: no DOM, deterministic for a seed.
 */
import { embedToken } from '../engine/tokens';
import type { SeededRandom } from '../engine/random';
import type { Batch } from './step';

export const WHO_NAMES = ['Alice', 'Bob', 'Carol', 'Dave'] as const;
/** The embedding the explorer uses for words: EMBED_SIZE numbers, seeded by the preset's seed. */
export const WHO_EMBED_SIZE = 8;
export const WHO_EMBED_SEED = 1;

/**
 * The words that follow the name: the Long sentence's own vocabulary (so the preset's sentence is a
 * sentence of the task), drawn uniformly at random.
 */
export function distractorVocabulary(sentenceWords: readonly string[]): string[] {
  const names = new Set(WHO_NAMES.map((n) => n.toLowerCase()));
  return [...new Set(sentenceWords.map((w) => w.toLowerCase()))].filter((w) => !names.has(w)).sort();
}

export interface WhoDidIt {
  vocabulary: string[];
  /** A batch of B sentences of T words, batch-first, with the opener's index as the target. */
  sample(rng: SeededRandom, B: number, T: number): Batch;
  /** The word vectors of one sentence (T x 8, row-major), for the explorer and the tests. */
  embed(words: readonly string[]): Float64Array;
}

export function whoDidItTask(sentenceWords: readonly string[]): WhoDidIt {
  const vocabulary = distractorVocabulary(sentenceWords);
  const table = new Map<string, Float64Array>();
  const vec = (w: string) => {
    let v = table.get(w);
    if (!v) table.set(w, (v = embedToken(w, WHO_EMBED_SIZE, WHO_EMBED_SEED)));
    return v;
  };
  const I = WHO_EMBED_SIZE;
  const pick = (rng: SeededRandom, n: number) => Math.min(n - 1, Math.floor(rng.uniform(0, n)));
  return {
    vocabulary,
    sample(rng, B, T) {
      const x = new Float64Array(B * T * I);
      const y = new Int32Array(B);
      for (let b = 0; b < B; b++) {
        y[b] = pick(rng, WHO_NAMES.length);
        x.set(vec(WHO_NAMES[y[b]]), b * T * I);
        for (let t = 1; t < T; t++) x.set(vec(vocabulary[pick(rng, vocabulary.length)]), (b * T + t) * I);
      }
      return { input: { B, T, x }, targets: { kind: 'cross_entropy', y } };
    },
    embed(words) {
      const x = new Float64Array(words.length * I);
      words.forEach((w, t) => x.set(vec(w), t * I));
      return x;
    },
  };
}
