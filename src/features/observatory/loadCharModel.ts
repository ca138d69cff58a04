/** The observatory's models and held-out text, each in a chunk of its own, loaded when the observatory opens. */
import type { CharAsset } from './charNet';

export async function loadCharAsset(cell: 'lstm' | 'gru'): Promise<CharAsset> {
  const mod =
    cell === 'lstm'
      ? await import('../../content/trained/char-lstm.json')
      : await import('../../content/trained/char-gru.json');
  return mod.default as unknown as CharAsset;
}

export async function loadHeldOutText(): Promise<string> {
  return (await import('../../content/trained/char-heldout.txt?raw')).default;
}
