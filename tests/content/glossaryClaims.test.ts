/**
 * What the equation glossary says about PyTorch's weights is what the engine (checked against
 * PyTorch's own runs in tests/engine) does: the gates' order in the stacked matrices.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/content/glossary';
import { CELL_SPECS } from '../../src/engine/cells/vocabulary';

describe('the equation glossary’s claims about PyTorch’s weights', () => {
  it('names the LSTM’s and the GRU’s gate order as the engine stacks them', () => {
    const W = GLOSSARY.lstm.find((e) => e.key === 'W')!.text;
    const order = W.match(/order ([a-z, ]+) for the LSTM and ([a-z, ]+) for the GRU/)!;
    expect(order[1].split(', ')).toEqual([...CELL_SPECS.lstm.gates]);
    expect(order[2].split(', ')).toEqual([...CELL_SPECS.gru.gates]);
  });

  it('warns that the GRU’s z and the minGRU’s z point opposite ways', () => {
    const z = (cell: 'gru' | 'mingru') => GLOSSARY[cell].find((e) => e.key === 'z')!.text;
    expect(z('gru')).toMatch(/keep/);
    expect(z('gru')).toMatch(/other way round/);
    expect(z('mingru')).toMatch(/new candidate/);
    expect(z('mingru')).toMatch(/other way round/);
  });
});
