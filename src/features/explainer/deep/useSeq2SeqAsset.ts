/** The shipped encoder–decoders, loaded once when level 3's view first asks (not in the first screen's code). */
import { loadSeq2Seq } from '../../../compute/seq2seqModels';
import { lazyAsset } from '../../../ui/shared/lazyAsset';

export const useSeq2SeqAsset = lazyAsset(loadSeq2Seq);
