import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, figuresBuilt, test } from './fixtures';

/**
 * A term's definition must be read whole wherever the term sits: near the window's right edge, on a
 * phone, or inside a panel that skips layout off screen (content-visibility clips paint at its edge).
 */
for (const [width, height] of [
  [1280, 800],
  [390, 844],
] as const) {
  test(`every term's definition opens whole and inside the window at ${width}×${height}`, async ({
    guarded: page,
  }) => {
    // Some 27 terms, each opened and closed, on a page with both levels open.
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height });
    await page.goto('/?preset=long&levels=2,3');
    // The levels load after the first screen: wait for their figures.
    await figuresBuilt(page);
    await expect(page.locator('.ssm-table .katex').first()).toBeVisible();
    const terms = page.locator('dfn.term');
    const count = await terms.count();
    expect(count).toBeGreaterThan(20);
    for (let i = 0; i < count; i++) {
      const term = terms.nth(i);
      await term.scrollIntoViewIfNeeded();
      await term.focus();
      const tipId = (await term.getAttribute('aria-describedby'))!;
      const tip = page.locator(`[id="${tipId}"]`);
      // Visible only once placed (it is shown unseen while it is measured).
      await expect(tip).toBeVisible();
      // Read until it holds: a panel above that skips layout can still move the term as it is drawn,
      // and the definition follows a frame later.
      await expect
        .poll(
          () =>
            tip.evaluate((el, termId) => {
              const r = el.getBoundingClientRect();
              const t = document.querySelector(`[aria-describedby="${termId}"]`)!.getBoundingClientRect();
              const inset = 3;
              const corners = [
                [r.left + inset, r.top + inset],
                [r.right - inset, r.top + inset],
                [r.left + inset, r.bottom - inset],
                [r.right - inset, r.bottom - inset],
              ];
              return {
                inWindow:
                  r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
                // The topmost thing at each corner is the definition itself: no panel clips it, nothing covers it.
                whole: corners.every(([x, y]) => el.contains(document.elementFromPoint(x, y))),
                // Beside its term: just under it or just above it, and overlapping it sideways.
                besideTerm:
                  (Math.abs(r.top - t.bottom - 4) <= 2 || Math.abs(t.top - r.bottom - 4) <= 2) &&
                  r.left < t.right &&
                  r.right > t.left,
              };
            }, tipId),
          { message: `term ${i + 1} of ${count}: ${await term.textContent()}` },
        )
        .toEqual({ inWindow: true, whole: true, besideTerm: true });
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

/** The colour of one pixel of the page as painted (a 1×1 screenshot: every PNG filter of its one row is a copy). */
async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 } });
  const colourType = png[25];
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const row = inflateSync(Buffer.concat(chunks));
  if (colourType !== 2 && colourType !== 6) throw new Error(`unexpected PNG colour type ${colourType}`);
  return [row[1], row[2], row[3]];
}

test('a box the story points at shows its whole outline, also at the edge of a panel that skips layout', async ({
  guarded: page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?preset=long&levels=2');
  // The inspector sits at the left and top edge of the columns under the timeline; the cell type
  // buttons in the controls; the live equation in level 2.
  for (const selector of ['section.inspector', '[role="radiogroup"][aria-label="Cell type"]', '.live-eq']) {
    const box = page.locator(selector).first();
    // Panels above it that skip layout take their real height as they come into view, which can
    // move it again: scroll until it stays in the window.
    await expect
      .poll(async () => {
        await box.scrollIntoViewIfNeeded();
        const r = (await box.boundingBox())!;
        return r.y >= 8 && r.y + Math.min(r.height, 400) <= 792;
      })
      .toBe(true);
    // What the story's "↳" cue does (spotlight.ts), kept on: the cue takes it off after 2 s.
    await box.evaluate((el) => {
      el.style.transition = 'none';
      el.classList.add('spotlit');
    });
    const outline = await box.evaluate((el) => getComputedStyle(el).outlineColor);
    const [r, g, b] = outline.match(/\d+/g)!.map(Number);
    const rect = (await box.boundingBox())!;
    // The middle of the outline on each side: 3 px wide, 4 px out from the border box.
    const out = 5.5;
    const sides = {
      left: [rect.x - out, rect.y + rect.height / 2],
      top: [rect.x + rect.width / 2, rect.y - out],
      right: [rect.x + rect.width + out - 1, rect.y + rect.height / 2],
    } as const;
    const inWindow = Object.entries(sides).filter(([, [x, y]]) => x >= 0 && y >= 0 && x < 1280 && y < 800);
    expect(inWindow.length, `${selector}: sides in the window`).toBeGreaterThanOrEqual(2);
    for (const [side, [x, y]] of inWindow) {
      await expect
        .poll(
          async () =>
            (await pixelAt(page, x, y)).map((c, i) => Math.abs(c - [r, g, b][i]) <= 24).every(Boolean),
          {
            message: `${selector}: its outline at the ${side}`,
          },
        )
        .toBe(true);
    }
    await box.evaluate((el) => el.classList.remove('spotlit'));
  }
});
