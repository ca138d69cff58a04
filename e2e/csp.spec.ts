import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/**
 * Every view loads under the Content-Security-Policy the build ships (a meta tag in
 * dist/index.html) with zero violation reports: no inline script, no eval, no data: fonts.
 */
const VIEWS = [
  '/',
  '/?preset=long&levels=2,3',
  '/?embed=1',
  '/?present=1',
  '/?preset=exploding&cell=lstm&levels=3',
];

test('the build ships a strict CSP', async ({ guarded: page }) => {
  await page.goto('/');
  const csp =
    (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("font-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  // WebAssembly compilation only (the training core's float32 kernels), not JavaScript eval.
  expect(csp).toMatch(/script-src[^;]*'wasm-unsafe-eval'/);
  // No inline script anywhere in the shipped page.
  expect(readFileSync('dist/index.html', 'utf8')).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
});

for (const view of VIEWS) {
  test(`no CSP violation: ${view}`, async ({ guarded: page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      );
    });
    await page.goto(view);
    await expect(page.getByRole('button', { name: /^Step 1:/ })).toBeVisible();
    // Wait for the lazily loaded parts (KaTeX and its fonts, the lab) to arrive.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForLoadState('networkidle');
    if (view === '/') {
      const lab = page.getByRole('region', { name: 'Training lab' });
      // The lab is built when it comes near the viewport.
      await lab.scrollIntoViewIfNeeded();
      await lab.getByRole('button', { name: 'Step one update' }).click();
      await expect(lab.getByRole('status')).toContainText('Update 1 of');
    }
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
  });
}
