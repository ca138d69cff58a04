import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { AttentionRace, raceOutcome } from '../src/train/seq2seq/attentionRace';
import { showSeq2Seq, specFor } from '../src/compute/seq2seqModels';
import { seq2seqFromPyTorch } from '../src/train/seq2seq/model';

test('the attention race trains on a pool of two Web Workers, ends as the same race in Node, and opens its pair in the explainer, kept over a reload', async ({
  guarded: page,
}) => {
  // The race alone may take up to its 120 s wait below on a slow machine: the test's own budget covers it.
  test.setTimeout(180_000);
  // Two cores whatever the machine has: the four runs split two and two.
  await page.addInitScript(() =>
    Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 2 }),
  );
  await page.goto('/?lab=T:10');
  // No scrolling to the lab first: its placeholder is replaced while it loads (a detached element);
  // the actions below wait for the race's controls and scroll to them.
  const race = page.getByRole('region', { name: 'Attention race: reverse a sequence (encoder–decoder)' });
  await race.getByRole('spinbutton', { name: 'Digits per sequence' }).fill('6');
  await race.getByRole('spinbutton', { name: 'Race budget (updates)' }).fill('200');
  await race.getByRole('spinbutton', { name: 'Runs per model (seeds)' }).fill('2');
  const status = race.locator('.race-status');
  // The race of the last setting (each change resets it; "Update 0 of 200" is also the one before).
  await expect(
    race.getByRole('table', { name: /^Held-out sequences of length 6 after 0 updates, 2 runs per model/ }),
  ).toBeVisible();
  await expect(status).toContainText('Update 0 of 200');
  await race.getByRole('button', { name: 'Start the race' }).click();
  await expect(status).toContainText('Update 200 of 200 — done', { timeout: 120_000 });
  await expect(race).toContainText("The race uses 2 of this computer's cores at once");
  expect(page.workers().filter((w) => w.url().includes('attentionRace'))).toHaveLength(2);
  // The same race in Node: the page's outcome table shows its numbers.
  const node = new AttentionRace({ length: 6, updates: 200, seeds: 2 });
  while (!node.done) node.step();
  const want = node.report();
  const outcome = raceOutcome(want);
  const table = race.getByRole('table', {
    name: /^Held-out sequences of length 6 after 200 updates, 2 runs per model/,
  });
  for (const [k, name] of ['Without attention', 'With attention (dot product)'].entries()) {
    const row = table.getByRole('row', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) });
    const o = outcome[k];
    const runs = want.runners.filter((r) => r.attention === o.attention);
    await expect(row.getByRole('cell').nth(0)).toHaveText(
      `${o.solved} of 2: ${runs.map((r) => r.solvedAt ?? '—').join(', ')}`,
    );
    await expect(row.getByRole('cell').nth(1)).toHaveText(
      o.medianSolvedAt === null ? /^(—|not yet known)$/ : String(o.medianSolvedAt),
    );
    await expect(row.getByRole('cell').nth(2)).toHaveText(`${Math.round(100 * o.meanExact)}%`);
  }
  await expect(
    race.getByRole('table', { name: /^The attention model’s weights/ }).getByRole('row'),
  ).toHaveCount(7);
  const results = await new AxeBuilder({ page }).include('.attention-race').analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);

  // Open in the explainer: level 3 shows run 1's pair on the race's held-out sequence.
  await race.getByRole('button', { name: 'Open in the explainer' }).click();
  const pair = node.pair();
  const expected = showSeq2Seq(seq2seqFromPyTorch(specFor('dot'), pair.models.dot), pair.source);
  const view = page.locator('figure.seq2seq');
  const checkPair = async () => {
    await expect(view.getByRole('radio', { name: 'From your lab race' })).toBeChecked();
    await expect(view.getByRole('textbox', { name: 'Source sequence (digits 0–9)' })).toHaveValue(
      pair.source.join(' '),
    );
    await expect(view.locator('.s2s-output strong').first()).toHaveText(expected.output.join(' '));
    await expect(view.getByRole('note')).toContainText('on sequences of exactly 6 digits');
  };
  await checkPair();
  await expect(view.getByRole('radiogroup', { name: 'Attention score' })).toHaveCount(0);
  await expect(page.locator('#s2s-title')).toBeInViewport();
  await page.reload();
  await checkPair();
});
