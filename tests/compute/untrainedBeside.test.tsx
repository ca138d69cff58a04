/** Beside trained cells, a cell shown with random weights is marked so (the minGRU: none ships). */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import asset from '../../src/content/trained/who-did-it.json';
import { whoBundle } from '../../src/compute/trainedWords';
import type { WhoAsset } from '../../src/compute/trainedWords';
import { computeRun, computeTrainedRun } from '../../src/compute/run';
import { untrainedBeside } from '../../src/compute/untrainedBeside';
import { LONG_SENTENCE, presetById } from '../../src/state/presets';
import { MemoryChart } from '../../src/ui/charts/MemoryChart';

const config = presetById('long')!.config;
const trained = computeTrainedRun(config, whoBundle(asset as unknown as WhoAsset, LONG_SENTENCE));

describe('a cell on random weights beside trained ones', () => {
  it('is the minGRU on the trained run, and no cell on a random-weights run', () => {
    expect(untrainedBeside(trained)).toEqual(['mingru']);
    expect(untrainedBeside(computeRun(config))).toEqual([]);
  });

  it('is marked in the memory chart’s table', () => {
    render(
      <MemoryChart
        memory={trained.memory}
        swap={trained.swap}
        labels={trained.labels}
        step={10}
        current="vanilla"
        onSelect={() => {}}
        untrained={untrainedBeside(trained)}
      />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getByRole('row', { name: /^minGRU \(random weights\) / })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /^GRU \d/ })).toBeInTheDocument();
  });
});
