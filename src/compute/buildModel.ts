/**
 * The explorer's model of one cell family for a configuration: PyTorch's default initialisation
 * (seeded), then the knobs — recurrent weight scale, the LSTM's forget bias, the GRU's update bias.
 */
import { initModel } from '../engine';
import type { Model } from '../engine';
import { engineCell, familySpec } from '../engine/cells/vocabulary';
import type { CellFamily } from '../engine/cells/vocabulary';
import type { AppConfig } from '../state/config';

export function buildModel(
  config: AppConfig,
  family: CellFamily,
  inputSize: number,
  bidirectional = false,
): Model {
  const H = config.hidden;
  const model = initModel(
    { cell: engineCell(family, config.nonlinearity), inputSize, hiddenSize: H, numLayers: 1, bidirectional },
    config.seed,
  );
  // initModel draws streams in order, so the forward stream is the same with or without a reverse one.
  for (const s of model.streams) {
    const p = model.params[s.key];
    for (let i = 0; i < p.wHh.length; i++) p.wHh[i] *= config.weightScale;
    // The gate that keeps memory (LSTM f, GRU z) is set by its own knob.
    const keep = familySpec(family).retention;
    const rows = keep ? [keep.block * H, (keep.block + 1) * H] : [0, 0];
    if (keep?.knob === 'updateBias') {
      // The GRU's update bias shifts b_iz, keeping PyTorch's random init under it.
      for (let j = rows[0]; j < rows[1]; j++) p.bIh[j] += config.updateBias;
    }
    if (keep?.knob === 'forgetBias') {
      // The LSTM's knob sets the total forget bias.
      for (let j = rows[0]; j < rows[1]; j++) {
        p.bIh[j] = config.forgetBias;
        p.bHh[j] = 0;
      }
    }
  }
  return model;
}
