/**
 * The trained bidirectional tagger on digits the reader types: both directions' states per digit,
 * the tagger's answer per step ("does this digit occur elsewhere?"), the one-direction tagger's
 * answers beside it, and both taggers' held-out accuracy.
 */
import { useId, useMemo, useState } from 'react';
import { loadTagger, showTagger, taggerAccuracies } from '../../../compute/taggerModels';
import { pct1 } from '../../../compute/format';
import { parseDigitSequence } from '../../../compute/seq2seqModels';
import { useSizeOf } from '../../../ui/shared/useSizeOf';
import { maxAbs } from '../../../engine/linalg';
import { anyText, useDeviceState } from '../../../ui/shared/useDeviceState';
import { lazyAsset } from '../../../ui/shared/lazyAsset';
import { COL, HeatLane, LEFT, ROW } from './HeatLane';

/** Two digits that come back (2, 7): the forward-only tagger has to guess at their first appearance. */
const DEFAULT = '4 2 7 5 9 1 7 2';
const MAX = 16;

const LIMITS = {
  min: 2,
  max: MAX,
  fallback: DEFAULT,
  longNote: `The first ${MAX} digits are shown (the tagger was trained on sequences of 8).`,
};

const useTaggerAsset = lazyAsset(loadTagger);

export default function TaggerView() {
  const asset = useTaggerAsset();
  const [text, setText] = useDeviceState<string>('tagger-source', DEFAULT, anyText);
  const inputId = useId();
  const [el, box] = useState<HTMLDivElement | null>(null);
  const { width: shownWidth } = useSizeOf(el);
  const parsed = useMemo(() => parseDigitSequence(text, LIMITS), [text]);
  const shown = useMemo(() => (asset ? showTagger(asset, parsed.symbols) : null), [asset, parsed]);
  const extent = useMemo(() => (shown ? Math.max(maxAbs(shown.fw), maxAbs(shown.bw)) : 1), [shown]);
  if (!asset || !shown) return <p role="status">Loading the trained tagger…</p>;
  const { symbols, fw, bw, H, answers, forwardAnswers, truth } = shown;
  const T = symbols.length;
  const acc = taggerAccuracies(asset);
  const P = asset.protocol;
  const right = (a: number[]) => a.filter((v, t) => v === truth[t]).length;
  const laneH = H * ROW;
  const top = 22;
  const gap = 26;
  const width = LEFT + T * COL + 10;
  const answersY = top + 2 * laneH + gap + 34;
  const height = answersY + 58;
  const scrolls = shownWidth > 0 && width > shownWidth + 1;
  const word = (v: number) => (v ? 'yes' : 'no');
  return (
    <>
      <p>
        The task needs both directions: tag each digit with whether it <strong>occurs anywhere else</strong>{' '}
        in the sequence. The forward pass can know whether it came before; only the backward pass can know
        whether it comes again.
      </p>
      <div className="s2s-controls">
        <label htmlFor={inputId}>Sequence (digits 0–9)</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          value={text}
          onChange={(e) => setText(e.target.value.slice(0, 2000))}
          spellCheck={false}
          autoComplete="off"
        />
      </div>
      {parsed.note && (
        <p className="notice" role="status">
          {parsed.note}
        </p>
      )}
      {scrolls && (
        <p className="note scroll-hint">
          {T} digits, wider than the page: scroll the figure sideways (or focus it and use the arrow keys).
        </p>
      )}
      <div className="timeline-scroll" tabIndex={0} role="group" aria-label="Scrollable figure" ref={box}>
        <svg
          width={width}
          height={height}
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="bidir-title tagger-caption"
          className="bidir-chart"
        >
          <text x={4} y={top + laneH / 2} className="lane-label">
            forward →
          </text>
          <text x={4} y={top + laneH + gap + laneH / 2} className="lane-label">
            ← backward
          </text>
          <HeatLane data={fw} T={T} H={H} y0={top} extent={extent} />
          <HeatLane data={bw} T={T} H={H} y0={top + laneH + gap} extent={extent} />
          <text x={4} y={answersY - 14} className="lane-label">
            digit
          </text>
          <text x={4} y={answersY + 4} className="lane-label">
            elsewhere?
          </text>
          <text x={4} y={answersY + 22} className="lane-label">
            bidirectional
          </text>
          <text x={4} y={answersY + 40} className="lane-label">
            forward only
          </text>
          {symbols.map((s, t) => (
            <g key={t}>
              <text x={LEFT + t * COL + COL / 2} y={answersY - 14} textAnchor="middle" className="token">
                {s}
              </text>
              <text x={LEFT + t * COL + COL / 2} y={answersY + 4} textAnchor="middle" className="token">
                {word(truth[t])}
              </text>
              <text
                x={LEFT + t * COL + COL / 2}
                y={answersY + 22}
                textAnchor="middle"
                className={answers[t] === truth[t] ? 'token' : 'token wrong'}
              >
                {word(answers[t])}
              </text>
              <text
                x={LEFT + t * COL + COL / 2}
                y={answersY + 40}
                textAnchor="middle"
                className={forwardAnswers[t] === truth[t] ? 'token' : 'token wrong'}
              >
                {word(forwardAnswers[t])}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <table className="visually-hidden">
        <caption>The taggers’ answers per digit</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col">Digit</th>
            <th scope="col">Occurs elsewhere</th>
            <th scope="col">Bidirectional tagger</th>
            <th scope="col">Forward-only tagger</th>
          </tr>
        </thead>
        <tbody>
          {symbols.map((s, t) => (
            <tr key={t}>
              <th scope="row">{t + 1}</th>
              <td>{s}</td>
              <td>{word(truth[t])}</td>
              <td>{word(answers[t])}</td>
              <td>{word(forwardAnswers[t])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="who-table">
        <caption>
          Held-out accuracy, {P.heldOut.size} new sequences of {P.T} digits, mean of {P.seeds.length} seeds
        </caption>
        <thead>
          <tr>
            <th scope="col">Tagger</th>
            <th scope="col">Numbers per step</th>
            <th scope="col">Right</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Bidirectional GRU</th>
            <td>2 × {P.hidden.bidirectional}</td>
            <td>{pct1(acc.bidirectional)}</td>
          </tr>
          <tr>
            <th scope="row">Forward-only GRU</th>
            <td>{P.hidden.forward}</td>
            <td>{pct1(acc.forward)}</td>
          </tr>
          <tr>
            <th scope="row">The better of always “yes” and always “no”</th>
            <td>—</td>
            <td>{pct1(asset.chance)}</td>
          </tr>
        </tbody>
      </table>
      <figcaption id="tagger-caption">
        Each column is one digit; each row one unit of the state (colour as in the timeline): the top block is
        the forward pass (→), the bottom block the backward pass (←); under them the right answer
        (“elsewhere?”) and each tagger&apos;s answer, a wrong one underlined in orange. On this sequence the
        bidirectional tagger gets {right(answers)} of {T} right and the forward-only tagger{' '}
        {right(forwardAnswers)} of {T}. Both are GRUs with the same {P.hidden.forward} numbers per step,
        trained on the same batches for {P.updates.toLocaleString('en')} updates; the forward-only one can
        never see what comes next, so it has to guess whenever a digit has not appeared yet.
      </figcaption>
    </>
  );
}
