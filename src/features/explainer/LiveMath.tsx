/**
 * The cell's equations twice: symbolic, and filled in with the selected step's numbers (vectors
 * shortened to their first units). Hovering or focusing a symbol, in the equation or the
 * glossary, highlights it everywhere it appears.
 */
import type { FocusEvent, MouseEvent } from 'react';
import type { StreamTrace } from '../../engine';
import { prevState } from '../../engine/prevState';
import { GLOSSARY, sym } from '../../content/glossary';
import { alignRows, symbolicEquation } from '../../content/liveSymbolic';
import type { SymbolKey } from '../../content/glossary';
import type { CellFamily } from '../../state/config';
import { Tex } from '../../ui/shared/Tex';
import { shorten } from '../../ui/shared/graphemes';
import { spotHook } from '../../ui/shared/spotlight';
import { t } from '../../i18n/t';
import { formatNumber } from '../../i18n/numbers';

const SHOWN = 3;

/** A row vector in TeX: the first units and an ellipsis when there are more. */
export function vecTex(a: ArrayLike<number>, off: number, len: number): string {
  const shown = Array.from({ length: Math.min(SHOWN, len) }, (_, i) => num(a[off + i]));
  if (len > SHOWN) shown.push('\\cdots');
  return `\\begin{bmatrix}${shown.join(' & ')}\\end{bmatrix}`;
}

const num = (v: number): string =>
  Math.abs(v) >= 1e3 || (v !== 0 && Math.abs(v) < 1e-2)
    ? v.toExponential(1).replace(/e([+-]?\d+)/, '\\text{e}{$1}')
    : v.toFixed(2);

/** The cell's equations, symbolic and with step t's numbers (rows joined by `\\`). */
export function liveEquations(
  family: CellFamily,
  nonlinearity: 'tanh' | 'relu',
  tr: StreamTrace,
  t: number,
): { symbolic: string; numeric: string } {
  return {
    symbolic: symbolicEquation(family, nonlinearity),
    numeric: numericEquation(family, nonlinearity, tr, t),
  };
}

interface StepValues {
  tr: StreamTrace;
  t: number;
  nonlinearity: 'tanh' | 'relu';
  H: number;
  /** Offset of step t's gate rows. */
  o: number;
  prev: ReturnType<typeof prevState>;
  /** h_t and h_{t−1} as TeX vectors. */
  h: string;
  hp: string;
  /** Gate block k at step t, as a TeX vector. */
  gate: (k: number) => string;
  od: string;
}

/** Each cell's equations with step t's numbers in them, rows joined by `\\`. */
const NUMERIC: Record<CellFamily, (v: StepValues) => string> = {
  vanilla: ({ tr, nonlinearity, H, o, h }) => {
    const phi = sym('sigma', nonlinearity === 'relu' ? '\\mathrm{ReLU}' : '\\tanh');
    return `${sym('h', 'h_t')} = ${phi}\\Big(\\underbrace{${vecTex(tr.ih, o, H)}}_{W_{ih}x_t + b_{ih}} + \\underbrace{${vecTex(tr.hh, o, H)}}_{W_{hh}h_{t-1} + b_{hh}}\\Big) = ${h}`;
  },
  mingru: ({ tr, H, o, prev, h, gate, od }) => {
    // Both blocks read x_t alone: z_t and the candidate h̃_t (no W_hh).
    const blend = Float64Array.from({ length: H }, (_, j) => (1 - tr.gates[o + j]) * prev.h[prev.hOff + j]);
    return [
      `${sym('z', 'z_t')} = ${gate(0)},\\quad \\tilde h_t = ${gate(1)}`,
      `(1 - ${sym('z', 'z_t')}) ${od} ${sym('hprev', 'h_{t-1}')} = ${vecTex(blend, 0, H)}`,
      `${sym('h', 'h_t')} = ${vecTex(blend, 0, H)} + ${sym('z', 'z_t')} ${od} \\tilde h_t = ${h}`,
    ].join('\\\\');
  },
  lstm: ({ tr, t, H, o, prev, h, gate, od }) => {
    const c = tr.c as Float64Array;
    const cp = prev.c as Float64Array;
    const kept = Float64Array.from({ length: H }, (_, j) => tr.gates[o + H + j] * cp[prev.cOff + j]);
    const written = Float64Array.from({ length: H }, (_, j) => tr.gates[o + j] * tr.gates[o + 2 * H + j]);
    return [
      `${sym('f', 'f_t')} = ${gate(1)},\\quad ${sym('i', 'i_t')} = ${gate(0)}`,
      `${sym('g', 'g_t')} = ${gate(2)},\\quad ${sym('o', 'o_t')} = ${gate(3)}`,
      // The cell update in three rows (one row is wider than the level-2 column): what ×f keeps,
      // what +i⊙g writes, and their sum.
      `${sym('f', 'f_t')} ${od} c_{t-1} = ${gate(1)} ${od} ${vecTex(cp, prev.cOff, H)} = ${vecTex(kept, 0, H)}`,
      `${sym('i', 'i_t')} ${od} ${sym('g', 'g_t')} = ${gate(0)} ${od} ${gate(2)} = ${vecTex(written, 0, H)}`,
      `${sym('c', 'c_t')} = ${vecTex(kept, 0, H)} + ${vecTex(written, 0, H)} = ${vecTex(c, t * H, H)}`,
      `${sym('h', 'h_t')} = ${gate(3)} ${od} \\tanh(${vecTex(c, t * H, H)}) = ${h}`,
    ].join('\\\\');
  },
  gru: ({ tr, H, o, h, hp, gate, od }) =>
    [
      `${sym('r', 'r_t')} = ${gate(0)},\\quad ${sym('z', 'z_t')} = ${gate(1)}`,
      `${sym('n', 'n_t')} = \\tanh\\big(${vecTex(tr.ih, o + 2 * H, H)} + ${gate(0)} ${od} ${vecTex(tr.hh, o + 2 * H, H)}\\big) = ${gate(2)}`,
      `${sym('h', 'h_t')} = (1 - ${gate(1)}) ${od} ${gate(2)} + ${gate(1)} ${od} ${hp} = ${h}`,
    ].join('\\\\'),
};

function numericEquation(
  family: CellFamily,
  nonlinearity: 'tanh' | 'relu',
  tr: StreamTrace,
  t: number,
): string {
  const { H, G } = tr;
  const o = t * G * H;
  const prev = prevState(tr, t);
  return NUMERIC[family]({
    tr,
    t,
    nonlinearity,
    H,
    o,
    prev,
    h: vecTex(tr.h, t * H, H),
    hp: vecTex(prev.h, prev.hOff, H),
    gate: (k: number) => vecTex(tr.gates, o + k * H, H),
    od: sym('odot', '\\odot'),
  });
}

function keyOf(target: EventTarget): SymbolKey | null {
  const el = (target as Element).closest?.('[class*="sym-"]');
  const m = el?.getAttribute('class')?.match(/sym-(\w+)/);
  return m ? (m[1] as SymbolKey) : null;
}

export interface LiveMathProps {
  family: CellFamily;
  nonlinearity: 'tanh' | 'relu';
  stream: StreamTrace;
  step: number;
  label: string;
  highlight: SymbolKey | null;
  onHighlight: (k: SymbolKey | null) => void;
}

export function LiveMath({
  family,
  nonlinearity,
  stream,
  step,
  label,
  highlight,
  onHighlight,
}: LiveMathProps) {
  const { symbolic, numeric } = liveEquations(family, nonlinearity, stream, step);
  const over = (e: MouseEvent | FocusEvent) => onHighlight(keyOf(e.target));
  return (
    <div
      className={`live-math${highlight ? ` hl-${highlight}` : ''}`}
      onMouseOver={over}
      onMouseLeave={() => onHighlight(null)}
    >
      <div
        className="live-eq"
        {...spotHook('live-eq')}
        tabIndex={0}
        role="group"
        aria-label={t('math.label')}
      >
        <h3>{t('math.title')}</h3>
        <p className="scroll-cue">{t('math.scrollCue')}</p>
        <Tex tex={alignRows(symbolic)} display />
        <h3 aria-live="polite">
          {t('math.atStep', {
            step: formatNumber(step + 1),
            label: shorten(label, 24),
            shown: formatNumber(Math.min(SHOWN, stream.H)),
            units: formatNumber(stream.H),
            count: stream.H,
          })}
        </h3>
        <Tex tex={alignRows(numeric)} display />
      </div>
      <dl className="glossary" aria-label={t('math.glossary')}>
        {GLOSSARY[family].map((g) => (
          <div
            key={g.key + g.tex}
            className={`gloss${highlight === g.key ? ' active' : ''}`}
            tabIndex={0}
            onMouseEnter={() => onHighlight(g.key)}
            onFocus={() => onHighlight(g.key)}
            onBlur={() => onHighlight(null)}
          >
            <dt>
              <Tex tex={g.tex} />
            </dt>
            <dd>{g.text}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
