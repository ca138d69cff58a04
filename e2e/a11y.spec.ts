import AxeBuilder from '@axe-core/playwright';
import { expect, pickRadio, test } from './fixtures';

for (const [scheme, preset] of [
  ['light', 'Vanilla RNN'],
  ['dark', 'LSTM, gates open'],
  ['light', 'GRU'],
] as const) {
  test(`no axe-core violations (${scheme} scheme, ${preset}, table open)`, async ({ guarded: page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/');
    await pickRadio(page, 'Presets', preset);
    await page.getByText('Hidden states as a table').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
  });
}

test('no axe-core violations with the Share dialog open (snippets, offline copy) and the export panel in view', async ({
  guarded: page,
}) => {
  await page.goto('/?preset=long');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByRole('button', { name: 'Download for offline use' })).toBeVisible();
  const dialog = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(dialog.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'Export' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('button', { name: 'Download playback (GIF)' })).toBeVisible();
  const panel = await new AxeBuilder({ page }).include('section.export').analyze();
  expect(panel.violations.map((v) => `${v.id}: ${v.nodes.length} nodes — ${v.help}`)).toEqual([]);
});
