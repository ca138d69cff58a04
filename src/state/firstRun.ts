/** The first page's fixed demo: a short sentence through a small vanilla tanh RNN. */
import { embedTokens, initModel, runForward, tokenize } from '../engine';
import type { Trace } from '../engine';

export const DEMO_SENTENCE = 'the cat sat on the mat';
export const DEMO_HIDDEN = 4;
export const DEMO_EMBED = 4;

export interface DemoRun {
  tokens: string[];
  trace: Trace;
}

export function runDemo(sentence = DEMO_SENTENCE, seed = 1): DemoRun {
  const tokens = tokenize(sentence);
  const model = initModel({ cell: 'rnn_tanh', inputSize: DEMO_EMBED, hiddenSize: DEMO_HIDDEN, numLayers: 1, bidirectional: false }, seed);
  return { tokens, trace: runForward(model, embedTokens(tokens, DEMO_EMBED, seed)) };
}
