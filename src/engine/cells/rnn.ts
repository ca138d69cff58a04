/** The vanilla (Elman) cell: h_t = φ(W_ih x_t + b_ih + W_hh h_{t−1} + b_hh), φ = tanh or ReLU. */
import type { CellKernel, GradRefs, StepRefs, TangentRefs } from './kernel';

function vanilla(relu: boolean): CellKernel {
  return {
    forward({ H, act, ih, hh, gates, o, h, s }: StepRefs): void {
      for (let j = 0; j < H; j++) {
        const pre = ih[o + j] + hh[o + j];
        // The pre-activation is kept as the "gate": ReLU's derivative needs its sign.
        gates[o + j] = pre;
        h[s + j] = relu ? (pre > 0 ? pre : 0) : act.tanh(pre);
      }
    },
    vjp({ H, gates, o, h, s }: StepRefs, { dh, d, dIh, dHh, dg, dhPrevDirect }: GradRefs): void {
      for (let j = 0; j < H; j++) {
        const hv = h[s + j];
        const v = relu ? (gates[o + j] > 0 ? dh[d + j] : 0) : dh[d + j] * (1 - hv * hv);
        dIh[dg + j] = v;
        dHh[dg + j] = v;
        dhPrevDirect[d + j] = 0;
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
