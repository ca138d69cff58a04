/**
 * Levels 2 and 3's quantities (DeepRun) for the run on screen. App computes them only while a deep
 * level is open (useRun's `wantDeep`) and provides them here with the run they belong to, so a view
 * still showing an older (deferred) run never pairs it with a newer run's numbers.
 */
import { createContext, useContext } from 'react';
import type { DeepRun, Run } from '../compute/run';

export interface DeepFor {
  traces: Run['traces'];
  deep: DeepRun;
}

export const DeepRunContext = createContext<DeepFor | null>(null);

/** The deep quantities of `run`, or null while they are being computed. */
export function useDeepRun(run: Run): DeepRun | null {
  const ctx = useContext(DeepRunContext);
  return ctx && ctx.traces === run.traces ? ctx.deep : null;
}
