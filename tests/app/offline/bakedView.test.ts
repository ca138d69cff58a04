// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bakedView } from '../../../src/app/offline/bakedView';
import { decodeState } from '../../../src/state/urlState';

const saved = '?preset=long&cell=lstm&step=51';

describe('the view an offline copy opens in', () => {
  it('is the saved view when the file is opened without a query', () => {
    const s = decodeState(bakedView(saved, '')).state;
    expect([s.preset, s.config.cell, s.step, s.view]).toEqual(['long', 'lstm', 50, 'full']);
  });

  it('opened with ?embed=1, is the embed of the saved view (not the default sentence)', () => {
    const s = decodeState(bakedView(saved, '?embed=1')).state;
    expect([s.preset, s.config.cell, s.step, s.view]).toEqual(['long', 'lstm', 50, 'embed']);
  });

  it('moves only what the query names; a preset in the query starts from that preset', () => {
    expect(decodeState(bakedView(saved, '?step=3')).state.step).toBe(2);
    expect(decodeState(bakedView(saved, '?step=3')).state.config.cell).toBe('lstm');
    const other = decodeState(bakedView(saved, '?preset=exploding&embed=1')).state;
    expect([other.preset, other.config.cell, other.step, other.view]).toEqual([
      'exploding',
      'vanilla',
      0,
      'embed',
    ]);
  });

  it('opens the default view for a file saved without a state and opened plainly', () => {
    expect(bakedView('', '')).toBe('');
  });
});
