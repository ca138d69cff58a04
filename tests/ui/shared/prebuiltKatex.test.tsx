/**
 * The levels' constant equations are typeset at build time: the page must show the same markup
 * KaTeX makes in the page, and every constant equation the levels show must be in the table (one
 * that drifted out would be typeset on the main thread again after load).
 */
import katex from 'katex';
import PREBUILT from 'virtual:prebuilt-katex';
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { katexOptions, texKey } from '../../../src/content/katexOptions';
import { PREBUILT_TEX } from '../../../src/content/prebuiltTex';
import { alignRows } from '../../../src/content/liveSymbolic';
import { GLOSSARY } from '../../../src/content/glossary';
import { SSM_ROWS } from '../../../src/content/ssmCosts';
import { liveEquations } from '../../../src/features/explainer/LiveMath';
import TexKatex from '../../../src/ui/shared/TexKatex';
import { presetById } from '../../../src/state/presets';
import { computeRun } from '../../../src/compute/run';

describe('equations typeset at build time', () => {
  it('are the markup KaTeX makes in the page, symbol classes included', () => {
    expect(PREBUILT_TEX.length).toBeGreaterThan(20);
    for (const { tex, display } of PREBUILT_TEX) expect(PREBUILT[texKey(tex, display)], tex).toBe(katex.renderToString(tex, katexOptions(display)));
    const lstm = PREBUILT[texKey(alignRows(liveEquations('lstm', 'tanh', computeRun({ ...presetById('long')!.config, cell: 'lstm' }).trace.streams.l0, 0).symbolic), true)];
    expect(lstm).toContain('sym sym-f');
  });

  it("cover level 2's symbolic equations for every cell, its glossary and level 3's cost table", () => {
    for (const family of ['vanilla', 'lstm', 'gru', 'mingru'] as const) {
      const stream = computeRun({ ...presetById('long')!.config, cell: family }).trace.streams.l0;
      for (const nl of ['tanh', 'relu'] as const) expect(PREBUILT).toHaveProperty([texKey(alignRows(liveEquations(family, nl, stream, 1).symbolic), true)]);
    }
    for (const g of Object.values(GLOSSARY).flat()) expect(PREBUILT).toHaveProperty([texKey(g.tex, false)]);
    for (const r of SSM_ROWS) for (const tex of [r.step, r.state, r.path]) expect(PREBUILT).toHaveProperty([texKey(tex, false)]);
  });

  it('leave the equations with numbers to KaTeX in the page', () => {
    const { container } = render(<TexKatex tex={'h_t = \\begin{bmatrix}0.12 & -0.5\\end{bmatrix}'} display />);
    expect(container.querySelector('.katex-display')).not.toBeNull();
    expect(container.querySelector('annotation')?.textContent).toBe('h_t = \\begin{bmatrix}0.12 & -0.5\\end{bmatrix}');
  });
});
