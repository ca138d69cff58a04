/**
 * The tour's questions as the class view shows them: worded in the page's language, with each
 * choice's id and words, and the right choice computed from the run of the stop's own setup (the
 * same functions the tour reveals with). The trained models' questions load the shipped models, as
 * the tour does at those stops.
 */
import type { PredictionId } from '../../content/predictionKeys';
import { STOPS } from './tourStops';
import type { Option } from './tourStops';
import { stopConfig } from './guideAnswers';
import type { ComputeRun } from './guideAnswers';

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

export async function classQuestions(compute: ComputeRun): Promise<ClassQuestion[]> {
  const out: ClassQuestion[] = [];
  for (const [i, stop] of STOPS.entries()) {
    const p = stop.predict;
    if (!p) continue;
    const config = stopConfig(i);
    const shipped = stop.setup.weights === 'trained';
    const run = shipped ? await compute(config, true).catch(() => null) : await compute(config);
    // Should the models fail to load (the tour's own stop would fail too), the untrained run words
    // the question and the page says the right answer is shown by the tour.
    const words = run ?? (await compute(config));
    out.push({
      id: p.id as PredictionId,
      stop: i + 1,
      title: stop.title,
      question: p.question(words),
      options: p.options(words),
      right: run ? p.answer(run) : null,
      why: run ? p.explain(run) : null,
    });
  }
  return out;
}
