/**
 * Everything about the selected step: what it read, how the memory changed (h_{t-1} -> h_t),
 * the cell's equation, and the gates (LSTM i,f,g,o; GRU r,z,n) or, for the vanilla cell, how
 * much of the update came from the input versus from the memory.
 */
import { useMemo } from 'react';
import { distance, maxAbs, norm } from '../../engine/linalg';
import type { StreamTrace } from '../../engine';
import { prevState } from '../../engine/prevState';
import { GATE_NAMES, inspectorEquation } from '../../content/equations';
import type { CellFamily } from '../../state/config';
import { CELL_LABELS } from '../../state/config';
import { Tex } from '../../ui/shared/Tex';
import { toSub as sub, wholePct } from '../../compute/format';
import { fmt } from '../../ui/charts/scales';
import { VectorBars } from './VectorBars';
import { spotHook } from '../../ui/shared/spotlight';
import { familySpec, isGated } from '../../engine/cells/vocabulary';
import { sentenceGap, t } from '../../i18n/i18n';
import { Trans } from '../../i18n/Trans';
import { usePart } from '../../i18n/usePart';

export interface InspectorProps {
  family: CellFamily;
  nonlinearity: 'tanh' | 'relu';
  stream: StreamTrace;
  step: number;
  label: string;
  extent: number;
  /** A symbol hovered in the explainer's equations or glossary: its bars light up here. */
  highlight?: string | null;
  /** The recurrent bias b_hh of the shown cell (the vanilla split names it apart from memory). */
  bHh: Float64Array;
  /** Essentials: the memory and the gates, without the equation (the idea comes before its notation). */
  basic?: boolean;
}

export function Inspector({
  family,
  nonlinearity,
  stream,
  step,
  label,
  extent,
  highlight,
  bHh,
  basic,
}: InspectorProps) {
  // Its words are a lazy part of the catalogue (below the first screen): an empty panel holds its
  // place for the moment before they are in.
  const ready = usePart('panels');
  const { H, G } = stream;
  // The ungated (vanilla) cell shows its input/recurrent split instead of gates; the LSTM its cell state.
  const gated = isGated(family);
  const withC = familySpec(family).cellState;
  // One scale for h and the vanilla split's terms, so a longer bar is always a larger number: with a
  // scale per row, Exploding's small memory term outdrew its state of 16. The LSTM's c gets its own:
  // on one scale with c (±9.5 on Long), h (within ±1) was drawn flat. The note names both.
  const scale = useMemo(() => inspectorScale(stream, bHh, extent, !gated), [stream, bHh, extent, gated]);
  const range: [number, number] = [-scale, scale];
  const cScale = withC && stream.c ? maxAbs(stream.c, 1) : scale;
  const cRange: [number, number] = [-cScale, cScale];
  const prev = prevState(stream, step);
  const hPrev = prev.h.subarray(prev.hOff, prev.hOff + H);
  const h = stream.h.subarray(step * H, (step + 1) * H);
  const gateRow = (k: number) => stream.gates.subarray(step * G * H + k * H, step * G * H + (k + 1) * H);
  if (!ready) return <section className="inspector panel" aria-busy="true" {...spotHook('gates')} />;
  return (
    <section className="inspector panel" aria-label={t('inspector.label')} {...spotHook('gates')}>
      <h2>
        <Trans
          id="inspector.heading"
          values={{ step: step + 1, token: label }}
          components={{ 0: <span className="token-chip" dir="auto" /> }}
        />
        <span className="inspector-cell">
          {' '}
          · {CELL_LABELS[family]}
          {gated ? '' : ` (${nonlinearity})`}
        </span>
      </h2>
      {!basic && (
        <div
          className="equation"
          {...spotHook('inspector-eq')}
          tabIndex={0}
          role="group"
          aria-label={t('inspector.equation')}
        >
          <Tex tex={inspectorEquation(family, nonlinearity)} display />
        </div>
      )}
      <div className="inspector-memory" {...spotHook('inspector')}>
        <h3>
          <Trans id="inspector.memory" components={{ 0: <sub /> }} />
        </h3>
        <VectorBars
          name={step === 0 ? t('inspector.hStart') : t('inspector.hBefore', { h: `h${sub(step)}` })}
          values={hPrev}
          range={range}
          highlighted={highlight === 'hprev'}
        />
        <VectorBars
          name={t('inspector.hAfter', { h: `h${sub(step + 1)}` })}
          values={h}
          range={range}
          highlighted={highlight === 'h'}
        />
      </div>
      <p className="note bar-scale">
        {withC && stream.c
          ? t('inspector.scaleWithC', { h: fmt(scale), c: fmt(cScale) })
          : t('inspector.scale', { h: fmt(scale), gated: gated ? 'yes' : 'no' })}
      </p>
      <p className="note">
        <Trans
          id="inspector.change"
          values={{ moved: fmt(distance(hPrev, h)) }}
          components={{ 0: <strong />, 1: <sub /> }}
        />
      </p>

      {!gated && (
        <VanillaSplit stream={stream} step={step} bHh={bHh} range={range} relu={nonlinearity === 'relu'} />
      )}

      {gated && (
        <>
          <h3>{t('inspector.gates')}</h3>
          {GATE_NAMES[family].map((g, k) => (
            <VectorBars
              key={g.key}
              name={t(`gate.${family}.${g.key}`)}
              values={gateRow(k)}
              range={g.range ?? ownRange(gateRow(k))}
              highlighted={highlight === g.key}
            />
          ))}
          {withC && stream.c && (
            <>
              <h3>
                <Trans id="inspector.cellState" components={{ 0: <sub /> }} />
              </h3>
              <VectorBars
                name={t('inspector.cBefore')}
                values={(prev.c as Float64Array).subarray(prev.cOff, prev.cOff + H)}
                range={cRange}
              />
              <VectorBars
                name={t('inspector.cAfter')}
                values={stream.c.subarray(step * H, (step + 1) * H)}
                range={cRange}
                highlighted={highlight === 'c'}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Where a vanilla step's pre-activation came from: the input (W_ih x_t + b_ih), the memory
 * (W_hh h_{t−1}) and the recurrent bias b_hh, each as a share of their sizes. The bias is named on
 * its own: at step 1, h₀ = 0, so nothing comes from memory even though W_hh h + b_hh is not zero.
 */
function VanillaSplit({
  stream,
  step,
  bHh,
  range,
  relu,
}: {
  stream: StreamTrace;
  step: number;
  bHh: Float64Array;
  range: [number, number];
  relu: boolean;
}) {
  const { H } = stream;
  const inputTerm = stream.ih.subarray(step * H, (step + 1) * H);
  const memoryTerm = Float64Array.from(stream.hh.subarray(step * H, (step + 1) * H), (v, j) => v - bHh[j]);
  const a = norm(inputTerm);
  const b = norm(memoryTerm);
  const c = norm(bHh.subarray(0, H));
  const total = a + b + c;
  return (
    <>
      <h3>{t('inspector.split.title')}</h3>
      <VectorBars
        name={t('inspector.split.inputTerm', { term: 'W_ih x_t + b_ih' })}
        values={inputTerm}
        range={range}
      />
      <VectorBars
        name={t('inspector.split.memoryTerm', { term: 'W_hh h_{t−1}' })}
        values={memoryTerm}
        range={range}
      />
      <div
        className="split"
        role="img"
        aria-label={t('inspector.split.label', {
          input: pct(a, total),
          memory: pct(b, total),
          bias: pct(c, total),
        })}
      >
        <div className="split-input" style={{ flexGrow: a }}>
          {t('inspector.split.input', { share: pct(a, total) })}
        </div>
        <div className="split-recurrent" style={{ flexGrow: b }}>
          {t('inspector.split.memory', { share: pct(b, total) })}
        </div>
        <div className="split-bias" style={{ flexGrow: c }}>
          <Trans id="inspector.split.bias" values={{ share: pct(c, total) }} components={{ 0: <sub /> }} />
        </div>
      </div>
      <p className="note">
        <Trans id="inspector.split.note" components={{ 0: <sub /> }} />
        {relu ? sentenceGap() + t('inspector.split.relu') : ''}
      </p>
      {step === 0 && <p className="note">{t('inspector.split.firstStep')}</p>}
    </>
  );
}

const pct = (x: number, total: number) => (total > 0 ? wholePct(x / total) : '—');

/** The largest |number| the h rows show over the run: h (given as `extent`) and the vanilla split's terms. */
function inspectorScale(stream: StreamTrace, bHh: Float64Array, extent: number, vanilla: boolean): number {
  let m = extent;
  if (vanilla) {
    const { H } = stream;
    m = Math.max(m, maxAbs(stream.ih, 1));
    for (let i = 0; i < stream.hh.length; i++) m = Math.max(m, Math.abs(stream.hh[i] - bHh[i % H]));
  }
  return m;
}

/** A symmetric scale for a row that no function bounds (the minGRU's candidate), at least ±1. */
function ownRange(values: Float64Array): [number, number] {
  const m = maxAbs(values, 1);
  return [-m, m];
}
