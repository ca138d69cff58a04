// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { duration } from '../../src/compute/format';

describe('a duration as a reader says it', () => {
  it('in seconds under a minute, then minutes and seconds, with no "0 s" on a whole minute', () => {
    expect(duration(42_000)).toBe('42 s');
    expect(duration(59_400)).toBe('59 s');
    // 59.9 s rounds to a whole minute: said "1 min", not "60 s" or "1 min 0 s".
    expect(duration(59_900)).toBe('1 min');
    expect(duration(365_000)).toBe('6 min 5 s');
    expect(duration(120_400)).toBe('2 min');
  });
});
