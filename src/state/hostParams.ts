/**
 * The link parameters a host page may set — with the embed protocol's `{type: 'set'}` and as
 * `<rnn-explainer>`'s attributes (not the view kind or the lab). One list for both; the values are
 * checked by the URL's own schema (urlState.ts).
 */
export const HOST_SETTABLE = [
  'preset',
  'cell',
  'nl',
  'mode',
  'text',
  'step',
  'hidden',
  'scale',
  'fbias',
  'zbias',
  'seed',
  'theme',
  // The page's language (`<rnn-explainer lang="es">`, or {type: 'set', params: {lang: 'es'}}).
  'lang',
  'weights',
  'levels',
  'hide',
  // The embed's panels: `<rnn-explainer panels="chart">` in a short notebook cell.
  'panels',
] as const;
