/**
 * Browser benchmark for the lab's worker pool: the measured race (temporal order, T = 50, 3 seeds,
 * 2,000 updates) from Train to done on 1 worker and on 2 (the page is told how many cores it has,
 * so the same machine runs both), the speed-up, and every main-thread task over 50 ms meanwhile.
 * Needs a build (`npm run build`); serves dist/ itself. `npm run bench:pool`; `-- --updates N` for
 * a shorter race, `-- --precision f64` for the lab's 64-bit arithmetic (the default is its 32-bit
 * one, as the lab's).
 */
import { BASE_URL, armLongTasks, takeLongTasks, withBrowser } from './browser';

const arg = process.argv.indexOf('--updates');
const UPDATES = arg > 0 ? Number(process.argv[arg + 1]) : 2000;
const WORKERS = [1, 2];
const PRECISION = process.argv.includes('--precision')
  ? process.argv[process.argv.indexOf('--precision') + 1]
  : 'f32';
if (PRECISION !== 'f32' && PRECISION !== 'f64') throw new Error(`--precision f32 or f64, not ${PRECISION}`);

async function main(): Promise<void> {
  const seconds: number[] = [];
  const rows: string[] = [];
  await withBrowser(async (browser) => {
    for (const workers of WORKERS) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript(
        `Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => ${workers} })`,
      );
      await page.goto(
        `${BASE_URL}?lab=task:temporal_order,T:50,seeds:3,updates:${UPDATES},prec:${PRECISION}`,
      );
      const lab = page.getByRole('region', { name: 'Training lab' });
      const status = lab.getByRole('status').filter({ hasText: `Update 0 of ${UPDATES}` });
      await status.waitFor();
      await armLongTasks(page);
      // The main thread's own work while the race runs: on 2 cores it is taken from the workers.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const busy = async () =>
        (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ??
        NaN;
      const busy0 = await busy();
      const t0 = Date.now();
      await lab.getByRole('button', { name: 'Train' }).click();
      await lab
        .getByRole('status')
        .filter({ hasText: `Update ${UPDATES} of ${UPDATES}` })
        .filter({ hasText: 'finished' })
        .waitFor({ timeout: 900_000 });
      const s = (Date.now() - t0) / 1000;
      const mainBusy = (await busy()) - busy0;
      seconds.push(s);
      const long = await takeLongTasks(page);
      rows.push(
        `| ${workers} | ${s.toFixed(1)} | ${(seconds[0] / s).toFixed(2)}× | ${mainBusy.toFixed(1)} | ${long.length} | ${long.length ? Math.max(...long).toFixed(0) : '—'} |`,
      );
      await page.close();
    }
  });
  console.log(
    `\nThe lab's race in Chromium: temporal order, T = 50, 3 seeds, ${UPDATES} updates, ${PRECISION === 'f32' ? '32' : '64'}-bit, from Train to done\n`,
  );
  console.log('| workers | wall time (s) | speed-up | main thread busy (s) | tasks > 50 ms | longest (ms) |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(r);
}

await main();
