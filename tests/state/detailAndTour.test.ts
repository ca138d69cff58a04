import { describe, expect, it } from 'vitest';
import { initialState, reducer } from '../../src/state/appState';
import { decodeState, encodeSearch } from '../../src/state/urlState';
import { STOPS } from '../../src/features/lesson/tourStops';
import { TOUR_STOP_IDS } from '../../src/content/tourStopIds';

describe('Detail and the tour in the URL', () => {
  it('a first visit is Essentials, with nothing in the address', () => {
    const d = decodeState('');
    expect(d.state.detail).toBe('essentials');
    expect(d.detailFromLink).toBe(false);
    expect(encodeSearch(d.state)).not.toMatch(/detail|tour/);
  });

  it('detail=everything and a tour stop round-trip, the stop by its name; a bad stop falls back with a notice', () => {
    const s = {
      ...reducer(initialState('long'), { type: 'detail', detail: 'everything' }),
      tour: 'forgetting' as const,
    };
    const search = encodeSearch(s);
    expect(new URLSearchParams(search).get('tour')).toBe('forgetting');
    const back = decodeState(search);
    expect(back.state.detail).toBe('everything');
    expect(back.state.tour).toBe('forgetting');
    expect(back.detailFromLink).toBe(true);
    for (const bad of ['99', '0', 'why-it-fadez', '5.5', '<b>']) {
      const d = decodeState(`?tour=${encodeURIComponent(bad)}`);
      expect(d.state.tour, bad).toBeNull();
      expect(d.notices.join(' '), bad).toMatch(/"tour"/);
    }
  });

  it('links written before stops had names open the stop they opened then', () => {
    // The tour of version 0.1.0, in its order: what ?tour=1 … ?tour=11 showed (titles as they were, but
    // the sixth, then “Or it explodes”, renamed in 0.3.0 because it gave its prediction away).
    const numbered = [
      'One small network, used again and again',
      'One step: memory in, word in, memory out',
      'The memory is a short vector',
      'Forgetting on a long sentence',
      'Why it fades: the same weights, again and again',
      'Large weights, nothing to squash them',
      'Gates: an LSTM at PyTorch’s default',
      'The cell-state lane',
      'The GRU: one memory, two gates',
      'What training changes',
      'Train them yourself',
    ];
    const titleOf = (id: string | null) => STOPS.find((s) => s.id === id)?.title;
    numbered.forEach((title, i) => expect(titleOf(decodeState(`?tour=${i + 1}`).state.tour)).toBe(title));
    // 0.1.0 accepted 12 and clamped it to the last stop.
    expect(titleOf(decodeState('?tour=12').state.tour)).toBe('Train them yourself');
    // Re-encoding an old link writes the name.
    expect(encodeSearch(decodeState('?tour=5').state)).toContain('tour=why-it-fades');
  });

  it('every stop has its own name, and the tour runs in the order of TOUR_STOP_IDS', () => {
    expect(STOPS.map((s) => s.id)).toEqual([...TOUR_STOP_IDS]);
    expect(new Set(STOPS.map((s) => s.id)).size).toBe(STOPS.length);
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
      { type: 'tour', stop: 'lstm-gates', setup: { preset: 'long', cell: 'lstm', forgetBias: 0, step: 50 } },
    );
    expect(s.tour).toBe('lstm-gates');
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
