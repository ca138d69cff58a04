// @vitest-environment node
/** `npm run replay` as another tool would call it: a file in, one JSON object out. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initModel, modelToPyTorch } from '../../src/engine';
import { trainingInputsOnly } from '../../src/train/fixtureReplay';
import { TRAINING_FIXTURE_DIR, inputsOnly, loadFixture } from './fixtureLoader';

const TSX = resolve('node_modules/.bin/tsx');
const dir = mkdtempSync(join(tmpdir(), 'replay-'));

function replay(file: string) {
  return spawnSync(TSX, ['scripts/replay.ts', '--', file], { encoding: 'utf8' });
}

describe('replay CLI', () => {
  it('replays a PyTorch training run from its inputs alone (model, loss, optimizer, clip, init_params, batches)', () => {
    const ref = JSON.parse(
      readFileSync(join(TRAINING_FIXTURE_DIR, 'lstm_adam_adding_fb1_s5.json'), 'utf8'),
    ) as Record<string, unknown>;
    const stripped = trainingInputsOnly(ref);
    const file = join(dir, 'training.json');
    writeFileSync(file, JSON.stringify(stripped));
    const out = JSON.parse(execFileSync(TSX, ['scripts/replay.ts', '--', file], { encoding: 'utf8' }));
    const steps = ref.steps as {
      loss: number;
      grad_norm: number;
      params_after: Record<string, number[][]>;
    }[];
    expect(out.steps).toHaveLength(steps.length);
    out.steps.forEach(
      (s: { loss: number; grad_norm: number; params_after: Record<string, number[][]> }, k: number) => {
        expect(s.loss).toBeCloseTo(steps[k].loss, 12);
        expect(s.grad_norm).toBeCloseTo(steps[k].grad_norm, 12);
        expect(s.params_after['head.weight'][0][2]).toBeCloseTo(
          steps[k].params_after['head.weight'][0][2],
          12,
        );
      },
    );
    expect(out.grads_step0['rnn.weight_hh_l0'][3][1]).toBeCloseTo(
      (ref.grads_step0 as Record<string, number[][]>)['rnn.weight_hh_l0'][3][1],
      12,
    );
    expect(out.final_outputs[1][0]).toBeCloseTo((ref.final_outputs as number[][])[1][0], 12);
  }, 20_000);

  it('recomputes a PyTorch run from its inputs alone', () => {
    const ref = loadFixture('gru_2layer_s3.json');
    const file = join(dir, 'stripped.json');
    writeFileSync(file, JSON.stringify(inputsOnly(ref)));
    const out = JSON.parse(execFileSync(TSX, ['scripts/replay.ts', '--', file], { encoding: 'utf8' }));
    const hRef = ref.h as number[][];
    (out.h as number[][]).forEach((row, t) => row.forEach((v, j) => expect(v).toBeCloseTo(hRef[t][j], 12)));
    const gRef = (ref.grad as { x: number[][] }).x;
    (out.grad.x as number[][]).forEach((row, t) =>
      row.forEach((v, j) => expect(v).toBeCloseTo(gRef[t][j], 12)),
    );
  }, 20_000);

  it('handles sizes the fixtures never use (3 layers, bidirectional, I=5, H=7, T=9, no h0/c0)', () => {
    const spec = { cell: 'lstm' as const, inputSize: 5, hiddenSize: 7, numLayers: 3, bidirectional: true };
    const run = {
      cell: 'lstm',
      input_size: 5,
      hidden_size: 7,
      num_layers: 3,
      bidirectional: true,
      weights: modelToPyTorch(initModel(spec, 11)),
      x: Array.from({ length: 9 }, (_, t) => Array.from({ length: 5 }, (_, i) => Math.sin(t + i))),
    };
    const file = join(dir, 'odd.json');
    writeFileSync(file, JSON.stringify(run));
    const res = replay(file);
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(out.h).toHaveLength(9);
    expect(out.h[0]).toHaveLength(14);
    expect(out.layers_h).toHaveLength(3);
    expect(out.h_n).toHaveLength(6);
    expect(Object.keys(out.gates)).toEqual(['l0', 'l0_reverse', 'l1', 'l1_reverse', 'l2', 'l2_reverse']);
    expect(out.jacobian_norms.l2_reverse).toHaveLength(10);
    expect(out.grad.weights.weight_ih_l1).toHaveLength(28);
    expect(out.grad.weights.weight_ih_l1[0]).toHaveLength(14);
    // nonlinearity is null for the LSTM by the schema; nothing else may be null or non-finite.
    expect(out.nonlinearity).toBeNull();
    expect(JSON.stringify({ ...out, nonlinearity: 'n/a' })).not.toMatch(/null|NaN|Infinity/);
  }, 20_000);

  it('reports a malformed file with a one-line message and a non-zero exit', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(
      file,
      JSON.stringify({ cell: 'gru', input_size: 2, hidden_size: 3, x: [[1, 2]], weights: {} }),
    );
    const res = replay(file);
    expect(res.status).toBe(1);
    expect(res.stderr.trim()).toMatch(/^replay: .*missing parameter weight_ih_l0$/);
    expect(res.stdout).toBe('');
  }, 20_000);
});
