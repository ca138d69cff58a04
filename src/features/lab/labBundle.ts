/**
 * "Open in the timeline": the trained cells of the race's first seed and one held-out sequence,
 * the best cell first (solved earliest, then the lowest held-out loss), so the timeline opens on it.
 */
import { netToEngineModel, netToPyTorch } from '../../train/model';
import type { Net } from '../../train/model';
import type { RaceReport, RunnerState } from '../../train/race';
import { raceCells } from '../../train/race';
import { seededRandom } from '../../engine/random';
import { CELL_NAMES } from '../../content/cells';
import type { RaceSettings } from '../../train/settings';
import { taskById } from '../../train/tasks';
import type { TrainedBundle } from '../../state/trainedBundle';

/** `nets[i]`: the model of the first seed's i-th cell (race-wide runner i). */
export function labBundle(settings: RaceSettings, report: RaceReport, nets: readonly Net[]): TrainedBundle {
  const task = taskById(settings.task);
  // One fixed held-out sequence, the same whichever worker trained the models.
  const seq = task.sample(seededRandom(12345), 1, settings.T);
  const heldOut = report.curve.at(-1)?.loss ?? [];
  const models = raceCells(settings).map((cell, i) => {
    const net = nets[i];
    const { spec, weights } = netToEngineModel(net);
    const st = report.runners[i];
    const state =
      st.divergedAt !== null
        ? `diverged at update ${st.divergedAt}`
        : st.solvedAt !== null
          ? `solved at update ${st.solvedAt}`
          : 'not solved';
    const dict = netToPyTorch(net);
    const head = {
      outSize: net.spec.outSize,
      weight: dict['head.weight'] as number[][],
      bias: dict['head.bias'] as number[],
    };
    return {
      model: {
        cell,
        name: CELL_NAMES[cell],
        spec,
        weights,
        head,
        note: `${CELL_NAMES[cell]} after ${report.update} updates (${state})`,
      },
      rank: rankOf(st, heldOut[i] ?? null),
    };
  });
  models.sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1]);
  return {
    source: 'lab',
    title: `${task.name}, T = ${settings.T}: trained in the lab`,
    labels: task.stepLabels(seq.input.x, seq.input.T),
    inputSize: task.inputSize,
    x: Array.from(seq.input.x),
    models: models.map((m) => m.model),
  };
}

/** Solved before not solved (earlier first), a diverged cell last; then the lower held-out loss (a batch's loss is noisy). */
function rankOf(st: RunnerState, heldOutLoss: number | null): [number, number] {
  const loss = heldOutLoss !== null && Number.isFinite(heldOutLoss) ? heldOutLoss : Infinity;
  if (st.divergedAt !== null) return [Infinity, loss];
  return [st.solvedAt ?? Number.MAX_SAFE_INTEGER, loss];
}
