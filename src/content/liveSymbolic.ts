/**
 * Level 2's symbolic equations, each symbol tagged for hover-linking with the glossary. They depend
 * on the cell alone, so the build typesets them ahead (vite.config.ts, prebuiltKatex); the same
 * equations filled in with a step's numbers are made in features/explainer/LiveMath.tsx.
 */
import type { CellFamily } from '../engine/cells/vocabulary';
import { sym } from './glossary';

const x = (k: string) => sym('x', k);
const s = sym('sigma', '\\sigma');
const od = sym('odot', '\\odot');

/** Each cell's equations, rows joined by `\\`, as TeX (aligned on their first "=" by `alignRows`). */
const SYMBOLIC: Record<CellFamily, (nonlinearity: 'tanh' | 'relu') => string> = {
  vanilla: (nonlinearity) => {
    const phi = sym('sigma', nonlinearity === 'relu' ? '\\mathrm{ReLU}' : '\\tanh');
    return `${sym('h', 'h_t')} = ${phi}\\big(${sym('W', 'W_{ih}')}\\,${x('x_t')} + ${sym('b', 'b_{ih}')} + ${sym('W', 'W_{hh}')}\\,${sym('hprev', 'h_{t-1}')} + ${sym('b', 'b_{hh}')}\\big)`;
  },
  mingru: () =>
    [
      `${sym('z', 'z_t')} = ${s}(${sym('W', 'W_{iz}')}${x('x_t')} + ${sym('b', 'b_{iz}')})`,
      `${sym('htilde', '\\tilde h_t')} = ${sym('W', 'W_{i\\tilde h}')}${x('x_t')} + ${sym('b', 'b_{i\\tilde h}')}`,
      `${sym('h', 'h_t')} = (1 - ${sym('z', 'z_t')}) ${od} ${sym('hprev', 'h_{t-1}')} + ${sym('z', 'z_t')} ${od} ${sym('htilde', '\\tilde h_t')}`,
    ].join('\\\\'),
  lstm: () =>
    [
      `${sym('f', 'f_t')} = ${s}(W_{if}${x('x_t')} + b_{if} + W_{hf}${sym('hprev', 'h_{t-1}')} + b_{hf})`,
      `${sym('i', 'i_t')} = ${s}(W_{ii}${x('x_t')} + b_{ii} + W_{hi}${sym('hprev', 'h_{t-1}')} + b_{hi})`,
      `${sym('g', 'g_t')} = \\tanh(W_{ig}${x('x_t')} + b_{ig} + W_{hg}${sym('hprev', 'h_{t-1}')} + b_{hg})`,
      `${sym('o', 'o_t')} = ${s}(W_{io}${x('x_t')} + b_{io} + W_{ho}${sym('hprev', 'h_{t-1}')} + b_{ho})`,
      `${sym('c', 'c_t')} = ${sym('f', 'f_t')} ${od} c_{t-1} + ${sym('i', 'i_t')} ${od} ${sym('g', 'g_t')}`,
      `${sym('h', 'h_t')} = ${sym('o', 'o_t')} ${od} \\tanh(${sym('c', 'c_t')})`,
    ].join('\\\\'),
  gru: () =>
    [
      `${sym('r', 'r_t')} = ${s}(W_{ir}${x('x_t')} + b_{ir} + W_{hr}${sym('hprev', 'h_{t-1}')} + b_{hr})`,
      `${sym('z', 'z_t')} = ${s}(W_{iz}${x('x_t')} + b_{iz} + W_{hz}${sym('hprev', 'h_{t-1}')} + b_{hz})`,
      `${sym('n', 'n_t')} = \\tanh\\big(W_{in}${x('x_t')} + b_{in} + ${sym('r', 'r_t')} ${od} (W_{hn}${sym('hprev', 'h_{t-1}')} + b_{hn})\\big)`,
      `${sym('h', 'h_t')} = (1 - ${sym('z', 'z_t')}) ${od} ${sym('n', 'n_t')} + ${sym('z', 'z_t')} ${od} ${sym('hprev', 'h_{t-1}')}`,
    ].join('\\\\'),
};

/** Rows joined by `\\`, as TeX (aligned on their first "=" by `alignRows`). */
export function symbolicEquation(family: CellFamily, nonlinearity: 'tanh' | 'relu'): string {
  return SYMBOLIC[family](nonlinearity);
}

/** Several rows (joined by `\\`) as one `aligned` block, lined up on each row's first "=". */
export const alignRows = (tex: string): string =>
  tex.includes('\\\\')
    ? `\\begin{aligned}${tex
        .split('\\\\')
        .map((l) => l.replace('=', '&='))
        .join('\\\\')}\\end{aligned}`
    : tex;
