/**
 * The contract every cell kernel keeps: one timestep of one sequence, in three modes — forward,
 * vector-Jacobian product (backpropagation) and Jacobian-vector product (forward-mode) — given the
 * matrix products around it (W_ih x + b_ih and W_hh h + b_hh), which stay in the callers so that
 * weights are touched in one place. The engine's single sequence, the training core's batch (one
 * call per row) and the observatory's one-hot stepper all call these, so each cell's arithmetic is
 * written once (rnn.ts, lstm.ts, gru.ts).
 *
 * A call handles a block of `rows` consecutive rows (the training core's whole batch at one step;
 * the engine's one sequence is a block of one): row r's G·H blocks start at o + r·G·H and its
 * H-wide vectors at p + r·H, s + r·H, d + r·H. The refs are plain mutable records a caller
 * allocates once and re-points every step (no allocation in the loop).
 */

/**
 * The arrays a step reads and writes: float64 everywhere, or float32 in the training core's fast
 * mode (src/train/simd), where the same arithmetic runs in float64 and each stored value rounds.
 */
export type FloatArray = Float64Array | Float32Array;

/** The nonlinearities: the engine passes Math's, the training core its bit-reproducible ones. */
export interface Activations {
  sigmoid: (x: number) => number;
  tanh: (x: number) => number;
}

export interface StepRefs {
  H: number;
  /** How many consecutive rows this call computes. */
  rows: number;
  act: Activations;
  /** G·H blocks at `o`: W_ih x_t + b_ih, W_hh h_{t−1} + b_hh, and the activations (written). */
  ih: FloatArray;
  hh: FloatArray;
  gates: FloatArray;
  o: number;
  /** The state entering the step, at `p` (cPrev: LSTM only). */
  hPrev: FloatArray;
  cPrev: FloatArray | null;
  p: number;
  /** The step's state, at `s` (c: LSTM only; tanhC: an optional LSTM cache of tanh(c_t)). */
  h: FloatArray;
  c: FloatArray | null;
  tanhC: FloatArray | null;
  s: number;
}

/** Gradients of one backward step. H-wide vectors at `d`, G·H blocks at `dg`. */
export interface GradRefs {
  /** In: d loss / d h_t (total). */
  dh: FloatArray;
  /** In: d loss / d c_t from step t+1 (LSTM; null = zero). */
  dcNext: FloatArray | null;
  /** Out: d loss / d c_{t−1} (LSTM; may be the same array as dcNext). */
  dcPrev: FloatArray | null;
  /** Out, optional: the total d loss / d c_t. */
  dcTotal: FloatArray | null;
  /** Out: the part of d loss / d h_{t−1} that does not go through W_hh (the GRU's z ⊙ h_{t−1}). */
  dhPrevDirect: FloatArray;
  d: number;
  /** Out: d loss / d (W_ih x + b_ih) and d loss / d (W_hh h + b_hh). */
  dIh: FloatArray;
  dHh: FloatArray;
  dg: number;
}

/**
 * Tangents of one forward-mode step (one row), every array at offset 0: in, those of the previous state and
 * W_hh · dhPrev (dHh) and W_ih · dx_t (dIh, null when the input is held fixed); out, those of h_t, c_t.
 */
export interface TangentRefs {
  dhPrev: FloatArray;
  dcPrev: FloatArray | null;
  dIh: FloatArray | null;
  dHh: FloatArray;
  outH: FloatArray;
  outC: FloatArray | null;
}

export interface CellKernel {
  forward(s: StepRefs): void;
  vjp(s: StepRefs, g: GradRefs): void;
  /** One row only (the engine's Jacobians). */
  jvp(s: StepRefs, tan: TangentRefs): void;
}

export function stepRefs(H: number, act: Activations): StepRefs {
  const none = new Float64Array(0);
  return {
    H,
    rows: 1,
    act,
    ih: none,
    hh: none,
    gates: none,
    o: 0,
    hPrev: none,
    cPrev: null,
    p: 0,
    h: none,
    c: null,
    tanhC: null,
    s: 0,
  };
}

export function gradRefs(): GradRefs {
  const none = new Float64Array(0);
  return {
    dh: none,
    dcNext: null,
    dcPrev: null,
    dcTotal: null,
    dhPrevDirect: none,
    d: 0,
    dIh: none,
    dHh: none,
    dg: 0,
  };
}
