/** Screen-reader summary of the selected step, announced when it changes. */
import type { StreamTrace } from '../../engine';
import { pct } from '../../ui/charts/MemoryChart';
import { fmt } from '../../ui/charts/scales';
import { summary } from './VectorBars';
import { shorten } from '../../ui/shared/graphemes';

export function describeStep(
  stream: StreamTrace,
  step: number,
  label: string,
  moved: number,
  share: number | null,
  noun = 'word',
): string {
  const { H } = stream;
  const h = stream.h.subarray(step * H, (step + 1) * H);
  const { mean } = summary(h);
  let strongest = 0;
  for (let j = 1; j < H; j++) if (Math.abs(h[j]) > Math.abs(h[strongest])) strongest = j;
  return (
    `Step ${step + 1} of ${stream.T}: "${shorten(label, 40)}". Memory h has ${H} units (1–${H}), mean ${fmt(mean)}, ` +
    `strongest unit ${strongest + 1} at ${fmt(h[strongest])}. ` +
    `Effect of swapping ${noun} 1 on this state: ${fmt(moved)}${share === null ? '' : `, ${pct(share)} of its effect at step 1`}.`
  );
}

export function StepReadout({ text }: { text: string }) {
  return (
    <p className="readout" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
