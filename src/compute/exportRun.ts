/**
 * The current run as data a reader can take away: a JSON file in the PyTorch fixtures' schema
 * (replayable with `npm run replay`), and the PyTorch code that builds the same module.
 */
import { buildReferenceRun, modelToPyTorch } from '../engine';
import { toRows } from '../engine/model';
import { outputOf } from '../engine/forward';
import type { Run } from './run';

export function runToReferenceJson(run: Run): Record<string, unknown> {
  const { model, x } = run.trace;
  const S = model.streams.length;
  const H = model.spec.hiddenSize;
  return buildReferenceRun({
    model,
    x,
    h0: new Float64Array(S * H),
    c0: model.spec.cell === 'lstm' ? new Float64Array(S * H) : null,
    meta: { case: 'rnn-explainer-export', kind: 'base', batch_first: true, batch: 1, dtype: 'float64', tokens: run.labels },
  });
}

const MODULE: Record<string, string> = { rnn_tanh: 'nn.RNN', rnn_relu: 'nn.RNN', lstm: 'nn.LSTM', gru: 'nn.GRU' };

const pyList = (v: unknown): string => JSON.stringify(v);

/**
 * Python source for the current configuration. It prints what it claims to reproduce — the hidden
 * state at the selected step (0-based `step`) and at the last step — and, with the weights, checks
 * them against the page's own numbers written into the script, printing the largest difference.
 */
export function pytorchCode(run: Run, withWeights: boolean, step = 0): string {
  return `${pytorchModelCode(run, withWeights)}\n${pytorchCheckCode(run, withWeights, step)}`;
}

/** The module, its weights (optionally) and the forward pass: depends on the run only. */
export function pytorchModelCode(run: Run, withWeights: boolean): string {
  const { spec } = run.trace.model;
  const args = [`input_size=${spec.inputSize}`, `hidden_size=${spec.hiddenSize}`, `num_layers=${spec.numLayers}`];
  if (spec.cell === 'rnn_relu') args.push("nonlinearity='relu'");
  if (spec.bidirectional) args.push('bidirectional=True');
  args.push('batch_first=True');
  const lines = [
    'import torch',
    'from torch import nn',
    '',
    'torch.set_default_dtype(torch.float64)  # the explainer computes in float64',
    `model = ${MODULE[spec.cell]}(${args.join(', ')})`,
  ];
  if (withWeights) {
    const w = modelToPyTorch(run.trace.model);
    lines.push('', run.trained ? `# Weights trained in the explainer\u2019s lab: ${run.trained.title}` : '# The explainer\u2019s weights (seeded, untrained)', 'state = {');
    for (const [name, v] of Object.entries(w)) lines.push(`    ${JSON.stringify(name)}: torch.tensor(${pyList(v)}),`);
    lines.push('}', 'model.load_state_dict(state)');
  }
  const T = run.trace.T;
  lines.push(
    '',
    `# The sequence: ${T} step${T === 1 ? '' : 's'} (${run.labels.slice(0, 6).map((l) => JSON.stringify(l)).join(', ')}${T > 6 ? ', …' : ''})`,
    `x = torch.tensor([${pyList(toRows(run.trace.x, T, spec.inputSize))}])  # (batch=1, T, input_size)`,
    spec.cell === 'lstm' ? 'out, (h_n, c_n) = model(x)' : 'out, h_n = model(x)',
    'print(out.shape)  # (1, T, hidden_size): h_1 .. h_T, the bars on the timeline',
  );
  return lines.join('\n');
}

/** What the script prints for the selected step, and (with weights) its comparison with the page. */
export function pytorchCheckCode(run: Run, withWeights: boolean, step: number): string {
  const T = run.trace.T;
  const out = outputOf(run.trace);
  const s = Math.min(Math.max(0, step), T - 1);
  const lines = [
    '',
    `step = ${s + 1}  # the step selected on the page (1-based)`,
    'torch.set_printoptions(precision=6, linewidth=120)',
    "print(f'h_{step} =', out[0, step - 1])",
    `print('h_T =', out[0, -1])  # h_${T}, the memory after the last token`,
  ];
  if (withWeights) {
    // The page's numbers at full float64 precision (JSON writes the shortest exact decimal).
    const D = out.length / T;
    const row = (t: number) => pyList(Array.from(out.subarray(t * D, (t + 1) * D)));
    lines.push(
      '',
      '# The same two states as the page computed them, to compare:',
      `page_h_step = torch.tensor(${row(s)})`,
      `page_h_T = torch.tensor(${row(T - 1)})`,
      'diff = max((out[0, step - 1] - page_h_step).abs().max().item(), (out[0, -1] - page_h_T).abs().max().item())',
      "print(f'largest difference from the page: {diff:.1e}')  # ~1e-15: the same numbers",
    );
  }
  return lines.join('\n');
}
