// Forced garbage collections for large scans: V8 collects lazily and lets a heap grow to several times what
// it holds alive, which for a scan of many large files is the run's peak of memory, not its data (issue 11).
import v8 from 'node:v8';
import vm from 'node:vm';

let fullGc: (() => void) | null | undefined;

/**
 * A full garbage collection, if this process can run one: `gc` from `--expose-gc`, or else from a fresh
 * context once the flag is set (as tree-sitter.ts sets --liftoff-only). Where that is refused (flags frozen
 * by --freeze-flags-after-init), nothing happens and V8 collects on its own schedule. Returns whether it ran.
 */
export function collectGarbage(): boolean {
  if (fullGc === undefined) {
    fullGc = null;
    try {
      const exposed = (globalThis as { gc?: () => void }).gc;
      if (typeof exposed === 'function') fullGc = exposed;
      else {
        v8.setFlagsFromString('--expose-gc');
        const gc: unknown = vm.runInNewContext('gc');
        if (typeof gc === 'function') fullGc = gc as () => void;
      }
    } catch {
      // flags frozen or gc unavailable
    }
  }
  if (!fullGc) return false;
  fullGc();
  return true;
}

/**
 * Garbage the heap may hold above what was alive at the last collection before one is forced: at least this.
 * 64 MiB cost issue 11's forty-file tree 11 full collections (1.8 s of marking and compacting) against 7 (1.1 s)
 * without the budget; 96 MiB, 9 (1.1-1.5 s) for a peak 3 MiB higher (bench/README.md, "Memory").
 */
export const GARBAGE_FLOOR = 96 * 1024 * 1024;

/**
 * Bounds the garbage of a long synchronous task (extracting file after file in this thread) to about what is
 * alive, and at least GARBAGE_FLOOR: checked after each unit of work, it collects once the heap holds more.
 * V8 would let it reach three to four times the live size on a machine with much memory (its heap growing
 * factor depends on the heap limit, which depends on the machine), and less on a small one: with the
 * budget the peak no longer depends on which. Each extracted compose file of 9,000 services leaves ~40 MB of
 * garbage (its YAML syntax tree and document, alive while the file is extracted, so promoted to the old
 * generation) next to ~6 MB of occurrences; issue 11's forty-file tree peaked at 360-380 MiB in extraction
 * without the budget. A scan whose garbage stays under the floor never collects; one that does pays a full
 * collection (50-150 ms at 50-80 MB alive) per budget spent.
 */
export class GarbageBudget {
  private live: number;
  private readonly floor: number;
  private readonly used: () => number;
  private readonly collect: () => boolean;

  /** `usedHeap` and `collect` are V8's heap size and collectGarbage; tests give their own. */
  constructor(options: { floor?: number; usedHeap?: () => number; collect?: () => boolean } = {}) {
    this.floor = options.floor ?? GARBAGE_FLOOR;
    this.used = options.usedHeap ?? usedHeap;
    this.collect = options.collect ?? collectGarbage;
    this.live = this.used();
  }

  /** Collects if the heap holds more garbage than the budget allows; returns whether it did. */
  check(): boolean {
    if (this.used() - this.live <= Math.max(this.floor, this.live)) return false;
    if (!this.collect()) {
      // No way to collect here: stop asking.
      this.live = Infinity;
      return false;
    }
    this.live = this.used();
    return true;
  }
}

function usedHeap(): number {
  return v8.getHeapStatistics().used_heap_size;
}
