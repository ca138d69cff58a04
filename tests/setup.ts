import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// waitFor / findBy wait for a state; on a busy 2-core machine (CI is one) reaching it can take far
// longer than Testing Library's default 1 s, which would turn a correct test into a flaky one.
// Under load a level-2 figure took 17 s to appear (2026-12-07), so the cap sits well above it.
configure({ asyncUtilTimeout: 30_000 });

// Components rendered on their own (not through the page's lazy loaders), and the captions the
// state and compute layers write, find every part of the English catalogue already loaded, as the
// page has it by the time they show.
const { loadPart } = await import('../src/i18n/i18n');
const { PARTS } = await import('../src/i18n/parts');
await Promise.all(PARTS.map(loadPart));
