// @vitest-environment node
/**
 * The acceptance test: every field of every PyTorch reference run in ../shared/fixtures is
 * recomputed by the engine from the run's inputs alone and must agree.
 * Tolerance: |ours - torch| <= 1e-9 absolute OR <= 1e-9 relative, on every number; in addition
 * Jacobian norms (which reach 1e-29 in the long runs, where any absolute test is vacuous) must
 * agree to 1e-7 relative.
 */
import { describe, expect, it } from 'vitest';
import { buildReferenceRun, parseRunInputs } from '../../src/engine/pytorchFormat';
import { fixtureNames, inputsOnly, loadFixture } from './fixtureLoader';

interface Mismatch {
  path: string;
  expected: unknown;
  actual: unknown;
}

function compare(expected: unknown, actual: unknown, path: string, out: Mismatch[], relOnly: boolean): void {
  if (out.length > 5) return;
  if (typeof expected === 'number') {
    const ok =
      typeof actual === 'number' &&
      (relOnly
        ? Math.abs(expected - actual) <= 1e-7 * Math.abs(expected)
        : Math.abs(expected - actual) <= 1e-9 || Math.abs(expected - actual) <= 1e-9 * Math.abs(expected));
    if (!ok) out.push({ path, expected, actual });
  } else if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      out.push({
        path: `${path} (length)`,
        expected: expected.length,
        actual: Array.isArray(actual) ? actual.length : actual,
      });
      return;
    }
    expected.forEach((e, i) => compare(e, actual[i], `${path}[${i}]`, out, relOnly));
  } else if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') {
      out.push({ path, expected: 'object', actual });
      return;
    }
    for (const [k, v] of Object.entries(expected)) {
      if (!(k in actual)) out.push({ path: `${path}.${k}`, expected: 'present', actual: 'missing' });
      else compare(v, (actual as Record<string, unknown>)[k], `${path}.${k}`, out, relOnly);
    }
  } else if (expected !== actual) {
    out.push({ path, expected, actual });
  }
}

const names = fixtureNames();

describe('agreement with PyTorch (float64 fixtures)', () => {
  it('finds the shared fixtures', () => {
    // Guards against a silently empty loop if ../shared moves.
    expect(names.length).toBeGreaterThanOrEqual(20);
  });

  it.each(names)('%s: every output field matches', (name) => {
    const ref = loadFixture(name);
    // Feed only the inputs, so no expected value can leak into the result.
    const ours = buildReferenceRun(parseRunInputs(inputsOnly(ref)));
    const { checks: _ignored, jacobian_norms: jac, ...rest } = ref;
    const mismatches: Mismatch[] = [];
    compare(rest, ours, '', mismatches, false);
    compare(jac, ours.jacobian_norms, '.jacobian_norms', mismatches, false);
    compare(jac, ours.jacobian_norms, '.jacobian_norms(rel)', mismatches, true);
    expect(mismatches).toEqual([]);
  });
});
