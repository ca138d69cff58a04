// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  EngineError,
  initModel,
  modelFromPyTorch,
  parseRunInputs,
  runBackward,
  runForward,
} from '../../src/engine';
import type { CellKind, ModelSpec } from '../../src/engine';

const spec: ModelSpec = { cell: 'gru', inputSize: 2, hiddenSize: 3, numLayers: 1, bidirectional: false };

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    expect((e as Error).message.length).toBeGreaterThan(10);
    return (e as EngineError).code;
  }
  return undefined;
}

describe('invalid input is a typed error, never a silent NaN', () => {
  it('rejects an unknown cell type', () => {
    expect(codeOf(() => initModel({ ...spec, cell: 'transformer' as CellKind }, 1))).toBe('unknown_cell');
  });

  it('rejects non-integer or zero sizes', () => {
    expect(codeOf(() => initModel({ ...spec, hiddenSize: 0 }, 1))).toBe('invalid_size');
    expect(codeOf(() => initModel({ ...spec, inputSize: 2.5 }, 1))).toBe('invalid_size');
  });

  it('rejects a sequence whose length is not a multiple of the input size, or is empty', () => {
    const m = initModel(spec, 1);
    expect(codeOf(() => runForward(m, new Float64Array(5)))).toBe('shape_mismatch');
    expect(codeOf(() => runForward(m, new Float64Array(0)))).toBe('shape_mismatch');
  });

  it('rejects NaN and infinity in inputs and states', () => {
    const m = initModel(spec, 1);
    expect(codeOf(() => runForward(m, Float64Array.of(1, NaN)))).toBe('non_finite');
    expect(codeOf(() => runForward(m, Float64Array.of(1, 2), { h0: Float64Array.of(0, Infinity, 0) }))).toBe(
      'non_finite',
    );
  });

  it('rejects a wrongly shaped initial state and loss gradient', () => {
    const m = initModel(spec, 1);
    expect(codeOf(() => runForward(m, Float64Array.of(1, 2), { h0: new Float64Array(2) }))).toBe(
      'shape_mismatch',
    );
    const tr = runForward(m, Float64Array.of(1, 2, 3, 4));
    expect(codeOf(() => runBackward(tr, { kind: 'linear', dOut: new Float64Array(3) }))).toBe(
      'shape_mismatch',
    );
  });

  it('rejects missing or misshapen PyTorch weights with the parameter name in the message', () => {
    expect(codeOf(() => modelFromPyTorch(spec, {}))).toBe('missing_parameter');
    const w = { weight_ih_l0: [[1, 2]], weight_hh_l0: [], bias_ih_l0: [], bias_hh_l0: [] };
    expect(() => modelFromPyTorch(spec, w)).toThrow(/weight_ih_l0/);
  });

  it('rejects a reference run that is not an object or names an unknown cell', () => {
    expect(codeOf(() => parseRunInputs([]))).toBe('invalid_input');
    expect(codeOf(() => parseRunInputs({ cell: 'mamba', x: [[1]] }))).toBe('unknown_cell');
  });
});
