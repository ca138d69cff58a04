/**
 * One worker's training loop around a race (the lab's, or the attention race; all of it, or its
 * part in a pool): run until paused or done, one update, hold at a cap the pool raises, catch up to
 * an update. The same class runs inside a Web Worker (through Comlink) and, where no Worker exists
 * (unit tests), in process.
 */

/** What a loop trains: one update at a time, until done. */
export interface Stepped {
  step(): void;
  readonly done: boolean;
  readonly update: number;
}

/** Time slice of one chunk of updates before the loop yields to incoming messages (pause, reset). */
const SLICE_MS = 40;
/** How often a running loop reports (ms). */
export const REPORT_MS = 150;

/**
 * Let incoming messages (pause, reset) run, then go on. In a Web Worker not by `setTimeout(0)`:
 * nested timers are clamped to 4 ms (measured in Chromium's workers: 4.1 ms a yield, against
 * 0.01 ms through a MessageChannel), a tenth of every 40 ms slice of training. In this thread
 * (unit tests, where no Worker exists) by a timer: Node handles up to a thousand port messages in
 * one turn of its event loop, so a loop yielding by messages would keep timers waiting.
 */
const inWorker = typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope === 'function';
const channel = inWorker && typeof MessageChannel !== 'undefined' ? new MessageChannel() : null;
const waiting: (() => void)[] = [];
if (channel) channel.port1.onmessage = () => waiting.shift()?.();
function yieldToEvents(): Promise<void> {
  if (!channel) return new Promise((r) => setTimeout(r, 0));
  return new Promise((r) => {
    waiting.push(r);
    channel.port2.postMessage(null);
  });
}

export class RaceLoop<R extends Stepped> {
  race: R;
  running = false;
  /** Milliseconds of training so far (excluding paused time). */
  elapsed = 0;
  private generation = 0;
  private cap = Infinity;

  constructor(race: R) {
    this.race = race;
  }

  /** A new race: a loop of the old one stops. */
  replace(race: R): void {
    this.halt();
    this.race = race;
    this.elapsed = 0;
  }

  /** Stop a running loop (it ends after its current slice). */
  halt(): void {
    this.running = false;
    this.generation++;
  }

  stepOnce(): void {
    this.halt();
    this.timed(() => this.race.step());
  }

  /**
   * Train until halted, replaced or done, calling onReport every REPORT_MS, at the end, and once
   * on reaching the cap (so a pool waiting on this worker hears of it at once). Yields to the
   * event loop between slices so halt/replace messages are handled within one slice. In a pool,
   * `cap` (raised by allowUntil) keeps this worker from running ahead of the others.
   */
  async run(onReport: (final: boolean) => void, cap = Infinity): Promise<void> {
    const gen = ++this.generation;
    this.running = true;
    this.cap = cap;
    let lastReport = performance.now();
    let heldAt = -1;
    while (this.generation === gen && !this.race.done) {
      const t0 = performance.now();
      while (performance.now() - t0 < SLICE_MS && !this.race.done && this.race.update < this.cap)
        this.race.step();
      this.elapsed += performance.now() - t0;
      const held = this.race.update >= this.cap;
      if (
        performance.now() - lastReport >= REPORT_MS ||
        this.race.done ||
        (held && heldAt !== this.race.update)
      ) {
        lastReport = performance.now();
        if (held) heldAt = this.race.update;
        onReport(false);
      }
      // Held at the cap: sleep a little rather than spin on a core another worker needs.
      await (held ? new Promise((r) => setTimeout(r, 10)) : yieldToEvents());
    }
    if (this.generation === gen) this.running = false;
    onReport(true);
  }

  /** A running worker may go on up to this update (the pool's others have moved on). */
  allowUntil(update: number): void {
    this.cap = Math.max(this.cap, update);
  }

  /** Bring a halted worker up to `update` (the pool's other workers may be a slice ahead). */
  advanceTo(update: number): void {
    this.halt();
    this.timed(() => {
      while (this.race.update < update && !this.race.done) this.race.step();
    });
  }

  private timed(f: () => void): void {
    const t0 = performance.now();
    f();
    this.elapsed += performance.now() - t0;
  }
}
