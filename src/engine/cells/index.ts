/** Each cell's kernel, by kind (the arithmetic of one step, written once per cell: rnn.ts, lstm.ts, gru.ts, minGru.ts). */
import { GRU } from './gru';
import type { CellKernel } from './kernel';
import { LSTM } from './lstm';
import { MIN_GRU } from './minGru';
import { RNN_RELU, RNN_TANH } from './rnn';
import type { CellKind } from './vocabulary';

const KERNELS: Record<CellKind, CellKernel> = {
  rnn_tanh: RNN_TANH,
  rnn_relu: RNN_RELU,
  lstm: LSTM,
  gru: GRU,
  mingru: MIN_GRU,
};

export const kernelFor = (cell: CellKind): CellKernel => KERNELS[cell];

export { gradRefs, stepRefs } from './kernel';
export type { Activations, CellKernel, FloatArray, GradRefs, StepRefs } from './kernel';
