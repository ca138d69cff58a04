/**
 * A hook for a shipped asset (trained weights, the code that reads them) that is not part of the
 * first screen: loaded once, the first time a view that wants it mounts, then shared by every view
 * and every later mount. Null until it has loaded (or while not wanted). A failed load is tried
 * again by the next view that mounts.
 */
import { startTransition, useEffect, useState } from 'react';

export function lazyAsset<T>(load: () => Promise<T>): (wanted?: boolean) => T | null {
  let cache: T | null = null;
  let pending: Promise<T> | null = null;
  return function useAsset(wanted = true): T | null {
    const [value, setValue] = useState<T | null>(cache);
    useEffect(() => {
      if (!wanted || value) return;
      let live = true;
      pending ??= load().catch((e: unknown) => {
        pending = null;
        throw e;
      });
      pending.then(
        (v) => {
          cache = v;
          // What the asset feeds (trained models run on the view's input) is built in an
          // interruptible render: a default-priority one ran as a single 30 ms task after load.
          if (live) startTransition(() => setValue(v));
        },
        () => {},
      );
      return () => {
        live = false;
      };
    }, [wanted, value]);
    return value;
  };
}
