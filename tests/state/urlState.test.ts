// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/state/config';
import { initialState, reducer } from '../../src/state/appState';
import type { AppState } from '../../src/state/appState';
import { PRESETS } from '../../src/state/presets';
import { MAX_TEXT, UrlSchema, decodeState, encodeSearch } from '../../src/state/urlState';

function isValidState(s: AppState): boolean {
  const c = s.config;
  return (
    ['vanilla', 'lstm', 'gru'].includes(c.cell) &&
    ['tanh', 'relu'].includes(c.nonlinearity) &&
    ['words', 'numbers'].includes(c.input.mode) &&
    typeof c.input.text === 'string' &&
    c.input.text.length <= MAX_TEXT &&
    Number.isInteger(c.hidden) &&
    c.hidden >= LIMITS.hidden.min &&
    c.hidden <= LIMITS.hidden.max &&
    Number.isFinite(c.weightScale) &&
    c.weightScale >= LIMITS.weightScale.min &&
    c.weightScale <= LIMITS.weightScale.max &&
    Number.isFinite(c.forgetBias) &&
    c.forgetBias >= LIMITS.forgetBias.min &&
    c.forgetBias <= LIMITS.forgetBias.max &&
    Number.isInteger(c.seed) &&
    c.seed >= LIMITS.seed.min &&
    c.seed <= LIMITS.seed.max &&
    Number.isInteger(s.step) &&
    s.step >= 0 &&
    ['auto', 'light', 'dark'].includes(s.theme) &&
    ['full', 'embed', 'present'].includes(s.view)
  );
}

describe('URL state', () => {
  it('an empty URL is the default view', () => {
    const { state, notices } = decodeState('');
    expect(state.config).toEqual(initialState().config);
    expect(notices).toEqual([]);
  });

  it('round-trips states reached through the UI', () => {
    let s = initialState();
    const actions = [
      { type: 'preset', id: 'long' },
      { type: 'cell', cell: 'lstm' },
      { type: 'select', step: 50 },
      { type: 'knob', key: 'forgetBias', value: 2.5 },
      { type: 'theme', theme: 'dark' },
      { type: 'lang', lang: 'ar' },
      { type: 'input', mode: 'words', text: 'Grüße 👋 <b>bold</b> & "quotes"' },
      { type: 'knob', key: 'seed', value: 42 },
    ] as const;
    for (const a of actions) {
      s = reducer(s, a);
      const back = decodeState(encodeSearch(s));
      expect(back.notices).toEqual([]);
      expect(back.state.config).toEqual(s.config);
      expect(back.state.step).toBe(s.step);
      expect(back.state.preset).toBe(s.preset);
      expect(back.state.theme).toBe(s.theme);
      expect(back.state.lang).toBe(s.lang);
    }
  });

  it('keeps the language in a link; old links (none named) open in English and let the device decide', () => {
    expect(encodeSearch(initialState())).not.toContain('lang');
    expect(encodeSearch(reducer(initialState(), { type: 'lang', lang: 'pt-BR' }))).toContain('lang=pt-BR');
    const old = decodeState('?preset=long&cell=gru');
    expect(old.state.lang).toBe('en');
    expect(old.langFromLink).toBe(false);
    const near = decodeState('?lang=es-MX');
    expect(near.state.lang).toBe('es');
    expect(near.langFromLink).toBe(true);
    const bad = decodeState('?lang=%3Cscript%3E&cell=gru');
    expect(bad.state.lang).toBe('en');
    expect(bad.state.config.cell).toBe('gru');
    expect(bad.notices).toHaveLength(1);
    expect(bad.notices[0]).toContain('"lang"');
  });

  it('keeps the embed panels a host chose; none named is auto; a bad value falls back with a notice', () => {
    expect(decodeState('?embed=1').state.panels).toBe('auto');
    expect(encodeSearch(initialState(), 'embed')).not.toContain('panels');
    for (const panels of ['timeline', 'chart', 'both'] as const) {
      const { state, notices } = decodeState(`?embed=1&preset=long&panels=${panels}`);
      expect(state.panels).toBe(panels);
      expect(notices).toEqual([]);
      expect(decodeState(encodeSearch(state, 'embed')).state).toEqual(state);
    }
    const bad = decodeState('?embed=1&panels=sidebar&cell=gru');
    expect(bad.state.panels).toBe('auto');
    expect(bad.state.config.cell).toBe('gru');
    expect(bad.notices).toHaveLength(1);
    expect(bad.notices[0]).toContain('"panels"');
  });

  it('a preset link stays short: only what differs from the preset is written', () => {
    const s = reducer(reducer(initialState('long'), { type: 'cell', cell: 'lstm' }), {
      type: 'select',
      step: 50,
    });
    expect(encodeSearch(s)).toBe('?preset=long&cell=lstm&step=51');
    expect(encodeSearch(s, 'embed')).toBe('?preset=long&cell=lstm&step=51&embed=1');
  });

  it('bad fields fall back one by one, each with a notice', () => {
    const { state, notices } = decodeState(
      '?preset=long&hidden=NaN&scale=1e9&cell=<script>alert(1)</script>&seed=7&step=-3&theme=neon',
    );
    expect(state.config.hidden).toBe(32);
    expect(state.config.weightScale).toBe(1);
    expect(state.config.cell).toBe('vanilla');
    expect(state.config.seed).toBe(7);
    expect(state.step).toBe(0);
    expect(state.theme).toBe('auto');
    expect(notices).toHaveLength(5);
    for (const key of ['hidden', 'scale', 'cell', 'step', 'theme'])
      expect(notices.join(' ')).toContain(`"${key}"`);
  });

  it('lab settings named like Object.prototype members fall back with a notice instead of throwing (found by the fuzz below)', () => {
    for (const name of ['valueOf', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { state, notices } = decodeState(`?lab=${name},T:30,${name}:5`);
      expect(state.lab.T).toBe(30);
      expect(notices.filter((n) => n.includes(`"${name}"`))).toHaveLength(2);
    }
  });

  it('the sentence is kept as plain text, HTML and all', () => {
    const text = '<img src=x onerror=alert(1)> hi';
    const { state } = decodeState(`?text=${encodeURIComponent(text)}`);
    expect(state.config.input.text).toBe(text);
  });

  it('fuzz: any query string decodes without throwing into a valid state', () => {
    const keys = Object.keys(UrlSchema.shape);
    const value = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.double().map(String),
      fc.integer().map(String),
      fc.constantFrom(...PRESETS.map((p) => p.id), 'NaN', 'Infinity', '-0', '1e400', ''),
    );
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc
        .array(fc.tuple(fc.constantFrom(...keys, 'x', '__proto__'), value), { maxLength: 12 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(query, (q) => {
        const { state, notices } = decodeState(q.startsWith('?') ? q : `?${q}`);
        expect(isValidState(state)).toBe(true);
        expect(Array.isArray(notices)).toBe(true);
        // What the decoder accepted re-encodes to a URL that decodes to the same configuration.
        expect(decodeState(encodeSearch(state)).state.config).toEqual(state.config);
      }),
      { numRuns: 500 },
    );
  });

  it('a huge text parameter is refused, not truncated silently', () => {
    const { state, notices } = decodeState(`?text=${'a'.repeat(MAX_TEXT + 1)}`);
    expect(state.config.input.text).toBe(initialState().config.input.text);
    expect(notices[0]).toMatch(/"text"/);
  });
});

describe('the lab’s minGRU switch in the link', () => {
  it('round-trips as mingru:on, is absent by default, and a bad value falls back with a notice', () => {
    const on = {
      ...initialState('vanilla'),
      lab: { ...initialState('vanilla').lab, minGru: true },
    } as AppState;
    const search = encodeSearch(on);
    expect(decodeURIComponent(search)).toContain('mingru:on');
    expect(decodeState(search).state.lab.minGru).toBe(true);
    expect(decodeURIComponent(encodeSearch(initialState('vanilla')))).not.toContain('mingru');
    const bad = decodeState('?lab=mingru:maybe');
    expect(bad.state.lab.minGru).toBe(false);
    expect(bad.notices.join(' ')).toMatch(/mingru/);
  });
});

describe('larger lab runs in the link', () => {
  it('a length up to 500 and a hidden size up to 128 are kept; one past either falls back with a notice', () => {
    const big = decodeState('?lab=T:500,H:128,trunc:500');
    expect([big.state.lab.T, big.state.lab.hidden, big.state.lab.truncation]).toEqual([500, 128, 500]);
    expect(big.notices).toEqual([]);
    const over = decodeState('?lab=T:501,H:129');
    expect([over.state.lab.T, over.state.lab.hidden]).toEqual([
      initialState().lab.T,
      initialState().lab.hidden,
    ]);
    expect(over.notices.join(' ')).toMatch(/"T".*"H"|"H".*"T"/);
  });
});

describe('the lab’s arithmetic in the link', () => {
  it('32-bit is the default and leaves the link alone; prec:f64 round-trips; a bad value falls back with a notice', () => {
    expect(initialState().lab.precision).toBe('f32');
    expect(decodeURIComponent(encodeSearch(initialState()))).not.toContain('prec');
    const f64 = { ...initialState(), lab: { ...initialState().lab, precision: 'f64' } } as AppState;
    const search = encodeSearch(f64);
    expect(decodeURIComponent(search)).toContain('prec:f64');
    expect(decodeState(search).state.lab.precision).toBe('f64');
    const bad = decodeState('?lab=prec:f16');
    expect(bad.state.lab.precision).toBe('f32');
    expect(bad.notices.join(' ')).toMatch(/prec/);
  });
});
