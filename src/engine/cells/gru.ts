/**
 * The GRU cell, PyTorch's equations (gate blocks r, z, n):
 *   n = tanh(W_in x + b_in + r ⊙ (W_hn h_{t−1} + b_hn)),   h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}.
 * PyTorch's reset gate multiplies (W_hn h + b_hn), bias included.
 */
import type { CellKernel, GradRefs, StepRefs, TangentRefs } from './kernel';

export const GRU: CellKernel = {
  forward({ H, rows, act, ih, hh, gates, o: o0, hPrev, p: p0, h, s: s0 }: StepRefs): void {
    // Read once: a local call is what the JIT inlines in the hot loop.
    const { sigmoid, tanh } = act;
    for (let r = 0; r < rows; r++) {
      const o = o0 + 3 * H * r;
      const p = p0 + H * r;
      const s = s0 + H * r;
      for (let j = 0; j < H; j++) {
        const rg = sigmoid(ih[o + j] + hh[o + j]);
        const z = sigmoid(ih[o + H + j] + hh[o + H + j]);
        const n = tanh(ih[o + 2 * H + j] + rg * hh[o + 2 * H + j]);
        gates[o + j] = rg;
        gates[o + H + j] = z;
        gates[o + 2 * H + j] = n;
        h[s + j] = (1 - z) * n + z * hPrev[p + j];
      }
    }
  },

  vjp(
    { H, rows, hh, gates, o: o0, hPrev, p: p0 }: StepRefs,
    { dh, dhPrevDirect, d: d0, dIh, dHh, dg: g0 }: GradRefs,
  ): void {
    for (let r = 0; r < rows; r++) {
      const o = o0 + 3 * H * r;
      const p = p0 + H * r;
      const d = d0 + H * r;
      const q = g0 + 3 * H * r;
      for (let j = 0; j < H; j++) {
        const rg = gates[o + j];
        const z = gates[o + H + j];
        const n = gates[o + 2 * H + j];
        const dhj = dh[d + j];
        const dn = dhj * (1 - z) * (1 - n * n);
        const dz = dhj * (hPrev[p + j] - n) * z * (1 - z);
        const dr = dn * hh[o + 2 * H + j] * rg * (1 - rg);
        dIh[q + j] = dHh[q + j] = dr;
        dIh[q + H + j] = dHh[q + H + j] = dz;
        dIh[q + 2 * H + j] = dn;
        dHh[q + 2 * H + j] = dn * rg;
        dhPrevDirect[d + j] = dhj * z;
      }
    }
  },

  jvp({ H, hh, gates, o, hPrev, p }: StepRefs, { dhPrev, dIh, dHh, outH }: TangentRefs): void {
    for (let j = 0; j < H; j++) {
      const r = gates[o + j];
      const z = gates[o + H + j];
      const n = gates[o + 2 * H + j];
      const dr = r * (1 - r) * (dHh[j] + (dIh ? dIh[j] : 0));
      const dz = z * (1 - z) * (dHh[H + j] + (dIh ? dIh[H + j] : 0));
      const dn = (1 - n * n) * ((dIh ? dIh[2 * H + j] : 0) + dr * hh[o + 2 * H + j] + r * dHh[2 * H + j]);
      outH[j] = (1 - z) * dn + dz * (hPrev[p + j] - n) + z * dhPrev[j];
    }
  },
};
