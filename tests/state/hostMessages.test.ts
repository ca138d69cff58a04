// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { actionForMessage } from '../../src/state/hostMessages';

describe('postMessage control', () => {
  it('turns valid messages into actions (steps are 1-based and clamped)', () => {
    expect(actionForMessage({ type: 'step', step: 5 }, 0, 9)).toEqual({ type: 'select', step: 4 });
    expect(actionForMessage({ type: 'step', step: 50 }, 0, 9)).toEqual({ type: 'select', step: 9 });
    expect(actionForMessage({ type: 'next' }, 9, 9)).toEqual({ type: 'select', step: 9 });
    expect(actionForMessage({ type: 'prev' }, 0, 9)).toEqual({ type: 'select', step: 0 });
    expect(actionForMessage({ type: 'cell', cell: 'gru' }, 0, 9)).toEqual({ type: 'cell', cell: 'gru' });
    expect(actionForMessage({ type: 'preset', preset: 'long' }, 0, 9)).toEqual({ type: 'preset', id: 'long' });
  });

  it('ignores anything of the wrong shape', () => {
    for (const bad of [null, 'step', 5, {}, { type: 'step' }, { type: 'step', step: '5' }, { type: 'step', step: 0 }, { type: 'step', step: 2.5 }, { type: 'cell', cell: 'transformer' }, { type: 'eval', code: 'x' }]) {
      expect(actionForMessage(bad, 3, 9)).toBeNull();
    }
  });
});
