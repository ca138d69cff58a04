/**
 * minGRU (Feng, Tung, Ahmed, Bengio & Hajimirsadeghi, 2024, "Were RNNs All We Needed?"): a GRU
 * whose gate and candidate read only the input, never the previous state,
 *
 *   z_t = σ(W_z x_t + b_z),   h̃_t = W_h x_t + b_h,   h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t.
 *
 * (The paper's z is the share of the *new* candidate, the other way round from PyTorch's nn.GRU.)
 * Because nothing inside the step depends on h_{t−1} except the blend, ∂h_t/∂h_{t−1} = diag(1 − z_t):
 * a diagonal Jacobian fixed by the inputs, which is what lets it train with a parallel scan. The
 * page uses it only as a fourth line in the gradient-signal view (level 2).
 */
import { sigmoid } from './linalg';
import { seededRandom } from './random';

export interface MinGruParams {
  H: number;
  I: number;
  /** H x I, row-major. */
  wZ: Float64Array;
  bZ: Float64Array;
  wH: Float64Array;
  bH: Float64Array;
}

export interface MinGruTrace {
  T: number;
  /** T x H. */
  z: Float64Array;
  hTilde: Float64Array;
  h: Float64Array;
}

/** nn.Linear's default initialisation for both projections: U(−1/√I, 1/√I), seeded. */
export function initMinGru(H: number, I: number, seed: number): MinGruParams {
  const rng = seededRandom(seed);
  const k = 1 / Math.sqrt(I);
  const draw = (n: number) => Float64Array.from({ length: n }, () => rng.uniform(-k, k));
  return { H, I, wZ: draw(H * I), bZ: draw(H), wH: draw(H * I), bH: draw(H) };
}

/** One pass over T x I inputs from h₀ = 0. */
export function minGruForward(p: MinGruParams, x: Float64Array): MinGruTrace {
  const { H, I } = p;
  const T = x.length / I;
  const z = new Float64Array(T * H);
  const hTilde = new Float64Array(T * H);
  const h = new Float64Array(T * H);
  for (let t = 0; t < T; t++) {
    for (let j = 0; j < H; j++) {
      let az = p.bZ[j];
      let ah = p.bH[j];
      for (let i = 0; i < I; i++) {
        az += p.wZ[j * I + i] * x[t * I + i];
        ah += p.wH[j * I + i] * x[t * I + i];
      }
      const zt = sigmoid(az);
      const prev = t === 0 ? 0 : h[(t - 1) * H + j];
      z[t * H + j] = zt;
      hTilde[t * H + j] = ah;
      h[t * H + j] = (1 - zt) * prev + zt * ah;
    }
  }
  return { T, z, hTilde, h };
}

/**
 * Entry t = ‖∂h_t/∂x_1‖_F, the same quantity the engine's influenceOfInput gives for the other
 * cells. Row j of ∂h_1/∂x_1 is z_j W_h[j] + (h̃_j − h₀_j) z_j (1 − z_j) W_z[j]; every later step
 * multiplies row j by (1 − z_{t,j}) — the diagonal Jacobian.
 */
export function minGruInfluence(p: MinGruParams, tr: MinGruTrace): Float64Array {
  const { H, I } = p;
  const rowSq = new Float64Array(H);
  for (let j = 0; j < H; j++) {
    const zj = tr.z[j];
    const dz = tr.hTilde[j] * zj * (1 - zj);
    let s = 0;
    for (let i = 0; i < I; i++) {
      const v = zj * p.wH[j * I + i] + dz * p.wZ[j * I + i];
      s += v * v;
    }
    rowSq[j] = s;
  }
  const out = new Float64Array(tr.T);
  const keep = new Float64Array(H).fill(1);
  for (let t = 0; t < tr.T; t++) {
    let s = 0;
    for (let j = 0; j < H; j++) {
      if (t > 0) keep[j] *= 1 - tr.z[t * H + j];
      s += keep[j] * keep[j] * rowSq[j];
    }
    out[t] = Math.sqrt(s);
  }
  return out;
}
