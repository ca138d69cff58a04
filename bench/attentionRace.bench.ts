/**
 * Browser benchmark for the lab's attention race: its wall time from Start the race to done on one
 * worker and on two (the page is told how many cores it has, so the same machine runs both), the
 * speed-up, and every main-thread task over 50 ms meanwhile (PerformanceObserver "longtask"; the
 * target is none: the page must stay responsive while it trains).
 * Needs a build (`npm run build`); serves dist/ itself. `npm run bench:race`.
 */
import { BASE_URL, armLongTasks, takeLongTasks, withBrowser } from './browser';

const GRID = [
  { length: 12, updates: 300, seeds: 3 },
  { length: 20, updates: 200, seeds: 1 },
];
const WORKERS = [1, 2];

async function main(): Promise<void> {
  const rows: string[] = [];
  await withBrowser(async (browser) => {
    for (const { length, updates, seeds } of GRID) {
      let one = 0;
      for (const workers of WORKERS) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.addInitScript(
          `Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${workers} })`,
        );
        await page.goto(`${BASE_URL}?lab=T:10`);
        const race = page.getByRole('region', {
          name: 'Attention race: reverse a sequence (encoder–decoder)',
        });
        await race.getByRole('spinbutton', { name: 'Digits per sequence' }).fill(String(length));
        await race.getByRole('spinbutton', { name: 'Race budget (updates)' }).fill(String(updates));
        await race.getByRole('spinbutton', { name: 'Runs per model (seeds)' }).fill(String(seeds));
        await race
          .locator('.race-status')
          .filter({ hasText: `Update 0 of ${updates}` })
          .waitFor();
        await armLongTasks(page);
        const t0 = Date.now();
        await race.getByRole('button', { name: 'Start the race' }).click();
        await race
          .locator('.race-status')
          .filter({ hasText: `Update ${updates} of ${updates} — done` })
          .waitFor({ timeout: 900_000 });
        const seconds = (Date.now() - t0) / 1000;
        if (workers === 1) one = seconds;
        const long = await takeLongTasks(page);
        rows.push(
          `| ${length} | ${updates} | ${seeds} | ${workers} | ${seconds.toFixed(1)} | ${(one / seconds).toFixed(2)}× | ${long.length} | ${long.length ? Math.max(...long).toFixed(0) : '—'} |`,
        );
        await page.close();
      }
    }
  });
  console.log(
    '\nAttention race in Chromium: wall time on 1 and 2 workers, and main-thread tasks over 50 ms while it trains (target: none)\n',
  );
  console.log(
    '| digits | updates | runs per model | workers | race wall time (s) | speed-up | tasks > 50 ms | longest (ms) |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

await main();
