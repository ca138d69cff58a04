/**
 * How the page talks to the trainer: a LabSession in a Web Worker, or in this thread where no
 * Worker exists (unit tests), through the one off-thread helper (compute/offThread.ts).
 */
import { offThread } from '../../compute/offThread';
import type { LabReport } from './labSession';
import type { TrainerApi } from './trainerApi';
import type { TrainedBundle } from '../../state/trainedBundle';
import type { RaceSettings } from '../../train/settings';

export interface LabClient {
  reset(settings: RaceSettings): Promise<LabReport>;
  run(onReport: (r: LabReport) => void): Promise<LabReport>;
  pause(): Promise<LabReport>;
  stepOnce(): Promise<LabReport>;
  trained(): Promise<TrainedBundle>;
  dispose(): void;
}

export async function createLabClient(): Promise<LabClient> {
  const t = await offThread<TrainerApi>(
    () => new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module', name: 'training-lab' }),
    async () => (await import('./trainerApi')).trainerApi(),
  );
  return {
    reset: (s) => t.api.reset(s),
    run: (cb) => t.api.run(t.callback(cb)),
    pause: () => t.api.pause(),
    stepOnce: () => t.api.stepOnce(),
    trained: () => t.api.trained(),
    dispose: () => {
      // In this thread there is no worker to end: stop the loop instead.
      if (!t.inWorker) void t.api.pause().catch(() => undefined);
      t.dispose();
    },
  };
}
