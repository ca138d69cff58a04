/** The three depths as a reader uses them: disclosures, copy buttons, live math, glossary hover. */
import { fullState } from '../../fullState';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactElement } from 'react';
import { App } from '../../../src/app/App';

const level2Button = () => screen.getByRole('button', { name: /Level 2.*Want the math/ });
const level3Button = () => screen.getByRole('button', { name: /Level 3.*BPTT, clipping and attention/ });

afterEach(() => window.history.replaceState(null, '', '/'));

/** Renders the app and waits for the explainer, which loads lazily (after the first screen). */
async function renderApp(app: ReactElement) {
  render(app);
  await screen.findByRole('heading', { name: /Level 1 The intuition/ });
}

describe('explainer levels', () => {
  it('opens and closes levels 2 and 3, and "too dense?" returns to level 1', async () => {
    const user = userEvent.setup();
    await renderApp(<App initial={fullState()} />);
    expect(screen.getByRole('heading', { name: /Level 1 The intuition/ })).toBeInTheDocument();
    expect(level2Button()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: /Level 2/ })).toBeNull();
    await user.click(level2Button());
    expect(level2Button()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('region', { name: 'Level 2: The gates and the math' })).toBeInTheDocument();
    await user.click(level3Button());
    expect(
      await screen.findByRole('region', { name: 'Level 3: Training and what came next' }),
    ).toBeInTheDocument();
    await user.click(level2Button());
    expect(screen.queryByRole('region', { name: /Level 2/ })).toBeNull();
    await user.click(
      within(screen.getByRole('region', { name: /Level 3/ })).getByRole('button', { name: /Too dense\?/ }),
    );
    expect(screen.queryByRole('region', { name: /Level 3/ })).toBeNull();
    expect(screen.getByRole('heading', { name: /Level 1 The intuition/ })).toHaveFocus();
  });

  it('remembers the open levels in the URL, so a reload keeps them', async () => {
    const user = userEvent.setup();
    await renderApp(<App initial={fullState()} />);
    await user.click(level3Button());
    await waitFor(() => expect(window.location.search).toContain('levels=3'));
  });

  it('shows reach-for / skip cards and a PyTorch example on every level', async () => {
    await renderApp(<App initial={{ ...fullState(), levels: [2, 3] }} />);
    expect(screen.getAllByRole('group', { name: 'Reach for it when' })).toHaveLength(3);
    expect(screen.getAllByRole('group', { name: 'Skip it when' })).toHaveLength(3);
    expect(screen.getAllByRole('button', { name: /^Copy code:/ })).toHaveLength(3);
  });
});

describe('copy buttons', () => {
  it('copy the example code to the clipboard and say so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await renderApp(<App initial={fullState()} />);
    const button = screen.getByRole('button', { name: /^Copy code: A two-layer LSTM/ });
    await user.click(button);
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining('nn.LSTM(input_size=10, hidden_size=128, num_layers=2, batch_first=True)'),
    );
    expect(button).toHaveTextContent('Copied ✓');
  });
});

describe('live math', () => {
  it('fills the equations with the selected step’s numbers and follows the timeline', async () => {
    const user = userEvent.setup();
    await renderApp(<App initial={{ ...fullState('lstm'), levels: [2] }} />);
    const level = screen.getByRole('region', { name: /Level 2/ });
    await user.click(screen.getByRole('button', { name: /^Step 3:/ }));
    expect(
      within(level).getByRole('heading', { name: /At step 3 \(“sat”\), with its numbers/ }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Step 4:/ }));
    expect(within(level).getByRole('heading', { name: /At step 4 \(“on”\)/ })).toBeInTheDocument();
    // KaTeX typesets the numbers (lazily); the forget gate's first unit appears as a number.
    await waitFor(() => expect(level.querySelectorAll('.katex').length).toBeGreaterThan(2));
    expect(level.querySelector('.katex-error')).toBeNull();
  });

  it('hovering a glossary symbol highlights its gate bars in the inspector', async () => {
    const user = userEvent.setup();
    await renderApp(<App initial={{ ...fullState('lstm'), levels: [2] }} />);
    const entry = screen.getByText(/forget gate \(0–1\)/).closest('.gloss') as HTMLElement;
    await user.hover(entry);
    const inspector = screen.getByRole('region', { name: 'Inspector' });
    const forget = within(inspector)
      .getByText(/^forget gate f/)
      .closest('.vbars');
    expect(forget).toHaveClass('highlighted');
    expect(
      within(inspector)
        .getByText(/^input gate i/)
        .closest('.vbars'),
    ).not.toHaveClass('highlighted');
    await user.unhover(entry);
  });
});
