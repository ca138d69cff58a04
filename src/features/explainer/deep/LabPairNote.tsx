/** What the sequence-to-sequence view says when it shows the pair the reader trained in the lab's race. */
import type { RacePair } from '../../../train/seq2seq/attentionRace';

export function LabPairNote({ pair, shownLength }: { pair: RacePair; shownLength: number }) {
  return (
    <p className="notice" role="note">
      These two models are the ones your lab race trained (run 1, {pair.update} updates, dot-product
      attention), on sequences of exactly {pair.length} digits.
      {shownLength !== pair.length
        ? ` They never saw a sequence of ${shownLength}, so what they do here is untested; type ${pair.length} digits to see what they learned.`
        : ''}
    </p>
  );
}
