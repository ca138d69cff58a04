// @vitest-environment node
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialObsState, obsReducer, shownKind } from '../../../src/features/observatory/observatoryState';
import type { ObsAction } from '../../../src/features/observatory/observatoryState';

describe('the observatory’s state', () => {
  it('a new text forgets the character and span picked in the old one, and keeps the rest', () => {
    let s = obsReducer(initialObsState, { type: 'unit', unit: 7 });
    s = obsReducer(s, { type: 'char', char: 12 });
    s = obsReducer(s, { type: 'span', span: [3, 9] });
    s = obsReducer(s, { type: 'text', text: 'function f() {}' });
    expect(s).toMatchObject({ text: 'function f() {}', char: null, span: null, unit: 7 });
  });

  it('each sample asked for moves to the next seed; a late one for another model is dropped; the GRU always shows h', () => {
    const asked = obsReducer(obsReducer(initialObsState, { type: 'sampling' }), { type: 'sampling' });
    const s = obsReducer(obsReducer(asked, { type: 'sampled', text: 'abc', cell: 'lstm' }), {
      type: 'sampled',
      text: 'def',
      cell: 'lstm',
    });
    expect(s).toMatchObject({ sample: 'def', sampleSeed: 3 });
    // A sample the LSTM wrote does not land after a switch to the GRU, and a switch clears the old one.
    const gru = obsReducer(s, { type: 'cell', cell: 'gru' });
    expect(gru.sample).toBeNull();
    expect(obsReducer(gru, { type: 'sampled', text: 'late', cell: 'lstm' }).sample).toBeNull();
    const c = obsReducer(initialObsState, { type: 'kind', kind: 'c' });
    expect(shownKind(c)).toBe('c');
    expect(shownKind(obsReducer(c, { type: 'cell', cell: 'gru' }))).toBe('h');
  });

  it('any sequence of actions, however wild its numbers, leaves knobs in range and indices whole and non-negative', () => {
    const num = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0));
    const action: fc.Arbitrary<ObsAction> = fc.oneof(
      fc.record({ type: fc.constant('unit' as const), unit: num }),
      fc.record({ type: fc.constant('char' as const), char: num }),
      fc.record({ type: fc.constant('clamp' as const), value: num }),
      fc.record({ type: fc.constant('temperature' as const), value: num }),
      fc.record({ type: fc.constant('span' as const), span: fc.option(fc.tuple(fc.nat(50), fc.nat(50))) }),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const s = actions.reduce(obsReducer, initialObsState);
        expect(s.clampValue).toBeGreaterThanOrEqual(-1);
        expect(s.clampValue).toBeLessThanOrEqual(1);
        expect(s.temperature).toBeGreaterThanOrEqual(0.1);
        expect(s.temperature).toBeLessThanOrEqual(2);
        for (const i of [s.unit, s.char]) if (i !== null) expect(Number.isInteger(i) && i >= 0).toBe(true);
        if (s.span) expect(s.span[1]).toBeGreaterThan(s.span[0]);
      }),
    );
  });
});
