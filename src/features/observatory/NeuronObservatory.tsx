/**
 * The neuron observatory: a character-level LSTM (and a GRU to compare) trained on lodash's source,
 * read one unit at a time. Every character of the reader's text is tinted by the chosen unit's
 * value after reading it (Karpathy's visual); units are ranked against programmatic features of
 * the text; the next-character prediction at any character is listed; a unit can be clamped or
 * ablated to see predictions and samples change; brushing a span finds the units on inside it.
 * The reader's choices live in a reducer (observatoryState.ts); the stepping runs off the main
 * thread (useCharModel.ts).
 */
import { useReducer } from 'react';
import type { MouseEvent } from 'react';
import type { Intervention } from './charNet';
import {
  DISCOVERY_CHARS,
  loadCharModel,
  observatory,
  useCharModel,
  useCharView,
  useDiscovery,
} from './useCharModel';
import { TIMELINE_CHARS, charBundle } from './charBundle';
import { initialObsState, obsReducer, shownKind } from './observatoryState';
import { FeatureUnits, Intervene, NextChars, Sampler, SpanUnits, TintedText } from './ObservatorySections';
import type { TrainedBundle } from '../../state/trainedBundle';
import { RadioGroup } from '../../ui/controls/RadioGroup';
import { CELL_NAMES } from '../../content/cells';
import { OBSERVATORY_SAMPLES } from '../../content/observatorySamples';
import { hasCellState } from '../../engine/cells/vocabulary';

const MAX_CHARS = 2000;
const SAMPLE_CHARS = 200;

export function NeuronObservatory({
  onOpenInTimeline,
}: {
  onOpenInTimeline?: (bundle: TrainedBundle) => void;
}) {
  const [s, dispatch] = useReducer(obsReducer, initialObsState);
  const { model, error } = useCharModel(s.cell);
  const discovery = useDiscovery(model);
  const kind = shownKind(s);
  const heldOutSample = model ? heldOutExcerpt(model.heldOut) : '';
  const shownText = (s.text ?? heldOutSample).slice(0, MAX_CHARS);
  const disc = discovery ? (kind === 'c' && discovery.c ? discovery.c : discovery.h) : null;
  const H = model?.asset.hidden ?? 128;
  // Until the reader picks one: the unit that tracks some feature most strongly.
  const strongest = disc ? disc.best.reduce((a, b) => (Math.abs(b.r) > Math.abs(a.r) ? b : a)).unit : 0;
  const unit = Math.min(s.unit ?? strongest, H - 1);
  const intervention: Intervention | null =
    s.mode === 'none' ? null : { unit, value: s.mode === 'ablate' ? 0 : s.clampValue };
  const T = shownText.length;
  const at = Math.min(s.char ?? T - 1, T - 1);
  const view = useCharView(
    model,
    model && T > 0 ? { cell: s.cell, text: shownText, intervention, kind, unit, at, span: s.span } : null,
  );
  // The answer may still be for the previous text: only its own length is drawn.
  const series = view && view.T === T ? view.series : null;

  const onTextClick = (e: MouseEvent<HTMLElement>) => {
    const sel = window.getSelection();
    const idx = (n: Node | null | undefined) =>
      Number(
        (n instanceof Element ? n : n?.parentElement)?.closest('[data-i]')?.getAttribute('data-i') ?? NaN,
      );
    if (sel && !sel.isCollapsed) {
      const a = idx(sel.anchorNode);
      const b = idx(sel.focusNode);
      if (Number.isFinite(a) && Number.isFinite(b)) {
        dispatch({ type: 'span', span: [Math.min(a, b), Math.max(a, b) + 1] });
        return;
      }
    }
    const i = idx(e.target as Node);
    if (Number.isFinite(i)) dispatch({ type: 'char', char: i });
  };

  if (error) {
    return (
      <p className="message" role="alert">
        The character models could not be loaded ({error}). Close and open the observatory to try again.
      </p>
    );
  }
  if (!model) {
    return (
      <p className="note" role="status">
        Loading the character models…
      </p>
    );
  }
  const a = model.asset;
  const sample = async () => {
    // The seed is taken now and the counter moves on at once, so two quick clicks draw two seeds.
    const { cell, sampleSeed, temperature } = s;
    dispatch({ type: 'sampling' });
    const { api } = await observatory();
    dispatch({
      type: 'sampled',
      cell,
      text: await api.sample(
        cell,
        shownText.slice(0, at + 1),
        SAMPLE_CHARS,
        temperature,
        sampleSeed,
        intervention,
      ),
    });
  };
  return (
    <div className="observatory-body">
      <p className="note">
        A character-level {CELL_NAMES[a.cell]} with {a.hidden} units ({a.params.toLocaleString('en')}{' '}
        parameters), trained for this page on {a.corpus.name} ({a.corpus.license}; the first{' '}
        {a.corpus.trainChars.toLocaleString('en')} characters train, the last{' '}
        {a.corpus.heldOutChars.toLocaleString('en')} are held out) to predict the next character. Validation:{' '}
        <strong>
          {Number.isFinite(a.heldOut.bitsPerChar) ? a.heldOut.bitsPerChar.toFixed(3) : '—'} bits per character
        </strong>{' '}
        on {a.heldOut.chars.toLocaleString('en')} held-out characters ({Math.log2(a.vocab.length).toFixed(2)}{' '}
        would be a uniform guess among its {a.vocab.length} characters), with the float16 weights this page
        loads.
      </p>
      <div className="deep-controls">
        <RadioGroup
          legend="Model"
          name="obs-model"
          options={[
            { value: 'lstm', label: 'LSTM' },
            { value: 'gru', label: 'GRU' },
          ]}
          value={s.cell}
          onChange={(cell) => dispatch({ type: 'cell', cell })}
        />
        {hasCellState(s.cell) && (
          <RadioGroup
            legend="State"
            name="obs-state"
            options={[
              { value: 'h', label: 'hidden h' },
              { value: 'c', label: 'cell c' },
            ]}
            value={kind}
            onChange={(k) => dispatch({ type: 'kind', kind: k })}
          />
        )}
        <label>
          Unit{' '}
          <output>
            {unit + 1} of {H}
          </output>
          <input
            type="number"
            min={1}
            max={H}
            value={unit + 1}
            onChange={(e) =>
              dispatch({ type: 'unit', unit: Math.min(H - 1, Math.round(Number(e.target.value) || 1) - 1) })
            }
            aria-label="Unit"
          />
        </label>
      </div>

      <FeatureUnits
        disc={disc}
        probes={discovery?.probe[kind]}
        kind={kind}
        unit={unit}
        onUnit={(u) => dispatch({ type: 'unit', unit: u })}
      />

      <label className="obs-sample-pick">
        Sample text{' '}
        <select
          value={
            OBSERVATORY_SAMPLES.find((x) => x.text === shownText)?.id ??
            (shownText === heldOutSample ? 'heldout' : 'own')
          }
          onChange={(e) => {
            const pick = OBSERVATORY_SAMPLES.find((x) => x.id === e.target.value);
            dispatch({
              type: 'text',
              text: pick ? pick.text : e.target.value === 'heldout' ? null : shownText,
            });
          }}
        >
          <option value="heldout">Held-out lodash source (not trained on)</option>
          {OBSERVATORY_SAMPLES.map((x) => (
            <option key={x.id} value={x.id}>
              {x.label}
            </option>
          ))}
          <option value="own">Your own text</option>
        </select>
      </label>
      <label className="obs-textbox">
        Text for the observatory
        <textarea
          value={shownText}
          onChange={(e) => dispatch({ type: 'text', text: e.target.value })}
          rows={5}
          spellCheck={false}
          maxLength={MAX_CHARS}
        />
      </label>
      <p className="note">
        Up to {MAX_CHARS.toLocaleString('en')} characters; characters outside printable ASCII are read as “?”.
        Click a character for its predictions; select a span with the mouse to find the units on inside it.
      </p>

      {onOpenInTimeline && (
        <p>
          <button
            type="button"
            onClick={() =>
              void Promise.all([loadCharModel('lstm'), loadCharModel('gru')]).then((ms) =>
                onOpenInTimeline(
                  charBundle(
                    ms.map((m) => m.asset),
                    shownText,
                  ),
                ),
              )
            }
          >
            Open this text in the timeline (first {Math.min(TIMELINE_CHARS, shownText.length)} characters,
            both models)
          </button>
        </p>
      )}
      <TintedText
        text={shownText}
        series={series}
        effect={view && view.T === T ? view.effect : null}
        at={at}
        unit={unit}
        kind={kind}
        mode={s.mode}
        clampValue={s.clampValue}
        onMouseUp={onTextClick}
      />

      <div className="columns obs-columns">
        <NextChars
          text={shownText}
          at={at}
          T={T}
          predictions={view?.predictions ?? []}
          onChar={(c) => dispatch({ type: 'char', char: c })}
        />
        <Intervene
          unit={unit}
          mode={s.mode}
          clampValue={s.clampValue}
          onMode={(m) => dispatch({ type: 'mode', mode: m })}
          onClamp={(v) => dispatch({ type: 'clamp', value: v })}
        />
      </div>

      <Sampler
        count={SAMPLE_CHARS}
        temperature={s.temperature}
        sample={s.sample}
        nextSeed={s.sampleSeed}
        onTemperature={(v) => dispatch({ type: 'temperature', value: v })}
        onSample={() => void sample()}
      />

      <SpanUnits
        text={shownText}
        span={s.span}
        matches={view?.matches ?? null}
        kind={kind}
        onUnit={(u) => dispatch({ type: 'unit', unit: u })}
        onSpan={() => T > 0 && dispatch({ type: 'span', span: [Math.max(0, at - 9), at + 1] })}
      />
    </div>
  );
}

/** About 600 held-out characters past the ones the discovery reads, from the start of a line. */
function heldOutExcerpt(heldOut: string): string {
  const from = heldOut.indexOf('\n', DISCOVERY_CHARS) + 1;
  const to = heldOut.indexOf('\n', from + 600);
  return heldOut.slice(from, to > 0 ? to + 1 : from + 600);
}
