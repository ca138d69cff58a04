// @vitest-environment node
/**
 * The shipped trained models (src/content/trained/who-did-it.json, written by npm run
 * train:presets): their weights reproduce the accuracy the script recorded, the explorer's engine
 * reads them the same way, and they are in the training fixtures' weight schema.
 */
import { describe, expect, it } from 'vitest';
import asset from '../../src/content/trained/who-did-it.json';
import { WHO_NAMES, whoDidItTask } from '../../src/train/whoDidIt';
import { WHO_PROTOCOL, whoAccuracy, whoHeldOut } from '../../src/train/whoDidItModels';
import { whoBundle } from '../../src/compute/trainedWords';
import type { WhoAsset } from '../../src/compute/trainedWords';
import { LONG_SENTENCE, LONG_WORDS } from '../../src/state/presets';
import { computeTrainedRun, headProbs } from '../../src/compute/run';
import { modelFromPyTorch, runForward } from '../../src/engine';
import type { CellKind, PyTorchWeights } from '../../src/engine';
import { presetById } from '../../src/state/presets';

const who = asset as unknown as WhoAsset;
const task = whoDidItTask(LONG_WORDS);
const G: Record<string, number> = { rnn_tanh: 1, lstm: 4, gru: 3 };

describe('the trained "who did it?" models', () => {
  it('ship a vanilla RNN, an LSTM and a GRU of the same hidden size, from PyTorch’s default initialisation', () => {
    expect(who.models.map((m) => m.cell)).toEqual(['rnn_tanh', 'lstm', 'gru']);
    expect(who.protocol.hidden).toBe(WHO_PROTOCOL.hidden);
    expect(who.task.names).toEqual([...WHO_NAMES]);
    for (const m of who.models) expect(m.init).toMatch(/PyTorch default/);
  });

  it('are in the training fixtures’ weight schema (PyTorch names and shapes)', () => {
    const H = who.protocol.hidden;
    for (const m of who.models) {
      const w = m.weights as Record<string, number[][] | number[]>;
      expect(Object.keys(w).sort()).toEqual([
        'head.bias',
        'head.weight',
        'rnn.bias_hh_l0',
        'rnn.bias_ih_l0',
        'rnn.weight_hh_l0',
        'rnn.weight_ih_l0',
      ]);
      expect(w['rnn.weight_ih_l0']).toHaveLength(G[m.cell] * H);
      expect((w['rnn.weight_ih_l0'] as number[][])[0]).toHaveLength(8);
      expect((w['rnn.weight_hh_l0'] as number[][])[0]).toHaveLength(H);
      expect(w['head.weight']).toHaveLength(WHO_NAMES.length);
      // float32 precision: every number survives a round trip through float32 unchanged.
      for (const row of w['rnn.weight_hh_l0'] as number[][])
        for (const v of row) expect(Number(Math.fround(v).toPrecision(9))).toBe(v);
    }
  });

  it('reproduce the test accuracy the training script recorded, on the same 512 held-out sentences', () => {
    const test = whoHeldOut(task, 'test');
    expect(test.input.B).toBe(512);
    expect(test.input.T).toBe(64);
    for (const m of who.models) {
      expect(whoAccuracy(m.weights as PyTorchWeights, test, m.cell as CellKind)).toBe(m.testAccuracy);
      expect(m.testAccuracy).toBeGreaterThan(0.25);
    }
  });

  it('the explorer’s engine reads them the same way: its last-step answers give the same accuracy (within one sentence)', () => {
    const test = whoHeldOut(task, 'test');
    const y = (test.targets as { y: Int32Array }).y;
    const { T, B } = test.input;
    for (const m of who.models) {
      const w = m.weights as Record<string, number[][] | number[]>;
      const rnn = Object.fromEntries(
        Object.entries(w)
          .filter(([k]) => k.startsWith('rnn.'))
          .map(([k, v]) => [k.slice(4), v]),
      ) as PyTorchWeights;
      const model = modelFromPyTorch(
        {
          cell: m.cell as CellKind,
          inputSize: 8,
          hiddenSize: who.protocol.hidden,
          numLayers: 1,
          bidirectional: false,
        },
        rnn,
      );
      let right = 0;
      for (let b = 0; b < B; b++) {
        const trace = runForward(model, test.input.x.slice(b * T * 8, (b + 1) * T * 8));
        const p = headProbs(trace, {
          weight: w['head.weight'] as number[][],
          bias: w['head.bias'] as number[],
        });
        const last = p.subarray((T - 1) * 4, T * 4);
        if (last.indexOf(Math.max(...last)) === y[b]) right++;
      }
      expect(Math.abs(right / B - m.testAccuracy)).toBeLessThanOrEqual(1 / B);
    }
  });

  it('on the Long preset’s own sentence, each trained model names “Alice” at the last word', () => {
    const run = computeTrainedRun(presetById('long')!.config, whoBundle(who, LONG_SENTENCE));
    expect(run.answers!.classes).toEqual([...WHO_NAMES]);
    const T = run.labels.length;
    for (const f of ['vanilla', 'lstm', 'gru'] as const) {
      const last = run.answers!.probs[f]!.subarray((T - 1) * 4, T * 4);
      expect(last.indexOf(Math.max(...last))).toBe(0);
    }
    // Training pushed some gates towards open: more LSTM f and GRU z values above 0.9 than at initialisation.
    for (const f of ['lstm', 'gru'] as const) {
      expect(run.gateShift![f].before.above09).toBeLessThan(0.01);
      expect(run.gateShift![f].after.above09).toBeGreaterThan(0.05);
    }
    // The swap measure swaps a word for a word: "Alice" → "Bob", in the models' own word vectors.
    expect(run.swap).toEqual({ from: 'Alice', to: 'Bob', noun: 'word' });
  });
});
