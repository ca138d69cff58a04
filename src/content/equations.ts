/** The cells' equations (PyTorch's conventions) as TeX, and a glossary of their symbols. */
import type { CellFamily } from '../engine/cells/vocabulary';

export const EQUATIONS: Record<CellFamily, string> = {
  vanilla: String.raw`h_t = \phi\big(\underbrace{W_{ih}\,x_t + b_{ih}}_{\text{input term}} + \underbrace{W_{hh}\,h_{t-1} + b_{hh}}_{\text{recurrent term}}\big)`,
  lstm: String.raw`\begin{aligned}
i_t &= \sigma(W_{ii}x_t + b_{ii} + W_{hi}h_{t-1} + b_{hi})\\
f_t &= \sigma(W_{if}x_t + b_{if} + W_{hf}h_{t-1} + b_{hf})\\
g_t &= \tanh(W_{ig}x_t + b_{ig} + W_{hg}h_{t-1} + b_{hg})\\
o_t &= \sigma(W_{io}x_t + b_{io} + W_{ho}h_{t-1} + b_{ho})\\
c_t &= f_t \odot c_{t-1} + i_t \odot g_t\\
h_t &= o_t \odot \tanh(c_t)
\end{aligned}`,
  gru: String.raw`\begin{aligned}
r_t &= \sigma(W_{ir}x_t + b_{ir} + W_{hr}h_{t-1} + b_{hr})\\
z_t &= \sigma(W_{iz}x_t + b_{iz} + W_{hz}h_{t-1} + b_{hz})\\
n_t &= \tanh\big(W_{in}x_t + b_{in} + r_t \odot (W_{hn}h_{t-1} + b_{hn})\big)\\
h_t &= (1 - z_t)\odot n_t + z_t \odot h_{t-1}
\end{aligned}`,
  // Feng et al. (2024): gate and candidate read only x_t; their z weighs the *new* candidate.
  mingru: String.raw`\begin{aligned}
z_t &= \sigma(W_{iz}x_t + b_{iz})\\
\tilde h_t &= W_{i\tilde h}x_t + b_{i\tilde h}\\
h_t &= (1 - z_t)\odot h_{t-1} + z_t \odot \tilde h_t
\end{aligned}`,
};

/** The equation the inspector shows for a cell (the vanilla cell's φ is its nonlinearity). */
export function inspectorEquation(family: CellFamily, nonlinearity: 'tanh' | 'relu'): string {
  // Only the vanilla cell's equation has a φ: it is that cell's nonlinearity.
  return EQUATIONS[family].replace('\\phi', nonlinearity === 'relu' ? '\\mathrm{ReLU}' : '\\tanh');
}

/** Every equation on the first screen: typeset at build time (vite.config.ts), so no KaTeX loads for them. */
export const FIRST_SCREEN_EQUATIONS: string[] = [
  inspectorEquation('vanilla', 'tanh'),
  inspectorEquation('vanilla', 'relu'),
  inspectorEquation('lstm', 'tanh'),
  inspectorEquation('gru', 'tanh'),
  inspectorEquation('mingru', 'tanh'),
];

export const GATE_NAMES: Record<CellFamily, { key: string; tex: string; range: [number, number] | null }[]> =
  {
    // The vanilla cell has no gates: the inspector shows its input and recurrent terms instead.
    vanilla: [],
    lstm: [
      { key: 'i', tex: 'i_t', range: [0, 1] },
      { key: 'f', tex: 'f_t', range: [0, 1] },
      { key: 'g', tex: 'g_t', range: [-1, 1] },
      { key: 'o', tex: 'o_t', range: [0, 1] },
    ],
    gru: [
      { key: 'r', tex: 'r_t', range: [0, 1] },
      { key: 'z', tex: 'z_t', range: [0, 1] },
      { key: 'n', tex: 'n_t', range: [-1, 1] },
    ],
    mingru: [
      { key: 'z', tex: 'z_t', range: [0, 1] },
      // Not squashed: the candidate is affine in x_t, so its bars get the row's own scale (null).
      {
        key: 'htilde',
        tex: '\\tilde h_t',

        range: null,
      },
    ],
  };
