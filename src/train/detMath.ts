/**
 * exp, log, tanh and integer powers written out in plain IEEE-754 arithmetic (ports of fdlibm's
 * e_exp.c and e_log.c), so training gives the same bits in every JavaScript engine. V8's own
 * Math.exp, Math.log and ** changed between versions: Node 20 and Chromium 156 disagree in the
 * last bit for about 10% of arguments of exp and 5% of log (measured), which would make the same
 * seed train a (very slightly) different model in the page than in Node.
 * Only +, −, ×, ÷, sqrt and exact bit manipulation are used; those are correctly rounded everywhere.
 */

// One float64 seen as two 32-bit words (typed-array views: much faster than a DataView here).
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = 1 - HI;

function highWord(x: number): number {
  f64[0] = x;
  return u32[HI] | 0;
}

function lowWord(x: number): number {
  f64[0] = x;
  return u32[LO];
}

function fromWords(hi: number, lo: number): number {
  u32[HI] = hi >>> 0;
  u32[LO] = lo >>> 0;
  return f64[0];
}

/** 2^k for every integer k in [−1074, 1023], built by exact halvings and doublings. */
const POW2 = (() => {
  const t = new Float64Array(1023 + 1074 + 1);
  t[1074] = 1;
  for (let k = 1; k <= 1023; k++) t[1074 + k] = t[1074 + k - 1] * 2;
  for (let k = -1; k >= -1074; k--) t[1074 + k] = t[1074 + k + 1] / 2;
  return t;
})();

function pow2(k: number): number {
  return POW2[k + 1074];
}

const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const INV_LN2 = 1.442695040888963387;
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

/** e^x, as fdlibm's __ieee754_exp (error < 1 ulp). */
export function exp(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 7.09782712893383973096e2) return Infinity;
  if (x < -7.4513321910194110842e2) return 0;
  const ax = Math.abs(x);
  let hi = 0;
  let lo = 0;
  let k = 0;
  if (ax > 0.5 * 0.6931471805599453) {
    if (ax < 1.5 * 0.6931471805599453) k = x < 0 ? -1 : 1;
    else k = Math.trunc(INV_LN2 * x + (x < 0 ? -0.5 : 0.5));
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
    x = hi - lo;
  } else if (ax < 3.725290298461914e-9) {
    return 1 + x;
  }
  const t = x * x;
  const c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((x * c) / (c - 2) - x);
  const y = 1 - (lo - (x * c) / (2 - c) - hi);
  // y · 2^k, split when 2^k alone would overflow or underflow.
  if (k > 1023) return y * pow2(1023) * pow2(k - 1023);
  if (k < -1021) return y * pow2(k + 1000) * pow2(-1000);
  return y * pow2(k);
}

const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;

/** ln x, as fdlibm's __ieee754_log (error < 1 ulp). */
export function log(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let hx = highWord(x);
  let k = 0;
  if (hx < 0x00100000) {
    // Subnormal: scale up by 2^54.
    k -= 54;
    x *= 18014398509481984;
    hx = highWord(x);
  }
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  const i = (hx + 0x95f64) & 0x100000;
  // Normalise x (or x/2) into [√2/2, √2).
  x = fromWords(hx | (i ^ 0x3ff00000), lowWord(x));
  k += i >> 20;
  const f = x - 1;
  if ((0x000fffff & (2 + hx)) < 3) {
    // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * LN2_HI + k * LN2_LO;
    const R = f * f * (0.5 - 0.3333333333333333 * f);
    return k === 0 ? f - R : k * LN2_HI - (R - k * LN2_LO - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  let ii = hx - 0x6147a;
  const w = z * z;
  const j = 0x6b851 - hx;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  ii |= j;
  const R = t2 + t1;
  if (ii > 0) {
    const hfsq = 0.5 * f * f;
    return k === 0 ? f - (hfsq - s * (hfsq + R)) : k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
  }
  return k === 0 ? f - s * (f - R) : k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
}

/**
 * tanh x. For |x| ≥ 0.5 from exp(−2|x|); below, from an accurate e^y − 1 (Kahan's
 * (u − 1)·y / ln u), so small arguments keep their relative precision.
 */
export function tanh(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 22) return x > 0 ? 1 : -1;
  if (ax < 3.725290298461914e-9) return x;
  let t: number;
  if (ax >= 0.5) {
    const e = exp(-2 * ax);
    t = (1 - e) / (1 + e);
  } else {
    const em1 = expm1(2 * ax);
    t = em1 / (em1 + 2);
  }
  return x < 0 ? -t : t;
}

// The float32 fast mode's nonlinearities. They need ~1e-8 relative accuracy, not fdlibm's 1e-16,
// so e^x is a degree-7 Taylor polynomial after reducing x to |r| ≤ ln2/2 (truncation error
// r⁸/8! ≤ 5.2e-9 relative), with no division; still only exact operations, so still the same bits
// everywhere. Tests hold each to 2e-8 of the platform's, under a float32's rounding (6e-8).
const LN2 = 0.6931471805599453;

/** e^x to ~5e-9 relative, for the float32 fast mode. */
export function expFast(x: number): number {
  if (Number.isNaN(x)) return x;
  // Beyond float32's range either way (its largest is e^88.7, its smallest subnormal e^-103.3).
  if (x > 89) return Infinity;
  if (x < -104) return 0;
  const k = Math.floor(x * INV_LN2 + 0.5);
  const r = x - k * LN2;
  const p =
    1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720 + r * (1 / 5040)))))));
  return p * pow2(k);
}

/** 1 / (1 + e^−v) on expFast, for the float32 fast mode. */
export function sigmoidFast(v: number): number {
  const e = expFast(-Math.abs(v));
  return v >= 0 ? 1 / (1 + e) : e / (1 + e);
}

/**
 * tanh on expFast, for the float32 fast mode: (1 − e)/(1 + e) with e = e^−2|x| at every size.
 * Near 0 the subtraction loses float64 digits, but its error (≤ 1.5e-8 relative, at the 3.7e-9
 * cut-off) stays under a float32's rounding.
 */
export function tanhFast(x: number): number {
  if (Number.isNaN(x)) return x;
  const ax = Math.abs(x);
  if (ax > 22) return x > 0 ? 1 : -1;
  if (ax < 3.725290298461914e-9) return x;
  const e = expFast(-2 * ax);
  const t = (1 - e) / (1 + e);
  return x < 0 ? -t : t;
}

/** e^y − 1 without cancellation for small y (Kahan). */
function expm1(y: number): number {
  const u = exp(y);
  if (u === 1) return y;
  const um1 = u - 1;
  if (um1 === -1) return -1;
  return (um1 * y) / log(u);
}

/** 1 / (1 + e^−v), from e^−|v| so it never overflows, with one exp per call. */
export function sigmoid(v: number): number {
  const e = exp(-Math.abs(v));
  return v >= 0 ? 1 / (1 + e) : e / (1 + e);
}

/** base^n for a non-negative integer n by repeated squaring. */
export function powInt(base: number, n: number): number {
  let result = 1;
  let b = base;
  let e = n;
  while (e > 0) {
    if (e & 1) result *= b;
    b *= b;
    e >>= 1;
  }
  return result;
}
