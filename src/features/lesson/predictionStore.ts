/**
 * The reader's predictions, kept on this device only (localStorage; nothing is sent anywhere), so a
 * reload or a later visit finds them. Storage may be refused: then they last for the visit.
 */
export interface SavedPrediction {
  choice: string;
  /** Set once revealed: whether the choice matched the run's answer at that moment. */
  correct?: boolean;
}

const KEY = 'rnn-explainer:predictions';
let memory: Record<string, SavedPrediction> = {};

export function loadPredictions(): Record<string, SavedPrediction> {
  try {
    const raw = window.localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      const out: Record<string, SavedPrediction> = {};
      for (const [id, v] of Object.entries(parsed as Record<string, unknown>)) {
        const p = v as Partial<SavedPrediction> | null;
        if (p && typeof p.choice === 'string')
          out[id] = { choice: p.choice, ...(typeof p.correct === 'boolean' ? { correct: p.correct } : {}) };
      }
      memory = out;
    }
  } catch {
    // Unreadable or refused: keep what this visit has.
  }
  return { ...memory };
}

export function savePrediction(id: string, p: SavedPrediction): Record<string, SavedPrediction> {
  memory = { ...loadPredictions(), [id]: p };
  try {
    window.localStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Not kept past this visit.
  }
  return { ...memory };
}

/** "You predicted X of Y": the revealed predictions, and how many matched the run. */
export function tally(saved: Record<string, SavedPrediction>): { right: number; revealed: number } {
  const revealed = Object.values(saved).filter((p) => p.correct !== undefined);
  return { right: revealed.filter((p) => p.correct).length, revealed: revealed.length };
}
