// @vitest-environment node
/** minGRU (level 2's fourth gradient line): its Jacobian norms against finite differences. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initMinGru, minGruForward, minGruInfluence } from '../../src/engine/minGru';

describe('minGRU', () => {
  it('‖∂h_t/∂x_1‖ matches central differences of the forward pass', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 500 }), (H, I, T, seed) => {
        const p = initMinGru(H, I, seed);
        const x = Float64Array.from({ length: T * I }, (_, k) => Math.sin(seed + 1.7 * k));
        const got = minGruInfluence(p, minGruForward(p, x));
        const eps = 1e-6;
        const sq = new Float64Array(T);
        for (let i = 0; i < I; i++) {
          const up = x.slice();
          const dn = x.slice();
          up[i] += eps;
          dn[i] -= eps;
          const hu = minGruForward(p, up).h;
          const hd = minGruForward(p, dn).h;
          for (let t = 0; t < T; t++) for (let j = 0; j < H; j++) sq[t] += ((hu[t * H + j] - hd[t * H + j]) / (2 * eps)) ** 2;
        }
        sq.forEach((v, t) => expect(Math.abs(got[t] - Math.sqrt(v))).toBeLessThan(1e-6 * Math.max(1, Math.sqrt(v))));
      }),
      { numRuns: 60 },
    );
  });

  it('its state Jacobian is diag(1 − z_t): each step shrinks the signal by at most max(1 − z_t)', () => {
    const p = initMinGru(8, 3, 7);
    const x = Float64Array.from({ length: 20 * 3 }, (_, k) => Math.cos(k));
    const tr = minGruForward(p, x);
    const infl = minGruInfluence(p, tr);
    for (let t = 1; t < 20; t++) {
      const keep = Math.max(...Array.from({ length: 8 }, (_, j) => 1 - tr.z[t * 8 + j]));
      expect(infl[t]).toBeLessThanOrEqual(keep * infl[t - 1] * (1 + 1e-12));
    }
  });
});
