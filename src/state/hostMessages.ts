/**
 * postMessage control from a host page (a slide deck driving an embedded view). Messages are
 * validated with zod; anything of another shape is ignored.
 */
import * as z from 'zod/mini';
import type { Action } from './appState';
import { PRESET_IDS } from './presets';


export const HostMessage = z.discriminatedUnion('type', [
  /** 1-based, like the step counter and the URL. */
  z.object({ type: z.literal('step'), step: z.number().check(z.gte(1), z.lte(10_000), z.refine(Number.isInteger)) }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('prev') }),
  z.object({ type: z.literal('play') }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('cell'), cell: z.enum(['vanilla', 'lstm', 'gru']) }),
  z.object({ type: z.literal('preset'), preset: z.enum(PRESET_IDS) }),
]);

/** The action a message asks for, or null for anything that is not a valid message. */
export function actionForMessage(data: unknown, step: number, last: number): Action | null {
  const r = HostMessage.safeParse(data);
  if (!r.success) return null;
  const m = r.data;
  switch (m.type) {
    case 'step':
      return { type: 'select', step: Math.min(last, m.step - 1) };
    case 'next':
      return { type: 'select', step: Math.min(last, step + 1) };
    case 'prev':
      return { type: 'select', step: Math.max(0, step - 1) };
    case 'play':
      return { type: 'play' };
    case 'pause':
      return { type: 'pause' };
    case 'cell':
      return { type: 'cell', cell: m.cell };
    case 'preset':
      return { type: 'preset', id: m.preset };
  }
}
