import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { netToEngineModel } from '../src/train/model';
import { RACE_CELLS, Race } from '../src/train/race';
import { expect, pickRadio, stepButton, test } from './fixtures';
import { SMALL_RACE, trainSmallRaceAndOpen } from './labRace';

/**
 * The training lab in a real browser: training runs in a Web Worker and the curves move, the main
 * page keeps answering while it trains (training runs in a worker; how long main-thread tasks take
 * is measured by `npm run bench:interaction`, not asserted here, where a busy CI machine stretches
 * every task), pause/reset work, a trained model opens in the timeline, and the lab passes axe.
 */
test('train, watch the numbers move without blocking the page, pause, open in the timeline, reset', async ({
  guarded: page,
}) => {
  test.setTimeout(120_000);
  // A budget the race cannot finish before the test pauses it, however fast the cores train.
  await page.goto('/?lab=T:20,H:8,B:16,updates:20000');
  const lab = page.getByRole('region', { name: 'Training lab' });
  await expect(lab.getByRole('combobox', { name: 'Task' })).toHaveValue('adding');
  await expect(lab.getByRole('spinbutton', { name: 'Sequence length' })).toHaveValue('20');
  const status = lab.getByRole('status');
  await expect(status).toContainText('Update 0 of 20000');
  const lossCell = (cell: string) =>
    lab
      .getByRole('row', { name: new RegExp(`^${cell}`) })
      .getByRole('cell')
      .nth(2); // columns: Solved, Held-out, Loss, …
  await expect(lossCell('GRU')).toHaveText('—');

  await lab.getByRole('button', { name: 'Train' }).click();
  // The curves move: the update counter climbs and the Loss column shows numbers.
  await expect(status).toContainText(/Update ([1-9]\d{1,}) of 20000/, { timeout: 60_000 });
  await expect(lossCell('GRU')).toHaveText(/^\d+\.\d{4}$|e-/);
  await expect(lossCell('Vanilla RNN')).toHaveText(/^\d+\.\d{4}$|e-/);
  await expect(lab.locator('figure.lab-chart svg path[stroke]').first()).toHaveAttribute('d', /L/);
  // The page answers while the worker trains: a step selected now is selected.
  await page.getByRole('button', { name: /^Step 3:/ }).click();
  await expect(page.getByRole('button', { name: /^Step 3:/ })).toHaveAttribute('aria-pressed', 'true');

  await lab.getByRole('button', { name: 'Pause' }).click();
  await expect(lab.getByRole('button', { name: 'Train' })).toBeEnabled();
  const paused = await status.textContent();
  const updates = Number(/Update (\d+)/.exec(paused ?? '')?.[1]);
  expect(updates).toBeGreaterThan(0);
  // Paused means paused: one more update only when asked.
  await lab.getByRole('button', { name: 'Step one update' }).click();
  await expect(status).toContainText(`Update ${updates + 1} of 20000`);

  await lab.getByRole('button', { name: 'Open in the timeline' }).click();
  await expect(page.getByText(/^Trained weights: Adding problem, T = 20/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Step \d+:/ })).toHaveCount(20);
  await expect(stepButton(page, 1)).toHaveAccessibleName(/^Step 1: "\d\.\d\d★?"$/);
  await page.getByRole('button', { name: 'Back to the sentence (random weights)' }).click();
  await expect(page.getByRole('button', { name: /^Step \d+:/ })).toHaveCount(10);

  await lab.getByRole('button', { name: 'Reset' }).click();
  await expect(status).toContainText('Update 0 of 20000');

  const results = await new AxeBuilder({ page }).include('#training-lab').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});

test('a learning rate of 1e9 diverges with a clear message and the page keeps working', async ({
  guarded: page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?lab=T:10,H:4,B:4,lr:1000000000,clip:off,opt:sgd,updates:50');
  const lab = page.getByRole('region', { name: 'Training lab' });
  await lab.getByRole('button', { name: 'Train' }).click();
  await expect(lab.getByRole('alert')).toContainText(/diverged at update \d+/, { timeout: 60_000 });
  // The explorer above still responds.
  await stepButton(page, 3).click();
  await expect(stepButton(page, 3)).toHaveAttribute('aria-pressed', 'true');
});

test('lab settings live in the URL, and a bad one falls back with a notice', async ({ guarded: page }) => {
  await page.goto('/?lab=task:temporal_order,T:999,lr:0.003');
  const lab = page.getByRole('region', { name: 'Training lab' });
  await expect(lab.getByRole('combobox', { name: 'Task' })).toHaveValue('temporal_order');
  await expect(lab.getByRole('spinbutton', { name: 'Sequence length' })).toHaveValue('50');
  await expect(page.getByText(/Ignored the lab setting "T"/)).toBeVisible();
  await lab.getByRole('spinbutton', { name: 'Hidden size' }).fill('24');
  await expect(page).toHaveURL(/lab=[^&]*H%3A24/);
});

for (const precision of ['f32', 'f64'] as const) {
  test(`a race trained in the browser on a pool of two workers equals the same race in Node, bit for bit (${precision})`, async ({
    guarded: page,
  }) => {
    test.setTimeout(120_000);
    const settings = { ...SMALL_RACE, precision };
    // Two cores whatever the machine has: the LSTM trains in one worker, the RNN and the GRU in the other.
    await page.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 2 }),
    );
    await trainSmallRaceAndOpen(page, 60_000, precision);
    await expect(page.getByRole('region', { name: 'Training lab' })).toContainText(
      "Training uses 2 of this computer's cores at once",
    );

    const race = new Race(settings);
    while (!race.done) race.step();
    for (const [name, cell] of [
      ['GRU', 'gru'],
      ['LSTM', 'lstm'],
    ] as const) {
      await pickRadio(page, 'Cell type', name);
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: /Download run \(JSON\)/ }).click(),
      ]);
      const exported = JSON.parse(readFileSync((await dl.path())!, 'utf8')) as {
        cell: string;
        weights: Record<string, unknown>;
      };
      expect(exported.cell).toBe(cell);
      // JSON keeps float64 exactly (shortest round-trip form), so equality here is bit-for-bit.
      expect(exported.weights).toEqual(netToEngineModel(race.net(RACE_CELLS.indexOf(cell))).weights);
    }
  });
}
