/**
 * Backpropagation through time, drawn: how much gradient each step receives when every step has a
 * loss — as in the level-3 training loop — for the three cells, with truncated BPTT (chunks as
 * `x.split(k)` makes them, state detached between them) and clip_grad_norm_ on each chunk's update.
 */
import { FAMILY_COLORS } from '../../../ui/charts/scales';
import { useMemo, useState } from 'react';
import { CELL_FAMILIES, CELL_LABELS, perFamily } from '../../../state/config';
import type { DeepRun, Run } from '../../../compute/run';
import { FAR_LAG, clipChunks } from '../../../compute/deepDive';
import { untrainedBeside } from '../../../compute/untrainedBeside';
import type { CellFamily } from '../../../state/config';
import { LogLineChart } from '../../../ui/charts/LogLineChart';
import { LineKey } from '../../../ui/charts/LineKey';
import { familyStroke, fmt } from '../../../ui/charts/scales';
import { useTruncatedProfiles } from './useTruncatedProfiles';
import { spotHook } from '../../../ui/shared/spotlight';

/** Slider positions map to thresholds 10^(v/10): 0.01 .. 100. */
/** The reference line: what a step gets from its own loss alone. */
const OWN_LINE = { color: '#4d4d4d', width: 2, dash: '2 3' };

/** "a 5-step", "an 8-step", "an 11-step": the article English puts before a number. */
const article = (k: number) => (String(k).startsWith('8') || k === 11 || k === 18 ? 'an' : 'a');

/**
 * Why a flat line is not "no vanishing": a step's height is its own loss plus what arrives from
 * later ones, and under full BPTT the far losses' pull on step 1 is stated apart from their sum,
 * which can be small because they cancel rather than because they vanished.
 */
function OwnLossNote({
  own,
  later,
  far,
  name,
  lstm,
}: {
  own: number;
  later: number;
  far: { sum: number; pulls: number } | null;
  name: string;
  lstm: boolean;
}) {
  const away = `The losses ${FAR_LAG} or more steps away`;
  return (
    <>
      The dotted line, √H = {fmt(own)}, is the height a step would have from its own loss alone (∂L
      <sub>t</sub>/∂h<sub>t</sub> = 1 in every unit); what comes back from later steps adds to it as a vector,
      so it can also cancel part of it and a line can dip below. At step 1 the {name} gets {fmt(later)} from
      later steps&apos; losses.{' '}
      {far === null
        ? ''
        : far.pulls < 0.1 * later
          ? `${away} pull on it with sizes adding up to only ${fmt(far.pulls)}: a flat line is not the absence of vanishing — its height is made nearby, not carried from far. `
          : far.sum < 0.5 * far.pulls
            ? `${away} pull on it with sizes adding up to ${fmt(far.pulls)}, yet send only ${fmt(far.sum)} together: their pulls cancel; they have not vanished. `
            : `${away} send ${fmt(far.sum)} of it. `}
      {lstm
        ? 'For the LSTM this is the gradient reaching h; its cell state c receives its own, not drawn. '
        : ''}
    </>
  );
}

const toThreshold = (v: number) => 10 ** (v / 10);

/** "1–5, 6–10, 11–15, 16": the chunks a window makes, 1-based, the first few. */
export function chunkList(starts: readonly number[], T: number): string {
  const spans = starts.map((s, c) => {
    const e = (starts[c + 1] ?? T) - 1;
    return e > s ? `${s + 1}–${e + 1}` : `${s + 1}`;
  });
  return spans.length > 5
    ? `${spans.slice(0, 4).join(', ')}, …, ${spans[spans.length - 1]}`
    : spans.join(', ');
}

export function BpttView({ run, deep, step }: { run: Run; deep: DeepRun; step: number }) {
  const T = run.labels.length;
  // null: full BPTT, whatever the sequence's length (it changes with presets).
  const [windowSteps, setWindowSteps] = useState<number | null>(null);
  const [clipOn, setClipOn] = useState(false);
  const [clipPos, setClipPos] = useState(0);
  const window = windowSteps !== null && windowSteps < T ? windowSteps : null;
  const k = window ?? T;
  const clip = clipOn ? toThreshold(clipPos) : undefined;
  const { profiles, pending } = useTruncatedProfiles(run, deep, window);
  const clipped = useMemo(() => perFamily((f) => clipChunks(profiles[f].chunkNorms, clip)), [profiles, clip]);
  const cur = profiles[run.config.cell];
  const curClip = clipped[run.config.cell];
  const chunks = cur.chunkStarts.length;
  // A cell drawn with random weights beside trained ones says so (the minGRU has no trained model).
  const random = untrainedBeside(run);
  const cellName = (f: CellFamily) => `${CELL_LABELS[f]}${random.includes(f) ? ' (random weights)' : ''}`;
  // A step's own loss, sum(h_t), gives ∂L_t/∂h_t = 1 in each unit: norm √H, when h_t is the output.
  const own = cur.fromLater ? Math.sqrt(run.trace.model.spec.hiddenSize) : null;
  return (
    <figure className="deep bptt" aria-busy={pending} {...spotHook('bptt')}>
      <h3 id="bptt-title">Backpropagation through time: gradient reaching each step</h3>
      <div className="deep-controls">
        <label>
          Truncation window <output>{window === null ? `off (all ${T} steps)` : `${k} steps`}</output>
          <input
            type="range"
            min={1}
            max={T}
            value={k}
            onChange={(e) => setWindowSteps(Number(e.target.value) >= T ? null : Number(e.target.value))}
            aria-label="Truncation window (steps)"
            {...spotHook('truncation')}
          />
        </label>
        <label className="inline">
          <input type="checkbox" checked={clipOn} onChange={(e) => setClipOn(e.target.checked)} /> Clip the
          gradient norm
        </label>
        <label>
          Clipping threshold <output>{fmt(toThreshold(clipPos), 2)}</output>
          <input
            type="range"
            min={-20}
            max={20}
            step={1}
            value={clipPos}
            disabled={!clipOn}
            onChange={(e) => setClipPos(Number(e.target.value))}
            aria-label="Clipping threshold"
            {...spotHook('clipping')}
          />
        </label>
        <span className="pending" role="status">
          {pending ? 'Computing this window…' : ''}
        </span>
      </div>
      <LogLineChart
        series={[
          ...CELL_FAMILIES.map((f) => ({
            key: f,
            ...familyStroke(f, run.config.cell),
            values: profiles[f].stepNorms,
          })),
          ...(own === null ? [] : [{ key: 'own', ...OWN_LINE, values: new Float64Array(T).fill(own) }]),
        ]}
        marker={step}
        width={760}
        height={230}
        yTitle="‖∂L/∂h_t‖ (log)"
        labelledBy="bptt-title bptt-caption"
        className="bptt-chart"
      />
      <LineKey
        lines={[
          ...CELL_FAMILIES.map((f) => ({ name: cellName(f), ...familyStroke(f, run.config.cell) })),
          ...(own === null ? [] : [{ name: 'a step’s own loss alone (√H)', ...OWN_LINE }]),
        ]}
      />
      <figcaption id="bptt-caption">
        A loss on every step, L = Σ<sub>t</sub> sum(h<sub>t</sub>) (the training loop below also puts a loss
        on every step, its own MSE); each line is ‖∂L/∂h<sub>t</sub>‖ per step.{' '}
        {window === null
          ? `Full BPTT: one chunk of ${T} steps, so the gradient at each step gathers every later step's loss.`
          : `With ${article(k)} ${k}-step window the ${T} steps form ${chunks} chunk${chunks === 1 ? '' : 's'} (steps ${chunkList(cur.chunkStarts, T)}, as x.split(${k}) makes them); each step still receives gradient, but only from losses in its own chunk — no gradient crosses a cut, so nothing links steps more than ${k - 1} apart.`}{' '}
        {own !== null && cur.fromLater && (
          <OwnLossNote
            own={own}
            later={cur.fromLater[0]}
            far={cur.farFromStep1}
            name={CELL_LABELS[run.config.cell]}
            lstm={run.config.cell === 'lstm'}
          />
        )}
        {clipOn
          ? `Clipping at ${fmt(clip!, 2)} (each chunk's update on its own): the largest parameter-gradient norm goes from ${fmt(curClip.largest)} to ${fmt(curClip.largestAfter)}; ${curClip.clipped} of ${chunks} update${chunks === 1 ? '' : 's'} rescaled (the whole vector, same direction). The lines do not move — clipping acts after backpropagation, on the parameter gradient, not on the signal through the states.`
          : `Largest parameter-gradient norm of a chunk's update: ${fmt(curClip.largest)}.`}
      </figcaption>
      <table className="bptt-table">
        <caption>Gradient norms by cell (largest chunk update)</caption>
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
              <th scope="row">
                <span className="swatch" style={{ background: FAMILY_COLORS[f] }} aria-hidden="true" />
                {cellName(f)}
              </th>
              <td>{fmt(clipped[f].largest)}</td>
              <td>{fmt(clipped[f].largestAfter)}</td>
              <td>{fmt(profiles[f].stepNorms[0])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
