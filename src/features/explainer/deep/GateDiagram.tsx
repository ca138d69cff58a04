/**
 * Gate by gate (after colah's "Understanding LSTM Networks"): the LSTM or GRU cell drawn as wires
 * and gates, carrying one unit's live values at the selected step, built up one gate at a time.
 * Every number comes from the engine's trace (state/gateValues.ts).
 */
import { useState } from 'react';
import { CELL_NAMES } from '../../../content/cells';
import type { ReactNode } from 'react';
import { gateStats } from '../../../compute/run';
import type { Run } from '../../../compute/run';
import { gruUnit, lstmUnit } from '../../../compute/gateValues';
import type { GruUnit, LstmUnit } from '../../../compute/gateValues';
import { RadioGroup } from '../../../ui/controls/RadioGroup';
import { fmt } from '../../../ui/charts/scales';
import { withSubscripts } from '../../../ui/shared/Subscripts';
import { GruSvg, LstmSvg } from './GateSvgs';
import { shorten } from '../../../ui/shared/graphemes';
import { wholePct as pct0 } from '../../../compute/format';
import type { StreamTrace } from '../../../engine/types';

type GatedCell = 'lstm' | 'gru';

const STAGES: Record<GatedCell, readonly string[]> = {
  lstm: ['Forget gate', 'Input gate', 'Output gate'],
  gru: ['Reset gate', 'Candidate', 'Update gate'],
};

const f3 = (v: number) => fmt(v, 3);

/** What each stage says, with the unit's numbers; each sentence is the arithmetic the wire shows. */
export function lstmNarration(u: LstmUnit, stage: number): string[] {
  return [
    `Forget: f = ${f3(u.f)} (f = 1 means keep, f = 0 means erase), so ×f keeps ${f3(u.f)} × ${f3(u.cPrev)} = ${f3(u.kept)} of the old cell state c_{t−1}.`,
    `Input: the input gate i = ${f3(u.i)} admits the candidate g = ${f3(u.g)}; i·g = ${f3(u.written)} is added: c_t = ${f3(u.kept)} + ${f3(u.written)} = ${f3(u.c)}.`,
    `Output: the output gate o = ${f3(u.o)} decides how much of tanh(c_t) = ${f3(u.tanhC)} to show: h_t = ${f3(u.o)} × ${f3(u.tanhC)} = ${f3(u.h)}.`,
  ].slice(0, stage + 1);
}

export function gruNarration(u: GruUnit, stage: number): string[] {
  const fromOld = u.r * u.hn;
  return [
    `Reset: r = ${f3(u.r)} decides how much of the old state feeds the candidate: r × (W_hn h_{t−1} + b_hn) = ${f3(u.r)} × ${f3(u.hn)} = ${f3(fromOld)}.`,
    `Candidate: n = tanh(W_in x_t + b_in + ${f3(fromOld)}) = tanh(${f3(u.xn)} + ${f3(fromOld)}) = ${f3(u.n)}.`,
    `Update: z = ${f3(u.z)} is the share of the old state kept (in PyTorch z = 1 keeps; Christopher Olah’s “Understanding LSTM Networks” writes it the other way round): h_t = (1 − ${f3(u.z)}) × ${f3(u.n)} + ${f3(u.z)} × ${f3(u.hPrev)} = ${f3(u.h)}.`,
  ].slice(0, stage + 1);
}

/**
 * What random weights do to the gates on this run, from its numbers: gates that mostly let about half
 * through decide little; large pre-activations (inputs in the hundreds, say) saturate them instead
 * (towards 0 or 1) — still not a learned decision. "Mostly": at least half of the values between
 * 0.25 and 0.75. (On words, even the largest weight scale leaves them near 0.5: the test shows both.)
 */
/** What the caption says of each diagrammed cell's untrained gates: the two gates it reads, and its bias knob. */
const UNTRAINED: Record<
  GatedCell,
  { blocks: [number, number]; names: string; shift: (c: Run['config']) => string }
> = {
  lstm: {
    blocks: [0, 3],
    names: 'the input and output gates (i, o)',
    shift: (c) => `the forget gate follows the forget-gate bias knob (here ${fmt(c.forgetBias, 1)})`,
  },
  gru: {
    blocks: [0, 1],
    names: 'r and z',
    shift: (c) => `z moves with the update-gate bias shift (here ${fmt(c.updateBias, 1)})`,
  },
};

/** Each diagrammed cell's unit values, narration and drawing at a stage. */
const DRAWN: Record<
  GatedCell,
  (tr: StreamTrace, step: number, unit: number, stage: number) => { lines: string[]; drawing: ReactNode }
> = {
  lstm: (tr, step, unit, stage) => {
    const u = lstmUnit(tr, step, unit);
    return { lines: lstmNarration(u, stage), drawing: <LstmSvg u={u} stage={stage} /> };
  },
  gru: (tr, step, unit, stage) => {
    const u = gruUnit(tr, step, unit);
    return { lines: gruNarration(u, stage), drawing: <GruSvg u={u} stage={stage} /> };
  },
};

const diagrammed = (cell: string): cell is GatedCell => cell in STAGES;

export function untrainedGates(run: Run, cell: GatedCell): string {
  // The diagram's own cell, not the page's: a GRU drawn beside an LSTM caption misled (issue 20).
  const d = UNTRAINED[cell];
  const [a, b] = d.blocks.map((k) => gateStats(run.traces[cell], k));
  const names = d.names;
  const numbers = `mean ${fmt(a.mean, 2)} and ${fmt(b.mean, 2)}, ${pct0(a.middle)} and ${pct0(b.middle)} of their values between 0.25 and 0.75`;
  const shift = d.shift(run.config);
  const sitMiddle = a.middle >= 0.5 && b.middle >= 0.5;
  return sitMiddle
    ? `Random weights: ${names} sit near 0.5 (${numbers}) and decide little; ${shift}. Training is what makes gates decide (the lab below).`
    : `Random weights: ${names} are pushed towards 0 or 1 (${numbers}) — saturated by large inputs to the gates, not a learned decision; ${shift}. Training is what makes gates decide (the lab below).`;
}

export function GateDiagram({ run, step }: { run: Run; step: number }) {
  const [cell, setCell] = useState<GatedCell>(diagrammed(run.config.cell) ? run.config.cell : 'lstm');
  const [stage, setStage] = useState(0);
  const [unitPick, setUnit] = useState(0);
  const tr = run.traces[cell].streams.l0;
  const unit = Math.min(unitPick, tr.H - 1);
  const stages = STAGES[cell];
  const { lines, drawing } = DRAWN[cell](tr, step, unit, stage);
  return (
    <figure className="deep gates-figure">
      <h3 id="gates-title">
        Gate by gate: one unit of the {CELL_NAMES[cell]} at step {step + 1} (“{shorten(run.labels[step], 24)}
        ”)
      </h3>
      <div className="deep-controls">
        <RadioGroup
          legend="Cell in the diagram"
          name="gate-cell"
          options={[
            { value: 'lstm', label: 'LSTM' },
            { value: 'gru', label: 'GRU' },
          ]}
          value={cell}
          onChange={(c) => {
            setCell(c);
            setStage(0);
          }}
        />
        <RadioGroup
          legend="Build up to"
          name="gate-stage"
          options={stages.map((s, i) => ({ value: String(i), label: `${i + 1}. ${s}` }))}
          value={String(stage)}
          onChange={(v) => setStage(Number(v))}
        />
        <label>
          Unit{' '}
          <output>
            {unit + 1} of {tr.H}
          </output>
          <input
            type="range"
            min={1}
            max={tr.H}
            value={unit + 1}
            onChange={(e) => setUnit(Number(e.target.value) - 1)}
            aria-label="Unit shown in the gate diagram"
          />
        </label>
        {stage < stages.length - 1 && (
          <button type="button" onClick={() => setStage(stage + 1)}>
            Next gate: {stages[stage + 1]} →
          </button>
        )}
      </div>
      <p className="scroll-cue">The diagram is drawn at its own size: scroll it sideways →</p>
      <div
        className="gate-svg-wrap"
        tabIndex={0}
        role="group"
        aria-label="Gate diagram (scrolls sideways when wide)"
      >
        <svg
          viewBox="0 0 660 240"
          className="gate-svg"
          role="img"
          aria-labelledby="gates-title gates-caption"
        >
          <defs>
            <marker
              id="arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" className="arrowhead" />
            </marker>
          </defs>
          {drawing}
        </svg>
      </div>
      <figcaption id="gates-caption" aria-live="polite">
        {lines.map((l) => (
          <span key={l} className="gate-line">
            {withSubscripts(l)}{' '}
          </span>
        ))}
        {run.trained ? 'Weights trained in the lab.' : untrainedGates(run, cell)}
      </figcaption>
    </figure>
  );
}
