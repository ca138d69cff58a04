/**
 * Predict, then reveal: the reader commits to an answer before the page shows it. The answer comes
 * from the run on the page; the choice and the outcome are saved on the device.
 */
import { useEffect, useId, useRef } from 'react';
import { t } from '../../i18n/i18n';
import type { Run } from '../../compute/run';
import { TermText } from '../../ui/shared/TermText';
import type { SavedPrediction } from './predictionStore';
import type { Prediction } from './tourStops';

interface PredictionCardProps {
  prediction: Prediction;
  run: Run;
  /** False while the stop's run is still being computed: nothing to reveal yet. */
  ready: boolean;
  saved: SavedPrediction | undefined;
  onSave: (p: SavedPrediction) => void;
}

export function PredictionCard({ prediction, run, ready, saved, onSave }: PredictionCardProps) {
  const name = useId();
  const reveal = useRef<HTMLDivElement>(null);
  const revealed = saved?.correct !== undefined;
  // The answer comes into view where the card scrolls it (a phone's card is short).
  useEffect(() => {
    if (revealed) reveal.current?.scrollIntoView?.({ block: 'nearest' });
  }, [revealed]);
  const answer = ready ? prediction.answer(run) : null;
  if (ready && answer === null) return null;
  const options = prediction.options(run);
  const choice = saved?.choice ?? null;
  const right = options.find((o) => o.id === answer);
  return (
    <div className="prediction">
      <fieldset role="radiogroup" aria-label={t('predict.group')} className="radio-group prediction-options">
        <legend>
          <strong>{t('predict.legend')}</strong> <TermText text={prediction.question(run)} />
        </legend>
        {options.map((o) => (
          <label key={o.id} className={o.id === choice ? 'checked' : undefined}>
            <input
              type="radio"
              name={name}
              value={o.id}
              checked={o.id === choice}
              disabled={revealed}
              onChange={() => onSave({ choice: o.id })}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      {!revealed && (
        <button
          type="button"
          disabled={!choice || !ready}
          onClick={() => choice && answer && onSave({ choice, correct: choice === answer })}
        >
          {t('predict.reveal')}
        </button>
      )}
      {revealed && ready && (
        <div className="reveal" role="status" ref={reveal}>
          <p>
            <strong>
              {choice === answer ? t('predict.right') : t('predict.wrong', { answer: right?.label ?? '' })}
            </strong>{' '}
            <TermText text={prediction.explain(run)} />
          </p>
        </div>
      )}
    </div>
  );
}
