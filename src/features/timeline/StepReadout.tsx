/** Screen-reader summary of the selected step, announced when it changes. */
import type { StreamTrace } from '../../engine';
import { t } from '../../i18n/t';
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
  noun: 'word' | 'value' | 'character' = 'word',
): string {
  const { H } = stream;
  const h = stream.h.subarray(step * H, (step + 1) * H);
  const { mean } = summary(h);
  let strongest = 0;
  for (let j = 1; j < H; j++) if (Math.abs(h[j]) > Math.abs(h[strongest])) strongest = j;
  return t('readout.step', {
    step: step + 1,
    total: stream.T,
    token: shorten(label, 40),
    H,
    mean: fmt(mean),
    strongest: strongest + 1,
    value: fmt(h[strongest]),
    noun,
    moved: fmt(moved),
    share: share === null ? 'none' : pct(share),
  });
}

export function StepReadout({ text }: { text: string }) {
  return (
    <p className="readout" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
