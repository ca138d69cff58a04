/**
 * The embed's postMessage protocol, both ways (a slide deck driving an embedded view, and the view
 * telling the deck where it is). Incoming messages are validated with zod; anything of another
 * shape is ignored. Everything a host can set is something a URL can set, checked by the URL's own
 * schema — so any origin may drive an embed (by design: it is a public, read-only figure) without
 * being able to do more than a link could. What the view reports is what its URL already says.
 */
import * as z from 'zod/mini';
import type { Action, AppState } from '../../state/appState';
import { PRESET_IDS } from '../../state/presets';
import { CELL_FAMILIES } from '../../state/config';
import { MAX_TEXT, UrlSchema, decodeState, encodeParams, encodeSearch } from '../../state/urlState';
import type { UrlParams } from '../../state/urlState';
import { parseSequence } from '../../state/sequence';
import { HOST_SETTABLE } from '../../state/hostParams';

/** Bumped when a message changes shape; sent with `ready` so a deck can check it. */
export const EMBED_API_VERSION = 1;

/** URL parameters a host may set with `{type: 'set', params}` (state/hostParams.ts). */
const SETTABLE = HOST_SETTABLE;
type Settable = (typeof SETTABLE)[number];

export const HostMessage = z.discriminatedUnion('type', [
  /** 1-based, like the step counter and the URL. */
  z.object({
    type: z.literal('step'),
    step: z.number().check(z.gte(1), z.lte(10_000), z.refine(Number.isInteger)),
  }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('prev') }),
  z.object({ type: z.literal('play') }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('cell'), cell: z.enum(CELL_FAMILIES) }),
  z.object({ type: z.literal('preset'), preset: z.enum(PRESET_IDS) }),
  z.object({
    type: z.literal('text'),
    text: z.string().check(z.maxLength(MAX_TEXT)),
    mode: z.optional(z.enum(['words', 'numbers'])),
  }),
  /** Any URL parameters, by their URL names and checked like the URL: `{hidden: 8, fbias: 0}`. */
  z.object({ type: z.literal('set'), params: z.record(z.string(), z.unknown()) }),
  z.object({ type: z.literal('get-state') }),
]);

export interface HostReply {
  /** What the view does. */
  actions: Action[];
  /** Fields that were ignored, in plain words (sent back as `{type: 'error'}`). */
  notices: string[];
  /** The host asked where the view is. */
  wantsState: boolean;
}

const NONE: HostReply = { actions: [], notices: [], wantsState: false };

/** What each message's fields must be, in plain words, for the `error` reply to a malformed one. */
const FIELDS: Record<HostMessage['type'], string> = {
  step: '"step" must be a whole number from 1 to 10000',
  next: 'it takes no fields',
  prev: 'it takes no fields',
  play: 'it takes no fields',
  pause: 'it takes no fields',
  cell: `"cell" must be one of ${CELL_FAMILIES.join(', ')}`,
  preset: `"preset" must be one of ${PRESET_IDS.join(', ')}`,
  text: `"text" must be a string of at most ${MAX_TEXT} characters, and "mode" (if given) words or numbers`,
  set: '"params" must be an object of link parameters, e.g. {"hidden": 8}',
  'get-state': 'it takes no fields',
};

type HostMessage = z.infer<typeof HostMessage>;

/**
 * A message of a type the protocol knows but with a field it cannot use gets an answer naming the
 * field; anything else (another library's messages share the channel) is left alone.
 */
function rejected(data: unknown): HostReply {
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !Object.hasOwn(FIELDS, type)) return NONE;
  return {
    actions: [],
    notices: [`Ignored a "${type}" message: ${FIELDS[type as HostMessage['type']]}.`],
    wantsState: false,
  };
}

/**
 * What a message asks of the view in `state` (step clamped to the last step of `state`'s own
 * sequence), or nothing. The caller passes the state earlier messages led to, even before React
 * has rendered it, so messages sent together act in order.
 */
export function handleHostMessage(data: unknown, state: AppState, step: number, last: number): HostReply {
  const r = HostMessage.safeParse(data);
  if (!r.success) return rejected(data);
  const m = r.data;
  const one = (a: Action): HostReply => ({ actions: [a], notices: [], wantsState: false });
  switch (m.type) {
    case 'step':
      return one({ type: 'select', step: Math.min(last, m.step - 1) });
    case 'next':
      return one({ type: 'select', step: Math.min(last, step + 1) });
    case 'prev':
      return one({ type: 'select', step: Math.max(0, step - 1) });
    case 'play':
      return one({ type: 'play' });
    case 'pause':
      return one({ type: 'pause' });
    case 'cell':
      return one({ type: 'cell', cell: m.cell });
    case 'preset':
      return one({ type: 'preset', id: m.preset });
    case 'text':
      return one({ type: 'input', mode: m.mode ?? state.config.input.mode, text: m.text });
    case 'set':
      return setParams(m.params, state);
    case 'get-state':
      return { actions: [], notices: [], wantsState: true };
  }
}

/** `{type: 'set'}`: the URL the view has, with the host's fields replaced, decoded as a link would be. */
function setParams(raw: Record<string, unknown>, state: AppState): HostReply {
  const notices: string[] = [];
  const given: Partial<Record<Settable, unknown>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(SETTABLE as readonly string[]).includes(key)) {
      notices.push(`Ignored "${key.slice(0, 24)}": not a parameter a host can set.`);
      continue;
    }
    const k = key as Settable;
    const ok = UrlSchema.shape[k].safeParse(typeof value === 'number' ? String(value) : value);
    if (ok.success) given[k] = ok.data;
    else notices.push(`Ignored "${k}": not a valid value.`);
  }
  if (Object.keys(given).length === 0) return { actions: [], notices, wantsState: false };
  // A new preset starts from that preset; otherwise from everything the view has now.
  const base: UrlParams = given.preset !== undefined ? {} : encodeParams(state, 'full');
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...base, ...given })) if (v !== undefined) sp.set(k, String(v));
  const next = decodeState(`?${sp}`).state;
  return {
    actions: [{ type: 'load', state: { ...next, view: state.view, lab: state.lab } }],
    notices,
    wantsState: false,
  };
}

/**
 * How many steps a state's view has, known without running it: the lab model's own sequence, or the
 * reader's (the shipped trained models read the same sentence).
 */
export function stepsOf(state: AppState): number {
  if (state.trained) return state.trained.labels.length;
  return parseSequence(state.config.input.mode, state.config.input.text, state.config.seed).labels.length;
}

/** What the view tells its host after every change, and in answer to `get-state`. */
export interface HostState {
  type: 'state';
  /** 1-based, like `step` messages. */
  step: number;
  steps: number;
  cell: AppState['config']['cell'];
  preset: AppState['preset'];
  mode: AppState['config']['input']['mode'];
  text: string;
  weights: AppState['weights'];
  playing: boolean;
  hidden: number;
  /** The same view as a full-page link (relative: `?preset=long&step=3`). */
  search: string;
}

export function hostState(state: AppState, step: number, steps: number): HostState {
  const c = state.config;
  return {
    type: 'state',
    step: step + 1,
    steps,
    cell: c.cell,
    preset: state.preset,
    mode: c.input.mode,
    text: c.input.text,
    weights: state.weights,
    playing: state.playing,
    hidden: c.hidden,
    search: encodeSearch({ ...state, step }, 'full'),
  };
}
