/**
 * The equations the build typesets ahead with KaTeX (vite.config.ts, prebuiltKatex): every one the
 * explainer's levels show that does not depend on the run — level 2's symbolic equations and
 * glossary, level 3's cost table. Typeset in the page, they were ~20 ms of the main thread after
 * load with the levels open. Only the equations filled in with a step's numbers are left to KaTeX
 * in the page.
 */
import { CELL_FAMILIES } from '../engine/cells/vocabulary';
import { GLOSSARY } from './glossary';
import { alignRows, symbolicEquation } from './liveSymbolic';
import { SSM_ROWS } from './ssmCosts';

const symbolic = new Set(
  CELL_FAMILIES.flatMap((f) => (['tanh', 'relu'] as const).map((nl) => alignRows(symbolicEquation(f, nl)))),
);
const inline = new Set([
  ...Object.values(GLOSSARY)
    .flat()
    .map((g) => g.tex),
  ...SSM_ROWS.flatMap((r) => [r.step, r.state, r.path]),
]);

export const PREBUILT_TEX: { tex: string; display: boolean }[] = [
  ...[...symbolic].map((tex) => ({ tex, display: true })),
  ...[...inline].map((tex) => ({ tex, display: false })),
];
