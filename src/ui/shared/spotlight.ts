/**
 * Where each thing the prose and the tour point at lives on the page, and the one way to point at
 * it: scroll it into view (instantly under prefers-reduced-motion) and outline it for a moment.
 */
import type { SpotId } from '../../content/story';

export const SPOTS: Record<SpotId, string> = {
  timeline: '.timeline-panel .timeline-scroll',
  inspector: 'section.inspector .inspector-memory',
  memory: 'figure.memory',
  cells: '[role="radiogroup"][aria-label="Cell type"]',
  presets: '[role="radiogroup"][aria-label="Presets"]',
  'live-eq': '.live-eq',
  gradient: '.deep.gradient-signal',
  gates: 'section.inspector',
  'inspector-eq': 'section.inspector .equation',
  bidir: '.deep.bidir',
  seq2seq: '.deep.seq2seq',
  bptt: '.deep.bptt',
  truncation: 'input[aria-label="Truncation window (steps)"]',
  clipping: 'input[aria-label="Clipping threshold"]',
  attention: '.deep.seq2seq',
  ssm: '.deep.ssm',
  lab: 'section.lab .lab-buttons',
};

/**
 * On a narrow screen the tour highlights the core of a tall element, so that it and the tour card
 * both fit on the screen.
 */
const NARROW_SPOTS: Partial<Record<SpotId, string>> = {
  memory: 'figure.memory svg',
  gradient: '.deep.gradient-signal svg',
  lab: 'section.lab .lab-buttons',
};

export const spotElement = (id: SpotId, narrow = false): HTMLElement | null =>
  (narrow && NARROW_SPOTS[id] ? document.querySelector<HTMLElement>(NARROW_SPOTS[id]) : null) ??
  document.querySelector<HTMLElement>(SPOTS[id]);

export const reducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Scroll to the element and outline it for two seconds; false when it is not on the page. */
export function pointAt(id: SpotId): boolean {
  const el = spotElement(id);
  if (!el) return false;
  el.scrollIntoView?.({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'center' });
  el.classList.add('spotlit');
  window.setTimeout(() => el.classList.remove('spotlit'), 2000);
  return true;
}
