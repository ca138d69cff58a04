// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildReferenceRun, parseRunInputs } from '../../src/engine';
import { pytorchCode, runToReferenceJson } from '../../src/state/exportRun';
import { presetById } from '../../src/state/presets';
import { computeRun } from '../../src/state/run';

describe('export of the current run', () => {
  it('writes a fixture-schema JSON whose recomputation from its inputs gives the same numbers', () => {
    const run = computeRun({ ...presetById('lstm')!.config });
    const json = runToReferenceJson(run) as { h: number[][]; cell: string; weights: Record<string, unknown> };
    expect(json.cell).toBe('lstm');
    const T = run.labels.length;
    const H = run.config.hidden;
    json.h.forEach((row, t) => row.forEach((v, j) => expect(v).toBe(run.trace.streams.l0.h[t * H + j])));
    expect(json.h).toHaveLength(T);
    const again = buildReferenceRun(parseRunInputs(JSON.parse(JSON.stringify(json)))) as { h: number[][] };
    expect(again.h).toEqual(json.h);
  });

  it('writes PyTorch code with the module, sizes and nonlinearity of the configuration', () => {
    const relu = computeRun(presetById('exploding')!.config);
    const code = pytorchCode(relu, false);
    expect(code).toContain("model = nn.RNN(input_size=8, hidden_size=16, num_layers=1, nonlinearity='relu', batch_first=True)");
    expect(code).not.toContain('load_state_dict');
    const lstm = pytorchCode(computeRun(presetById('lstm')!.config), true);
    expect(lstm).toContain('nn.LSTM(');
    expect(lstm).toContain('"weight_hh_l0": torch.tensor([[');
    expect(lstm).toContain('out, (h_n, c_n) = model(x)');
  });
});
