/** The vanilla (Elman) cell: h_t = φ(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh), φ = tanh or ReLU. */
import type { CellKernel, GradRefs, StepRefs, TangentRefs } from './kernel';

function vanilla(relu: boolean): CellKernel {
  return {
    forward({ H, rows, act, ih, hh, gates, o, h, s }: StepRefs): void {
      // Read once: a local call is what the JIT inlines in the hot loop.
      const { tanh } = act;
      // G = 1: a row's block is H wide, so rows are contiguous in every array.
      const n = rows * H;
      for (let k = 0; k < n; k++) {
        const pre = ih[o + k] + hh[o + k];
        // The pre-activation is kept as the "gate": ReLU's derivative needs its sign.
        gates[o + k] = pre;
        h[s + k] = relu ? (pre > 0 ? pre : 0) : tanh(pre);
      }
    },
    vjp({ H, rows, gates, o, h, s }: StepRefs, { dh, d, dIh, dHh, dg, dhPrevDirect }: GradRefs): void {
      const n = rows * H;
      for (let k = 0; k < n; k++) {
        const hv = h[s + k];
        const v = relu ? (gates[o + k] > 0 ? dh[d + k] : 0) : dh[d + k] * (1 - hv * hv);
        dIh[dg + k] = v;
        dHh[dg + k] = v;
        dhPrevDirect[d + k] = 0;
      }
    },
    jvp({ H, gates, o, h, s }: StepRefs, { dIh, dHh, outH }: TangentRefs): void {
      for (let j = 0; j < H; j++) {
        const dPre = dHh[j] + (dIh ? dIh[j] : 0);
        const hv = h[s + j];
        outH[j] = relu ? (gates[o + j] > 0 ? dPre : 0) : (1 - hv * hv) * dPre;
      }
    },
  };
}

export const RNN_TANH = vanilla(false);
export const RNN_RELU = vanilla(true);
