/**
 * "Export playback as video": the MP4 and the WebM play for steps × speed on a 1920×1080 frame,
 * and their first frame is the PNG export of step 1 centred on it; the GIF has one frame per step,
 * each shown for the speed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, stepButton, test } from './fixtures';

async function grab(page: Page, name: RegExp): Promise<Buffer> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync((await dl.path())!);
}

test('playback exports as an MP4 and a WebM of steps × speed whose first frame is the PNG figure, and as a GIF', async ({
  guarded: page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?preset=lstm');
  await expect(stepButton(page, 10)).toBeAttached();
  await page.getByRole('combobox', { name: /Speed/ }).selectOption('300');
  const exportPanel = page.getByRole('region', { name: 'Export' });
  await exportPanel.getByRole('checkbox', { name: /only the part on screen/ }).check();
  const png = await grab(page, /Download timeline \(PNG 2×\)/);
  // Played back in a page of its own (the app's CSP rightly allows no media from blob: URLs).
  const viewer = await context.newPage();

  for (const [kind, type] of [
    ['mp4', 'video/mp4'],
    ['webm', 'video/webm'],
  ] as const) {
    const video = await grab(page, new RegExp(`Download playback \\(${kind === 'mp4' ? 'MP4' : 'WebM'}\\)`));
    // The file says what it is: the cell, playback, and how many steps.
    await expect(
      exportPanel
        .getByRole('status')
        .filter({ hasText: `Saved rnn-lstm-playback-10-steps.${kind}: 10 steps × 300 ms = 3.0 s.` }),
    ).toBeVisible();
    // The page is back on the step it was on.
    await expect(stepButton(page, 1)).toHaveAttribute('aria-pressed', 'true');
    const measured = await viewer.evaluate(
      async ({ video64, png64, type }) => {
        const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const video = document.createElement('video');
        video.muted = true;
        video.src = URL.createObjectURL(new Blob([bytes(video64)], { type }));
        await new Promise((ok, fail) => {
          video.onloadeddata = ok;
          video.onerror = () => fail(new Error(`the ${type} does not play`));
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
        // The PNG is drawn at 2×; on the frame the figure fills the 16:9 frame, centred.
        const s = Math.min(w / (img.width / 2), h / (img.height / 2));
        const fw = (img.width / 2) * s;
        const fh = (img.height / 2) * s;
        ctx.drawImage(img, (w - fw) / 2, (h - fh) / 2, fw, fh);
        const still = ctx.getImageData(0, 0, w, h).data;
        // Both over the figure's rectangle: the white margins around it would dilute them.
        const [x0, y0] = [Math.floor((w - fw) / 2), Math.floor((h - fh) / 2)];
        const [x1, y1] = [Math.ceil((w + fw) / 2), Math.ceil((h + fh) / 2)];
        let diff = 0;
        let ink = 0;
        for (let y = y0; y < y1; y++)
          for (let x = x0; x < x1; x++) {
            const i = (y * w + x) * 4;
            for (let c = 0; c < 3; c++) diff += Math.abs(frame[i + c] - still[i + c]);
            ink += 255 - still[i];
          }
        const n = (x1 - x0) * (y1 - y0);
        return { duration: video.duration, w, h, meanDiff: diff / (n * 3), meanInk: ink / n };
      },
      { video64: video.toString('base64'), png64: png.toString('base64'), type },
    );
    expect(measured.duration, kind).toBeCloseTo(3.0, 1);
    expect([measured.w, measured.h], kind).toEqual([1920, 1080]);
    // The figure has content, and the video's first frame is it (lossy codecs: a few levels of 255 on average).
    expect(measured.meanInk, kind).toBeGreaterThan(10);
    expect(measured.meanDiff, kind).toBeLessThan(4);

    // And as a slide tool's importer reads it: ffprobe (FFmpeg, what most tools build on) finds the
    // codec the panel names, the frame and 10 frames lasting 3.0 s.
    const file = test.info().outputPath(`playback.${kind}`);
    writeFileSync(file, video);
    const probe = JSON.parse(
      execFileSync('ffprobe', [
        '-v',
        'error',
        '-count_frames',
        '-of',
        'json',
        '-show_entries',
        'stream=codec_name,width,height,nb_read_frames:format=duration',
        file,
      ]).toString(),
    ) as {
      streams: { codec_name: string; width: number; height: number; nb_read_frames: string }[];
      format: { duration: string };
    };
    expect(probe.streams).toEqual([
      { codec_name: kind === 'mp4' ? 'h264' : 'vp8', width: 1920, height: 1080, nb_read_frames: '10' },
    ]);
    expect(Number(probe.format.duration)).toBeCloseTo(3.0, 1);
  }

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
