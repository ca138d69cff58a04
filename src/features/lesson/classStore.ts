/**
 * The codes a teacher collected, kept on this device only (localStorage): a reload keeps the class,
 * nothing is sent anywhere, and "Clear the class" forgets them. Storage may be refused: then they
 * last for the visit. The codes are kept as pasted; the tally (compute/classTally.ts) reads them.
 */
const KEY = 'rnn-explainer:class-codes';
let memory: string[] = [];

export function loadClass(): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    if (Array.isArray(parsed))
      memory = parsed.filter((c): c is string => typeof c === 'string').slice(0, 5000);
  } catch {
    // Unreadable or refused: keep what this visit has.
  }
  return [...memory];
}

function save(codes: string[]): string[] {
  memory = codes;
  try {
    window.localStorage.setItem(KEY, JSON.stringify(codes));
  } catch {
    // Not kept past this visit.
  }
  return [...codes];
}

/** Adds `codes` after those kept (a code already kept is not added twice). */
export function addToClass(codes: readonly string[]): string[] {
  const kept = loadClass();
  const seen = new Set(kept);
  for (const c of codes) {
    if (seen.has(c)) continue;
    seen.add(c);
    kept.push(c);
  }
  return save(kept);
}

export function clearClass(): string[] {
  return save([]);
}

let visitId: number | null = null;

/**
 * This device's random student id for its answer codes (1 ≤ id < 2³⁰), made once and kept, so a
 * student who shares again replaces their earlier answers in the teacher's tally.
 */
export function studentId(): number {
  const key = 'rnn-explainer:student-id';
  try {
    const kept = Number(window.localStorage.getItem(key));
    if (Number.isInteger(kept) && kept > 0 && kept < 2 ** 30) return kept;
  } catch {
    // Refused: an id for this visit.
  }
  visitId ??= 1 + (crypto.getRandomValues(new Uint32Array(1))[0] % (2 ** 30 - 1));
  try {
    window.localStorage.setItem(key, String(visitId));
  } catch {
    // Kept for this visit only.
  }
  return visitId;
}
