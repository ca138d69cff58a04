/** The app's state and its transitions, kept apart from React so they can be tested directly. */
import { LIMITS } from './config';
import { familyOf } from '../engine/cells/vocabulary';
import type { AppConfig, CellFamily, InputMode } from './config';
import { PRESETS, presetById } from './presets';
import type { PresetId } from './presets';
import { DEFAULT_RACE } from '../train/settings';
import type { RaceSettings } from '../train/settings';
import type { TrainedBundle } from './trainedBundle';
import type { HidePart } from './hide';

export type EmbedPanels = 'auto' | 'timeline' | 'chart' | 'both';
import type { TourStopId } from '../content/tourStopIds';
import type { RacePair } from '../train/seq2seq/attentionRace';
import type { Locale } from '../i18n/locales';

export interface AppState {
  config: AppConfig;
  /** The preset the configuration came from, or null once the reader changed something. */
  preset: PresetId | null;
  /** Selected step, 0-based (clamped to the sequence by the views). */
  step: number;
  playing: boolean;
  /** Milliseconds per step while playing. */
  speedMs: number;
  theme: Theme;
  /** The page's language (in the URL when not English; remembered on the device). */
  lang: Locale;
  /** The full explainer, the chrome-less iframe view, the projector view, or the teacher's guide. */
  view: View;
  /** Which deeper explainer levels (2, 3) are open. */
  levels: number[];
  /** The training lab's settings (kept in the URL like every other view). */
  lab: RaceSettings;
  /** Models trained in the lab, opened in the timeline on a sequence of their task; null: the sentence above. */
  trained: TrainedBundle | null;
  /**
   * Random (untrained) weights, or the shipped models trained on "who did it?" (read any sentence
   * of words; scripts/train-presets.ts).
   */
  weights: Weights;
  /** How much of the page shows: the lesson's essentials, or every tool (in the URL; remembered on the device). */
  detail: Detail;
  /** The guided tour's stop, by name, or null when the tour is not running. */
  tour: TourStopId | null;
  /** Parts a teacher's link hides (`?hide=`), in any view. */
  hide: HidePart[];
  /**
   * The embed's panels (`?panels=`): `auto` shows the timeline and the chart, or only the chart
   * when the frame is too small for the timeline's labels; a host may pin one or both at any size.
   */
  panels: EmbedPanels;
  /**
   * The encoder–decoder pair the lab's attention race trained, opened in level 3 ("Open in the
   * explainer"): like `trained`, a model the reader made reaches the explainer through the state.
   * `fresh` until level 3's view has switched to it (a pair restored after a reload is not fresh).
   */
  labPair: { pair: RacePair; fresh: boolean } | null;
}

export type Detail = 'essentials' | 'everything';

/**
 * What a guided-tour stop puts on screen, through the same transitions a reader's clicks make:
 * a preset, then the cell, knob, weights, levels and detail it needs, then the step.
 */
export interface TourSetup {
  preset: PresetId;
  cell?: CellFamily;
  forgetBias?: number;
  weights?: Weights;
  levels?: number[];
  detail?: Detail;
  /** 0-based; clamped to the sequence by the views. */
  step?: number;
}

/** `lab`: the model opened from the lab (or the observatory), kept on the device across a reload. */
export type Weights = 'untrained' | 'trained' | 'lab';

export type Theme = 'auto' | 'light' | 'dark';
/** `guide`: the printable teacher's guide (`?view=guide`); `class`: what a class predicted (`?view=class`). */
export type View = 'full' | 'embed' | 'present' | 'guide' | 'class';

export type Action =
  | { type: 'preset'; id: PresetId }
  | { type: 'cell'; cell: CellFamily }
  | { type: 'input'; mode: InputMode; text: string }
  | { type: 'knob'; key: 'hidden' | 'weightScale' | 'forgetBias' | 'updateBias' | 'seed'; value: number }
  | { type: 'select'; step: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'tick'; last: number }
  | { type: 'speed'; ms: number }
  | { type: 'theme'; theme: Theme }
  | { type: 'levels'; levels: number[] }
  | { type: 'load'; state: AppState }
  | { type: 'lab'; settings: RaceSettings }
  /** `restored`: the saved model, brought back after a reload: the link's step and cell stay. */
  | { type: 'open-trained'; bundle: TrainedBundle; restored?: boolean }
  | { type: 'close-trained' }
  /** `restored`: the saved pair, brought back after a reload: level 3 offers it but does not switch to it. */
  | { type: 'open-pair'; pair: RacePair; restored?: boolean }
  /** Level 3's view has switched to the opened pair. */
  | { type: 'pair-shown' }
  | { type: 'weights'; weights: Weights }
  | { type: 'detail'; detail: Detail }
  | { type: 'lang'; lang: Locale }
  | { type: 'tour'; stop: TourStopId | null; setup?: TourSetup };

export function initialState(presetId: PresetId = 'vanilla'): AppState {
  const preset = presetById(presetId) ?? PRESETS[0];
  return {
    config: preset.config,
    preset: preset.id,
    step: 0,
    playing: false,
    speedMs: 700,
    theme: 'auto',
    lang: 'en',
    view: 'full',
    levels: [],
    lab: DEFAULT_RACE,
    trained: null,
    weights: 'untrained',
    detail: 'essentials',
    tour: null,
    hide: [],
    panels: 'auto',
    labPair: null,
  };
}

export function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

/** Leaving the opened models (a new preset or sentence): back to random weights; a choice of shipped ones stays. */
const leaveOpened = (w: Weights): Weights => (w === 'lab' ? 'untrained' : w);

export function reducer(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'preset': {
      const p = presetById(action.id);
      return p
        ? {
            ...state,
            config: p.config,
            preset: p.id,
            step: 0,
            playing: false,
            trained: null,
            weights: leaveOpened(state.weights),
          }
        : state;
    }
    case 'cell':
      // Same sequence, same step: only the cell changes, so the reader can compare directly.
      return { ...state, config: { ...state.config, cell: action.cell } };
    case 'input':
      return {
        ...state,
        config: { ...state.config, input: { mode: action.mode, text: action.text } },
        preset: null,
        step: 0,
        trained: null,
        weights: leaveOpened(state.weights),
      };
    case 'knob': {
      const lim = LIMITS[action.key];
      if (!Number.isFinite(action.value)) return state;
      const value = clamp(
        action.key === 'hidden' || action.key === 'seed' ? Math.round(action.value) : action.value,
        lim.min,
        lim.max,
      );
      return { ...state, config: { ...state.config, [action.key]: value }, preset: null };
    }
    case 'select':
      return { ...state, step: Math.max(0, Math.round(action.step)) };
    case 'play':
      return { ...state, playing: true };
    case 'pause':
      return { ...state, playing: false };
    case 'tick':
      // Playing past the end wraps to the start, so a classroom demo can loop.
      return { ...state, step: state.step >= action.last ? 0 : state.step + 1 };
    case 'speed':
      return { ...state, speedMs: clamp(action.ms, 100, 3000) };
    case 'theme':
      return { ...state, theme: action.theme };
    case 'lang':
      return { ...state, lang: action.lang };
    case 'levels':
      return { ...state, levels: [...new Set(action.levels.filter((l) => l === 2 || l === 3))].sort() };
    case 'load':
      // Back/forward: take the state the URL describes, but keep playback settings.
      // The open lab model stays while the address still says so (a host's `set`, a step back).
      return {
        ...action.state,
        speedMs: state.speedMs,
        playing: false,
        trained: action.state.weights === 'lab' ? state.trained : null,
      };
    case 'lab':
      return { ...state, lab: action.settings };
    case 'open-trained': {
      if (action.restored) return { ...state, trained: action.bundle, weights: 'lab' };
      // Opened on the first model's cell: the lab puts the best of its race first.
      const first = action.bundle.models[0];
      const config = first ? { ...state.config, cell: familyOf(first.cell) } : state.config;
      return { ...state, config, trained: action.bundle, weights: 'lab', step: 0, playing: false };
    }
    case 'open-pair':
      return { ...state, labPair: { pair: action.pair, fresh: !action.restored } };
    case 'pair-shown':
      return state.labPair?.fresh ? { ...state, labPair: { ...state.labPair, fresh: false } } : state;
    case 'close-trained':
      return { ...state, trained: null, weights: 'untrained', step: 0 };
    case 'weights':
      // "Lab model" is chosen by opening one, not by the switch (the switch shows it while one is open).
      if (action.weights === 'lab') return state;
      // The lab's models give way to the chosen weights; the step stays, to compare before and after.
      return { ...state, weights: action.weights, trained: null, playing: false };
    case 'detail':
      // Only what is shown changes: the run, the step and the open levels stay as they were.
      return { ...state, detail: action.detail };
    case 'tour':
      return action.setup
        ? { ...applySetup(state, action.setup), tour: action.stop }
        : { ...state, tour: action.stop };
  }
}

/** A tour stop's view, reached by the reader's own transitions in the order the controls sit on the page. */
function applySetup(state: AppState, setup: TourSetup): AppState {
  let s = reducer(state, { type: 'preset', id: setup.preset });
  if (setup.cell) s = reducer(s, { type: 'cell', cell: setup.cell });
  if (setup.forgetBias !== undefined)
    s = reducer(s, { type: 'knob', key: 'forgetBias', value: setup.forgetBias });
  s = reducer(s, { type: 'weights', weights: setup.weights ?? 'untrained' });
  if (setup.levels) s = reducer(s, { type: 'levels', levels: setup.levels });
  if (setup.detail) s = reducer(s, { type: 'detail', detail: setup.detail });
  return reducer(s, { type: 'select', step: setup.step ?? 0 });
}
