/**
 * Attention of one decoder step over the encoder's states, for a whole batch, and its backward
 * pass. Scores are softmaxed over the source steps into weights α (each row sums to 1) and the
 * context is Σ_i α_i h_i. Dot: score_i = q · h_i (Luong et al. 2015). Additive: score_i =
 * v · tanh(W q + U h_i) (Bahdanau et al. 2014), with U h_i computed once per sequence (`uh`).
 */
import { exp } from '../detMath';
import { tanh } from '../detMath';

export interface AttentionStep {
  B: number;
  L: number;
  H: number;
  /** Encoder states h_1..h_L, time-major (L·B x H). */
  enc: Float64Array;
  /** The query rows (B x H) at qOff. */
  q: Float64Array;
  qOff: number;
  /** Additive only: U h_i (L·B x H), W, v; and where to keep tanh(W q + U h_i) (B·L x H at tOff). */
  uh: Float64Array | null;
  w: Float64Array | null;
  v: Float64Array | null;
  th: Float64Array | null;
  thOff: number;
  /** Out: α (B x L at aOff) and the context (B x H at cOff). */
  alpha: Float64Array;
  aOff: number;
  ctx: Float64Array;
  cOff: number;
}

export function attend(a: AttentionStep): void {
  const { B, L, H, enc, q, qOff, uh, w, v, th, alpha, ctx } = a;
  const wq = new Float64Array(H);
  for (let b = 0; b < B; b++) {
    const qo = qOff + b * H;
    const ao = a.aOff + b * L;
    if (w) {
      for (let u = 0; u < H; u++) {
        let s = 0;
        for (let k = 0; k < H; k++) s += w[u * H + k] * q[qo + k];
        wq[u] = s;
      }
    }
    let max = -Infinity;
    for (let i = 0; i < L; i++) {
      const eo = (i * B + b) * H;
      let s = 0;
      if (uh && v && th) {
        const to = a.thOff + (b * L + i) * H;
        for (let u = 0; u < H; u++) {
          const t = tanh(wq[u] + uh[eo + u]);
          th[to + u] = t;
          s += v[u] * t;
        }
      } else {
        for (let u = 0; u < H; u++) s += q[qo + u] * enc[eo + u];
      }
      alpha[ao + i] = s;
      if (s > max) max = s;
    }
    let z = 0;
    for (let i = 0; i < L; i++) z += alpha[ao + i] = exp(alpha[ao + i] - max);
    const co = a.cOff + b * H;
    for (let u = 0; u < H; u++) ctx[co + u] = 0;
    for (let i = 0; i < L; i++) {
      const wgt = (alpha[ao + i] /= z);
      const eo = (i * B + b) * H;
      for (let u = 0; u < H; u++) ctx[co + u] += wgt * enc[eo + u];
    }
  }
}

export interface AttentionGrads {
  /** d context (B x H at dcOff), in. */
  dCtx: Float64Array;
  dcOff: number;
  /** Out, accumulated: d query (B x H at dqOff), d encoder states (L·B x H). */
  dq: Float64Array;
  dqOff: number;
  dEnc: Float64Array;
  /** Additive, accumulated: d (U h_i) (L·B x H), dW, dv. */
  dUh: Float64Array | null;
  dW: Float64Array | null;
  dV: Float64Array | null;
}

export function attendBack(a: AttentionStep, g: AttentionGrads): void {
  const { B, L, H, enc, q, qOff, w, v, th, alpha } = a;
  const dScore = new Float64Array(L);
  const dwq = new Float64Array(H);
  for (let b = 0; b < B; b++) {
    const ao = a.aOff + b * L;
    const co = g.dcOff + b * H;
    const qo = qOff + b * H;
    const dqo = g.dqOff + b * H;
    // Through the average: d α_i = dctx · h_i, d h_i += α_i dctx; then through the softmax.
    let mean = 0;
    for (let i = 0; i < L; i++) {
      const eo = (i * B + b) * H;
      let s = 0;
      for (let u = 0; u < H; u++) {
        s += g.dCtx[co + u] * enc[eo + u];
        g.dEnc[eo + u] += alpha[ao + i] * g.dCtx[co + u];
      }
      dScore[i] = s;
      mean += alpha[ao + i] * s;
    }
    for (let i = 0; i < L; i++) dScore[i] = alpha[ao + i] * (dScore[i] - mean);
    if (w && v && th && g.dUh && g.dW && g.dV) {
      dwq.fill(0);
      for (let i = 0; i < L; i++) {
        const to = a.thOff + (b * L + i) * H;
        const eo = (i * B + b) * H;
        for (let u = 0; u < H; u++) {
          const t = th[to + u];
          g.dV[u] += dScore[i] * t;
          const dPre = dScore[i] * v[u] * (1 - t * t);
          g.dUh[eo + u] += dPre;
          dwq[u] += dPre;
        }
      }
      for (let u = 0; u < H; u++) {
        for (let k = 0; k < H; k++) {
          g.dW[u * H + k] += dwq[u] * q[qo + k];
          g.dq[dqo + k] += dwq[u] * w[u * H + k];
        }
      }
    } else {
      for (let i = 0; i < L; i++) {
        const eo = (i * B + b) * H;
        for (let u = 0; u < H; u++) {
          g.dq[dqo + u] += dScore[i] * enc[eo + u];
          g.dEnc[eo + u] += dScore[i] * q[qo + u];
        }
      }
    }
  }
}
