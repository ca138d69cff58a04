/**
 * The presenter's account of the selected step, cut to what reads from the back of a lecture hall:
 * the memory before and after this token (and the LSTM's cell state), and how far it moved.
 * The full inspector (equation, every gate) stays on the full page.
 */
import { t } from '../i18n/t';
import { Trans } from '../i18n/Trans';
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
    <section className="present-readout panel" aria-label={t('present.thisStep')}>
      <h2>
        <Trans id="inspector.memory" components={{ 0: <sub /> }} />
      </h2>
      <VectorBars
        name={step === 0 ? t('inspector.hStart') : t('inspector.hBefore', { h: `h${sub(step)}` })}
        values={hPrev}
        range={[-extent, extent]}
      />
      <VectorBars
        name={t('inspector.hAfter', { h: `h${sub(step + 1)}` })}
        values={h}
        range={[-extent, extent]}
      />
      {c && (
        <VectorBars
          name={t('present.cellState', { c: `c${sub(step + 1)}` })}
          values={c}
          range={[-cMax, cMax]}
        />
      )}
      <p>
        <Trans
          id="present.change"
          values={{ moved: fmt(distance(hPrev, h)) }}
          components={{ 0: <strong />, 1: <sub /> }}
        />
      </p>
    </section>
  );
}
