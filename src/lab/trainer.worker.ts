/** The lab's training loop off the main thread: a LabSession exposed through Comlink. */
import * as Comlink from 'comlink';
import { LabSession } from './labSession';
import type { LabReport } from './labSession';
import type { RaceSettings } from '../train/settings';

let session: LabSession | null = null;

const api = {
  reset(settings: RaceSettings): LabReport {
    if (!session) session = new LabSession(settings);
    return session.reset(settings);
  },
  run(onReport: (r: LabReport) => void): Promise<LabReport> {
    return (session as LabSession).run(onReport);
  },
  pause: () => (session as LabSession).pause(),
  stepOnce: () => (session as LabSession).stepOnce(),
  trained: () => (session as LabSession).trained(),
};

export type TrainerApi = typeof api;

Comlink.expose(api);
