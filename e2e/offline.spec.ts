/**
 * "Download for offline use": the saved file opens from disk (file://) with the network off and
 * works — the baked view, presenter keys, the embed view — without a single request elsewhere.
 */
import { statSync } from 'node:fs';
import { expect, test } from './fixtures';

test('the offline copy opens from file:// with no network, in the view it was saved from', async ({
  guarded: app,
  browser,
}, testInfo) => {
  await app.goto('/?preset=long&cell=lstm&step=51');
  await app.getByRole('button', { name: 'Share' }).click();
  const [dl] = await Promise.all([
    app.waitForEvent('download'),
    app.getByRole('button', { name: 'Download for offline use' }).click(),
  ]);
  await expect(app.getByRole('status').filter({ hasText: 'Saved rnn-explainer-offline.html' })).toBeVisible();
  expect(dl.suggestedFilename()).toBe('rnn-explainer-offline.html');
  const file = testInfo.outputPath('rnn-explainer-offline.html');
  await dl.saveAs(file);
  // The dialog states the saved file's size (a teacher's LMS may cap uploads), and it is the file's.
  const mb = String(Number((statSync(file).size / 1e6).toFixed(1)));
  await expect(
    app.getByRole('status').filter({ hasText: `Saved rnn-explainer-offline.html (${mb} MB).` }),
  ).toBeVisible();

  const context = await browser.newContext({ offline: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) problems.push(`request: ${r.url()}`);
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );

  await page.goto(`file://${file}`);
  // The state baked into the file: the Long sentence, LSTM, step 51, in presenter mode.
  await expect(page.getByRole('heading', { name: /Step 51 \/ 64/ })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: /Step 52 \/ 64/ })).toBeVisible();
  await page.getByRole('radio', { name: 'GRU', exact: true }).check();
  await expect(page.locator('.present-chart table')).toContainText('GRU');
  await page.keyboard.press('b');
  await expect(page.getByRole('status', { name: /Screen blanked/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status', { name: /Screen blanked/ })).toHaveCount(0);
  // Esc leaves presenter mode here too: for the explorer (there is no full page in the file), at the
  // same step and cell, not back into the presenter.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^Step 52:/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('radio', { name: 'GRU', exact: true })).toBeChecked();
  await expect(page.getByRole('heading', { name: /Step 52 \/ 64/ })).toHaveCount(0);

  // Opened with ?embed=1 (what the Share dialog's embed code does): the embed of the saved view.
  await page.goto(`file://${file}?embed=1`);
  await expect(page.getByRole('button', { name: /^Step 51:/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('radio', { name: 'LSTM' })).toBeChecked();

  // The same file as the embed view, with a query naming other settings: those win.
  await page.goto(`file://${file}?embed=1&preset=long&step=3`);
  await expect(page.getByRole('button', { name: /^Step 3:/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Step 4:/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.chart-key')).toContainText('Vanilla RNN');
  expect(problems).toEqual([]);
  await context.close();
});
