/**
 * The teacher's guide's questions and answers, each computed from a run of the tour stop it comes
 * from — the same predictions the tour asks, with the same functions deciding the answer — so the
 * printed answer key says what the page will show. Runs are computed by the caller's `compute`
 * (off the main thread on the site).
 */
import { gateStats } from '../../compute/run';
import type { Run } from '../../compute/run';
import { keptAt } from '../../compute/lessonFacts';
import { fmt, pct } from '../../compute/format';
import { halfLifeText } from '../../ui/charts/curveText';
import { initialState, reducer } from '../../state/appState';
import type { AppConfig } from '../../state/config';
import { LONG_LATE_WORD, LONG_LATE_WORD_INDEX, presetById } from '../../state/presets';
import { STOPS } from './tourStops';
import { t } from '../../i18n/t';

export interface GuideQuestion {
  /** The tour stop (1-based) it comes from. */
  stop: number;
  title: string;
  question: string;
  options: string[];
  /** The right option's words, from the run; null when the run cannot say (then the page does). */
  answer: string | null;
  why: string;
}

/**
 * `compute`, computing each configuration once: the guide's stops, the half-life question and the
 * exit ticket ask for the same few runs (Long with the LSTM at forget bias 0 and 4, twice each).
 */
/** A run of a configuration; `shipped`: with the shipped trained models (loaded on demand). */
export type ComputeRun = (config: AppConfig, shipped?: boolean) => Promise<Run>;

export function computedOnce(compute: ComputeRun): ComputeRun {
  const runs = new Map<string, Promise<Run>>();
  return (config, shipped = false) => {
    const key = JSON.stringify([config, shipped]);
    let run = runs.get(key);
    if (!run) runs.set(key, (run = compute(config, shipped)));
    return run;
  };
}

/** The configuration a stop puts on screen, through the app's own transitions. */
export const stopConfig = (i: number): AppConfig =>
  reducer(initialState(), { type: 'tour', stop: STOPS[i].id, setup: STOPS[i].setup }).config;

export async function guideQuestions(compute: (config: AppConfig) => Promise<Run>): Promise<GuideQuestion[]> {
  const out: GuideQuestion[] = [];
  for (const [i, stop] of STOPS.entries()) {
    const p = stop.predict;
    // The trained models' stop needs the trained weights, which the page loads when it gets there.
    if (!p || stop.setup.weights === 'trained') continue;
    const run = await compute(stopConfig(i));
    const options = p.options(run);
    const right = p.answer(run);
    out.push({
      stop: i + 1,
      title: stop.title,
      question: p.question(run),
      options: options.map((o) => o.label),
      answer: options.find((o) => o.id === right)?.label ?? null,
      why: p.explain(run),
    });
  }
  return out;
}

/**
 * One more for discussion: how many steps each of the four cells takes to halve the first word's
 * trace on the Long sentence, and the LSTM's forget bias that its answer depends on.
 */
export async function halfLifeQuestion(
  compute: (config: AppConfig) => Promise<Run>,
): Promise<{ vanilla: string; lstm: string; gru: string; mingru: string; bias: number }> {
  const run = await compute(presetById('long')!.config);
  const T = run.labels.length;
  return {
    vanilla: halfLifeText(run.memory.vanilla, T),
    lstm: halfLifeText(run.memory.lstm, T),
    gru: halfLifeText(run.memory.gru, T),
    mingru: halfLifeText(run.memory.mingru, T),
    bias: run.config.forgetBias,
  };
}

/**
 * The exit ticket's model answer (why an LSTM carries a word further, and what its forget gate must
 * be), with the numbers of tour stops 7 and 8: the same LSTM on Long at forget bias 0 and 4.
 */
export async function exitTicketAnswer(compute: (config: AppConfig) => Promise<Run>): Promise<string> {
  const long = presetById('long')!.config;
  const [closed, open] = await Promise.all([
    compute({ ...long, cell: 'lstm', forgetBias: 0 }),
    compute({ ...long, cell: 'lstm' }),
  ]);
  const f = (run: Run) => fmt(gateStats(run.traces.lstm, 1).mean, 2);
  const kept = (run: Run) => pct(keptAt(run, 'lstm', LONG_LATE_WORD_INDEX).share);
  return t('guide.exitAnswer', {
    bias: open.config.forgetBias,
    fOpen: f(open),
    word: LONG_LATE_WORD,
    keptOpen: kept(open),
    fClosed: f(closed),
    keptClosed: kept(closed),
  });
}
