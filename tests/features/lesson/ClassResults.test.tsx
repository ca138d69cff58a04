import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ClassResults } from '../../../src/features/lesson/ClassResults';
import { computeRun } from '../../../src/compute/run';
import type { AppConfig } from '../../../src/state/config';
import { encodeAnswers } from '../../../src/state/answerCode';
import { STOPS } from '../../../src/features/lesson/tourStops';
import { stopConfig } from '../../../src/features/lesson/guideAnswers';

const compute = async (config: AppConfig) => computeRun(config);
afterEach(() => window.localStorage.clear());

/** The "exploding" question's table, found by its tour stop's title. */
async function explodingTable() {
  const i = STOPS.findIndex((s) => s.predict?.id === 'exploding');
  const heading = await screen.findByRole('heading', { name: new RegExp(`^Stop ${i + 1}:`) });
  return within(heading.closest('li')!).getByRole('table');
}

describe('the class view', () => {
  it('counts pasted codes per answer, marks the answer the run gives, and keeps the class on a reload', async () => {
    const user = userEvent.setup();
    const codes = [
      ...[1, 2, 3].map((id) => encodeAnswers({ id, choices: { exploding: 'grow' } })),
      encodeAnswers({ id: 4, choices: { exploding: 'shrink' } }),
      encodeAnswers({ id: 5, choices: {} }),
    ];
    // One character changed, as a hand-copied code might be.
    const mistyped = codes[3].slice(0, -1) + (codes[3].endsWith('Z') ? 'Y' : 'Z');
    const view = render(<ClassResults compute={compute} />);
    await user.type(
      screen.getByRole('textbox', { name: 'Answer codes or links' }),
      `${codes.join('\n')}\n${codes[0]}\n${mistyped}`,
    );
    await user.click(screen.getByRole('button', { name: 'Add to the class' }));
    // The same code twice is one student; the mistyped code fails its check.
    expect(screen.getByText('6 codes read, 5 new students.')).toBeInTheDocument();
    expect(
      screen.getByText(`${mistyped}: a character is wrong. Check it against the student’s screen.`),
    ).toBeInTheDocument();
    expect(screen.getByText('5 students')).toBeInTheDocument();
    const table = await explodingTable();
    const i = STOPS.findIndex((s) => s.predict?.id === 'exploding');
    const right = STOPS[i].predict!.answer(computeRun(stopConfig(i)));
    const row = (name: RegExp) => within(table).getByRole('row', { name });
    expect(row(/^It grows/)).toHaveTextContent('3 (60%)');
    expect(row(/^It shrinks/)).toHaveTextContent('1 (20%)');
    expect(
      within(table)
        .getByText(/right \(computed from the run\)/)
        .closest('tr'),
    ).toBe(row(right === 'grow' ? /^It grows/ : /^It shrinks/));
    view.unmount();
    // A reload: the class is still there.
    render(<ClassResults compute={compute} />);
    expect(screen.getByText('5 students')).toBeInTheDocument();
  });

  it('says when nothing pasted is a code', async () => {
    const user = userEvent.setup();
    render(<ClassResults compute={compute} />);
    await user.type(screen.getByRole('textbox', { name: 'Answer codes or links' }), 'hello class');
    await user.click(screen.getByRole('button', { name: 'Add to the class' }));
    expect(screen.getByRole('status')).toHaveTextContent(/No answer code found/);
  });

  it('takes a student’s link: the code after # joins the class and leaves the address', async () => {
    const code = encodeAnswers({ id: 77, choices: { 'same-word': 'different' } });
    window.history.replaceState(null, '', `/?view=class#${code}`);
    render(<ClassResults compute={compute} />);
    expect(screen.getByText('1 student')).toBeInTheDocument();
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?view=class');
    window.history.replaceState(null, '', '/');
  });

  it('shows one question at a time on the projector, the counts only once revealed', async () => {
    const user = userEvent.setup();
    const codes = [1, 2].map((id) => encodeAnswers({ id, choices: { 'same-word': 'different' } }));
    window.localStorage.setItem('rnn-explainer:class-codes', JSON.stringify(codes));
    render(<ClassResults compute={compute} />);
    await user.click(await screen.findByRole('button', { name: /one question at a time/ }));
    const dialog = screen.getByRole('dialog', { name: /one question at a time/ });
    expect(within(dialog).getByText('Question 1 of 9')).toBeInTheDocument();
    // Before the reveal: the choices, no counts, no right answer.
    expect(within(dialog).getAllByRole('row')).toHaveLength(3);
    expect(within(dialog).queryByText(/\(100%\)/)).toBeNull();
    expect(within(dialog).queryByText(/right \(computed from the run\)/)).toBeNull();
    await user.keyboard('r');
    expect(within(dialog).getByText('2 (100%)')).toBeInTheDocument();
    // The next question starts hidden again; Esc goes back to the list.
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByText('Question 2 of 9')).toBeInTheDocument();
    expect(within(dialog).queryByText(/\(\d+%\)/)).toBeNull();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
