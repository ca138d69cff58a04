/**
 * The LSTM cell, PyTorch's equations (gate blocks i, f, g, o):
 *   c_t = f ⊙ c_{t−1} + i ⊙ g,   h_t = o ⊙ tanh(c_t).
 */
import type { CellKernel, FloatArray, GradRefs, StepRefs, TangentRefs } from './kernel';

export const LSTM: CellKernel = {
  forward({ H, rows, act, ih, hh, gates, o: o0, cPrev, p: p0, h, c, tanhC, s: s0 }: StepRefs): void {
    // Read once: a local call is what the JIT inlines in the hot loop.
    const { sigmoid, tanh } = act;
    const cp = cPrev as FloatArray;
    const cc = c as FloatArray;
    for (let r = 0; r < rows; r++) {
      const o = o0 + 4 * H * r;
      const p = p0 + H * r;
      const s = s0 + H * r;
      for (let j = 0; j < H; j++) {
        const i = sigmoid(ih[o + j] + hh[o + j]);
        const f = sigmoid(ih[o + H + j] + hh[o + H + j]);
        const g = tanh(ih[o + 2 * H + j] + hh[o + 2 * H + j]);
        const og = sigmoid(ih[o + 3 * H + j] + hh[o + 3 * H + j]);
        gates[o + j] = i;
        gates[o + H + j] = f;
        gates[o + 2 * H + j] = g;
        gates[o + 3 * H + j] = og;
        const cj = f * cp[p + j] + i * g;
        cc[s + j] = cj;
        const tc = tanh(cj);
        if (tanhC) tanhC[s + j] = tc;
        h[s + j] = og * tc;
      }
    }
  },

  vjp(
    { H, rows, act, gates, o: o0, cPrev, p: p0, c, tanhC, s: s0 }: StepRefs,
    { dh, dcNext, dcPrev, dcTotal, dhPrevDirect, d: d0, dIh, dHh, dg: g0 }: GradRefs,
  ): void {
    // Read once: a local call is what the JIT inlines in the hot loop.
    const { tanh } = act;
    const cp = cPrev as FloatArray;
    const cc = c as FloatArray;
    const dcp = dcPrev as FloatArray;
    for (let r = 0; r < rows; r++) {
      const o = o0 + 4 * H * r;
      const p = p0 + H * r;
      const s = s0 + H * r;
      const d = d0 + H * r;
      const q = g0 + 4 * H * r;
      for (let j = 0; j < H; j++) {
        const i = gates[o + j];
        const f = gates[o + H + j];
        const g = gates[o + 2 * H + j];
        const og = gates[o + 3 * H + j];
        const tc = tanhC ? tanhC[s + j] : tanh(cc[s + j]);
        const dct = (dcNext ? dcNext[d + j] : 0) + dh[d + j] * og * (1 - tc * tc);
        if (dcTotal) dcTotal[d + j] = dct;
        // dcNext and dcPrev may be one array: element j is read above before it is overwritten here.
        dcp[d + j] = dct * f;
        const di = dct * g * i * (1 - i);
        const df = dct * cp[p + j] * f * (1 - f);
        const dgc = dct * i * (1 - g * g);
        const dO = dh[d + j] * tc * og * (1 - og);
        dIh[q + j] = dHh[q + j] = di;
        dIh[q + H + j] = dHh[q + H + j] = df;
        dIh[q + 2 * H + j] = dHh[q + 2 * H + j] = dgc;
        dIh[q + 3 * H + j] = dHh[q + 3 * H + j] = dO;
        dhPrevDirect[d + j] = 0;
      }
    }
  },

  jvp({ H, act, gates, o, cPrev, p, c, s }: StepRefs, { dcPrev, dIh, dHh, outH, outC }: TangentRefs): void {
    // Read once: a local call is what the JIT inlines in the hot loop.
    const { tanh } = act;
    const cp = cPrev as FloatArray;
    const cc = c as FloatArray;
    const dcp = dcPrev as FloatArray;
    const oc = outC as FloatArray;
    const x = (k: number, j: number): number => dHh[k * H + j] + (dIh ? dIh[k * H + j] : 0);
    for (let j = 0; j < H; j++) {
      const i = gates[o + j];
      const f = gates[o + H + j];
      const g = gates[o + 2 * H + j];
      const og = gates[o + 3 * H + j];
      const di = i * (1 - i) * x(0, j);
      const df = f * (1 - f) * x(1, j);
      const dgc = (1 - g * g) * x(2, j);
      const dO = og * (1 - og) * x(3, j);
      const dcj = df * cp[p + j] + f * dcp[j] + di * g + i * dgc;
      const tc = tanh(cc[s + j]);
      oc[j] = dcj;
      outH[j] = dO * tc + og * (1 - tc * tc) * dcj;
    }
  },
};
