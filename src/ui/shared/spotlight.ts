/**
 * Where each thing the prose and the tour point at lives on the page, and the one way to point at
 * it: scroll it into view (instantly under prefers-reduced-motion) and outline it for a moment.
 */
import type { SpotId } from '../../content/story';

/**
 * The element a spot points at carries `data-spot` with the spot's name (several names, space
 * separated, when one element is the target of more than one): a stable hook, never an English label
 * or a styling class, so that the page can be translated and restyled without breaking the tour.
 */
export const spotHook = (...ids: SpotId[]) => ({ 'data-spot': ids.join(' ') });

/**
 * On a narrow screen the tour highlights the core of a tall element (`data-spot-core`), so that it
 * and the tour card both fit on the screen; a spot without a core highlights the whole element.
 */
export const spotCoreHook = (id: SpotId) => ({ 'data-spot-core': id });

export const spotElement = (id: SpotId, narrow = false): HTMLElement | null =>
  (narrow ? document.querySelector<HTMLElement>(`[data-spot-core="${id}"]`) : null) ??
  document.querySelector<HTMLElement>(`[data-spot~="${id}"]`);

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
