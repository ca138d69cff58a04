/**
 * The lab's settings, their defaults and their valid ranges: a module of its own (no training
 * code) so the URL state can read it without pulling the training core into the first screen.
 */
export type TaskId = 'adding' | 'temporal_order' | 'remember_first' | 'parity' | 'copy';

export const TASK_IDS: readonly TaskId[] = ['adding', 'temporal_order', 'remember_first', 'parity', 'copy'];

export interface RaceSettings {
  task: TaskId;
  /** Task length (the copy task's gap); 5–500. */
  T: number;
  hidden: number;
  batch: number;
  lr: number;
  optimizer: 'adam' | 'sgd';
  /** max_norm for clip_grad_norm_, or null. */
  clip: number | null;
  /** Truncated BPTT window, or null for full BPTT. */
  truncation: number | null;
  vanillaInit: 'pytorch_default' | 'orthogonal';
  lstmInit: 'forget_bias' | 'chrono';
  forgetBias: number;
  gruUpdateBias: number;
  /** First seed; `seedCount` consecutive seeds race at once. */
  seed: number;
  seedCount: number;
  /** Updates to run before stopping by itself. */
  maxUpdates: number;
  /** Race a minGRU (Feng et al. 2024) as a fourth runner. */
  minGru: boolean;
  /**
   * 'f32': float32 on WebAssembly SIMD, several times faster; 'f64': float64, the arithmetic that
   * replays PyTorch's fixtures to 1e-9. Both give the same bits in Node and every browser.
   */
  precision: Precision;
}

export type Precision = 'f64' | 'f32';

/**
 * What the page says of the fast mode, and tests/train/simd/fastMode.science.test.ts checks for every
 * cell: after this many updates of Adam, the float32 run's weights are within this relative
 * distance (L2) of the float64 run's.
 */
export const F32_AGREEMENT = { updates: 300, relative: 1e-4 } as const;

export const DEFAULT_RACE: RaceSettings = {
  task: 'adding',
  T: 50,
  hidden: 16,
  batch: 32,
  lr: 1e-2,
  optimizer: 'adam',
  clip: 1,
  truncation: null,
  vanillaInit: 'pytorch_default',
  lstmInit: 'forget_bias',
  forgetBias: 1,
  gruUpdateBias: 0,
  seed: 1,
  seedCount: 1,
  maxUpdates: 2000,
  minGru: false,
  precision: 'f32',
};

export const LAB_LIMITS = {
  T: { min: 5, max: 500 },
  hidden: { min: 2, max: 128 },
  batch: { min: 1, max: 128 },
  lr: { min: 1e-5, max: 1e9 },
  clip: { min: 0.01, max: 100 },
  truncation: { min: 1, max: 500 },
  forgetBias: { min: -5, max: 10 },
  gruUpdateBias: { min: -5, max: 10 },
  seed: { min: 1, max: 9999 },
  seedCount: { min: 1, max: 5 },
  maxUpdates: { min: 1, max: 20000 },
} as const;

export function seedsOf(s: RaceSettings): number[] {
  return Array.from({ length: s.seedCount }, (_, i) => s.seed + i);
}
