/** One colour and dash per cell in the lab, the same Okabe–Ito hues and dashes the memory chart uses. */
import { familyOf, perKind } from '../../engine/cells/vocabulary';
import type { CellKind } from '../../engine/types';
import { FAMILY_COLORS, FAMILY_DASH } from '../../ui/charts/scales';

export const CELL_COLORS: Record<CellKind, string> = perKind((k) => FAMILY_COLORS[familyOf(k)]);

export const CELL_DASH: Record<CellKind, string | undefined> = perKind((k) => FAMILY_DASH[familyOf(k)]);
