/**
 * The lab's attention race: encoder–decoders without attention and with dot-product attention
 * learn to reverse digit sequences on the same batches, a few seeds each, in a Web Worker. The page
 * shows each seed's held-out exact-sequence accuracy as it goes, one held-out sequence's attention
 * weights forming their anti-diagonal, and the outcome over seeds (how many solved, the median
 * update at which they did) — all computed from the run on screen.
 */
import { useId, useMemo } from 'react';
import {
  ATTENTION_RACE_LIMITS,
  DEFAULT_ATTENTION_RACE,
  SOLVED_EXACT,
  clampRace,
  raceOutcome,
} from '../../train/seq2seq/attentionRace';
import type { AttentionRaceReport } from '../../train/seq2seq/attentionRace';
import { SEQ2SEQ_PROTOCOL } from '../../train/seq2seq/protocol';
import { attentionRunnerCount } from '../../train/seq2seq/attentionRacePool';
import { REVERSE } from '../../train/seq2seq/tasks';
import { wholePct } from '../../compute/format';
import { AttentionHeatmap } from '../../ui/charts/AttentionHeatmap';
import { useDeviceState } from '../../ui/shared/useDeviceState';
import { RACE_NAMES, RaceChart } from './AttentionRaceChart';
import { useAttentionRace } from './useAttentionRace';
import type { RacePair } from '../../train/seq2seq/attentionRace';

const isCount = (v: string): v is string => /^\d{1,7}$/.test(v);

export function AttentionRace({ onOpenInExplainer }: { onOpenInExplainer: (pair: RacePair) => void }) {
  const [lengthText, setLength] = useDeviceState(
    'race-attention-length',
    String(DEFAULT_ATTENTION_RACE.length),
    isCount,
  );
  const [updatesText, setUpdates] = useDeviceState(
    'race-attention-updates',
    String(DEFAULT_ATTENTION_RACE.updates),
    isCount,
  );
  const [seedsText, setSeeds] = useDeviceState(
    'race-attention-seeds',
    String(DEFAULT_ATTENTION_RACE.seeds),
    isCount,
  );
  const settings = useMemo(
    () => clampRace({ length: Number(lengthText), updates: Number(updatesText), seeds: Number(seedsText) }),
    [lengthText, updatesText, seedsText],
  );
  const { report, running, error, workers, train, pause, openPair } = useAttentionRace(settings);
  // The cores that actually train: a race with fewer runs than cores leaves some idle.
  const cores = Math.min(workers, attentionRunnerCount(settings));
  const lengthId = useId();
  const updatesId = useId();
  const seedsId = useId();
  const L = ATTENTION_RACE_LIMITS;
  // The race on screen is the one these settings asked for (a changed setting resets it; until then Start waits).
  const current =
    report &&
    report.settings.length === settings.length &&
    report.settings.updates === settings.updates &&
    report.settings.seeds === settings.seeds
      ? report
      : null;
  const clamped =
    Number(lengthText) !== settings.length ||
    Number(updatesText) !== settings.updates ||
    Number(seedsText) !== settings.seeds;
  return (
    <section className="attention-race" aria-labelledby="attention-race-title">
      <h3 id="attention-race-title">Attention race: reverse a sequence (encoder–decoder)</h3>
      <p>
        Two GRU encoder–decoders with {SEQ2SEQ_PROTOCOL.hidden} hidden units learn to write digit sequences
        backwards, on the same batches: one must squeeze the whole sequence into its encoder&apos;s last
        state, the other can look back at every step (attention). Solved: {wholePct(SOLVED_EXACT)} of 100 new
        sequences reversed exactly. Each seed is a different random start and a different stream of batches,
        so one seed&apos;s result is partly luck; the table gives the median over seeds. Longer sequences make
        the difference larger; the result also depends on the budget (the learning rate falls to 0 at its
        end).
      </p>
      {cores > 1 && (
        <p className="hint">
          The race uses {cores} of this computer&apos;s cores at once: each trains some of the runs, and the
          numbers are the same, to the last digit, as on one.
        </p>
      )}
      <div className="s2s-controls">
        <label htmlFor={lengthId}>
          Digits per sequence
          <input
            id={lengthId}
            type="number"
            min={L.length.min}
            max={L.length.max}
            value={lengthText}
            onChange={(e) => isCount(e.target.value) && setLength(e.target.value)}
            disabled={running}
          />
        </label>
        <label htmlFor={updatesId}>
          Race budget (updates)
          <input
            id={updatesId}
            type="number"
            min={L.updates.min}
            max={L.updates.max}
            step={100}
            value={updatesText}
            onChange={(e) => isCount(e.target.value) && setUpdates(e.target.value)}
            disabled={running}
          />
        </label>
        <label htmlFor={seedsId}>
          Runs per model (seeds)
          <input
            id={seedsId}
            type="number"
            min={L.seeds.min}
            max={L.seeds.max}
            value={seedsText}
            onChange={(e) => isCount(e.target.value) && setSeeds(e.target.value)}
            disabled={running}
          />
        </label>
        <button
          type="button"
          className="primary"
          onClick={() => void train()}
          disabled={running || !current || current.done}
        >
          Start the race
        </button>
        <button type="button" onClick={() => void pause()} disabled={!running}>
          Halt the race
        </button>
        <button
          type="button"
          onClick={() => void openPair().then((pair) => pair && onOpenInExplainer(pair))}
          disabled={running || !current || current.update === 0}
        >
          Open in the explainer
        </button>
      </div>
      {clamped && (
        <p className="notice" role="status">
          Lengths go from {L.length.min} to {L.length.max}, updates from {L.updates.min} to{' '}
          {L.updates.max.toLocaleString('en')} and runs from {L.seeds.min} to {L.seeds.max}: this race uses
          length {settings.length}, {settings.updates.toLocaleString('en')} updates, {settings.seeds} runs per
          model.
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {report && <RaceProgress report={report} running={running} />}
    </section>
  );
}

const solvedText = (solved: number, seeds: number, median: number | null) =>
  `${solved} of ${seeds} ${seeds === 1 ? 'run' : 'runs'} solved${median !== null ? `, median update ${median}` : ''}`;

function RaceProgress({ report, running }: { report: AttentionRaceReport; running: boolean }) {
  const { update, settings, runners, curve, example } = report;
  const outcome = raceOutcome(report);
  const L = settings.length;
  const summary =
    update > 0
      ? `${RACE_NAMES.map((n, k) => `${n}: ${solvedText(outcome[k].solved, outcome[k].seeds, outcome[k].medianSolvedAt)}`).join('. ')}.`
      : 'Press Start the race.';
  return (
    <>
      <p className="race-status" aria-live="polite">
        Update {update} of {settings.updates}
        {report.done ? ' — done' : running ? ' — training' : ''}. {summary}
        {report.done ? ' Change the length, the budget or the runs to race again.' : ''}
      </p>
      <RaceChart
        curve={curve}
        updates={settings.updates}
        runners={runners}
        means={outcome.map((o) => o.meanExact)}
      />
      <table className="who-table race-outcome">
        <caption>
          Held-out sequences of length {L} after {update} updates, {settings.seeds}{' '}
          {settings.seeds === 1 ? 'run' : 'runs'} per model
        </caption>
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Runs solved: update of each</th>
            <th scope="col">Median update to solve</th>
            <th scope="col">Reversed exactly (mean)</th>
          </tr>
        </thead>
        <tbody>
          {outcome.map((o, k) => (
            <tr key={o.attention}>
              <th scope="row">{RACE_NAMES[k]}</th>
              <td>
                {o.solved} of {o.seeds}: {o.solvedAt.map((u) => u ?? '—').join(', ')}
              </td>
              <td>{o.medianSolvedAt ?? (o.solved > 0 ? 'not yet known' : '—')}</td>
              <td>{wholePct(o.meanExact)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">
        A dash is a run that has not solved. The median update is known once more than half of a model&apos;s
        runs have solved.
      </p>
      <h4 id="race-map-title">One held-out sequence: where the attention model looks (run 1)</h4>
      <p>
        Source <span className="symbols">{example.source.join(' ')}</span>; with attention the decoder writes{' '}
        <span className="symbols">{example.outputs[1].join(' ')}</span>, without{' '}
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
