/** One worker's training loop as an API: one LabSession, made on the first reset. */
import { LabSession } from './labSession';
import type { LabReport } from './labSession';
import type { RaceSettings } from '../../train/settings';

export function trainerApi() {
  let session: LabSession | null = null;
  const current = (): LabSession => {
    if (!session) throw new Error('the lab was not reset before use');
    return session;
  };
  return {
    reset(settings: RaceSettings, only?: readonly number[]): LabReport {
      session ??= new LabSession(settings, only);
      return session.reset(settings, only);
    },
    run: (onReport: (r: LabReport) => void, cap?: number): Promise<LabReport> => current().run(onReport, cap),
    allowUntil: (update: number) => current().allowUntil(update),
    pause: () => current().pause(),
    stepOnce: () => current().stepOnce(),
    advanceTo: (update: number) => current().advanceTo(update),
    net: (index: number) => current().net(index),
  };
}

export type TrainerApi = ReturnType<typeof trainerApi>;
