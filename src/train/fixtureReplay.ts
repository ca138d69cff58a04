/**
 * A PyTorch training fixture (tests/fixtures/training/README.md) recomputed from its inputs alone
 * — model, loss, optimizer, clip, init_params, batches — into the same schema: steps[k].loss,
 * grad_norm, clipped, clip_coef, params_after; grads_step0; final_outputs.
 */
import { EngineError } from '../engine/errors';
import { netFromPyTorch, netToPyTorch } from './model';
import type { Net, NetSpec } from './model';
import { forwardNet, outputsBatchFirst } from './network';
import type { HeadOn } from './network';
import { createOptimizer } from './optimizers';
import type { OptimizerSpec } from './optimizers';
import { trainStep } from './step';
import type { Batch, StepSettings } from './step';
import type { CellKind } from '../engine/types';

/** The fields of a training fixture that are outputs to recompute; everything else is an input. */
export const TRAINING_OUTPUT_FIELDS = ['steps', 'grads_step0', 'final_outputs', 'checks'];

/** A training fixture with its outputs removed: what a replay may read. */
export function trainingInputsOnly(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([k]) => !TRAINING_OUTPUT_FIELDS.includes(k)));
}

export interface TrainingCase {
  raw: Record<string, unknown>;
  spec: NetSpec;
  settings: StepSettings;
  optimizer: OptimizerSpec;
  net: Net;
  batches: Batch[];
}

const CELLS: CellKind[] = ['rnn_tanh', 'rnn_relu', 'lstm', 'gru'];

function obj(v: unknown, what: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new EngineError('invalid_input', `${what} must be an object`);
  return v as Record<string, unknown>;
}

function num(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v))
    throw new EngineError('invalid_input', `${what} must be a finite number`);
  return v;
}

/** Flatten a nested numeric array of the given shape (row-major), checking the shape. */
function flat(v: unknown, shape: number[], what: string): number[] {
  if (shape.length === 0) return [num(v, what)];
  if (!Array.isArray(v) || v.length !== shape[0])
    throw new EngineError('shape_mismatch', `${what} must have ${shape[0]} entries along its axis`);
  return v.flatMap((e, i) => flat(e, shape.slice(1), `${what}[${i}]`));
}

export function parseTrainingCase(input: unknown): TrainingCase {
  const raw = obj(input, 'the training case');
  const model = obj(raw.model, 'model');
  const cellName = model.cell;
  if (typeof cellName !== 'string' || !CELLS.includes(cellName as CellKind))
    throw new EngineError('unknown_cell', `unknown cell "${String(cellName)}"`);
  const spec: NetSpec = {
    cell: cellName as CellKind,
    inputSize: num(model.input_size, 'model.input_size'),
    hiddenSize: num(model.hidden_size, 'model.hidden_size'),
    numLayers: num(model.num_layers, 'model.num_layers'),
    outSize: num(model.out_size, 'model.out_size'),
  };
  const loss = obj(raw.loss, 'loss');
  const kind = loss.kind === 'mse' ? 'mse' : loss.kind === 'cross_entropy' ? 'cross_entropy' : null;
  const on: HeadOn | null = loss.on === 'last' ? 'last' : loss.on === 'all' ? 'all' : null;
  if (!kind || !on)
    throw new EngineError('invalid_input', 'loss.kind must be mse or cross_entropy and loss.on last or all');
  const o = obj(raw.optimizer, 'optimizer');
  let optimizer: OptimizerSpec;
  if (o.name === 'adam') {
    const betas = flat(o.betas, [2], 'optimizer.betas') as [number, number];
    optimizer = { name: 'adam', lr: num(o.lr, 'optimizer.lr'), betas, eps: num(o.eps, 'optimizer.eps') };
  } else if (o.name === 'sgd') {
    optimizer = {
      name: 'sgd',
      lr: num(o.lr, 'optimizer.lr'),
      momentum: num(o.momentum ?? 0, 'optimizer.momentum'),
    };
  } else throw new EngineError('invalid_input', `unknown optimizer "${String(o.name)}"`);
  const clip = raw.clip === null || raw.clip === undefined ? null : num(raw.clip, 'clip');
  const B = num(raw.batch_size, 'batch_size');
  const T = num(raw.seq_len, 'seq_len');
  const net = netFromPyTorch(spec, obj(raw.init_params, 'init_params'));
  if (!Array.isArray(raw.batches) || raw.batches.length === 0)
    throw new EngineError('invalid_input', 'batches must be a non-empty list');
  const batches: Batch[] = raw.batches.map((bv, k) => {
    const b = obj(bv, `batches[${k}]`);
    const x = Float64Array.from(flat(b.x, [B, T, spec.inputSize], `batches[${k}].x`));
    const yShape =
      kind === 'mse'
        ? on === 'last'
          ? [B, spec.outSize]
          : [B, T, spec.outSize]
        : on === 'last'
          ? [B]
          : [B, T];
    const y = flat(b.y, yShape, `batches[${k}].y`);
    const targets = kind === 'mse' ? { kind, y: Float64Array.from(y) } : { kind, y: Int32Array.from(y) };
    return { input: { B, T, x }, targets } as Batch;
  });
  return { raw, spec, settings: { loss: kind, on, clip }, optimizer, net, batches };
}

function nest(a: Float64Array, shape: number[]): unknown {
  if (shape.length === 1) return Array.from(a);
  const step = a.length / shape[0];
  return Array.from({ length: shape[0] }, (_, i) =>
    nest(a.subarray(i * step, (i + 1) * step), shape.slice(1)),
  );
}

/** Run every step of the case and return its outputs in the fixture schema (inputs copied through). */
export function replayTrainingCase(c: TrainingCase): Record<string, unknown> {
  const opt = createOptimizer(
    c.optimizer,
    c.net.params.map((p) => p.data.length),
  );
  const steps: Record<string, unknown>[] = [];
  let grads0: Float64Array[] | undefined;
  c.batches.forEach((batch, k) => {
    const r = trainStep(c.net, opt, batch, c.settings, k === 0);
    if (k === 0) grads0 = r.rawGrads;
    steps.push({
      loss: r.loss,
      grad_norm: r.gradNorm,
      clipped: c.settings.clip !== null && r.clipCoef < 1,
      clip_coef: c.settings.clip === null ? null : r.clipCoef,
      params_after: netToPyTorch(c.net),
    });
  });
  const last = c.batches[c.batches.length - 1];
  const trace = forwardNet(c.net, last.input, c.settings.on);
  const { B, T } = last.input;
  const out = outputsBatchFirst(trace, c.spec.outSize);
  const finalShape = c.settings.on === 'last' ? [B, c.spec.outSize] : [B, T, c.spec.outSize];
  const grads_step0: Record<string, unknown> = {};
  c.net.params.forEach((p, i) => {
    grads_step0[p.name] = p.matrix
      ? nest((grads0 as Float64Array[])[i], [p.rows, p.cols])
      : Array.from((grads0 as Float64Array[])[i]);
  });
  return { ...trainingInputsOnly(c.raw), steps, grads_step0, final_outputs: nest(out, finalShape) };
}

export function isTrainingCase(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && 'batches' in raw && 'init_params' in raw;
}
