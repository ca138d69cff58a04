/**
 * The live equations' typesetting, in a worker (typeset.worker.ts); in this thread where a worker
 * cannot start or has failed. Either way the answer comes back asynchronously.
 */
import { inPlace, offThread } from '../../compute/offThread';
import type { Async } from '../../compute/offThread';
import type { TypesetApi } from './typesetApi';

const local = async () => (await import('./typesetApi')).typesetApi;

// Held in an object: awaiting the in-place proxy itself would call its `then`.
let typesetter: Promise<{ api: Async<TypesetApi> }> | null = null;
/** Rejects when the worker fails to load or throws: Comlink's calls would wait for ever. */
let failed: Promise<never> = new Promise(() => undefined);

async function start(): Promise<{ api: Async<TypesetApi> }> {
  // A page opened from disk (the offline copy) cannot start a worker from a file.
  if (typeof location !== 'undefined' && location.protocol === 'file:')
    return { api: inPlace(await local()) };
  const thread = await offThread<TypesetApi>(() => {
    const worker = new Worker(new URL('./typeset.worker.ts', import.meta.url), {
      type: 'module',
      name: 'typeset',
    });
    failed = new Promise((_, reject) =>
      worker.addEventListener('error', () => reject(new Error('the typesetting worker failed')), {
        once: true,
      }),
    );
    failed.catch(() => undefined);
    return worker;
  }, local);
  return thread;
}

/** KaTeX's markup for `tex` (katexOptions), typeset off the main thread where it can be. */
export async function typesetOffThread(tex: string, display: boolean): Promise<string> {
  try {
    typesetter ??= start();
    return await Promise.race([(await typesetter).api.typeset(tex, display), failed]);
  } catch {
    failed = new Promise(() => undefined);
    typesetter = local().then((impl) => ({ api: inPlace(impl) }));
    return (await typesetter).api.typeset(tex, display);
  }
}
