/**
 * Level 2's gradient views. First the gradient signal ‖∂h_t/∂x_1‖ — how much h_t would move per
 * unit nudge of the first input — for every cell; then the parameter gradient
 * of a last-step loss split into one term per step (the sum over time lags).
 */
import { useState } from 'react';
import { useFitWidth } from '../../../ui/shared/useFitWidth';
import { CELL_FAMILIES } from '../../../state/config';
import type { DeepRun, Run } from '../../../compute/run';
import { LogLineChart } from '../../../ui/charts/LogLineChart';
import { LineKey } from '../../../ui/charts/LineKey';
import { CurveTable, curveSummary } from '../../../ui/charts/CurveTable';
import { halfLifeDefinition } from '../../../ui/charts/MemoryChart';
import { familyStroke, fmt } from '../../../ui/charts/scales';
import { shorten } from '../../../ui/shared/graphemes';
import { CELL_LABELS } from '../../../content/cells';
import { spotCoreHook, spotHook } from '../../../ui/shared/spotlight';

/** When the most recent ten steps carry this share of the lag terms, the long lags are swamped. */
export const SWAMPED = 0.9;

/** Share of the lag terms' total (sum of norms) carried by the `recent` most recent steps. */
export function recentShare(terms: Float64Array, recent: number): number {
  const T = terms.length;
  let all = 0;
  let near = 0;
  for (let t = 0; t < T; t++) {
    all += terms[t];
    if (t >= T - recent) near += terms[t];
  }
  return all > 0 ? near / all : 0;
}

export function GradientSignalView({ run, deep, step }: { run: Run; deep: DeepRun; step: number }) {
  const [hover, setHover] = useState<number | null>(null);
  const { ref: fitRef, width: fitWidth, fitted } = useFitWidth<HTMLElement>(760);
  const T = run.labels.length;
  const shown = hover ?? step;
  const gradient = deep.gradient;
  if (!gradient) {
    return (
      <figure className="deep gradient-signal" {...spotHook('gradient')}>
        <h3 id="gradient-title">
          Gradient signal of the first word: ‖∂h<sub>t</sub>/∂x<sub>1</sub>‖
        </h3>
        <p className="note">
          Not computed for these inputs: each is {run.trace.model.spec.inputSize} numbers wide (one-hot
          characters), and the Jacobian takes one pass per input number. The swap chart above still shows how
          far the first input moves the memory.
        </p>
      </figure>
    );
  }
  const curves = CELL_FAMILIES.map((f) => gradient[f]);
  return (
    <figure className="deep gradient-signal" {...spotHook('gradient')} ref={fitRef}>
      {/* The tour's highlight: the chart with its title (on a phone the caption goes under the card). */}
      <div {...spotCoreHook('gradient')}>
        <h3 id="gradient-title">
          Gradient signal of the first word: ‖∂h<sub>t</sub>/∂x<sub>1</sub>‖
        </h3>
        <LogLineChart
          series={CELL_FAMILIES.map((f) => ({
            key: f,
            ...familyStroke(f, run.config.cell),
            values: gradient[f].values,
          }))}
          marker={shown}
          markerIsHover={hover !== null}
          width={fitWidth}
          height={230}
          yTitle="‖∂h_t/∂x_1‖ (log)"
          labelledBy="gradient-title gradient-caption"
          // On a phone drawn at the phone's width (text at its own size), not a 760-wide drawing shrunk.
          className={fitted ? 'gradient-chart fitted' : 'gradient-chart'}
          onHover={setHover}
        />
        <LineKey
          lines={CELL_FAMILIES.map((f) => ({ name: CELL_LABELS[f], ...familyStroke(f, run.config.cell) }))}
        />
      </div>
      <figcaption id="gradient-caption">
        The norm of the Jacobian ∂h<sub>t</sub>/∂x<sub>1</sub>: how far h<sub>t</sub> would move per unit
        nudge of the first input. It is a gradient signal — it includes the direct effect at step 1 and, for
        the LSTM, the path through c — not a measure of what is stored; the swap chart above is that.{' '}
        {curveSummary(curves, T)}. The minGRU (Feng et al., 2024, “Were RNNs All We Needed?”; random weights
        here, as no trained minGRU ships) computes its gate and its candidate from x<sub>t</sub> only, so each
        step is linear in h<sub>t−1</sub> and ∂h<sub>t</sub>/∂h<sub>t−1</sub> = diag(1 − z<sub>t</sub>): a
        diagonal factor set by the inputs. A linear update is what lets it train with a parallel scan, like
        Mamba. {halfLifeDefinition()}
      </figcaption>
      <CurveTable
        curves={curves}
        current={run.config.cell}
        T={T}
        shown={shown}
        valueHeader="‖∂h/∂x₁‖"
        caption={`Gradient signal at step ${shown + 1} (“${shorten(run.labels[shown], 24)}”)`}
      />
    </figure>
  );
}

export function LagTermsView({ run, deep, step }: { run: Run; deep: DeepRun; step: number }) {
  const T = run.labels.length;
  const cell = run.config.cell;
  const terms = deep.lags[cell];
  const recent = Math.min(10, T);
  const first = terms[0];
  const last = terms[T - 1];
  const share = recentShare(terms, recent);
  return (
    <figure className="deep lags">
      <h3 id="lags-title">The gradient is a sum over time lags</h3>
      <LogLineChart
        series={CELL_FAMILIES.map((f) => ({ key: f, ...familyStroke(f, cell), values: deep.lags[f] }))}
        marker={step}
        width={760}
        height={210}
        yTitle="‖term of step t‖ (log)"
        labelledBy="lags-title lags-caption"
        className="lags-chart"
      />
      <LineKey lines={CELL_FAMILIES.map((f) => ({ name: CELL_LABELS[f], ...familyStroke(f, cell) }))} />
      <figcaption id="lags-caption">
        Backpropagation through time — the chain rule run backwards through the unrolled steps (level 3 shows
        it) — writes the gradient of a loss at the last step, L = sum(h<sub>T</sub>), as a sum with one term
        per earlier step t, reaching back T − t steps. Each line is the norm of those terms. For the{' '}
        {CELL_LABELS[cell]}, the {recent} most recent steps carry {fmt(100 * share, 1)}% of the total; the
        first step’s term is {fmt(first)}, the last step’s {fmt(last)}.{' '}
        {share >= SWAMPED
          ? 'Long-lag terms are not zero — they are swamped by the short ones, so gradient descent barely learns long-range links.'
          : `Here the long-lag terms are not swamped: the first step’s is ${fmt(first / last, 2)}× the last step’s — an open path (gates that keep the old state: f or the GRU’s z near 1, the minGRU’s z near 0) carries credit back; the vanilla RNN’s first-step term is ${fmt(deep.lags.vanilla[0] / deep.lags.vanilla[T - 1])}× its last.`}{' '}
        This is backward credit assignment; the swap chart at the top shows forward memory, and the two can
        differ.
      </figcaption>
    </figure>
  );
}
