/**
 * Attention weights as a grid: rows the decoder's output steps, columns the source steps, each cell
 * one weight (a row sums to 1); the same numbers as a table for screen readers.
 */
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from './schemes';
import { fmt } from './scales';
import { useFitWidth } from '../shared/useFitWidth';

const LEFT = 64;
const TOP = 40;

export function AttentionHeatmap({
  source,
  output,
  attention,
  expected,
  titleId,
  tableCaption = 'Attention weights: one row per output step, one column per source step',
}: {
  source: number[];
  output: number[];
  attention: number[][];
  expected: (t: number) => number;
  titleId: string;
  tableCaption?: string;
}) {
  const n = source.length;
  // Cells as large as 40 px, narrowed to fit the page (a phone) down to 18 px, past which the grid
  // scrolls; values are printed while a cell has room for them.
  const { ref, width: room } = useFitWidth(LEFT + n * 40 + 8, 0);
  const cell = Math.max(18, Math.min(40, Math.floor((room - LEFT - 8) / n)));
  const showValues = cell >= 30;
  const color = scaleSequential(interpolateBlues).domain([0, 1]);
  const width = LEFT + n * cell + 8;
  const height = TOP + n * cell + 8;
  return (
    <>
      <div
        className="timeline-scroll"
        tabIndex={0}
        role="group"
        aria-label="Attention weights, scrollable"
        ref={ref}
      >
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby={titleId}
          className="s2s-chart"
        >
          <text x={LEFT} y={12} className="axis-title">
            source, as the encoder read it →
          </text>
          {source.map((s, i) => (
            <text key={i} x={LEFT + i * cell + cell / 2} y={TOP - 8} textAnchor="middle" className="token">
              {s}
            </text>
          ))}
          <text x={4} y={TOP - 8} className="axis-title">
            writes
          </text>
          {attention.map((row, t) => (
            <g key={t}>
              <text
                x={LEFT - 10}
                y={TOP + t * cell + cell / 2 + 4}
                textAnchor="end"
                className={output[t] === source[expected(t)] ? 'token' : 'token wrong'}
              >
                {output[t]}
              </text>
              {row.map((a, i) => (
                <g key={i}>
                  <rect
                    x={LEFT + i * cell}
                    y={TOP + t * cell}
                    width={cell - 2}
                    height={cell - 2}
                    fill={color(a)}
                    data-weight={a}
                    className={i === expected(t) ? 'aligned' : undefined}
                  >
                    <title>{`output step ${t + 1} (writes ${output[t]}), weight on source step ${i + 1} (${source[i]}): ${fmt(a, 2)}`}</title>
                  </rect>
                  {showValues && (
                    <text
                      x={LEFT + i * cell + cell / 2 - 1}
                      y={TOP + t * cell + cell / 2 + 4}
                      textAnchor="middle"
                      className={a > 0.5 ? 'cellval dark' : 'cellval'}
                    >
                      {a.toFixed(2).replace(/^0/, '')}
                    </text>
                  )}
                </g>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <table className="visually-hidden">
        <caption>{tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">Output step (writes)</th>
            {source.map((s, i) => (
              <th key={i} scope="col">{`Source ${i + 1} (${s})`}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {attention.map((row, t) => (
            <tr key={t}>
              <th scope="row">{`${t + 1} (${output[t]})`}</th>
              {row.map((a, i) => (
                <td key={i}>{fmt(a, 2)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
