/**
 * The tour's questions as the class view shows them: worded in the page's language, with each
 * choice's id and words, and the right choice computed from the run of the stop's own setup (the
 * same functions the tour reveals with). The trained models' question needs the trained weights,
 * which only the page loads: its right answer is left to the page (null).
 */
import type { Run } from '../../compute/run';
import type { AppConfig } from '../../state/config';
import type { PredictionId } from '../../content/predictionKeys';
import { STOPS } from './tourStops';
import type { Option } from './tourStops';
import { stopConfig } from './guideAnswers';

export interface ClassQuestion {
  id: PredictionId;
  /** The tour stop (1-based) it comes from, and its title. */
  stop: number;
  title: string;
  question: string;
  options: Option[];
  /** The right choice's id, from the run; null when this run cannot say. */
  right: string | null;
  /** The reveal's words: what the wrong choices missed. */
  why: string | null;
}

export async function classQuestions(compute: (config: AppConfig) => Promise<Run>): Promise<ClassQuestion[]> {
  const out: ClassQuestion[] = [];
  for (const [i, stop] of STOPS.entries()) {
    const p = stop.predict;
    if (!p) continue;
    const trained = stop.setup.weights === 'trained';
    // The configuration alone: weights are the state's, so this is the untrained run for that stop.
    const run = await compute(stopConfig(i));
    out.push({
      id: p.id as PredictionId,
      stop: i + 1,
      title: stop.title,
      question: p.question(run),
      options: p.options(run),
      right: trained ? null : p.answer(run),
      why: trained ? null : p.explain(run),
    });
  }
  return out;
}
