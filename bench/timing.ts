/** Best-of timing: repeat fn until minMs has passed (at least `minRuns` times), return the fastest run in ms. */
export function bestTime(fn: () => void, minMs = 300, minRuns = 3): number {
  fn(); // warm-up: let the JIT compile the hot loops before measuring
  let best = Infinity;
  let total = 0;
  let runs = 0;
  while (total < minMs || runs < minRuns) {
    const t0 = performance.now();
    fn();
    const dt = performance.now() - t0;
    best = Math.min(best, dt);
    total += dt;
    runs++;
  }
  return best;
}

/** As bestTime, for slow async work: a first call over 1 s is taken as the measurement itself. */
export async function bestTimeAsync(fn: () => Promise<void>, minMs = 300, minRuns = 2): Promise<number> {
  const t0 = performance.now();
  await fn();
  const first = performance.now() - t0;
  if (first > 1000) return first;
  let best = Infinity;
  let total = 0;
  let runs = 0;
  while (total < minMs || runs < minRuns) {
    const t0 = performance.now();
    await fn();
    const dt = performance.now() - t0;
    best = Math.min(best, dt);
    total += dt;
    runs++;
  }
  return best;
}

export function fmtRate(stepsPerSec: number): string {
  if (stepsPerSec >= 1e6) return `${(stepsPerSec / 1e6).toFixed(2)}M`;
  if (stepsPerSec >= 1e3) return `${(stepsPerSec / 1e3).toFixed(1)}k`;
  return stepsPerSec.toFixed(0);
}
