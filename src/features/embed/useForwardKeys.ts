/**
 * In an embed, the deck's keys belong to the deck. A reader clicks inside the frame (a cell radio,
 * the Play button) and the frame has the keyboard: a clicker's PageDown would do nothing and → would
 * switch the cell. So the keys the embed does not use go to the host as `{type: 'key', key}`:
 * PageUp/PageDown always, and → ← Space unless the timeline (which steps with them) has focus or
 * the control was reached with the keyboard (Tab) — a keyboard user keeps the radios' arrows and
 * Space on buttons. Focus then leaves the control, so it does not stay stuck in the frame.
 */
import { useEffect } from 'react';
import { hostWindow, send } from './useHostBridge';
import { isTextEntry } from '../../ui/keys';
import { figureSelector } from '../../ui/shared/figureHooks';

const ALWAYS = new Set(['PageUp', 'PageDown']);
const UNLESS_IN_USE = new Set(['ArrowRight', 'ArrowLeft', ' ']);

export function useForwardKeys(): void {
  useEffect(() => {
    const host = hostWindow();
    if (!host) return;
    // How the focused control was reached: a pointer (a click) or the keyboard (Tab).
    let byPointer = true;
    const onPointer = () => {
      byPointer = true;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab') byPointer = false;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTextEntry(e.target)) return;
      const always = ALWAYS.has(e.key);
      if (!always && !UNLESS_IN_USE.has(e.key)) return;
      const target = e.target instanceof Element ? e.target : null;
      const onControl =
        target !== null &&
        target !== document.body &&
        target.closest('button, input, [tabindex], a') !== null;
      if (!always && (target?.closest(figureSelector('timeline')) || (onControl && !byPointer))) return;
      e.preventDefault();
      e.stopPropagation();
      send(host, { type: 'key', key: e.key });
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    };
    window.addEventListener('pointerdown', onPointer, { capture: true });
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', onPointer, { capture: true });
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, []);
}
