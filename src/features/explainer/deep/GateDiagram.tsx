/**
 * Gate by gate (after colah's "Understanding LSTM Networks"): the LSTM or GRU cell drawn as wires
 * and gates, carrying one unit's live values at the selected step, built up one gate at a time.
 * Every number comes from the engine's trace (state/gateValues.ts).
 */
import { useState } from 'react';
import { CELL_NAMES } from '../../../engine/cells/vocabulary';
import type { ReactNode } from 'react';
import { gateStats } from '../../../compute/run';
import type { Run } from '../../../compute/run';
import { gruUnit, lstmUnit } from '../../../compute/gateValues';
import type { GruUnit, LstmUnit } from '../../../compute/gateValues';
import { RadioGroup } from '../../../ui/controls/RadioGroup';
import { fmt } from '../../../ui/charts/scales';
import { withSubscripts } from '../../../ui/shared/Subscripts';
import { shorten } from '../../../ui/shared/graphemes';
import { wholePct as pct0 } from '../../../compute/format';

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

/** A label with a subscript, for SVG text. */
function Sub({ base, sub }: { base: string; sub: string }) {
  return (
    <>
      {base}
      <tspan baselineShift="sub" fontSize="70%">
        {sub}
      </tspan>
    </>
  );
}

/**
 * A junction with its gate's name and value: above it by default, or to its left where a wire runs
 * through the space above (the GRU's r, fed from h_{t−1} straight down).
 */
function Node({
  x,
  y,
  op,
  label,
  value,
  r = 15,
  labelAt = 'above',
}: {
  x: number;
  y: number;
  op: string;
  label?: ReactNode;
  value?: number;
  r?: number;
  labelAt?: 'above' | 'left' | 'below';
}) {
  const at =
    labelAt === 'left'
      ? { x: x - r - 8, y: y + 4, anchor: 'end' as const }
      : labelAt === 'below'
        ? { x, y: y + r + 18, anchor: 'middle' as const }
        : { x, y: y - r - 9, anchor: 'middle' as const };
  return (
    <g className="gate-node">
      <circle cx={x} cy={y} r={r} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" className={op.length > 1 ? 'op op-word' : 'op'}>
        {op}
      </text>
      {label && (
        <text x={at.x} y={at.y} textAnchor={at.anchor} className="gate-label">
          {label}
          {value !== undefined && ` = ${fmt(value, 2)}`}
        </text>
      )}
    </g>
  );
}

function Val({
  x,
  y,
  v,
  anchor = 'middle',
}: {
  x: number;
  y: number;
  v: number;
  anchor?: 'start' | 'middle' | 'end';
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} className="wire-value">
      {fmt(v, 3)}
    </text>
  );
}

function LstmSvg({ u, stage }: { u: LstmUnit; stage: number }) {
  return (
    <>
      <line
        x1={70}
        x2={stage >= 1 ? 560 : 340}
        y1={60}
        y2={60}
        className="wire lane"
        markerEnd="url(#arrow)"
      />
      <text x={20} y={64} className="wire-name">
        <Sub base="c" sub="t−1" />
      </text>
      <Val x={110} y={50} v={u.cPrev} />
      <Node x={210} y={60} op="×" label="f" value={u.f} />
      <Val x={300} y={50} v={u.kept} />
      {stage >= 1 && (
        <>
          <Node x={400} y={60} op="+" />
          <rect x={345} y={140} width={110} height={34} rx={6} className="gate-box" />
          <text x={400} y={161} textAnchor="middle" className="gate-label">
            i·g = {fmt(u.i, 2)}·{fmt(u.g, 2)}
          </text>
          <line x1={400} x2={400} y1={140} y2={77} className="wire" markerEnd="url(#arrow)" />
          <Val x={408} y={118} v={u.written} anchor="start" />
          <text x={568} y={64} className="wire-name">
            <Sub base="c" sub="t" />
          </text>
          <Val x={600} y={50} v={u.c} />
        </>
      )}
      {stage >= 2 && (
        <>
          <line x1={500} x2={500} y1={60} y2={108} className="wire" markerEnd="url(#arrow)" />
          <rect x={470} y={110} width={60} height={26} rx={6} className="gate-box" />
          <text x={500} y={127} textAnchor="middle" className="gate-label">
            tanh
          </text>
          <line x1={500} x2={500} y1={136} y2={180} className="wire" />
          <Val x={508} y={160} v={u.tanhC} anchor="start" />
          <Node x={500} y={195} op="×" label="o" value={u.o} labelAt="below" />
          <line x1={515} x2={560} y1={195} y2={195} className="wire" markerEnd="url(#arrow)" />
          <text x={568} y={199} className="wire-name">
            <Sub base="h" sub="t" />
          </text>
          <Val x={600} y={185} v={u.h} />
        </>
      )}
    </>
  );
}

function GruSvg({ u, stage }: { u: GruUnit; stage: number }) {
  return (
    <>
      <line
        x1={70}
        x2={stage >= 2 ? 560 : 430}
        y1={60}
        y2={60}
        className="wire lane"
        markerEnd={stage >= 2 ? 'url(#arrow)' : undefined}
      />
      <text x={10} y={64} className="wire-name">
        <Sub base="h" sub="t−1" />
      </text>
      <Val x={110} y={50} v={u.hPrev} />
      <line x1={160} x2={160} y1={60} y2={180} className="wire" />
      <Node x={160} y={195} op="×" label="r" value={u.r} labelAt="left" />
      <text x={150} y={228} textAnchor="end" className="gate-label">
        <Sub base="W" sub="hn" />h + <Sub base="b" sub="hn" /> = {fmt(u.hn, 2)}
      </text>
      {stage >= 1 && (
        <>
          <line x1={175} x2={270} y1={195} y2={195} className="wire" markerEnd="url(#arrow)" />
          <rect x={272} y={180} width={120} height={30} rx={6} className="gate-box" />
          <text x={332} y={199} textAnchor="middle" className="gate-label">
            n = tanh(… + …)
          </text>
          <text x={332} y={228} textAnchor="middle" className="gate-label">
            <Sub base="W" sub="in" />x + <Sub base="b" sub="in" /> = {fmt(u.xn, 2)}
          </text>
          <line x1={392} x2={440} y1={195} y2={195} className="wire" />
          <Val x={416} y={185} v={u.n} />
        </>
      )}
      {stage >= 2 && (
        <>
          <line x1={450} x2={450} y1={180} y2={82} className="wire" markerEnd="url(#arrow)" />
          <Node x={450} y={60} op="mix" label="z" value={u.z} r={20} />
          <text x={462} y={130} className="gate-label">
            (1 − z)·n + z·h
          </text>
          <text x={568} y={64} className="wire-name">
            <Sub base="h" sub="t" />
          </text>
          <Val x={600} y={50} v={u.h} />
        </>
      )}
    </>
  );
}

/**
 * What random weights do to the gates on this run, from its numbers: gates that mostly let about half
 * through decide little; large pre-activations (inputs in the hundreds, say) saturate them instead
 * (towards 0 or 1) — still not a learned decision. "Mostly": at least half of the values between
 * 0.25 and 0.75. (On words, even the largest weight scale leaves them near 0.5: the test shows both.)
 */
export function untrainedGates(run: Run, cell: GatedCell): string {
  // The diagram's own cell, not the page's: a GRU drawn beside an LSTM caption misled (issue 20).
  const lstm = cell === 'lstm';
  const [a, b] = lstm
    ? [gateStats(run.traces.lstm, 0), gateStats(run.traces.lstm, 3)]
    : [gateStats(run.traces.gru, 0), gateStats(run.traces.gru, 1)];
  const names = lstm ? 'the input and output gates (i, o)' : 'r and z';
  const numbers = `mean ${fmt(a.mean, 2)} and ${fmt(b.mean, 2)}, ${pct0(a.middle)} and ${pct0(b.middle)} of their values between 0.25 and 0.75`;
  const shift = lstm
    ? `the forget gate follows the forget-gate bias knob (here ${fmt(run.config.forgetBias, 1)})`
    : `z moves with the update-gate bias shift (here ${fmt(run.config.updateBias, 1)})`;
  const sitMiddle = a.middle >= 0.5 && b.middle >= 0.5;
  return sitMiddle
    ? `Random weights: ${names} sit near 0.5 (${numbers}) and decide little; ${shift}. Training is what makes gates decide (the lab below).`
    : `Random weights: ${names} are pushed towards 0 or 1 (${numbers}) — saturated by large inputs to the gates, not a learned decision; ${shift}. Training is what makes gates decide (the lab below).`;
}

export function GateDiagram({ run, step }: { run: Run; step: number }) {
  const [cell, setCell] = useState<GatedCell>(run.config.cell === 'gru' ? 'gru' : 'lstm');
  const [stage, setStage] = useState(0);
  const [unitPick, setUnit] = useState(0);
  const tr = run.traces[cell].streams.l0;
  const unit = Math.min(unitPick, tr.H - 1);
  const stages = STAGES[cell];
  const u = cell === 'lstm' ? lstmUnit(tr, step, unit) : null;
  const g = cell === 'gru' ? gruUnit(tr, step, unit) : null;
  const lines = u ? lstmNarration(u, stage) : gruNarration(g!, stage);
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
          {u ? <LstmSvg u={u} stage={stage} /> : <GruSvg u={g!} stage={stage} />}
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
