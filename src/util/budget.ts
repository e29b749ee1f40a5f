// A per-file time budget for extraction in this thread: long JavaScript loops check it, so one pathological
// file costs at most the budget, as it does in a worker (which the pool stops from outside).
/** Thrown by checkFileBudget when the file being extracted has used up its time. */
export class FileBudgetExceeded extends Error {
  constructor(readonly ms: number) {
    super(`extraction took longer than ${ms / 1000} s`);
    this.name = 'FileBudgetExceeded';
  }
}

/**
 * How long one file may take to extract before it is skipped with a notice: a pathological input (shell
 * nested thousands deep, a query's worst case) must not hang CI. Seconds from PORT_LINT_FILE_TIMEOUT,
 * default 60.
 */
export function fileTimeBudgetMs(): number {
  const s = Number(process.env.PORT_LINT_FILE_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1000 : 60_000;
}

/** When the file being extracted runs out of time (Infinity between files), its budget, and clock reads saved. */
let deadline = Infinity;
let budget = 0;
let calls = 0;
/** A pool worker: the pool stops it from outside when a file overruns (src/pool.ts), with the same notice. */
let timedFromOutside = false;

/** Called by a pool worker at start: its files are timed by the pool, and the two must not race. */
export function timeFilesFromOutside(): void {
  timedFromOutside = true;
}

/** Runs `extract` under the budget, except in a pool worker (timeFilesFromOutside). */
export function withFileBudget<T>(extract: () => T): T {
  if (timedFromOutside || deadline !== Infinity) return extract();
  budget = fileTimeBudgetMs();
  deadline = performance.now() + budget;
  try {
    return extract();
  } finally {
    deadline = Infinity;
  }
}

/** Throws FileBudgetExceeded once the current file is over its budget (reads the clock every 64 calls). */
export function checkFileBudget(): void {
  if (deadline === Infinity || ++calls % 64 !== 0) return;
  if (performance.now() > deadline) throw new FileBudgetExceeded(budget);
}
