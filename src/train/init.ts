/**
 * Initialisations, each starting from PyTorch's default draw (every parameter, head included,
 * ~ U(−1/√H, 1/√H)) and changing some entries in every layer — the schemes of the training
 * fixtures (tests/fixtures/training/README.md):
 *  - forget_bias: LSTM forget-gate bias b_ih[f] = value, b_hh[f] = 0 (Gers et al. 2000; Jozefowicz et al. 2015 use 1);
 *  - update_bias: GRU update-gate bias b_ih[z] = value, b_hh[z] = 0 (z → 1 keeps the old state in PyTorch's GRU);
 *  - chrono: LSTM b_f ~ log U(1, T_max − 1), b_i = −b_f (Tallec & Ollivier 2018);
 *  - irnn: ReLU RNN with W_hh = I and zero biases (Le, Jaitly & Hinton 2015);
 *  - orthogonal: every H x H block of every W_hh a random orthogonal matrix (Saxe et al. 2014).
 */
import { seededRandom } from '../engine/random';
import type { SeededRandom } from '../engine/random';
import { log } from './detMath';
import { zeroNet } from './model';
import type { Net, NetSpec } from './model';
import { specOf } from '../engine/cells/vocabulary';

export type InitScheme =
  | { scheme: 'pytorch_default' }
  | { scheme: 'forget_bias'; value: number }
  | { scheme: 'update_bias'; value: number }
  | { scheme: 'chrono'; tMax: number }
  | { scheme: 'irnn' }
  | { scheme: 'orthogonal' };

/** The reader's name for each scheme (the lab's init menus). */
export const INIT_LABELS: Record<InitScheme['scheme'], string> = {
  pytorch_default: 'PyTorch default',
  forget_bias: 'Forget-gate bias',
  update_bias: 'Update-gate bias',
  chrono: 'Chrono (Tallec & Ollivier 2018)',
  irnn: 'Identity Wₕₕ, ReLU (IRNN, Le et al. 2015)',
  orthogonal: 'Orthogonal Wₕₕ',
};

export function initNet(spec: NetSpec, init: InitScheme, seed: number): Net {
  const net = zeroNet(spec);
  const rng = seededRandom(seed);
  const k = 1 / Math.sqrt(spec.hiddenSize);
  for (const p of net.params) for (let i = 0; i < p.data.length; i++) p.data[i] = rng.uniform(-k, k);
  applyScheme(net, init, rng);
  return net;
}

/** Change a default-initialised net in place according to the scheme (a no-op where it does not apply). */
export function applyScheme(net: Net, init: InitScheme, rng: SeededRandom): void {
  const { cell, hiddenSize: H, numLayers } = net.spec;
  const { retention, chrono, gates } = specOf(cell);
  for (let l = 0; l < numLayers; l++) {
    const wHh = net.params[4 * l + 1].data;
    const bIh = net.params[4 * l + 2].data;
    const bHh = net.params[4 * l + 3].data;
    switch (init.scheme) {
      case 'pytorch_default':
        break;
      case 'forget_bias':
        // The LSTM's forget block (its retention gate set by the forget-bias knob).
        if (retention?.knob === 'forgetBias') setBlock(bIh, bHh, retention.block, H, init.value);
        break;
      case 'update_bias':
        // The GRU's update block.
        if (retention?.knob === 'updateBias') setBlock(bIh, bHh, retention.block, H, init.value);
        break;
      case 'chrono':
        if (chrono) {
          const f = chrono.forget * H;
          const i = chrono.input * H;
          for (let j = 0; j < H; j++) {
            const bf = log(rng.uniform(1, Math.max(1 + 1e-9, init.tMax - 1)));
            bIh[f + j] = bf;
            bIh[i + j] = -bf;
            bHh[f + j] = 0;
            bHh[i + j] = 0;
          }
        }
        break;
      case 'irnn':
        // The ungated (vanilla) cell only.
        if (gates.length === 0) {
          wHh.fill(0);
          for (let j = 0; j < H; j++) wHh[j * H + j] = 1;
          bIh.fill(0);
          bHh.fill(0);
        }
        break;
      case 'orthogonal': {
        const G = wHh.length / (H * H);
        for (let g = 0; g < G; g++) wHh.set(randomOrthogonal(H, rng), g * H * H);
        break;
      }
    }
  }
}

function setBlock(bIh: Float64Array, bHh: Float64Array, block: number, H: number, value: number): void {
  bIh.fill(value, block * H, (block + 1) * H);
  bHh.fill(0, block * H, (block + 1) * H);
}

/**
 * A standard normal draw by Marsaglia's polar method — the method d3-random's randomNormal uses —
 * with this module's log, so the draw is the same in every engine.
 */
function standardNormal(rng: SeededRandom): number {
  for (;;) {
    const u = rng.uniform(-1, 1);
    const v = rng.uniform(-1, 1);
    const s = u * u + v * v;
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * log(s)) / s);
  }
}

/** A random orthogonal n x n matrix: Q of the QR of a standard normal matrix, with R's diagonal made positive. */
export function randomOrthogonal(n: number, rng: SeededRandom): Float64Array {
  const a = new Float64Array(n * n);
  for (let i = 0; i < a.length; i++) a[i] = standardNormal(rng);
  // Modified Gram-Schmidt on the columns: gives Q with a positive-diagonal R, which is what
  // orthogonal_'s "Q times sign(diag R)" makes of any QR.
  for (let c = 0; c < n; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += a[r * n + p] * a[r * n + c];
      for (let r = 0; r < n; r++) a[r * n + c] -= dot * a[r * n + p];
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += a[r * n + c] * a[r * n + c];
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) a[r * n + c] /= norm;
  }
  return a;
}
