/** The reader's own sequence: a sentence or comma-separated numbers, applied on submit. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { InputMode } from '../../state/config';
import { LIMITS } from '../../state/config';
import { t } from '../../i18n/t';

export interface SequenceInputProps {
  mode: InputMode;
  text: string;
  onApply: (mode: InputMode, text: string) => void;
}

/** Inputs longer than this are cut before they even reach the tokenizer (a pasted novel). */
const MAX_CHARS = 20_000;

/** What the run changed or ignored is reported beside the timeline it affects (App's run messages). */
export function SequenceInput({ mode, text, onApply }: SequenceInputProps) {
  const [draftMode, setDraftMode] = useState<InputMode>(mode);
  const [draft, setDraft] = useState(text);
  // A preset replaces the sequence: show it in the box (adjusted while rendering, as React
  // recommends for state that follows a prop, rather than in an effect after a wasted render).
  const [shown, setShown] = useState({ mode, text });
  if (shown.mode !== mode || shown.text !== text) {
    setShown({ mode, text });
    setDraftMode(mode);
    setDraft(text);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    onApply(draftMode, draft.slice(0, MAX_CHARS));
  }

  return (
    <form className="sequence-input" onSubmit={submit}>
      <div className="mode-switch" role="radiogroup" aria-label={t('sequence.type')}>
        {(['words', 'numbers'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="seq-mode" checked={draftMode === m} onChange={() => setDraftMode(m)} />
            {t(`sequence.${m}`)}
          </label>
        ))}
      </div>
      <label htmlFor="seq-text" className="seq-label">
        {t(`sequence.${draftMode}.label`)}
      </label>
      <div className="seq-row">
        <textarea
          id="seq-text"
          rows={2}
          value={draft}
          maxLength={MAX_CHARS}
          dir="auto"
          aria-describedby="seq-help"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) submit(e);
          }}
        />
        <button type="submit">{t('sequence.run')}</button>
      </div>
      <small id="seq-help">{t('sequence.help', { max: LIMITS.maxTokens })}</small>
    </form>
  );
}
