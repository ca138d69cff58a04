/**
 * The observatory's data, computed off the main thread (observatoryApi.ts through the one
 * off-thread helper): the model asset (loaded on demand) and its decoded network in the worker,
 * the unit discovery over held-out text, and what the view shows for the reader's choices — only
 * the newest request lands, and the previous answer stays on screen until it does.
 */
import { useEffect, useRef, useState } from 'react';
import { offThread } from '../../compute/offThread';
import type { OffThread } from '../../compute/offThread';
import type { CharAsset } from './charNet';
import type { Findings, ObsCell, ObservatoryApi, ViewAnswer, ViewQuery } from './observatoryApi';
import { loadCharAsset, loadHeldOutText } from './loadCharModel';

export type { Findings };

/** Held-out characters the discovery reads. */
export const DISCOVERY_CHARS = 4000;

export interface CharModel {
  cell: ObsCell;
  asset: CharAsset;
  heldOut: string;
}

let worker: Promise<OffThread<ObservatoryApi>> | null = null;
export const observatory = (): Promise<OffThread<ObservatoryApi>> =>
  (worker ??= offThread<ObservatoryApi>(
    () =>
      new Worker(new URL('./observatory.worker.ts', import.meta.url), {
        type: 'module',
        name: 'observatory',
      }),
    async () => (await import('./observatoryApi')).observatoryApi(),
  ));

const models = new Map<ObsCell, Promise<CharModel>>();

/** The asset and held-out text, with the network decoded in the worker (once per model). */
export function loadCharModel(cell: ObsCell): Promise<CharModel> {
  let p = models.get(cell);
  if (!p) {
    p = Promise.all([loadCharAsset(cell), loadHeldOutText(), observatory()]).then(
      async ([asset, heldOut, o]) => {
        await o.api.load(asset);
        return { cell, asset, heldOut };
      },
    );
    // A failed load is not kept: the next attempt tries again.
    p.catch(() => models.delete(cell));
    models.set(cell, p);
  }
  return p;
}

/** The model for `cell`, or the reason it could not be loaded. */
export function useCharModel(cell: ObsCell): { model: CharModel | null; error: string | null } {
  const [got, setGot] = useState<{ cell: ObsCell; model: CharModel | null; error: string | null } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    loadCharModel(cell).then(
      (m) => live && setGot({ cell, model: m, error: null }),
      (e: unknown) => live && setGot({ cell, model: null, error: (e as Error).message }),
    );
    return () => {
      live = false;
    };
  }, [cell]);
  return got && got.cell === cell ? { model: got.model, error: got.error } : { model: null, error: null };
}

/** Discovery for h (and c for the LSTM) over the first DISCOVERY_CHARS held-out characters, then the probes. */
export function useDiscovery(model: CharModel | null): Findings | null {
  const [result, setResult] = useState<{ model: CharModel; d: Findings } | null>(null);
  useEffect(() => {
    if (!model) return;
    let live = true;
    (async () => {
      const { api } = await observatory();
      const found = await api.discover(model.cell, model.heldOut.slice(0, DISCOVERY_CHARS));
      if (!live) return;
      setResult({ model, d: found });
      const probe = await api.probes(model.cell);
      if (live) setResult({ model, d: { ...found, probe } });
      // Without a ranking the list keeps saying it is ranking; the rest of the observatory works.
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [model]);
  return result && result.model === model ? result.d : null;
}

/** What the view shows for a query; null until the first answer (then the latest that landed). */
export function useCharView(model: CharModel | null, query: ViewQuery | null): ViewAnswer | null {
  const [answer, setAnswer] = useState<{ cell: ObsCell; a: ViewAnswer } | null>(null);
  const latest = useRef(0);
  const key = query ? JSON.stringify(query) : null;
  useEffect(() => {
    if (!model || !query || key === null) return;
    const id = ++latest.current;
    observatory()
      .then((o) => o.api.view(query))
      .then(
        (a) => id === latest.current && setAnswer({ cell: query.cell, a }),
        // A failed step keeps the last answer on screen; the next change asks again.
        () => undefined,
      );
    // The query is compared by its contents (key), not by identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key is the query's contents
  }, [model, key]);
  return answer && model && answer.cell === model.cell ? answer.a : null;
}
