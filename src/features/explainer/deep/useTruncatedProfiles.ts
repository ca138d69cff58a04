/**
 * The BPTT view's profiles for a truncation window. Full BPTT comes with the run's deep quantities
 * (computed in the engine's worker); another window needs one backward pass per cell — up to ~15 ms each at
 * 200 tokens × 64 units — so each cell is computed in a task of its own (never one long task), and
 * results are kept per run and window so moving the slider back costs nothing.
 */
import { useEffect, useState } from 'react';
import { CELL_FAMILIES } from '../../../state/config';
import type { CellFamily } from '../../../state/config';
import type { DeepRun, Run } from '../../../compute/run';
import { truncatedProfile } from '../../../compute/deepDive';
import type { TruncatedProfile } from '../../../compute/deepDive';

type Profiles = Record<CellFamily, TruncatedProfile>;

const cache = new WeakMap<Run['traces'], Map<number, Partial<Profiles>>>();

function cached(run: Run, window: number): Partial<Profiles> {
  let byWindow = cache.get(run.traces);
  if (!byWindow) cache.set(run.traces, (byWindow = new Map()));
  let entry = byWindow.get(window);
  if (!entry) byWindow.set(window, (entry = {}));
  return entry;
}

const complete = (p: Partial<Profiles>): p is Profiles => CELL_FAMILIES.every((f) => p[f] !== undefined);

/** Profiles for `window` (null: full BPTT), and whether they are still being computed. */
export function useTruncatedProfiles(
  run: Run,
  deep: DeepRun,
  window: number | null,
): { profiles: Profiles; pending: boolean } {
  const [shown, setShown] = useState<{
    traces: Run['traces'];
    window: number | null;
    profiles: Profiles;
  } | null>(null);
  const ready = window === null ? deep.bptt : cached(run, window);
  const have = complete(ready) ? ready : null;
  useEffect(() => {
    if (window === null || have) return;
    let cancelled = false;
    const entry = cached(run, window);
    const todo = CELL_FAMILIES.filter((f) => entry[f] === undefined);
    const next = () => {
      if (cancelled) return;
      const f = todo.shift();
      if (f !== undefined) {
        entry[f] = truncatedProfile(run.traces[f], window);
        setTimeout(next, 0);
      } else if (complete(entry)) {
        setShown({ traces: run.traces, window, profiles: entry });
      }
    };
    const id = setTimeout(next, 0);
    return () => {
      cancelled = true;
      clearTimeout(id);
    };
  }, [run, window, have]);
  if (have) return { profiles: have, pending: false };
  // Until the new window is ready, keep showing the last profiles of this run (or full BPTT).
  const fallback = shown && shown.traces === run.traces ? shown.profiles : deep.bptt;
  return { profiles: fallback, pending: true };
}
