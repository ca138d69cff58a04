/**
 * The teacher's guide's questions and answers, each computed from a run of the tour stop it comes
 * from — the same predictions the tour asks, with the same functions deciding the answer — so the
 * printed answer key says what the page will show. Runs are computed by the caller's `compute`
 * (off the main thread on the site).
 */
import type { Run } from '../../compute/run';
import { halfLifeText } from '../../ui/charts/curveText';
import { initialState, reducer } from '../../state/appState';
import type { AppConfig } from '../../state/config';
import { presetById } from '../../state/presets';
import { STOPS } from './tourStops';

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

/** The configuration a stop puts on screen, through the app's own transitions. */
const stopConfig = (i: number): AppConfig => reducer(initialState(), { type: 'tour', stop: i + 1, setup: STOPS[i].setup }).config;

export async function guideQuestions(compute: (config: AppConfig) => Promise<Run>): Promise<GuideQuestion[]> {
  const out: GuideQuestion[] = [];
  for (const [i, stop] of STOPS.entries()) {
    const p = stop.predict;
    // The trained models' stop needs the trained weights, which the page loads when it gets there.
    if (!p || stop.setup.weights === 'trained') continue;
    const run = await compute(stopConfig(i));
    const options = p.options(run);
    const right = p.answer(run);
    out.push({ stop: i + 1, title: stop.title, question: p.question(run), options: options.map((o) => o.label), answer: options.find((o) => o.id === right)?.label ?? null, why: p.explain(run) });
  }
  return out;
}

/** One more for discussion: how many steps the vanilla RNN takes to halve the first word's trace on the Long sentence. */
export async function halfLifeQuestion(compute: (config: AppConfig) => Promise<Run>): Promise<{ vanilla: string; lstm: string; gru: string }> {
  const run = await compute(presetById('long')!.config);
  const T = run.labels.length;
  return { vanilla: halfLifeText(run.memory.vanilla, T), lstm: halfLifeText(run.memory.lstm, T), gru: halfLifeText(run.memory.gru, T) };
}
