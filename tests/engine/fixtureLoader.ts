import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The PyTorch reference runs, kept in the repository (tests/fixtures/, a copy of the public
 * ../shared/fixtures/) so a clone passes its own tests with nothing beside it;
 * tests/fixtures.test.ts checks the copy equals ../shared/fixtures/ whenever that folder exists.
 */
export const FIXTURE_DIR = resolve(process.cwd(), 'tests/fixtures');
export const SHARED_FIXTURE_DIR = resolve(process.cwd(), '../shared/fixtures');
export const TRAINING_FIXTURE_DIR = join(FIXTURE_DIR, 'training');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function loadFixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')) as Record<string, unknown>;
}

/** The fields a reference run's *inputs* consist of; everything else is an output to recompute. */
export const INPUT_FIELDS = [
  'case',
  'kind',
  'seed',
  'cell',
  'nonlinearity',
  'input_size',
  'hidden_size',
  'seq_len',
  'num_layers',
  'num_directions',
  'bidirectional',
  'batch_first',
  'batch',
  'dtype',
  'torch_version',
  'torch_build',
  'weights',
  'x',
  'h0',
  'c0',
];

export function inputsOnly(run: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(run).filter(([k]) => INPUT_FIELDS.includes(k)));
}
