/** The gate-by-gate drawings of one LSTM unit and one GRU unit (after colah), each built up stage by stage. */
import type { GruUnit, LstmUnit } from '../../../compute/gateValues';
import { fmt } from '../../../ui/charts/scales';
import type { ReactNode } from 'react';

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

export function LstmSvg({ u, stage }: { u: LstmUnit; stage: number }) {
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

export function GruSvg({ u, stage }: { u: GruUnit; stage: number }) {
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
