// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { initialState, reducer } from '../../src/state/appState';

describe('app state transitions', () => {
  it('switching the cell keeps the sequence and the selected step', () => {
    let s = reducer(initialState('long'), { type: 'select', step: 40 });
    s = reducer(s, { type: 'cell', cell: 'lstm' });
    expect(s.step).toBe(40);
    expect(s.config.input.text).toBe(initialState('long').config.input.text);
    expect(s.config.cell).toBe('lstm');
  });

  it('knobs are clamped to their ranges and NaN is ignored', () => {
    const s0 = initialState();
    expect(reducer(s0, { type: 'knob', key: 'hidden', value: 1000 }).config.hidden).toBe(64);
    expect(reducer(s0, { type: 'knob', key: 'hidden', value: 0 }).config.hidden).toBe(2);
    expect(reducer(s0, { type: 'knob', key: 'weightScale', value: NaN })).toBe(s0);
  });

  it('playing past the last step wraps to the first', () => {
    const s = reducer({ ...initialState(), step: 9 }, { type: 'tick', last: 9 });
    expect(s.step).toBe(0);
  });
});
