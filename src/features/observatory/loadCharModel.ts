/** The observatory's models and held-out text, each in a chunk of its own, loaded when the observatory opens. */
import type { CharAsset } from './charNet';

// One chunk per model, so opening the observatory loads only the one on screen.
const CHAR_MODELS = {
  lstm: () => import('../../content/trained/char-lstm.json'),
  gru: () => import('../../content/trained/char-gru.json'),
};

export async function loadCharAsset(cell: keyof typeof CHAR_MODELS): Promise<CharAsset> {
  return (await CHAR_MODELS[cell]()).default as unknown as CharAsset;
}

export async function loadHeldOutText(): Promise<string> {
  return (await import('../../content/trained/char-heldout.txt?raw')).default;
}
