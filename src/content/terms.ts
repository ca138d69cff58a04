/**
 * Every term of art the page uses, with the one line that defines it: one glossary, read wherever
 * a term appears. Prose marks a term as `[[key]]` or `[[key|the words shown]]` (ui/shared/TermText).
 */
export interface Term {
  /** How the term is named in its definition's heading. */
  name: string;
  definition: string;
}

export const TERMS = {
  'hidden state': {
    name: 'hidden state (h)',
    definition:
      'The network’s memory: a short list of numbers it rewrites at every step and carries to the next.',
  },
  timestep: { name: 'timestep', definition: 'One position in the sequence: step t reads the t-th token.' },
  token: {
    name: 'token',
    definition:
      'One item of the sequence the network reads per step: here a word, or one number of a time series.',
  },
  weights: {
    name: 'weights',
    definition: 'The numbers inside the network that turn its inputs into outputs; training adjusts them.',
  },
  'vanilla RNN': {
    name: 'vanilla RNN',
    definition: 'The plainest recurrent cell: new memory = tanh(weights × input + weights × old memory).',
  },
  tanh: { name: 'tanh', definition: 'A function that squashes any number into the range −1 to 1.' },
  bias: {
    name: 'bias',
    definition: 'A number added before squashing, learned like a weight: it shifts where a unit starts.',
  },
  ReLU: { name: 'ReLU', definition: 'max(0, x): negative numbers become 0, and there is no upper limit.' },
  gate: {
    name: 'gate',
    definition:
      'A set of numbers between 0 and 1, computed at each step, that multiplies a signal: 0 blocks it, 1 lets it through.',
  },
  LSTM: {
    name: 'LSTM (long short-term memory)',
    definition: 'A gated cell with two memories: the hidden state h and a cell state c that gates protect.',
  },
  GRU: {
    name: 'GRU (gated recurrent unit)',
    definition: 'A gated cell with one memory and two gates: update (keep or replace) and reset.',
  },
  minGRU: {
    name: 'minGRU',
    definition:
      'A 2024 GRU whose gate and candidate read only the input: each step is linear in the old memory, so training can compute all steps at once (a parallel scan).',
  },
  'cell state': {
    name: 'cell state (c)',
    definition:
      'The LSTM’s second memory: a lane along the top of the timeline that is only scaled by the forget gate and added to.',
  },
  'forget gate': {
    name: 'forget gate (f)',
    definition:
      'The LSTM gate that decides how much of the old cell state to keep: f = 1 keeps all of it, f = 0 erases it.',
  },
  'forget bias': {
    name: 'forget-gate bias',
    definition:
      'A constant added inside the forget gate: large and positive, the gate starts near 1 (keep everything).',
  },
  'update gate': {
    name: 'update gate (z)',
    definition:
      'The GRU gate that blends old memory and new candidate: in PyTorch z = 1 keeps the old memory.',
  },
  swap: {
    name: 'the swap test',
    definition:
      'Run the sentence twice, once with its first word replaced (Alice → Bob), and measure how far apart the two memories are at each step.',
  },
  'half-life': {
    name: 'half-life',
    definition:
      'How many steps the swap test’s difference takes to halve, at its average rate from step 1 to the last step.',
  },
  'log scale': {
    name: 'log scale',
    definition:
      'An axis on which equal steps multiply by the same factor, so 1, 0.1 and 0.001 are evenly spaced.',
  },
  'symmetric log scale': {
    name: 'symmetric log scale',
    definition: 'A log scale mirrored through zero, for values far outside −1 to 1 of both signs.',
  },
  output: {
    name: 'output (y)',
    definition:
      'The answer at a step: a readout (one more weight matrix) turns hₜ into a score per answer; softmax makes them probabilities.',
  },
  gradient: {
    name: 'gradient',
    definition:
      'How much a number (the loss, a memory) changes when each weight or input moves a little; training moves weights against it, downhill.',
  },
  'gradient norm': {
    name: 'gradient norm',
    definition: 'The size (length) of a gradient vector, one number.',
  },
  'vanishing gradient': {
    name: 'vanishing gradient',
    definition:
      'A gradient that shrinks at every step back through time, so early words barely affect training.',
  },
  'exploding gradient': {
    name: 'exploding gradient',
    definition: 'A gradient that grows at every step back through time until training steps become huge.',
  },
  Jacobian: {
    name: 'Jacobian',
    definition:
      'The matrix of how each number of one vector changes with each number of another, e.g. ∂hₜ/∂hₜ₋₁.',
  },
  BPTT: {
    name: 'BPTT (backpropagation through time)',
    definition:
      'Training an RNN by unrolling it over the sequence and sending the gradient back step by step.',
  },
  training: {
    name: 'training',
    definition: 'Adjusting the weights, a little at a time, so the network’s answers on examples get better.',
  },
  loss: {
    name: 'loss',
    definition:
      'How wrong the answers are, as one number: here −ln of the right answer’s probability (cross-entropy); training lowers it.',
  },
  curriculum: {
    name: 'curriculum',
    definition: 'Training on easy (short) examples first and harder (longer) ones as the model succeeds.',
  },
  chrono: {
    name: 'chrono initialisation',
    definition:
      'Setting the forget-gate biases at the start of training so memories last a chosen range of steps (Tallec & Ollivier, 2018).',
  },
  probe: {
    name: 'probe',
    definition:
      'A small separate model trained to read one fact out of hidden states, to test whether they hold it.',
  },
  'KV cache': {
    name: 'KV cache',
    definition:
      'The stored keys and values a transformer keeps for every earlier token; it grows with the text, unlike an RNN’s fixed memory.',
  },
  PyTorch: {
    name: 'PyTorch',
    definition:
      'A widely used deep-learning library; the page’s cells compute exactly what its nn.RNN, nn.LSTM and nn.GRU compute.',
  },
  'untrained weights': {
    name: 'untrained (random) weights',
    definition: 'Weights drawn at random the way PyTorch starts a network, before any training.',
  },
  'LSTM-like': {
    name: 'LSTM, gates open',
    definition:
      'The preset that runs an LSTM with its forget gates started open (bias 3), so it keeps what it reads.',
  },
} as const satisfies Record<string, Term>;

export type TermKey = keyof typeof TERMS;

export const isTermKey = (k: string): k is TermKey => Object.hasOwn(TERMS, k);

/** A term marked in prose: `[[key]]` or `[[key|the words shown]]`. */
export const TERM_MARK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
