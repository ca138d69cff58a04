/**
 * The reader's Detail choice, remembered on this device for the next visit (a link that names one
 * wins). Storage may be missing or refused (private modes, sandboxed frames): then nothing is kept.
 */
import type { Detail } from '../state/appState';

const KEY = 'rnn-explainer:detail';

export function rememberedDetail(): Detail | null {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'essentials' || v === 'everything' ? v : null;
  } catch {
    return null;
  }
}

export function rememberDetail(detail: Detail): void {
  try {
    window.localStorage.setItem(KEY, detail);
  } catch {
    // Not kept: the choice still holds for this visit (and in the URL).
  }
}
