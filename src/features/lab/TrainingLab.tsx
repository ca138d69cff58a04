/**
 * The training lab: pick a task and its length, press Train, and watch a vanilla RNN, an LSTM and
 * a GRU of the same hidden size learn it on the same batches, in a Web Worker. The page shows the
 * held-out loss against the memoryless baseline, how much gradient reaches the early steps, the
 * gate histograms before and after, and a table with one row per cell.
 */
import { useEffect, useRef, useState } from 'react';
import { LogLineChart } from '../../ui/charts/LogLineChart';
import type { CellKind } from '../../engine/types';
import { EMA } from '../../train/race';
import { CELL_NAMES } from '../../engine/cells/vocabulary';
import type { RunnerState } from '../../train/race';
import { DEFAULT_RACE, LAB_LIMITS, TASK_IDS } from '../../train/settings';
import type { RaceSettings, TaskId } from '../../train/settings';
import { taskById } from '../../train/tasks';
import { paramCount } from '../../train/model';
import { INIT_LABELS } from '../../train/init';
import { CELL_COLORS, CELL_DASH } from './cellStyle';
import { createLabClient } from './labClient';
import type { LabClient } from './labClient';
import type { LabReport } from './labSession';
import type { TrainedBundle } from '../../state/trainedBundle';
import { CurveChart, GateHistogram } from './TrainingCharts';

export interface TrainingLabProps {
  settings: RaceSettings;
  onSettings: (s: RaceSettings) => void;
  onOpenTrained: (bundle: TrainedBundle) => void;
}

const LRS = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1, 1, 1e9];

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fmtNum(v: number | null | undefined, digits = 4): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (v !== 0 && Math.abs(v) < 1e-3) return v.toExponential(2);
  return v.toFixed(digits);
}

function fmtTime(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export default function TrainingLab({ settings, onSettings, onOpenTrained }: TrainingLabProps) {
  const client = useRef<LabClient | null>(null);
  const [report, setReport] = useState<LabReport | null>(null);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Gate histograms ride along only every fifth report: the last ones received stay on screen.
  const [gates, setGates] = useState<LabReport['gates']>([]);
  const task = taskById(settings.task);

  // A fresh race whenever the settings change (or on first show); the previous run is cancelled.
  useEffect(() => {
    let alive = true;
    (async () => {
      client.current ??= await createLabClient();
      const r = await client.current.reset(settings);
      if (!alive) return;
      setGates(r.gates);
      setReport(r);
      setRunning(false);
    })().catch((e: unknown) => alive && setError(`The trainer could not start: ${(e as Error).message}`));
    return () => {
      alive = false;
    };
  }, [settings]);

  useEffect(() => () => client.current?.dispose(), []);

  const onReport = (r: LabReport) => {
    if (r.gates.length) setGates(r.gates);
    setReport(r);
  };

  const train = async () => {
    if (!client.current) return;
    setRunning(true);
    const final = await client.current.run(onReport);
    onReport(final);
    setRunning(false);
  };
  const pause = async () => {
    if (!client.current) return;
    onReport(await client.current.pause());
    setRunning(false);
  };
  const stepOnce = async () => client.current && onReport(await client.current.stepOnce());
  const reset = async () => {
    if (!client.current) return;
    const r = await client.current.reset(settings);
    setGates(r.gates);
    setReport(r);
    setRunning(false);
  };
  const openTrained = async () => client.current && onOpenTrained(await client.current.trained());

  const set = <K extends keyof RaceSettings>(key: K, value: RaceSettings[K]) => onSettings({ ...settings, [key]: value });
  const num = (key: 'T' | 'hidden' | 'batch' | 'seed' | 'seedCount' | 'maxUpdates' | 'forgetBias' | 'gruUpdateBias', raw: string) => {
    const lim = LAB_LIMITS[key];
    const v = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(v)) return;
    const int = key !== 'forgetBias' && key !== 'gruUpdateBias';
    set(key, Math.min(lim.max, Math.max(lim.min, int ? Math.round(v) : v)));
  };

  const runners = report?.runners ?? [];
  const firstSeed = runners.filter((r) => r.seed === settings.seed);
  const update = report?.update ?? 0;
  const eta = update > 0 && report ? ((settings.maxUpdates - update) * report.elapsedMs) / update : null;
  const metricIsAcc = task.metric === 'accuracy';
  const lastEval = report?.curve[report.curve.length - 1];
  const diverged = runners.filter((r) => r.divergedAt !== null);
  const params = (cell: CellKind) => paramCount({ cell, inputSize: task.inputSize, hiddenSize: settings.hidden, numLayers: 1, outSize: task.outSize });

  return (
    <section className="panel lab" aria-label="Training lab" id="training-lab">
      <h2>Training lab: watch the gated cells win</h2>
      <p className="lead-small">
        Everything above runs on <em>random</em> weights. Here a vanilla RNN, an LSTM and a GRU with the same hidden size learn a memory task
        on the same batches, right in your browser (a Web Worker; float64; Adam or SGD with PyTorch&apos;s formulas, checked against PyTorch to
        1e-9). Whether a cell learns depends on its initialisation, the learning rate and the budget: those knobs are part of the lesson.
      </p>
      <form className="lab-controls" onSubmit={(e) => e.preventDefault()} aria-label="Lab settings">
        <label>
          Task
          <select value={settings.task} onChange={(e) => set('task', e.target.value as TaskId)}>
            {TASK_IDS.map((id) => (
              <option key={id} value={id}>
                {taskById(id).name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sequence length
          <input type="number" min={LAB_LIMITS.T.min} max={LAB_LIMITS.T.max} value={settings.T} onChange={(e) => num('T', e.target.value)} />
        </label>
        <label>
          Hidden size
          <input type="number" min={LAB_LIMITS.hidden.min} max={LAB_LIMITS.hidden.max} value={settings.hidden} onChange={(e) => num('hidden', e.target.value)} />
        </label>
        <label>
          Batch size
          <input type="number" min={LAB_LIMITS.batch.min} max={LAB_LIMITS.batch.max} value={settings.batch} onChange={(e) => num('batch', e.target.value)} />
        </label>
        <label>
          Optimizer
          <select value={settings.optimizer} onChange={(e) => set('optimizer', e.target.value as 'adam' | 'sgd')}>
            <option value="adam">Adam</option>
            <option value="sgd">SGD, momentum 0.9</option>
          </select>
        </label>
        <label>
          Learning rate
          <select value={settings.lr} onChange={(e) => set('lr', Number(e.target.value))}>
            {[...new Set([...LRS, settings.lr])].sort((a, b) => a - b).map((lr) => (
              <option key={lr} value={lr}>
                {lr >= 1e3 ? lr.toExponential(0) : lr}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={settings.clip !== null} onChange={(e) => set('clip', e.target.checked ? 1 : null)} />
          Clip gradient norm
        </label>
        {settings.clip !== null && (
          <label>
            Max norm
            <input type="number" step="0.1" min={LAB_LIMITS.clip.min} max={LAB_LIMITS.clip.max} value={settings.clip} onChange={(e) => Number(e.target.value) > 0 && set('clip', Math.min(100, Number(e.target.value)))} />
          </label>
        )}
        <label>
          Truncation window
          <input
            type="number"
            min={0}
            max={LAB_LIMITS.truncation.max}
            value={settings.truncation ?? 0}
            aria-describedby="trunc-hint"
            onChange={(e) => {
              const v = Math.round(Number(e.target.value));
              if (Number.isFinite(v)) set('truncation', v >= 1 ? Math.min(200, v) : null);
            }}
          />
          <span id="trunc-hint" className="hint">
            0 = full BPTT
          </span>
        </label>
        <label>
          Vanilla init
          <select value={settings.vanillaInit} onChange={(e) => set('vanillaInit', e.target.value as RaceSettings['vanillaInit'])}>
            {(['pytorch_default', 'orthogonal'] as const).map((s) => (
              <option key={s} value={s}>
                {INIT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          LSTM init
          <select value={settings.lstmInit} onChange={(e) => set('lstmInit', e.target.value as RaceSettings['lstmInit'])}>
            {(['forget_bias', 'chrono'] as const).map((s) => (
              <option key={s} value={s}>
                {INIT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {settings.lstmInit === 'forget_bias' && (
          <label>
            LSTM forget bias
            <input type="number" step="0.5" min={LAB_LIMITS.forgetBias.min} max={LAB_LIMITS.forgetBias.max} value={settings.forgetBias} onChange={(e) => num('forgetBias', e.target.value)} />
          </label>
        )}
        <label>
          GRU update bias
          <input type="number" step="0.5" min={LAB_LIMITS.gruUpdateBias.min} max={LAB_LIMITS.gruUpdateBias.max} value={settings.gruUpdateBias} onChange={(e) => num('gruUpdateBias', e.target.value)} />
        </label>
        <label>
          Seed
          <input type="number" min={LAB_LIMITS.seed.min} max={LAB_LIMITS.seed.max} value={settings.seed} onChange={(e) => num('seed', e.target.value)} />
        </label>
        <label>
          Seeds at once
          <input type="number" min={1} max={LAB_LIMITS.seedCount.max} value={settings.seedCount} onChange={(e) => num('seedCount', e.target.value)} />
        </label>
        <label>
          Updates
          <input type="number" min={1} max={LAB_LIMITS.maxUpdates.max} step={100} value={settings.maxUpdates} onChange={(e) => num('maxUpdates', e.target.value)} />
        </label>
        <button type="button" className="link-button" onClick={() => onSettings(DEFAULT_RACE)}>
          Defaults
        </button>
      </form>
      <p className="hint">
        {task.description} <span className="source">({task.source}.)</span> Baseline: {task.baselineLabel}
        {task.id === 'copy' ? ` = ${task.baseline(settings.T).toFixed(3)}` : ''}. Solved: {task.solveLabel} (moving average, factor {EMA}, of the
        training batches). {task.id === 'copy' ? `Each sequence is T + 20 = ${task.seqLen(settings.T)} steps long.` : ''}
      </p>
      {task.measured && <p className="hint measured">{task.measured}</p>}

      <div className="lab-buttons">
        <button type="button" className="primary" onClick={train} disabled={running || !report || report.done}>
          Train
        </button>
        <button type="button" onClick={pause} disabled={!running}>
          Pause
        </button>
        <button type="button" onClick={stepOnce} disabled={running || !report || report.done}>
          Step one update
        </button>
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
            {report && report.elapsedMs > 0 ? ` · ${fmtTime(report.elapsedMs)} of training` : ''}
            {running && eta !== null ? ` · about ${fmtTime(eta)} left` : ''}
            {report?.done ? ' · finished' : ''}
          </span>
        </div>
      </div>
      {error && (
        <p className="message" role="alert">
          {error}
        </p>
      )}
      {diverged.length > 0 && (
        <p className="message" role="alert">
          {diverged.map((r) => `${CELL_NAMES[r.cell]} (seed ${r.seed}) diverged at update ${r.divergedAt}`).join('; ')}: its loss or gradient
          stopped being a finite number. It keeps its last good weights; lower the learning rate or turn clipping on, then Reset.
        </p>
      )}

      <ResultsTable runners={runners} seeds={settings.seedCount} metricIsAcc={metricIsAcc} lastEval={lastEval} params={params} />

      <div className="lab-charts">
        {report && (
          <CurveChart
            curve={report.curve}
            runners={runners}
            metric={metricIsAcc ? 'accuracy' : 'loss'}
            baseline={task.baseline(settings.T)}
            baselineLabel={task.baselineLabel}
            maxUpdates={settings.maxUpdates}
            title={metricIsAcc ? 'Held-out accuracy (256 sequences), per cell; thin lines: other seeds' : 'Held-out loss (256 sequences), per cell; thin lines: other seeds'}
          />
        )}
        {firstSeed.length > 0 && firstSeed[0].dhNorm.length > 0 && (
          <div className="lab-chart">
            <p id="reach-title" className="chart-title">
              How much gradient reaches each step: ‖∂L/∂h<sub>t</sub>‖ at the latest update (seed {settings.seed})
            </p>
            <LogLineChart
              series={firstSeed.map((r) => ({ key: r.cell, color: CELL_COLORS[r.cell], dash: CELL_DASH[r.cell], width: 2.5, values: r.dhNorm }))}
              marker={0}
              width={520}
              height={240}
              yTitle="‖∂L/∂hₜ‖"
              labelledBy="reach-title"
              className="lab-svg"
            />
          </div>
        )}
      </div>
      <div className="lab-charts">
        {gates.map((g, i) =>
          runners[i] && runners[i].seed === settings.seed && (runners[i].cell === 'lstm' || runners[i].cell === 'gru') ? (
            <GateHistogram
              key={runners[i].cell}
              cell={runners[i].cell}
              before={g.before}
              now={g.now}
              gateName={runners[i].cell === 'lstm' ? 'LSTM forget gate f' : 'GRU update gate z (1 keeps the old state)'}
            />
          ) : null,
        )}
      </div>
      <ul className="legend-list" aria-label="Line styles">
        {(['rnn_tanh', 'lstm', 'gru'] as CellKind[]).map((c) => (
          <li key={c}>
            <svg width="28" height="10" aria-hidden="true">
              <line x1="0" x2="28" y1="5" y2="5" stroke={CELL_COLORS[c]} strokeWidth="3" strokeDasharray={CELL_DASH[c]} />
            </svg>{' '}
            {CELL_NAMES[c]}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ResultsTable({
  runners,
  seeds,
  metricIsAcc,
  lastEval,
  params,
}: {
  runners: RunnerState[];
  seeds: number;
  metricIsAcc: boolean;
  lastEval: { loss: (number | null)[]; accuracy: (number | null)[] } | undefined;
  params: (cell: CellKind) => number;
}) {
  const cells: CellKind[] = ['rnn_tanh', 'lstm', 'gru'];
  return (
    <div className="lab-table-wrap">
    <table className="lab-table">
      <caption>One row per cell{seeds > 1 ? `; values are the median over ${seeds} seeds` : ''}. Loss: the latest training batch.</caption>
      <thead>
        <tr>
          <th scope="col">Cell</th>
          <th scope="col">Parameters</th>
          <th scope="col">Loss</th>
          <th scope="col">Held-out {metricIsAcc ? 'accuracy' : 'loss'}</th>
          <th scope="col">Solved</th>
          <th scope="col">Gradient norm</th>
        </tr>
      </thead>
      <tbody>
        {cells.map((cell) => {
          const idx = runners.flatMap((r, i) => (r.cell === cell ? [i] : []));
          const rs = idx.map((i) => runners[i]);
          const live = rs.filter((r) => r.divergedAt === null && Number.isFinite(r.loss));
          const heldOut = idx.map((i) => (metricIsAcc ? lastEval?.accuracy[i] : lastEval?.loss[i])).filter((v): v is number => v !== null && v !== undefined);
          const solved = rs.filter((r) => r.solvedAt !== null);
          const med = median(solved.map((r) => r.solvedAt as number));
          const ho = median(heldOut);
          return (
            <tr key={cell}>
              <th scope="row">
                <span className="swatch" style={{ background: CELL_COLORS[cell] }} aria-hidden="true" /> {CELL_NAMES[cell]}
              </th>
              <td>{params(cell).toLocaleString('en-US')}</td>
              <td>{fmtNum(median(live.map((r) => r.loss)))}</td>
              <td>{ho === null ? '—' : metricIsAcc ? `${(ho * 100).toFixed(1)}%` : fmtNum(ho)}</td>
              <td>
                {rs.length === 0
                  ? '—'
                  : `${solved.length} of ${rs.length}${med !== null ? ` (median update ${Math.round(med)})` : ''}${
                      rs.some((r) => r.divergedAt !== null) ? `; diverged at update ${rs.find((r) => r.divergedAt !== null)?.divergedAt}` : ''
                    }`}
              </td>
              <td>{fmtNum(median(live.map((r) => r.gradNorm)), 3)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
    </div>
  );
}
