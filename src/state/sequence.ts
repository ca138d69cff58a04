/**
 * The reader's own sequence: words or comma-separated numbers, validated into what the engine
 * reads. Bad input never blanks the timeline: it gets a message and a sensible fallback.
 */
import { embedTokens, tokenize } from '../engine';
import type { InputMode } from './config';
import { LIMITS } from './config';
import { said } from '../i18n/t';
import type { Said } from '../i18n/t';

export const EMBED_SIZE = 8;
/** Numbers beyond this are clamped: the cells saturate long before, and it keeps every product finite. */
export const MAX_ABS_VALUE = 1e6;

export const FALLBACK_WORDS = 'the cat sat on the mat';
/** A decimal number: sign, digits with an optional point, optional exponent. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const FALLBACK_NUMBERS = '0, 0.5, 1, 0.5, 0, -0.5, -1, -0.5';

export interface ParsedSequence {
  /** One display label per step. */
  labels: string[];
  /** T x inputSize. */
  x: Float64Array;
  inputSize: number;
  /** Plain-language notes about what was changed or ignored (shown inline). */
  /** Notices about the input (worded where shown: this runs in a worker). */
  messages: Said[];
}

export function parseSequence(mode: InputMode, text: string, seed: number): ParsedSequence {
  return mode === 'numbers' ? parseNumbers(text) : parseWords(text, seed);
}

function parseWords(text: string, seed: number): ParsedSequence {
  const messages: Said[] = [];
  let tokens = tokenize(text);
  if (tokens.length === 0) {
    messages.push(said('sequence.noWords', { fallback: FALLBACK_WORDS }));
    tokens = tokenize(FALLBACK_WORDS);
  }
  if (tokens.length > LIMITS.maxTokens) {
    messages.push(said('sequence.tooManyWords', { count: tokens.length, max: LIMITS.maxTokens }));
    tokens = tokens.slice(0, LIMITS.maxTokens);
  }
  return { labels: tokens, x: embedTokens(tokens, EMBED_SIZE, seed), inputSize: EMBED_SIZE, messages };
}

function parseNumbers(text: string): ParsedSequence {
  const messages: Said[] = [];
  const parts = text.split(/[\s,;]+/).filter((p) => p.length > 0);
  const bad: string[] = [];
  let clamped = 0;
  let values: number[] = [];
  for (const p of parts) {
    // Decimal numbers only (with an optional exponent): Number() would also read 0x10, 0b101 and
    // 0o17 as 16, 5 and 15 — a reader typing those means something else, so they are named and skipped.
    const v = DECIMAL.test(p) ? Number(p) : NaN;
    if (!Number.isFinite(v)) {
      bad.push(p);
      continue;
    }
    if (Math.abs(v) > MAX_ABS_VALUE) clamped++;
    values.push(Math.max(-MAX_ABS_VALUE, Math.min(MAX_ABS_VALUE, v)));
  }
  if (bad.length > 0) {
    const shown = bad
      .slice(0, 3)
      .map((b) => `"${b.length > 12 ? b.slice(0, 12) + '…' : b}"`)
      .join(', ');
    messages.push(
      said('sequence.ignored', { count: bad.length, shown: shown + (bad.length > 3 ? ', …' : '') }),
    );
  }
  if (clamped > 0)
    messages.push(said('sequence.clamped', { count: clamped, max: MAX_ABS_VALUE.toExponential(0) }));
  if (values.length === 0) {
    messages.push(said('sequence.noNumbers', { fallback: FALLBACK_NUMBERS }));
    values = FALLBACK_NUMBERS.split(', ').map(Number);
  }
  if (values.length > LIMITS.maxTokens) {
    messages.push(said('sequence.tooManyNumbers', { count: values.length, max: LIMITS.maxTokens }));
    values = values.slice(0, LIMITS.maxTokens);
  }
  return { labels: values.map((v) => formatValue(v)), x: Float64Array.from(values), inputSize: 1, messages };
}

function formatValue(v: number): string {
  return Math.abs(v) >= 1e4 ? v.toExponential(1) : String(+v.toFixed(3));
}
