/**
 * The swap test at the last step only, for a few cells: how much of the first word's step-1 effect
 * is left at the end. Two forward runs per cell and nothing else, so a panel can quote it on the
 * main thread (the full Run with its comparisons and deep views is the worker's job).
 */
import { runForward } from '../engine';
import { buildModel } from './buildModel';
import { stateDistance, swappedInputs } from './run';
import type { AppConfig, CellFamily } from '../state/config';
import { parseSequence } from '../state/sequence';

export function firstWordLeft(config: AppConfig, cell: CellFamily): number {
  const seq = parseSequence(config.input.mode, config.input.text, config.seed);
  const model = buildModel(config, cell, seq.inputSize);
  const swapped = swappedInputs(seq.x, seq.inputSize, seq.labels, config.input.mode, config.seed);
  const d = stateDistance(runForward(model, seq.x), runForward(model, swapped.x));
  return d.length > 1 && d[0] > 0 ? d[d.length - 1] / d[0] : 1;
}
