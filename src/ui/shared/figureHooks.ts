/**
 * Figures the exports (SVG, PNG, video) and the slide keys find on the page carry `data-figure`: a
 * stable hook, not a styling class or an English label, so restyling or translating the page cannot
 * break an export.
 */
export type FigureId = 'timeline' | 'timeline-scroller' | 'memory-chart';

export const figureHook = (id: FigureId) => ({ 'data-figure': id });

export const figureSelector = (id: FigureId) => `[data-figure="${id}"]`;

export const findFigure = <E extends Element>(id: FigureId): E | null =>
  document.querySelector<E>(figureSelector(id));
