import { describe, expect, it } from 'vitest';
import { PREDICTION_KEYS } from '../../../src/content/predictionKeys';
import { STOPS } from '../../../src/features/lesson/tourStops';
import { computeRun } from '../../../src/compute/run';
import { initialState, reducer } from '../../../src/state/appState';

describe('the answer codes’ list of questions', () => {
  it('is the tour’s questions, each at its stop, with the choices the stop offers, in order', () => {
    const asked = STOPS.filter((s) => s.predict).map((s) => {
      const config = reducer(initialState(), { type: 'tour', stop: s.id, setup: s.setup }).config;
      return {
        id: s.predict!.id,
        stop: s.id,
        options: s.predict!.options(computeRun(config)).map((o) => o.id),
      };
    });
    expect(asked).toEqual(PREDICTION_KEYS.map((k) => ({ ...k, options: [...k.options] })));
  });
});
