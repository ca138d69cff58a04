/**
 * A part of the catalogue a view needs soon but not for the first paint (the glossary's
 * definitions, the captions for another cell): fetched when the view mounts; the view re-renders
 * once it is in and shows what it can until then.
 */
import { useEffect, useState } from 'react';
import { loadPart, partLoaded } from './i18n';
import type { Part } from './parts';

export function usePart(part: Part): boolean {
  const [ready, setReady] = useState(() => partLoaded(part));
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadPart(part).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [part, ready]);
  return ready;
}
