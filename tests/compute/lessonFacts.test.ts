/**
 * The tour's answers come from the run: here each is checked against the memory measured directly
 * (‖h_t − h′_t‖ of two engine runs), and changing the run changes the answer.
 */
import { describe, expect, it } from 'vitest';
import { computeRun } from '../../src/compute/run';
import { runForward } from '../../src/engine/forward';
import { buildModel } from '../../src/compute/buildModel';
import { parseSequence } from '../../src/state/sequence';
import { LONG_LATE_WORD_INDEX, presetById } from '../../src/state/presets';
import type { AppConfig } from '../../src/state/config';
import { STOPS } from '../../src/features/lesson/tourStops';

const she = LONG_LATE_WORD_INDEX;
const stop = (id: string) => {
  const s = STOPS.find((x) => x.predict?.id === id);
  if (!s?.predict) throw new Error(id);
  return s.predict;
};

/** Share of the step-1 distance left at `step`, from two forward runs of the engine (Alice, then Bob first). */
function measuredShare(config: AppConfig, step: number): number {
  const a = parseSequence('words', config.input.text, config.seed);
  const b = parseSequence('words', config.input.text.replace(/^Alice/, 'Bob'), config.seed);
  const model = buildModel(config, config.cell, a.inputSize);
  const ha = runForward(model, a.x).streams.l0;
  const hb = runForward(model, b.x).streams.l0;
  const H = ha.H;
  const d = (t: number) =>
    Math.hypot(...Array.from({ length: H }, (_, j) => ha.h[t * H + j] - hb.h[t * H + j]));
  return d(step) / d(0);
}

const bin = (share: number) => (share > 0.5 ? 'most' : share >= 0.01 ? 'some' : 'none');
const long = presetById('long')!.config;

describe('the tour’s answers follow the run', () => {
  it('the LSTM at forget bias 0 and at 4: the answer is the measured share’s bin, and it changes with the knob', () => {
    const answers = [0, 4].map((fb) => {
      const config = { ...long, cell: 'lstm' as const, forgetBias: fb };
      const answer = stop('lstm-default').answer(computeRun(config));
      expect(answer).toBe(bin(measuredShare(config, she)));
      return answer;
    });
    expect(answers[0]).not.toBe(answers[1]);
    expect(answers[1]).toBe('most');
  });

  it('the vanilla RNN on the Long sentence forgets, and the answer follows the recurrent weight scale', () => {
    const plain = { ...long, cell: 'vanilla' as const };
    expect(stop('vanilla-long').answer(computeRun(plain))).toBe(bin(measuredShare(plain, she)));
    const big = { ...plain, weightScale: 4 };
    expect(stop('vanilla-long').answer(computeRun(big))).toBe(bin(measuredShare(big, she)));
  });

  it('the same word read twice: different memories, unless nothing came before it', () => {
    const vanilla = presetById('vanilla')!.config;
    expect(stop('same-word').answer(computeRun(vanilla))).toBe('different');
    // "the the": the second "the" meets the memory the first one left, so again different…
    expect(
      stop('same-word').answer(computeRun({ ...vanilla, input: { mode: 'words', text: 'the the' } })),
    ).toBe('different');
    // …and a sentence with no repeated word has no answer (the prediction is not asked).
    expect(
      stop('same-word').answer(computeRun({ ...vanilla, input: { mode: 'words', text: 'one two three' } })),
    ).toBeNull();
  });

  it('the memory’s size is the hidden size, whatever the sentence’s length', () => {
    const vanilla = presetById('vanilla')!.config;
    const run = computeRun({ ...vanilla, hidden: 5 });
    const options = stop('memory-size').options(run);
    expect(options.find((o) => o.id === stop('memory-size').answer(run))?.label).toMatch(/^5:/);
  });

  it('exploding: weights ×3 grow the first word’s influence, ×0.3 shrink it — the answer follows', () => {
    const exploding = presetById('exploding')!.config;
    expect(stop('exploding').answer(computeRun(exploding))).toBe('grow');
    expect(stop('exploding').answer(computeRun({ ...exploding, weightScale: 0.3 }))).toBe('shrink');
  });
});
