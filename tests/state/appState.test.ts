// @vitest-environment node
import type { TrainedBundle } from '../../src/state/trainedBundle';
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

describe('models opened from the lab', () => {
  const bundle: TrainedBundle = {
    source: 'lab',
    title: 'Adding problem, T = 3: trained in the lab',
    labels: ['a', 'b', 'c'],
    inputSize: 1,
    x: [0, 1, 2],
    models: [
      {
        cell: 'gru',
        name: 'GRU',
        spec: { cell: 'gru', inputSize: 1, hiddenSize: 1, numLayers: 1, bidirectional: false },
        weights: {},
        note: 'GRU',
      },
      {
        cell: 'rnn_tanh',
        name: 'Vanilla RNN',
        spec: { cell: 'rnn_tanh', inputSize: 1, hiddenSize: 1, numLayers: 1, bidirectional: false },
        weights: {},
        note: 'RNN',
      },
    ],
  };
  const opened = reducer({ ...initialState('vanilla'), step: 5 }, { type: 'open-trained', bundle });

  it('open on the first (best) model’s cell, at step 1, with the weights named "lab" (so the link says so)', () => {
    expect([opened.config.cell, opened.step, opened.weights, opened.trained]).toEqual([
      'gru',
      0,
      'lab',
      bundle,
    ]);
  });

  it('restored after a reload keep the link’s step and cell', () => {
    const s = reducer(
      { ...initialState('vanilla'), weights: 'lab', step: 2 },
      { type: 'open-trained', bundle, restored: true },
    );
    expect([s.config.cell, s.step, s.weights]).toEqual(['vanilla', 2, 'lab']);
  });

  it('give way to a preset, a sentence, the weights switch or "back", and the weights read untrained again', () => {
    for (const a of [
      { type: 'preset', id: 'long' },
      { type: 'input', mode: 'words', text: 'a b' },
      { type: 'weights', weights: 'untrained' },
      { type: 'close-trained' },
    ] as const) {
      const s = reducer(opened, a);
      expect(s.trained, a.type).toBeNull();
      expect(s.weights, a.type).toBe('untrained');
    }
    // Choosing the shipped models leaves the lab's too.
    expect(reducer(opened, { type: 'weights', weights: 'trained' })).toMatchObject({
      trained: null,
      weights: 'trained',
    });
    // "Lab model" cannot be picked without a model: nothing changes.
    const plain = initialState('vanilla');
    expect(reducer(plain, { type: 'weights', weights: 'lab' })).toBe(plain);
  });

  it('stay through a step back only while the address still names them', () => {
    expect(reducer(opened, { type: 'load', state: { ...opened, trained: null } }).trained).toBe(bundle);
    expect(
      reducer(opened, { type: 'load', state: { ...opened, weights: 'untrained', trained: null } }).trained,
    ).toBeNull();
  });
});
