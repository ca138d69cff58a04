/**
 * The guided tour's stops by name: a link says `?tour=why-it-fades`, so a stop inserted later
 * shifts no link, no guide row and no test. The order here is the tour's order.
 */
export const TOUR_STOP_IDS = [
  'one-network',
  'one-step',
  'memory-vector',
  'forgetting',
  'output-and-loss',
  'why-it-fades',
  'explodes',
  'lstm-gates',
  'cell-state-lane',
  'gru',
  'training',
  'train-yourself',
] as const;

export type TourStopId = (typeof TOUR_STOP_IDS)[number];

/**
 * Links written before stops had names (`?tour=5`) numbered the tour of version 0.1.0. This list is
 * that tour, frozen: a number keeps opening the stop it opened then, wherever that stop now sits.
 * Numbers past its end opened the last stop (the tour clamped), and still do.
 */
const NUMBERED_IN_0_1: readonly TourStopId[] = [
  'one-network',
  'one-step',
  'memory-vector',
  'forgetting',
  'why-it-fades',
  'explodes',
  'lstm-gates',
  'cell-state-lane',
  'gru',
  'training',
  'train-yourself',
];
/** The highest number an old link could carry (the schema of 0.1.0 allowed 1–12). */
const OLD_MAX = 12;

/** A stop from a link's value: its name, or an old link's number; null when it names none. */
export function parseTourStop(value: string): TourStopId | null {
  if ((TOUR_STOP_IDS as readonly string[]).includes(value)) return value as TourStopId;
  if (!/^\d{1,2}$/.test(value)) return null;
  const n = Number(value);
  if (n < 1 || n > OLD_MAX) return null;
  return NUMBERED_IN_0_1[Math.min(n, NUMBERED_IN_0_1.length) - 1];
}
