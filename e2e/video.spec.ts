/**
 * "Export playback as video": the WebM plays for steps × speed and its first frame is the PNG
 * export of step 1; the GIF has one frame per step, each shown for the speed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, stepButton, test } from './fixtures';

async function grab(page: Page, name: RegExp): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync((await dl.path())!);
}

test('playback exports as a WebM of steps × speed whose first frame is the PNG figure, and as a GIF', async ({
  guarded: page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/?preset=lstm');
  await expect(stepButton(page, 10)).toBeAttached();
  await page.getByRole('combobox', { name: /Speed/ }).selectOption('300');
  const exportPanel = page.getByRole('region', { name: 'Export' });
  await exportPanel.getByRole('checkbox', { name: /only the part on screen/ }).check();
  const png = await grab(page, /Download timeline \(PNG 2×\)/);

  const webm = await grab(page, /Download playback \(WebM\)/);
  await expect(
    exportPanel
      .getByRole('status')
      .filter({ hasText: 'Saved rnn-playback.webm: 10 steps × 300 ms = 3.0 s.' }),
  ).toBeVisible();
  // The page is back on the step it was on.
  await expect(stepButton(page, 1)).toHaveAttribute('aria-pressed', 'true');

  // Played back in a page of its own (the app's CSP rightly allows no media from blob: URLs).
  const viewer = await context.newPage();
  const measured = await viewer.evaluate(
    async ({ webm64, png64 }) => {
      const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([bytes(webm64)], { type: 'video/webm' }));
      await new Promise((ok, fail) => {
        video.onloadeddata = ok;
        video.onerror = () => fail(new Error('the WebM does not play'));
      });
      // The first frame, decoded: seek into it and wait until it is presented.
      video.currentTime = 0.05;
      await new Promise((ok) => (video.onseeked = ok));
      const w = video.videoWidth;
      const h = video.videoHeight;
      const canvas = new OffscreenCanvas(w, h);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.drawImage(video, 0, 0);
      const frame = ctx.getImageData(0, 0, w, h).data;
      const img = await createImageBitmap(new Blob([bytes(png64)], { type: 'image/png' }));
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, w, h);
      // The PNG is drawn at 2×; the video at 1× (its sides rounded up to even numbers).
      ctx.drawImage(img, 0, 0, img.width / 2, img.height / 2);
      const still = ctx.getImageData(0, 0, w, h).data;
      let diff = 0;
      let ink = 0;
      for (let i = 0; i < frame.length; i += 4) {
        for (let c = 0; c < 3; c++) diff += Math.abs(frame[i + c] - still[i + c]);
        ink += 255 - still[i];
      }
      return {
        duration: video.duration,
        w,
        h,
        pngW: img.width / 2,
        pngH: img.height / 2,
        meanDiff: diff / ((frame.length / 4) * 3),
        meanInk: ink / (frame.length / 4),
      };
    },
    { webm64: webm.toString('base64'), png64: png.toString('base64') },
  );
  expect(measured.duration).toBeCloseTo(3.0, 1);
  expect(measured.w - measured.pngW).toBeGreaterThanOrEqual(0);
  expect(measured.w - measured.pngW).toBeLessThanOrEqual(1);
  expect(measured.h - measured.pngH).toBeLessThanOrEqual(1);
  // The figure has content, and the video's first frame is it (VP8 is lossy: a few levels of 255 on average).
  expect(measured.meanInk).toBeGreaterThan(10);
  expect(measured.meanDiff).toBeLessThan(4);

  const gif = await grab(page, /Download playback \(GIF\)/);
  expect(gif.subarray(0, 6).toString()).toBe('GIF89a');
  const frames = await page.evaluate(async (gif64) => {
    const data = Uint8Array.from(atob(gif64), (c) => c.charCodeAt(0));
    const decoder = new ImageDecoder({ data, type: 'image/gif' });
    await decoder.tracks.ready;
    const count = decoder.tracks.selectedTrack!.frameCount;
    const durations: number[] = [];
    for (let i = 0; i < count; i++)
      durations.push(((await decoder.decode({ frameIndex: i })).image.duration ?? 0) / 1000);
    return { count, durations };
  }, gif.toString('base64'));
  expect(frames.count).toBe(10);
  expect(frames.durations).toEqual(Array(10).fill(300));
});
