/**
 * The whole view in the URL. The parameters are declared once, as a zod schema; decoding,
 * per-field fallback and encoding are all derived from it. Nothing from the URL is ever inserted
 * as HTML: the sentence is only ever rendered as text.
 */
// zod/mini: the same schemas as zod, tree-shakable, a fraction of the bytes on the first screen.
import * as z from 'zod/mini';
import { CELL_FAMILIES, LIMITS, sameSettings } from './config';
import type { AppConfig } from './config';
import { initialState } from './appState';
import type { AppState } from './appState';
import { PRESET_IDS, presetById } from './presets';
import type { PresetId } from './presets';
import { decodeLab, encodeLab } from './labUrl';
import { parseHide } from './hide';
import { parseTourStop } from '../content/tourStopIds';
import { matchLocale } from '../i18n/locales';
import { t } from '../i18n/t';

export const MAX_TEXT = 20_000;
/** Longer links fail on common servers and proxies (HTTP 431 from a ~8 KB request line). */
export const LINK_LIMIT = 8000;

/**
 * Parameters that only Everything shows (the levels, your own sequence, the knobs): a link that
 * sets one, written before the Detail switch existed, opens in Everything so it still shows them.
 */
const EVERYTHING_KEYS = [
  'levels',
  'text',
  'mode',
  'nl',
  'hidden',
  'scale',
  'fbias',
  'zbias',
  'seed',
] as const;

// "-0" is a valid number that would not round-trip as written; it means 0.
const noNegZero = (v: number) => (Object.is(v, -0) ? 0 : v);
const num = (lim: { min: number; max: number }) =>
  z.pipe(z.coerce.number().check(z.gte(lim.min), z.lte(lim.max)), z.transform(noNegZero));
const int = (lim: { min: number; max: number }) =>
  z.pipe(
    z.coerce.number().check(z.gte(lim.min), z.lte(lim.max), z.refine(Number.isInteger)),
    z.transform(noNegZero),
  );

/** Every URL parameter, its type and its valid range. */
export const UrlSchema = z.partial(
  z.object({
    preset: z.enum(PRESET_IDS),
    cell: z.enum(CELL_FAMILIES),
    nl: z.enum(['tanh', 'relu']),
    mode: z.enum(['words', 'numbers']),
    text: z.string().check(z.maxLength(MAX_TEXT)),
    step: int({ min: 1, max: LIMITS.maxTokens }),
    hidden: int(LIMITS.hidden),
    scale: num(LIMITS.weightScale),
    fbias: num(LIMITS.forgetBias),
    zbias: num(LIMITS.updateBias),
    seed: int(LIMITS.seed),
    theme: z.enum(['auto', 'light', 'dark']),
    // A language tag; a close one (`es-MX`) opens the nearest language the page has.
    lang: z.string().check(
      z.maxLength(35),
      z.refine((v) => matchLocale(v) !== null),
    ),
    weights: z.enum(['untrained', 'trained', 'lab']),
    levels: z.enum(['2', '3', '2,3']),
    embed: z.enum(['1']),
    // Which of the embed's panels a host wants, at any frame size (EmbedView.tsx).
    panels: z.enum(['timeline', 'chart', 'both']),
    present: z.enum(['1']),
    // The teacher's guide, or the class view (a teacher's tally of the students' answer codes).
    view: z.enum(['guide', 'class']),
    // The training lab's settings, one compact string checked field by field (labUrl.ts).
    lab: z.string().check(z.maxLength(600)),
    detail: z.enum(['essentials', 'everything']),
    // A stop's name (`why-it-fades`), or an old link's number (tourStopIds.ts keeps what each opened).
    tour: z.string().check(
      z.maxLength(40),
      z.refine((v) => parseTourStop(v) !== null),
    ),
    // Parts a teacher hides (hide.ts): known names only, else the whole parameter is refused.
    hide: z.string().check(
      z.maxLength(200),
      z.refine((v) => parseHide(v) !== null),
    ),
  }),
);

export type UrlParams = z.infer<typeof UrlSchema>;
type Key = keyof UrlParams;
const KEYS = Object.keys(UrlSchema.shape) as Key[];

export interface Decoded {
  state: AppState;
  /** Plain-text notices about parameters that were ignored. */
  notices: string[];
  /** Whether the link itself decided the detail (else the device's remembered choice may). */
  detailFromLink: boolean;
  /** Whether the link itself named the language (else the device's or the browser's choice does). */
  langFromLink: boolean;
}

/** Validate each parameter on its own, so one bad field falls back alone. */
export function parseParams(search: string): { params: UrlParams; notices: string[] } {
  const raw = new URLSearchParams(search);
  const params: Record<string, unknown> = {};
  const notices: string[] = [];
  for (const key of KEYS) {
    const value = raw.get(key);
    // An empty value (`?seed=`) is treated as absent rather than coerced to 0.
    if (value === null || value === '') continue;
    const r = UrlSchema.shape[key].safeParse(value);
    if (r.success) params[key] = r.data;
    else notices.push(t('notice.badParam', { key, value: describe(value) }));
  }
  return { params: params as UrlParams, notices };
}

function describe(v: string): string {
  const short = v.length > 24 ? `${v.slice(0, 24)}…` : v;
  return JSON.stringify(short);
}

export function decodeState(search: string): Decoded {
  const { params, notices } = parseParams(search);
  const base = initialState(params.preset ?? 'vanilla');
  const config: AppConfig = {
    ...base.config,
    cell: params.cell ?? base.config.cell,
    nonlinearity: params.nl ?? base.config.nonlinearity,
    input:
      params.text !== undefined || params.mode !== undefined
        ? { mode: params.mode ?? base.config.input.mode, text: params.text ?? base.config.input.text }
        : base.config.input,
    hidden: params.hidden ?? base.config.hidden,
    weightScale: params.scale ?? base.config.weightScale,
    forgetBias: params.fbias ?? base.config.forgetBias,
    updateBias: params.zbias ?? base.config.updateBias,
    seed: params.seed ?? base.config.seed,
  };
  // A preset stays named only while its sequence and knobs are untouched (the cell may differ).
  const lab = params.lab !== undefined ? decodeLab(params.lab) : null;
  if (lab) notices.push(...lab.notices);
  const named = params.preset ?? 'vanilla';
  const needsEverything = EVERYTHING_KEYS.some((k) => params[k] !== undefined);
  const preset = sameAsPreset(config, named) ? named : null;
  return {
    state: {
      ...base,
      config,
      preset,
      step: (params.step ?? 1) - 1,
      theme: params.theme ?? 'auto',
      lang: matchLocale(params.lang) ?? 'en',
      weights: params.weights ?? 'untrained',
      levels: params.levels ? params.levels.split(',').map(Number) : [],
      view: params.view ?? (params.embed ? 'embed' : params.present ? 'present' : 'full'),
      lab: lab?.settings ?? base.lab,
      detail: params.detail ?? (needsEverything ? 'everything' : 'essentials'),
      tour: params.tour !== undefined ? parseTourStop(params.tour) : null,
      hide: params.hide ? (parseHide(params.hide) ?? []) : [],
      panels: params.panels ?? 'auto',
    },
    notices,
    detailFromLink: params.detail !== undefined || needsEverything,
    langFromLink: params.lang !== undefined,
  };
}

function sameAsPreset(config: AppConfig, id: PresetId): boolean {
  const p = presetById(id)?.config;
  return !!p && sameSettings(p, config);
}

/** The state as URL parameters: only what differs from the preset (or default) it starts from. */
export function encodeParams(state: AppState, view: AppState['view'] = state.view): UrlParams {
  const base = initialState(state.preset ?? 'vanilla').config;
  const c = state.config;
  const out: UrlParams = {};
  if (state.preset) out.preset = state.preset;
  if (c.cell !== base.cell) out.cell = c.cell;
  if (c.nonlinearity !== base.nonlinearity) out.nl = c.nonlinearity;
  if (c.input.mode !== base.input.mode) out.mode = c.input.mode;
  if (c.input.text !== base.input.text) out.text = c.input.text;
  if (c.hidden !== base.hidden) out.hidden = c.hidden;
  if (c.weightScale !== base.weightScale) out.scale = c.weightScale;
  if (c.forgetBias !== base.forgetBias) out.fbias = c.forgetBias;
  if (c.updateBias !== base.updateBias) out.zbias = c.updateBias;
  if (c.seed !== base.seed) out.seed = c.seed;
  if (state.step > 0) out.step = state.step + 1;
  if (state.theme !== 'auto') out.theme = state.theme;
  if (state.lang !== 'en') out.lang = state.lang;
  if (state.weights !== 'untrained') out.weights = state.weights;
  if (state.levels.length > 0) out.levels = state.levels.join(',') as UrlParams['levels'];
  const lab = encodeLab(state.lab);
  if (lab) out.lab = lab;
  if (view === 'full' && state.detail !== 'essentials') out.detail = state.detail;
  if (view === 'full' && state.tour !== null) out.tour = state.tour;
  if (state.hide.length > 0) out.hide = state.hide.join(',');
  if (view === 'embed') out.embed = '1';
  if (state.panels !== 'auto') out.panels = state.panels;
  if (view === 'present') out.present = '1';
  if (view === 'guide' || view === 'class') out.view = view;
  return out;
}

export function encodeSearch(state: AppState, view?: AppState['view']): string {
  const params = encodeParams(state, view);
  const sp = new URLSearchParams();
  for (const key of KEYS) {
    const v = params[key];
    if (v !== undefined) sp.set(key, String(v));
  }
  const s = sp.toString();
  return s ? `?${s}` : '';
}

/** Parameters whose change deserves a history entry (back/forward), unlike slider ticks and steps. */
export const HISTORY_KEYS: readonly Key[] = [
  'preset',
  'cell',
  'nl',
  'mode',
  'text',
  'theme',
  'lang',
  'weights',
  'embed',
  'present',
  'view',
  'detail',
  'tour',
];
