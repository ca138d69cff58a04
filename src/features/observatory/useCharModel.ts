/**
 * The observatory's data for one model: the asset and decoded net (loaded on demand), and the unit
 * discovery over held-out text, computed in slices of a few hundred characters per task so the page
 * never blocks (the forward pass over 4,000 characters takes ~300–600 ms in all).
 */
import { useEffect, useState } from 'react';
import { charNetFromAsset, runCharsInSlices } from './charNet';
import type { CharAsset, CharNet } from './charNet';
import { discoverUnits, probeR } from './units';
import type { Discovery, StateKind } from './units';
import { FEATURE_IDS, textFeatures } from './features';
import type { FeatureId } from './features';
import { loadCharAsset, loadHeldOutText } from './loadCharModel';

/** Held-out characters the discovery reads. */
export const DISCOVERY_CHARS = 4000;
const SLICE = 200;

export interface CharModel {
  asset: CharAsset;
  net: CharNet;
  heldOut: string;
}

const models = new Map<string, Promise<CharModel>>();

export function loadCharModel(cell: 'lstm' | 'gru'): Promise<CharModel> {
  let p = models.get(cell);
  if (!p) {
    p = Promise.all([loadCharAsset(cell), loadHeldOutText()]).then(([asset, heldOut]) => ({ asset, net: charNetFromAsset(asset), heldOut }));
    models.set(cell, p);
  }
  return p;
}

export function useCharModel(cell: 'lstm' | 'gru'): CharModel | null {
  const [model, setModel] = useState<{ cell: string; m: CharModel } | null>(null);
  useEffect(() => {
    let live = true;
    void loadCharModel(cell).then((m) => live && setModel({ cell, m }));
    return () => {
      live = false;
    };
  }, [cell]);
  return model && model.cell === cell ? model.m : null;
}

export interface Findings {
  h: Discovery;
  c: Discovery | null;
  /** Linear-probe r per feature, for h and (LSTM) c; filled in one feature per task after the discovery. */
  probe: Partial<Record<StateKind, Partial<Record<FeatureId, number>>>>;
}

/** Discovery for h (and c for the LSTM) over the first DISCOVERY_CHARS held-out characters, then the probes. */
export function useDiscovery(model: CharModel | null): Findings | null {
  const [result, setResult] = useState<{ net: CharNet; d: Findings } | null>(null);
  useEffect(() => {
    if (!model) return;
    let live = true;
    const text = model.heldOut.slice(0, DISCOVERY_CHARS);
    void runCharsInSlices(model.net, text, SLICE, () => live).then((done) => {
      if (done) {
        const H = model.net.H;
        const found: Findings = { h: discoverUnits(done, H, 'h'), c: done.c ? discoverUnits(done, H, 'c') : null, probe: {} };
        setResult({ net: model.net, d: found });
        // Then one probe per task (~20–40 ms each): every feature, for h and (LSTM) c.
        const feats = textFeatures(done.text);
        const todo: [StateKind, FeatureId][] = (['h', 'c'] as StateKind[]).filter((k) => k === 'h' || done.c).flatMap((k) => FEATURE_IDS.map((f) => [k, f] as [StateKind, FeatureId]));
        const probeNext = () => {
          const job = todo.shift();
          if (!live || !job) return;
          const [k, f] = job;
          const probe = { ...found.probe, [k]: { ...found.probe[k], [f]: probeR(done, H, k, feats[f]) } };
          found.probe = probe;
          setResult({ net: model.net, d: { ...found, probe } });
          setTimeout(probeNext, 0);
        };
        setTimeout(probeNext, 0);
      }
    });
    return () => {
      live = false;
    };
  }, [model]);
  return result && model && result.net === model.net ? result.d : null;
}
