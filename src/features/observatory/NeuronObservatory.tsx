/**
 * The neuron observatory: a character-level LSTM (and a GRU to compare) trained on lodash's source,
 * read one unit at a time. Every character of the reader's text is tinted by the chosen unit's
 * value after reading it (Karpathy's visual); units are ranked against programmatic features of
 * the text; the next-character prediction at any character is listed; a unit can be clamped or
 * ablated to see predictions and samples change; brushing a span finds the units on inside it.
 */
import { useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import { runChars, sampleText, topNext } from './charNet';
import type { CharRun, Intervention } from './charNet';
import { matchSpan, unitSeries } from './units';
import type { StateKind } from './units';
import { FEATURE_LABELS } from './features';
import { DISCOVERY_CHARS, loadCharModel, useCharModel, useDiscovery } from './useCharModel';
import { TIMELINE_CHARS, charBundle } from './charBundle';
import type { TrainedBundle } from '../../state/trainedBundle';
import { RadioGroup } from '../../ui/controls/RadioGroup';
import { stateColor } from '../../ui/charts/scales';
import { seededRandom } from '../../engine/random';
import { CELL_NAMES } from '../../engine/cells/vocabulary';
import { OBSERVATORY_SAMPLES } from '../../content/observatorySamples';
import { shorten } from '../../ui/shared/graphemes';
import { pct1 as pct } from '../../compute/format';

const MAX_CHARS = 2000;
/** A probability as a percentage; a small non-zero one keeps two significant digits rather than reading "0.0%". */
const SAMPLE_CHARS = 200;

/** How a character is written in lists: visible names for the invisible ones. */
export const showChar = (c: string) => (c === '\n' ? '↵ newline' : c === ' ' ? '␣ space' : c);

type Mode = 'none' | 'clamp' | 'ablate';

export function NeuronObservatory({ onOpenInTimeline }: { onOpenInTimeline?: (bundle: TrainedBundle) => void }) {
  const [cell, setCell] = useState<'lstm' | 'gru'>('lstm');
  const [kindPick, setKind] = useState<StateKind>('h');
  const model = useCharModel(cell);
  const discovery = useDiscovery(model);
  const [text, setText] = useState<string | null>(null);
  const [unitPick, setUnit] = useState<number | null>(null);
  const [charPick, setChar] = useState<number | null>(null);
  const [mode, setMode] = useState<Mode>('none');
  const [clampValue, setClampValue] = useState(1);
  const [temperature, setTemperature] = useState(0.8);
  const [sample, setSample] = useState<string | null>(null);
  const [sampleSeed, setSampleSeed] = useState(1);
  const [span, setSpan] = useState<[number, number] | null>(null);
  // The last run and the network it came from: a new text reuses its unchanged prefix, a new model does not.
  const prevRun = useRef<{ net: unknown; run: CharRun } | null>(null);

  const kind: StateKind = cell === 'gru' ? 'h' : kindPick;
  const heldOutSample = model ? heldOutExcerpt(model.heldOut) : '';
  const shownText = (text ?? heldOutSample).slice(0, MAX_CHARS);
  const disc = discovery ? (kind === 'c' && discovery.c ? discovery.c : discovery.h) : null;
  const probes = discovery?.probe[kind];
  const H = model?.net.H ?? 128;
  // Until the reader picks one: the unit that tracks some feature most strongly.
  const strongest = disc ? disc.best.reduce((a, b) => (Math.abs(b.r) > Math.abs(a.r) ? b : a)).unit : 0;
  const unit = Math.min(unitPick ?? strongest, H - 1);
  const intervention: Intervention | null = mode === 'none' ? null : { unit, value: mode === 'ablate' ? 0 : clampValue };

  const run = useMemo(() => {
    if (!model || shownText.length === 0) return null;
    const prev = prevRun.current?.net === model.net ? prevRun.current.run : null;
    const r = runChars(model.net, shownText, intervention, prev);
    prevRun.current = { net: model.net, run: r };
    return r;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the intervention is compared by value
  }, [model, shownText, intervention?.unit, intervention?.value]);

  const series = useMemo(() => (run ? unitSeries(run, kind, unit, H) : null), [run, kind, unit, H]);
  const extent = useMemo(() => (series ? Math.max(kind === 'h' ? 1 : 0, ...Array.from(series, Math.abs)) : 1), [series, kind]);
  const T = run?.T ?? 0;
  const at = Math.min(charPick ?? T - 1, T - 1);
  const predictions = model && run && T > 0 ? topNext(model.net, run, at) : [];
  const matches = useMemo(() => (run && span ? matchSpan(run, H, kind, span[0], span[1]) : null), [run, span, H, kind]);

  const onTextClick = (e: MouseEvent<HTMLElement>) => {
    const sel = window.getSelection();
    const idx = (n: Node | null | undefined) => Number((n instanceof Element ? n : n?.parentElement)?.closest('[data-i]')?.getAttribute('data-i') ?? NaN);
    if (sel && !sel.isCollapsed) {
      const a = idx(sel.anchorNode);
      const b = idx(sel.focusNode);
      if (Number.isFinite(a) && Number.isFinite(b)) {
        setSpan([Math.min(a, b), Math.max(a, b) + 1]);
        return;
      }
    }
    const i = idx(e.target as Node);
    if (Number.isFinite(i)) setChar(i);
  };

  if (!model) {
    return <p className="note" role="status">Loading the character models…</p>;
  }
  const a = model.asset;
  return (
    <div className="observatory-body">
      <p className="note">
        A character-level {CELL_NAMES[a.cell]} with {a.hidden} units ({a.params.toLocaleString('en')} parameters), trained by{' '}
        <code>{a.trainedBy.split(' (')[0]}</code> on {a.corpus.name} ({a.corpus.license}; the first {a.corpus.trainChars.toLocaleString('en')}{' '}
        characters train, the last {a.corpus.heldOutChars.toLocaleString('en')} are held out) to predict the next character. Validation:{' '}
        <strong>{Number.isFinite(a.heldOut.bitsPerChar) ? a.heldOut.bitsPerChar.toFixed(3) : '—'} bits per character</strong> on {a.heldOut.chars.toLocaleString('en')} held-out characters (8 would be
        a random byte), with the float16 weights this page loads.
      </p>
      <div className="deep-controls">
        <RadioGroup legend="Model" name="obs-model" options={[{ value: 'lstm', label: 'LSTM' }, { value: 'gru', label: 'GRU' }]} value={cell} onChange={(c) => { setCell(c); prevRun.current = null; }} />
        {cell === 'lstm' && (
          <RadioGroup legend="State" name="obs-state" options={[{ value: 'h', label: 'hidden h' }, { value: 'c', label: 'cell c' }]} value={kind} onChange={setKind} />
        )}
        <label>
          Unit <output>{unit + 1} of {H}</output>
          <input type="number" min={1} max={H} value={unit + 1} onChange={(e) => setUnit(Math.max(0, Math.min(H - 1, Math.round(Number(e.target.value) || 1) - 1)))} aria-label="Unit" />
        </label>
      </div>

      <section aria-labelledby="obs-features-title">
        <h3 id="obs-features-title">Units that track a feature of the text</h3>
        {disc ? (
          <>
            <p className="note">
              Pearson correlation of every unit’s {kind === 'c' ? 'cell state c' : 'hidden state h'} with each feature over {disc.chars.toLocaleString('en')}{' '}
              held-out characters; the best unit per feature. <strong>{disc.interpretable} of {disc.units}</strong> units correlate with some feature at
              |r| ≥ 0.5 — the rest do not match any feature listed here. Beside each, “all units”: a linear probe reading the feature from all {disc.units}{' '}
              units together (ridge regression fitted on the first half of those characters, r on the second half) — when it is high and the best single
              unit is not, the model keeps that feature spread over many units.
            </p>
            <ul className="feature-list">
              {disc.best.map((b) => (
                <li key={b.feature}>
                  <button type="button" aria-pressed={b.unit === unit} onClick={() => setUnit(b.unit)}>
                    {FEATURE_LABELS[b.feature]} — unit {b.unit + 1}, r = {b.r.toFixed(2)}
                  </button>
                  <span className="probe-r">{probes?.[b.feature] !== undefined ? ` all units: r = ${probes[b.feature]!.toFixed(2)}` : ''}</span>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="note" role="status">Ranking the units on held-out text…</p>
        )}
      </section>

      <label className="obs-sample-pick">
        Sample text{' '}
        <select
          value={OBSERVATORY_SAMPLES.find((s) => s.text === shownText)?.id ?? (shownText === heldOutSample ? 'heldout' : 'own')}
          onChange={(e) => {
            const s = OBSERVATORY_SAMPLES.find((x) => x.id === e.target.value);
            setText(s ? s.text : e.target.value === 'heldout' ? null : shownText);
            setChar(null);
            setSpan(null);
          }}
        >
          <option value="heldout">Held-out lodash source (not trained on)</option>
          {OBSERVATORY_SAMPLES.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
          <option value="own">Your own text</option>
        </select>
      </label>
      <label className="obs-textbox">
        Text for the observatory
        <textarea value={shownText} onChange={(e) => { setText(e.target.value); setChar(null); setSpan(null); }} rows={5} spellCheck={false} maxLength={MAX_CHARS} />
      </label>
      <p className="note">Up to {MAX_CHARS.toLocaleString('en')} characters; characters outside printable ASCII are read as “?”. Click a character for its predictions; select a span with the mouse to find the units on inside it.</p>

      {onOpenInTimeline && (
        <p>
          <button
            type="button"
            onClick={() => void Promise.all([loadCharModel('lstm'), loadCharModel('gru')]).then((ms) => onOpenInTimeline(charBundle(ms.map((m) => m.asset), shownText)))}
          >
            Open this text in the timeline (first {Math.min(TIMELINE_CHARS, shownText.length)} characters, both models)
          </button>
        </p>
      )}
      <figure className="obs-figure">
        <figcaption id="obs-tint-caption">
          Each character tinted by unit {unit + 1}’s {kind === 'c' ? 'cell state' : 'hidden state'} after reading it (orange negative, purple positive, ±{extent.toFixed(2)})
          {intervention ? ` — with the unit ${mode === 'ablate' ? 'ablated (held at 0)' : `clamped at ${clampValue}`}` : ''}.
        </figcaption>
        <pre className="obs-text" onMouseUp={onTextClick} aria-describedby="obs-tint-caption" data-unit={unit + 1}>
          {run &&
            Array.from(shownText, (ch, i) => (
              <span key={i} data-i={i} className={i === at ? 'at' : undefined} style={tint((series![i] ?? 0) / extent)}>
                {ch}
              </span>
            ))}
        </pre>
      </figure>

      <div className="columns obs-columns">
        <section aria-labelledby="obs-next-title">
          <h3 id="obs-next-title">
            Next character after “{showChar(shownText[at] ?? '')}” (character {at + 1})
          </h3>
          <label>
            Character <output>{at + 1} of {T}</output>
            <input type="range" min={1} max={Math.max(1, T)} value={at + 1} onChange={(e) => setChar(Number(e.target.value) - 1)} aria-label="Character for the predictions" />
          </label>
          <ol className="obs-predictions" aria-label="Top next characters">
            {predictions.map((p) => (
              <li key={p.char}>
                <code>{showChar(p.char)}</code> {pct(p.p)}
              </li>
            ))}
          </ol>
        </section>
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
            onChange={setMode}
          />
          <label>
            Clamp value <output>{clampValue.toFixed(2)}</output>
            <input type="range" min={-1} max={1} step={0.05} value={clampValue} disabled={mode !== 'clamp'} onChange={(e) => setClampValue(Number(e.target.value))} aria-label="Clamp value" />
          </label>
          <p className="note">Clamping holds the unit’s h at the value at every step (ablating holds it at 0); the states, tints, predictions and samples all follow.</p>
        </section>
      </div>

      <section aria-labelledby="obs-sample-title">
        <h3 id="obs-sample-title">Sample from the model</h3>
        <div className="deep-controls">
          <label>
            Temperature <output>{temperature.toFixed(2)}</output>
            <input type="range" min={0.1} max={2} step={0.05} value={temperature} onChange={(e) => setTemperature(Number(e.target.value))} aria-label="Temperature" />
          </label>
          <button
            type="button"
            onClick={() => {
              const rng = seededRandom(sampleSeed);
              setSample(sampleText(model.net, shownText.slice(0, at + 1), SAMPLE_CHARS, temperature, () => rng.uniform(0, 1), intervention));
              setSampleSeed(sampleSeed + 1);
            }}
          >
            Sample {SAMPLE_CHARS} characters
          </button>
        </div>
        {sample !== null && (
          <pre className="obs-sample" aria-label="Sampled text">
            {sample}
          </pre>
        )}
        <p className="note">Continues the text up to the selected character; lower temperature is more predictable, higher more varied. Seeded: sample {sampleSeed} next.</p>
      </section>

      <section aria-labelledby="obs-span-title">
        <h3 id="obs-span-title">Units on inside a span (select and match)</h3>
        {span && matches ? (
          <>
            <p className="note">
              Characters {span[0] + 1}–{span[1]} (“{shorten(shownText.slice(span[0], span[1]), 40)}”): units whose mean {kind} inside the span differs most from outside, in standard deviations.
            </p>
            <ul className="feature-list">
              {matches.map((m) => (
                <li key={m.unit}>
                  <button type="button" onClick={() => setUnit(m.unit)}>
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
          <button type="button" onClick={() => T > 0 && setSpan([Math.max(0, at - 9), at + 1])}>
            Use the 10 characters up to the selected one
          </button>
        </div>
      </section>
    </div>
  );
}

/** About 600 held-out characters past the ones the discovery reads, from the start of a line. */
function heldOutExcerpt(heldOut: string): string {
  const from = heldOut.indexOf('\n', DISCOVERY_CHARS) + 1;
  const to = heldOut.indexOf('\n', from + 600);
  return heldOut.slice(from, to > 0 ? to + 1 : from + 600);
}

/** Background by the diverging scale; text turns white where the tint is dark, for contrast. */
function tint(v: number) {
  return { background: stateColor(v), color: Math.abs(v) > 0.55 ? '#ffffff' : '#1d1d28' };
}
