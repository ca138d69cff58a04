/**
 * The reference-run schema of ../shared/fixtures (see its README): reading a run's *inputs*
 * (cell, sizes, weights, x, h0, c0) and writing every output field from the engine's own results.
 * Export (issue 5) and `npm run replay` both speak this format.
 */
import { runBackward } from './backward';
import { EngineError } from './errors';
import { finalStates, outputOf, runForward } from './forward';
import { jacobianNormsToFinal } from './jacobian';
import { flattenMatrix, modelFromPyTorch, modelToPyTorch, toRows } from './model';
import type { PyTorchWeights } from './model';
import { CELL_KINDS, GATE_ORDER, hasCellState, specOf } from './cells/vocabulary';
import type { CellKind, Model, ModelSpec, StreamParams, Trace } from './types';

export interface RunInputs {
  model: Model;
  x: Float64Array;
  h0: Float64Array;
  c0: Float64Array | null;
  /** Descriptive fields carried through unchanged (case name, seed, ...). */
  meta: Record<string, unknown>;
}

const META_FIELDS = ['case', 'kind', 'seed', 'batch_first', 'batch', 'dtype', 'torch_version', 'torch_build'];

function cellOf(raw: Record<string, unknown>): CellKind {
  const cell = String(raw.cell ?? '');
  const nl = raw.nonlinearity;
  if ((CELL_KINDS as readonly string[]).includes(cell)) return cell as CellKind;
  if (cell === 'rnn') return nl === 'relu' ? 'rnn_relu' : 'rnn_tanh';
  throw new EngineError('unknown_cell', `unknown cell "${cell}" (expected one of ${CELL_KINDS.join(', ')})`);
}

function intField(raw: Record<string, unknown>, name: string, fallback?: number): number {
  const v = raw[name] ?? fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    throw new EngineError(
      'invalid_size',
      `field "${name}" must be a positive integer, got ${JSON.stringify(v)}`,
    );
  }
  return v;
}

export function parseRunInputs(raw: unknown): RunInputs {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new EngineError('invalid_input', 'a reference run must be a JSON object');
  }
  const r = raw as Record<string, unknown>;
  const cell = cellOf(r);
  const bidirectional = r.bidirectional === true || r.num_directions === 2;
  const x = r.x;
  if (!Array.isArray(x) || x.length === 0)
    throw new EngineError('invalid_input', 'field "x" must be a non-empty T x I list');
  const spec: ModelSpec = {
    cell,
    inputSize: intField(r, 'input_size', Array.isArray(x[0]) ? x[0].length : undefined),
    hiddenSize: intField(r, 'hidden_size'),
    numLayers: intField(r, 'num_layers', 1),
    bidirectional,
  };
  if (typeof r.weights !== 'object' || r.weights === null)
    throw new EngineError('missing_parameter', 'field "weights" is missing');
  const model = modelFromPyTorch(spec, r.weights as PyTorchWeights);
  const S = model.streams.length;
  const H = spec.hiddenSize;
  const h0 = r.h0 === undefined ? new Float64Array(S * H) : flattenMatrix(r.h0, S, H, 'h0');
  const c0 = !hasCellState(cell)
    ? null
    : r.c0 === undefined
      ? new Float64Array(S * H)
      : flattenMatrix(r.c0, S, H, 'c0');
  const meta: Record<string, unknown> = {};
  for (const f of META_FIELDS) if (f in r) meta[f] = r[f];
  return { model, x: flattenMatrix(x, x.length, spec.inputSize, 'x'), h0, c0, meta };
}

/** Split a stream's T x G*H array into named T x H blocks. */
function blocks(
  a: Float64Array,
  T: number,
  H: number,
  G: number,
  names: readonly string[],
): Record<string, number[][]> {
  const out: Record<string, number[][]> = {};
  names.forEach((name, k) => {
    out[name] = blockRows(a, T, H, G, k);
  });
  return out;
}

/** Block k (T x H) of a stream's T x G*H array. */
function blockRows(a: Float64Array, T: number, H: number, G: number, k: number): number[][] {
  const rows: number[][] = [];
  for (let t = 0; t < T; t++) rows.push(Array.from(a.subarray(t * G * H + k * H, t * G * H + (k + 1) * H)));
  return rows;
}

function gatesOf(trace: Trace): Record<string, Record<string, number[][]>> {
  const { cell } = trace.model.spec;
  const out: Record<string, Record<string, number[][]>> = {};
  for (const id of trace.model.streams) {
    const tr = trace.streams[id.key];
    const { T, H, G } = tr;
    const spec = specOf(cell);
    if (spec.fileGates.length === 0) {
      // The vanilla cell's one block is its pre-activation.
      out[id.key] = { pre: toRows(tr.gates, T, H) };
      continue;
    }
    out[id.key] = blocks(tr.gates, T, H, G, spec.fileGates);
    // Blocks of W_hh·h + b_hh the file carries too (the GRU's n block, which r multiplies).
    for (const { name, block } of spec.fileRecurrent) out[id.key][name] = blockRows(tr.hh, T, H, G, block);
  }
  return out;
}

function paramsToPyTorch(model: Model, grads: Record<string, StreamParams>): PyTorchWeights {
  return modelToPyTorch({ ...model, params: grads });
}

/** Run the engine on the inputs and write a complete reference run (every output field). */
export function buildReferenceRun(inputs: RunInputs): Record<string, unknown> {
  const { model, x, h0, c0 } = inputs;
  const { spec } = model;
  const H = spec.hiddenSize;
  const D = spec.bidirectional ? 2 : 1;
  const S = model.streams.length;
  const trace = runForward(model, x, { h0, c0: c0 ?? undefined });
  const T = trace.T;
  const grads = runBackward(trace, { kind: 'sum_last' });
  const { hN, cN } = finalStates(trace);
  const isLstm = hasCellState(spec.cell);
  const perStream = <V>(f: (key: string) => V): Record<string, V> =>
    Object.fromEntries(model.streams.map((s) => [s.key, f(s.key)]));
  const gateOrder = GATE_ORDER[spec.cell];

  const run: Record<string, unknown> = {
    ...inputs.meta,
    cell: spec.cell,
    nonlinearity: specOf(spec.cell).nonlinearity,
    input_size: spec.inputSize,
    hidden_size: H,
    seq_len: T,
    num_layers: spec.numLayers,
    num_directions: D,
    bidirectional: spec.bidirectional,
    gate_order: [...gateOrder],
    gate_rows: Object.fromEntries(gateOrder.map((g, k) => [g, [k * H, (k + 1) * H]])),
    weights: modelToPyTorch(model),
    x: toRows(x, T, spec.inputSize),
    h0: toRows(h0, S, H),
    ...(isLstm && c0 ? { c0: toRows(c0, S, H) } : {}),
    h: toRows(outputOf(trace), T, D * H),
    ...(isLstm && trace.layerCells ? { c: toRows(trace.layerCells[spec.numLayers - 1], T, D * H) } : {}),
    h_n: toRows(hN, S, H),
    ...(isLstm && cN ? { c_n: toRows(cN, S, H) } : {}),
    ...(spec.numLayers > 1
      ? {
          layers_h: trace.layerOutputs.map((l) => toRows(l, T, D * H)),
          ...(trace.layerCells ? { layers_c: trace.layerCells.map((l) => toRows(l, T, D * H)) } : {}),
        }
      : {}),
    gates: gatesOf(trace),
    grad: {
      loss: 'sum(h_T) = out[0, T-1, :].sum()',
      h: perStream((k) => toRows(grads.streams[k].h, T, H)),
      ...(isLstm ? { c: perStream((k) => toRows(grads.streams[k].c as Float64Array, T, H)) } : {}),
      x: toRows(grads.x, T, spec.inputSize),
      h0: toRows(concat(model.streams.map((s) => grads.streams[s.key].h0)), S, H),
      ...(isLstm
        ? { c0: toRows(concat(model.streams.map((s) => grads.streams[s.key].c0 as Float64Array)), S, H) }
        : {}),
      weights: paramsToPyTorch(
        model,
        perStream((k) => grads.streams[k].params),
      ),
    },
    jacobian_norms: perStream((k) => Array.from(jacobianNormsToFinal(trace, k))),
  };
  return run;
}

function concat(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
