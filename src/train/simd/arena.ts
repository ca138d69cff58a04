/**
 * The float32 SIMD kernels' memory: one WebAssembly instance of wasm/gemm.ts and a bump allocator
 * over its linear memory. A Float32Array view's byteOffset is the pointer the kernels take, so the
 * training step's buffers are ordinary typed arrays the cell kernels (engine/cells) read and write.
 *
 * Growing a WebAssembly memory detaches every view made before, so a step never grows it midway:
 * when a step needs more than the memory holds, alloc grows it, throws ArenaGrown, and the caller
 * runs the step again from the start (it has changed nothing outside the arena yet). The memory
 * keeps its size, so only the first step of a larger shape pays twice.
 */
import { GEMM_WASM_BASE64 } from './gemmBinary';

interface GemmExports {
  memory: WebAssembly.Memory;
  gemmAB(
    out: number,
    a: number,
    b: number,
    bias: number,
    rows: number,
    k: number,
    n: number,
    acc: number,
  ): void;
  gemmAtB(out: number, a: number, b: number, rows: number, m: number, n: number): void;
}

/** The first byte the arena hands out: the module's own (tiny, static) data lives below. */
const BASE = 65536;
const PAGE = 65536;

export class ArenaGrown extends Error {
  constructor() {
    super('the float32 arena grew; run the step again');
  }
}

function decode(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

let shared: Arena | null = null;

/** Does this engine run WebAssembly SIMD? (Every browser since 2021 and Node ≥ 16 do.) */
let supported: boolean | null = null;
export function simdSupported(): boolean {
  if (supported === null) {
    try {
      supported =
        typeof WebAssembly === 'object' && WebAssembly.validate(decode(GEMM_WASM_BASE64) as BufferSource);
    } catch {
      supported = false;
    }
  }
  return supported;
}

export class Arena {
  readonly k: GemmExports;
  private top = BASE;

  private constructor() {
    // Synchronous: the module is ~2 KB, under every engine's limit for compiling on the calling thread.
    const mod = new WebAssembly.Module(decode(GEMM_WASM_BASE64) as BufferSource);
    this.k = new WebAssembly.Instance(mod, {}).exports as unknown as GemmExports;
  }

  /** One arena per thread: a worker runs one step at a time. */
  static get(): Arena {
    shared ??= new Arena();
    return shared;
  }

  /** Forget every buffer of the last step. */
  reset(): void {
    this.top = BASE;
  }

  /** n zeroed float32s, 16-byte aligned (whole vectors). */
  alloc(n: number): Float32Array {
    const bytes = (n * 4 + 15) & ~15;
    const end = this.top + bytes;
    const mem = this.k.memory;
    if (end > mem.buffer.byteLength) {
      mem.grow(Math.ceil((end - mem.buffer.byteLength) / PAGE));
      throw new ArenaGrown();
    }
    const view = new Float32Array(mem.buffer, this.top, n);
    view.fill(0);
    this.top = end;
    return view;
  }
}

/** Run a step that allocates from the arena, again if the arena had to grow for it. */
export function inArena<R>(run: (arena: Arena) => R): R {
  const arena = Arena.get();
  for (;;) {
    arena.reset();
    try {
      return run(arena);
    } catch (e) {
      if (!(e instanceof ArenaGrown)) throw e;
    }
  }
}

/** The byte address of element `off` of an arena view. */
export function ptr(a: Float32Array, off = 0): number {
  return a.byteOffset + off * 4;
}
