/**
 * Teacher variants of the page (as TensorFlow Playground's hide flags): `?hide=knobs,lab` hides
 * named parts in any view, so a class sees only what the lesson needs.
 */
export const HIDE_PARTS = [
  'presets',
  'cells',
  'sequence',
  'knobs',
  'levels',
  'lab',
  'observatory',
  'export',
  'tour',
] as const;
export type HidePart = (typeof HIDE_PARTS)[number];

/** What each part is, in the Share dialog's words. */
export const HIDE_LABELS: Record<HidePart, string> = {
  presets: 'Presets and the weights choice',
  cells: 'Cell type switch',
  sequence: 'Your own sequence',
  knobs: 'Knobs',
  levels: 'Explainer levels',
  lab: 'Training lab',
  observatory: 'Neuron observatory',
  export: 'Share and export tools',
  tour: 'Guided tour button',
};

export const isHidePart = (s: string): s is HidePart => (HIDE_PARTS as readonly string[]).includes(s);

/** `hide=` as written in a link: known names, comma-separated, each once. */
export function parseHide(value: string): HidePart[] | null {
  const parts = value.split(',').map((p) => p.trim());
  if (!parts.every(isHidePart)) return null;
  return HIDE_PARTS.filter((p) => parts.includes(p));
}
