/** Encoder–decoder: the one-vector bottleneck beside attention weights over every encoder step. */
import { useMemo } from 'react';
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from '../../../ui/charts/schemes';
import type { Run } from '../../../compute/run';
import { seq2seq } from '../../../compute/deepDive';
import { fmt } from '../../../ui/charts/scales';
import { shorten } from '../../../ui/shared/graphemes';

const CELL = 44;
const LEFT = 84;
const TOP = 84;

export function Seq2SeqView({ run }: { run: Run }) {
  // Depends on the sentence, hidden size and seed only (all fixed with the traces), not on the cell.
  const { config, labels, traces } = run;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- config and labels change only with the traces (see above)
  const s = useMemo(() => seq2seq(config, labels), [traces]);
  const n = s.source.length;
  const m = s.target.length;
  const color = scaleSequential(interpolateBlues).domain([0, 1]);
  const width = LEFT + n * CELL + 10;
  const height = TOP + m * CELL + 10;
  const peaks = s.attention.map((row) => Math.max(...row));
  const meanPeak = peaks.reduce((a, b) => a + b, 0) / m;
  return (
    <figure className="deep seq2seq">
      <h3 id="s2s-title">Sequence to sequence: one vector, or attention over all of them</h3>
      <div className="s2s-compare">
        <div className="card">
          <strong>Without attention</strong>
          <p>
            The decoder starts from the encoder&apos;s last state: all {n} source words squeezed into <strong>{s.bottleneck}</strong> numbers, whatever the
            sentence&apos;s length.
          </p>
        </div>
        <div className="card">
          <strong>With attention</strong>
          <p>
            At every output step the decoder scores all {n} encoder states — here the dot product with its own current state, divided by √{s.bottleneck}{' '}
            (Luong et al.&apos;s score with the transformer&apos;s scaling; Bahdanau et al. used an additive score) — turns the scores into weights that sum to 1
            (softmax), and reads their weighted average: {n} × {s.bottleneck} numbers stay reachable.
          </p>
        </div>
      </div>
      <div className="timeline-scroll" tabIndex={0} role="group" aria-label="Scrollable figure">
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby="s2s-title s2s-caption" className="s2s-chart">
          <text x={LEFT} y={14} className="axis-title">encoder reads →</text>
          {s.source.map((w, i) => (
            // Anchored at its start and turned up to the right, so the word rises above its column instead of under the cells.
            <text key={i} x={LEFT + i * CELL + CELL / 2 - 4} y={TOP - 6} textAnchor="start" transform={`rotate(-50 ${LEFT + i * CELL + CELL / 2 - 4} ${TOP - 6})`} className="token">
              {shorten(w, 8)}
            </text>
          ))}
          {s.target.map((w, j) => (
            <g key={j}>
              <text x={LEFT - 6} y={TOP + j * CELL + CELL / 2 + 4} textAnchor="end" className="token">
                {shorten(w, 8)}
              </text>
              {s.attention[j].map((a, i) => (
                <g key={i}>
                  <rect x={LEFT + i * CELL} y={TOP + j * CELL} width={CELL - 2} height={CELL - 2} fill={color(a)}>
                    <title>{`writing "${w}", attention on "${s.source[i]}": ${fmt(a, 2)}`}</title>
                  </rect>
                  <text x={LEFT + i * CELL + CELL / 2 - 1} y={TOP + j * CELL + CELL / 2 + 4} textAnchor="middle" className={a > 0.5 ? 'cellval dark' : 'cellval'}>
                    {a.toFixed(2).replace(/^0/, '')}
                  </text>
                </g>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <figcaption id="s2s-caption">
        Rows: the decoder writing the source backwards (a toy task); columns: the encoder&apos;s steps; each cell the attention weight, each row summing to 1.
        Computed by the engine with GRU encoder and decoder, but the weights are random and untrained, so the pattern is not a learned alignment: on average the
        strongest weight in a row is {fmt(meanPeak, 2)} (uniform would be {fmt(1 / n, 2)}). After training on this task the bright cells would line up on the
        anti-diagonal — each output word attending to the input word it copies.
      </figcaption>
    </figure>
  );
}
