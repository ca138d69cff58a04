/** The observatory's sections, each drawn from what the reader chose and what the worker computed. */
import type { MouseEvent } from 'react';
import type { Discovery, SpanMatch, StateKind } from './units';
import type { Mode } from './observatoryState';
import { FEATURE_LABELS } from './features';
import type { FeatureId } from './features';
import { RadioGroup } from '../../ui/controls/RadioGroup';
import { stateColor } from '../../ui/charts/scales';
import { shorten } from '../../ui/shared/graphemes';
import { pct1 as pct } from '../../compute/format';

/** How a character is written in lists: visible names for the invisible ones. */
export const showChar = (c: string) => (c === '\n' ? '↵ newline' : c === ' ' ? '␣ space' : c);

export function FeatureUnits({
  disc,
  probes,
  kind,
  unit,
  onUnit,
}: {
  disc: Discovery | null;
  probes: Partial<Record<FeatureId, number>> | undefined;
  kind: StateKind;
  unit: number;
  onUnit: (u: number) => void;
}) {
  return (
    <section aria-labelledby="obs-features-title">
      <h3 id="obs-features-title">Units that track a feature of the text</h3>
      {disc ? (
        <>
          <p className="note">
            Pearson correlation of every unit’s {kind === 'c' ? 'cell state c' : 'hidden state h'} with each
            feature over {disc.chars.toLocaleString('en')} held-out characters; the best unit per feature.{' '}
            <strong>
              {disc.interpretable} of {disc.units}
            </strong>{' '}
            units correlate with some feature at |r| ≥ 0.5 — the rest match none of these features that
            strongly. Beside each, “all units”: a linear probe reading the feature from all {disc.units} units
            together (ridge regression fitted on the first half of those characters, r on the second half) —
            when it is high and the best single unit is not, the model keeps that feature spread over many
            units.
          </p>
          <ul className="feature-list">
            {disc.best.map((b) => (
              <li key={b.feature}>
                <button type="button" aria-pressed={b.unit === unit} onClick={() => onUnit(b.unit)}>
                  {FEATURE_LABELS[b.feature]} — unit {b.unit + 1}, r = {b.r.toFixed(2)}
                </button>
                <span className="probe-r">
                  {probes?.[b.feature] !== undefined
                    ? ` all units: r = ${probes[b.feature]!.toFixed(2)}`
                    : ''}
                </span>
              </li>
            ))}
          </ul>
          <Untracked disc={disc} />
        </>
      ) : (
        <p className="note" role="status">
          Ranking the units on held-out text…
        </p>
      )}
    </section>
  );
}

/** Below this |r| a unit does not "track" a feature (for comparison: the table above marks |r| ≥ 0.5). */
const TRACKS = 0.3;

function Untracked({ disc }: { disc: Discovery }) {
  const none = disc.best.filter((b) => Math.abs(b.r) < TRACKS);
  if (none.length === 0) return null;
  return (
    <p className="note untracked">
      No single unit tracks{' '}
      {none.map((b) => `${FEATURE_LABELS[b.feature]} (best |r| = ${Math.abs(b.r).toFixed(2)})`).join(', ')}{' '}
      here. Karpathy, Johnson &amp; Fei-Fei (2015) found a quote-tracking cell in larger LSTMs trained on far
      more text; these small models, trained briefly for this page, have none — where “all units” is high, the
      feature is kept, spread over many units.
    </p>
  );
}

export function TintedText({
  text,
  series,
  effect,
  at,
  unit,
  kind,
  mode,
  clampValue,
  onMouseUp,
}: {
  text: string;
  series: Float64Array | null;
  effect: Float64Array | null;
  at: number;
  unit: number;
  kind: StateKind;
  mode: Mode;
  clampValue: number;
  onMouseUp: (e: MouseEvent<HTMLElement>) => void;
}) {
  const held = mode === 'ablate' ? 'ablated (its h held at 0)' : `clamped (its h held at ${clampValue})`;
  // A held h is one colour everywhere: in the h view the tint shows what holding it changes instead.
  const byEffect = mode !== 'none' && kind === 'h' && effect !== null;
  const shown = byEffect ? effect : series;
  const extent = shown ? Math.max(kind === 'h' && !byEffect ? 1 : 0, ...Array.from(shown, Math.abs)) : 1;
  let most = 0;
  if (byEffect)
    for (let i = 1; i < effect.length; i++) if (Math.abs(effect[i]) > Math.abs(effect[most])) most = i;
  return (
    <figure className="obs-figure">
      <figcaption id="obs-tint-caption">
        {byEffect ? (
          <>
            With unit {unit + 1} {held}: each character tinted by how much more (purple) or less (orange)
            likely the model now finds the character that follows it, in bits (±{extent.toFixed(2)}); the
            largest change is {effect[most].toFixed(2)} bits, after character {most + 1} (“
            {showChar(text[most] ?? '')}”).
          </>
        ) : (
          <>
            Each character tinted by unit {unit + 1}’s {kind === 'c' ? 'cell state' : 'hidden state'} after
            reading it (orange negative, purple positive, ±{extent.toFixed(2)})
            {mode !== 'none'
              ? ` — with the unit ${held}${kind === 'c' ? '; the intervention acts on h, so the cell state c shown here still changes' : ''}`
              : ''}
            .
          </>
        )}
      </figcaption>
      <pre
        className="obs-text"
        onMouseUp={onMouseUp}
        aria-describedby="obs-tint-caption"
        data-unit={unit + 1}
      >
        {Array.from(text, (ch, i) => (
          <span
            key={i}
            data-i={i}
            className={i === at ? 'at' : undefined}
            style={shown ? tint((shown[i] ?? 0) / (extent || 1)) : undefined}
          >
            {ch}
          </span>
        ))}
      </pre>
    </figure>
  );
}

export function NextChars({
  text,
  at,
  T,
  predictions,
  onChar,
}: {
  text: string;
  at: number;
  T: number;
  predictions: { char: string; p: number }[];
  onChar: (c: number) => void;
}) {
  return (
    <section aria-labelledby="obs-next-title">
      <h3 id="obs-next-title">
        Next character after “{showChar(text[at] ?? '')}” (character {at + 1})
      </h3>
      <label>
        Character{' '}
        <output>
          {at + 1} of {T}
        </output>
        <input
          type="range"
          min={1}
          max={Math.max(1, T)}
          value={at + 1}
          onChange={(e) => onChar(Number(e.target.value) - 1)}
          aria-label="Character for the predictions"
        />
      </label>
      <ol className="obs-predictions" aria-label="Top next characters">
        {predictions.map((p) => (
          <li key={p.char}>
            <code>{showChar(p.char)}</code> {pct(p.p)}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Intervene({
  unit,
  mode,
  clampValue,
  onMode,
  onClamp,
}: {
  unit: number;
  mode: Mode;
  clampValue: number;
  onMode: (m: Mode) => void;
  onClamp: (v: number) => void;
}) {
  return (
    <section aria-labelledby="obs-intervene-title">
      <h3 id="obs-intervene-title">Intervene on unit {unit + 1}</h3>
      <RadioGroup
        legend="Unit intervention"
        name="obs-intervene"
        options={[
          { value: 'none', label: 'None' },
          { value: 'clamp', label: 'Clamp unit' },
          { value: 'ablate', label: 'Ablate unit' },
        ]}
        value={mode}
        onChange={onMode}
      />
      <label>
        Clamp value <output>{clampValue.toFixed(2)}</output>
        <input
          type="range"
          min={-1}
          max={1}
          step={0.05}
          value={clampValue}
          disabled={mode !== 'clamp'}
          onChange={(e) => onClamp(Number(e.target.value))}
          aria-label="Clamp value"
        />
      </label>
      <p className="note">
        Clamping holds the unit’s h at the value at every step (ablating holds it at 0); the states, tints,
        predictions and samples all follow.
      </p>
    </section>
  );
}

export function Sampler({
  count,
  temperature,
  sample,
  nextSeed,
  onTemperature,
  onSample,
}: {
  count: number;
  temperature: number;
  sample: string | null;
  nextSeed: number;
  onTemperature: (v: number) => void;
  onSample: () => void;
}) {
  return (
    <section aria-labelledby="obs-sample-title">
      <h3 id="obs-sample-title">Sample from the model</h3>
      <div className="deep-controls">
        <label>
          Temperature <output>{temperature.toFixed(2)}</output>
          <input
            type="range"
            min={0.1}
            max={2}
            step={0.05}
            value={temperature}
            onChange={(e) => onTemperature(Number(e.target.value))}
            aria-label="Temperature"
          />
        </label>
        <button type="button" onClick={onSample}>
          Sample {count} characters
        </button>
      </div>
      {sample !== null && (
        <pre className="obs-sample" aria-label="Sampled text">
          {sample}
        </pre>
      )}
      <p className="note">
        Continues the text up to the selected character; lower temperature is more predictable, higher more
        varied. Seeded: sample {nextSeed} next.
      </p>
    </section>
  );
}

export function SpanUnits({
  text,
  span,
  matches,
  kind,
  onUnit,
  onSpan,
}: {
  text: string;
  span: [number, number] | null;
  matches: SpanMatch[] | null;
  kind: StateKind;
  onUnit: (u: number) => void;
  onSpan: () => void;
}) {
  return (
    <section aria-labelledby="obs-span-title">
      <h3 id="obs-span-title">Units on inside a span (select and match)</h3>
      {span && matches ? (
        <>
          <p className="note">
            Characters {span[0] + 1}–{span[1]} (“{shorten(text.slice(span[0], span[1]), 40)}”): units whose
            mean {kind} inside the span differs most from outside, in standard deviations.
          </p>
          <ul className="feature-list">
            {matches.map((m) => (
              <li key={m.unit}>
                <button type="button" onClick={() => onUnit(m.unit)}>
                  unit {m.unit + 1}: {m.score > 0 ? '+' : ''}
                  {m.score.toFixed(2)} sd (inside {m.inside.toFixed(2)}, outside {m.outside.toFixed(2)})
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="note">Select a span of the tinted text with the mouse, or:</p>
      )}
      <div className="deep-controls">
        <button type="button" onClick={onSpan}>
          Use the 10 characters up to the selected one
        </button>
      </div>
    </section>
  );
}

/** Background by the diverging scale; text turns white where the tint is dark, for contrast. */
function tint(v: number) {
  return { background: stateColor(v), color: Math.abs(v) > 0.55 ? '#ffffff' : '#1d1d28' };
}
