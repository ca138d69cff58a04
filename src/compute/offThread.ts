/**
 * The one way pure code runs off the main thread: a Web Worker through Comlink where the page can
 * start one, or the same functions in this thread where it cannot (Vitest's jsdom has no Worker).
 * Either way every call is asynchronous, so a caller's code is the same for both.
 *
 * The worker is made by the caller (`new Worker(new URL('./x.worker.ts', import.meta.url))` must be
 * written where the bundler can see it); the worker file only exposes the same API object that
 * `local` loads, so the two sides cannot drift apart.
 */
import * as Comlink from 'comlink';

/** Every method of Api, called asynchronously. */
export type Async<Api> = {
  [K in keyof Api]: Api[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

export interface OffThread<Api> {
  api: Async<Api>;
  /** A callback for the other side to call (a Comlink proxy across the thread boundary). */
  callback<F extends (...args: never[]) => unknown>(f: F): F;
  /** Whether calls cross to a worker (false: computed in this thread). */
  inWorker: boolean;
  dispose(): void;
}

/** Whether this page can start a worker at all (jsdom cannot). */
export const workersAvailable = (): boolean => typeof Worker !== 'undefined';

export async function offThread<Api extends object>(
  start: () => Worker,
  local: () => Promise<Api>,
): Promise<OffThread<Api>> {
  if (workersAvailable()) {
    const worker = start();
    return {
      api: Comlink.wrap<Api>(worker) as unknown as Async<Api>,
      callback: (f) => Comlink.proxy(f),
      inWorker: true,
      dispose: () => worker.terminate(),
    };
  }
  return { api: inPlace(await local()), callback: (f) => f, inWorker: false, dispose: () => undefined };
}

/** The same API called in this thread, each call asynchronous as across a worker. */
export function inPlace<Api extends object>(impl: Api): Async<Api> {
  const fns = impl as Record<PropertyKey, (...args: unknown[]) => unknown>;
  return new Proxy({} as Async<Api>, {
    get:
      (_target, key) =>
      async (...args: unknown[]) =>
        fns[key](...args),
  });
}
