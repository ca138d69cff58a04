/**
 * Encoder–decoder on "reverse the sequence": the reader types digits, picks random or trained
 * weights and the attention score, and sees the decoder's answer step by step, the attention
 * weights (trained: the anti-diagonal alignment, its measured share stated), the same-size model
 * without attention on the same input, and the accuracy-by-length chart of the shipped models.
 */
import { useEffect, useId, useMemo } from 'react';
import {
  DEFAULT_SOURCE,
  parseSource,
  seq2seqNet,
  showSeq2Seq,
  specFor,
} from '../../../compute/seq2seqModels';
import { seq2seqFromPyTorch } from '../../../train/seq2seq/model';
import type { Seq2SeqNet } from '../../../train/seq2seq/model';
import type { Seq2SeqAsset, Seq2SeqShown } from '../../../compute/seq2seqModels';
import { SEQ2SEQ_PROTOCOL } from '../../../train/seq2seq/protocol';
import { REVERSE } from '../../../train/seq2seq/tasks';
import { wholePct } from '../../../compute/format';
import { fmt } from '../../../ui/charts/scales';
import { RadioGroup } from '../../../ui/controls/RadioGroup';
import { anyText, useDeviceState } from '../../../ui/shared/useDeviceState';
import { AccuracyByLength } from './AccuracyByLength';
import { ExposureBias } from './ExposureBias';
import { AttentionHeatmap } from '../../../ui/charts/AttentionHeatmap';
import { useSeq2SeqAsset } from './useSeq2SeqAsset';
import { LabPairNote } from './LabPairNote';
import { spotHook } from '../../../ui/shared/spotlight';
import type { AppState } from '../../../state/appState';

type WeightsChoice = 'random' | 'trained' | 'lab';
type Score = 'dot' | 'additive';
const isWeights = (v: string): v is WeightsChoice => v === 'random' || v === 'trained' || v === 'lab';
const isScore = (v: string): v is Score => v === 'dot' || v === 'additive';
const H = SEQ2SEQ_PROTOCOL.hidden;
/** Below this share of rows peaking on (or just after) the copied digit, the caption does not claim an alignment. */
const ALIGNED_ENOUGH = 0.75;

export function Seq2SeqView({
  labPair,
  onPairShown,
}: {
  /** The pair the lab's attention race trained (through the app's state), and whether it was just opened. */
  labPair: AppState['labPair'];
  onPairShown: () => void;
}) {
  const asset = useSeq2SeqAsset();
  const [chosen, setWeights] = useDeviceState<WeightsChoice>('s2s-weights', 'trained', isWeights);
  const [chosenScore, setScore] = useDeviceState<Score>('s2s-score', 'dot', isScore);
  const [text, setText] = useDeviceState<string>('s2s-source', DEFAULT_SOURCE, anyText);
  const pair = labPair?.pair ?? null;
  // "Open in the explainer" in the lab: show its pair on the sequence its race showed, once.
  const fresh = labPair?.fresh ? labPair.pair : null;
  useEffect(() => {
    if (!fresh) return;
    setWeights('lab');
    setText(fresh.source.join(' '));
    onPairShown();
  }, [fresh, setWeights, setText, onPairShown]);
  // The lab's pair is kept on this device; until it is restored (or if it is gone), the shipped models.
  const weights: WeightsChoice = chosen === 'lab' && !pair ? 'trained' : chosen;
  // The lab races the dot product only.
  const score: Score = weights === 'lab' ? 'dot' : chosenScore;
  const inputId = useId();
  const parsed = useMemo(() => parseSource(text), [text]);
  const trained = weights !== 'random' && asset !== null;
  // While the trained models load, nothing stands in for them: a random model's answer under the
  // "Trained" choice would be a false picture, and building and running it cost the page's load.
  const loading = weights === 'trained' && !asset;
  const nets = useMemo((): readonly [Seq2SeqNet, Seq2SeqNet] | null => {
    if (weights === 'lab' && pair)
      return [
        seq2seqFromPyTorch(specFor('dot'), pair.models.dot),
        seq2seqFromPyTorch(specFor('none'), pair.models.none),
      ];
    if (loading) return null;
    const shownAsset: Seq2SeqAsset | null = weights === 'trained' ? asset : null;
    return [seq2seqNet(shownAsset, score), seq2seqNet(shownAsset, 'none')];
  }, [weights, pair, asset, score, loading]);
  return (
    <figure className="deep seq2seq" {...spotHook('seq2seq', 'attention')}>
      <h3 id="s2s-title">Sequence to sequence: one vector, or attention over all of them</h3>
      <p>
        An <strong>encoder</strong> reads a sequence; a <strong>decoder</strong> of the same cell then writes
        another one, one symbol per step, starting from the encoder&apos;s last state and reading the symbol
        before (in training the true one; here the one it wrote itself, as the table below measures). The task
        here is to write the digits backwards.
      </p>
      <div className="s2s-compare">
        <div className="card">
          <strong>Without attention</strong>
          <p>
            Everything the decoder knows about the {parsed.symbols.length} source digits is the encoder&apos;s
            last state: <strong>{H}</strong> numbers, whatever the length.
          </p>
        </div>
        <div className="card">
          <strong>With attention</strong>
          <p>
            At every output step the decoder gives each encoder state a score, turns the scores into weights
            that sum to 1 (softmax), and reads their weighted average. <strong>Dot product</strong> (Luong,
            Pham &amp; Manning 2015): the score multiplies the decoder&apos;s new state with each encoder
            state, number by number, and adds up; the average goes to the output. <strong>Additive</strong>{' '}
            (Bahdanau, Cho &amp; Bengio 2014): a small learned network, v·tanh(W s + U h), scores the
            decoder&apos;s state before the step, s, against each encoder state, h; the average goes into the
            step.
          </p>
        </div>
      </div>
      <div className="s2s-controls">
        <label htmlFor={inputId}>Source sequence (digits 0–9)</label>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          value={text}
          onChange={(e) => setText(e.target.value.slice(0, 2000))}
          spellCheck={false}
          autoComplete="off"
        />
        <RadioGroup
          legend="Encoder–decoder weights"
          name="s2s-weights"
          options={[
            { value: 'random', label: 'Random' },
            { value: 'trained', label: 'Trained' },
            ...(pair ? [{ value: 'lab' as const, label: 'From your lab race' }] : []),
          ]}
          value={weights}
          onChange={setWeights}
        />
        {weights !== 'lab' && (
          <RadioGroup
            legend="Attention score"
            name="s2s-score"
            options={[
              { value: 'dot', label: 'Dot product' },
              { value: 'additive', label: 'Additive' },
            ]}
            value={score}
            onChange={setScore}
          />
        )}
      </div>
      {weights === 'lab' && pair && <LabPairNote pair={pair} shownLength={parsed.symbols.length} />}
      {parsed.note && (
        <p className="notice" role="status">
          {parsed.note}
        </p>
      )}
      {nets ? (
        <Seq2SeqAnswer nets={nets} symbols={parsed.symbols} score={score} trained={trained} />
      ) : (
        <p role="status">Loading the trained models…</p>
      )}
      {asset && <AccuracyByLength asset={asset} />}
      {asset && <ExposureBias asset={asset} />}
    </figure>
  );
}

interface AnswerProps {
  nets: readonly [Seq2SeqNet, Seq2SeqNet];
  symbols: number[];
  score: Score;
  trained: boolean;
}

/**
 * The two models run on the reader's sequence, each in its own component: a render that React
 * builds interruptibly (the trained models arriving) can then yield between them, and no task
 * after load holds the page for the building of the nets and both runs at once.
 */
function Seq2SeqAnswer({ nets, symbols, ...rest }: AnswerProps) {
  const shown = useMemo(() => showSeq2Seq(nets[0], symbols), [nets, symbols]);
  return <Seq2SeqAnswerWith shown={shown} plainNet={nets[1]} symbols={symbols} {...rest} />;
}

/** The decoder's answers with and without attention, and the attention table with its caption. */
function Seq2SeqAnswerWith({
  shown,
  plainNet,
  symbols,
  score,
  trained,
}: Omit<AnswerProps, 'nets'> & { shown: Seq2SeqShown; plainNet: Seq2SeqNet }) {
  const plain = useMemo(() => showSeq2Seq(plainNet, symbols), [plainNet, symbols]);
  const L = shown.source.length;
  const right = (out: number[]) => out.filter((s, t) => s === shown.target[t]).length;
  const meanPeak = shown.attention.reduce((s, row) => s + Math.max(...row), 0) / L;
  return (
    <>
      <p className="s2s-output" aria-live="polite">
        With attention, the decoder writes <strong className="symbols">{shown.output.join(' ')}</strong> —{' '}
        {right(shown.output)} of {L} right (the answer is{' '}
        <span className="symbols">{shown.target.join(' ')}</span>). Without attention, the same-size model
        writes <strong className="symbols">{plain.output.join(' ')}</strong> — {right(plain.output)} of {L}{' '}
        right.
      </p>
      <h4 id="s2s-map-title">
        Where each output step looks: attention weights ({score === 'dot' ? 'dot product' : 'additive'})
      </h4>
      <AttentionHeatmap
        source={shown.source}
        output={shown.output}
        attention={shown.attention}
        expected={(t) => REVERSE.alignedTo(t, L)}
        titleId="s2s-map-title s2s-caption"
      />
      <figcaption id="s2s-caption">
        Rows: the decoder&apos;s output steps (a wrong digit is underlined in orange); columns: the source
        digits; each cell the weight on that digit, each row summing to 1; a dotted outline marks the digit
        each step should copy.{' '}
        {trained ? (
          <>
            On this sequence, {shown.aligned} of {L} output steps ({wholePct(shown.aligned / L)}) put their
            largest weight on the digit they copy, the mirrored position
            {shown.alignedNext > 0 ? (
              <>
                , and {shown.alignedNext} of {L} ({wholePct(shown.alignedNext / L)}) on the encoder state one
                step after it
              </>
            ) : null}
            .{' '}
            {shown.aligned + shown.alignedNext < ALIGNED_ENOUGH * L
              ? 'Most rows do not peak on the digit they copy or the state just after it: on this sequence the model has not (yet) learned where to look.'
              : shown.alignedNext > shown.aligned
                ? 'That later state has just read the digit too (a one-direction encoder’s state holds the digits it read last), and this model learned to look there: the bright cells run one column right of the diagonal from top right to bottom left. Bahdanau et al. read the source in both directions, so that each encoder state is centred on its own word. Nobody told the model where to look: the alignment was learned from the loss alone.'
                : 'The bright cells run along the diagonal from top right to bottom left. Nobody told the model where to look: the alignment was learned from the loss alone.'}
          </>
        ) : (
          <>
            The weights are random and untrained, so there is no alignment: the strongest weight in a row
            averages {fmt(meanPeak, 2)}, and spreading evenly over the {L} digits would give {fmt(1 / L, 2)}{' '}
            each{meanPeak < 1.5 / L ? ': untrained attention looks nowhere in particular' : ''}.
          </>
        )}
      </figcaption>
    </>
  );
}
