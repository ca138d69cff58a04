/** The attention race's chart: each seed's held-out exact-sequence accuracy by update, one colour and dash per model. */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { RACE_ATTENTION, SOLVED_EXACT } from '../../train/seq2seq/attentionRace';
import type { AttentionRaceReport, AttentionRunner } from '../../train/seq2seq/attentionRace';
import { wholePct } from '../../compute/format';
import { useFitWidth } from '../../ui/shared/useFitWidth';
import { LineKey } from '../../ui/charts/LineKey';

export const RACE_NAMES = ['Without attention', 'With attention (dot product)'];
const COLORS = ['#d55e00', '#0072b2'];
const DASH = ['6 4', undefined];

const HEIGHT = 170;
const M = { left: 44, right: 12, top: 10, bottom: 36 };

/** `means`: each model's mean held-out share over its runs (raceOutcome's), for the chart's label. */
export function RaceChart({
  curve,
  updates,
  runners,
  means,
}: {
  curve: AttentionRaceReport['curve'];
  updates: number;
  runners: AttentionRunner[];
  means: number[];
}) {
  const kind = (r: AttentionRunner) => RACE_ATTENTION.indexOf(r.attention);
  const { ref, width } = useFitWidth(460);
  const x = scaleLinear()
    .domain([0, updates])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([HEIGHT - M.bottom, M.top]);
  return (
    <div ref={ref}>
      <svg
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={`Held-out share reversed exactly, by update, one line per seed: ${RACE_NAMES.map((n, k) => `${n} ${wholePct(means[k])} on average`).join(', ')}`}
        className="s2s-chart"
      >
        {[0, 0.5, 1].map((v) => (
          <g key={v}>
            <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} className="gridline" />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
              {wholePct(v)}
            </text>
          </g>
        ))}
        <line
          x1={M.left}
          x2={width - M.right}
          y1={y(SOLVED_EXACT)}
          y2={y(SOLVED_EXACT)}
          stroke="var(--muted)"
          strokeDasharray="2 3"
        />
        <text x={M.left + 4} y={y(SOLVED_EXACT) - 4}>
          solved
        </text>
        {[0, 0.25, 0.5, 0.75, 1]
          .map((f) => Math.round(f * updates))
          .map((u) => (
            <text key={u} x={x(u)} y={HEIGHT - M.bottom + 16} textAnchor="middle">
              {u}
            </text>
          ))}
        <text x={(M.left + width - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="axis-title">
          update
        </text>
        {runners.map((r, i) => (
          <path
            key={`${r.seed}-${r.attention}`}
            d={
              line<(typeof curve)[number]>(
                (p) => x(p.update),
                (p) => y(p.exact[i]),
              )(curve) ?? ''
            }
            fill="none"
            stroke={COLORS[kind(r)]}
            strokeWidth={2}
            strokeOpacity={0.85}
            strokeDasharray={DASH[kind(r)]}
          />
        ))}
      </svg>
      <LineKey lines={RACE_NAMES.map((name, k) => ({ name, color: COLORS[k], dash: DASH[k] }))} />
    </div>
  );
}
