/**
 * The repository's copy of the PyTorch fixtures must be the shared reference, byte for byte,
 * whenever ../shared/fixtures is present (as it is for developers and CI).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, SHARED_FIXTURE_DIR } from './engine/fixtureLoader';

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

describe.runIf(existsSync(SHARED_FIXTURE_DIR))('tests/fixtures mirrors ../shared/fixtures', () => {
  it('has the same files with the same bytes', () => {
    const ours = listFiles(FIXTURE_DIR)
      .map((p) => relative(FIXTURE_DIR, p))
      .sort();
    const theirs = listFiles(SHARED_FIXTURE_DIR)
      .map((p) => relative(SHARED_FIXTURE_DIR, p))
      .sort();
    expect(ours).toEqual(theirs);
    for (const f of theirs) {
      expect(readFileSync(join(FIXTURE_DIR, f)).equals(readFileSync(join(SHARED_FIXTURE_DIR, f))), f).toBe(
        true,
      );
    }
  });
});
