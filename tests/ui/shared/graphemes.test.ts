// @vitest-environment node
/** Labels are shortened by grapheme: never half a character, never a broken emoji. */
import { describe, expect, it } from 'vitest';
import { shorten } from '../../../src/ui/shared/graphemes';
import { shortLabel } from '../../../src/features/timeline/Timeline';

describe('shortening labels', () => {
  it('keeps astral characters, combining marks and emoji sequences whole', () => {
    const bold = '𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈𝐉𝐊𝐋';
    expect(shortLabel(bold)).toBe('𝐀𝐁𝐂𝐃𝐄𝐅𝐆𝐇𝐈…');
    expect(shortLabel(bold)).not.toMatch(/\uFFFD/);
    expect(shorten('👩🏽‍💻👩🏽‍💻👩🏽‍💻', 2)).toBe('👩🏽‍💻…');
    expect(shorten('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
  });

  it('leaves labels that fit alone, and cuts long ones to the limit with an ellipsis', () => {
    expect(shortLabel('Alice')).toBe('Alice');
    expect(shortLabel('𝐀𝐁𝐂𝐃𝐄')).toBe('𝐀𝐁𝐂𝐃𝐄');
    const long = 'x'.repeat(5000);
    expect(shortLabel(long)).toBe('xxxxxxxxx…');
    expect([...shorten(long, 40)]).toHaveLength(40);
  });
});
