/**
 * Accuracy by length, with and without attention (the analogue of Bahdanau et al. 2014's Figure 2):
 * every shipped seed's held-out exact-sequence accuracy, averaged, as lines and as a table.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { accuracyByLength } from '../../../compute/seq2seqModels';
import type { Seq2SeqAsset } from '../../../compute/seq2seqModels';
import type { AttentionKind } from '../../../train/seq2seq/model';
import { useFitWidth } from '../../../ui/shared/useFitWidth';
import { wholePct } from '../../../compute/format';
import { LineKey } from '../../../ui/charts/LineKey';

const ATTENTION_NAMES: Record<AttentionKind, string> = {
  none: 'Without attention',
  dot: 'With attention (dot product)',
  additive: 'With attention (additive)',
};
const SCORE_NAMES = { dot: 'Dot product', additive: 'Additive' };
// Okabe–Ito colours (colour-blind safe), each line also with its own dash: the two attention lines
// nearly coincide, so the wider one is drawn first and shows around the other.
const COLORS: Record<AttentionKind, string> = { none: '#d55e00', dot: '#0072b2', additive: '#009e73' };
const DASH: Record<AttentionKind, string | undefined> = { none: '6 4', dot: undefined, additive: '2 3' };
const WIDTH: Record<AttentionKind, number> = { none: 2.5, dot: 5, additive: 2.5 };
const KINDS: AttentionKind[] = ['none', 'dot', 'additive'];
const HEIGHT = 210;
const M = { left: 44, right: 12, top: 10, bottom: 42 };

const pctText = wholePct;

export function AccuracyByLength({ asset }: { asset: Seq2SeqAsset }) {
  const rows = accuracyByLength(asset);
  const { ref, width } = useFitWidth(460);
  const x = scaleLinear()
    .domain([0, asset.protocol.evalLengths.at(-1)!])
    .range([M.left, width - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([HEIGHT - M.bottom, M.top]);
  const P = asset.protocol;
  const last = rows.at(-1)!;
  const first = rows[0];
  // The first length from which the no-attention line stays at its last (rounded) value.
  const floorFrom = rows.find((_, i) =>
    rows.slice(i).every((q) => pctText(q.exact.none) === pctText(last.exact.none)),
  )!.L;
  return (
    <figure className="deep s2s-length">
      <h4 id="s2s-length-title">Accuracy by length of the trained models: the bottleneck appears</h4>
      <div ref={ref}>
        <svg
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-labelledby="s2s-length-title s2s-length-caption"
          className="s2s-chart"
        >
          {[0, 0.25, 0.5, 0.75, 1].map((v) => (
            <g key={v}>
              <line x1={M.left} x2={width - M.right} y1={y(v)} y2={y(v)} className="gridline" />
              <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
                {pctText(v)}
              </text>
            </g>
          ))}
          {P.evalLengths.map((L) => (
            <text key={L} x={x(L)} y={HEIGHT - M.bottom + 16} textAnchor="middle">
              {L}
            </text>
          ))}
          <text x={(M.left + width - M.right) / 2} y={HEIGHT - 4} textAnchor="middle" className="axis-title">
            sequence length (symbols)
          </text>
          {KINDS.map((k) => (
            <g key={k}>
              <path
                d={
                  line<(typeof rows)[number]>(
                    (r) => x(r.L),
                    (r) => y(r.exact[k]),
                  )(rows) ?? ''
                }
                fill="none"
                stroke={COLORS[k]}
                strokeWidth={WIDTH[k]}
                strokeDasharray={DASH[k]}
              />
              {rows.map((r) => (
                <circle key={r.L} cx={x(r.L)} cy={y(r.exact[k])} r={k === 'dot' ? 4.5 : 3} fill={COLORS[k]} />
              ))}
            </g>
          ))}
        </svg>
      </div>
      <LineKey
        lines={KINDS.map((k) => ({
          name: ATTENTION_NAMES[k],
          color: COLORS[k],
          width: WIDTH[k],
          dash: DASH[k],
        }))}
      />
      <div className="s2s-table-scroll">
        <table className="s2s-table">
          <caption>
            Share of held-out sequences reversed exactly right (share of symbols right in brackets), mean of{' '}
            {P.seeds.length} seeds
          </caption>
          <thead>
            <tr>
              <td />
              <td />
              <th scope="colgroup" colSpan={2}>
                With attention
              </th>
            </tr>
            <tr>
              <th scope="col">Length</th>
              <th scope="col">Without attention</th>
              <th scope="col">{SCORE_NAMES.dot}</th>
              <th scope="col">{SCORE_NAMES.additive}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.L}>
                <th scope="row">{r.L}</th>
                {KINDS.map((k) => (
                  <td key={k}>
                    {pctText(r.exact[k])} ({pctText(r.perSymbol[k])})
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption id="s2s-length-caption">
        Without attention, the share reversed exactly falls from {pctText(first.exact.none)} at length{' '}
        {first.L} to {pctText(last.exact.none)}{' '}
        {floorFrom < last.L ? `from length ${floorFrom} on` : `at length ${last.L}`}: the whole source has to
        pass through the encoder&apos;s last state, {P.hidden} numbers. With attention it is{' '}
        {pctText(last.exact.dot)} (dot product) and {pctText(last.exact.additive)} (additive) at length{' '}
        {last.L}. Measured on {P.heldOut.size} new sequences per length, each decoder reading back its own
        previous answer (greedy decoding), mean of {P.seeds.length} seeds; each model is a GRU encoder–decoder
        with {P.hidden} hidden units, trained for {P.updates.toLocaleString('en')} updates on lengths{' '}
        {P.trainLengths.min}–{P.trainLengths.max}. These numbers depend on that number of updates and that
        size, which the page does not vary; the gap between the lines is the point of Bahdanau, Cho &amp;
        Bengio (2014, their Figure 2).
      </figcaption>
    </figure>
  );
}
