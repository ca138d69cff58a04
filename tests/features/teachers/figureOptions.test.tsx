import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { figureOptions } from '../../../src/features/teachers/figureOptions';
import { Legend } from '../../../src/features/timeline/Legend';
import { maxAbs } from '../../../src/engine/linalg';
import { presetById } from '../../../src/state/presets';
import { computeRun } from '../../../src/compute/run';

describe('an exported timeline’s legend says what the page’s legend says', () => {
  for (const [preset, symlog] of [
    ['long', false],
    ['exploding', true],
  ] as const) {
    it(`${preset}: the same ±extent and ${symlog ? 'the symmetric log scale' : 'a linear scale'}`, () => {
      const run = computeRun(presetById(preset)!.config);
      // The extent the page's timeline and legend draw with (App: maxAbs of the shown cell's h, at least 1).
      const extent = maxAbs(run.trace.streams.l0.h, 1);
      const { container } = render(<Legend extent={extent} />);
      const ticks = Array.from(container.querySelectorAll('text:not(.legend-title)'), (t) => t.textContent);
      const legend = figureOptions('rnn-timeline', run, 0, false).legend;
      if (legend.kind !== 'scale') throw new Error('the timeline has a colour-scale legend');
      expect([legend.min, '0', legend.max]).toEqual(ticks);
      expect(container.querySelector('.legend-title')!.textContent!.includes('symmetric log')).toBe(symlog);
      expect(legend.label.includes('symmetric log scale')).toBe(symlog);
    });
  }
});
