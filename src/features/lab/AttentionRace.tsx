/**
 * The lab's attention race: an encoder–decoder without attention and one with dot-product
 * attention learn to reverse digit sequences on the same batches, in a Web Worker. The page shows
 * the held-out exact-sequence accuracy as it goes, one held-out sequence's attention weights
 * forming their anti-diagonal, and the outcome.
 */
import { useId, useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { ATTENTION_RACE_LIMITS, DEFAULT_ATTENTION_RACE, SOLVED_EXACT, clampRace } from '../../train/seq2seq/attentionRace';
import type { AttentionRaceReport } from '../../train/seq2seq/attentionRace';
import { SEQ2SEQ_PROTOCOL } from '../../train/seq2seq/protocol';
import { REVERSE } from '../../train/seq2seq/tasks';
import { wholePct } from '../../compute/format';
import { AttentionHeatmap } from '../../ui/charts/AttentionHeatmap';
import { useDeviceState } from '../../ui/shared/useDeviceState';
import { useFitWidth } from '../../ui/shared/useFitWidth';
import { useAttentionRace } from './useAttentionRace';

const NAMES = ['Without attention', 'With attention (dot product)'];
const COLORS = ['#d55e00', '#0072b2'];
const DASH = ['6 4', undefined];
const isCount = (v: string): v is string => /^\d{1,7}$/.test(v);

export function AttentionRace() {
  const [lengthText, setLength] = useDeviceState('race-attention-length', String(DEFAULT_ATTENTION_RACE.length), isCount);
  const [updatesText, setUpdates] = useDeviceState('race-attention-updates', String(DEFAULT_ATTENTION_RACE.updates), isCount);
  const settings = useMemo(() => clampRace({ length: Number(lengthText), updates: Number(updatesText), seed: DEFAULT_ATTENTION_RACE.seed }), [lengthText, updatesText]);
  const { report, running, error, train, pause } = useAttentionRace(settings);
  const lengthId = useId();
  const updatesId = useId();
  const L = ATTENTION_RACE_LIMITS;
  return (
    <section className="attention-race" aria-labelledby="attention-race-title">
      <h3 id="attention-race-title">Attention race: reverse a sequence (encoder–decoder)</h3>
      <p>
        Two GRU encoder–decoders with {SEQ2SEQ_PROTOCOL.hidden} hidden units learn to write digit sequences backwards, on the same batches: one must squeeze the
        whole sequence into its encoder&apos;s last state, the other can look back at every step (attention). Solved: {wholePct(SOLVED_EXACT)} of 100 new
        sequences reversed exactly. Longer sequences make the difference larger; the result also depends on the budget.
      </p>
      <div className="s2s-controls">
        <label htmlFor={lengthId}>
          Digits per sequence
          <input id={lengthId} type="number" min={L.length.min} max={L.length.max} value={lengthText} onChange={(e) => isCount(e.target.value) && setLength(e.target.value)} disabled={running} />
        </label>
        <label htmlFor={updatesId}>
          Race budget (updates)
          <input id={updatesId} type="number" min={L.updates.min} max={L.updates.max} step={100} value={updatesText} onChange={(e) => isCount(e.target.value) && setUpdates(e.target.value)} disabled={running} />
        </label>
        <button type="button" className="primary" onClick={() => void train()} disabled={running || !report || report.done}>
          Start the race
        </button>
        <button type="button" onClick={() => void pause()} disabled={!running}>
          Halt the race
        </button>
      </div>
      {(Number(lengthText) !== settings.length || Number(updatesText) !== settings.updates) && (
        <p className="notice" role="status">
          Lengths go from {L.length.min} to {L.length.max} and updates from {L.updates.min} to {L.updates.max.toLocaleString('en')}: this race uses length {settings.length}, {settings.updates.toLocaleString('en')} updates.
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {report && <RaceProgress report={report} running={running} />}
    </section>
  );
}

function RaceProgress({ report, running }: { report: AttentionRaceReport; running: boolean }) {
  const { update, settings, runners, curve, example } = report;
  const [none, dot] = runners;
  const L = settings.length;
  const outcome =
    report.done || update > 0
      ? `${NAMES[1]}: ${dot.solvedAt !== null ? `solved at update ${dot.solvedAt}` : `not solved yet (${wholePct(dot.exact)} exact)`}. ${NAMES[0]}: ${none.solvedAt !== null ? `solved at update ${none.solvedAt}` : `${report.done ? 'not solved' : 'not solved yet'} (${wholePct(none.exact)} exact)`}.`
      : 'Press Start the race.';
  return (
    <>
      <p className="race-status" aria-live="polite">
        Update {update} of {settings.updates}
        {report.done ? ' — done' : running ? ' — training' : ''}. {outcome}
        {report.done ? ' Change the length or the budget to race again.' : ''}
      </p>
      <RaceChart curve={curve} updates={settings.updates} />
      <table className="who-table">
        <caption>Held-out sequences of length {L} after {update} updates</caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Reversed exactly</th>
            <th scope="col">Symbols right</th>
            <th scope="col">Solved at update</th>
          </tr>
        </thead>
        <tbody>
          {runners.map((r, k) => (
            <tr key={r.attention}>
              <th scope="row">{NAMES[k]}</th>
              <td>{wholePct(r.exact)}</td>
              <td>{wholePct(r.perSymbol)}</td>
              <td>{r.solvedAt ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 id="race-map-title">One held-out sequence: where the attention model looks</h4>
      <p>
        Source <span className="symbols">{example.source.join(' ')}</span>; with attention the decoder writes <span className="symbols">{example.outputs[1].join(' ')}</span>, without{' '}
        <span className="symbols">{example.outputs[0].join(' ')}</span>.
      </p>
      <AttentionHeatmap
        source={example.source}
        output={example.outputs[1]}
        attention={example.attention}
        expected={(t) => REVERSE.alignedTo(t, L)}
        titleId="race-map-title"
        tableCaption="The attention model’s weights on the held-out sequence: one row per output step, one column per source step"
      />
    </>
  );
}

const HEIGHT = 170;
const M = { left: 44, right: 12, top: 10, bottom: 36 };

function RaceChart({ curve, updates }: { curve: AttentionRaceReport['curve']; updates: number }) {
  const { ref, width } = useFitWidth(460);
  const x = scaleLinear().domain([0, updates]).range([M.left, width - M.right]);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - M.bottom, M.top]);
  return (
    <div ref={ref}>
      <svg width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-label={`Held-out share reversed exactly, by update: ${NAMES.map((n, k) => `${n} ${wholePct(curve.at(-1)?.exact[k] ?? 0)}`).join(', ')}`} className="s2s-chart">
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} className="gridline" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
              {wholePct(v)}
            </text>
          </g>
        ))}
        <line x1={M.left} x2={width - M.right} y1={y(SOLVED_EXACT)} y2={y(SOLVED_EXACT)} stroke="var(--muted)" strokeDasharray="2 3" />
        <text x={M.left + 4} y={y(SOLVED_EXACT) - 4}>
          solved
        </text>
        {[0, 0.25, 0.5, 0.75, 1].map((f) => Math.round(f * updates)).map((u) => (
          <text key={u} x={x(u)} y={HEIGHT - M.bottom + 16} textAnchor="middle">
            {u}
          </text>
        ))}
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="axis-title">
          update
        </text>
        {NAMES.map((n, k) => (
          <path key={n} d={line<(typeof curve)[number]>((p) => x(p.update), (p) => y(p.exact[k]))(curve) ?? ''} fill="none" stroke={COLORS[k]} strokeWidth={2.5} strokeDasharray={DASH[k]} />
        ))}
      </svg>
      <ul className="chart-key s2s-key">
        {NAMES.map((n, k) => (
          <li key={n} className="chart-key-item">
            <svg width="26" height="10" aria-hidden="true">
              <line x1="1" x2="25" y1="5" y2="5" stroke={COLORS[k]} strokeWidth={2.5} strokeDasharray={DASH[k]} />
            </svg>
            {n}
          </li>
        ))}
      </ul>
    </div>
  );
}
