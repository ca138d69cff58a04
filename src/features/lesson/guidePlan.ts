/**
 * The teacher's guide's plan: a 50-minute lesson keyed to the guided tour's stops (by name, as in
 * `?tour=why-it-fades`) and to the presets. The times are a suggestion; every number the guide states comes
 * from the runs (TeachersGuide.tsx), not from here.
 */
import type { TourStopId } from '../../content/tourStopIds';
import type { PresetId } from '../../state/presets';
import { t } from '../../i18n/t';

export interface PlanRow {
  /** Its words in the catalogue: `plan.<key>.title` and `plan.<key>.activity`. */
  key: string;
  /** Minutes from the start of the lesson. */
  from: number;
  to: number;
  title: string;
  /** What the class does, in the teacher's words. */
  activity: string;
  /** The tour stops this part walks through. */
  stops: TourStopId[];
  /** The preset it is about. */
  preset: PresetId;
}

export const LESSON_MINUTES = 50;

/** A row of the plan, its words read when shown (so they follow the page's language). */
function row(key: string, from: number, to: number, stops: TourStopId[], preset: PresetId): PlanRow {
  return {
    key,
    from,
    to,
    stops,
    preset,
    get title() {
      return t(`plan.${key}.title`);
    },
    get activity() {
      return t(`plan.${key}.activity`);
    },
  };
}

export const PLAN: readonly PlanRow[] = [
  row('one-network', 0, 5, ['one-network', 'one-step'], 'vanilla'),
  row('memory', 5, 10, ['memory-vector'], 'vanilla'),
  row('forgetting', 10, 20, ['forgetting', 'output-and-loss', 'why-it-fades'], 'long'),
  row('explodes', 20, 25, ['explodes'], 'exploding'),
  row('gates', 25, 35, ['lstm-gates', 'cell-state-lane', 'gru'], 'long'),
  row('training', 35, 42, ['training'], 'long'),
  row('train-yourself', 42, 48, ['train-yourself'], 'long'),
  row('exit', 48, 50, [], 'long'),
];
