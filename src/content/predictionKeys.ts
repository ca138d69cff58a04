/**
 * The guided tour's predict-then-reveal questions, by their stable ids, with their choices' ids in a
 * fixed order: what a student's answer code (state/answerCode.ts) refers to. The tour's stops
 * (features/lesson/tourStops.ts) word them and compute the right answer from the run; this list
 * only names them. Changing a question or a choice here changes the codes' fingerprint, so codes
 * made for an older tour are refused rather than counted against the wrong question.
 */
export const PREDICTION_KEYS = [
  { id: 'same-word', stop: 'one-step', options: ['same', 'different'] },
  { id: 'memory-size', stop: 'memory-vector', options: ['per-word', 'hidden', 'all'] },
  { id: 'vanilla-long', stop: 'forgetting', options: ['most', 'some', 'none'] },
  { id: 'loss-halved', stop: 'output-and-loss', options: ['double', 'plus-ln2', 'half'] },
  { id: 'exploding', stop: 'explodes', options: ['shrink', 'grow'] },
  { id: 'lstm-default', stop: 'lstm-gates', options: ['most', 'some', 'none'] },
  { id: 'lstm-open', stop: 'cell-state-lane', options: ['most', 'some', 'none'] },
  { id: 'gru-half-life', stop: 'gru', options: ['gru', 'vanilla'] },
  { id: 'trained-vanilla', stop: 'training', options: ['most', 'some', 'none'] },
] as const;

export type PredictionKey = (typeof PREDICTION_KEYS)[number];
export type PredictionId = PredictionKey['id'];
