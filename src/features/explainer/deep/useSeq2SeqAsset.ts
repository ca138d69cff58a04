/** The shipped encoder–decoders, loaded once when level 3's view first asks (not in the first screen's code). */
import { useEffect, useState } from 'react';
import { loadSeq2Seq } from '../../../compute/seq2seqModels';
import type { Seq2SeqAsset } from '../../../compute/seq2seqModels';

let cache: Seq2SeqAsset | null = null;

export function useSeq2SeqAsset(): Seq2SeqAsset | null {
  const [asset, setAsset] = useState<Seq2SeqAsset | null>(cache);
  useEffect(() => {
    if (asset) return;
    let live = true;
    void loadSeq2Seq().then((a) => {
      cache = a;
      if (live) setAsset(a);
    });
    return () => {
      live = false;
    };
  }, [asset]);
  return asset;
}
