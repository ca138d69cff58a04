/**
 * The tour's stop on outputs and loss states the trained vanilla RNN's answer and its loss at the
 * last word, and asks what halving the right answer's probability does to the loss. Checked here
 * against the loss computed the way PyTorch's CrossEntropyLoss does (log-sum-exp of the readout's
 * scores, from the trace and the shipped head weights), not through the page's softmax.
 */
import { describe, expect, it } from 'vitest';
import asset from '../../src/content/trained/who-did-it.json';
import { whoBundle } from '../../src/compute/trainedWords';
import type { WhoAsset } from '../../src/compute/trainedWords';
import { computeTrainedRun } from '../../src/compute/run';
import { readoutAt } from '../../src/compute/lessonFacts';
import { LONG_LATE_WORD_INDEX, LONG_SENTENCE, LONG_WORDS, presetById } from '../../src/state/presets';
import { STOPS } from '../../src/features/lesson/tourStops';

const who = asset as unknown as WhoAsset;
const run = computeTrainedRun(presetById('long')!.config, whoBundle(who, LONG_SENTENCE));
const last = LONG_WORDS.length - 1;

/** Cross-entropy from the readout's raw scores: logsumexp(W h + b) − score of the right class. */
function crossEntropy(cell: 'rnn_tanh' | 'lstm' | 'gru', step: number, truth: number): number {
  const m = who.models.find((x) => x.cell === cell)!;
  const W = m.weights['head.weight'] as number[][];
  const b = m.weights['head.bias'] as number[];
  const family = cell === 'rnn_tanh' ? 'vanilla' : cell;
  const { h, H } = run.traces[family].streams.l0;
  const scores = W.map((row, k) => b[k] + row.reduce((s, w, j) => s + w * h[step * H + j], 0));
  const top = Math.max(...scores);
  return top + Math.log(scores.reduce((s, v) => s + Math.exp(v - top), 0)) - scores[truth];
}

describe('the outputs-and-loss stop', () => {
  it('states the loss PyTorch would compute at the last word, and the right name', () => {
    const r = readoutAt(run, 'vanilla', last)!;
    expect(r.truth).toBe('Alice');
    expect(r.loss).toBeCloseTo(crossEntropy('rnn_tanh', last, who.task.names.indexOf('Alice')), 9);
    expect(Math.exp(-r.loss)).toBeCloseTo(r.pTruth, 12);
    const narration = STOPS.find((s) => s.id === 'output-and-loss')!.narrate(run, null);
    expect(narration).toContain('“Alice”');
    expect(narration).toContain(`step ${LONG_WORDS.length}`);
  });

  it('answers “+ ln 2” because the halved probability’s loss is exactly that, and says so with numbers', () => {
    const p = STOPS.find((s) => s.id === 'output-and-loss')!.predict!;
    expect(p.answer(run)).toBe('plus-ln2');
    const r = readoutAt(run, 'vanilla', last)!;
    // The halved loss, from the raw scores: lowering P(Alice) to half adds −ln ½.
    expect(-Math.log(r.pTruth / 2) - r.loss).toBeCloseTo(Math.LN2, 12);
    expect(p.options(run).map((o) => o.id)).toEqual(['double', 'plus-ln2', 'half']);
  });

  it('asks the trained vanilla RNN’s memory question where its readout decodes, and names the readout’s answer there', () => {
    const p = STOPS.find((s) => s.id === 'training')!;
    expect(p.setup.step).toBe(last);
    const explain = p.predict!.explain(run);
    const r = readoutAt(run, 'vanilla', last)!;
    expect(r.answer).toBe('Alice');
    expect(explain).toContain('names “Alice”');
    // Not at "she": there the readout, trained only at the last word, may name someone else.
    expect(explain).toContain(`step ${LONG_WORDS.length}`);
  });
});

describe('the outputs-and-loss stop’s answer row', () => {
  it('counts the steps where the readout names the first word, from the head’s raw scores', () => {
    const m = who.models.find((x) => x.cell === 'rnn_tanh')!;
    const W = m.weights['head.weight'] as number[][];
    const b = m.weights['head.bias'] as number[];
    const { h, H } = run.traces.vanilla.streams.l0;
    const alice = who.task.names.indexOf('Alice');
    let right = 0;
    for (let t = 0; t < LONG_WORDS.length; t++) {
      const scores = W.map((row, k) => b[k] + row.reduce((s, w, j) => s + w * h[t * H + j], 0));
      if (scores.indexOf(Math.max(...scores)) === alice) right++;
    }
    // The readout was trained at a sentence's last word only, so it is not right everywhere.
    expect(right).toBeLessThan(LONG_WORDS.length);
    const narration = STOPS.find((s) => s.id === 'output-and-loss')!.narrate(run, null);
    expect(narration).toContain(`at only ${right} of the ${LONG_WORDS.length} steps`);
  });
});

describe('the trained-weights stop names what is not trained', () => {
  it('says the minGRU keeps random weights exactly when the bundle has no trained minGRU', () => {
    const stop = STOPS.find((s) => s.id === 'training')!;
    expect(who.models.some((m) => m.cell === 'mingru')).toBe(false);
    expect(stop.narrate(run, null)).toContain(
      'the minGRU, has no trained model here and keeps random weights',
    );
    // The readout's confident wrong answer at "she" is stated with its loss, from the run.
    const r = readoutAt(run, 'vanilla', LONG_LATE_WORD_INDEX)!;
    const explain = STOPS.find((s) => s.id === 'output-and-loss')!.predict!.explain(run);
    if (r.answer !== r.truth) expect(explain).toContain(`it says “${r.answer}”`);
    else expect(explain).not.toContain('where training never asked');
  });
});
