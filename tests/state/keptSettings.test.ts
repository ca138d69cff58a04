/** After Run on their own sentence, the reader is told which preset settings it kept. */
import { describe, expect, it } from 'vitest';
import { nonDefaultSettings, ranMessage } from '../../src/state/keptSettings';
import { presetById } from '../../src/state/presets';

describe('the settings a sentence of one’s own keeps', () => {
  it('names the Exploding preset’s ReLU and ×3 weights, and where they came from', () => {
    const config = presetById('exploding')!.config;
    expect(nonDefaultSettings(config)).toEqual(['ReLU instead of tanh', 'recurrent weights ×3.0']);
    const m = ranMessage(config, 7, 'exploding');
    expect(m).toContain('7-token');
    expect(m).toContain('from the Exploding preset');
    expect(m).toContain('recurrent weights ×3.0');
  });

  it('says nothing was kept at PyTorch’s defaults, and only names a knob the shown cell uses', () => {
    const vanilla = presetById('vanilla')!.config;
    expect(nonDefaultSettings(vanilla)).toEqual([]);
    expect(ranMessage(vanilla, 3, 'vanilla')).toContain('PyTorch’s starting settings');
    // The LSTM's forget bias means nothing to a GRU on screen.
    expect(nonDefaultSettings({ ...vanilla, cell: 'gru', forgetBias: 4 })).toEqual([]);
    expect(nonDefaultSettings({ ...vanilla, cell: 'lstm', forgetBias: 4 })).toEqual(['forget-gate bias 4']);
  });
});
