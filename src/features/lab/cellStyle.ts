/** One colour and dash per cell in the lab, the same Okabe–Ito hues and dashes the memory chart uses. */
import { CELL_KINDS, familyOf } from '../../engine/cells/vocabulary';
import type { CellKind } from '../../engine/types';
import { FAMILY_COLORS, FAMILY_DASH } from '../../ui/charts/scales';

const perKind = <T>(f: (k: CellKind) => T) =>
  Object.fromEntries(CELL_KINDS.map((k) => [k, f(k)])) as Record<CellKind, T>;

export const CELL_COLORS: Record<CellKind, string> = perKind((k) => FAMILY_COLORS[familyOf(k)]);

export const CELL_DASH: Record<CellKind, string | undefined> = perKind((k) => FAMILY_DASH[familyOf(k)]);
