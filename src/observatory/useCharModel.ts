/**
 * The observatory's data for one model: the asset and decoded net (loaded on demand), and the unit
 * discovery over held-out text, computed in slices of a few hundred characters per task so the page
 * never blocks (the forward pass over 4,000 characters takes ~300–600 ms in all).
 */
import { useEffect, useState } from 'react';
import { charNetFromAsset, runChars } from './charNet';
import type { CharAsset, CharNet, CharRun } from './charNet';
import { discoverUnits } from './units';
import type { Discovery } from './units';
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

/** Discovery for h (and c for the LSTM) over the first DISCOVERY_CHARS held-out characters. */
export function useDiscovery(model: CharModel | null): { h: Discovery; c: Discovery | null } | null {
  const [result, setResult] = useState<{ net: CharNet; d: { h: Discovery; c: Discovery | null } } | null>(null);
  useEffect(() => {
    if (!model) return;
    let live = true;
    const text = model.heldOut.slice(0, DISCOVERY_CHARS);
    let run: CharRun | null = null;
    let end = 0;
    const next = () => {
      if (!live) return;
      end = Math.min(text.length, end + SLICE);
      run = runChars(model.net, text.slice(0, end), null, run);
      if (end < text.length) setTimeout(next, 0);
      else {
        const H = model.net.H;
        setResult({ net: model.net, d: { h: discoverUnits(run, H, 'h'), c: run.c ? discoverUnits(run, H, 'c') : null } });
      }
    };
    const id = setTimeout(next, 0);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [model]);
  return result && model && result.net === model.net ? result.d : null;
}
