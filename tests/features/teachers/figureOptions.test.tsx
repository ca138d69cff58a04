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

describe('an exported SVG says who made it and under which licence', () => {
  it('carries a title and Dublin Core metadata with the version and the CC BY 4.0 licence', async () => {
    const { standaloneSvg } = await import('../../../src/features/teachers/exportFigure');
    const pkg = (await import('../../../package.json')).default as { version: string };
    const run = computeRun(presetById('long')!.config);
    const { container } = render(
      <svg viewBox="0 0 200 100" width={200} height={100}>
        <rect width={10} height={10} />
      </svg>,
    );
    const text = standaloneSvg(
      container.querySelector('svg')!,
      figureOptions('rnn-memory-chart', run, 3, false),
    );
    // jsdom's serialiser writes the root's xmlns twice (browsers write it once); parse it as a browser's.
    const doc = new DOMParser().parseFromString(text.replace(/( xmlns="[^"]*")\1/, '$1'), 'image/svg+xml');
    const dc = 'http://purl.org/dc/elements/1.1/';
    expect(doc.querySelector('svg > title')!.textContent).toMatch(/^Memory of the first word/);
    expect(doc.getElementsByTagNameNS(dc, 'rights')[0].textContent).toMatch(/CC BY 4\.0/);
    expect(doc.getElementsByTagNameNS(dc, 'source')[0].textContent).toBe(`RNN Explainer ${pkg.version}`);
    const licence = doc.getElementsByTagNameNS('http://creativecommons.org/ns#', 'license')[0];
    expect(licence.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'resource')).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
  });
});
