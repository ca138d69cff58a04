/**
 * How the page talks to the trainer: a Web Worker through Comlink in the browser, or the same
 * LabSession in process where no Worker exists (jsdom in unit tests). Both are asynchronous, so
 * the page's code is the same for either.
 */
import * as Comlink from 'comlink';
import type { LabReport } from './labSession';
import type { TrainedBundle } from '../state/trainedBundle';
import type { RaceSettings } from '../train/settings';

export interface LabClient {
  reset(settings: RaceSettings): Promise<LabReport>;
  run(onReport: (r: LabReport) => void): Promise<LabReport>;
  pause(): Promise<LabReport>;
  stepOnce(): Promise<LabReport>;
  trained(): Promise<TrainedBundle>;
  dispose(): void;
}

export async function createLabClient(): Promise<LabClient> {
  if (typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module', name: 'training-lab' });
    const api = Comlink.wrap<import('./trainer.worker').TrainerApi>(worker);
    return {
      reset: (s) => api.reset(s),
      run: (cb) => api.run(Comlink.proxy(cb)),
      pause: () => api.pause(),
      stepOnce: () => api.stepOnce(),
      trained: () => api.trained(),
      dispose: () => worker.terminate(),
    };
  }
  const { LabSession } = await import('./labSession');
  const { DEFAULT_RACE } = await import('../train/settings');
  const session = new LabSession(DEFAULT_RACE);
  return {
    reset: async (s) => session.reset(s),
    run: (cb) => session.run(cb),
    pause: async () => session.pause(),
    stepOnce: async () => session.stepOnce(),
    trained: async () => session.trained(),
    dispose: () => void session.pause(),
  };
}
