/**
 * Building a model: its streams in PyTorch's order, and its parameters either drawn like
 * PyTorch's default initialisation (seeded) or taken from PyTorch-named weights.
 */
import { EngineError, assertFinite, assertPositiveInt } from './errors';
import { seededRandom } from './random';
import { CELL_KINDS, gateCount, recurrentBlocks } from './cells/vocabulary';
import type { CellKind, Model, ModelSpec, StreamId, StreamParams } from './types';

export const MAX_HIDDEN = 4096;

export function validateSpec(spec: ModelSpec): void {
  if (!CELL_KINDS.includes(spec.cell)) {
    throw new EngineError(
      'unknown_cell',
      `unknown cell type "${String(spec.cell)}" (expected one of ${CELL_KINDS.join(', ')})`,
    );
  }
  assertPositiveInt(spec.inputSize, 'inputSize');
  assertPositiveInt(spec.hiddenSize, 'hiddenSize');
  assertPositiveInt(spec.numLayers, 'numLayers');
  if (spec.hiddenSize > MAX_HIDDEN) {
    throw new EngineError(
      'invalid_size',
      `hiddenSize ${spec.hiddenSize} is above the supported maximum ${MAX_HIDDEN}`,
    );
  }
}

export function listStreams(spec: ModelSpec): StreamId[] {
  const D = spec.bidirectional ? 2 : 1;
  const out: StreamId[] = [];
  for (let layer = 0; layer < spec.numLayers; layer++) {
    const inSize = layer === 0 ? spec.inputSize : D * spec.hiddenSize;
    out.push({ key: `l${layer}`, layer, reverse: false, inSize });
    if (spec.bidirectional) out.push({ key: `l${layer}_reverse`, layer, reverse: true, inSize });
  }
  return out;
}

export function zeroParams(cell: CellKind, H: number, inSize: number): StreamParams {
  const GH = gateCount(cell) * H;
  // The recurrent blocks: as many as the gates, none for a cell without W_hh (minGRU).
  const GHh = recurrentBlocks(cell) * H;
  return {
    wIh: new Float64Array(GH * inSize),
    wHh: new Float64Array(GHh * H),
    bIh: new Float64Array(GH),
    bHh: new Float64Array(GHh),
  };
}

/** PyTorch's default: every parameter ~ U(-1/sqrt(H), 1/sqrt(H)), drawn from a seeded generator. */
export function initModel(spec: ModelSpec, seed: number): Model {
  validateSpec(spec);
  const rng = seededRandom(seed);
  const k = 1 / Math.sqrt(spec.hiddenSize);
  const streams = listStreams(spec);
  const params: Record<string, StreamParams> = {};
  for (const s of streams) {
    const p = zeroParams(spec.cell, spec.hiddenSize, s.inSize);
    // Same parameter order as PyTorch's module: weight_ih, weight_hh, bias_ih, bias_hh.
    for (const arr of [p.wIh, p.wHh, p.bIh, p.bHh]) {
      for (let i = 0; i < arr.length; i++) arr[i] = rng.uniform(-k, k);
    }
    params[s.key] = p;
  }
  return { spec, streams, params };
}

/** Weights as PyTorch names them: nested arrays, `weight_ih_l0` is (G*H x in), biases flat. */
export type PyTorchWeights = Record<string, number[][] | number[]>;

export function modelFromPyTorch(spec: ModelSpec, weights: PyTorchWeights): Model {
  validateSpec(spec);
  const streams = listStreams(spec);
  const params: Record<string, StreamParams> = {};
  const GH = gateCount(spec.cell) * spec.hiddenSize;
  const GHh = recurrentBlocks(spec.cell) * spec.hiddenSize;
  for (const s of streams) {
    params[s.key] = {
      wIh: readMatrix(weights, `weight_ih_${s.key}`, GH, s.inSize),
      wHh: GHh ? readMatrix(weights, `weight_hh_${s.key}`, GHh, spec.hiddenSize) : new Float64Array(0),
      bIh: readVector(weights, `bias_ih_${s.key}`, GH),
      bHh: GHh ? readVector(weights, `bias_hh_${s.key}`, GHh) : new Float64Array(0),
    };
  }
  return { spec, streams, params };
}

export function modelToPyTorch(model: Model): PyTorchWeights {
  const out: PyTorchWeights = {};
  for (const s of model.streams) {
    const p = model.params[s.key];
    const GH = p.bIh.length;
    const GHh = p.bHh.length;
    out[`weight_ih_${s.key}`] = toRows(p.wIh, GH, s.inSize);
    // A cell without recurrent weights (minGRU) has no weight_hh / bias_hh at all.
    if (GHh) out[`weight_hh_${s.key}`] = toRows(p.wHh, GHh, model.spec.hiddenSize);
    out[`bias_ih_${s.key}`] = Array.from(p.bIh);
    if (GHh) out[`bias_hh_${s.key}`] = Array.from(p.bHh);
  }
  return out;
}

export function toRows(a: Float64Array, rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) out.push(Array.from(a.subarray(r * cols, (r + 1) * cols)));
  return out;
}

/** Flatten a rows x cols nested array, checking its shape and that every entry is finite. */
export function flattenMatrix(value: unknown, rows: number, cols: number, what: string): Float64Array {
  if (!Array.isArray(value) || value.length !== rows) {
    throw new EngineError(
      'shape_mismatch',
      `${what} must have ${rows} rows, got ${Array.isArray(value) ? value.length : typeof value}`,
    );
  }
  const out = new Float64Array(rows * cols);
  value.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== cols) {
      throw new EngineError(
        'shape_mismatch',
        `${what} row ${r} must have ${cols} values, got ${Array.isArray(row) ? row.length : typeof row}`,
      );
    }
    row.forEach((v: unknown, c) => {
      if (typeof v !== 'number')
        throw new EngineError('invalid_input', `${what}[${r}][${c}] is not a number`);
      out[r * cols + c] = v;
    });
  });
  assertFinite(out, what);
  return out;
}

export function flattenVector(value: unknown, len: number, what: string): Float64Array {
  if (!Array.isArray(value) || value.length !== len) {
    throw new EngineError(
      'shape_mismatch',
      `${what} must have ${len} values, got ${Array.isArray(value) ? value.length : typeof value}`,
    );
  }
  const out = new Float64Array(len);
  value.forEach((v: unknown, i) => {
    if (typeof v !== 'number') throw new EngineError('invalid_input', `${what}[${i}] is not a number`);
    out[i] = v;
  });
  assertFinite(out, what);
  return out;
}

function readMatrix(weights: PyTorchWeights, name: string, rows: number, cols: number): Float64Array {
  if (!(name in weights)) throw new EngineError('missing_parameter', `missing parameter ${name}`);
  return flattenMatrix(weights[name], rows, cols, name);
}

function readVector(weights: PyTorchWeights, name: string, len: number): Float64Array {
  if (!(name in weights)) throw new EngineError('missing_parameter', `missing parameter ${name}`);
  return flattenVector(weights[name], len, name);
}
