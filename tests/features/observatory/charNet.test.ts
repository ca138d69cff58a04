// @vitest-environment node
/** The observatory's one-hot stepper against the engine, prefix reuse, and interventions. */
import { describe, expect, it } from 'vitest';
import { modelFromPyTorch, runForward } from '../../../src/engine';
import type { PyTorchWeights } from '../../../src/engine';
import { seededRandom } from '../../../src/engine/random';
import { packHalf, unpackHalf } from '../../../src/train/float16';
import { CHAR_VOCAB, V, charIds } from '../../../src/train/charText';
import {
  charNetFromAsset,
  nextCharProbs,
  runChars,
  sampleText,
  topNext,
} from '../../../src/features/observatory/charNet';
import type { CharAsset } from '../../../src/features/observatory/charNet';

const H = 12;
function randomAsset(cell: 'lstm' | 'gru', seed: number): CharAsset {
  const G = cell === 'lstm' ? 4 : 3;
  const rng = seededRandom(seed);
  const draw = (n: number) => packHalf(Array.from({ length: n }, () => rng.uniform(-0.6, 0.6)));
  return {
    cell,
    hidden: H,
    vocab: CHAR_VOCAB,
    weights: {
      'rnn.weight_ih_l0': draw(G * H * V),
      'rnn.weight_hh_l0': draw(G * H * H),
      'rnn.bias_ih_l0': draw(G * H),
      'rnn.bias_hh_l0': draw(G * H),
      'head.weight': draw(V * H),
      'head.bias': draw(V),
    },
  } as unknown as CharAsset;
}

function engineRun(asset: CharAsset, text: string) {
  const G = asset.cell === 'lstm' ? 4 : 3;
  const rows = (b64: string, r: number, c: number) => {
    const a = unpackHalf(b64);
    return Array.from({ length: r }, (_, i) => Array.from(a.subarray(i * c, (i + 1) * c)));
  };
  const w: PyTorchWeights = {
    weight_ih_l0: rows(asset.weights['rnn.weight_ih_l0'], G * H, V),
    weight_hh_l0: rows(asset.weights['rnn.weight_hh_l0'], G * H, H),
    bias_ih_l0: Array.from(unpackHalf(asset.weights['rnn.bias_ih_l0'])),
    bias_hh_l0: Array.from(unpackHalf(asset.weights['rnn.bias_hh_l0'])),
  };
  const model = modelFromPyTorch(
    { cell: asset.cell, inputSize: V, hiddenSize: H, numLayers: 1, bidirectional: false },
    w,
  );
  const ids = charIds(text);
  const x = new Float64Array(ids.length * V);
  ids.forEach((id, t) => (x[t * V + id] = 1));
  return runForward(model, x);
}

const TEXT = "function f(a, b) {\n  return 'it\\'s' + [a, b].join(\", \"); // done\n}\n";

describe('the observatory’s character stepper', () => {
  for (const cell of ['lstm', 'gru'] as const) {
    it(`${cell}: equals the engine’s runForward on one-hot inputs (PyTorch’s equations)`, () => {
      const asset = randomAsset(cell, 3);
      const net = charNetFromAsset(asset);
      const ours = runChars(net, TEXT);
      const ref = engineRun(asset, TEXT);
      ref.streams.l0.h.forEach((v, i) => expect(Math.abs(ours.h[i] - v)).toBeLessThan(1e-12));
      if (cell === 'lstm')
        ref.streams.l0.c!.forEach((v, i) => expect(Math.abs(ours.c![i] - v)).toBeLessThan(1e-12));
    });
  }

  it('reuses the states of an unchanged prefix: the result equals a fresh run', () => {
    const net = charNetFromAsset(randomAsset('lstm', 5));
    const a = runChars(net, TEXT);
    const edited = TEXT.slice(0, 30) + 'X' + TEXT.slice(31) + 'more';
    const reused = runChars(net, edited, null, a);
    const fresh = runChars(net, edited);
    expect(Array.from(reused.h)).toEqual(Array.from(fresh.h));
    expect(Array.from(reused.c!)).toEqual(Array.from(fresh.c!));
  });

  it('a clamp holds the unit at its value at every step and changes what follows; ablation holds it at 0', () => {
    const net = charNetFromAsset(randomAsset('gru', 7));
    const free = runChars(net, TEXT);
    const clamped = runChars(net, TEXT, { unit: 4, value: 0.9 }, free);
    for (let t = 0; t < clamped.T; t++) expect(clamped.h[t * H + 4]).toBe(0.9);
    expect(clamped.h[5 * H + 2]).not.toBe(free.h[5 * H + 2]);
    const ablated = runChars(net, TEXT, { unit: 4, value: 0 });
    for (let t = 0; t < ablated.T; t++) expect(ablated.h[t * H + 4]).toBe(0);
    expect(topNext(net, clamped, clamped.T - 1).map((p) => p.p)).not.toEqual(
      topNext(net, free, free.T - 1).map((p) => p.p),
    );
  });

  it('predictions are a distribution; temperature sharpens or flattens it; a seeded sample repeats', () => {
    const net = charNetFromAsset(randomAsset('lstm', 9));
    const run = runChars(net, TEXT);
    const p = nextCharProbs(net, run.h, run.T - 1);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    const top = (q: Float64Array) => Math.max(...q);
    expect(top(nextCharProbs(net, run.h, run.T - 1, 0.3))).toBeGreaterThan(top(p));
    expect(top(nextCharProbs(net, run.h, run.T - 1, 3))).toBeLessThan(top(p));
    const s = (seed: number) => {
      const rng = seededRandom(seed);
      return sampleText(net, 'var ', 40, 0.8, () => rng.uniform(0, 1));
    };
    expect(s(1)).toBe(s(1));
    expect(s(1)).toHaveLength(40);
    expect([...s(2)].every((c) => CHAR_VOCAB.includes(c))).toBe(true);
  });
});
