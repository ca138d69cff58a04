/**
 * Everything about the selected step: what it read, how the memory changed (h_{t-1} -> h_t),
 * the cell's equation, and the gates (LSTM i,f,g,o; GRU r,z,n) or, for the vanilla cell, how
 * much of the update came from the input versus from the memory.
 */
import { useMemo } from 'react';
import { distance, maxAbs, norm } from '../../engine/linalg';
import type { StreamTrace } from '../../engine';
import { prevState } from '../../engine/prevState';
import { GATE_NAMES, inspectorEquation } from '../../content/equations';
import type { CellFamily } from '../../state/config';
import { CELL_LABELS } from '../../state/config';
import { Tex } from '../../ui/shared/Tex';
import { toSub as sub, wholePct } from '../../compute/format';
import { fmt } from '../../ui/charts/scales';
import { VectorBars } from './VectorBars';
import { spotHook } from '../../ui/shared/spotlight';
import { familySpec, isGated } from '../../engine/cells/vocabulary';

export interface InspectorProps {
  family: CellFamily;
  nonlinearity: 'tanh' | 'relu';
  stream: StreamTrace;
  step: number;
  label: string;
  extent: number;
  /** A symbol hovered in the explainer's equations or glossary: its bars light up here. */
  highlight?: string | null;
  /** The recurrent bias b_hh of the shown cell (the vanilla split names it apart from memory). */
  bHh: Float64Array;
  /** Essentials: the memory and the gates, without the equation (the idea comes before its notation). */
  basic?: boolean;
}

export function Inspector({
  family,
  nonlinearity,
  stream,
  step,
  label,
  extent,
  highlight,
  bHh,
  basic,
}: InspectorProps) {
  const { H, G } = stream;
  // The ungated (vanilla) cell shows its input/recurrent split instead of gates; the LSTM its cell state.
  const gated = isGated(family);
  const withC = familySpec(family).cellState;
  // One scale for h and the vanilla split's terms, so a longer bar is always a larger number: with a
  // scale per row, Exploding's small memory term outdrew its state of 16. The LSTM's c gets its own:
  // on one scale with c (±9.5 on Long), h (within ±1) was drawn flat. The note names both.
  const scale = useMemo(() => inspectorScale(stream, bHh, extent, !gated), [stream, bHh, extent, gated]);
  const range: [number, number] = [-scale, scale];
  const cScale = withC && stream.c ? maxAbs(stream.c, 1) : scale;
  const cRange: [number, number] = [-cScale, cScale];
  const prev = prevState(stream, step);
  const hPrev = prev.h.subarray(prev.hOff, prev.hOff + H);
  const h = stream.h.subarray(step * H, (step + 1) * H);
  const gateRow = (k: number) => stream.gates.subarray(step * G * H + k * H, step * G * H + (k + 1) * H);
  return (
    <section className="inspector panel" aria-label="Inspector" {...spotHook('gates')}>
      <h2>
        Step {step + 1}:{' '}
        <span className="token-chip" dir="auto">
          “{label}”
        </span>
        <span className="inspector-cell">
          {' '}
          · {CELL_LABELS[family]}
          {gated ? '' : ` (${nonlinearity})`}
        </span>
      </h2>
      {!basic && (
        <div
          className="equation"
          {...spotHook('inspector-eq')}
          tabIndex={0}
          role="group"
          aria-label="The cell's equation (scrolls sideways when wide)"
        >
          <Tex tex={inspectorEquation(family, nonlinearity)} display />
        </div>
      )}
      <div className="inspector-memory" {...spotHook('inspector')}>
        <h3>
          Memory: h<sub>t−1</sub> → h<sub>t</sub>
        </h3>
        <VectorBars
          name={step === 0 ? 'h₀ (start)' : `h${sub(step)} before`}
          values={hPrev}
          range={range}
          highlighted={highlight === 'hprev'}
        />
        <VectorBars
          name={`h${sub(step + 1)} after`}
          values={h}
          range={range}
          highlighted={highlight === 'h'}
        />
      </div>
      <p className="note bar-scale">
        {withC && stream.c
          ? `Bars of h on ±${fmt(scale)}, of c on ±${fmt(cScale)} (the largest c): compare within h or within c`
          : `Bars of numbers share one scale, ±${fmt(scale)} (the largest in this run)`}
        {gated ? '; gates run from 0 to 1' : ''}.
      </p>
      <p className="note">
        Change at this step: the memory moved by <strong>{fmt(distance(hPrev, h))}</strong> (the distance ‖h
        <sub>t</sub> − h<sub>t−1</sub>‖).
      </p>

      {!gated && (
        <VanillaSplit stream={stream} step={step} bHh={bHh} range={range} relu={nonlinearity === 'relu'} />
      )}

      {gated && (
        <>
          <h3>Gates</h3>
          {GATE_NAMES[family].map((g, k) => (
            <VectorBars
              key={g.key}
              name={g.label}
              values={gateRow(k)}
              range={g.range ?? ownRange(gateRow(k))}
              highlighted={highlight === g.key}
            />
          ))}
          {withC && stream.c && (
            <>
              <h3>
                Cell state: c<sub>t−1</sub> → c<sub>t</sub>
              </h3>
              <VectorBars
                name="c before"
                values={(prev.c as Float64Array).subarray(prev.cOff, prev.cOff + H)}
                range={cRange}
              />
              <VectorBars
                name="c after"
                values={stream.c.subarray(step * H, (step + 1) * H)}
                range={cRange}
                highlighted={highlight === 'c'}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Where a vanilla step's pre-activation came from: the input (W_ih x_t + b_ih), the memory
 * (W_hh h_{t−1}) and the recurrent bias b_hh, each as a share of their sizes. The bias is named on
 * its own: at step 1, h₀ = 0, so nothing comes from memory even though W_hh h + b_hh is not zero.
 */
function VanillaSplit({
  stream,
  step,
  bHh,
  range,
  relu,
}: {
  stream: StreamTrace;
  step: number;
  bHh: Float64Array;
  range: [number, number];
  relu: boolean;
}) {
  const { H } = stream;
  const inputTerm = stream.ih.subarray(step * H, (step + 1) * H);
  const memoryTerm = Float64Array.from(stream.hh.subarray(step * H, (step + 1) * H), (v, j) => v - bHh[j]);
  const a = norm(inputTerm);
  const b = norm(memoryTerm);
  const c = norm(bHh.subarray(0, H));
  const total = a + b + c;
  return (
    <>
      <h3>Where the update came from</h3>
      <VectorBars name="input term W_ih x_t + b_ih" values={inputTerm} range={range} />
      <VectorBars name="memory term W_hh h_{t−1}" values={memoryTerm} range={range} />
      <div
        className="split"
        role="img"
        aria-label={`Input term ${pct(a, total)}, memory term ${pct(b, total)}, recurrent bias b_hh ${pct(c, total)} of the update's size`}
      >
        <div className="split-input" style={{ flexGrow: a }}>
          input {pct(a, total)}
        </div>
        <div className="split-recurrent" style={{ flexGrow: b }}>
          memory {pct(b, total)}
        </div>
        <div className="split-bias" style={{ flexGrow: c }}>
          b<sub>hh</sub> {pct(c, total)}
        </div>
      </div>
      <p className="note">
        Shares of the three parts’ sizes (their lengths ‖·‖): the input term, W<sub>hh</sub>h<sub>t−1</sub>,
        and the recurrent bias b<sub>hh</sub>.
        {relu ? ' ReLU keeps positive sums and sets negative ones to 0, so h is not simply their sum.' : ''}
      </p>
      {step === 0 && (
        <p className="note">
          Step 1 starts from h₀ = 0: nothing comes from memory yet; the recurrent bias b_hh is added all the
          same.
        </p>
      )}
    </>
  );
}

const pct = (x: number, total: number) => (total > 0 ? wholePct(x / total) : '—');

/** The largest |number| the h rows show over the run: h (given as `extent`) and the vanilla split's terms. */
function inspectorScale(stream: StreamTrace, bHh: Float64Array, extent: number, vanilla: boolean): number {
  let m = extent;
  if (vanilla) {
    const { H } = stream;
    m = Math.max(m, maxAbs(stream.ih, 1));
    for (let i = 0; i < stream.hh.length; i++) m = Math.max(m, Math.abs(stream.hh[i] - bHh[i % H]));
  }
  return m;
}

/** A symmetric scale for a row that no function bounds (the minGRU's candidate), at least ±1. */
function ownRange(values: Float64Array): [number, number] {
  const m = maxAbs(values, 1);
  return [-m, m];
}
