/**
 * The training lab's settings as one URL parameter, `lab=task:order,T:100,lr:0.003`: only the
 * fields that differ from the defaults, each validated on its own (zod) so one bad field falls
 * back alone, with a notice — the same contract as the rest of the URL.
 */
import * as z from 'zod/mini';
import { DEFAULT_RACE, LAB_LIMITS, TASK_IDS } from '../train/settings';
import type { RaceSettings } from '../train/settings';
import { t } from '../i18n/t';

const num = (lim: { min: number; max: number }) => z.coerce.number().check(z.gte(lim.min), z.lte(lim.max));
const int = (lim: { min: number; max: number }) =>
  z.coerce.number().check(z.gte(lim.min), z.lte(lim.max), z.refine(Number.isInteger));
const orOff = (inner: z.ZodMiniType) => z.union([z.literal('off'), inner]);

/** URL key -> the settings field it holds, and its schema. */
const FIELDS = {
  task: { key: 'task', schema: z.enum(TASK_IDS as [string, ...string[]]) },
  T: { key: 'T', schema: int(LAB_LIMITS.T) },
  H: { key: 'hidden', schema: int(LAB_LIMITS.hidden) },
  B: { key: 'batch', schema: int(LAB_LIMITS.batch) },
  lr: { key: 'lr', schema: num(LAB_LIMITS.lr) },
  opt: { key: 'optimizer', schema: z.enum(['adam', 'sgd']) },
  clip: { key: 'clip', schema: orOff(num(LAB_LIMITS.clip)) },
  trunc: { key: 'truncation', schema: orOff(int(LAB_LIMITS.truncation)) },
  vinit: { key: 'vanillaInit', schema: z.enum(['pytorch_default', 'orthogonal']) },
  linit: { key: 'lstmInit', schema: z.enum(['forget_bias', 'chrono']) },
  fb: { key: 'forgetBias', schema: num(LAB_LIMITS.forgetBias) },
  ub: { key: 'gruUpdateBias', schema: num(LAB_LIMITS.gruUpdateBias) },
  seed: { key: 'seed', schema: int(LAB_LIMITS.seed) },
  seeds: { key: 'seedCount', schema: int(LAB_LIMITS.seedCount) },
  updates: { key: 'maxUpdates', schema: int(LAB_LIMITS.maxUpdates) },
  prec: { key: 'precision', schema: z.enum(['f32', 'f64']) },
  mingru: {
    key: 'minGru',
    schema: z.pipe(
      z.enum(['on', 'off']),
      z.transform((v: 'on' | 'off') => v === 'on'),
    ),
  },
} as const satisfies Record<string, { key: keyof RaceSettings; schema: z.ZodMiniType }>;

type UrlKey = keyof typeof FIELDS;

export function encodeLab(s: RaceSettings): string {
  const parts: string[] = [];
  for (const [urlKey, { key }] of Object.entries(FIELDS) as [UrlKey, (typeof FIELDS)[UrlKey]][]) {
    const v = s[key];
    if (v === DEFAULT_RACE[key]) continue;
    parts.push(`${urlKey}:${v === null || v === false ? 'off' : v === true ? 'on' : String(v)}`);
  }
  return parts.join(',');
}

export function decodeLab(text: string): { settings: RaceSettings; notices: string[] } {
  const settings: Record<string, unknown> = { ...DEFAULT_RACE };
  const notices: string[] = [];
  for (const part of text.split(',').slice(0, 40)) {
    if (!part) continue;
    const i = part.indexOf(':');
    const urlKey = i < 0 ? part : part.slice(0, i);
    const value = i < 0 ? '' : part.slice(i + 1);
    // Own keys only: "valueOf" or "constructor" must not find Object.prototype's members.
    const field = Object.hasOwn(FIELDS, urlKey)
      ? (FIELDS as Record<string, { key: keyof RaceSettings; schema: z.ZodMiniType }>)[urlKey]
      : undefined;
    const r = field ? z.safeParse(field.schema, value) : null;
    if (!field || !r?.success) {
      notices.push(
        t('notice.badLabSetting', { key: urlKey.slice(0, 24), value: JSON.stringify(value.slice(0, 24)) }),
      );
      continue;
    }
    settings[field.key] = r.data === 'off' ? null : r.data;
  }
  return { settings: settings as unknown as RaceSettings, notices };
}
