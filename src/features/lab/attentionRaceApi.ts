/**
 * One worker's share of the attention race as an API (run in a Web Worker, or in process where
 * none exists): reset, run until paused, done or held at the pool's barrier, pause, catch up, and
 * the trained models it hosts. attentionClient.ts puts a pool of them together.
 */
import { AttentionRace } from '../../train/seq2seq/attentionRace';
import type { AttentionRaceReport, AttentionRaceSettings } from '../../train/seq2seq/attentionRace';
import type { PyTorchWeights } from '../../engine/model';
import { RaceLoop } from './raceLoop';

export function attentionRaceApi() {
  let loop: RaceLoop<AttentionRace> | null = null;
  const current = (): RaceLoop<AttentionRace> => {
    if (!loop) throw new Error('the attention race was not reset before use');
    return loop;
  };
  const report = (): AttentionRaceReport => current().race.report();
  return {
    /** `only`: the race-wide runners this worker hosts in a pool (all of them without it). */
    reset(settings: AttentionRaceSettings, only?: readonly number[]): AttentionRaceReport {
      const race = new AttentionRace(settings, only);
      if (loop) loop.replace(race);
      else loop = new RaceLoop(race);
      return report();
    },
    async run(onReport: (r: AttentionRaceReport) => void, cap?: number): Promise<AttentionRaceReport> {
      const l = current();
      const race = l.race;
      await l.run(() => onReport(race.report()), cap);
      // A reset while this loop ran has made a new race: this one's last report is the caller's to drop.
      return race.report();
    },
    allowUntil: (update: number): void => current().allowUntil(update),
    pause(): AttentionRaceReport {
      current().halt();
      return report();
    },
    advanceTo(update: number): AttentionRaceReport {
      current().advanceTo(update);
      return report();
    },
    model: (index: number): PyTorchWeights => current().race.model(index),
  };
}

export type AttentionRaceApi = ReturnType<typeof attentionRaceApi>;
