/** Colour legend for the hidden-state bars: the diverging scale with its ±extent ticks. */
import { scaleLinear } from 'd3-scale';
import { stateColor } from '../charts/scales';

export function Legend({ extent }: { extent: number }) {
  const W = 180;
  const x = scaleLinear().domain([-extent, extent]).range([8, W - 8]);
  const stops = [-1, -0.5, 0, 0.5, 1];
  return (
    <svg className="legend" width={W} height={34} viewBox={`0 0 ${W} 34`} role="img" aria-label={`Bar colour: orange for negative, purple for positive, from −${fmt(extent)} to +${fmt(extent)}; bars point up for positive values.`}>
      <defs>
        <linearGradient id="legend-grad">
          {stops.map((s) => (
            <stop key={s} offset={`${((s + 1) / 2) * 100}%`} stopColor={stateColor(s)} />
          ))}
        </linearGradient>
      </defs>
      <rect x={8} y={4} width={W - 16} height={10} fill="url(#legend-grad)" stroke="currentColor" strokeWidth={0.5} />
      {[-extent, 0, extent].map((v) => (
        <text key={v} x={x(v)} y={28} textAnchor="middle">
          {v === 0 ? '0' : `${v > 0 ? '+' : '−'}${fmt(Math.abs(v))}`}
        </text>
      ))}
    </svg>
  );
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
