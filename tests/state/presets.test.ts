// @vitest-environment node
/** The presets must teach what their captions promise, with the engine's real numbers. */
import { describe, expect, it } from 'vitest';
import {
  LONG_LATE_WORD,
  LONG_LATE_WORD_INDEX,
  LONG_SENTENCE,
  LONG_WORDS,
  PRESETS,
  presetById,
} from '../../src/state/presets';
import { tokenize } from '../../src/engine/tokenize';
import { computeDeep, computeRun } from '../../src/compute/run';
import { parseSequence } from '../../src/state/sequence';

describe('presets', () => {
  it("the long sentence's words, split at spaces, are the tokenizer's tokens (the caption counts them)", () => {
    expect(LONG_WORDS).toEqual(tokenize(LONG_SENTENCE));
    expect(LONG_WORDS).toHaveLength(64);
  });

  it('Long sequence: vanilla forgets the first word by the named late word; LSTM keeps it', () => {
    const long = presetById('long')!;
    const run = computeRun(long.config);
    expect(run.labels.length).toBeGreaterThanOrEqual(60);
    expect(long.config.hidden).toBe(32);
    expect(run.labels[LONG_LATE_WORD_INDEX]).toBe(LONG_LATE_WORD);
    expect(long.caption).toContain(`"${LONG_LATE_WORD}"`);
    // Swap "Alice" for "Bob": how far each cell's state at "she" ends up from the original.
    expect(run.swap).toEqual({ from: 'Alice', to: 'Bob', noun: 'word' });
    const v = run.memory.vanilla.values;
    const l = run.memory.lstm.values;
    expect(v[LONG_LATE_WORD_INDEX] / v[0]).toBeLessThan(1e-6);
    expect(l[LONG_LATE_WORD_INDEX] / l[0]).toBeGreaterThan(0.5);
    // The gradient signal tells the same story.
    const gv = computeDeep(run).gradient!.vanilla.values;
    expect(gv[LONG_LATE_WORD_INDEX] / gv[0]).toBeLessThan(0.01);
  });

  it('Exploding: the first word’s gradient norm grows along the sequence', () => {
    const run = computeRun(presetById('exploding')!.config);
    const gradient = computeDeep(run).gradient!;
    const v = gradient.vanilla.values;
    expect(v[v.length - 1]).toBeGreaterThan(10 * v[0]);
    expect(gradient.vanilla.halfLife).toBeNull();
    // Swapping the first word moves the last state further than it moved the first one.
    const m = run.memory.vanilla.values;
    expect(m[m.length - 1]).toBeGreaterThan(10 * m[0]);
  });

  it('every preset runs to finite states with a caption', () => {
    for (const p of PRESETS) {
      const run = computeRun(p.config);
      expect(p.caption.length).toBeGreaterThan(20);
      expect(run.messages).toEqual([]);
      expect(run.trace.streams.l0.h.every(Number.isFinite)).toBe(true);
    }
  });

  it('Time series feeds one number per step', () => {
    const p = presetById('timeseries')!;
    expect(p.config.input.mode).toBe('numbers');
    const seq = parseSequence('numbers', p.config.input.text, 1);
    expect(seq.inputSize).toBe(1);
    expect(seq.x.length).toBe(seq.labels.length);
  });
});

describe('the swap test speaks of its own kind of token', () => {
  it('Exploding swaps its first number word for another number, and the time series calls its tokens values', () => {
    expect(computeRun(presetById('exploding')!.config).swap).toEqual({
      from: 'one',
      to: 'zero',
      noun: 'word',
    });
    const series = computeRun(presetById('timeseries')!.config).swap;
    expect(series.noun).toBe('value');
    expect(Number(series.to)).toBeCloseTo(Number(series.from) + 1, 3);
  });
});
