/**
 * The neuron observatory as a reader uses it: open it, type text, pick a unit and see the tints
 * change, read the top next characters, clamp a unit and see them change, sample.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../../../src/app/App';

afterEach(() => window.history.replaceState(null, '', '/'));

const tints = (region: HTMLElement) =>
  Array.from(region.querySelectorAll('pre.obs-text span')).map((s) => (s as HTMLElement).style.background);
const predictions = (region: HTMLElement) =>
  within(within(region).getByRole('list', { name: 'Top next characters' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

/** The page, with the observatory opened by its button and its models loaded. */
async function openObservatory() {
  const user = userEvent.setup();
  render(<App />);
  await user.click(await screen.findByRole('button', { name: 'Open the neuron observatory' }));
  const region = screen.getByRole('region', { name: 'Neuron observatory' });
  const box = await within(region).findByRole(
    'textbox',
    { name: 'Text for the observatory' },
    { timeout: 20_000 },
  );
  return { user, region, box };
}

describe('neuron observatory', () => {
  it('tints the reader’s text by a unit, ranks units by feature, predicts, clamps and samples', async () => {
    const { user, region, box } = await openObservatory();
    expect(region).toHaveTextContent(/bits per character/);
    const text = 'var s = \'hello, world\';\nfunction f(a) {\n  return [a, "b"];\n}\n';
    fireEvent.change(box, { target: { value: text } });
    expect(region.querySelectorAll('pre.obs-text span')).toHaveLength(text.length);

    // Units ranked against features, each named with its unit and r.
    const quoteButton = await within(region).findByRole(
      'button',
      { name: /^inside quotes — unit \d+, r = −?-?\d\.\d\d$/ },
      { timeout: 20_000 },
    );
    expect(within(region).getByText(/of 128/, { selector: 'strong' })).toBeInTheDocument();
    // The page says plainly that no unit tracks quotes here, with the same r as the button.
    const quoteR = Math.abs(
      Number(/r = (−?-?\d\.\d\d)$/.exec(quoteButton.textContent!)![1].replace('−', '-')),
    );
    expect(quoteR).toBeLessThan(0.3);
    expect(region).toHaveTextContent(`No single unit tracks inside quotes (best |r| = ${quoteR.toFixed(2)})`);
    await user.click(quoteButton);
    expect(quoteButton).toHaveAttribute('aria-pressed', 'true');
    const unitBox = within(region).getByRole('spinbutton', { name: 'Unit' });
    const before = tints(region);
    fireEvent.change(unitBox, {
      target: { value: String((Number((unitBox as HTMLInputElement).value) % 128) + 1) },
    });
    await waitFor(() => expect(tints(region)).not.toEqual(before));

    // Top five next characters, as percentages.
    await waitFor(() => expect(predictions(region)).toHaveLength(5));
    const free = predictions(region);
    expect(free).toHaveLength(5);
    for (const p of free) expect(p).toMatch(/\d(\.\d+)?(e-\d+)?%$/);
    // Clamp the unit hard: the predictions move.
    await user.click(within(region).getByRole('radio', { name: 'Clamp unit' }));
    fireEvent.change(within(region).getByRole('slider', { name: 'Clamp value' }), {
      target: { value: '-1' },
    });
    await waitFor(() => expect(predictions(region)).not.toEqual(free));
    expect(region).toHaveTextContent(/clamped \(its h held at -1\)/);
    // A held h would tint every character alike: the tint shows what the clamp changes instead.
    await waitFor(() =>
      expect(region.querySelector('#obs-tint-caption')).toHaveTextContent(
        /how much more \(purple\) or less \(orange\) likely the model now finds the character that follows it/,
      ),
    );
    expect(new Set(tints(region)).size).toBeGreaterThan(3);
    const largest = /the largest change is (−?-?\d+\.\d\d) bits/.exec(
      region.querySelector('#obs-tint-caption')!.textContent!,
    )!;
    expect(Math.abs(Number(largest[1].replace('−', '-')))).toBeGreaterThan(0);
    // In the c view the caption says the clamp holds h, not the c it shows.
    await user.click(within(region).getByRole('radio', { name: 'cell c' }));
    await waitFor(() =>
      expect(region.querySelector('#obs-tint-caption')).toHaveTextContent(
        /the intervention acts on h, so the cell state c shown here still changes/,
      ),
    );
    await user.click(within(region).getByRole('radio', { name: 'hidden h' }));

    await user.click(within(region).getByRole('button', { name: 'Sample 200 characters' }));
    expect((await within(region).findByLabelText('Sampled text')).textContent).toHaveLength(200);
  });

  it('opens its text in the timeline, one character per step, with the inspector’s gates', async () => {
    const { user, region, box } = await openObservatory();
    fireEvent.change(box, { target: { value: "f('a b');\n" } });
    await user.click(within(region).getByRole('button', { name: /Open this text in the timeline/ }));
    // Wait for the character run itself (the default sentence also has 10 steps).
    expect(
      await screen.findByRole('button', { name: 'Step 5: "␣"' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Step \d+:/ })).toHaveLength(10);
    expect(screen.getByRole('button', { name: 'Step 10: "↵"' })).toBeInTheDocument();
    expect(screen.getByText(/Trained weights: the observatory's character models/)).toBeInTheDocument();
    expect(
      screen.getByText(/No trained Vanilla RNN or minGRU here: those cells show random weights/),
    ).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('radiogroup', { name: 'Cell type' })).getByRole('radio', { name: 'LSTM' }),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Inspector' })).getByText(/forget gate f/),
      ).toBeInTheDocument(),
    );
  });
});
