/**
 * npm run bench (training section) — updates per second of one full training step (forward,
 * loss, BPTT, clip_grad_norm_, Adam) on the adding problem, T = 50, batch 32, for each cell at
 * H = 16 and 64, in Node: our training core in float64 (what replays PyTorch) and in its float32
 * WebAssembly SIMD fast mode, against TensorFlow.js doing the same step (tf.layers.simpleRNN /
 * lstm / gru + a dense head, Adam, trainOnBatch) on its CPU backend and its WebAssembly SIMD
 * backend (float32 both). Then the outcomes the lab states on the page: updates to solve and final
 * held-out metric for 3 seeds per cell.
 *
 * `-- --json` prints only {"rows":[{"cell","H","T","batch","mode","updPerS"}]} (modes f64,
 * f32-simd, tfjs-cpu, tfjs-wasm) and skips the outcome tables.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import type { CellKind } from '../src/engine/types';
import { seededRandom } from '../src/engine/random';
import { initNet } from '../src/train/init';
import { createOptimizer } from '../src/train/optimizers';
import { DEFAULT_RACE, Race } from '../src/train/race';
import { CELL_NAMES } from '../src/content/cells';
import { trainStep } from '../src/train/step';
import type { Precision } from '../src/train/settings';
import { taskById } from '../src/train/tasks';
import { bestTime, bestTimeAsync } from './timing';

const T = 50;
const B = 32;
const CELLS: CellKind[] = ['rnn_tanh', 'lstm', 'gru'];
const task = taskById('adding');

const JSON_OUT = process.argv.includes('--json');
const OURS: { mode: string; precision: Precision }[] = [
  { mode: 'f64', precision: 'f64' },
  { mode: 'f32-simd', precision: 'f32' },
];

function oursPerUpdateMs(cell: CellKind, H: number, precision: Precision): number {
  const net = initNet(
    { cell, inputSize: 2, hiddenSize: H, numLayers: 1, outSize: 1 },
    { scheme: 'pytorch_default' },
    1,
  );
  const opt = createOptimizer(
    { name: 'adam', lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8 },
    net.params.map((p) => p.data.length),
  );
  const batch = task.sample(seededRandom(1), B, T);
  const n = H === 16 ? 20 : 4;
  return (
    bestTime(() => {
      for (let i = 0; i < n; i++) trainStep(net, opt, batch, { loss: 'mse', on: 'last', clip: 1, precision });
    }, 300) / n
  );
}

async function tfPerUpdateMs(cell: CellKind, H: number): Promise<number> {
  const layerArgs = {
    units: H,
    inputShape: [T, 2] as [number, number],
    recurrentInitializer: 'glorotUniform' as const,
  };
  const m = tf.sequential();
  m.add(
    cell === 'lstm'
      ? tf.layers.lstm(layerArgs)
      : cell === 'gru'
        ? tf.layers.gru(layerArgs)
        : tf.layers.simpleRNN(layerArgs),
  );
  m.add(tf.layers.dense({ units: 1 }));
  m.compile({ optimizer: tf.train.adam(1e-3), loss: 'meanSquaredError' });
  const batch = task.sample(seededRandom(1), B, T);
  const x = tf.tensor3d(Array.from(batch.input.x), [B, T, 2]);
  const y = tf.tensor2d(Array.from(batch.targets.y as Float64Array), [B, 1]);
  const n = 2;
  const ms = await bestTimeAsync(async () => {
    for (let i = 0; i < n; i++) await m.trainOnBatch(x, y);
  }, 300);
  x.dispose();
  y.dispose();
  m.dispose();
  return ms / n;
}

/**
 * One precision's six configurations, measured in a process of their own (`--ours f32`), as the
 * lab's worker trains in one arithmetic: the cell kernels read Float32Array or Float64Array, and a
 * process that ran both would measure V8's slower code for a kernel that has seen two array types.
 */
function oursInChild(precision: Precision): Record<string, number> {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--ours', precision],
    { encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').at(-1) as string) as Record<string, number>;
}

const CONFIGS = [16, 64].flatMap((H) => CELLS.map((cell) => ({ cell, H, k: `${cell}/${H}` })));
const oursArg = process.argv.indexOf('--ours');
if (oursArg > 0) {
  const precision = process.argv[oursArg + 1] as Precision;
  console.log(
    JSON.stringify(
      Object.fromEntries(CONFIGS.map(({ cell, H, k }) => [k, oursPerUpdateMs(cell, H, precision)])),
    ),
  );
  process.exit(0);
}

// Ours and TF.js are measured in alternating rounds (3 per backend), keeping the best of each: a
// busy or throttled machine slows both sides of a ratio alike.
const ours: Record<string, Record<string, number>> = { f64: {}, 'f32-simd': {} };
const tfTimes: Record<string, Record<string, number>> = { cpu: {}, wasm: {} };
const ROUNDS = 3;
const keepBest = (into: Record<string, number>, k: string, ms: number) =>
  (into[k] = Math.min(into[k] ?? Infinity, ms));
async function measure(backend: 'cpu' | 'wasm'): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) {
    for (const { mode, precision } of OURS)
      for (const [k, ms] of Object.entries(oursInChild(precision))) keepBest(ours[mode], k, ms);
    for (const { cell, H, k } of CONFIGS) keepBest(tfTimes[backend], k, await tfPerUpdateMs(cell, H));
  }
}
await tf.setBackend('cpu');
await measure('cpu');
const require = createRequire(import.meta.url);
setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
await tf.setBackend('wasm');
await tf.ready();
await measure('wasm');

const rate = (ms: number) => (1000 / ms).toFixed(1);
if (JSON_OUT) {
  const rows = [16, 64].flatMap((H) =>
    CELLS.flatMap((cell) => {
      const k = `${cell}/${H}`;
      const times: [string, number][] = [
        ['f64', ours.f64[k]],
        ['f32-simd', ours['f32-simd'][k]],
        ['tfjs-cpu', tfTimes.cpu[k]],
        ['tfjs-wasm', tfTimes.wasm[k]],
      ];
      return times.map(([mode, ms]) => ({
        cell,
        H,
        T,
        batch: B,
        mode,
        updPerS: Number((1000 / ms).toFixed(2)),
      }));
    }),
  );
  console.log(JSON.stringify({ rows }));
} else {
  console.log(
    `\nTraining step: adding problem, T = ${T}, batch ${B}, Adam, clip 1 (updates per second, best of 3 alternating rounds, each arithmetic in its own process; TF.js 4.22 float32)\n`,
  );
  console.log(
    '| cell | H | float64 upd/s | float32 SIMD upd/s | SIMD / float64 | TF.js CPU upd/s | TF.js WASM upd/s | SIMD / faster TF.js |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const H of [16, 64]) {
    for (const cell of CELLS) {
      const k = `${cell}/${H}`;
      const [f64, f32] = [ours.f64[k], ours['f32-simd'][k]];
      const fastest = Math.min(tfTimes.cpu[k], tfTimes.wasm[k]);
      console.log(
        `| ${CELL_NAMES[cell]} | ${H} | ${rate(f64)} | ${rate(f32)} | ${(f64 / f32).toFixed(1)}x | ${rate(tfTimes.cpu[k])} | ${rate(tfTimes.wasm[k])} | ${(fastest / f32).toFixed(1)}x |`,
      );
    }
  }
}

// The outcomes the lab states on the page (TaskInfo.measured): 3 seeds per cell, fixed budgets.
const OUTCOMES: { label: string; settings: Partial<typeof DEFAULT_RACE> }[] = [
  {
    label: 'adding problem, T = 50, defaults (LSTM forget bias 1), 1,500 updates',
    settings: { maxUpdates: 1500 },
  },
  {
    label: 'temporal order, T = 50, defaults (LSTM forget bias 1), 2,000 updates',
    settings: { task: 'temporal_order', maxUpdates: 2000 },
  },
  {
    label: 'temporal order, T = 50, LSTM chrono init, 2,000 updates',
    settings: { task: 'temporal_order', lstmInit: 'chrono', maxUpdates: 2000 },
  },
];
const seeds = 3;
// BENCH_OUTCOMES=0 skips these tables (several minutes) when only the speed table is wanted.
for (const { label, settings } of process.env.BENCH_OUTCOMES === '0' || JSON_OUT ? [] : OUTCOMES) {
  const race = new Race({ ...DEFAULT_RACE, ...settings, seedCount: seeds });
  const t0 = performance.now();
  while (!race.done) race.step();
  const wall = (performance.now() - t0) / 1000;
  const rep = race.report();
  const last = rep.curve[rep.curve.length - 1];
  const acc = race.task.metric === 'accuracy';
  console.log(
    `\nOutcome: ${label}, H = 16, batch 32, Adam 1e-2, clip 1, seeds 1–${seeds} (${wall.toFixed(0)} s for all ${seeds * 3} models)\n`,
  );
  console.log(`| cell | solved | updates to solve | final held-out ${acc ? 'accuracy' : 'MSE'} per seed |`);
  console.log('|---|---|---|---|');
  for (const cell of CELLS) {
    const idx = rep.runners.flatMap((r, i) => (r.cell === cell ? [i] : []));
    const solved = idx.map((i) => rep.runners[i].solvedAt);
    const finals = idx.map((i) =>
      acc ? `${((last.accuracy[i] ?? NaN) * 100).toFixed(1)}%` : (last.loss[i] ?? NaN).toFixed(4),
    );
    console.log(
      `| ${CELL_NAMES[cell]} | ${solved.filter((v) => v !== null).length} of ${idx.length} | ${solved.map((v) => v ?? '—').join(', ')} | ${finals.join(', ')} |`,
    );
  }
}
