/**
 * The levels' PyTorch examples, as PyTorch users write them (their comments stay English, as the
 * code's names do; highlighted at build time, vite.config.ts).
 */

export const TWO_LAYER_SHAPES = `import torch
from torch import nn

lstm = nn.LSTM(input_size=10, hidden_size=128, num_layers=2, batch_first=True)
x = torch.randn(32, 50, 10)          # (batch, time steps, features)
out, (h_n, c_n) = lstm(x)

print(out.shape)   # torch.Size([32, 50, 128]): h_t of the top layer at every step
print(h_n.shape)   # torch.Size([2, 32, 128]):  the last h of each layer
print(c_n.shape)   # torch.Size([2, 32, 128]):  the last cell state of each layer`;

export const BIDIRECTIONAL_CLASSIFIER = `import torch
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
        return self.head(both)                 # (batch, n_classes)`;

export const TRUNCATED_BPTT = `import torch
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
        state = tuple(s.detach() for s in state)     # truncate: cut the graph`;
