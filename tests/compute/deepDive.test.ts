// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initModel, runBackward, runForward } from '../../src/engine';
import type { Trace } from '../../src/engine';
import { norm } from '../../src/engine/linalg';
import {
  bidirectionalTrace,
  chunkStartsFor,
  clipChunks,
  lagTerms,
  paramNorm,
  truncatedProfile,
} from '../../src/compute/deepDive';
import { presetById } from '../../src/state/presets';
import { computeDeep, computeRun, computeTrainedRun } from '../../src/compute/run';
import asset from '../../src/content/trained/who-did-it.json';
import { whoBundle } from '../../src/compute/trainedWords';
import type { WhoAsset } from '../../src/compute/trainedWords';
import { LONG_SENTENCE } from '../../src/state/presets';

const who = asset as unknown as WhoAsset;

/**
 * Truncated BPTT the way the level-3 training loop does it, chunk by chunk: run each chunk of k
 * steps as its own forward pass from the previous chunk's final (detached) state, put a loss on
 * every step of the chunk, backpropagate within it. Independent of truncatedProfile's single pass.
 */
function chunkByChunk(trace: Trace, k: number) {
  const { T } = trace;
  const H = trace.model.spec.hiddenSize;
  const I = trace.model.spec.inputSize;
  const tr = trace.streams.l0;
  const stepNorms = new Float64Array(T);
  const chunkNorms: number[] = [];
  for (let s = 0; s < T; s += k) {
    const e = Math.min(T, s + k);
    const h0 = s === 0 ? tr.h0 : tr.h.slice((s - 1) * H, s * H);
    const c0 = tr.c ? (s === 0 ? tr.c0! : tr.c.slice((s - 1) * H, s * H)) : undefined;
    const sub = runForward(trace.model, trace.x.slice(s * I, e * I), { h0, c0 });
    const g = runBackward(sub, { kind: 'sum_all' });
    for (let t = s; t < e; t++) stepNorms[t] = norm(g.streams.l0.h, (t - s) * H, H);
    chunkNorms.push(paramNorm(g.streams.l0.params));
  }
  return { stepNorms, chunkNorms };
}

const close = (a: number, b: number) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(b)));

describe('deep-dive computations', () => {
  const exploding = computeRun(presetById('exploding')!.config);
  const T = exploding.labels.length;

  it('chunks are cut from the start, as x.split(k) makes them', () => {
    expect(chunkStartsFor(16, 5)).toEqual([0, 5, 10, 15]);
    expect(chunkStartsFor(16, null)).toEqual([0]);
    expect(chunkStartsFor(16, 16)).toEqual([0]);
    expect(chunkStartsFor(3, 1)).toEqual([0, 1, 2]);
  });

  it('with a loss on every step, every step receives gradient under any window (the Exploding preset at k = 5: all 16)', () => {
    for (const k of [1, 3, 5, T - 1, null]) {
      const p = truncatedProfile(exploding.traces.vanilla, k);
      expect(Array.from(p.stepNorms).filter((v) => v > 0)).toHaveLength(T);
    }
  });

  it('one backward pass with detaching gives what a chunk-by-chunk training loop gets (all cells, several windows)', () => {
    for (const preset of ['exploding', 'long', 'timeseries'] as const) {
      const run = computeRun(presetById(preset)!.config);
      const n = run.labels.length;
      for (const f of ['vanilla', 'lstm', 'gru'] as const) {
        for (const k of [1, 2, 5, 7, n - 1, n]) {
          const want = chunkByChunk(run.traces[f], k);
          const got = truncatedProfile(run.traces[f], k);
          expect(got.chunkNorms).toHaveLength(want.chunkNorms.length);
          got.chunkNorms.forEach((v, c) => close(v, want.chunkNorms[c]));
          want.stepNorms.forEach((v, t) => close(got.stepNorms[t], v));
        }
      }
    }
  });

  it('gradient does not cross a cut: inside a chunk it depends only on that chunk’s later losses', () => {
    const full = truncatedProfile(exploding.traces.vanilla, null);
    const cut = truncatedProfile(exploding.traces.vanilla, 5);
    // The last step of every chunk sees only its own loss: ‖∂L/∂h_t‖ = ‖1‖ = √H, with or without the cut.
    const H = exploding.trace.model.spec.hiddenSize;
    for (const s of [4, 9, 14, 15]) close(cut.stepNorms[s], Math.sqrt(H));
    // Without the cut, step 5 also gathers the losses of steps 6–16, which on this exploding run is far more.
    expect(full.stepNorms[4]).toBeGreaterThan(10 * cut.stepNorms[4]);
  });

  it('what arrives from later steps is the gradient of the later losses alone (a loss only after step t)', () => {
    const long = computeRun(presetById('long')!.config);
    for (const f of ['vanilla', 'lstm'] as const) {
      const trace = long.traces[f];
      const { T: n } = trace;
      const H = trace.model.spec.hiddenSize;
      const p = truncatedProfile(trace, null);
      for (const t of [0, 10, n - 1]) {
        // Independently: backpropagate a loss on steps t+1 … n only, and read ∂/∂h_t.
        const dOut = new Float64Array(n * H).fill(1, (t + 1) * H);
        const g = runBackward(trace, { kind: 'linear', dOut }, { weights: false });
        close(p.fromLater![t], norm(g.streams.l0.h, t * H, H));
      }
      // The last step has no later loss.
      expect(p.fromLater![n - 1]).toBe(0);
    }
    // Stacked layers: the loss reads the top layer, so no own-loss split is claimed for layer 0.
    const spec = { ...long.trace.model.spec, numLayers: 2 };
    const x = new Float64Array(5 * spec.inputSize).fill(0.5);
    expect(truncatedProfile(runForward(initModel(spec, 1), x), null).fromLater).toBeNull();
  });

  it('tells far losses that cancel from far losses that vanished: the trained vanilla RNN’s pull hard but cancel', () => {
    const trained = computeTrainedRun(presetById('long')!.config, whoBundle(who, LONG_SENTENCE));
    const untrained = computeRun(presetById('long')!.config);
    for (const [run, cancels] of [
      [trained, true],
      [untrained, false],
    ] as const) {
      const trace = run.traces.vanilla;
      const { T } = trace;
      const H = trace.model.spec.hiddenSize;
      const far = truncatedProfile(trace, null).farFromStep1!;
      // Independently: each loss from step 11 on, alone, and all of them together.
      const at = (from: number, to: number) => {
        const dOut = new Float64Array(T * H).fill(1, from * H, to * H);
        return norm(runBackward(trace, { kind: 'linear', dOut }, { weights: false }).streams.l0.h, 0, H);
      };
      let pulls = 0;
      for (let t = 10; t < T; t++) pulls += at(t, t + 1);
      close(far.pulls, pulls);
      close(far.sum, at(10, T));
      // The triangle inequality: together never more than the pulls added up.
      expect(far.sum).toBeLessThanOrEqual(far.pulls * (1 + 1e-12));
      if (cancels) expect(far.sum).toBeLessThan(0.1 * far.pulls);
      else expect(far.pulls).toBeLessThan(0.1);
    }
    // With a window the far split is not stated.
    expect(truncatedProfile(untrained.traces.vanilla, 8).farFromStep1).toBeNull();
  });

  it('clip_grad_norm_ on each chunk’s update: norms above the threshold become the threshold, the rest stay', () => {
    const p = truncatedProfile(exploding.traces.vanilla, 5);
    const largest = Math.max(...p.chunkNorms);
    expect(largest).toBeGreaterThan(10);
    const clipped = clipChunks(p.chunkNorms, 1);
    expect(clipped.largest).toBe(largest);
    expect(clipped.largestAfter).toBe(1);
    expect(clipped.clipped).toBe(p.chunkNorms.filter((v) => v > 1).length);
    expect(clipChunks(p.chunkNorms, 2 * largest)).toEqual({ largest, largestAfter: largest, clipped: 0 });
    expect(clipChunks(p.chunkNorms, undefined).clipped).toBe(0);
  });

  it('the lag terms add up to the gradient of a last-step loss, and long lags are swamped on the Long sequence', () => {
    const long = computeRun(presetById('long')!.config);
    for (const f of ['vanilla', 'lstm', 'gru'] as const) {
      const tr = long.traces[f];
      const terms = lagTerms(tr);
      const total = paramNorm(runBackward(tr, { kind: 'sum_last' }).streams.l0.params);
      // The triangle inequality: the norm of the sum is at most the sum of the norms.
      expect(total).toBeLessThanOrEqual(terms.reduce((a, b) => a + b, 0) * (1 + 1e-12));
      expect(terms.every((v) => v >= 0 && Number.isFinite(v))).toBe(true);
    }
    const v = lagTerms(long.traces.vanilla);
    expect(v[0]).toBeGreaterThan(0);
    expect(v[0] / v[v.length - 1]).toBeLessThan(1e-8);
  });

  it('the bidirectional view’s forward lane is the main view’s cell', () => {
    const run = computeRun(presetById('lstm')!.config);
    for (const cell of ['vanilla', 'lstm', 'gru'] as const) {
      const bi = bidirectionalTrace({ ...run.config, cell }, run.trace.x, run.trace.model.spec.inputSize);
      // The view draws traces[cell] as the forward lane and the deep run's reverse[cell] as the backward one.
      expect(Array.from(bi.streams.l0.h)).toEqual(Array.from(run.traces[cell].streams.l0.h));
      expect(Array.from(computeDeep(run).reverse[cell])).toEqual(Array.from(bi.streams.l0_reverse.h));
      expect(bi.streams.l0_reverse.h.every(Number.isFinite)).toBe(true);
    }
  });
});
