/**
 * The observatory's place on the page: a region with a heading and one button. The models (a few
 * hundred KB) and the observatory's code load only when the reader opens it.
 */
import { Suspense, lazy, useState } from 'react';
import type { TrainedBundle } from '../../state/trainedBundle';

const NeuronObservatory = lazy(() =>
  import('./NeuronObservatory').then((m) => ({ default: m.NeuronObservatory })),
);

export function ObservatoryPanel({
  onOpenInTimeline,
}: {
  onOpenInTimeline?: (bundle: TrainedBundle) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel observatory" aria-labelledby="obs-title">
      <h2 id="obs-title">Neuron observatory</h2>
      <p>
        What do the units of a <em>trained</em> network keep? A character-level LSTM and GRU, trained for this
        page on JavaScript source, read your text one character at a time: tint it by any unit, see which
        features of code — quotes, comments, brackets, the position in a line — some unit tracks and which
        none does, see the next-character predictions, and clamp or ablate a unit to watch them change.
      </p>
      <button type="button" aria-expanded={open} aria-controls="obs-body" onClick={() => setOpen(!open)}>
        {open ? 'Close the observatory' : 'Open the neuron observatory'}
      </button>
      <div id="obs-body">
        {open && (
          <Suspense
            fallback={
              <p className="note" role="status">
                Loading the character models…
              </p>
            }
          >
            <NeuronObservatory onOpenInTimeline={onOpenInTimeline} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
