/**
 * The guided tour: one idea per stop, each setting the real explorer (through the app's own
 * transitions) and narrating with the run's own numbers. A prediction's answer is a function of the
 * run, never a stored value.
 */
import { gateStats } from '../../compute/run';
import { answersAlong } from '../../compute/readout';
import { untrainedBeside } from '../../compute/untrainedBeside';
import type { DeepRun, Run } from '../../compute/run';
import {
  KEPT_LABELS,
  influenceGrows,
  keptAt,
  memorySize,
  readoutAt,
  repeatGap,
} from '../../compute/lessonFacts';
import type { Kept } from '../../compute/lessonFacts';
import { fmt, pct } from '../../compute/format';
import { halfLifeText } from '../../ui/charts/curveText';
import type { SpotId } from '../../content/story';
import type { TourSetup } from '../../state/appState';
import { TOUR_STOP_IDS } from '../../content/tourStopIds';
import type { TourStopId } from '../../content/tourStopIds';
import { LONG_LATE_WORD, LONG_LATE_WORD_INDEX, LONG_WORDS } from '../../state/presets';

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
  title: string;
  /** What the stop highlights, and its name for screen readers. */
  spot: SpotId;
  spotName: string;
  setup: TourSetup;
  narrate: (run: Run, deep: DeepRun | null) => string;
  predict?: Prediction;
}

const she = LONG_LATE_WORD_INDEX;
const atShe = `at “${LONG_LATE_WORD}” (step ${she + 1})`;
/** The last word, where the trained models were taught to answer. */
const last = LONG_WORDS.length - 1;
/** A stop's number as the reader sees it ("stop 5"), from its place in the tour. */
const stopNumber = (id: TourStopId): number => TOUR_STOP_IDS.indexOf(id) + 1;

/** The readout's confident wrong answer at the late word, where training never asked, with its loss. */
function wrongAtShe(run: Run): string {
  const r = readoutAt(run, 'vanilla', she);
  if (!r || r.answer === r.truth) return '';
  return ` At “${LONG_LATE_WORD}” (step ${she + 1}), where training never asked, it says “${r.answer}” (${pct(r.p)}): its loss there would be −ln ${fmt(r.pTruth, 2)} = ${nats(r.loss)}.`;
}

/** At how many steps the trained vanilla RNN's readout names the sentence's first word. */
const rightSteps = (run: Run): number => answersAlong(run, 'vanilla')?.filter((a) => a.right).length ?? 0;

const atLast = `at the last word, “${LONG_WORDS[last]}” (step ${last + 1})`;
/** A loss in nats, with enough digits to see a change of ln 2. */
const nats = (x: number) => fmt(x, x < 0.01 ? 4 : 2);
const keptOptions = (): Option[] =>
  (Object.keys(KEPT_LABELS) as Kept[]).map((id) => ({ id, label: KEPT_LABELS[id] }));
/** The mean of a gate over the run (LSTM f and GRU z are block 1 of their gates). */
const meanGate = (run: Run, cell: 'lstm' | 'gru') => fmt(gateStats(run.traces[cell], 1).mean, 2);
const keptLine = (run: Run, cell: Run['config']['cell'], who: string, step = she) => {
  const share = keptAt(run, cell, step).share;
  // Over 100% reads as "more Alice than Alice" unless it is said what it means.
  const grown =
    share > 1
      ? ' Over 100%: the two runs are further apart than right after the swap. Something at each step shrinks the difference (tanh’s slope, and in a gated cell a gate below 1), but the difference fed back through h into the next step grows it faster, so every later word acts on two different memories.'
      : '';
  return `${who} still carries ${pct(share)} of the step-1 difference ${step === she ? atShe : atLast}.${grown}`;
};

export const STOPS: readonly Stop[] = [
  {
    id: 'one-network',
    title: 'One small network, used again and again',
    spot: 'timeline',
    spotName: 'the timeline',
    setup: { preset: 'vanilla', cell: 'vanilla', step: 0, detail: 'essentials' },
    narrate: (run) =>
      `The sentence “${run.labels.join(' ')}” has ${run.labels.length} words, so the timeline has ${run.labels.length} cells, one per step. Every cell is the same small network with the same weights — the dashed “same weights” rail. Click a cell (or use ← →) to move through the sentence.`,
  },
  {
    id: 'one-step',
    title: 'One step: memory in, word in, memory out',
    spot: 'inspector',
    spotName: 'the inspector’s memory bars, before and after this step',
    setup: { preset: 'vanilla', cell: 'vanilla', step: 4 },
    narrate: (run) => {
      const r = repeatGap(run);
      return `At each step the cell reads one word, x_t (the word looked up as a short list of numbers, a vector: random here, learned in a trained network), and the memory from the step before, h_{t−1}, and writes a new memory h_t = tanh(W_ih x_t + W_hh h_{t−1} + b): the word times one weight matrix (W_ih), plus the old memory times another (W_hh), plus a [[bias]] b, squashed by [[tanh]]. The inspector shows the step you selected${r ? ` — step ${r.second + 1}, the second “${r.token}”` : ''}: the bars before and after.`;
    },
    predict: {
      id: 'same-word',
      question: (run) => {
        const r = repeatGap(run);
        return r
          ? `“${r.token}” is read at step ${r.first + 1} and again at step ${r.second + 1}, by the same weights. Is the memory after it the same both times?`
          : 'Is the memory after a word always the same?';
      },
      options: () => [
        { id: 'same', label: 'Yes: same word, same weights, same memory' },
        { id: 'different', label: 'No: the memories differ' },
      ],
      answer: (run) => {
        const r = repeatGap(run);
        return r ? (r.gap < 1e-9 ? 'same' : 'different') : null;
      },
      explain: (run) => {
        const r = repeatGap(run);
        if (!r) return '';
        return r.gap < 1e-9
          ? `Here the two memories are the same (distance ${fmt(r.gap)}).`
          : `They differ by ${fmt(r.gap)} (the distance between h_${r.first + 1} and h_${r.second + 1}). The word and the weights are the same, but the memory coming in is not: at step ${r.second + 1} the cell also reads what it kept of the words before. That is what makes it a memory. (Compare the bars, not only their means: two different memories can have nearly the same mean.)`;
      },
    },
  },
  {
    id: 'memory-vector',
    title: 'The memory is a short vector',
    spot: 'timeline',
    spotName: 'the bars in each cell of the timeline',
    setup: { preset: 'vanilla', cell: 'vanilla', step: 9 },
    narrate: (run) =>
      `Each cell’s bars are its hidden state h, one bar per number, purple above zero and orange below; tanh keeps each between −1 and 1. After the last of the ${run.labels.length} words, h is the network’s whole summary of the sentence.`,
    predict: {
      id: 'memory-size',
      question: (run) =>
        `After reading all ${run.labels.length} words, how many numbers does the memory hold?`,
      options: (run) => {
        const T = run.labels.length;
        const H = memorySize(run);
        return [
          { id: 'per-word', label: `${T}: one per word read` },
          { id: 'hidden', label: `${H}: the same as after one word` },
          { id: 'all', label: `${T * H}: all of them, kept side by side` },
        ];
      },
      answer: (run) => (memorySize(run) === run.labels.length ? null : 'hidden'),
      explain: (run) =>
        `${memorySize(run)} — the hidden size, a setting of the network (${memorySize(run)} here; the Long sequence uses 32). The memory never grows: every word is folded into the same ${memorySize(run)} numbers, so the network must choose what to keep. A longer sentence gets no more room.`,
    },
  },
  {
    id: 'forgetting',
    title: 'Forgetting on a long sentence',
    spot: 'memory',
    spotName: 'the memory chart',
    setup: { preset: 'long', cell: 'vanilla', step: she },
    narrate: () =>
      `Sixty-four words now, starting with “Alice”. The memory chart runs the sentence twice — once with “Bob” in place of “Alice” — and plots how far apart the two memories are at each step, on a log scale (equal steps up the axis multiply by the same factor, so tiny and large gaps fit on one chart). If the network remembers the first word, the gap stays wide.`,
    predict: {
      id: 'vanilla-long',
      veil: 'memory',
      question: () => `For the vanilla RNN (the grey line), how much of step 1’s gap is left ${atShe}?`,
      options: keptOptions,
      answer: (run) => keptAt(run, 'vanilla', she).kept,
      explain: (run) =>
        `${keptLine(run, 'vanilla', 'The vanilla RNN')} Each step mixes the old memory with the new word through the same weights, and tanh squashes it again; what came from “Alice” shrinks at every step — here it halves about every ${halfLifeText(run.memory.vanilla, run.labels.length)} (its half-life) — so after ${she} steps it is ${{ most: 'still large here', some: 'a small fraction', none: 'effectively none' }[keptAt(run, 'vanilla', she).kept]}.`,
    },
  },
  {
    id: 'output-and-loss',
    title: 'What the network answers, and how wrong it is',
    spot: 'timeline',
    spotName: 'the timeline and its answer row, y',
    setup: { preset: 'long', cell: 'vanilla', weights: 'trained', step: last },
    narrate: (run) => {
      const r = readoutAt(run, 'vanilla', last);
      if (!r) return 'Loading the trained models…';
      return `Now trained weights (the stops before used random ones). A memory alone answers nothing: to do a task, one more weight matrix reads h_t out into an [[output]], a score for each possible answer, which softmax turns into probabilities that add up to 1. The new row y under the timeline shows the top answer at each step, in purple when it is right. These models were [[training|trained]] to name a sentence’s first word ${atLast}; there the vanilla RNN gives “${r.truth}” ${pct(r.pTruth)}.${rightSteps(run) < run.labels.length ? ` Training checked its answer only at the last word of each training sentence, so elsewhere it can be wrong: it names “${r.truth}” at only ${rightSteps(run)} of the ${run.labels.length} steps.` : ''} Its [[loss]] there (cross-entropy) is −ln ${fmt(r.pTruth, 4)} = ${nats(r.loss)}: 0 when it is sure and right, larger the less it gave the right answer; guessing evenly among the ${run.answers?.classes.length ?? 4} names would give −ln(1/${run.answers?.classes.length ?? 4}) = ${nats(Math.log(run.answers?.classes.length ?? 4))}. Training nudges every weight a little against its [[gradient]] — the direction that would raise the loss — over thousands of sentences.`;
    },
    predict: {
      id: 'loss-halved',
      question: (run) => {
        const r = readoutAt(run, 'vanilla', last);
        return r
          ? `Had the vanilla RNN given “${r.truth}” half of that, ${pct(r.pTruth / 2)}, what would its loss be?`
          : 'Had it given the right answer half the probability, what would its loss be?';
      },
      options: (run) => {
        const r = readoutAt(run, 'vanilla', last);
        const L = r?.loss ?? 0;
        return [
          { id: 'double', label: `Double: ${nats(2 * L)}` },
          { id: 'plus-ln2', label: `${fmt(Math.LN2, 2)} more: ${nats(L + Math.LN2)}` },
          { id: 'half', label: `Half: ${nats(L / 2)}` },
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
        return `−ln ${fmt(r.pTruth / 2, 4)} = ${nats(-Math.log(r.pTruth / 2))}. A logarithm turns halving into adding ln 2 ≈ 0.69, whatever the probability was: the loss punishes a confident wrong answer without limit and barely rewards the last few per cent of a right one.${wrongAtShe(run)}`;
      },
    },
  },
  {
    id: 'why-it-fades',
    title: 'Why it fades: the same weights, again and again',
    spot: 'gradient',
    spotName: 'the gradient-signal chart',
    setup: { preset: 'long', cell: 'vanilla', step: she, detail: 'everything', levels: [2] },
    narrate: (_run, deep) => {
      const g = deep?.gradient?.vanilla.values;
      const numbers = g
        ? ` For the vanilla RNN it falls from ${fmt(g[0])} at step 1 to ${fmt(g[she])} ${atShe}.`
        : '';
      return `Back to random weights. Training nudges each weight against its [[gradient]] (stop ${stopNumber('output-and-loss')}). For a word late in the sentence to teach the network anything about “Alice”, that nudge is worked out backwards, from step ${she + 1} to step 1: ${she} times through the same recurrent weights W_hh and tanh’s slope (how much tanh’s output moves when its input moves; at most 1). Passed again and again through the same matrix, the signal shrinks at every pass when the gain — how much repeated multiplication stretches in the long run, times tanh’s slope — is below 1: the [[vanishing gradient]]. It is the forgetting of stop ${stopNumber('forgetting')}, read backwards. The chart shows how much h_t would move if the first input moved a little.${numbers} (The LSTM’s line stays up because this preset opens its forget gates: bias 4.) The page now shows all its detail, with the math open.`;
    },
  },
  {
    id: 'explodes',
    title: 'Large weights, nothing to squash them',
    spot: 'memory',
    spotName: 'the memory chart',
    // Back to Essentials after the stop that opened level 2: the rest of the tour needs no more.
    setup: { preset: 'exploding', cell: 'vanilla', step: 15, detail: 'essentials' },
    narrate: (run) =>
      `The Exploding preset makes the recurrent weights W_hh three times larger than PyTorch starts them, and uses [[ReLU]] instead of tanh: ReLU turns negative numbers into 0 but, unlike tanh, has no upper limit. ${run.labels.length} words; the memory chart swaps the first, “${run.swap.from}” → “${run.swap.to}”.`,
    predict: {
      id: 'exploding',
      veil: 'memory',
      question: () =>
        'With recurrent weights ×3 and no squashing, does the first word’s influence shrink or grow along the sentence?',
      options: () => [
        { id: 'shrink', label: 'It shrinks, as before' },
        { id: 'grow', label: 'It grows' },
      ],
      answer: (run) => (influenceGrows(run, 'vanilla').grows ? 'grow' : 'shrink'),
      explain: (run) => {
        const g = influenceGrows(run, 'vanilla');
        return `From ${fmt(g.first)} at step 1 to ${fmt(g.last)} at the last step. Multiplying again and again by the same matrix shrinks a difference when its gain — how much repeated multiplication stretches in the long run (the size of its largest eigenvalue), times the activation’s slope — is below 1, and grows it when above 1: ×3 pushes the gain ${g.grows ? 'above 1. ReLU’s slope is 1 on the units it lets through and 0 on the rest, so it trims the growth but never squashes large values back — exploding activations, and exploding gradients with them' : 'up, but not above 1 on this sentence'}.`;
      },
    },
  },
  {
    id: 'lstm-gates',
    title: 'Gates: an LSTM at PyTorch’s default',
    spot: 'memory',
    spotName: 'the memory chart',
    setup: { preset: 'long', cell: 'lstm', forgetBias: 0, step: she },
    narrate: (run) =>
      `The LSTM adds gates, numbers between 0 and 1 that decide what to keep. Its forget gate f multiplies the old cell state at every step. Here its forget gate’s [[bias]], the number that sets where the gate starts, is 0 — where PyTorch starts it on average — and on this sentence f averages ${meanGate(run, 'lstm')}.`,
    predict: {
      id: 'lstm-default',
      veil: 'memory',
      question: () =>
        `An untrained LSTM with forget bias 0: how much of “Alice” does it still carry ${atShe}?`,
      options: keptOptions,
      answer: (run) => keptAt(run, 'lstm', she).kept,
      explain: (run) =>
        `${keptLine(run, 'lstm', 'This LSTM')} Many expect the LSTM to remember just because it has gates. A gate near 0.5 halves the cell state every step; an LSTM keeps its memory only where its forget gates are near 1, which training (or the bias) must arrange.`,
    },
  },
  {
    id: 'cell-state-lane',
    title: 'The cell-state lane',
    spot: 'timeline',
    spotName: 'the cell-state lane on top of the timeline',
    setup: { preset: 'long', cell: 'lstm', step: she },
    narrate: (run) =>
      `The lane on top of the timeline is the LSTM’s cell state c. Along the lane itself, c is only multiplied by f and added to at each step — never multiplied by a weight matrix or passed through tanh — so when f is near 1 what is on the lane rides along it nearly untouched (f also reads h, so the lane is not sealed off from the rest of the cell). This preset starts f nearly open (forget bias 4): on this sentence f averages ${meanGate(run, 'lstm')}.`,
    predict: {
      id: 'lstm-open',
      veil: 'memory',
      question: () =>
        `With the forget gates started nearly open (bias 4), how much of “Alice” is left ${atShe}?`,
      options: keptOptions,
      answer: (run) => keptAt(run, 'lstm', she).kept,
      explain: (run) =>
        `${keptLine(run, 'lstm', 'The LSTM')} If f alone acted on the difference, its average ${meanGate(run, 'lstm')} multiplied ${she} times would leave about ${pct(gateStats(run.traces.lstm, 1).mean ** she)}; but the difference also reaches the gates through h and is written back onto the lane, so what is left is not a power of f. The same cell as the stop before; only the forget-gate bias changed (0 → 4). The result depends on that knob, not on the LSTM alone.`,
    },
  },
  {
    id: 'gru',
    title: 'The GRU: one memory, two gates',
    spot: 'memory',
    spotName: 'the memory chart',
    setup: { preset: 'long', cell: 'gru', step: she },
    narrate: (run) =>
      `The GRU has no separate lane: its update gate z blends the old memory with a new proposal computed from the word and the memory (the candidate) at each step: z near 1 keeps the old memory (as PyTorch writes it; some texts flip z). With these random weights z averages ${meanGate(run, 'gru')} on this sentence.`,
    predict: {
      // Asked as a rate, not as what is left at step 51: there both cells keep under a millionth,
      // and "more" or "less" of nothing is no question.
      id: 'gru-half-life',
      veil: 'memory',
      question: () =>
        'Whose memory of “Alice” fades more slowly along this sentence: this untrained GRU’s or the vanilla RNN’s? (Compare their half-lives: the steps the swap test’s difference takes to halve.)',
      options: () => [
        { id: 'gru', label: 'The GRU’s' },
        { id: 'vanilla', label: 'The vanilla RNN’s' },
      ],
      answer: (run) => {
        const g = run.memory.gru.halfLife;
        const v = run.memory.vanilla.halfLife;
        if (g === null && v === null) return null;
        return g === null || (v !== null && g > v) ? 'gru' : 'vanilla';
      },
      explain: (run) =>
        `Half-life: GRU ${halfLifeText(run.memory.gru, run.labels.length)}, vanilla RNN ${halfLifeText(run.memory.vanilla, run.labels.length)}. Either way the difference halves again and again: by “${LONG_LATE_WORD}” (step ${she + 1}) the GRU keeps ${pct(keptAt(run, 'gru', she).share)} and the vanilla RNN ${pct(keptAt(run, 'vanilla', she).share)} of it. A gate that keeps only part of the memory at each step still forgets step after step — faster or slower depending on the weights; neither cell is trained here.`,
    },
  },
  {
    id: 'training',
    title: 'What training changes',
    spot: 'memory',
    spotName: 'the memory chart',
    setup: { preset: 'long', cell: 'vanilla', weights: 'trained', step: last },
    narrate: (run) =>
      run.trained
        ? `Trained weights again, as at stop ${stopNumber('output-and-loss')}: each model was trained to name the first word at the last word of sentences up to 64 words long, starting from random weights and from short sentences first (a [[curriculum]]). The memory chart runs the swap test on them.${untrainedBeside(run).includes('mingru') ? ' Its fourth line, the minGRU, has no trained model here and keeps random weights.' : ''}`
        : 'Loading the trained models…',
    predict: {
      id: 'trained-vanilla',
      veil: 'memory',
      question: () => `After training, how much of “Alice” does the vanilla RNN carry ${atLast}?`,
      options: keptOptions,
      answer: (run) => (run.trained ? keptAt(run, 'vanilla', last).kept : null),
      explain: (run) => {
        const r = readoutAt(run, 'vanilla', last);
        const named = r
          ? ` Its readout names “${r.answer}” (${pct(r.p)}) here, the “Who did it?” table says: the memory holds the first word in a form the readout was trained to decode at this step. The swap test measures how much the memory depends on the first word; what a readout can decode is a different question, and at steps it was not trained on (such as “${LONG_LATE_WORD}”, step ${she + 1}) the same readout can be wrong while the memory still depends on “Alice”.`
          : '';
        return `${keptLine(run, 'vanilla', 'The trained vanilla RNN', last)}${named} The cell is the same; only its weights changed. Memory over long spans is learnable — training had to find weights that keep “Alice”.`;
      },
    },
  },
  {
    id: 'train-yourself',
    title: 'Train them yourself',
    spot: 'lab',
    spotName: 'the training lab',
    setup: { preset: 'long', cell: 'vanilla', step: she },
    narrate: () =>
      'In the training lab the three cells learn the same memory task side by side, in your browser. Pick a task and press Train: you will see which one learns to remember, and how the result depends on the settings.',
  },
];
