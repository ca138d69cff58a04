/**
 * The catalogue's parts, one PO file each per language: `page` is the first screen's and ships
 * with it; every other part loads with the code that shows it (the tour's when the tour starts, the
 * glossary's definitions and the presets' captions for another cell right after the first paint,
 * `panels` — the inspector, the knobs and the panels under the first screen — when one mounts,
 * `guide` — the teacher's guide's own words — with the guide, `levels` — the levels' prose — with
 * the levels).
 */
export const PARTS = ['page', 'tour', 'terms', 'captions', 'panels', 'guide', 'levels'] as const;
export type Part = (typeof PARTS)[number];
