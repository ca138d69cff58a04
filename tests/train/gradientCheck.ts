/**
 * The pieces both gradient checks share (float64 in gradients.test.ts, float32 in
 * simd/fastMode.science.test.ts): the fast-check case, a random batch, and central differences of the
 * float64 loss — the ground truth neither step implementation shares code with.
 */
import fc from 'fast-check';
import type { CellKind } from '../../src/engine';
import { CELL_KINDS } from '../../src/engine/cells/vocabulary';
import { seededRandom } from '../../src/engine/random';
import { initNet } from '../../src/train/init';
import { computeLoss } from '../../src/train/losses';
import type { Targets } from '../../src/train/losses';
import type { Net } from '../../src/train/model';
import { forwardNet } from '../../src/train/network';
import type { HeadOn } from '../../src/train/network';
import type { Batch } from '../../src/train/step';

type LossKind = 'mse' | 'cross_entropy';

export function randomBatch(
  seed: number,
  B: number,
  T: number,
  I: number,
  out: number,
  kind: LossKind,
  on: HeadOn,
): Batch {
  const r = seededRandom(seed);
  const x = Float64Array.from({ length: B * T * I }, () => r.uniform(-1.5, 1.5));
  const rows = on === 'last' ? B : B * T;
  const targets: Targets =
    kind === 'mse'
      ? { kind, y: Float64Array.from({ length: rows * out }, () => r.uniform(-1, 1)) }
      : {
          kind,
          y: Int32Array.from({ length: rows }, () => Math.min(out - 1, Math.floor(r.uniform(0, out)))),
        };
  return { input: { B, T, x }, targets };
}

/** A model and batch drawn within the given sizes; every cell, both losses, both head placements. */
export function gradientCase(max: { H: number; T: number; B: number }) {
  return fc.record({
    cell: fc.constantFrom<CellKind>(...CELL_KINDS),
    kind: fc.constantFrom<LossKind>('mse', 'cross_entropy'),
    on: fc.constantFrom<HeadOn>('last', 'all'),
    layers: fc.integer({ min: 1, max: 2 }),
    H: fc.integer({ min: 1, max: max.H }),
    I: fc.integer({ min: 1, max: 3 }),
    T: fc.integer({ min: 1, max: max.T }),
    B: fc.integer({ min: 1, max: max.B }),
    seed: fc.integer({ min: 1, max: 10_000 }),
  });
}

type Case = ReturnType<typeof gradientCase> extends fc.Arbitrary<infer C> ? C : never;

/** The case's model, with weights doubled so every nonlinearity is exercised away from 0, and its batch. */
export function buildCase(c: Case): { net: Net; batch: Batch } {
  const net = initNet(
    { cell: c.cell, inputSize: c.I, hiddenSize: c.H, numLayers: c.layers, outSize: 3 },
    { scheme: 'pytorch_default' },
    c.seed,
  );
  for (const p of net.params) for (let i = 0; i < p.data.length; i++) p.data[i] *= 2;
  return { net, batch: randomBatch(c.seed + 1, c.B, c.T, c.I, 3, c.kind, c.on) };
}

const lossOf = (net: Net, batch: Batch, on: HeadOn) =>
  computeLoss(forwardNet(net, batch.input, on), net.spec.outSize, batch.targets).loss;

/** Calls `visit` with (∂L/∂θ by central differences of the float64 loss, param index k, element i, name). */
export function centralDifferences(
  net: Net,
  batch: Batch,
  on: HeadOn,
  visit: (numeric: number, k: number, i: number, name: string) => void,
  eps = 1e-6,
) {
  net.params.forEach((p, k) => {
    for (let i = 0; i < p.data.length; i++) {
      const keep = p.data[i];
      p.data[i] = keep + eps;
      const up = lossOf(net, batch, on);
      p.data[i] = keep - eps;
      const down = lossOf(net, batch, on);
      p.data[i] = keep;
      visit((up - down) / (2 * eps), k, i, p.name);
    }
  });
}
