/**
 * The neuron observatory's character models, read for display: float16 weights decoded into a
 * one-hot-aware stepper (a character's input term is one column of W_ih, not a product), with an
 * optional intervention on one unit (clamp it, or ablate it at 0) and runs that reuse the states of
 * an unchanged prefix — so typing at the end of a long text costs one step, not the whole text.
 * The arithmetic is the engine's (PyTorch's equations; tests/observatory/charNet.test.ts compares
 * it with runForward). Pure: no DOM.
 */
import { linearHead, softmaxInPlace } from '../../engine/head';
import { kernelFor, stepRefs } from '../../engine/cells';
import { gateCount, hasCellState } from '../../engine/cells/vocabulary';
import { MATH_ACTIVATIONS } from '../../engine/step';
import { unpackHalf } from '../../train/float16';
import { CHAR_VOCAB, charIds } from '../../train/charText';

export interface CharAsset {
  cell: 'lstm' | 'gru';
  hidden: number;
  params: number;
  vocab: string;
  corpus: {
    name: string;
    package: string;
    version: string;
    license: string;
    trainChars: number;
    heldOutChars: number;
  };
  protocol: {
    hidden: number;
    batch: number;
    T: number;
    lr: number;
    updates: number;
    clip: number;
    seed: number;
    evalChars: number;
  };
  heldOut: { chars: number; bitsPerChar: number };
  log: { update: number; trainBpc: number; heldOutBpc?: number; seconds: number }[];
  trainedBy: string;
  /** PyTorch names (training fixtures' schema) → base64 float16. */
  weights: Record<string, string>;
}

export interface CharNet {
  cell: 'lstm' | 'gru';
  H: number;
  V: number;
  G: number;
  /** W_ih transposed: row v is the G·H input term of character v. */
  wIhT: Float64Array;
  bIh: Float64Array;
  /** G·H x H. */
  wHh: Float64Array;
  bHh: Float64Array;
  /** V x H. */
  headW: Float64Array;
  headB: Float64Array;
}

export function charNetFromAsset(a: CharAsset): CharNet {
  if (a.vocab !== CHAR_VOCAB) throw new Error('the model’s vocabulary is not the observatory’s');
  const H = a.hidden;
  const V = a.vocab.length;
  const G = gateCount(a.cell);
  const wIh = unpackHalf(a.weights['rnn.weight_ih_l0']);
  const wIhT = new Float64Array(V * G * H);
  for (let r = 0; r < G * H; r++) for (let v = 0; v < V; v++) wIhT[v * G * H + r] = wIh[r * V + v];
  return {
    cell: a.cell,
    H,
    V,
    G,
    wIhT,
    bIh: unpackHalf(a.weights['rnn.bias_ih_l0']),
    wHh: unpackHalf(a.weights['rnn.weight_hh_l0']),
    bHh: unpackHalf(a.weights['rnn.bias_hh_l0']),
    headW: unpackHalf(a.weights['head.weight']),
    headB: unpackHalf(a.weights['head.bias']),
  };
}

/** Hold one unit of h at a value at every step (value 0: ablation). */
export interface Intervention {
  unit: number;
  value: number;
}

export interface CharRun {
  text: string;
  ids: Int32Array;
  T: number;
  /** T x H hidden states (after the intervention, if any). */
  h: Float64Array;
  /** LSTM: T x H cell states. */
  c: Float64Array | null;
  intervention: Intervention | null;
}

const sameIntervention = (a: Intervention | null, b: Intervention | null) =>
  a === null ? b === null : b !== null && a.unit === b.unit && a.value === b.value;

/**
 * Run the model over `text` from a zero state. Given the previous run with the same intervention,
 * the steps of the longest common prefix are copied, not recomputed.
 */
export function runChars(
  net: CharNet,
  text: string,
  intervention: Intervention | null = null,
  prev: CharRun | null = null,
): CharRun {
  // The same text under the same intervention (a new unit or character picked): nothing to step.
  if (prev && prev.text === text && sameIntervention(prev.intervention, intervention)) return prev;
  const ids = charIds(text);
  const T = ids.length;
  const { H } = net;
  const h = new Float64Array(T * H);
  const c = hasCellState(net.cell) ? new Float64Array(T * H) : null;
  let start = 0;
  if (prev && sameIntervention(prev.intervention, intervention)) {
    const n = Math.min(T, prev.T);
    while (start < n && prev.ids[start] === ids[start]) start++;
    h.set(prev.h.subarray(0, start * H));
    if (c && prev.c) c.set(prev.c.subarray(0, start * H));
  }
  stepChars(net, ids, h, c, start, T, intervention);
  return { text, ids, T, h, c, intervention };
}

/** Steps [from, to) of the run, written into h (and c), reading the state before `from` from them. */
function stepChars(
  net: CharNet,
  ids: Int32Array,
  h: Float64Array,
  c: Float64Array | null,
  from: number,
  to: number,
  intervention: Intervention | null,
): void {
  const { H, G } = net;
  const GH = G * H;
  const pre = new Float64Array(GH);
  const hh = new Float64Array(GH);
  const zero = new Float64Array(H);
  const kernel = kernelFor(net.cell);
  const step = stepRefs(H, MATH_ACTIVATIONS);
  Object.assign(step, { ih: pre, hh, gates: new Float64Array(GH), o: 0, h, c });
  for (let t = from; t < to; t++) {
    const hp = t > 0 ? h.subarray((t - 1) * H, t * H) : zero;
    // One-hot input: the input term is one column of W_ih (a row of its transpose), not a product.
    const col = ids[t] * GH;
    for (let r = 0; r < GH; r++) {
      let s = net.bHh[r];
      const row = r * H;
      for (let k = 0; k < H; k++) s += net.wHh[row + k] * hp[k];
      hh[r] = s;
      pre[r] = net.wIhT[col + r] + net.bIh[r];
    }
    step.hPrev = t > 0 ? h : zero;
    step.cPrev = c && t > 0 ? c : zero;
    step.p = t > 0 ? (t - 1) * H : 0;
    step.s = t * H;
    kernel.forward(step);
    if (intervention && intervention.unit >= 0 && intervention.unit < H)
      h[t * H + intervention.unit] = intervention.value;
  }
}

/** The next-character distribution after step t (softmax of the head on h_t), with a temperature. */
export function nextCharProbs(net: CharNet, h: Float64Array, t: number, temperature = 1): Float64Array {
  const { H, V } = net;
  const p = linearHead(new Float64Array(V), 0, net.headW, net.headB, V, h, t * H, H);
  for (let v = 0; v < V; v++) p[v] /= temperature;
  return softmaxInPlace(p);
}

/** The k most likely next characters after step t. */
export function topNext(net: CharNet, run: CharRun, t: number, k = 5): { char: string; p: number }[] {
  const p = nextCharProbs(net, run.h, t);
  return Array.from(p, (v, i) => ({ char: CHAR_VOCAB[i], p: v }))
    .sort((a, b) => b.p - a.p)
    .slice(0, k);
}

/**
 * Continue `prompt` by `n` sampled characters at a temperature, with a seeded generator (the same
 * seed gives the same sample) and the same intervention as the run.
 */
export function sampleText(
  net: CharNet,
  prompt: string,
  n: number,
  temperature: number,
  uniform: () => number,
  intervention: Intervention | null = null,
): string {
  let run = runChars(net, prompt.length > 0 ? prompt : '\n', intervention);
  let out = '';
  for (let i = 0; i < n; i++) {
    const p = nextCharProbs(net, run.h, run.T - 1, temperature);
    let u = uniform();
    let v = 0;
    for (; v < p.length - 1; v++) {
      u -= p[v];
      if (u <= 0) break;
    }
    out += CHAR_VOCAB[v];
    run = runChars(net, run.text + CHAR_VOCAB[v], intervention, run);
  }
  return out;
}

/**
 * What an intervention does to the model's reading: at each character, the change (in bits) of the
 * probability it gives the character that actually follows, intervened run minus plain run. A
 * clamped h is one colour everywhere; this is where its effect shows. The last entry is 0.
 */
export function effectOnNext(net: CharNet, intervened: CharRun, plain: CharRun): Float64Array {
  const out = new Float64Array(intervened.T);
  for (let t = 0; t + 1 < intervened.T; t++) {
    const next = intervened.ids[t + 1];
    out[t] =
      Math.log2(nextCharProbs(net, intervened.h, t)[next]) - Math.log2(nextCharProbs(net, plain.h, t)[next]);
  }
  return out;
}
