/** The one tick rule of every log-scale axis on the page (the memory and gradient charts, the lab's loss). */

/**
 * Decade ticks inside [d0, d1] (a `.nice()` domain, so its ends are decades), every `stride`-th
 * decade so that at most `maxTicks` are drawn; the two ends when no decade lies inside.
 */
export function decadeTicks([d0, d1]: [number, number], maxTicks = 7): number[] {
  const lo = Math.ceil(Math.log10(d0) - 1e-9);
  const hi = Math.floor(Math.log10(d1) + 1e-9);
  if (hi < lo) return [d0, d1];
  const stride = Math.max(1, Math.ceil((hi - lo) / Math.max(1, maxTicks - 1)));
  const out: number[] = [];
  for (let e = lo; e <= hi; e += stride) out.push(10 ** e);
  return out;
}

/** A tick's label: plain from 0.01 to 100, otherwise as a power of ten (1e-6). */
export function tickLabel(t: number): string {
  if (t >= 0.01 && t <= 100) return String(Number(t.toPrecision(3)));
  return `1e${Math.round(Math.log10(t))}`;
}
