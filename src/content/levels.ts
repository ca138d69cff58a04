/**
 * The explainer's prose at three depths, as data. Each paragraph points at something on screen;
 * `see` names it so the page can link the words to the visual.
 */
import { HISTORY_PARAGRAPH, STORY } from './story';
import type { Paragraph } from './story';

export type { Paragraph } from './story';

export interface Level {
  id: 1 | 2 | 3;
  title: string;
  /** The disclosure's label (levels 2 and 3). */
  prompt: string;
  paragraphs: Paragraph[];
  reachFor: string[];
  skip: string[];
  code: { title: string; source: string };
}

export const LEVELS: readonly Level[] = [
  {
    id: 1,
    title: 'The intuition',
    prompt: '',
    paragraphs: [...STORY, HISTORY_PARAGRAPH],
    reachFor: [
      'short or medium sequences on limited compute',
      'on-device inference where a transformer is too heavy',
      'streaming data processed one step at a time',
      'time-series forecasting with strong temporal structure',
    ],
    skip: [
      'long sequences with long-range dependencies',
      'plenty of data and compute for a transformer',
      'the task needs exact recall of something far back: the state is a fixed-size, lossy summary',
      'language or vision tasks where pretrained transformers dominate',
    ],
    code: {
      title: 'A two-layer LSTM in PyTorch, and the shapes it returns',
      source: `import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=128, num_layers=2, batch_first=True)
x = torch.randn(32, 50, 10)          # (batch, time steps, features)
out, (h_n, c_n) = lstm(x)

print(out.shape)   # torch.Size([32, 50, 128]): h_t of the top layer at every step
print(h_n.shape)   # torch.Size([2, 32, 128]):  the last h of each layer
print(c_n.shape)   # torch.Size([2, 32, 128]):  the last cell state of each layer`,
    },
  },
  {
    id: 2,
    title: 'The gates and the math',
    prompt: 'Want the math? The gates and the equations',
    paragraphs: [
      {
        text: 'The vanilla recursion is one line: the new memory is a squashed sum of what came in (W_ih x_t) and what was remembered (W_hh h_{t−1}). The same W_ih and W_hh serve every step. Below, the equation is filled in with the selected step’s numbers.',
        see: 'the live equation',
        spot: 'live-eq',
      },
      {
        text: 'Why it vanishes: the gradient that reaches the first steps is a product of one Jacobian per step, ∂h_t/∂h_{t−1} = diag(1 − h_t²)·W_hh for the tanh cell. If the largest singular value of every factor is below 1, the product shrinks geometrically: vanishing is guaranteed. Above 1 it can grow, so exploding becomes possible, not certain (Pascanu, Mikolov & Bengio, 2013) — on the Long sequence the recurrent weight scale has to reach about ×2.5 before the first word’s signal stops decaying. The gradient-signal chart below plots the norm of that product applied to the first input, ‖∂h_t/∂x_1‖: how far h_t would move if x_1 moved a little — a gradient signal, not a measure of what is stored (the swap chart at the top is that).',
        see: 'the gradient-signal chart',
        spot: 'gradient',
      },
      {
        text: 'The LSTM (Hochreiter & Schmidhuber, 1997) keeps a separate cell state c. The forget gate f scales the old cell, the input gate i admits the candidate g, the output gate o decides how much of the cell to show as h. The 1997 cell had no forget gate — its cell state was only ever added to; the forget gate came from Gers, Schmidhuber & Cummins (1999, 2000). Because c_t = f ⊙ c_{t−1} + i ⊙ g, along the direct path c_{t−1} → c_t the gradient is multiplied only by f (other paths run through h_{t−1} into the gates and the candidate): near 1 when the gate is open (f = 1 means keep), which is what the forget-gate bias knob pushes towards; at f ≈ 0.5 the cell state halves every step.',
        see: 'the gate bars in the inspector',
        spot: 'gates',
      },
      {
        text: 'The GRU (Cho et al., 2014) merges memory and output into one state with two gates: the update gate z blends old state and candidate, the reset gate r decides how much of the old state feeds the candidate. Fewer parameters than an LSTM, often similar accuracy. PyTorch applies r to (W_hn h + b_hn), bias included, and keeps the old state as z → 1 (h_t = (1 − z) ⊙ n + z ⊙ h_{t−1}; colah’s post writes z the other way round). With random weights z sits near 0.5, so the GRU keeps about half its state per step — its half-life here is a step or two; training moves z towards 1 where memory is needed.',
        see: 'the inspector’s equations (switch the cell to GRU)',
        spot: 'inspector-eq',
      },
      {
        text: 'A bidirectional RNN runs one pass left-to-right and one right-to-left and concatenates their states, so every token sees its whole context — useful when the whole sequence is available (tagging, named entities, the encoder of a translator). It needs the whole sequence before its first output, so it cannot stream or generate text.',
        see: 'the bidirectional view (and its trained tagger)',
        spot: 'bidir',
      },
      {
        text: 'Sequence-to-sequence: an encoder RNN reads the input and hands its final state to a decoder RNN that writes the output. Everything the decoder knows passes through that one vector — the bottleneck that motivated attention.',
        see: 'the seq2seq view in level 3',
        spot: 'seq2seq',
      },
    ],
    reachFor: [
      'time-series forecasting on limited compute',
      'online classification, one step at a time',
      'small-data sequence tasks where a transformer overfits',
      'edge inference with a fixed memory budget',
    ],
    skip: [
      'compute is plentiful and a transformer fits',
      'very long sequences (> 1000 tokens) with non-local structure',
      'you want to parallelize training across time',
      'pretrained encoders exist for your domain',
    ],
    code: {
      title: 'A sequence classifier: embedding, bidirectional 2-layer LSTM, linear head',
      source: `import torch
from torch import nn

class Classifier(nn.Module):
    def __init__(self, vocab_size, n_classes, emb=64, hidden=128):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb)
        self.rnn = nn.LSTM(emb, hidden, num_layers=2, bidirectional=True,
                           dropout=0.2, batch_first=True)
        self.head = nn.Linear(2 * hidden, n_classes)

    def forward(self, tokens):                 # tokens: (batch, time)
        _, (h_n, _) = self.rnn(self.embed(tokens))
        # last layer's final states: forward is h_n[-2], backward is h_n[-1]
        both = torch.cat([h_n[-2], h_n[-1]], dim=1)
        return self.head(both)                 # (batch, n_classes)`,
    },
  },
  {
    id: 3,
    title: 'Training and what came next',
    prompt: 'Want BPTT, clipping and attention? Training and what came next',
    paragraphs: [
      {
        text: 'Backpropagation through time unrolls the network over T steps into a T-layer feed-forward net and backpropagates through it. Memory grows linearly with T, because every step’s activations are kept. The chart below puts a loss on every step, as the training loop at the end of this level does, and shows how much gradient each step receives.',
        see: 'the BPTT chart',
        spot: 'bptt',
      },
      {
        text: 'Truncated BPTT cuts the graph every k steps (h = h.detach() between chunks): cheaper, but no gradient crosses a cut, so nothing teaches the network to keep information longer than the window (the state still carries across cuts, so it can use what it happens to keep). The chunks are cut from the start, as x.split(k) makes them, each with its own loss and its own update. Move the window slider and watch the gradient restart at every cut.',
        see: 'the truncation slider',
        spot: 'truncation',
      },
      {
        text: 'Exploding gradients are tamed by clipping: torch.nn.utils.clip_grad_norm_ takes the norm of the whole parameter gradient and, when it exceeds the threshold, rescales the whole vector down to the threshold — same direction, shorter. With plain SGD that caps the step; with Adam (the snippet’s optimizer) each parameter’s step is normalised anyway, so clipping mostly tempers the moment estimates. It does nothing for vanishing gradients. Try it on the Exploding preset: the table shows the gradient norm before and after.',
        see: 'the clipping control',
        spot: 'clipping',
      },
      {
        text: 'Attention lets the decoder look back at every encoder state instead of squeezing the input into one vector: at each output step it scores every encoder state, and a softmax turns the scores into weights — computed afresh for every input, from learned parameters — that mix the states into a context vector. Bahdanau, Cho & Bengio (2014) introduced it with an additive score vᵀ tanh(W s + U h); Luong, Pham & Manning (2015) used the plain dot product s · h (the transformer later divided it by √d). The heatmap below draws either score, from models trained to reverse a sequence, and beside it how accuracy falls with length without attention. Attention without recurrence — the transformer (Vaswani et al., 2017) — then replaced RNNs for most language tasks.',
        see: 'the attention heatmap',
        spot: 'attention',
      },
      {
        text: 'State-space models bring recurrence back: a fixed-size state with linear updates, cheap per token like an RNN, long context without attention’s quadratic cost. S4 uses fixed dynamics, so it trains in parallel as a long convolution; Mamba makes the dynamics depend on the input (selective) and trains with a parallel scan — and that input-dependent selectivity is a form of gating, the LSTM’s and GRU’s idea returning. Since 2023 recurrence is back more broadly: RWKV (2023), Mamba (December 2023) and Mamba-2, Griffin, xLSTM, minGRU (level 2’s fourth gradient line, untrained on this page) and the delta-rule layers (DeltaNet, Gated DeltaNet, RWKV-7), often in hybrids with a few attention layers. Most train in parallel across time because each step’s whole update is linear in the previous state — gates and candidate read only the input, with no tanh of h — so a parallel scan or a chunked matrix product computes every step at once; xLSTM’s sLSTM keeps gates that read h and runs step by step. Their fixed-size state still limits exact copying and recall of arbitrary earlier positions.',
        see: 'the comparison table',
        spot: 'ssm',
      },
      {
        text: 'RNNs persist where their shape fits: natural streaming, tiny edge models, a bounded state for endless streams, causal real-time inference, dynamical-systems research, and as a common baseline in state-space-model papers.',
      },
    ],
    reachFor: [
      'a classic LSTM or GRU: streaming, causal, real-time inference with small edge models',
      'a classic LSTM or GRU: a baseline for state-space and linear-recurrence models',
      'a modern gated linear recurrence (Mamba-2, xLSTM, RWKV, Griffin, minGRU) or a hybrid: long streams on a bounded memory budget, trained in parallel',
      'either kind: constant cost per token, however long the stream',
    ],
    skip: [
      'a classic LSTM or GRU: training speed on long sequences matters most (they are sequential in time; modern linear recurrences are not)',
      'any fixed-size state, classic or modern: exact copying or lookup of arbitrary earlier positions',
      'you can parallelize and have pretrained transformer weights',
      'long context with global dependencies and plenty of compute',
    ],
    code: {
      title: 'Training with truncated BPTT and gradient clipping',
      source: `import torch
from torch import nn

model = nn.LSTM(input_size=1, hidden_size=64, batch_first=True)
head = nn.Linear(64, 1)
params = list(model.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=1e-3)

def train_stream(x, y, k=35, max_norm=1.0):     # x, y: (batch, T, 1)
    state = None
    for start in range(0, x.size(1), k):        # chunks of k steps
        xs, ys = x[:, start:start + k], y[:, start:start + k]
        out, state = model(xs, state)
        loss = nn.functional.mse_loss(head(out), ys)
        opt.zero_grad()
        loss.backward()
        nn.utils.clip_grad_norm_(params, max_norm)   # clip by global norm
        opt.step()
        state = tuple(s.detach() for s in state)     # truncate: cut the graph`,
    },
  },
];
