/**
 * RNN vs attention vs state-space models, per new token. Every row counts the same things: the
 * weight multiplies (input, recurrent or projection matrices, O(d²)) plus whatever mixes
 * information across time.
 */
export const SSM_ROWS = [
  {
    model: 'RNN / LSTM / GRU',
    step: 'O(d^2)',
    state: 'O(d)',
    train: 'no — step t needs step t−1',
    path: 'O(N)',
  },
  {
    model: 'Attention (transformer)',
    step: 'O(d^2 + N\\,d)',
    state: 'O(N\\,d)\\ \\text{(KV cache)}',
    train: 'yes — all positions at once',
    path: 'O(1)',
  },
  {
    model: 'State-space, fixed dynamics (S4)',
    step: 'O(d^2 + d\\,n)',
    state: 'O(d\\,n)',
    train: 'yes — as one long convolution',
    path: 'O(N)',
  },
  {
    model: 'State-space, selective (Mamba)',
    step: 'O(d^2 + d\\,n)',
    state: 'O(d\\,n)',
    train: 'yes — parallel scan (input-dependent dynamics rule out a fixed convolution)',
    path: 'O(N)',
  },
];
