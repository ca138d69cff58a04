import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(() => cleanup());

// waitFor / findBy wait for a state; on a busy 2-core machine (CI is one) reaching it can take far
// longer than Testing Library's default 1 s, which would turn a correct test into a flaky one.
configure({ asyncUtilTimeout: 15_000 });
