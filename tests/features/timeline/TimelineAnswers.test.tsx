/**
 * The timeline draws what the network outputs: under each step, the trained readout's top answer
 * and its probability. Checked against the softmax of the shipped head's scores computed here from
 * the trace (W h + b), not through the page's own readout code.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import asset from '../../../src/content/trained/who-did-it.json';
import { whoBundle } from '../../../src/compute/trainedWords';
import type { WhoAsset } from '../../../src/compute/trainedWords';
import { computeRun, computeTrainedRun } from '../../../src/compute/run';
import { answersAlong } from '../../../src/compute/readout';
import { Timeline } from '../../../src/features/timeline/Timeline';
import { LONG_SENTENCE, LONG_WORDS, presetById } from '../../../src/state/presets';

const who = asset as unknown as WhoAsset;
const config = presetById('long')!.config;
const run = computeTrainedRun(config, whoBundle(who, LONG_SENTENCE));
const last = LONG_WORDS.length - 1;

/** The readout's probabilities at `step`, from the head's raw weights and the trace. */
function softmaxAt(cell: 'rnn_tanh' | 'lstm' | 'gru', step: number): number[] {
  const m = who.models.find((x) => x.cell === cell)!;
  const W = m.weights['head.weight'] as number[][];
  const b = m.weights['head.bias'] as number[];
  const { h, H } = run.traces[cell === 'rnn_tanh' ? 'vanilla' : cell].streams.l0;
  const scores = W.map((row, k) => b[k] + row.reduce((s, w, j) => s + w * h[step * H + j], 0));
  const top = Math.max(...scores);
  const e = scores.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / sum);
}

function drawTimeline(step: number, answers: ReturnType<typeof answersAlong>, r = run) {
  render(
    <Timeline
      labels={r.labels}
      trace={r.trace}
      step={step}
      onSelect={() => undefined}
      extent={1}
      answers={answers}
    />,
  );
  return document.querySelector('svg.timeline') as SVGSVGElement;
}

describe('the timeline’s answer row', () => {
  it('names, under the selected step, the class the trained head’s softmax gives most, with its probability', () => {
    for (const [family, cell] of [
      ['vanilla', 'rnn_tanh'],
      ['gru', 'gru'],
    ] as const) {
      const svg = drawTimeline(last, answersAlong(run, family));
      const p = softmaxAt(cell, last);
      const k = p.indexOf(Math.max(...p));
      const mark = svg.querySelector(`.timeline-answers g[data-answer-step="${last + 1}"]`)!;
      expect(mark.querySelector('.answer-name')?.textContent).toBe(who.task.names[k]);
      const shown = Number(mark.querySelector('.answer-p')?.textContent?.replace('%', ''));
      expect(shown).toBeCloseTo(100 * p[k], 1);
      // Marked right exactly when it names the sentence's first word.
      expect(mark.classList.contains('right')).toBe(who.task.names[k] === LONG_WORDS[0]);
      svg.parentElement?.parentElement?.remove();
    }
  });

  it('is drawn only for a trained readout: random weights have no answer row and a shorter figure', () => {
    const untrained = computeRun(config);
    expect(answersAlong(untrained, 'vanilla')).toBeNull();
    // A cell the bundle did not train has no readout either.
    expect(answersAlong(run, 'mingru')).toBeNull();
    const plain = drawTimeline(last, null, untrained);
    const plainH = Number(plain.getAttribute('height'));
    expect(plain.querySelector('.timeline-answers')).toBeNull();
    plain.parentElement?.parentElement?.remove();
    const withRow = drawTimeline(last, answersAlong(run, 'vanilla'));
    expect(Number(withRow.getAttribute('height'))).toBeGreaterThan(plainH);
  });
});
