/**
 * The levels' constant equations are typeset at build time: the page must show the same markup
 * KaTeX makes in the page, and every constant equation the levels show must be in the table (one
 * that drifted out would be typeset on the main thread again after load).
 */
import katex from 'katex';
import PREBUILT from 'virtual:prebuilt-katex';
import { describe, expect, it, vi } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { katexOptions, texKey } from '../../../src/content/katexOptions';
import { PREBUILT_TEX } from '../../../src/content/prebuiltTex';
import { alignRows } from '../../../src/content/liveSymbolic';
import { GLOSSARY } from '../../../src/content/glossary';
import { SsmComparison } from '../../../src/features/explainer/deep/SsmComparison';
import { LiveMath, liveEquations } from '../../../src/features/explainer/LiveMath';
import TexKatex from '../../../src/ui/shared/TexKatex';
import { presetById } from '../../../src/state/presets';
import { computeRun } from '../../../src/compute/run';

describe('equations typeset at build time', () => {
  it('are the markup KaTeX makes in the page, symbol classes included', () => {
    expect(PREBUILT_TEX.length).toBeGreaterThan(20);
    for (const { tex, display } of PREBUILT_TEX)
      expect(PREBUILT[texKey(tex, display)], tex).toBe(katex.renderToString(tex, katexOptions(display)));
    const lstm =
      PREBUILT[
        texKey(
          alignRows(
            liveEquations(
              'lstm',
              'tanh',
              computeRun({ ...presetById('long')!.config, cell: 'lstm' }).trace.streams.l0,
              0,
            ).symbolic,
          ),
          true,
        )
      ];
    expect(lstm).toContain('sym sym-f');
  });

  it("leave only the equations with numbers to KaTeX in the page: level 2's for every cell, level 3's cost table", async () => {
    const typeset = vi.spyOn(katex, 'renderToString');
    try {
      for (const cell of ['lstm', 'gru', 'mingru', 'vanilla'] as const) {
        for (const nonlinearity of ['tanh', 'relu'] as const) {
          const stream = computeRun({ ...presetById('long')!.config, cell }).trace.streams.l0;
          const { unmount } = render(
            <LiveMath
              family={cell}
              nonlinearity={nonlinearity}
              stream={stream}
              step={2}
              label="word"
              highlight={null}
              onHighlight={() => {}}
            />,
          );
          // Both equations and every glossary symbol typeset (KaTeX's chunk loads lazily).
          await waitFor(() =>
            expect(document.querySelectorAll('.katex').length).toBe(2 + GLOSSARY[cell].length),
          );
          unmount();
        }
      }
      const { unmount } = render(<SsmComparison />);
      await waitFor(() => expect(document.querySelectorAll('.ssm-table .katex').length).toBe(12));
      unmount();
      const inPage = typeset.mock.calls.map(([tex]) => tex);
      expect(inPage.length).toBeGreaterThan(0);
      // Every equation KaTeX typeset in the page has a number with decimals in it (the step's
      // values): the symbolic equations, the glossary and the cost table came from the build.
      for (const tex of inPage) expect(tex).toMatch(/\d\.\d\d/);
    } finally {
      typeset.mockRestore();
    }
  });

  it('leave the equations with numbers to KaTeX, typeset off the main thread (in place in jsdom), the TeX standing in until then', async () => {
    const { container } = render(
      <TexKatex tex={'h_t = \\begin{bmatrix}0.12 & -0.5\\end{bmatrix}'} display />,
    );
    expect(container.querySelector('.tex-fallback')?.textContent).toBe(
      'h_t = \\begin{bmatrix}0.12 & -0.5\\end{bmatrix}',
    );
    await waitFor(() => expect(container.querySelector('.katex-display')).not.toBeNull());
    expect(container.querySelector('[aria-busy]')).toBeNull();
    expect(container.querySelector('annotation')?.textContent).toBe(
      'h_t = \\begin{bmatrix}0.12 & -0.5\\end{bmatrix}',
    );
  });

  it('keep the last equation on screen, marked busy, while the next step’s is typeset', async () => {
    const first = 'h_t = \\begin{bmatrix}0.31 & -0.77\\end{bmatrix}';
    const next = 'h_t = \\begin{bmatrix}0.32 & -0.78\\end{bmatrix}';
    const { container, rerender } = render(<TexKatex tex={first} display />);
    await waitFor(() => expect(container.querySelector('annotation')?.textContent).toBe(first));
    rerender(<TexKatex tex={next} display />);
    // No stand-in in between (the equation would jump in size): the old markup, busy.
    expect(container.querySelector('.tex-fallback')).toBeNull();
    expect(container.querySelector('[aria-busy="true"] annotation')?.textContent).toBe(first);
    await waitFor(() => expect(container.querySelector('annotation')?.textContent).toBe(next));
    expect(container.querySelector('[aria-busy]')).toBeNull();
    // Back to the first step: typeset before, shown at once.
    rerender(<TexKatex tex={first} display />);
    expect(container.querySelector('annotation')?.textContent).toBe(first);
    expect(container.querySelector('[aria-busy]')).toBeNull();
  });
});
