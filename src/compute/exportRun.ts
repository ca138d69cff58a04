/**
 * The current run as data a reader can take away: a JSON file in the PyTorch fixtures' schema
 * (replayable with `npm run replay`), and the PyTorch code that builds the same module.
 */
import { buildReferenceRun, modelToPyTorch } from '../engine';
import { toRows } from '../engine/model';
import { outputOf } from '../engine/forward';
import type { Run } from './run';
import { hasCellState, hasTorchModule, specOf } from '../engine/cells/vocabulary';

export function runToReferenceJson(run: Run): Record<string, unknown> {
  const { model, x } = run.trace;
  const S = model.streams.length;
  const H = model.spec.hiddenSize;
  return buildReferenceRun({
    model,
    x,
    h0: new Float64Array(S * H),
    c0: hasCellState(model.spec.cell) ? new Float64Array(S * H) : null,
    meta: {
      case: 'rnn-explainer-export',
      kind: 'base',
      batch_first: true,
      batch: 1,
      dtype: 'float64',
      tokens: run.labels,
    },
  });
}

/** The module the script builds: torch's own, or the one it defines (the minGRU's, below). */
const moduleName = (cell: Parameters<typeof specOf>[0]) => specOf(cell).torchModule ?? 'MinGRU';

/**
 * PyTorch has no minGRU: the script defines one (Feng et al. 2024's equations, one layer, the
 * explorer's parameter names) with nn.RNN's calling convention, so the rest of the script is the same.
 */
const MIN_GRU_MODULE = [
  '',
  'class MinGRU(nn.Module):',
  '    # minGRU (Feng et al. 2024): z = sigmoid(W_iz x + b_iz), h~ = W_ih~ x + b_ih~, h = (1 - z) * h + z * h~',
  '    def __init__(self, input_size, hidden_size, num_layers=1, batch_first=True):',
  '        super().__init__()',
  '        self.hidden_size = hidden_size',
  '        # Rows 0..H-1: the update gate z (W_iz); rows H..2H-1: the candidate h~ (W_ih~). No recurrent weights.',
  '        self.weight_ih_l0 = nn.Parameter(torch.empty(2 * hidden_size, input_size))',
  '        self.bias_ih_l0 = nn.Parameter(torch.empty(2 * hidden_size))',
  '        # As the explorer draws them (and nn.RNN does): every parameter ~ U(-1/sqrt(H), 1/sqrt(H)).',
  '        for p in self.parameters():',
  '            nn.init.uniform_(p, -hidden_size ** -0.5, hidden_size ** -0.5)',
  '',
  '    def forward(self, x):',
  '        a = x @ self.weight_ih_l0.T + self.bias_ih_l0',
  '        z, cand = torch.sigmoid(a[..., : self.hidden_size]), a[..., self.hidden_size :]',
  '        h = x.new_zeros(x.shape[0], self.hidden_size)',
  '        out = []',
  '        for t in range(x.shape[1]):',
  '            h = (1 - z[:, t]) * h + z[:, t] * cand[:, t]',
  '            out.append(h)',
  '        return torch.stack(out, 1), h.unsqueeze(0)',
  '',
];

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
  const args = [
    `input_size=${spec.inputSize}`,
    `hidden_size=${spec.hiddenSize}`,
    `num_layers=${spec.numLayers}`,
  ];
  if (specOf(spec.cell).nonlinearity === 'relu') args.push("nonlinearity='relu'");
  if (spec.bidirectional) args.push('bidirectional=True');
  args.push('batch_first=True');
  const lines = [
    'import torch',
    'from torch import nn',
    '',
    'torch.set_default_dtype(torch.float64)  # the explainer computes in float64',
    ...(hasTorchModule(spec.cell) ? [] : MIN_GRU_MODULE),
    `model = ${moduleName(spec.cell)}(${args.join(', ')})`,
  ];
  if (withWeights) {
    const w = modelToPyTorch(run.trace.model);
    // A trained bundle may lack this cell (no trained minGRU): then its weights are the random ones.
    const trained = run.trained?.models.some((m) => m.cell === spec.cell) ? run.trained : null;
    lines.push(
      '',
      trained
        ? `# Weights trained in the explainer\u2019s lab: ${trained.title}`
        : '# The explainer\u2019s weights (seeded, untrained)',
      'state = {',
    );
    for (const [name, v] of Object.entries(w))
      lines.push(`    ${JSON.stringify(name)}: torch.tensor(${pyList(v)}),`);
    lines.push('}', 'model.load_state_dict(state)');
  }
  const T = run.trace.T;
  lines.push(
    '',
    `# The sequence: ${T} step${T === 1 ? '' : 's'} (${run.labels
      .slice(0, 6)
      .map((l) => JSON.stringify(l))
      .join(', ')}${T > 6 ? ', …' : ''})`,
    `x = torch.tensor([${pyList(toRows(run.trace.x, T, spec.inputSize))}])  # (batch=1, T, input_size)`,
    hasCellState(spec.cell) ? 'out, (h_n, c_n) = model(x)' : 'out, h_n = model(x)',
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
