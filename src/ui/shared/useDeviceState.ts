/**
 * A view's own choice (a typed sequence, a picked option) kept on this device, so a reload does not
 * lose it. Storage may be missing or refused (private modes, sandboxed frames): then the choice holds
 * for this visit only. `valid` rejects a stored value the current page no longer understands.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'rnn-explainer:';

function read<T extends string>(key: string, fallback: T, valid: (v: string) => v is T): T {
  try {
    const v = window.localStorage.getItem(PREFIX + key);
    return v !== null && valid(v) ? v : fallback;
  } catch {
    return fallback;
  }
}

export function useDeviceState<T extends string>(
  key: string,
  fallback: T,
  valid: (v: string) => v is T,
): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => read(key, fallback, valid));
  const set = useCallback(
    (v: T) => {
      setValue(v);
      try {
        window.localStorage.setItem(PREFIX + key, v);
      } catch {
        // Not kept past this visit.
      }
    },
    [key],
  );
  return [value, set];
}

export const anyText = (v: string): v is string => v.length <= 2000;
