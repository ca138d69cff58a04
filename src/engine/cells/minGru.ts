/**
 * minGRU (Feng, Tung, Ahmed, Bengio & Hajimirsadeghi, 2024, "Were RNNs All We Needed?"): a GRU
 * whose gate and candidate read only the input, never the previous state (blocks z, h̃ of W_ih;
 * there is no W_hh):
 *
 *   z_t = σ(W_z x_t + b_z),   h̃_t = W_h x_t + b_h,   h_t = (1 − z_t) ⊙ h_{t−1} + z_t ⊙ h̃_t.
 *
 * (The paper's z is the share of the *new* candidate, the other way round from PyTorch's nn.GRU.)
 * Nothing inside the step depends on h_{t−1} except the blend, so ∂h_t/∂h_{t−1} = diag(1 − z_t):
 * a diagonal Jacobian fixed by the inputs, which is what lets it train with a parallel scan.
 * No PyTorch module computes it: its gradients are checked against central differences.
 */
import type { CellKernel, GradRefs, StepRefs, TangentRefs } from './kernel';

export const MIN_GRU: CellKernel = {
  forward({ H, rows, act, ih, gates, o: o0, hPrev, p: p0, h, s: s0 }: StepRefs): void {
    const { sigmoid } = act;
    for (let r = 0; r < rows; r++) {
      const o = o0 + 2 * H * r;
      const p = p0 + H * r;
      const s = s0 + H * r;
      for (let j = 0; j < H; j++) {
        const z = sigmoid(ih[o + j]);
        const cand = ih[o + H + j];
        gates[o + j] = z;
        gates[o + H + j] = cand;
        h[s + j] = (1 - z) * hPrev[p + j] + z * cand;
      }
    }
  },

  vjp(
    { H, rows, gates, o: o0, hPrev, p: p0 }: StepRefs,
    { dh, dhPrevDirect, d: d0, dIh, dg: g0 }: GradRefs,
  ): void {
    for (let r = 0; r < rows; r++) {
      const o = o0 + 2 * H * r;
      const p = p0 + H * r;
      const d = d0 + H * r;
      const q = g0 + 2 * H * r;
      for (let j = 0; j < H; j++) {
        const z = gates[o + j];
        const dhj = dh[d + j];
        dIh[q + j] = dhj * (gates[o + H + j] - hPrev[p + j]) * z * (1 - z);
        dIh[q + H + j] = dhj * z;
        // All of d loss / d h_{t−1} is direct: there is no W_hh to go through.
        dhPrevDirect[d + j] = dhj * (1 - z);
      }
    }
  },

  jvp({ H, gates, o, hPrev, p }: StepRefs, { dhPrev, dIh, outH }: TangentRefs): void {
    for (let j = 0; j < H; j++) {
      const z = gates[o + j];
      const dz = dIh ? z * (1 - z) * dIh[j] : 0;
      const dCand = dIh ? dIh[H + j] : 0;
      outH[j] = (1 - z) * dhPrev[j] + dz * (gates[o + H + j] - hPrev[p + j]) + z * dCand;
    }
  },
};
