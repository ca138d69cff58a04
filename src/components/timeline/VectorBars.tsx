/** A vector as a row of small bars (one per unit) with a text summary, for the inspector. */
import { scaleLinear } from 'd3-scale';
import { fmt, gateColor, stateColor } from '../charts/scales';

export interface VectorBarsProps {
  name: string;
  values: ArrayLike<number>;
  /** [-e, e] for states (diverging colour), [0, 1] for gates (sequential colour). */
  range: [number, number];
  highlighted?: boolean;
}

export function summary(values: ArrayLike<number>): { mean: number; min: number; max: number } {
  let s = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    s += values[i];
    min = Math.min(min, values[i]);
    max = Math.max(max, values[i]);
  }
  return { mean: s / values.length, min, max };
}

export function VectorBars({ name, values, range, highlighted }: VectorBarsProps) {
  const n = values.length;
  const W = 220;
  const Hh = 36;
  const bw = W / n;
  const [lo, hi] = range;
  const diverging = lo < 0;
  const y = scaleLinear().domain([lo, hi]).range([Hh, 0]).clamp(true);
  const base = diverging ? y(0) : Hh;
  const { mean, min, max } = summary(values);
  const text = `${name}: mean ${fmt(mean)}, min ${fmt(min)}, max ${fmt(max)}`;
  return (
    <div className={`vbars${highlighted ? ' highlighted' : ''}`}>
      <span className="vbars-name">{name}</span>
      <svg width={W} height={Hh} viewBox={`0 0 ${W} ${Hh}`} role="img" aria-label={text} preserveAspectRatio="none">
        <line x1={0} x2={W} y1={base} y2={base} className="zero-line" />
        {Array.from({ length: n }, (_, j) => {
          const v = values[j];
          const top = Math.min(y(v), base);
          return (
            <rect
              key={j}
              x={j * bw + (bw > 3 ? 0.5 : 0)}
              width={Math.max(bw - (bw > 3 ? 1 : 0), 0.6)}
              y={top}
              height={Math.max(Math.abs(y(v) - base), 0.5)}
              fill={diverging ? stateColor(v / hi) : gateColor(v)}
            >
              <title>{`unit ${j + 1}: ${fmt(v)}`}</title>
            </rect>
          );
        })}
      </svg>
      <span className="vbars-value">
        mean <strong>{fmt(mean)}</strong>
      </span>
    </div>
  );
}
