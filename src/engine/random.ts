import { randomLcg, randomNormal, randomUniform } from 'd3-random';

/** A seeded source of uniform and normal draws (d3-random's LCG), so a seed reproduces a run. */
export interface SeededRandom {
  uniform(lo: number, hi: number): number;
  normal(mean?: number, sd?: number): number;
}

export function seededRandom(seed: number): SeededRandom {
  // d3's LCG accepts any number in [0, 1) or an integer; map every seed deterministically into [0, 1).
  const source = randomLcg(seedToUnit(seed));
  return {
    uniform: (lo, hi) => randomUniform.source(source)(lo, hi)(),
    normal: (mean = 0, sd = 1) => randomNormal.source(source)(mean, sd)(),
  };
}

function seedToUnit(seed: number): number {
  const s = Number.isFinite(seed) ? seed : 0;
  // Golden-ratio scramble spreads nearby integer seeds over the unit interval.
  const frac = (Math.abs(s) * 0.6180339887498949 + (s < 0 ? 0.5 : 0)) % 1;
  return frac;
}
