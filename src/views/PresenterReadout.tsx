/**
 * The presenter's account of the selected step, cut to what reads from the back of a lecture hall:
 * the memory before and after this token (and the LSTM's cell state), and how far it moved.
 * The full inspector (equation, every gate) stays on the full page.
 */
import { distance, maxAbs } from '../engine/linalg';
import type { StreamTrace } from '../engine';
import { prevState } from '../engine/prevState';
import { fmt } from '../ui/charts/scales';
import { toSub as sub } from '../compute/format';
import { VectorBars } from '../features/timeline/VectorBars';

export function PresenterReadout({
  stream,
  step,
  extent,
}: {
  stream: StreamTrace;
  step: number;
  extent: number;
}) {
  const { H } = stream;
  const prev = prevState(stream, step);
  const hPrev = prev.h.subarray(prev.hOff, prev.hOff + H);
  const h = stream.h.subarray(step * H, (step + 1) * H);
  const c = stream.c?.subarray(step * H, (step + 1) * H);
  // One scale for c over the whole run, as in the inspector.
  const cMax = maxAbs(stream.c ?? [], 1);
  return (
    <section className="present-readout panel" aria-label="This step">
      <h2>
        Memory: h<sub>t−1</sub> → h<sub>t</sub>
      </h2>
      <VectorBars
        name={step === 0 ? 'h₀ (start)' : `h${sub(step)} before`}
        values={hPrev}
        range={[-extent, extent]}
      />
      <VectorBars name={`h${sub(step + 1)} after`} values={h} range={[-extent, extent]} />
      {c && <VectorBars name={`c${sub(step + 1)} (cell state)`} values={c} range={[-cMax, cMax]} />}
      <p>
        Change at this step: <strong>{fmt(distance(hPrev, h))}</strong> (‖h<sub>t</sub> − h<sub>t−1</sub>‖).
      </p>
    </section>
  );
}
