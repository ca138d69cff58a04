/** A vector as a row of small bars (one per unit) with a text summary, for the inspector. */
import { t } from '../../i18n/t';
import { Trans } from '../../i18n/Trans';
import { useState } from 'react';
import { scaleLinear } from 'd3-scale';
import { binnedPaths } from '../../ui/charts/binnedPaths';
import { fmt, gateColor } from '../../ui/charts/scales';
import { withSubscripts } from '../../ui/shared/Subscripts';

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

/**
 * One path per colour step rather than a rect (and a tooltip) per unit: the inspector shows up to
 * eight of these at hidden size 64, and every step selection redraws them. Pointing at a bar reads
 * out that unit's value in place of the mean.
 */
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
  const text = t('bars.label', { name, mean: fmt(mean), min: fmt(min), max: fmt(max) });
  const [unit, setUnit] = useState<number | null>(null);
  const shownUnit = unit !== null && unit < n ? unit : null;
  const paths = binnedPaths(
    Array.from({ length: n }, (_, j) => {
      const v = values[j];
      return {
        v: diverging ? v / hi : v,
        x: j * bw + (bw > 3 ? 0.5 : 0),
        y: Math.min(y(v), base),
        w: Math.max(bw - (bw > 3 ? 1 : 0), 0.6),
        h: Math.max(Math.abs(y(v) - base), 0.5),
      };
    }),
    diverging ? undefined : gateColor,
    diverging ? undefined : [0, 1],
  );
  return (
    <div className={`vbars${highlighted ? ' highlighted' : ''}`}>
      <span className="vbars-name">{withSubscripts(name)}</span>
      <svg
        width={W}
        height={Hh}
        viewBox={`0 0 ${W} ${Hh}`}
        role="img"
        aria-label={text}
        preserveAspectRatio="none"
        onPointerMove={(e) => {
          const box = e.currentTarget.getBoundingClientRect();
          setUnit(Math.max(0, Math.min(n - 1, Math.floor(((e.clientX - box.left) / box.width) * n))));
        }}
        onPointerLeave={() => setUnit(null)}
      >
        <line x1={0} x2={W} y1={base} y2={base} className="zero-line" />
        {paths.map((p) => (
          <path key={p.bin} d={p.d} fill={p.fill} />
        ))}
        {shownUnit !== null && (
          <rect x={shownUnit * bw} y={0} width={bw} height={Hh} className="vbars-hover" />
        )}
      </svg>
      <span className="vbars-value">
        {shownUnit !== null ? (
          <Trans
            id="bars.unit"
            values={{ unit: shownUnit + 1, value: fmt(values[shownUnit]) }}
            components={{ 0: <strong /> }}
          />
        ) : (
          <Trans id="bars.mean" values={{ mean: fmt(mean) }} components={{ 0: <strong /> }} />
        )}
      </span>
    </div>
  );
}
