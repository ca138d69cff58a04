/**
 * The training lab: pick a task and its length, press Train, and watch a vanilla RNN, an LSTM and
 * a GRU of the same hidden size learn it on the same batches, in a Web Worker. The page shows the
 * held-out loss against the memoryless baseline, how much gradient reaches the early steps, the
 * gate histograms before and after, and a table with one row per cell.
 */
import { LogLineChart } from '../../ui/charts/LogLineChart';
import type { CellKind } from '../../engine/types';
import { CELL_NAMES } from '../../content/cells';
import { F32_AGREEMENT } from '../../train/settings';
import type { RaceSettings } from '../../train/settings';
import { taskById } from '../../train/tasks';
import { paramCount } from '../../train/model';
import { EMA, raceCells } from '../../train/race';
import { duration } from '../../compute/format';
import type { TrainedBundle } from '../../state/trainedBundle';
import { CELL_COLORS, CELL_DASH } from './cellStyle';
import { CurveChart, GateHistogram } from './TrainingCharts';
import { LabResultsTable } from './LabResultsTable';
import { LabSettingsForm } from './LabSettingsForm';
import { useLab } from './useLab';
import { LabSynthesis } from './LabSynthesis';
import { labOutcome } from '../../compute/labOutcome';
import { AttentionRace } from './AttentionRace';
import { useFitWidth } from '../../ui/shared/useFitWidth';
import { REFERENCE_RACE, estimateRaceMs, referenceMs } from '../../train/estimate';
import { runnerCount } from '../../train/racePool';
import { spotHook } from '../../ui/shared/spotlight';
import { familyOf } from '../../engine/cells/vocabulary';
import { CELL_NOTES } from '../../content/cellNotes';
import type { RacePair } from '../../train/seq2seq/attentionRace';

export interface TrainingLabProps {
  settings: RaceSettings;
  onSettings: (s: RaceSettings) => void;
  onOpenTrained: (bundle: TrainedBundle) => void;
  /** The attention race's "Open in the explainer": show level 3's sequence-to-sequence view (the pair is handed over in ui/shared/labRacePair). */
  /** Hands the attention race's pair to level 3 (through the app's state). */
  onOpenInExplainer: (pair: RacePair) => void;
  /**
   * Detail: Essentials. The task, Train, the curves and one plain sentence of the outcome; the
   * settings, the table, the gradient and gate charts and the second race wait for Everything.
   */
  essentials?: boolean;
}

/**
 * The gradient chart's floor: float32 goes down to ~1e-45 before zero, which would stretch the log
 * axis over 40 decades and leave zeros as silent gaps; below this they are drawn at the floor, said so.
 */
const REACH_FLOOR = 1e-30;

export default function TrainingLab({
  settings,
  onSettings,
  onOpenTrained,
  onOpenInExplainer,
  essentials = false,
}: TrainingLabProps) {
  const { report, running, error, gates, workers, train, pause, stepOnce, reset, openTrained } = useLab(
    settings,
    onOpenTrained,
  );
  const task = taskById(settings.task);
  // The cores that actually train: a race with fewer runners than cores leaves some idle.
  const cores = Math.min(workers, runnerCount(settings));
  const runners = report?.runners ?? [];
  const firstSeed = runners.filter((r) => r.seed === settings.seed);
  const update = report?.update ?? 0;
  const eta = update > 0 && report ? ((settings.maxUpdates - update) * report.elapsedMs) / update : null;
  const metricIsAcc = task.metric === 'accuracy';
  const { ref: reachRef, width: reachWidth, fitted: reachFitted } = useFitWidth(520);
  const lastEval = report?.curve[report.curve.length - 1];
  const diverged = runners.filter((r) => r.divergedAt !== null);
  const outcome = labOutcome(report, raceCells(settings), task, settings.T, settings.maxUpdates);
  const params = (cell: CellKind) =>
    paramCount({
      cell,
      inputSize: task.inputSize,
      hiddenSize: settings.hidden,
      numLayers: 1,
      outSize: task.outSize,
    });

  return (
    <section className="panel lab" aria-label="Training lab" id="training-lab" data-panel="lab">
      <h2>Training lab: which cells learn long memory, and when?</h2>
      {essentials ? (
        <p className="lead-small">
          Here a vanilla RNN, an LSTM and a GRU of the same size learn the same memory task side by side, in
          your browser. Pick a task and press Train: the chart shows each one’s error on examples it never
          trained on, and a sentence below says who learned it. Whether a cell learns also depends on the
          settings (in Everything, at the top of the page).
        </p>
      ) : (
        <p className="lead-small">
          Unless the explorer above shows trained weights, it runs on <em>random</em> ones. Here a vanilla
          RNN, an LSTM and a GRU (and, if you tick it, a minGRU) with the same hidden size learn a memory task
          on the same batches, right in your browser (Adam or SGD with PyTorch&apos;s formulas, checked
          against PyTorch; by default in fast 32-bit arithmetic, whose weights stay within{' '}
          {F32_AGREEMENT.relative * 100}% of the 64-bit ones over the default race&apos;s first{' '}
          {F32_AGREEMENT.updates} updates). Whether a cell learns depends on its initialisation, the learning
          rate and the budget: those knobs are part of the lesson.
        </p>
      )}
      {/* The tour's last stop says "pick a task and press Train": in Essentials both are highlighted. */}
      <div {...(essentials ? spotHook('lab') : {})}>
        <LabSettingsForm settings={settings} onSettings={onSettings} onlyTask={essentials} />
        {essentials ? (
          <p className="hint">{task.description}</p>
        ) : (
          <>
            <p className="hint">
              {task.description} <span className="source">({task.source}.)</span> Baseline:{' '}
              {task.baselineLabel}
              {task.id === 'copy' ? ` = ${task.baseline(settings.T).toFixed(3)}` : ''}. Solved:{' '}
              {task.solveLabel} (moving average, factor {EMA}, of the training batches).{' '}
              {task.id === 'copy' ? `Each sequence is T + 20 = ${task.seqLen(settings.T)} steps long.` : ''}
            </p>
            {task.measured && <p className="hint measured">{task.measured}</p>}
            {cores > 1 && (
              <p className="hint">
                Training uses {cores} of this computer&apos;s cores at once: each trains some of the cells
                (and seeds), and the numbers are the same, to the last digit, as on one.
              </p>
            )}
          </>
        )}

        <div className="lab-buttons" {...(essentials ? {} : spotHook('lab'))}>
          <button
            type="button"
            className="primary"
            onClick={train}
            disabled={running || !report || report.done}
          >
            Train
          </button>
          <button type="button" onClick={pause} disabled={!running}>
            Pause
          </button>
          {!essentials && (
            <button type="button" onClick={stepOnce} disabled={running || !report || report.done}>
              Step one update
            </button>
          )}
          <button type="button" onClick={reset} disabled={!report}>
            Reset
          </button>
          <button type="button" onClick={openTrained} disabled={!report || update === 0}>
            Open in the timeline
          </button>
          <div className="lab-progress">
            <progress max={settings.maxUpdates} value={update} aria-label="Training progress" />
            <span role="status" aria-live="polite">
              Update {update} of {settings.maxUpdates}
              {report && report.elapsedMs > 0 ? ` · ${duration(report.elapsedMs)} of training` : ''}
              {running && eta !== null ? ` · about ${duration(eta)} left` : ''}
              {update === 0 && !running && essentials
                ? ` · estimated ${duration(estimateRaceMs(settings, cores))}`
                : ''}
              {update === 0 && !running && !essentials
                ? ` · estimated ${duration(estimateRaceMs(settings, cores))} (scaled from ${duration(referenceMs(settings))} measured for temporal order, T = 50, 3 seeds, 2,000 updates on one core in ${settings.precision === 'f64' ? '64' : '32'}-bit, in ${REFERENCE_RACE.machine}${cores > 1 ? `, then spread over ${cores} cores` : ''}; once it runs, the time left is measured here)`
                : ''}
              {report?.done ? ' · finished' : ''}
            </span>
          </div>
        </div>
      </div>
      {error && (
        <p className="message" role="alert">
          {error}
        </p>
      )}
      {diverged.length > 0 && (
        <p className="message" role="alert">
          {diverged
            .map((r) => `${CELL_NAMES[r.cell]} (seed ${r.seed}) diverged at update ${r.divergedAt}`)
            .join('; ')}
          : its loss or gradient stopped being a finite number. It keeps its last good weights; lower the
          learning rate or turn clipping on, then Reset.
        </p>
      )}

      {outcome && (
        <p className="lab-outcome" aria-live="polite">
          {outcome}
        </p>
      )}

      {!essentials && (
        <LabResultsTable
          cells={raceCells(settings)}
          runners={runners}
          seeds={settings.seedCount}
          metricIsAcc={metricIsAcc}
          lastEval={lastEval}
          params={params}
        />
      )}

      <div className="lab-charts">
        {report && (
          <CurveChart
            curve={report.curve}
            runners={runners}
            metric={metricIsAcc ? 'accuracy' : 'loss'}
            baseline={task.baseline(settings.T)}
            baselineLabel={task.baselineLabel}
            target={task.solveAt(settings.T)}
            targetLabel={task.solveLabel}
            maxUpdates={settings.maxUpdates}
            title={
              metricIsAcc
                ? 'Held-out accuracy (256 sequences), per cell; thin lines: other seeds'
                : 'Held-out loss (256 sequences), per cell; thin lines: other seeds'
            }
          />
        )}
        {!essentials && firstSeed.length > 0 && firstSeed[0].dhNorm.length > 0 && (
          <div className="lab-chart" ref={reachRef}>
            <p id="reach-title" className="chart-title">
              How much gradient reaches each step: ‖∂L/∂h<sub>t</sub>‖ at the latest update (seed{' '}
              {settings.seed})
              {firstSeed.some((r) => r.dhNorm.some((v) => !(v >= REACH_FLOOR)))
                ? `; values under ${REACH_FLOOR} (in 32-bit arithmetic the gradient underflows to tiny numbers and then to zero: it vanished) are drawn on the bottom edge`
                : ''}
            </p>
            <LogLineChart
              series={firstSeed.map((r) => ({
                key: r.cell,
                color: CELL_COLORS[r.cell],
                dash: CELL_DASH[r.cell],
                width: 2.5,
                values: r.dhNorm.map((v) => Math.max(v, REACH_FLOOR)),
              }))}
              marker={0}
              width={reachWidth}
              height={240}
              yTitle="‖∂L/∂hₜ‖ (log)"
              labelledBy="reach-title"
              className={reachFitted ? 'lab-svg fitted' : 'lab-svg'}
            />
          </div>
        )}
      </div>
      <div className="lab-charts">
        {gates.map((g, i) =>
          !essentials &&
          runners[i] &&
          runners[i].seed === settings.seed &&
          CELL_NOTES[familyOf(runners[i].cell)].retentionGate ? (
            <GateHistogram
              key={runners[i].cell}
              cell={runners[i].cell}
              before={g.before}
              now={g.now}
              at={g.at}
              gateName={CELL_NOTES[familyOf(runners[i].cell)].retentionGate ?? ''}
            />
          ) : null,
        )}
      </div>
      <ul className="legend-list" aria-label="Line styles">
        {raceCells(settings).map((c) => (
          <li key={c}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={CELL_COLORS[c]}
                strokeWidth="3"
                strokeDasharray={CELL_DASH[c]}
              />
            </svg>{' '}
            {CELL_NAMES[c]}
          </li>
        ))}
      </ul>
      {!essentials && <LabSynthesis measured={task.measured} />}
      {!essentials && <AttentionRace onOpenInExplainer={onOpenInExplainer} />}
    </section>
  );
}
