/**
 * The shipped trained models on the reader's sentence, when "Trained" is picked: loads the models
 * and the code that reads them once, lazily (neither is in the first screen's JavaScript), then
 * makes a bundle for whatever words are in the sequence. Null while loading, when untrained
 * weights are chosen, or for a numbers sequence (the models read words).
 */
import { useMemo } from 'react';
import { lazyAsset } from '../ui/shared/lazyAsset';
import type { TrainedBundle } from '../state/trainedBundle';
import type { AppConfig } from '../state/config';
import type { Weights } from '../state/appState';
import type { WhoAsset } from '../compute/trainedWords';

interface Loaded {
  asset: WhoAsset;
  whoBundle: (asset: WhoAsset, text: string) => TrainedBundle;
}

const loadShipped = async (): Promise<Loaded> => {
  const m = await import('../compute/trainedWords');
  return { asset: await m.loadWhoDidIt(), whoBundle: m.whoBundle };
};

const useLoaded = lazyAsset<Loaded>(loadShipped);

/** The shipped models' bundle for one sentence, loaded on demand (the class view's trained stops). */
export async function shippedBundle(text: string): Promise<TrainedBundle> {
  const { asset, whoBundle } = await loadShipped();
  return whoBundle(asset, text);
}

export function useTrainedWords(
  weights: Weights,
  input: AppConfig['input'],
): { bundle: TrainedBundle | null; asset: WhoAsset | null; loading: boolean } {
  const wanted = weights === 'trained' && input.mode === 'words';
  const loaded = useLoaded(wanted);
  const bundle = useMemo(
    () => (wanted && loaded ? loaded.whoBundle(loaded.asset, input.text) : null),
    [wanted, loaded, input.text],
  );
  return { bundle, asset: loaded?.asset ?? null, loading: wanted && !loaded };
}
