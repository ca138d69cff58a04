/** The attention race's loop as an API (run in a Web Worker): reset, run until paused or done, pause, and seed 1's trained pair. */
import { AttentionRace } from '../../train/seq2seq/attentionRace';
import type { AttentionRaceReport, AttentionRaceSettings, RacePair } from '../../train/seq2seq/attentionRace';

/** Train in slices this long, then yield so a pause or reset message is handled. */
const SLICE_MS = 40;
const REPORT_MS = 150;

export function attentionRaceApi() {
  let race: AttentionRace | null = null;
  // Each run or pause starts a new generation; a loop of an older one stops.
  let generation = 0;
  const current = (): AttentionRace => {
    if (!race) throw new Error('the attention race was not reset before use');
    return race;
  };
  return {
    reset(settings: AttentionRaceSettings): AttentionRaceReport {
      generation++;
      race = new AttentionRace(settings);
      return race.report();
    },
    async run(onReport: (r: AttentionRaceReport) => void): Promise<AttentionRaceReport> {
      const gen = ++generation;
      const r = current();
      let reported = performance.now();
      while (!r.done && gen === generation) {
        const start = performance.now();
        while (!r.done && performance.now() - start < SLICE_MS) r.step();
        if (performance.now() - reported > REPORT_MS) {
          onReport(r.report());
          reported = performance.now();
        }
        await new Promise((res) => setTimeout(res, 0));
      }
      const last = r.report();
      // A reset while this loop ran has made a new race: this one's last report is stale.
      if (gen === generation || r.done) onReport(last);
      return last;
    },
    pause(): AttentionRaceReport {
      generation++;
      return current().report();
    },
    pair(): RacePair {
      return current().pair();
    },
  };
}

export type AttentionRaceApi = ReturnType<typeof attentionRaceApi>;
