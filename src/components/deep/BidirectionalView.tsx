/** A bidirectional pass: the forward and the backward lane over the same sentence, per token. */
import { useMemo } from 'react';
import type { Run } from '../../state/run';
import { bidirectionalTrace } from '../../state/deepDive';
import { binnedPaths } from '../charts/binnedPaths';
import { shortLabel } from '../timeline/Timeline';

const COL = 46;
const ROW = 7;
const LEFT = 92;

export function BidirectionalView({ run, step }: { run: Run; step: number }) {
  // Changes with the cell and the run's numbers (traces), not with every new run object.
  const { config, trace: main, traces } = run;
  const trace = useMemo(() => bidirectionalTrace(config, main.x, main.model.spec.inputSize), [config.cell, traces]); // eslint-disable-line react-hooks/exhaustive-deps
  const T = trace.T;
  const H = trace.model.spec.hiddenSize;
  const fw = trace.streams.l0.h;
  const bw = trace.streams.l0_reverse.h;
  const laneH = H * ROW;
  const top = 22;
  const gap = 26;
  const width = LEFT + T * COL + 10;
  const height = top + 2 * laneH + gap + 40;
  // T x 2H cells that only change with the run: built once, not on every step selection.
  const lanes = useMemo(() => {
    const extent = Math.max(1, ...Array.from(fw, Math.abs), ...Array.from(bw, Math.abs));
    const cells = function* (data: Float64Array, y0: number) {
      for (let t = 0; t < T; t++)
        for (let j = 0; j < H; j++) yield { v: data[t * H + j] / extent, x: LEFT + t * COL + 4, y: y0 + j * ROW, w: COL - 8, h: ROW - 1 };
    };
    // One path per colour step and lane instead of 2·T·H rects (25,600 at 200 × 64).
    return (
      <>
        {binnedPaths(cells(fw, top)).map((b) => <path key={`f${b.bin}`} d={b.d} fill={b.fill} />)}
        {binnedPaths(cells(bw, top + laneH + gap)).map((b) => <path key={`b${b.bin}`} d={b.d} fill={b.fill} />)}
      </>
    );
  }, [fw, bw, T, H, laneH]);
  return (
    <figure className="deep bidir">
      <h3 id="bidir-title">Bidirectional: two passes, one state per token</h3>
      <div className="timeline-scroll" tabIndex={0} role="group" aria-label="Scrollable figure">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="bidir-title bidir-caption" className="bidir-chart">
          <text x={4} y={top + laneH / 2} className="lane-label">forward →</text>
          <text x={4} y={top + laneH + gap + laneH / 2} className="lane-label">← backward</text>
          {lanes}
          <rect x={LEFT + step * COL + 1} y={top - 4} width={COL - 2} height={2 * laneH + gap + 8} className="bidir-sel" />
          <line x1={LEFT} x2={LEFT + T * COL} y1={top - 8} y2={top - 8} markerEnd="url(#arrow)" className="bidir-arrow" />
          <line x1={LEFT + T * COL} x2={LEFT} y1={top + 2 * laneH + gap + 6} y2={top + 2 * laneH + gap + 6} markerEnd="url(#arrow)" className="bidir-arrow" />
          {run.labels.map((l, t) => (
            <text key={t} x={LEFT + t * COL + COL / 2} y={height - 8} textAnchor="middle" className={t === step ? 'token selected' : 'token'}>
              {shortLabel(l).slice(0, 7)}
            </text>
          ))}
        </svg>
      </div>
      <figcaption id="bidir-caption">
        Each column is one token; each row one unit of the hidden state (colour as in the timeline). At step {step + 1} (“{run.labels[step]}”) the
        forward half has read tokens 1–{step + 1} and the backward half tokens {T}–{step + 1}: together, {2 * H} numbers that see the whole sentence.
        {run.trained
          ? 'This view runs a randomly initialised bidirectional cell (hidden size from the knobs) on the same inputs, not the trained model above: the lab trains one direction only.'
          : `The forward lane is exactly the ${run.config.cell === 'vanilla' ? 'vanilla RNN' : run.config.cell.toUpperCase()} above; the backward lane has its own weights.`}
      </figcaption>
    </figure>
  );
}
