// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildReferenceRun, parseRunInputs } from '../../src/engine';
import { pytorchCode, runToReferenceJson } from '../../src/compute/exportRun';
import { presetById } from '../../src/state/presets';
import { computeRun } from '../../src/compute/run';

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
    expect(code).toContain(
      "model = nn.RNN(input_size=8, hidden_size=16, num_layers=1, nonlinearity='relu', batch_first=True)",
    );
    expect(code).not.toContain('load_state_dict');
    const lstm = pytorchCode(computeRun(presetById('lstm')!.config), true);
    expect(lstm).toContain('nn.LSTM(');
    expect(lstm).toContain('"weight_hh_l0": torch.tensor([[');
    expect(lstm).toContain('out, (h_n, c_n) = model(x)');
  });

  it("the PyTorch script prints the selected step and h_T, and with weights carries the page's numbers to compare — which its own inputs reproduce", () => {
    const run = computeRun({ ...presetById('long')!.config, cell: 'gru' });
    const code = pytorchCode(run, true, 50);
    // Valid Python (parsed by the real parser, not a regex).
    execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: code });
    expect(code).toContain('step = 51  # the step selected on the page (1-based)');
    expect(code).toContain("print(f'h_{step} =', out[0, step - 1])");
    expect(code).toMatch(/print\(f'largest difference from the page: \{diff:\.1e\}'\)/);
    const tensor = (name: string) =>
      JSON.parse(new RegExp(`^${name} = torch\\.tensor\\((.*)\\)$`, 'm').exec(code)![1]) as number[];
    // Rebuild the run from the script's own weights and input, as PyTorch would (the engine matches
    // PyTorch to ~1e-15 on the fixtures), and compare with the numbers the script will check against.
    const weights = Object.fromEntries(
      Array.from(code.matchAll(/^ {4}"([\w.]+)": torch\.tensor\((.*)\),$/gm), (m) => [
        m[1],
        JSON.parse(m[2]),
      ]),
    );
    const x = JSON.parse(/^x = torch\.tensor\(\[(.*)\]\)/m.exec(code)![1]) as number[][];
    const json = { ...runToReferenceJson(run), weights, x };
    const again = buildReferenceRun(parseRunInputs(JSON.parse(JSON.stringify(json)))) as { h: number[][] };
    const maxDiff = (a: number[], b: number[]) => Math.max(...a.map((v, j) => Math.abs(v - b[j])));
    expect(maxDiff(tensor('page_h_step'), again.h[50])).toBe(0);
    expect(maxDiff(tensor('page_h_T'), again.h[again.h.length - 1])).toBe(0);
    // And they are the page's numbers: the GRU's h at step 51 on the timeline.
    const H = run.config.hidden;
    expect(tensor('page_h_step')).toEqual(Array.from(run.traces.gru.streams.l0.h.subarray(50 * H, 51 * H)));
    // Without weights, no comparison is claimed.
    expect(pytorchCode(run, false, 50)).not.toContain('largest difference');
  });
});

describe('export of a minGRU run (a cell PyTorch has no module for)', () => {
  const run = computeRun({ ...presetById('long')!.config, cell: 'mingru' });

  it('writes JSON without recurrent weights that replays to the same numbers', () => {
    const json = runToReferenceJson(run) as {
      h: number[][];
      cell: string;
      weights: Record<string, unknown>;
      gates: Record<string, Record<string, number[][]>>;
    };
    expect(json.cell).toBe('mingru');
    expect(Object.keys(json.weights).sort()).toEqual(['bias_ih_l0', 'weight_ih_l0']);
    // Its two blocks by name, one row per step: z in (0, 1), and h̃ the trace's candidate.
    const T = run.labels.length;
    const H = run.config.hidden;
    expect(Object.keys(json.gates.l0)).toEqual(['z', 'htilde']);
    expect(json.gates.l0.z).toHaveLength(T);
    expect(json.gates.l0.z.flat().every((v) => v > 0 && v < 1)).toBe(true);
    expect(json.gates.l0.htilde[5]).toEqual(
      Array.from(run.trace.streams.l0.gates.subarray(5 * 2 * H + H, 6 * 2 * H)),
    );
    const again = buildReferenceRun(parseRunInputs(JSON.parse(JSON.stringify(json)))) as { h: number[][] };
    expect(again.h).toEqual(json.h);
  });

  it('writes a Python script that defines the MinGRU module it uses, with the page’s weights', () => {
    const code = pytorchCode(run, true, 50);
    execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: code });
    expect(code).toContain('class MinGRU(nn.Module):');
    expect(code).toContain('model = MinGRU(input_size=8, hidden_size=');
    expect(code).toContain('"weight_ih_l0": torch.tensor([[');
    expect(code).not.toContain('weight_hh_l0');
  });
});
