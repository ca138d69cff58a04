import { describe, expect, it } from 'vitest';
import { initialState, reducer } from '../../src/state/appState';
import { AttentionRace } from '../../src/train/seq2seq/attentionRace';

const race = new AttentionRace({ length: 4, updates: 100, seeds: 1 });
race.step();
const pair = race.pair();

describe('a pair the attention race trained reaches level 3 through the state', () => {
  it('opened: fresh until level 3 has shown it, and the rest of the view stays', () => {
    const s = { ...initialState('long'), step: 9 };
    const opened = reducer(s, { type: 'open-pair', pair });
    expect(opened.labPair).toEqual({ pair, fresh: true });
    expect([opened.config, opened.step, opened.trained]).toEqual([s.config, 9, null]);
    const shown = reducer(opened, { type: 'pair-shown' });
    expect(shown.labPair).toEqual({ pair, fresh: false });
    // Shown twice is the same state (a remounted view does not switch again).
    expect(reducer(shown, { type: 'pair-shown' })).toBe(shown);
  });

  it('restored after a reload: offered, not switched to', () => {
    const restored = reducer(initialState(), { type: 'open-pair', pair, restored: true });
    expect(restored.labPair).toEqual({ pair, fresh: false });
  });
});
