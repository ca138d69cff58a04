/**
 * npm run bench — engine throughput (timesteps per second, sequence length 1000, batch 1) for
 * every cell at hidden sizes 16, 64 and 256 (input size = hidden size), measured beside:
 *  - TensorFlow.js (CPU backend) running the same layer (the library a user would otherwise use);
 *  - a bare multiply-add loop doing the same number of multiply-adds on the same Float64Arrays,
 *    the practical limit of this runtime (forward: G*H*(I+H) per step; forward+BPTT: 3x that,
 *    as the backward pass does two more products of the same size per weight matrix).
 */
import * as tf from '@tensorflow/tfjs';
import { initModel, runBackward, runForward } from '../src/engine';
import type { CellKind } from '../src/engine';
import { gateCount } from '../src/engine/cells/vocabulary';
import { bestTime, bestTimeAsync, fmtRate } from './timing';

const T = 1000;
const SIZES = [16, 64, 256];
const CELLS: CellKind[] = ['rnn_tanh', 'lstm', 'gru'];

/** The limit: the same multiply-adds as `passes` matrix-vector products per step, nothing else. */
function bareLoop(
  w1: Float64Array,
  w2: Float64Array,
  x: Float64Array,
  rows: number,
  I: number,
  H: number,
  passes: number,
): number {
  const h = new Float64Array(H).fill(0.5);
  const out = new Float64Array(rows);
  let sink = 0;
  for (let t = 0; t < T; t++) {
    for (let p = 0; p < passes; p++) {
      for (let r = 0; r < rows; r++) {
        let acc = 0;
        const b1 = r * I;
        for (let c = 0; c < I; c++) acc += w1[b1 + c] * x[t * I + c];
        const b2 = r * H;
        for (let c = 0; c < H; c++) acc += w2[b2 + c] * h[c];
        out[r] = acc;
      }
    }
    sink += out[0];
  }
  return sink;
}

function tfLayer(cell: CellKind, H: number, I: number): tf.LayersModel {
  // Glorot rather than tfjs's default orthogonal recurrent initialiser, which takes seconds at H=256;
  // initialisation is not what is measured.
  const common = {
    units: H,
    returnSequences: true,
    inputShape: [T, I] as [number, number],
    recurrentInitializer: 'glorotUniform' as const,
  };
  const layer =
    cell === 'lstm'
      ? tf.layers.lstm(common)
      : cell === 'gru'
        ? tf.layers.gru(common)
        : tf.layers.simpleRNN(common);
  const m = tf.sequential();
  m.add(layer);
  return m;
}

async function benchTf(cell: CellKind, H: number, I: number): Promise<{ fwd: number; bwd: number }> {
  const model = tfLayer(cell, H, I);
  const x = tf.randomNormal([1, T, I]);
  const fwd = await bestTimeAsync(
    async () => {
      const y = model.predict(x) as tf.Tensor;
      await y.data();
      y.dispose();
    },
    200,
    1,
  );
  const vars = model.trainableWeights.map((w) => w.read() as tf.Variable);
  const bwd = await bestTimeAsync(
    async () => {
      const { value, grads } = tf.variableGrads(() => {
        const y = model.apply(x, { training: true }) as tf.Tensor;
        return tf.sum(y.slice([0, T - 1, 0], [1, 1, H])) as tf.Scalar;
      }, vars);
      await value.data();
      Object.values(grads).forEach((g) => g.dispose());
      value.dispose();
    },
    200,
    1,
  );
  x.dispose();
  model.dispose();
  return { fwd, bwd };
}

async function main(): Promise<void> {
  await tf.setBackend('cpu');
  const rows: string[][] = [];
  const header = [
    'cell',
    'H',
    'mode',
    'ours steps/s',
    'tfjs steps/s',
    'ours/tfjs',
    'limit steps/s',
    'ours/limit',
  ];
  for (const cell of CELLS) {
    for (const H of SIZES) {
      const I = H;
      const model = initModel({ cell, inputSize: I, hiddenSize: H, numLayers: 1, bidirectional: false }, 1);
      const x = Float64Array.from({ length: T * I }, (_, i) => Math.sin(i * 0.37));
      const fwd = bestTime(() => void runForward(model, x));
      const both = bestTime(() => void runBackward(runForward(model, x), { kind: 'sum_last' }));
      const rowsG = gateCount(cell) * H;
      const p = model.params.l0;
      const limitFwd = bestTime(() => void bareLoop(p.wIh, p.wHh, x, rowsG, I, H, 1));
      const limitBoth = bestTime(() => void bareLoop(p.wIh, p.wHh, x, rowsG, I, H, 3));
      const theirs = await benchTf(cell, H, I);
      const rate = (ms: number) => (T / ms) * 1000;
      for (const [mode, ours, tfMs, lim] of [
        ['forward', fwd, theirs.fwd, limitFwd],
        ['fwd+BPTT', both, theirs.bwd, limitBoth],
      ] as const) {
        rows.push([
          cell,
          String(H),
          mode,
          fmtRate(rate(ours)),
          fmtRate(rate(tfMs)),
          `${(tfMs / ours).toFixed(1)}x`,
          fmtRate(rate(lim)),
          `${((100 * lim) / ours).toFixed(0)}%`,
        ]);
      }
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  console.log(
    `\nEngine throughput, T=${T}, batch 1, input size = hidden size, float64 (tfjs: float32, CPU backend)\n`,
  );
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  rows.forEach((r) => console.log(line(r)));
}

void main();
