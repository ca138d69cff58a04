/**
 * The test-only pseudo-languages, made from the English catalogue: `en-XA` accents every letter and
 * pads each text ~40% (German and Finnish run that much longer than English), so clipped or
 * overflowing text shows; `ar-XB` writes each text right to left (the page turns `dir="rtl"`), so
 * anything that assumes left-to-right shows. Placeholders, plural forms and tags are kept.
 */
import type { Messages } from '@lingui/core';

const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'û',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ö',
  U: 'Û',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};

const accent = (text: string): string => text.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch);

/** Padding as words (so it wraps the way real longer text does), 40% of the message's letters. */
function padding(letters: number): string {
  const extra = Math.ceil(letters * 0.4);
  if (extra === 0) return '';
  const words = Array.from({ length: Math.ceil(extra / 5) }, (_, i) =>
    '~'.repeat(Math.min(5, extra - i * 5)),
  );
  return ` ${words.join(' ')}`;
}

/** Letters a message shows: its text pieces, and ~4 for each value filled in. */
function lettersOf(message: unknown): number {
  if (typeof message === 'string') return message.replace(/<\/?\d+\/?>|\s/g, '').length;
  if (!Array.isArray(message)) return 0;
  return message.reduce<number>((n, token) => n + (typeof token === 'string' ? lettersOf(token) : 4), 0);
}

// Right-to-left override … pop: the Latin letters are laid out right to left.
const rtl = (text: string): string => (text.trim() ? `\u202e${text}\u202c` : text);

type Token = string | unknown[];

function mapTokens(message: unknown, f: (s: string) => string): unknown {
  if (typeof message === 'string') return f(message);
  if (!Array.isArray(message)) return message;
  return (message as Token[]).map((token) => {
    if (typeof token === 'string') return f(token);
    // [name, 'plural' | 'select' | …, { one: message, other: message }]: translate the branches.
    const [name, kind, branches] = token;
    if (branches && typeof branches === 'object' && !Array.isArray(branches)) {
      const mapped = Object.fromEntries(
        Object.entries(branches as Record<string, unknown>).map(([k, v]) => [k, mapTokens(v, f)]),
      );
      return [name, kind, mapped];
    }
    return token;
  });
}

function long(message: unknown): unknown {
  const accented = mapTokens(message, accent);
  const pad = padding(lettersOf(message));
  return typeof accented === 'string' ? accented + pad : [...(accented as unknown[]), pad];
}

export function pseudoMessages(english: Messages, kind: 'en-XA' | 'ar-XB'): Messages {
  return Object.fromEntries(
    Object.entries(english).map(([id, m]) => [id, kind === 'en-XA' ? long(m) : mapTokens(m, rtl)]),
  ) as Messages;
}
