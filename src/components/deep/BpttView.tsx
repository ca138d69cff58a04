/**
 * Backpropagation through time, drawn: how much gradient each step receives from a loss on the
 * last step, for the three cells, with truncated BPTT and gradient clipping as controls.
 */
import { useMemo, useState } from 'react';
import { CELL_FAMILIES, CELL_LABELS, perFamily } from '../../state/config';
import type { Run } from '../../state/run';
import { profileFromBase } from '../../state/deepDive';
import { LogLineChart } from '../charts/LogLineChart';
import { familyStroke, fmt } from '../charts/scales';

/** Slider positions map to thresholds 10^(v/10): 0.01 .. 100. */
const toThreshold = (v: number) => 10 ** (v / 10);

export function BpttView({ run, step }: { run: Run; step: number }) {
  const T = run.labels.length;
  // null: full BPTT, whatever the sequence's length (it changes with presets).
  const [windowSteps, setWindowSteps] = useState<number | null>(null);
  const [clipOn, setClipOn] = useState(false);
  const [clipPos, setClipPos] = useState(0);
  const k = Math.min(windowSteps ?? T, T);
  const clip = clipOn ? toThreshold(clipPos) : undefined;
  // From the run's precomputed backward passes (made with the run, off the main thread): moving
  // either slider is a few array reads, never a new backward pass.
  const { bptt } = run;
  const profiles = useMemo(
    () => perFamily((f) => profileFromBase(bptt[f], { window: k < T ? k : undefined, clip })),
    [bptt, k, T, clip],
  );
  const cur = profiles[run.config.cell];
  const chunkStart = Math.floor((T - 1) / k) * k;
  return (
    <figure className="deep bptt">
      <h3 id="bptt-title">Backpropagation through time: gradient reaching each step</h3>
      <div className="deep-controls">
        <label>
          Truncation window <output>{k >= T ? `off (all ${T} steps)` : `${k} steps`}</output>
          <input type="range" min={1} max={T} value={k} onChange={(e) => setWindowSteps(Number(e.target.value) >= T ? null : Number(e.target.value))} aria-label="Truncation window (steps)" />
        </label>
        <label className="inline">
          <input type="checkbox" checked={clipOn} onChange={(e) => setClipOn(e.target.checked)} /> Clip the gradient norm
        </label>
        <label>
          Clipping threshold <output>{fmt(toThreshold(clipPos), 2)}</output>
          <input type="range" min={-20} max={20} step={1} value={clipPos} disabled={!clipOn} onChange={(e) => setClipPos(Number(e.target.value))} aria-label="Clipping threshold" />
        </label>
      </div>
      <LogLineChart
        series={CELL_FAMILIES.map((f) => ({ key: f, ...familyStroke(f, run.config.cell), values: profiles[f].stepNorms }))}
        marker={step}
        width={760}
        height={230}
        yTitle="‖∂L/∂h_t‖ (log)"
        labelledBy="bptt-title bptt-caption"
        className="bptt-chart"
      />
      <figcaption id="bptt-caption">
        Loss L = sum(h_T) at the last step; each line is ‖∂L/∂h_t‖ per step (gaps: no gradient).{' '}
        {k < T ? `With a ${k}-step window only steps ${chunkStart + 1}–${T} receive gradient; ` : 'Full BPTT: every step receives gradient; '}
        for the {CELL_LABELS[run.config.cell]}, {cur.receiving} of {T} steps do.{' '}
        {clipOn
          ? `Clipping at ${fmt(clip!, 2)}: the parameter gradient's global norm goes from ${fmt(cur.totalNorm)} to ${fmt(cur.clippedNorm)} (the whole vector ×${fmt(cur.factor)}, same direction); the lines do not move — clipping acts after backpropagation, on the parameter gradient, not on the signal through the states.`
          : `Parameter gradient's global norm: ${fmt(cur.totalNorm)}.`}
      </figcaption>
      <table className="bptt-table">
        <caption>Gradient norms by cell</caption>
        <thead>
          <tr>
            <th scope="col">Cell</th>
            <th scope="col">‖∇θ L‖ before clipping</th>
            <th scope="col">after</th>
            <th scope="col">‖∂L/∂h₁‖</th>
          </tr>
        </thead>
        <tbody>
          {CELL_FAMILIES.map((f) => (
            <tr key={f}>
              <th scope="row">{CELL_LABELS[f]}</th>
              <td>{fmt(profiles[f].totalNorm)}</td>
              <td>{fmt(profiles[f].clippedNorm)}</td>
              <td>{fmt(profiles[f].stepNorms[0])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
