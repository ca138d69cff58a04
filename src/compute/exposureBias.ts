/**
 * Teacher forcing against greedy decoding, measured on the shipped encoder–decoder. In training the
 * decoder reads the true previous symbol (teacher forcing); shown and scored, it reads its own
 * previous answer, so one mistake feeds the next step (exposure bias: training never showed it its
 * own errors). The same held-out sequences are decoded both ways and scored per symbol.
 */
import { SEQ2SEQ_PROTOCOL, heldOutAt } from '../train/seq2seq/protocol';
import type { Seq2SeqNet } from '../train/seq2seq/model';
import { REVERSE } from '../train/seq2seq/tasks';
import { decodeScore } from '../train/seq2seq/train';
import type { DecodeScore } from '../train/seq2seq/train';

/**
 * Held-out sequences per length: the first of the protocol's 200. Enough to see the gap, and small
 * enough that one length decoded one way takes a few milliseconds of the page's main thread.
 */
export const FORCING_SAMPLE = 50;

export interface ForcingRow {
  L: number;
  teacher: DecodeScore;
  greedy: DecodeScore;
}

/** One length decoded one way: a unit of work small enough to run between frames. */
function forcingScore(net: Seq2SeqNet, L: number, teacher: boolean): DecodeScore {
  const all = heldOutAt(REVERSE, L);
  const B = Math.min(FORCING_SAMPLE, all.B);
  const batch = { B, L, src: all.src.subarray(0, B * L), tgt: all.tgt.subarray(0, B * L) };
  return decodeScore(net, batch, teacher);
}

/**
 * Every evaluation length, both ways, one length one way per `next()` (a few ms each on the main
 * thread, so a view can yield to the page between them); each yield is the rows complete so far.
 */
export function* forcingSteps(net: Seq2SeqNet): Generator<ForcingRow[], ForcingRow[]> {
  const rows: ForcingRow[] = [];
  for (const L of SEQ2SEQ_PROTOCOL.evalLengths) {
    const teacher = forcingScore(net, L, true);
    yield rows;
    rows.push({ L, teacher, greedy: forcingScore(net, L, false) });
    yield [...rows];
  }
  return rows;
}

/** Every evaluation length, both ways, at once. */
export function forcingRows(net: Seq2SeqNet): ForcingRow[] {
  const steps = forcingSteps(net);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
