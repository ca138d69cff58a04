import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AttentionRace } from '../src/train/seq2seq/attentionRace';

test('the attention race trains in a Web Worker and ends as the same race in Node', async ({ guarded: page }) => {
  await page.goto('/?lab=T:10');
  // No scrolling to the lab first: its placeholder is replaced while it loads (a detached element);
  // the actions below wait for the race's controls and scroll to them.
  const race = page.getByRole('region', { name: 'Attention race: reverse a sequence (encoder–decoder)' });
  await race.getByRole('spinbutton', { name: 'Digits per sequence' }).fill('6');
  await race.getByRole('spinbutton', { name: 'Race budget (updates)' }).fill('200');
  const status = race.locator('.race-status');
  await expect(status).toContainText('Update 0 of 200');
  await race.getByRole('button', { name: 'Start the race' }).click();
  await expect(status).toContainText('Update 200 of 200 — done', { timeout: 120_000 });
  expect(page.workers().some((w) => w.url().includes('attentionRace'))).toBe(true);
  // The same race in Node: the page's table shows its numbers.
  const node = new AttentionRace({ length: 6, updates: 200, seed: 1 });
  while (!node.done) node.step();
  const want = node.report();
  const table = race.getByRole('table', { name: /^Held-out sequences of length 6 after 200 updates/ });
  for (const [k, name] of ['Without attention', 'With attention (dot product)'].entries()) {
    const row = table.getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
    const r = want.runners[k];
    await expect(row.getByRole('cell').nth(0)).toHaveText(`${Math.round(100 * r.exact)}%`);
    await expect(row.getByRole('cell').nth(2)).toHaveText(r.solvedAt === null ? '—' : String(r.solvedAt));
  }
  await expect(race.getByRole('table', { name: /^The attention model’s weights/ }).getByRole('row')).toHaveCount(7);
  const results = await new AxeBuilder({ page }).include('.attention-race').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});
