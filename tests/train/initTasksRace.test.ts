// @vitest-environment node
/** Initialisers, task generators (their stated baselines) and the race (determinism, divergence). */
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/engine/random';
import { initNet, randomOrthogonal } from '../../src/train/init';
import { param } from '../../src/train/model';
import { DEFAULT_RACE, Race } from '../../src/train/race';
import { TASKS, taskById } from '../../src/train/tasks';

const spec = (cell: 'rnn_tanh' | 'rnn_relu' | 'lstm' | 'gru', H = 6) => ({
  cell,
  inputSize: 3,
  hiddenSize: H,
  numLayers: 2,
  outSize: 2,
});

describe('initialisers', () => {
  it('default: every parameter, head included, within ±1/√H', () => {
    const net = initNet(spec('gru', 9), { scheme: 'pytorch_default' }, 3);
    for (const p of net.params) for (const v of p.data) expect(Math.abs(v)).toBeLessThanOrEqual(1 / 3);
  });

  it('orthogonal: every gate block of every W_hh satisfies QᵀQ = I', () => {
    const H = 5;
    const net = initNet(spec('lstm', H), { scheme: 'orthogonal' }, 4);
    for (const name of ['rnn.weight_hh_l0', 'rnn.weight_hh_l1']) {
      const w = param(net, name);
      for (let g = 0; g < 4; g++) {
        for (let a = 0; a < H; a++) {
          for (let b = 0; b < H; b++) {
            let dot = 0;
            for (let r = 0; r < H; r++) dot += w[g * H * H + r * H + a] * w[g * H * H + r * H + b];
            expect(dot).toBeCloseTo(a === b ? 1 : 0, 12);
          }
        }
      }
    }
    // A 1 x 1 orthogonal matrix is ±1; which sign depends on the draw.
    for (const seed of [1, 2, 3]) expect(Math.abs(randomOrthogonal(1, seededRandom(seed))[0])).toBe(1);
  });

  it('LSTM forget bias and GRU update bias set the second gate block of b_ih and zero it in b_hh', () => {
    const H = 4;
    const lstm = initNet(spec('lstm', H), { scheme: 'forget_bias', value: 3 }, 1);
    expect(Array.from(param(lstm, 'rnn.bias_ih_l1').subarray(H, 2 * H))).toEqual([3, 3, 3, 3]);
    expect(Array.from(param(lstm, 'rnn.bias_hh_l1').subarray(H, 2 * H))).toEqual([0, 0, 0, 0]);
    const gru = initNet(spec('gru', H), { scheme: 'update_bias', value: 2 }, 1);
    expect(Array.from(param(gru, 'rnn.bias_ih_l0').subarray(H, 2 * H))).toEqual([2, 2, 2, 2]);
    // A scheme for another cell changes nothing.
    const plain = initNet(spec('gru', H), { scheme: 'pytorch_default' }, 1);
    const other = initNet(spec('gru', H), { scheme: 'forget_bias', value: 3 }, 1);
    expect(other.params.map((p) => Array.from(p.data))).toEqual(plain.params.map((p) => Array.from(p.data)));
  });

  it('chrono: b_f = log u with u in [1, T_max − 1], b_i = −b_f', () => {
    const H = 50;
    const net = initNet(spec('lstm', H), { scheme: 'chrono', tMax: 100 }, 2);
    const b = param(net, 'rnn.bias_ih_l0');
    for (let j = 0; j < H; j++) {
      expect(b[H + j]).toBeGreaterThanOrEqual(0);
      expect(b[H + j]).toBeLessThanOrEqual(Math.log(99));
      expect(b[j]).toBe(-b[H + j]);
    }
  });

  it('IRNN: W_hh = I and zero biases', () => {
    const net = initNet(spec('rnn_relu', 3), { scheme: 'irnn' }, 2);
    expect(Array.from(param(net, 'rnn.weight_hh_l0'))).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(Array.from(param(net, 'rnn.bias_hh_l0'))).toEqual([0, 0, 0]);
  });
});

describe('tasks state their baselines truthfully', () => {
  it('adding problem: predicting the mean (1) gives MSE ≈ 1/6', () => {
    const task = taskById('adding');
    const batch = task.sample(seededRandom(1), 20_000, 30);
    const y = batch.targets.y as Float64Array;
    const mse = y.reduce((s, v) => s + (v - 1) ** 2, 0) / y.length;
    expect(Math.abs(mse - task.baseline(30))).toBeLessThan(0.005);
    // Exactly two markers, one in each half.
    const x = batch.input.x;
    for (let b = 0; b < 50; b++) {
      const marks = Array.from({ length: 30 }, (_, t) => x[(b * 30 + t) * 2 + 1]).flatMap((m, t) =>
        m === 1 ? [t] : [],
      );
      expect(marks.length).toBe(2);
      expect(marks[0]).toBeLessThan(15);
      expect(marks[1]).toBeGreaterThanOrEqual(15);
    }
  });

  it('classification tasks: the classes are balanced, so the stated chance level holds', () => {
    for (const id of ['temporal_order', 'remember_first', 'parity'] as const) {
      const task = taskById(id);
      const y = task.sample(seededRandom(2), 8000, 12).targets.y as Int32Array;
      const counts = Array.from<number>({ length: task.outSize }).fill(0);
      for (const v of y) counts[v]++;
      const best = Math.max(...counts) / y.length;
      expect(Math.abs(best - task.baseline(12)), id).toBeLessThan(0.03);
    }
  });

  it('temporal order: X/Y once in the second tenth and once in the sixth tenth, distractors elsewhere', () => {
    const task = taskById('temporal_order');
    const T = 50;
    const b = task.sample(seededRandom(5), 200, T);
    for (let n = 0; n < 200; n++) {
      const relevant = Array.from({ length: T }, (_, t) => t).filter(
        (t) => b.input.x[(n * T + t) * 6] === 1 || b.input.x[(n * T + t) * 6 + 1] === 1,
      );
      expect(relevant).toHaveLength(2);
      expect(relevant[0]).toBeGreaterThanOrEqual(5);
      expect(relevant[0]).toBeLessThan(10);
      expect(relevant[1]).toBeGreaterThanOrEqual(25);
      expect(relevant[1]).toBeLessThan(30);
    }
  });

  it('copy task: blanks everywhere, then a uniform guess, costs exactly the stated 10·ln 8/(T+20)', () => {
    const task = taskById('copy');
    const T = 15;
    const batch = task.sample(seededRandom(3), 4, T);
    expect(batch.input.T).toBe(T + 20);
    const y = batch.targets.y as Int32Array;
    const blank = 8;
    // Memoryless strategy: certain "blank" before the recall window, uniform over 8 inside it.
    let ce = 0;
    for (let n = 0; n < y.length; n++) ce += y[n] === blank && n % (T + 20) < T + 10 ? 0 : Math.log(8);
    expect(ce / y.length).toBeCloseTo(task.baseline(T), 12);
  });

  it('every task gives finite batches of the stated shape at its shortest and longest length', () => {
    for (const task of TASKS) {
      for (const T of [task.minT, task.maxT]) {
        const b = task.sample(seededRandom(4), 3, T);
        expect(b.input.x.length).toBe(3 * task.seqLen(T) * task.inputSize);
        expect(b.input.x.every(Number.isFinite)).toBe(true);
      }
    }
  });
});

describe('the race', () => {
  const small = { ...DEFAULT_RACE, T: 10, hidden: 4, batch: 4, maxUpdates: 30 };

  it('is deterministic: the same settings give the same curve, bit for bit', () => {
    const run = () => {
      const r = new Race(small);
      while (!r.done) r.step();
      return r.report();
    };
    expect(run()).toEqual(run());
  });

  it('reports the gate histograms of its latest held-out evaluation while running, and the model’s own on request', () => {
    // Twins step in lockstep: one is asked for the latest evaluation's histograms, the other for fresh ones.
    const [a, b] = [new Race(small), new Race(small)];
    const fresh = [b.report('current').gates];
    expect(a.report('lastEvaluation').gates).toEqual(fresh[0]);
    expect(fresh[0].map((g) => g.now)).toEqual(fresh[0].map((g) => g.before));
    while (!a.done) {
      a.step();
      b.step();
      fresh.push(b.report('current').gates);
      const evaluatedAt = Math.floor(a.update / a.evalEvery) * a.evalEvery;
      expect(a.report('lastEvaluation').gates, `update ${a.update}`).toEqual(fresh[evaluatedAt]);
      // Each histogram names the update it was taken at: the latest evaluation's, or this one.
      expect(a.report('lastEvaluation').gates.map((g) => g.at)).toEqual([
        evaluatedAt,
        evaluatedAt,
        evaluatedAt,
      ]);
      expect(fresh[a.update].map((g) => g.at)).toEqual([a.update, a.update, a.update]);
    }
    // LSTM and GRU histograms are distributions, and training moved them.
    const [lstm, gru] = [fresh[30][1], fresh[30][2]];
    for (const g of [lstm, gru]) expect(g.now.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 12);
    expect(lstm.now).not.toEqual(lstm.before);
    expect(fresh[29]).not.toEqual(fresh[20]);
    expect(a.report().gates).toEqual([]);
  });

  it('a learning rate of 1e9 diverges: the runner stops with the update it diverged at, and keeps finite weights', () => {
    const r = new Race({ ...small, lr: 1e9, clip: null, optimizer: 'sgd' });
    while (!r.done) r.step();
    const rep = r.report();
    expect(rep.runners.some((s) => s.divergedAt !== null)).toBe(true);
    for (let i = 0; i < 3; i++)
      expect(r.net(i).params.every((p) => p.data.every(Number.isFinite))).toBe(true);
  });
});

describe('the race with a minGRU (the optional fourth runner)', () => {
  it('races four cells on the same batches, and the minGRU learns the adding problem’s first updates like the others', () => {
    const race = new Race({ ...DEFAULT_RACE, T: 10, hidden: 8, maxUpdates: 60, minGru: true });
    expect(race.report().runners.map((r) => r.cell)).toEqual(['rnn_tanh', 'lstm', 'gru', 'mingru']);
    const first = race.report().runners[3].loss;
    while (!race.done) race.step();
    const mingru = race.report().runners[3];
    expect(Number.isFinite(mingru.loss)).toBe(true);
    expect(mingru.divergedAt).toBeNull();
    // It has no recurrent weights: 2·H·(I + 1) for the gate and candidate, plus the head's H + 1.
    expect(race.net(3).params.reduce((n, p) => n + p.data.length, 0)).toBe(2 * 8 * (2 + 1) + 8 + 1);
    expect(Number.isFinite(first) ? mingru.loss : 0).toBeLessThan(Number.isFinite(first) ? first : 1);
  });
});

describe('a minGRU net in the weight dictionary', () => {
  it('has no weight_hh or bias_hh, and reads back to the same net', async () => {
    const { initNet: init } = await import('../../src/train/init');
    const { netFromPyTorch, netToPyTorch } = await import('../../src/train/model');
    const spec = { cell: 'mingru' as const, inputSize: 3, hiddenSize: 4, numLayers: 1, outSize: 2 };
    const net = init(spec, { scheme: 'pytorch_default' }, 9);
    const dict = netToPyTorch(net);
    expect(Object.keys(dict).sort()).toEqual([
      'head.bias',
      'head.weight',
      'rnn.bias_ih_l0',
      'rnn.weight_ih_l0',
    ]);
    expect(netFromPyTorch(spec, dict).params.map((p) => Array.from(p.data))).toEqual(
      net.params.map((p) => Array.from(p.data)),
    );
  });
});
