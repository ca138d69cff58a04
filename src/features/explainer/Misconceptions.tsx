/**
 * Five common misconceptions, named where they arise and answered with this run's own numbers.
 */
import { gateStats } from '../../compute/run';
import type { DeepRun, Run } from '../../compute/run';
import { CELL_LABELS } from '../../state/config';
import { fmt } from '../../ui/charts/scales';
import { paramCount } from '../../ui/controls/ParamCount';
import { halfLifeText, pct, shareOfStep1 } from '../../ui/charts/MemoryChart';

export function Misconceptions({ run, deep }: { run: Run; deep: DeepRun }) {
  const T = run.labels.length;
  const H = run.trace.model.spec.hiddenSize;
  const cell = run.config.cell;
  const mem = run.memory[cell];
  // The LSTM's mean forget gate over every step and unit (gate block 1: PyTorch's i, f, g, o).
  const f = gateStats(run.traces.lstm, 1).mean;
  return (
    <section className="deep misconceptions" aria-labelledby="misc-title">
      <h3 id="misc-title">Common misconceptions, checked on this run</h3>
      <dl>
        <dt>“More timesteps means more layers.”</dt>
        <dd>
          Unrolled, this run is {T} steps long, but it is one layer: the same cell is applied {T} times.{' '}
          <code>nn.RNN(num_layers=2)</code> stacks a second cell on the first one’s outputs — depth across
          layers — and leaves the {T} steps as they are.
        </dd>
        <dt>“A longer sequence needs a bigger model.”</dt>
        <dd>
          Half true. The weights do not grow with the sequence: the parameter count depends on the hidden and
          input sizes only — {paramCount(run, 'lstm').toLocaleString('en')} for this LSTM — so the same
          weights read 5 tokens or 200. But the memory does not grow either: {H} numbers hold whatever the
          network keeps of all {T} tokens, so remembering more of a longer sequence does need a bigger state
          (a larger hidden size), or attention, which keeps every token.
        </dd>
        <dt>“The hidden state stores the tokens.”</dt>
        <dd>
          It is a fixed-size, lossy summary: {H} numbers after {T} tokens. Swapping the first word still moves
          the {CELL_LABELS[cell]}’s last state by {T > 1 ? pct(shareOfStep1(mem, T - 1)) : '100%'} of what it
          moved it at step 1 (half-life: {halfLifeText(mem, T)}).
        </dd>
        <dt>“LSTMs solve vanishing gradients.”</dt>
        <dd>
          Only while the forget gate stays near 1. Here the LSTM’s forget gate averages {fmt(f, 2)} (forget
          bias {run.trained ? 'as trained' : fmt(run.config.forgetBias, 1)}); at {fmt(f, 2)} the cell state
          keeps about {fmt(100 * f, 0)}% per step, so after 20 steps roughly {fmt(f, 2)}²⁰ ≈ {fmt(f ** 20)} of
          it is left. An LSTM at PyTorch’s default bias forgets nearly as fast as the vanilla RNN — one click
          under the presets shows it.
        </dd>
        <dt>“Gradient clipping fixes vanishing gradients.”</dt>
        <dd>
          Clipping only shrinks a gradient whose norm is over the threshold — it multiplies the whole vector
          by at most 1 — so it never enlarges a small part of it. On a loss at the last step, the vanilla
          RNN’s term from step 1 is {fmt(deep.lags.vanilla[0])} here (the lag chart above); clipping can only
          make it smaller.
        </dd>
      </dl>
    </section>
  );
}
