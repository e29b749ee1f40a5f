// Extraction across worker threads: files are pulled from the caller's iterator one small batch at a time,
// as workers become free, so only the batches in flight hold file contents; results come back in input
// order.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from './discover.js';
import { PACKAGE_ROOT } from './paths.js';
import { scanFile, type FileResult } from './scan-file.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/** Below this many files, starting workers (each loads every grammar) costs more than it saves. */
export const MIN_FILES_PER_WORKER = 64;
const BATCH = 32;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * The worker script: beside this module when compiled by tsc, lib/worker.js in the bundle (this module then
 * sits in lib/chunks/); tests run from TypeScript sources, so they use the bundle, which `npm test` checks
 * against the sources first.
 */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = path.join(path.dirname(here), 'worker.js');
  if (here.endsWith('.js') && existsSync(sibling)) return sibling;
  return path.join(PACKAGE_ROOT, 'lib', 'worker.js');
}

/**
 * Extracts the files `source` yields, in that order. With `jobs` given (--jobs) up to that many workers run
 * (at most one per batch); by default one per core, but only as many as the files keep busy. `source` is
 * consumed lazily — a generator may read each file's bytes as it yields it, and at most one batch per
 * worker is held at a time.
 */
export async function scanFiles(source: Iterable<SourceFile>, maxSize: number, jobs?: number): Promise<FileResult[]> {
  const it = source[Symbol.iterator]();
  // Look ahead just far enough to tell a handful of files (scanned here) from a job for workers.
  // (Up to 8 cores' worth, so a few hundred files on a big machine start as few workers as they keep busy.)
  const threshold = jobs === undefined ? Math.min(defaultJobs(), 8) * MIN_FILES_PER_WORKER : BATCH + 1;
  const head: SourceFile[] = [];
  let exhausted = false;
  while (head.length < threshold) {
    const n = it.next();
    if (n.done) {
      exhausted = true;
      break;
    }
    head.push(n.value);
  }
  const known = exhausted ? head.length : Infinity;
  const limit = jobs === undefined ? Math.min(defaultJobs(), Math.floor(known / MIN_FILES_PER_WORKER)) : Math.min(jobs, Math.ceil(known / BATCH));
  const script = workerScript();
  if (limit <= 1 || !existsSync(script)) {
    const results: FileResult[] = [];
    for (const f of head) results.push(await scanFile(f, maxSize));
    head.length = 0;
    for (let n = it.next(); !n.done; n = it.next()) results.push(await scanFile(n.value, maxSize));
    return results;
  }

  const results: FileResult[] = [];
  let taken = 0;
  let batchId = 0;
  const starts = new Map<number, number>();
  const takeBatch = (): WorkerRequest | undefined => {
    const files: SourceFile[] = [];
    while (files.length < BATCH) {
      if (head.length > 0) {
        files.push(head.shift()!);
        continue;
      }
      if (exhausted) break;
      const n = it.next();
      if (n.done) {
        exhausted = true;
        break;
      }
      files.push(n.value);
    }
    if (files.length === 0) return undefined;
    const id = batchId++;
    starts.set(id, taken);
    taken += files.length;
    return { id, files, maxSize };
  };

  // A worker's live data is one batch of files (at most lint.max_file_size each, 1 MiB by default) and the
  // grammars; a tight heap makes V8 collect its garbage early instead of growing toward the machine's RAM.
  const heapMb = Math.max(128, Math.ceil((BATCH * maxSize * 4) / (1024 * 1024)));
  const pool: Worker[] = [];
  const runs: Promise<void>[] = [];
  try {
    for (let k = 0; k < limit; k++) {
      // Let go of each first batch once sent: the handlers below outlive it.
      let first = takeBatch();
      if (!first) break;
      const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 } });
      pool.push(worker);
      const run = new Promise<void>((resolve, reject) => {
        let finished = false;
        const fail = (err: Error) => {
          finished = true;
          reject(err);
        };
        worker.on('message', (res: WorkerResponse) => {
          if (res.error) {
            fail(new Error(`extraction worker failed: ${res.error}`));
            return;
          }
          const start = starts.get(res.id)!;
          starts.delete(res.id);
          res.results!.forEach((r, k) => (results[start + k] = r));
          let next: WorkerRequest | undefined;
          try {
            next = takeBatch();
          } catch (err) {
            fail(err as Error);
            return;
          }
          if (next) worker.postMessage(next);
          else {
            finished = true;
            resolve();
          }
        });
        worker.on('error', fail);
        // A worker that stops without an error event (killed, process.exit in a dependency) must not hang the scan.
        worker.on('exit', (code) => {
          if (!finished) fail(new Error(`extraction worker stopped unexpectedly (exit code ${code})`));
        });
      });
      run.catch(() => {}); // observed by Promise.all below; never an unhandled rejection meanwhile
      runs.push(run);
      worker.postMessage(first);
      first = undefined;
    }
    await Promise.all(runs);
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
