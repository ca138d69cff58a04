/**
 * The lab's trained models as a file a reader can keep or send: each model's parameters under the
 * names and in the order of the training fixtures (`rnn.weight_ih_l0` … `head.weight`, `head.bias`,
 * as PyTorch's `named_parameters()` gives them), with the sequence the timeline shows — and the
 * PyTorch code that loads it. A link cannot carry the weights (tens of kilobytes); this file can.
 */
import type { TrainedBundle } from '../state/trainedBundle';
import { hasTorchModule } from '../engine/cells/vocabulary';

export const MODEL_FILE_NAME = 'rnn-lab-model.json';

export interface ModelFile {
  format: 'rnn-explainer-model';
  version: 1;
  title: string;
  /** The sequence the timeline shows: T rows of input_size. */
  labels: string[];
  x: number[][];
  models: {
    cell: string;
    name: string;
    note: string;
    input_size: number;
    hidden_size: number;
    num_layers: number;
    out: number;
    param_names: string[];
    params: Record<string, number[] | number[][]>;
  }[];
}

/** Whether every model of the bundle has its readout head, so the file holds whole models. */
export const canDownload = (b: TrainedBundle): boolean =>
  b.models.length > 0 && b.models.every((m) => m.head !== undefined);

export function modelFile(b: TrainedBundle): ModelFile {
  const I = b.inputSize;
  const T = b.labels.length;
  return {
    format: 'rnn-explainer-model',
    version: 1,
    title: b.title,
    labels: b.labels,
    x: Array.from({ length: T }, (_, t) => b.x.slice(t * I, (t + 1) * I)),
    models: b.models.map((m) => {
      const params: Record<string, number[] | number[][]> = {};
      for (let l = 0; l < m.spec.numLayers; l++) {
        // The minGRU has no recurrent weights: its engine format leaves weight_hh out, and so does the file.
        for (const k of ['weight_ih', 'weight_hh', 'bias_ih', 'bias_hh'])
          if (m.weights[`${k}_l${l}`] !== undefined) params[`rnn.${k}_l${l}`] = m.weights[`${k}_l${l}`];
      }
      if (m.head) {
        params['head.weight'] = m.head.weight;
        params['head.bias'] = m.head.bias;
      }
      return {
        cell: m.cell,
        name: m.name,
        note: m.note,
        input_size: m.spec.inputSize,
        hidden_size: m.spec.hiddenSize,
        num_layers: m.spec.numLayers,
        out: m.head?.outSize ?? 0,
        param_names: Object.keys(params),
        params,
      };
    }),
  };
}

/** Loads the file into PyTorch modules and prints each one's last hidden state on the file's sequence. */
export function modelFileCode(b: TrainedBundle): string {
  const skipped = b.models.filter((m) => !hasTorchModule(m.cell)).map((m) => m.name);
  return [
    'import json, torch, torch.nn as nn',
    'torch.set_default_dtype(torch.float64)',
    `f = json.load(open("${MODEL_FILE_NAME}"))`,
    'RNN = {"rnn_tanh": nn.RNN, "rnn_relu": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}',
    '',
    "class Model(nn.Module):  # the lab's model: a recurrent layer stack and a linear head",
    '    def __init__(self, m):',
    '        super().__init__()',
    '        kw = {"nonlinearity": "relu"} if m["cell"] == "rnn_relu" else {}',
    '        self.rnn = RNN[m["cell"]](m["input_size"], m["hidden_size"], num_layers=m["num_layers"], batch_first=True, **kw)',
    '        self.head = nn.Linear(m["hidden_size"], m["out"])',
    '',
    '    def forward(self, x):',
    '        seq, _ = self.rnn(x)',
    '        return self.head(seq)',
    '',
    'models = {}',
    'for m in f["models"]:',
    `    if m["cell"] not in RNN:  # ${skipped.length > 0 ? `${skipped.join(', ')}: not a PyTorch module` : 'a cell PyTorch has no module for'}`,
    '        continue',
    '    model = Model(m)',
    '    model.load_state_dict({k: torch.tensor(v) for k, v in m["params"].items()})',
    '    models[m["cell"]] = model',
    '',
    'x = torch.tensor(f["x"]).unsqueeze(0)  # the sequence the page shows: (1, T, input_size)',
    'for cell, model in models.items():',
    '    seq, _ = model.rnn(x)',
    "    print(cell, json.dumps(seq[0, -1].tolist()))  # h_T, as on the page's last step",
  ].join('\n');
}
