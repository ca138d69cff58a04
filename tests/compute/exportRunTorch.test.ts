// @vitest-environment node
/**
 * The exported PyTorch scripts run in real PyTorch (Debian's python3-torch, which .ci/run installs)
 * and print the page's own numbers back: the largest difference they report is rounding only. The
 * minGRU has no torch module, so this is the check that the script's MinGRU class is its equations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { pytorchCode } from '../../src/compute/exportRun';
import { computeRun } from '../../src/compute/run';
import { presetById } from '../../src/state/presets';
import type { CellFamily } from '../../src/state/config';

const PYTHON = process.env.TORCH_PYTHON ?? '/usr/bin/python3';
const hasTorch = spawnSync(PYTHON, ['-c', 'import torch'], { stdio: 'ignore' }).status === 0;

// In CI torch is installed, so a missing torch is a failure there, not a skip.
describe.runIf(hasTorch || process.env.CI)('exported PyTorch code, run in PyTorch', () => {
  it.each<CellFamily>(['mingru', 'gru', 'lstm'])(
    'the %s script reproduces the page’s h at the selected step and at the end',
    (cell) => {
      const run = computeRun({ ...presetById('long')!.config, cell });
      const out = execFileSync(PYTHON, ['-'], {
        input: pytorchCode(run, true, 50),
        encoding: 'utf8',
        timeout: 120_000,
      });
      const diff = Number(/largest difference from the page: (\S+)/.exec(out)?.[1]);
      expect(diff).toBeLessThan(1e-12);
      expect(out).toMatch(/^h_51 = tensor\(/m);
    },
  );

  it('the minGRU script without the page’s weights runs from its own initialisation (finite numbers, no NaN)', () => {
    const run = computeRun({ ...presetById('long')!.config, cell: 'mingru' });
    const out = execFileSync(PYTHON, ['-'], {
      input: pytorchCode(run, false, 50),
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(out).toMatch(/^h_T = tensor\(/m);
    expect(out).not.toMatch(/nan|inf/i);
  });
});
