/**
 * A student's predictions as a short code a teacher can collect without a server: typed, pasted,
 * opened as a link or scanned as a QR code. "RNN-" and 16 characters of Crockford's base32 (no I, L,
 * O or U, so a code read aloud or copied by hand survives; lower case and I/L/O typos are read as
 * meant). The 80 bits hold:
 *
 *   version 4 | tour fingerprint 16 | student id 30 | one choice per question, 2 bits each | CRC-8 8 | 0 0 0 0
 *
 * - The fingerprint is of the questions and their choices (content/predictionKeys.ts): a code made
 *   for another version of the tour is refused, never counted against the wrong question.
 * - The id is random, made once per device: two students with the same answers count twice, and
 *   one code pasted twice counts once.
 * - CRC-8 (polynomial 0x07) catches every error of up to 8 bits in a row, so any single character
 *   mistyped is caught (a character is 5 bits).
 * Nothing about the student but their choices is in it.
 */
import { PREDICTION_KEYS } from '../content/predictionKeys';
import type { PredictionId } from '../content/predictionKeys';

const VERSION = 1;
const PREFIX = 'RNN-';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHARS = 16;
const ID_BITS = 30;
/** Enough bits for "not answered" plus the longest list of choices. */
const CHOICE_BITS = Math.ceil(Math.log2(Math.max(...PREDICTION_KEYS.map((k) => k.options.length)) + 1));
const PAYLOAD_BITS = 4 + 16 + ID_BITS + CHOICE_BITS * PREDICTION_KEYS.length;

export interface AnswerSheet {
  /** The student's random id, 0 ≤ id < 2³⁰. */
  id: number;
  /** Their choice per question; a question left out was not answered. */
  choices: Partial<Record<PredictionId, string>>;
}

export type DecodeResult =
  | { ok: true; sheet: AnswerSheet }
  | { ok: false; reason: 'format' | 'mistyped' | 'version' | 'other-tour' };

/** FNV-1a of the questions and their choices, folded to 16 bits. */
export function tourFingerprint(keys: typeof PREDICTION_KEYS = PREDICTION_KEYS): number {
  const text = keys.map((k) => `${k.id}:${k.options.join(',')}`).join(';');
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h ^ (h >>> 16)) & 0xffff;
}

/** CRC-8, polynomial x⁸ + x² + x + 1, over the payload's bits, most significant first. */
function crc8(value: bigint, bits: number): number {
  let crc = 0;
  for (let i = bits - 1; i >= 0; i--) {
    const bit = Number((value >> BigInt(i)) & 1n);
    const top = (crc >> 7) & 1;
    crc = (crc << 1) & 0xff;
    if (top ^ bit) crc ^= 0x07;
  }
  return crc;
}

/** The code for `sheet`, as "RNN-XXXX-XXXX-XXXX-XXXX" (`fingerprint`: another tour's, in tests). */
export function encodeAnswers(sheet: AnswerSheet, fingerprint = tourFingerprint()): string {
  if (!Number.isInteger(sheet.id) || sheet.id < 0 || sheet.id >= 2 ** ID_BITS)
    throw new RangeError('the id must be a whole number below 2^30');
  let v = (BigInt(VERSION) << 16n) | BigInt(fingerprint & 0xffff);
  v = (v << BigInt(ID_BITS)) | BigInt(sheet.id);
  for (const key of PREDICTION_KEYS) {
    const choice = sheet.choices[key.id];
    const index = choice === undefined ? 0 : (key.options as readonly string[]).indexOf(choice) + 1;
    if (index === 0 && choice !== undefined) throw new RangeError(`"${choice}" is not a choice of ${key.id}`);
    v = (v << BigInt(CHOICE_BITS)) | BigInt(index);
  }
  const all = ((v << 8n) | BigInt(crc8(v, PAYLOAD_BITS))) << BigInt(CHARS * 5 - PAYLOAD_BITS - 8);
  let text = '';
  for (let i = CHARS - 1; i >= 0; i--) text += ALPHABET[Number((all >> BigInt(i * 5)) & 31n)];
  return PREFIX + (text.match(/.{4}/g) as string[]).join('-');
}

/** The value of one character, reading lower case and the letters base32 leaves out as meant. */
function charValue(c: string): number {
  const u = c.toUpperCase().replace('O', '0').replace(/[IL]/, '1');
  return ALPHABET.indexOf(u);
}

/** A code as typed, pasted or scanned (spaces, hyphens, any case; with or without "RNN-"). */
export function decodeAnswers(input: string): DecodeResult {
  const body = input
    .trim()
    .replace(/^rnn[-\s]*/i, '')
    .replace(/[\s-]/g, '');
  if (body.length !== CHARS) return { ok: false, reason: 'format' };
  let all = 0n;
  for (const c of body) {
    const d = charValue(c);
    if (d < 0) return { ok: false, reason: 'format' };
    all = (all << 5n) | BigInt(d);
  }
  const pad = BigInt(CHARS * 5 - PAYLOAD_BITS - 8);
  if ((all & ((1n << pad) - 1n)) !== 0n) return { ok: false, reason: 'mistyped' };
  all >>= pad;
  let v = all >> 8n;
  if (crc8(v, PAYLOAD_BITS) !== Number(all & 0xffn)) return { ok: false, reason: 'mistyped' };
  const choices: AnswerSheet['choices'] = {};
  const read: number[] = [];
  for (let i = 0; i < PREDICTION_KEYS.length; i++) {
    read.unshift(Number(v & BigInt((1 << CHOICE_BITS) - 1)));
    v >>= BigInt(CHOICE_BITS);
  }
  const id = Number(v & BigInt(2 ** ID_BITS - 1));
  v >>= BigInt(ID_BITS);
  const fingerprint = Number(v & 0xffffn);
  const version = Number(v >> 16n);
  if (version !== VERSION) return { ok: false, reason: 'version' };
  if (fingerprint !== tourFingerprint()) return { ok: false, reason: 'other-tour' };
  for (const [i, key] of PREDICTION_KEYS.entries()) {
    if (read[i] === 0) continue;
    const choice = key.options[read[i] - 1];
    if (choice === undefined) return { ok: false, reason: 'mistyped' };
    choices[key.id] = choice;
  }
  return { ok: true, sheet: { id, choices } };
}

/**
 * The answer codes in pasted text — one per line, inside a chat message, or in a student's link
 * (`…?view=class#RNN-…`) — in order. Each is returned as found, for decodeAnswers to judge.
 */
export function codesIn(text: string): string[] {
  return [...text.matchAll(/\bRNN[-\s]?(?:[0-9A-Za-z]{4}[-\s]?){3}[0-9A-Za-z]{4}\b/gi)].map((m) => m[0]);
}
