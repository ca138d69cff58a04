/**
 * The acceptance test of the training core: every PyTorch training run in
 * tests/fixtures/training (a copy of ../shared/fixtures/training) is recomputed from its inputs
 * alone and must match every loss, gradient norm, parameter after every step, step-0 gradient and
 * final output within |ours − torch| ≤ 1e-9 · max(1, |torch|).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrainingCase, replayTrainingCase, trainingInputsOnly } from '../../src/train/fixtureReplay';
import { TRAINING_FIXTURE_DIR } from '../engine/fixtureLoader';

const names = readdirSync(TRAINING_FIXTURE_DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

/** Every number in `ref`, paired with the number at the same place in `ours`. */
function pairs(ref: unknown, ours: unknown, path: string, out: [string, number, number][]): void {
  if (typeof ref === 'number') {
    out.push([path, ref, typeof ours === 'number' ? ours : NaN]);
  } else if (Array.isArray(ref)) {
    if (!Array.isArray(ours) || ours.length !== ref.length) throw new Error(`${path}: shape differs`);
    ref.forEach((r, i) => pairs(r, ours[i], `${path}[${i}]`, out));
  } else if (ref && typeof ref === 'object') {
    for (const [k, v] of Object.entries(ref))
      pairs(v, (ours as Record<string, unknown> | undefined)?.[k], `${path}.${k}`, out);
  }
}

describe('training agrees with PyTorch', () => {
  it('finds all twelve training fixtures', () => {
    expect(names.length).toBe(12);
  });

  for (const name of names) {
    it(name, () => {
      const ref = JSON.parse(readFileSync(join(TRAINING_FIXTURE_DIR, name), 'utf8')) as Record<
        string,
        unknown
      >;
      const ours = replayTrainingCase(parseTrainingCase(trainingInputsOnly(ref)));
      const all: [string, number, number][] = [];
      for (const field of ['steps', 'grads_step0', 'final_outputs'])
        pairs(ref[field], ours[field], field, all);
      expect(all.length).toBeGreaterThan(50);
      const worst = all.reduce(
        (w, [p, r, o]) => {
          const err = Math.abs(o - r) / Math.max(1, Math.abs(r));
          return Number.isNaN(err) || err > w.err ? { p, err: Number.isNaN(err) ? Infinity : err } : w;
        },
        { p: '', err: 0 },
      );
      expect(worst.err, `worst at ${worst.p}`).toBeLessThanOrEqual(1e-9);
      // The clipping decisions agree step by step.
      const refSteps = ref.steps as { clipped: boolean }[];
      const oursSteps = ours.steps as { clipped: boolean }[];
      expect(oursSteps.map((s) => s.clipped)).toEqual(refSteps.map((s) => s.clipped));
    });
  }
});
