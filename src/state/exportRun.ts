/**
 * The current run as data a reader can take away: a JSON file in the PyTorch fixtures' schema
 * (replayable with `npm run replay`), and the PyTorch code that builds the same module.
 */
import { buildReferenceRun, modelToPyTorch } from '../engine';
import { toRows } from '../engine/model';
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

/** Python source for the current configuration; with weights, it reproduces the page's numbers. */
export function pytorchCode(run: Run, withWeights: boolean): string {
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
