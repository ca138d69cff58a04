/**
 * The guided tour: one idea per stop, each setting the real explorer (through the app's own
 * transitions) and narrating with the run's own numbers. A prediction's answer is a function of the
 * run, never a stored value. Every sentence is a message of the tour's catalogue
 * (src/locales/<language>/tour.po), its numbers filled in from the run.
 */
import { gateStats } from '../../compute/run';
import { answersAlong } from '../../compute/readout';
import { untrainedBeside } from '../../compute/untrainedBeside';
import type { DeepRun, Run } from '../../compute/run';
import { influenceGrows, keptAt, memorySize, readoutAt, repeatGap } from '../../compute/lessonFacts';
import type { Kept } from '../../compute/lessonFacts';
import { fmt, pct } from '../../compute/format';
import { halfLifeText } from '../../ui/charts/curveText';
import type { SpotId } from '../../content/story';
import type { TourSetup } from '../../state/appState';
import { TOUR_STOP_IDS } from '../../content/tourStopIds';
import type { TourStopId } from '../../content/tourStopIds';
import { LONG_LATE_WORD, LONG_LATE_WORD_INDEX, LONG_WORDS, presetById } from '../../state/presets';
import { sentenceGap, t } from '../../i18n/i18n';

export interface Option {
  id: string;
  label: string;
}

export interface Prediction {
  /** Stable key for the reader's saved answer. */
  id: string;
  question: (run: Run) => string;
  options: (run: Run) => Option[];
  /** The right option's id, from the run; null when this run cannot answer it. */
  answer: (run: Run) => string | null;
  /** The reveal: the live numbers, and what each wrong choice missed. */
  explain: (run: Run) => string;
  /** What would give the answer away, covered until the reveal (none when nothing on screen does). */
  veil?: SpotId;
}

export interface Stop {
  /** Its name in links (`?tour=why-it-fades`), the guide and the tests; TOUR_STOP_IDS gives the order. */
  id: TourStopId;
  /** In the active language: read when shown (a getter), so a language switch reaches it. */
  readonly title: string;
  /** What the stop highlights, and its name for screen readers. */
  spot: SpotId;
  readonly spotName: string;
  setup: TourSetup;
  narrate: (run: Run, deep: DeepRun | null) => string;
  predict?: Prediction;
}

const she = LONG_LATE_WORD_INDEX;
/** The late word and its step, as the messages name it: at “she” (step 51). */
const late = { word: LONG_LATE_WORD, step: she + 1 };
/** The last word, where the trained models were taught to answer. */
const last = LONG_WORDS.length - 1;
const lastWord = { word: LONG_WORDS[last], step: last + 1 };
/** A stop's number as the reader sees it ("stop 5"), from its place in the tour. */
const stopNumber = (id: TourStopId): number => TOUR_STOP_IDS.indexOf(id) + 1;
/** Sentences of one paragraph, joined as the language joins them. */
const join = (...parts: string[]): string => parts.filter(Boolean).join(sentenceGap());

/** The readout's confident wrong answer at the late word, where training never asked, with its loss. */
function wrongAtShe(run: Run): string {
  const r = readoutAt(run, 'vanilla', she);
  if (!r || r.answer === r.truth) return '';
  return t('q.loss-halved.wrongAtLate', {
    ...late,
    answer: r.answer,
    p: pct(r.p),
    pTruth: fmt(r.pTruth, 2),
    loss: nats(r.loss),
  });
}

/** At how many steps the trained vanilla RNN's readout names the sentence's first word. */
const rightSteps = (run: Run): number => answersAlong(run, 'vanilla')?.filter((a) => a.right).length ?? 0;

/** A loss in nats, with enough digits to see a change of ln 2. */
const nats = (x: number) => fmt(x, x < 0.01 ? 4 : 2);
const keptOptions = (): Option[] =>
  (['most', 'some', 'none'] as Kept[]).map((id) => ({ id, label: t(`kept.${id}`) }));
/** The mean of a gate over the run (LSTM f and GRU z are block 1 of their gates). */
const meanGate = (run: Run, cell: 'lstm' | 'gru') => fmt(gateStats(run.traces[cell], 1).mean, 2);
type Who = 'vanilla' | 'thisLstm' | 'lstm' | 'trainedVanilla';
const keptLine = (run: Run, cell: Run['config']['cell'], who: Who, step = she) => {
  const share = keptAt(run, cell, step).share;
  const at = step === she ? { at: 'late', ...late } : { at: 'last', ...lastWord };
  // Over 100% reads as "more Alice than Alice" unless it is said what it means.
  return join(t('kept.line', { who, share: pct(share), ...at }), share > 1 ? t('kept.grown') : '');
};
const loading = () => t('tour.loadingTrained');

export const STOPS: readonly Stop[] = [
  {
    id: 'one-network',
    get title() {
      return t('stop.one-network.title');
    },
    spot: 'timeline',
    get spotName() {
      return t('stop.one-network.spot');
    },
    setup: { preset: 'vanilla', cell: 'vanilla', step: 0, detail: 'essentials' },
    narrate: (run) =>
      t('stop.one-network.narrate', { sentence: run.labels.join(' '), words: run.labels.length }),
  },
  {
    id: 'one-step',
    get title() {
      return t('stop.one-step.title');
    },
    spot: 'inspector',
    get spotName() {
      return t('stop.one-step.spot');
    },
    setup: { preset: 'vanilla', cell: 'vanilla', step: 4 },
    narrate: (run) => {
      const r = repeatGap(run);
      return t('stop.one-step.narrate', {
        hPrev: 'h_{t−1}',
        rule: 'h_t = tanh(W_ih x_t + W_hh h_{t−1} + b)',
        repeat: r ? 'yes' : 'no',
        step: r ? r.second + 1 : 0,
        token: r?.token ?? '',
      });
    },
    predict: {
      id: 'same-word',
      question: (run) => {
        const r = repeatGap(run);
        return r
          ? t('q.same-word.question', { token: r.token, first: r.first + 1, second: r.second + 1 })
          : t('q.same-word.questionAny');
      },
      options: () => [
        { id: 'same', label: t('q.same-word.same') },
        { id: 'different', label: t('q.same-word.different') },
      ],
      answer: (run) => {
        const r = repeatGap(run);
        return r ? (r.gap < 1e-9 ? 'same' : 'different') : null;
      },
      explain: (run) => {
        const r = repeatGap(run);
        if (!r) return '';
        return r.gap < 1e-9
          ? t('q.same-word.explainSame', { gap: fmt(r.gap) })
          : t('q.same-word.explain', { gap: fmt(r.gap), first: r.first + 1, second: r.second + 1 });
      },
    },
  },
  {
    id: 'memory-vector',
    get title() {
      return t('stop.memory-vector.title');
    },
    spot: 'timeline',
    get spotName() {
      return t('stop.memory-vector.spot');
    },
    setup: { preset: 'vanilla', cell: 'vanilla', step: 9 },
    narrate: (run) => t('stop.memory-vector.narrate', { words: run.labels.length }),
    predict: {
      id: 'memory-size',
      question: (run) => t('q.memory-size.question', { words: run.labels.length }),
      options: (run) => {
        const T = run.labels.length;
        const H = memorySize(run);
        return [
          { id: 'per-word', label: t('q.memory-size.per-word', { n: T }) },
          { id: 'hidden', label: t('q.memory-size.hidden', { n: H }) },
          { id: 'all', label: t('q.memory-size.all', { n: T * H }) },
        ];
      },
      answer: (run) => (memorySize(run) === run.labels.length ? null : 'hidden'),
      explain: (run) =>
        t('q.memory-size.explain', { size: memorySize(run), longSize: presetById('long')!.config.hidden }),
    },
  },
  {
    id: 'forgetting',
    get title() {
      return t('stop.forgetting.title');
    },
    spot: 'memory',
    get spotName() {
      return t('stop.memory.spot');
    },
    setup: { preset: 'long', cell: 'vanilla', step: she },
    narrate: () => t('stop.forgetting.narrate'),
    predict: {
      id: 'vanilla-long',
      veil: 'memory',
      question: () => t('q.vanilla-long.question', late),
      options: keptOptions,
      answer: (run) => keptAt(run, 'vanilla', she).kept,
      explain: (run) =>
        join(
          keptLine(run, 'vanilla', 'vanilla'),
          t('q.vanilla-long.explain', {
            halfLife: halfLifeText(run.memory.vanilla, run.labels.length),
            steps: she,
            kept: keptAt(run, 'vanilla', she).kept,
          }),
        ),
    },
  },
  {
    id: 'output-and-loss',
    get title() {
      return t('stop.output-and-loss.title');
    },
    spot: 'timeline',
    get spotName() {
      return t('stop.output-and-loss.spot');
    },
    setup: { preset: 'long', cell: 'vanilla', weights: 'trained', step: last },
    narrate: (run) => {
      const r = readoutAt(run, 'vanilla', last);
      if (!r) return loading();
      const k = run.answers?.classes.length ?? 4;
      const right = rightSteps(run);
      return join(
        t('stop.output-and-loss.narrate', {
          last: lastWord.word,
          lastStep: lastWord.step,
          truth: r.truth,
          p: pct(r.pTruth),
        }),
        right < run.labels.length
          ? t('stop.output-and-loss.wrongElsewhere', { truth: r.truth, right, words: run.labels.length })
          : '',
        t('stop.output-and-loss.loss', {
          p: fmt(r.pTruth, 4),
          loss: nats(r.loss),
          k,
          even: nats(Math.log(k)),
        }),
      );
    },
    predict: {
      id: 'loss-halved',
      question: (run) => {
        const r = readoutAt(run, 'vanilla', last);
        return r
          ? t('q.loss-halved.question', { truth: r.truth, half: pct(r.pTruth / 2) })
          : t('q.loss-halved.questionAny');
      },
      options: (run) => {
        const r = readoutAt(run, 'vanilla', last);
        const L = r?.loss ?? 0;
        return [
          { id: 'double', label: t('q.loss-halved.double', { loss: nats(2 * L) }) },
          {
            id: 'plus-ln2',
            label: t('q.loss-halved.plus-ln2', { ln2: fmt(Math.LN2, 2), loss: nats(L + Math.LN2) }),
          },
          { id: 'half', label: t('q.loss-halved.half', { loss: nats(L / 2) }) },
        ];
      },
      // The loss of the halved probability, computed, against each option's value: the closest wins.
      answer: (run) => {
        const r = readoutAt(run, 'vanilla', last);
        if (!r) return null;
        const halved = -Math.log(r.pTruth / 2);
        const values = { double: 2 * r.loss, 'plus-ln2': r.loss + Math.LN2, half: r.loss / 2 };
        return (Object.keys(values) as (keyof typeof values)[]).reduce((a, b) =>
          Math.abs(values[a] - halved) <= Math.abs(values[b] - halved) ? a : b,
        );
      },
      explain: (run) => {
        const r = readoutAt(run, 'vanilla', last);
        if (!r) return '';
        return join(
          t('q.loss-halved.explain', { p: fmt(r.pTruth / 2, 4), loss: nats(-Math.log(r.pTruth / 2)) }),
          wrongAtShe(run),
        );
      },
    },
  },
  {
    id: 'why-it-fades',
    get title() {
      return t('stop.why-it-fades.title');
    },
    spot: 'gradient',
    get spotName() {
      return t('stop.why-it-fades.spot');
    },
    setup: { preset: 'long', cell: 'vanilla', step: she, detail: 'everything', levels: [2] },
    narrate: (_run, deep) => {
      const g = deep?.gradient?.vanilla.values;
      return join(
        t('stop.why-it-fades.narrate', {
          lossStop: stopNumber('output-and-loss'),
          forgetStop: stopNumber('forgetting'),
          step: she + 1,
          steps: she,
        }),
        g ? t('stop.why-it-fades.numbers', { first: fmt(g[0]), late: fmt(g[she]), ...late }) : '',
        t('stop.why-it-fades.after'),
      );
    },
  },
  {
    id: 'explodes',
    get title() {
      return t('stop.explodes.title');
    },
    spot: 'memory',
    get spotName() {
      return t('stop.memory.spot');
    },
    // Back to Essentials after the stop that opened level 2: the rest of the tour needs no more.
    setup: { preset: 'exploding', cell: 'vanilla', step: 15, detail: 'essentials' },
    narrate: (run) =>
      t('stop.explodes.narrate', { words: run.labels.length, from: run.swap.from, to: run.swap.to }),
    predict: {
      id: 'exploding',
      veil: 'memory',
      question: () => t('q.exploding.question'),
      options: () => [
        { id: 'shrink', label: t('q.exploding.shrink') },
        { id: 'grow', label: t('q.exploding.grow') },
      ],
      answer: (run) => (influenceGrows(run, 'vanilla').grows ? 'grow' : 'shrink'),
      explain: (run) => {
        const g = influenceGrows(run, 'vanilla');
        return t('q.exploding.explain', {
          first: fmt(g.first),
          last: fmt(g.last),
          grows: g.grows ? 'yes' : 'no',
        });
      },
    },
  },
  {
    id: 'lstm-gates',
    get title() {
      return t('stop.lstm-gates.title');
    },
    spot: 'memory',
    get spotName() {
      return t('stop.memory.spot');
    },
    setup: { preset: 'long', cell: 'lstm', forgetBias: 0, step: she },
    narrate: (run) => t('stop.lstm-gates.narrate', { f: meanGate(run, 'lstm') }),
    predict: {
      id: 'lstm-default',
      veil: 'memory',
      question: () => t('q.lstm-default.question', late),
      options: keptOptions,
      answer: (run) => keptAt(run, 'lstm', she).kept,
      explain: (run) => join(keptLine(run, 'lstm', 'thisLstm'), t('q.lstm-default.explain')),
    },
  },
  {
    id: 'cell-state-lane',
    get title() {
      return t('stop.cell-state-lane.title');
    },
    spot: 'timeline',
    get spotName() {
      return t('stop.cell-state-lane.spot');
    },
    setup: { preset: 'long', cell: 'lstm', step: she },
    narrate: (run) => t('stop.cell-state-lane.narrate', { f: meanGate(run, 'lstm') }),
    predict: {
      id: 'lstm-open',
      veil: 'memory',
      question: () => t('q.lstm-open.question', late),
      options: keptOptions,
      answer: (run) => keptAt(run, 'lstm', she).kept,
      explain: (run) =>
        join(
          keptLine(run, 'lstm', 'lstm'),
          t('q.lstm-open.explain', {
            f: meanGate(run, 'lstm'),
            steps: she,
            power: pct(gateStats(run.traces.lstm, 1).mean ** she),
          }),
        ),
    },
  },
  {
    id: 'gru',
    get title() {
      return t('stop.gru.title');
    },
    spot: 'memory',
    get spotName() {
      return t('stop.memory.spot');
    },
    setup: { preset: 'long', cell: 'gru', step: she },
    narrate: (run) => t('stop.gru.narrate', { z: meanGate(run, 'gru') }),
    predict: {
      // Asked as a rate, not as what is left at step 51: there both cells keep under a millionth,
      // and "more" or "less" of nothing is no question.
      id: 'gru-half-life',
      veil: 'memory',
      question: () => t('q.gru-half-life.question'),
      options: () => [
        { id: 'gru', label: t('q.gru-half-life.gru') },
        { id: 'vanilla', label: t('q.gru-half-life.vanilla') },
      ],
      answer: (run) => {
        const g = run.memory.gru.halfLife;
        const v = run.memory.vanilla.halfLife;
        if (g === null && v === null) return null;
        return g === null || (v !== null && g > v) ? 'gru' : 'vanilla';
      },
      explain: (run) =>
        t('q.gru-half-life.explain', {
          gru: halfLifeText(run.memory.gru, run.labels.length),
          vanilla: halfLifeText(run.memory.vanilla, run.labels.length),
          ...late,
          gruKept: pct(keptAt(run, 'gru', she).share),
          vanillaKept: pct(keptAt(run, 'vanilla', she).share),
        }),
    },
  },
  {
    id: 'training',
    get title() {
      return t('stop.training.title');
    },
    spot: 'memory',
    get spotName() {
      return t('stop.memory.spot');
    },
    setup: { preset: 'long', cell: 'vanilla', weights: 'trained', step: last },
    narrate: (run) =>
      run.trained
        ? join(
            t('stop.training.narrate', { lossStop: stopNumber('output-and-loss') }),
            untrainedBeside(run).includes('mingru') ? t('stop.training.minGru') : '',
          )
        : loading(),
    predict: {
      id: 'trained-vanilla',
      veil: 'memory',
      question: () => t('q.trained-vanilla.question', lastWord),
      options: keptOptions,
      answer: (run) => (run.trained ? keptAt(run, 'vanilla', last).kept : null),
      explain: (run) => {
        const r = readoutAt(run, 'vanilla', last);
        return join(
          keptLine(run, 'vanilla', 'trainedVanilla', last),
          r ? t('q.trained-vanilla.named', { answer: r.answer, p: pct(r.p), ...late }) : '',
          t('q.trained-vanilla.explain'),
        );
      },
    },
  },
  {
    id: 'train-yourself',
    get title() {
      return t('stop.train-yourself.title');
    },
    spot: 'lab',
    get spotName() {
      return t('stop.train-yourself.spot');
    },
    setup: { preset: 'long', cell: 'vanilla', step: she },
    narrate: () => t('stop.train-yourself.narrate'),
  },
];
