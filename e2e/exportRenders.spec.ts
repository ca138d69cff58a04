/**
 * Every SVG export renders the same outside the browser: librsvg (rsvg-convert, what GNOME, Wikipedia
 * and many converters use) and Inkscape each draw the file, and the result is compared with the
 * browser's own PNG export of the same figure. The renders are kept in the test's output folder.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function grab(page: Page, name: RegExp): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync((await dl.path())!);
}

interface Difference {
  /** Width and height of the render and the browser's PNG. */
  sizes: [number, number, number, number];
  /** Mean absolute difference per channel, 0–255. */
  mean: number;
  /** Share of pixels where a channel differs by more than 96 (a shape drawn in another colour, or missing). */
  far: number;
}

/** Compared in a blank page of its own (the app's CSP allows no images from data: URLs it did not make). */
async function compare(page: Page, render: Buffer, png: Buffer): Promise<Difference> {
  return page.evaluate(
    async ([a64, b64]) => {
      const pixels = async (b64: string) => {
        const img = await createImageBitmap(
          new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }),
        );
        const c = new OffscreenCanvas(img.width, img.height);
        const ctx = c.getContext('2d', { willReadFrequently: true })!;
        // Renderers differ in whether the page outside the drawing is transparent: both on white.
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, c.width, c.height);
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, c.width, c.height);
      };
      const a = await pixels(a64);
      const b = await pixels(b64);
      const w = Math.min(a.width, b.width);
      const h = Math.min(a.height, b.height);
      let sum = 0;
      let far = 0;
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const p = (y * a.width + x) * 4;
          const q = (y * b.width + x) * 4;
          let worst = 0;
          for (let k = 0; k < 3; k++) {
            const d = Math.abs(a.data[p + k] - b.data[q + k]);
            sum += d;
            worst = Math.max(worst, d);
          }
          if (worst > 96) far++;
        }
      return {
        sizes: [a.width, a.height, b.width, b.height],
        mean: sum / (w * h * 3),
        far: far / (w * h),
      } as Difference;
    },
    [render.toString('base64'), png.toString('base64')] as const,
  );
}

const FIGURES = [
  { label: 'timeline', url: '/?preset=lstm&cell=lstm&step=4' },
  { label: 'timeline', url: '/?preset=exploding&step=12' },
  { label: 'memory chart', url: '/?preset=long&step=30' },
] as const;

for (const f of FIGURES) {
  test(`the ${f.label} SVG of ${f.url} renders in librsvg and Inkscape as in the browser`, async ({
    guarded: page,
    browser,
  }, testInfo) => {
    test.setTimeout(120_000);
    await page.goto(f.url);
    await expect(
      page.getByRole('button', { name: new RegExp(`Download ${f.label} \\(SVG\\)`) }),
    ).toBeVisible();
    const svg = await grab(page, new RegExp(`Download ${f.label} \\(SVG\\)`));
    const png = await grab(page, new RegExp(`Download ${f.label} \\(PNG 2×\\)`));
    const base = testInfo.outputPath(f.label.replace(' ', '-'));
    writeFileSync(`${base}.svg`, svg);
    writeFileSync(`${base}.browser.png`, png);
    // Both at 2×, as the browser's PNG: rsvg-convert by zoom, Inkscape by 192 dpi (its unit is 96 dpi).
    execFileSync('rsvg-convert', ['-z', '2', '-o', `${base}.librsvg.png`, `${base}.svg`]);
    execFileSync(
      'inkscape',
      ['--export-type=png', '--export-dpi=192', `--export-filename=${base}.inkscape.png`, `${base}.svg`],
      { stdio: 'pipe', env: { ...process.env, HOME: testInfo.outputPath('home') } },
    );
    // A label's halo (a stroke in the background colour) must be painted under the letters, in
    // every renderer: the file says so for every stroked text.
    const doc = svg.toString();
    const haloed = [...doc.matchAll(/\.(s\d+)\{([^}]*)\}/g)].filter(
      ([, , decl]) => /stroke-width:[1-9]/.test(decl) && !/stroke:none/.test(decl),
    );
    for (const [, cls, decl] of haloed)
      if (new RegExp(`<text[^>]*class="[^"]*\\b${cls}\\b`).test(doc))
        expect(decl, `text class ${cls}`).toMatch(/paint-order:stroke/);
    const viewer = await (await browser.newContext()).newPage();
    for (const renderer of ['librsvg', 'inkscape']) {
      const d = await compare(viewer, readFileSync(`${base}.${renderer}.png`), png);
      testInfo.annotations.push({ type: renderer, description: JSON.stringify(d) });
      expect(Math.abs(d.sizes[0] - d.sizes[2]), `${renderer} width`).toBeLessThanOrEqual(2);
      expect(Math.abs(d.sizes[1] - d.sizes[3]), `${renderer} height`).toBeLessThanOrEqual(2);
      // Measured here: mean ≤ 0.44 levels of 255 and ≤ 0.05% far-off pixels (anti-aliasing and
      // glyph edges). A black rectangle, a restyled lane or a missing label is far over these.
      expect(d.mean, `${renderer} mean difference`).toBeLessThan(1.5);
      expect(d.far, `${renderer} share of far-off pixels`).toBeLessThan(0.002);
    }
    await viewer.context().close();
  });
}
