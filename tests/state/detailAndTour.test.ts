import { describe, expect, it } from 'vitest';
import { initialState, reducer } from '../../src/state/appState';
import { decodeState, encodeSearch } from '../../src/state/urlState';

describe('Detail and the tour in the URL', () => {
  it('a first visit is Essentials, with nothing in the address', () => {
    const d = decodeState('');
    expect(d.state.detail).toBe('essentials');
    expect(d.detailFromLink).toBe(false);
    expect(encodeSearch(d.state)).not.toMatch(/detail|tour/);
  });

  it('detail=everything and tour=N round-trip; a bad tour stop falls back with a notice', () => {
    const s = { ...reducer(initialState('long'), { type: 'detail', detail: 'everything' }), tour: 4 };
    const back = decodeState(encodeSearch(s));
    expect(back.state.detail).toBe('everything');
    expect(back.state.tour).toBe(4);
    expect(back.detailFromLink).toBe(true);
    const bad = decodeState('?tour=99');
    expect(bad.state.tour).toBeNull();
    expect(bad.notices.join(' ')).toMatch(/"tour"/);
  });

  it('an old link that opens a level or its own sentence opens in Everything, where those show', () => {
    expect(decodeState('?levels=2').state.detail).toBe('everything');
    expect(decodeState('?text=hello+world').state.detail).toBe('everything');
    expect(decodeState('?preset=long&cell=lstm').state.detail).toBe('essentials');
    // …unless the link says otherwise.
    expect(decodeState('?levels=2&detail=essentials').state.detail).toBe('essentials');
  });

  it('switching the detail keeps the run, the step and the open levels', () => {
    const s = { ...initialState('long'), step: 12, levels: [2] };
    const e = reducer(s, { type: 'detail', detail: 'everything' });
    expect(e.config).toBe(s.config);
    expect([e.step, e.levels]).toEqual([12, [2]]);
  });

  it('a tour stop sets its view through the same transitions as the controls; leaving keeps it', () => {
    const s = reducer(
      { ...initialState('vanilla'), weights: 'trained' },
      { type: 'tour', stop: 7, setup: { preset: 'long', cell: 'lstm', forgetBias: 0, step: 50 } },
    );
    expect(s.tour).toBe(7);
    expect([s.preset, s.config.cell, s.config.forgetBias, s.step, s.weights]).toEqual([
      null,
      'lstm',
      0,
      50,
      'untrained',
    ]);
    const left = reducer(s, { type: 'tour', stop: null });
    expect(left.tour).toBeNull();
    expect(left.config).toBe(s.config);
    expect(left.step).toBe(50);
  });
});
