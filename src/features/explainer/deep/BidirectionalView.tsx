/**
 * A bidirectional pass: the forward and the backward lane over the same sentence, per token — with
 * random weights on the reader's sentence, or (Trained) the tagger trained on a task that needs both
 * directions, loaded with its own code only when picked.
 */
import { Suspense, lazy, useEffect, useMemo, useState } from 'react';
import { useSizeOf } from '../../../ui/shared/useSizeOf';
import type { DeepRun, Run } from '../../../compute/run';
import { maxAbs } from '../../../engine/linalg';
import { shorten } from '../../../ui/shared/graphemes';
import { CELL_WORDS } from '../../../content/cells';
import { RadioGroup } from '../../../ui/controls/RadioGroup';
import { useDeviceState } from '../../../ui/shared/useDeviceState';
import { COL, HeatLane, LEFT, ROW } from './HeatLane';
import { spotHook } from '../../../ui/shared/spotlight';

const TaggerView = lazy(() => import('./TaggerView'));

type BidirWeights = 'random' | 'trained';
const isBidirWeights = (v: string): v is BidirWeights => v === 'random' || v === 'trained';

export function BidirectionalView({ run, deep, step }: { run: Run; deep: DeepRun; step: number }) {
  const [weights, setWeights] = useDeviceState<BidirWeights>('bidir-weights', 'random', isBidirWeights);
  return (
    <figure className="deep bidir" {...spotHook('bidir')}>
      <h3 id="bidir-title">Bidirectional: two passes, one state per token</h3>
      <RadioGroup
        legend="Bidirectional weights"
        name="bidir-weights"
        options={[
          { value: 'random', label: 'Random, on your sentence' },
          { value: 'trained', label: 'Trained tagger, on digits' },
        ]}
        value={weights}
        onChange={setWeights}
      />
      {weights === 'trained' ? (
        <Suspense fallback={<p role="status">Loading the trained tagger…</p>}>
          <TaggerView />
        </Suspense>
      ) : (
        <RandomLanes run={run} deep={deep} step={step} />
      )}
    </figure>
  );
}

function RandomLanes({ run, deep, step }: { run: Run; deep: DeepRun; step: number }) {
  // Both lanes come with the run (computed off the main thread): the forward lane is the main
  // view's cell itself, the backward lane the same cell made bidirectional.
  const cell = run.config.cell;
  const fw = deep.trainedForward?.[cell] ?? run.trace.streams.l0.h;
  const bw = deep.reverse[cell];
  const T = run.labels.length;
  const H = bw.length / T;
  const laneH = H * ROW;
  const top = 22;
  const gap = 26;
  const width = LEFT + T * COL + 10;
  // Token labels alternate between two lines, so neighbours never run together ("bakerycrossed").
  const height = top + 2 * laneH + gap + 52;
  const extent = useMemo(() => Math.max(maxAbs(fw, 1), maxAbs(bw)), [fw, bw]);
  const [el, box] = useState<HTMLDivElement | null>(null);
  const { width: shownWidth } = useSizeOf(el);
  const scrolls = shownWidth > 0 && width > shownWidth + 1;
  // The caption talks about the selected step: bring its column into view.
  useEffect(() => {
    if (!el || !scrolls) return;
    const x = LEFT + step * COL;
    if (x < el.scrollLeft + LEFT || x + COL > el.scrollLeft + el.clientWidth)
      el.scrollTo?.({ left: Math.max(0, x + COL / 2 - el.clientWidth / 2) });
  }, [el, step, scrolls]);
  return (
    <>
      {scrolls && (
        <p className="note scroll-hint">
          {T} tokens, wider than the page: scroll the figure sideways (or focus it and use the arrow keys). It
          follows the selected step.
        </p>
      )}
      <div className="timeline-scroll" tabIndex={0} role="group" aria-label="Scrollable figure" ref={box}>
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="bidir-title bidir-caption"
          className="bidir-chart"
        >
          <text x={4} y={top + laneH / 2} className="lane-label">
            forward →
          </text>
          <text x={4} y={top + laneH + gap + laneH / 2} className="lane-label">
            ← backward
          </text>
          <HeatLane data={fw} T={T} H={H} y0={top} extent={extent} />
          <HeatLane data={bw} T={T} H={H} y0={top + laneH + gap} extent={extent} />
          <rect
            x={LEFT + step * COL + 1}
            y={top - 4}
            width={COL - 2}
            height={2 * laneH + gap + 8}
            className="bidir-sel"
          />
          <line
            x1={LEFT}
            x2={LEFT + T * COL}
            y1={top - 8}
            y2={top - 8}
            markerEnd="url(#arrow)"
            className="bidir-arrow"
          />
          <line
            x1={LEFT + T * COL}
            x2={LEFT}
            y1={top + 2 * laneH + gap + 6}
            y2={top + 2 * laneH + gap + 6}
            markerEnd="url(#arrow)"
            className="bidir-arrow"
          />
          {run.labels.map((l, t) => (
            <text
              key={t}
              x={LEFT + t * COL + COL / 2}
              y={height - (t % 2 === 0 ? 22 : 8)}
              textAnchor="middle"
              className={t === step ? 'token selected' : 'token'}
            >
              {shorten(l, 8)}
            </text>
          ))}
        </svg>
      </div>
      <figcaption id="bidir-caption">
        Each column is one token; each row one unit of the hidden state (colour as in the timeline): the top
        block is the forward pass (→), the bottom block the backward pass (←). At step {step + 1} (“
        {shorten(run.labels[step], 24)}”) the forward half has read tokens 1–{step + 1} and the backward half
        tokens {T}–{step + 1}: together, {2 * H} numbers that see the whole sentence.{' '}
        {run.trained
          ? 'This view runs a randomly initialised bidirectional cell (hidden size from the knobs) on the same inputs, not the trained model above; “Trained tagger” shows a bidirectional model trained on a task that needs both directions.'
          : `The forward lane is exactly the ${CELL_WORDS[run.config.cell].inSentence} above; the backward lane has its own weights.`}
      </figcaption>
    </>
  );
}
