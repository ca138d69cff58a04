/**
 * The lesson's first telling (level 1): why a sequence needs memory, then one paragraph per idea,
 * each shown beside the thing it talks about. Terms of art are marked for the glossary (content/terms).
 */
export interface Paragraph {
  text: string;
  /** What on the page the paragraph is about (shown as a small pointer). */
  see?: string;
  /** The element the pointer scrolls to and highlights (ui/shared/spotlight's SPOTS). */
  spot?: SpotId;
}

/** Things on the page a paragraph or a tour stop can point at. */
export type SpotId =
  | 'timeline'
  | 'inspector'
  | 'memory'
  | 'cells'
  | 'presets'
  | 'live-eq'
  | 'gradient'
  | 'gates'
  | 'inspector-eq'
  | 'bidir'
  | 'seq2seq'
  | 'bptt'
  | 'truncation'
  | 'clipping'
  | 'attention'
  | 'ssm'
  | 'lab'
  | 'answers';

/** The opener: a sentence whose answer depends on its first word. */
export const OPENER = {
  title: 'Why a sequence needs memory',
  text: 'Read “Alice packed her old red bag, … and when the train finally stopped she smiled.” Who smiled? You know only because you still remember the first word. A network that reads one word at a time needs the same thing: a memory it carries from word to word. A recurrent network keeps that memory as a short list of numbers, its [[hidden state]], and rewrites it at every word. Below you can watch it happen, one step at a time.',
};

export const STORY: readonly Paragraph[] = [
  {
    text: 'A recurrent network is one small network used again and again. At every [[timestep|step]] it reads one [[token]] and its own memory from the step before, and writes a new memory. The [[weights]] are the same at every step — that is the dashed “same weights” rail over the timeline.',
    see: 'the timeline',
    spot: 'timeline',
  },
  {
    text: 'The memory is the [[hidden state]] h: a short vector of numbers, the bars in each cell (purple above zero, orange below). After the last token it is the network’s summary of the whole sequence. Step through the timeline and watch each word nudge the bars.',
    see: 'the bars of the selected step',
    spot: 'inspector',
  },
  {
    text: 'The catch: with the random weights shown here, a plain ([[vanilla RNN|“vanilla”]]) RNN lets the first words fade fast. Pick the Long sequence preset: [[swap|the swap test]] replaces the first word (“Alice” → “Bob”) and the memory chart measures how far the memory ends up from where it was, on a [[log scale]]. For the vanilla RNN — the grey line — the difference falls by orders of magnitude: by the word the caption names, the state barely depends on the first word any more. That is vanishing memory. Level 2 shows why: each step multiplies the difference by the same kind of factor (tanh’s slope times the recurrent weights), which shrinks it — and the same product shrinks the [[vanishing gradient|gradient]] training needs to fix it. (Training can teach even a vanilla RNN to hold on: the training lab’s last panel says when.)',
    see: 'the memory chart',
    spot: 'memory',
  },
  {
    text: 'Gated cells — the [[LSTM]] and the [[GRU]] — add tiny networks, [[gate|gates]], that decide at each step what to keep and what to forget. The LSTM’s [[cell state]] c (the lane on top) is multiplied by the [[forget gate]] f, then added to: while f stays near 1, memory passes along it almost untouched. The Long sequence preset starts the LSTM’s forget gates nearly open ([[forget bias]] 4), so its line does not fall at all; at 0, where PyTorch’s initialisation puts it on average, the same LSTM loses “Alice” too (the guided tour’s stop on gates shows it). A trained LSTM has to learn to keep its gates open where memory matters.',
    see: 'the cell switch',
    spot: 'cells',
  },
];

export const HISTORY =
  'For about a decade, from speech recognition to machine translation, RNNs — mostly LSTMs — were the default model for sequences, until transformers took over around 2017–2018.';
