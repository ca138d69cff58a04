import { expect, test } from './fixtures';

/**
 * A term's definition must be read whole wherever the term sits: near the window's right edge, on a
 * phone, or inside a panel that skips layout off screen (content-visibility clips paint at its edge).
 */
for (const [width, height] of [[1280, 800], [390, 844]] as const) {
  test(`every term's definition opens whole and inside the window at ${width}×${height}`, async ({ guarded: page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/?preset=long&levels=1,2,3');
    const terms = page.locator('dfn.term');
    await expect(terms.first()).toBeVisible();
    const count = await terms.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const term = terms.nth(i);
      await term.scrollIntoViewIfNeeded();
      await term.focus();
      const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
      // Visible only once placed (it is shown unseen while it is measured).
      await expect(tip).toBeVisible();
      const seen = await tip.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const inset = 3;
        const corners = [
          [r.left + inset, r.top + inset],
          [r.right - inset, r.top + inset],
          [r.left + inset, r.bottom - inset],
          [r.right - inset, r.bottom - inset],
        ];
        return {
          inWindow: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
          // The topmost thing at each corner is the definition itself: no panel clips it, nothing covers it.
          whole: corners.every(([x, y]) => el.contains(document.elementFromPoint(x, y))),
          text: el.textContent ?? '',
        };
      });
      expect(seen, `term ${i + 1} of ${count}: ${seen.text.slice(0, 40)}`).toMatchObject({ inWindow: true, whole: true });
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
    }
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('a tap on a term shows its definition, and a tap elsewhere hides it', async ({ guarded: page }) => {
    await page.goto('/');
    const term = page.locator('dfn.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    const tip = page.locator(`[id="${await term.getAttribute('aria-describedby')}"]`);
    await expect(tip).toBeVisible();
    await expect(tip).toContainText(':');
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tip).toBeHidden();
  });
});
