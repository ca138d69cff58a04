// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialState, reducer } from '../../../src/state/appState';
import {
  EMBED_API_VERSION,
  handleHostMessage,
  hostState,
  stepsOf,
} from '../../../src/features/embed/hostMessages';

const longState = initialState('long');
const act = (data: unknown, step = 0, last = 9) => handleHostMessage(data, longState, step, last);
const only = (data: unknown, step = 0, last = 9) => {
  const r = act(data, step, last);
  expect(r.actions).toHaveLength(1);
  return r.actions[0];
};
/** The state a host's message leads to, through the app's own reducer. */
const after = (data: unknown, from = longState) =>
  handleHostMessage(data, from, 0, 9).actions.reduce(reducer, from);

describe('postMessage control', () => {
  it('turns valid messages into actions (steps are 1-based and clamped)', () => {
    expect(only({ type: 'step', step: 5 })).toEqual({ type: 'select', step: 4 });
    expect(only({ type: 'step', step: 50 })).toEqual({ type: 'select', step: 9 });
    expect(only({ type: 'next' }, 9, 9)).toEqual({ type: 'select', step: 9 });
    expect(only({ type: 'prev' }, 0, 9)).toEqual({ type: 'select', step: 0 });
    expect(only({ type: 'cell', cell: 'gru' })).toEqual({ type: 'cell', cell: 'gru' });
    // Every cell the embed's own switch offers, the minGRU included.
    expect(only({ type: 'cell', cell: 'mingru' })).toEqual({ type: 'cell', cell: 'mingru' });
    expect(only({ type: 'preset', preset: 'long' })).toEqual({ type: 'preset', id: 'long' });
  });

  it('leaves alone messages that are not its own (other libraries share the channel)', () => {
    for (const bad of [null, 'step', 5, {}, { type: 'eval', code: 'x' }, { type: 'toString' }, { type: 5 }]) {
      expect(act(bad)).toEqual({ actions: [], notices: [], wantsState: false });
    }
  });

  it('answers a message of its own with a bad field by naming the field, and does nothing else', () => {
    const cases: [unknown, RegExp][] = [
      [{ type: 'step' }, /"step" must be a whole number from 1 to 10000/],
      [{ type: 'step', step: '5' }, /"step"/],
      [{ type: 'step', step: 0 }, /"step"/],
      [{ type: 'step', step: 2.5 }, /"step"/],
      [{ type: 'cell', cell: 'transformer' }, /"cell" must be one of vanilla, lstm, gru, mingru/],
      [{ type: 'preset', preset: 'nope' }, /"preset" must be one of .*long/],
      [{ type: 'text', text: 5 }, /"text" must be a string/],
      [{ type: 'text', text: 'a', mode: 'html' }, /"mode" \(if given\) words or numbers/],
      [{ type: 'set', params: 'hidden=8' }, /"params" must be an object/],
    ];
    for (const [bad, named] of cases) {
      const r = act(bad);
      expect(r.actions).toEqual([]);
      expect(r.wantsState).toBe(false);
      expect(r.notices).toHaveLength(1);
      expect(r.notices[0]).toMatch(named);
      expect(r.notices[0]).toContain(`"${(bad as { type: string }).type}" message`);
    }
  });

  it('knows how many steps a state has before it is run: the sequence it names', () => {
    // The Long preset's sentence has 64 words; the default one 10; a lab model its own sequence.
    expect(stepsOf(longState)).toBe(64);
    expect(stepsOf(initialState('vanilla'))).toBe(10);
    expect(stepsOf(after({ type: 'text', text: '1, 2, 3', mode: 'numbers' }))).toBe(3);
    // A host message chain acts on the state the previous message led to: Long, then step 51.
    const onLong = handleHostMessage(
      { type: 'preset', preset: 'long' },
      initialState('vanilla'),
      0,
      9,
    ).actions.reduce(reducer, initialState('vanilla'));
    const last = stepsOf(onLong) - 1;
    expect(handleHostMessage({ type: 'step', step: 51 }, onLong, 0, last).actions).toEqual([
      { type: 'select', step: 50 },
    ]);
  });

  it('lets a host set the sentence, keeping the input mode unless it names one', () => {
    const s = after({ type: 'text', text: 'the cat sat' });
    expect(s.config.input).toEqual({ mode: 'words', text: 'the cat sat' });
    expect(s.preset).toBeNull();
    expect(after({ type: 'text', text: '1 2 3', mode: 'numbers' }).config.input).toEqual({
      mode: 'numbers',
      text: '1 2 3',
    });
    expect(act({ type: 'text', text: 'x'.repeat(20_001) }).actions).toEqual([]);
  });

  it('sets knobs and view by their URL names, checked like a link; bad fields are named and fall back alone', () => {
    const r = act({
      type: 'set',
      params: {
        hidden: 8,
        fbias: 0,
        levels: '2',
        cell: 'lstm',
        seed: 1.5,
        scale: 'big',
        embed: '1',
        step: 3,
      },
    });
    expect(r.notices).toEqual([
      'Ignored "seed": not a valid value.',
      'Ignored "scale": not a valid value.',
      'Ignored "embed": not a parameter a host can set.',
    ]);
    const s = r.actions.reduce(reducer, longState);
    expect(s.config.hidden).toBe(8);
    expect(s.config.forgetBias).toBe(0);
    expect(s.config.cell).toBe('lstm');
    expect(s.levels).toEqual([2]);
    expect(s.step).toBe(2);
    // Unnamed fields keep the view's values: the Long sentence, its seed and weight scale.
    expect(s.config.input).toEqual(longState.config.input);
    expect(s.config.seed).toBe(longState.config.seed);
    expect(s.config.weightScale).toBe(longState.config.weightScale);
    // Out of range is refused like the URL refuses it, not clamped into something else.
    expect(act({ type: 'set', params: { hidden: 100_000 } }).notices).toEqual([
      'Ignored "hidden": not a valid value.',
    ]);
    // A host cannot turn an embed into another view.
    const embedded = { ...longState, view: 'embed' as const };
    expect(after({ type: 'set', params: { theme: 'dark' } }, embedded).view).toBe('embed');
  });

  it('a host sets the language, and later settings keep it', () => {
    const arabic = after({ type: 'set', params: { lang: 'ar' } });
    expect(arabic.lang).toBe('ar');
    expect(after({ type: 'set', params: { hidden: 9 } }, arabic).lang).toBe('ar');
    expect(act({ type: 'set', params: { lang: 'klingon' } }).notices).toEqual([
      'Ignored "lang": not a valid value.',
    ]);
  });

  it('a new preset starts from that preset, not from the knobs of the old view', () => {
    const tweaked = after({ type: 'set', params: { hidden: 9 } });
    const s = after({ type: 'set', params: { preset: 'exploding' } }, tweaked);
    expect(s.preset).toBe('exploding');
    expect(s.config).toEqual(initialState('exploding').config);
  });

  it('answers get-state with where the view is: 1-based step, steps, cell and a link', () => {
    expect(act({ type: 'get-state' }).wantsState).toBe(true);
    const st = hostState({ ...longState, config: { ...longState.config, cell: 'gru' } }, 3, 12);
    expect(st).toMatchObject({
      type: 'state',
      step: 4,
      steps: 12,
      cell: 'gru',
      preset: 'long',
      mode: 'words',
      weights: 'untrained',
      playing: false,
    });
    expect(new URLSearchParams(st.search).get('step')).toBe('4');
    expect(new URLSearchParams(st.search).get('preset')).toBe('long');
    expect(EMBED_API_VERSION).toBeGreaterThanOrEqual(1);
  });
});
