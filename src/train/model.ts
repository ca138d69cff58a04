/**
 * A trainable model: a recurrent stack (PyTorch's nn.RNN / nn.LSTM / nn.GRU, batch_first,
 * unidirectional) and a linear readout head. Parameters are stored flat, row-major, under the
 * names PyTorch's `model.named_parameters()` gives them (`rnn.weight_ih_l0`, …, `head.weight`,
 * `head.bias`) and in that order, which is also the order the optimizer and clip_grad_norm_ walk.
 * The same names are the training fixtures' weight dictionary, so any model here can be exported,
 * replayed in PyTorch, or opened in the timeline.
 */
import { EngineError, assertPositiveInt } from '../engine/errors';
import { seededRandom } from '../engine/random';
import { flattenMatrix, flattenVector, toRows } from '../engine/model';
import type { PyTorchWeights } from '../engine/model';
import { CELL_KINDS, gateCount, recurrentBlocks } from '../engine/cells/vocabulary';
import type { CellKind, ModelSpec } from '../engine/types';

export interface NetSpec {
  cell: CellKind;
  inputSize: number;
  hiddenSize: number;
  numLayers: number;
  outSize: number;
}

export interface ParamTensor {
  name: string;
  rows: number;
  /** 1 for a bias vector. */
  cols: number;
  /** Whether PyTorch stores it as a 2-D tensor (weights) or 1-D (biases). */
  matrix: boolean;
  data: Float64Array;
}

export interface Net {
  spec: NetSpec;
  /** In PyTorch's `model.parameters()` order. */
  params: ParamTensor[];
}

/** Parameter names and shapes in PyTorch's order, without data. */
export function paramLayout(spec: NetSpec): Omit<ParamTensor, 'data'>[] {
  validateNetSpec(spec);
  const GH = gateCount(spec.cell) * spec.hiddenSize;
  // No recurrent rows for a cell without W_hh (minGRU): its weight_hh and bias_hh are empty.
  const GHh = recurrentBlocks(spec.cell) * spec.hiddenSize;
  const out: Omit<ParamTensor, 'data'>[] = [];
  for (let l = 0; l < spec.numLayers; l++) {
    const inSize = l === 0 ? spec.inputSize : spec.hiddenSize;
    out.push({ name: `rnn.weight_ih_l${l}`, rows: GH, cols: inSize, matrix: true });
    out.push({ name: `rnn.weight_hh_l${l}`, rows: GHh, cols: spec.hiddenSize, matrix: true });
    out.push({ name: `rnn.bias_ih_l${l}`, rows: GH, cols: 1, matrix: false });
    out.push({ name: `rnn.bias_hh_l${l}`, rows: GHh, cols: 1, matrix: false });
  }
  out.push({ name: 'head.weight', rows: spec.outSize, cols: spec.hiddenSize, matrix: true });
  out.push({ name: 'head.bias', rows: spec.outSize, cols: 1, matrix: false });
  return out;
}

export function validateNetSpec(spec: NetSpec): void {
  assertPositiveInt(spec.inputSize, 'inputSize');
  assertPositiveInt(spec.hiddenSize, 'hiddenSize');
  assertPositiveInt(spec.numLayers, 'numLayers');
  assertPositiveInt(spec.outSize, 'outSize');
  if (!CELL_KINDS.includes(spec.cell)) {
    throw new EngineError('unknown_cell', `unknown cell type "${String(spec.cell)}"`);
  }
}

export function zeroNet(spec: NetSpec): Net {
  return { spec, params: paramLayout(spec).map((p) => ({ ...p, data: new Float64Array(p.rows * p.cols) })) };
}

export function cloneNet(net: Net): Net {
  return { spec: { ...net.spec }, params: net.params.map((p) => ({ ...p, data: p.data.slice() })) };
}

export function paramCount(spec: NetSpec): number {
  return paramLayout(spec).reduce((n, p) => n + p.rows * p.cols, 0);
}

/** Look a parameter up by its PyTorch name. */
export function param(net: Net, name: string): Float64Array {
  const p = net.params.find((q) => q.name === name);
  if (!p) throw new EngineError('missing_parameter', `missing parameter ${name}`);
  return p.data;
}

/** The weight dictionary in the training fixtures' schema: PyTorch names, nested lists. */
export function netToPyTorch(net: Net): PyTorchWeights {
  return tensorsToPyTorch(net.params);
}

export function netFromPyTorch(spec: NetSpec, weights: Record<string, unknown>): Net {
  return { spec, params: tensorsFromPyTorch(paramLayout(spec), weights) };
}

/** Any model's tensors as the fixtures' weight dictionary (a tensor with no rows, the minGRU's weight_hh, left out as the engine's format does). */
export function tensorsToPyTorch(params: readonly ParamTensor[]): PyTorchWeights {
  const out: PyTorchWeights = {};
  for (const p of params)
    if (p.rows > 0) out[p.name] = p.matrix ? toRows(p.data, p.rows, p.cols) : Array.from(p.data);
  return out;
}

/** Read a layout's tensors by name from a weight dictionary, checking every shape. */
export function tensorsFromPyTorch(
  layout: readonly Omit<ParamTensor, 'data'>[],
  weights: Record<string, unknown>,
): ParamTensor[] {
  return layout.map((p) => {
    if (p.rows === 0) return { ...p, data: new Float64Array(0) };
    if (!(p.name in weights)) throw new EngineError('missing_parameter', `missing parameter ${p.name}`);
    const data = p.matrix
      ? flattenMatrix(weights[p.name], p.rows, p.cols, p.name)
      : flattenVector(weights[p.name], p.rows, p.name);
    return { ...p, data };
  });
}

/** PyTorch's default draw, U(−1/√H, 1/√H), for every tensor of a layout, in its order. */
export function drawTensors(
  layout: readonly Omit<ParamTensor, 'data'>[],
  hidden: number,
  seed: number,
): ParamTensor[] {
  const rng = seededRandom(seed);
  const k = 1 / Math.sqrt(hidden);
  return layout.map((p) => {
    const data = new Float64Array(p.rows * p.cols);
    for (let i = 0; i < data.length; i++) data[i] = rng.uniform(-k, k);
    return { ...p, data };
  });
}

/** The recurrent part as the explorer's engine model (unidirectional; the head is dropped). */
export function netToEngineModel(net: Net): { spec: ModelSpec; weights: PyTorchWeights } {
  const weights: PyTorchWeights = {};
  for (const [name, value] of Object.entries(netToPyTorch(net))) {
    if (name.startsWith('rnn.')) weights[name.slice(4)] = value;
  }
  const { cell, inputSize, hiddenSize, numLayers } = net.spec;
  return { spec: { cell, inputSize, hiddenSize, numLayers, bidirectional: false }, weights };
}
