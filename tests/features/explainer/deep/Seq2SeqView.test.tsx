/**
 * Level 3's sequence-to-sequence view, used as a reader uses it: type digits, switch the weights
 * and the score, read the decoder's answer, the attention table and the captions. Every number the
 * captions state is recomputed here from the table the page shows or from the shipped models.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Seq2SeqView } from '../../../../src/features/explainer/deep/Seq2SeqView';
import asset from '../../../../src/content/trained/seq2seq-reverse.json';
import { AttentionRace } from '../../../../src/train/seq2seq/attentionRace';

afterEach(() => window.localStorage.clear());

/** The attention table's weights, row by row, as a screen reader reads them. */
function weightsTable(): number[][] {
  const table = screen.getByRole('table', { name: /^Attention weights/ });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => Number(c.textContent)),
    );
}

const source = () => screen.getByRole('textbox', { name: 'Source sequence (digits 0–9)' });

describe('the sequence-to-sequence view', () => {
  it('while the trained models load, it says so and shows no answer from other weights', async () => {
    // A fresh module, so that the shipped models are not already loaded by another test.
    vi.resetModules();
    const { Seq2SeqView: Fresh } = await import('../../../../src/features/explainer/deep/Seq2SeqView');
    render(<Fresh labPair={null} onPairShown={() => {}} />);
    expect(screen.getByRole('radio', { name: 'Trained' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the trained models…');
    expect(screen.queryByText(/the decoder writes/)).toBeNull();
    expect(screen.queryByText(/random and untrained/)).toBeNull();
    expect(screen.queryByRole('table', { name: /^Attention weights/ })).toBeNull();
    await screen.findByRole('table', { name: /^Share of held-out sequences/ });
    expect(screen.getByText(/the decoder writes/)).toBeInTheDocument();
    expect(screen.queryByText('Loading the trained models…')).toBeNull();
  });

  it('trained: the decoder reverses the typed digits and the caption states the aligned share the table shows', async () => {
    const user = userEvent.setup();
    render(<Seq2SeqView labPair={null} onPairShown={() => {}} />);
    await screen.findByRole('table', { name: /^Share of held-out sequences/ });
    await user.clear(source());
    await user.type(source(), '7 0 2 2 9 4 1 8 5 3');
    const out = screen.getByText(/the decoder writes/);
    expect(out).toHaveTextContent('With attention, the decoder writes 3 5 8 1 4 9 2 2 0 7 — 10 of 10 right');
    const rows = weightsTable();
    expect(rows).toHaveLength(10);
    // Each row's largest weight on its mirrored input (column 9 − t), counted from the table.
    const aligned = rows.filter((r, t) => r.indexOf(Math.max(...r)) === 9 - t).length;
    expect(aligned).toBeGreaterThanOrEqual(9);
    const caption = screen.getByText(/output steps \(\d+%\) put their largest weight/);
    expect(caption).toHaveTextContent(
      `On this sequence, ${aligned} of 10 output steps (${Math.round((100 * aligned) / 10)}%)`,
    );
  });

  it('random weights say there is no alignment, and the additive score is a choice', async () => {
    const user = userEvent.setup();
    render(<Seq2SeqView labPair={null} onPairShown={() => {}} />);
    await screen.findByRole('table', { name: /^Share of held-out sequences/ });
    await user.click(screen.getByRole('radio', { name: 'Random' }));
    const caption = screen.getByText(/The weights are random and untrained/);
    // The caption's mean peak, against the table's (rounded) weights.
    const peak = weightsTable().reduce((sum, r) => sum + Math.max(...r), 0) / 10;
    const stated = Number(/averages (\d\.\d\d)/.exec(caption.textContent!)![1]);
    expect(Math.abs(stated - peak)).toBeLessThan(0.01);
    expect(caption).toHaveTextContent('spreading evenly over the 10 digits would give 0.10 each');
    const rows = weightsTable();
    for (const r of rows) expect(r.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 1);
    await user.click(screen.getByRole('radio', { name: 'Trained' }));
    await user.click(screen.getByRole('radio', { name: 'Additive' }));
    expect(screen.getByRole('heading', { name: /attention weights \(additive\)/ })).toBeInTheDocument();
    // Kept for the next visit.
    expect(window.localStorage.getItem('rnn-explainer:s2s-score')).toBe('additive');
  });

  it('bad input gets a message and a sane fallback', async () => {
    const user = userEvent.setup();
    render(<Seq2SeqView labPair={null} onPairShown={() => {}} />);
    await screen.findByRole('table', { name: /^Share of held-out sequences/ });
    await user.clear(source());
    await user.type(source(), 'abc');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Only the digits 0–9 are symbols of this task, so 3 other characters were left out. With no digits to read, the view shows 5 0 8 8 2 6 1 9 4 7.',
    );
    await user.clear(source());
    await user.type(source(), '1'.repeat(45));
    expect(screen.getByRole('status')).toHaveTextContent(
      'trained on sequences of up to 30 symbols; the first 30 are shown',
    );
    expect(weightsTable()).toHaveLength(30);
  });

  it('the accuracy-by-length table and caption are the shipped seeds’ means', async () => {
    render(<Seq2SeqView labPair={null} onPairShown={() => {}} />);
    const table = await screen.findByRole('table', { name: /^Share of held-out sequences/ });
    const mean = (a: string, L: number) => {
      const runs = asset.seeds.find((s) => s.attention === a)!.runs;
      return Math.round(
        (100 * runs.reduce((s, r) => s + r.byLength.find((x) => x.L === L)!.score.exact, 0)) / runs.length,
      );
    };
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(header).toEqual(['With attention', 'Length', 'Without attention', 'Dot product', 'Additive']);
    // Two header rows: "With attention" over its two columns, then the column names.
    const body = within(table).getAllByRole('row').slice(2);
    expect(body.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '5',
      '10',
      '15',
      '20',
      '30',
    ]);
    const at30 = within(body[4])
      .getAllByRole('cell')
      .map((c) => c.textContent!.split(' ')[0]);
    expect(at30).toEqual([`${mean('none', 30)}%`, `${mean('dot', 30)}%`, `${mean('additive', 30)}%`]);
    // From the first length where the line reaches its last value and stays there.
    const lengths = [5, 10, 15, 20, 30];
    const floor = lengths.find((_, i) =>
      lengths.slice(i).every((M) => mean('none', M) === mean('none', 30)),
    )!;
    expect(screen.getByText(/the share reversed exactly falls from/)).toHaveTextContent(
      `falls from ${mean('none', 5)}% at length 5 to ${mean('none', 30)}% ${floor < 30 ? `from length ${floor} on` : 'at length 30'}`,
    );
  });

  it("a pair opened from the lab race is shown on its race's sequence, says what it was trained on, and claims no alignment it has not learned", async () => {
    // A short race: 100 updates (the least the lab allows) is too few to learn where to look at length 6.
    const race = new AttentionRace({ length: 6, updates: 100, seeds: 1 });
    while (!race.done) race.step();
    const pair = race.pair();
    const user = userEvent.setup();
    // As the app hands it over: through its state, just opened.
    const shown = vi.fn();
    render(<Seq2SeqView labPair={{ pair, fresh: true }} onPairShown={shown} />);
    expect(shown).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('radio', { name: 'From your lab race' })).toBeChecked();
    expect(source()).toHaveValue(pair.source.join(' '));
    expect(screen.queryByRole('radiogroup', { name: 'Attention score' })).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent(
      'run 1, 100 updates, dot-product attention), on sequences of exactly 6 digits.',
    );
    const rows = weightsTable();
    const peaks = rows.filter((r, t) => [5 - t, 6 - t].includes(r.indexOf(Math.max(...r)))).length;
    expect(peaks).toBeLessThan(0.75 * 6);
    expect(screen.getByText(/has not \(yet\) learned where to look/)).toBeInTheDocument();
    // Another length: the note says the pair never saw it.
    await user.clear(source());
    await user.type(source(), '1 2 3');
    expect(screen.getByRole('note')).toHaveTextContent('They never saw a sequence of 3');
    // The reader can go back to the shipped models, and the score choice returns.
    await user.click(screen.getByRole('radio', { name: 'Trained' }));
    expect(screen.getByRole('radiogroup', { name: 'Attention score' })).toBeInTheDocument();
  });
});
