// @vitest-environment node
/** Every preset's caption, for every cell the reader can switch to, is true of that cell's run. */
import { describe, expect, it } from 'vitest';
import { LONG_LATE_WORD_INDEX, PRESETS, PRESET_IDS, presetById } from '../../src/state/presets';
import { captionFor, presetCaption } from '../../src/state/presetCaptions';
import { CELL_FAMILIES } from '../../src/state/config';
import { computeRun, gateStats } from '../../src/compute/run';

const p = (id: string) => presetById(id)!;
const run = (id: string, cell: (typeof CELL_FAMILIES)[number], over = {}) =>
  computeRun({ ...p(id).config, cell, ...over });
const maxH = (id: string, cell: (typeof CELL_FAMILIES)[number]) =>
  Math.max(...Array.from(run(id, cell).trace.streams.l0.h, Math.abs));
const leftAt = (id: string, cell: (typeof CELL_FAMILIES)[number], step: number, over = {}) => {
  const m = run(id, cell, over).memory[cell].values;
  return m[step] / m[0];
};

describe('preset captions follow the cell switch', () => {
  it('no caption describes a part the selected cell does not have', () => {
    for (const preset of PRESETS) {
      for (const cell of CELL_FAMILIES) {
        const text = presetCaption(preset, cell);
        expect(text.length).toBeGreaterThan(40);
        if (cell !== 'lstm') expect(text).not.toMatch(/lane (on top )?keeps|forget gates start open|h = o/);
        if (cell !== 'gru' && cell !== 'mingru') expect(text).not.toMatch(/update gate z decides/);
        if (cell !== 'vanilla')
          expect(text).not.toMatch(/reaches over 200|state itself reaches|has all but forgotten/);
        if (cell !== preset.config.cell && preset.id !== 'timeseries') expect(text).not.toBe(preset.caption);
      }
    }
  });

  it('the numbers they state are the runs’ numbers', () => {
    // "LSTM, gates open": f averages about 0.94.
    expect(gateStats(run('lstm', 'lstm').trace, 1).mean).toBeCloseTo(0.94, 2);
    expect(presetCaption(p('lstm'), 'lstm')).toMatch(/f averages about 0\.94/);
    // The GRU's z ≈ 0.5 with random weights, wherever a caption says so.
    for (const id of ['vanilla', 'lstm', 'long']) {
      expect(presetCaption(p(id), 'gru')).toMatch(/z (≈|sits near) 0\.5/);
      expect(Math.abs(gateStats(run(id, 'gru').trace, 1).mean - 0.5)).toBeLessThan(0.05);
    }
    // Exploding: only the vanilla ReLU RNN explodes; the gated cells stay within ±1; the minGRU ignores the scale.
    expect(maxH('exploding', 'vanilla')).toBeGreaterThan(200);
    for (const cell of ['lstm', 'gru'] as const) expect(maxH('exploding', cell)).toBeLessThan(1);
    const a = run('exploding', 'mingru').trace.streams.l0.h;
    const b = run('exploding', 'mingru', { weightScale: 1 }).trace.streams.l0.h;
    expect(Array.from(a)).toEqual(Array.from(b));
    // Long sequence: the GRU and minGRU have lost "Alice" at "she"; the LSTM keeps it at bias 4, not at 0.
    for (const cell of ['vanilla', 'gru', 'mingru'] as const)
      expect(leftAt('long', cell, LONG_LATE_WORD_INDEX)).toBeLessThan(1e-6);
    expect(leftAt('long', 'lstm', LONG_LATE_WORD_INDEX)).toBeGreaterThan(0.5);
    expect(leftAt('long', 'lstm', LONG_LATE_WORD_INDEX, { forgetBias: 0 })).toBeLessThan(1e-6);
  });

  it('the caption stays when only the forget bias was changed by the compare button', () => {
    const long = p('long').config;
    expect(captionFor(null, { ...long, cell: 'lstm', forgetBias: 0 }, PRESET_IDS)).toMatch(
      /^Long sequence, with the LSTM’s forget bias at 0 instead of 4/,
    );
    expect(gateStats(run('long', 'lstm', { forgetBias: 0 }).trace, 1).mean).toBeGreaterThan(0.4);
    expect(gateStats(run('long', 'lstm', { forgetBias: 0 }).trace, 1).mean).toBeLessThan(0.6);
    expect(captionFor(null, { ...long, seed: 9 }, PRESET_IDS)).toBeNull();
    // "a half-life under 2 steps", "nearly as fast as the vanilla RNN": the LSTM at 0 against the others.
    const life = (cell: 'vanilla' | 'gru' | 'lstm', over = {}) =>
      run('long', cell, over).memory[cell].halfLife!;
    expect(captionFor(null, { ...long, cell: 'lstm', forgetBias: 0 }, PRESET_IDS)).toMatch(
      /a half-life under 2 steps/,
    );
    expect(life('lstm', { forgetBias: 0 })).toBeLessThan(2);
    expect(life('lstm', { forgetBias: 0 }) / life('vanilla')).toBeLessThan(1.5);
    expect(presetCaption(p('long'), 'lstm')).toMatch(/nearly as fast as the vanilla RNN/);
  });
});
