import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { netToEngineModel } from '../src/train/model';
import { Race, raceCells } from '../src/train/race';
import { DEFAULT_RACE } from '../src/train/settings';
import { expect, pickRadio, settled, test } from './fixtures';

/** The minGRU as a reader meets it: a fourth cell in the explorer, and a fourth runner in the lab's worker. */
test('the minGRU on the timeline: its own gates and equations in the inspector, its line in the memory chart; axe passes', async ({
  guarded: page,
}) => {
  await page.goto('/?preset=long');
  await settled(page);
  await pickRadio(page, 'Cell type', 'minGRU');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toContainText('minGRU');
  await expect(inspector).toContainText(/update gate z — how much of the new candidate to take/);
  await expect(inspector).toContainText(/candidate h̃/);
  // No forget gate, no cell-state lane: the timeline says h is its only memory, and names no W_hh.
  await expect(inspector).not.toContainText('forget gate');
  await expect(page.locator('svg.timeline')).toContainText('The minGRU has no separate cell state');
  await expect(page.locator('table.memory-table').getByRole('row', { name: /^minGRU/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});

test('a race with the minGRU trains it in the browser’s worker, bit for bit as in Node', async ({
  guarded: page,
}) => {
  test.setTimeout(120_000);
  const settings = { ...DEFAULT_RACE, T: 10, hidden: 4, batch: 8, maxUpdates: 30, minGru: true };
  await page.goto('/?lab=T:10,H:4,B:8,updates:30,mingru:on');
  const lab = page.getByRole('region', { name: 'Training lab' });
  await expect(lab.getByRole('checkbox', { name: /Race a minGRU too/ })).toBeChecked();
  await expect(lab.getByRole('rowheader', { name: 'minGRU' })).toBeVisible();
  await lab.getByRole('button', { name: 'Train' }).click();
  await expect(lab.getByRole('status')).toContainText('Update 30 of 30', { timeout: 60_000 });
  await expect(
    lab
      .getByRole('row', { name: /^minGRU/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText(/^\d+\.\d{4}$|e-/);
  await lab.getByRole('button', { name: 'Open in the timeline' }).click();
  await pickRadio(page, 'Cell type', 'minGRU');
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /Download run \(JSON\)/ }).click(),
  ]);
  const exported = JSON.parse(readFileSync((await dl.path())!, 'utf8')) as {
    cell: string;
    weights: Record<string, unknown>;
  };
  expect(exported.cell).toBe('mingru');

  const race = new Race(settings);
  while (!race.done) race.step();
  const mingru = race.net(raceCells(settings).indexOf('mingru'));
  expect(exported.weights).toEqual(netToEngineModel(mingru).weights);
});
