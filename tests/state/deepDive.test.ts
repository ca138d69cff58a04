// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { runBackward } from '../../src/engine';
import type { Trace } from '../../src/engine';
import { norm } from '../../src/engine/linalg';
import { bidirectionalTrace, bpttBase, paramNorm, profileFromBase, seq2seq } from '../../src/state/deepDive';
import type { BpttOptions, BpttProfile } from '../../src/state/deepDive';
import { presetById } from '../../src/state/presets';
import { computeRun } from '../../src/state/run';

/** The BPTT view's profile, as the page computes it: from one full backward pass. */
const bpttProfile = (trace: Trace, opts: BpttOptions): BpttProfile => profileFromBase(bpttBase(trace), opts);

/**
 * The same profile the direct way, as a truncated training loop gets it: one backward pass with the
 * state detached every `window` steps, clipping applied to its parameter gradient.
 */
function truncatedReference(trace: Trace, opts: BpttOptions): BpttProfile {
  const g = runBackward(trace, { kind: 'sum_last' }, { detachEvery: opts.window });
  const totalNorm = paramNorm(g.streams.l0.params);
  const factor = opts.clip !== undefined && totalNorm > opts.clip ? opts.clip / totalNorm : 1;
  const H = trace.model.spec.hiddenSize;
  const stepNorms = new Float64Array(trace.T);
  let receiving = 0;
  for (let t = 0; t < trace.T; t++) {
    stepNorms[t] = norm(g.streams.l0.h, t * H, H);
    if (stepNorms[t] > 0) receiving++;
  }
  return { stepNorms, totalNorm, clippedNorm: totalNorm * factor, factor, receiving };
}

describe('deep-dive computations', () => {
  const exploding = computeRun(presetById('exploding')!.config);
  const T = exploding.labels.length;

  it('clipping bounds the exploding parameter gradient at the threshold and leaves the per-step signal alone', () => {
    const free = bpttProfile(exploding.traces.vanilla, {});
    expect(free.totalNorm).toBeGreaterThan(10);
    const clipped = bpttProfile(exploding.traces.vanilla, { clip: 1 });
    expect(clipped.clippedNorm).toBeCloseTo(1, 12);
    expect(clipped.factor).toBeCloseTo(1 / free.totalNorm, 12);
    // clip_grad_norm_ acts on the parameter gradient after backpropagation: ‖∂L/∂h_t‖ is unchanged.
    expect(Array.from(clipped.stepNorms)).toEqual(Array.from(free.stepNorms));
    // A threshold above the norm leaves it alone.
    expect(bpttProfile(exploding.traces.vanilla, { clip: 2 * free.totalNorm }).factor).toBe(1);
  });

  it('the exploding preset’s gradient grows toward the first steps', () => {
    const p = bpttProfile(exploding.traces.vanilla, {});
    expect(p.stepNorms[0]).toBeGreaterThan(10 * p.stepNorms[T - 1]);
  });

  it('a truncation window leaves exactly the last chunk with gradient', () => {
    for (const k of [1, 3, 5, T - 1]) {
      const p = bpttProfile(exploding.traces.lstm, { window: k });
      const start = Math.floor((T - 1) / k) * k;
      expect(p.receiving).toBe(T - start);
      for (let t = 0; t < start; t++) expect(p.stepNorms[t]).toBe(0);
    }
  });

  it('one full backward pass gives every window and clip the truncated passes give (all cells)', () => {
    for (const preset of ['exploding', 'long'] as const) {
      const run = computeRun(presetById(preset)!.config);
      const n = run.labels.length;
      for (const f of ['vanilla', 'lstm', 'gru'] as const) {
        const base = bpttBase(run.traces[f]);
        for (const window of [undefined, 1, 2, 5, 7, n - 1]) {
          for (const clip of [undefined, 0.01, 1, 1e6]) {
            const want = truncatedReference(run.traces[f], { window, clip });
            const got = profileFromBase(base, { window, clip });
            expect(got.receiving).toBe(want.receiving);
            expect(got.factor).toBeCloseTo(want.factor, 12);
            expect(Math.abs(got.totalNorm - want.totalNorm)).toBeLessThanOrEqual(1e-12 * Math.max(1, want.totalNorm));
            want.stepNorms.forEach((v, t) => expect(Math.abs(got.stepNorms[t] - v)).toBeLessThanOrEqual(1e-12 * Math.max(1, v)));
          }
        }
      }
    }
  });

  it('the bidirectional view’s forward lane is the main view’s cell', () => {
    const run = computeRun(presetById('lstm')!.config);
    for (const cell of ['vanilla', 'lstm', 'gru'] as const) {
      const bi = bidirectionalTrace({ ...run.config, cell }, run.trace.x, run.trace.model.spec.inputSize);
      // The view draws traces[cell] as the forward lane and run.reverse[cell] as the backward one.
      expect(Array.from(bi.streams.l0.h)).toEqual(Array.from(run.traces[cell].streams.l0.h));
      expect(Array.from(run.reverse[cell])).toEqual(Array.from(bi.streams.l0_reverse.h));
      expect(bi.streams.l0_reverse.h.every(Number.isFinite)).toBe(true);
    }
  });

  it('attention weights form one distribution over the source per output word', () => {
    const run = computeRun(presetById('vanilla')!.config);
    const s = seq2seq(run.config, run.labels);
    expect(s.target).toEqual([...s.source].reverse());
    expect(s.attention).toHaveLength(s.target.length);
    for (const row of s.attention) {
      expect(row).toHaveLength(s.source.length);
      expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(Math.min(...row)).toBeGreaterThan(0);
    }
  });
});
