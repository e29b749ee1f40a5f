// Extraction across worker threads: files go out in small batches to `jobs` workers, results come back
// as they finish (nothing but results is held), and the caller gets them in input order.
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

/** The compiled worker script; tests run from TypeScript sources, so they use the built one. */
function workerScript(): string {
  const here = fileURLToPath(import.meta.url);
  const sibling = path.join(path.dirname(here), 'worker.js');
  if (here.endsWith('.js') && existsSync(sibling)) return sibling;
  return path.join(PACKAGE_ROOT, 'dist', 'src', 'worker.js');
}

/**
 * Extracts `files`. With `jobs` given (--jobs) that many workers run (at most one per batch); by default
 * one per core, but only as many as the files keep busy.
 */
export async function scanFiles(files: SourceFile[], maxSize: number, jobs?: number): Promise<FileResult[]> {
  // A warm cache leaves nothing to extract: do not load a grammar for it.
  if (files.length === 0) return [];
  const workers =
    jobs === undefined
      ? Math.min(defaultJobs(), Math.floor(files.length / MIN_FILES_PER_WORKER))
      : Math.min(jobs, Math.ceil(files.length / BATCH));
  const script = workerScript();
  if (workers <= 1 || !existsSync(script)) {
    const results: FileResult[] = [];
    for (const f of files) results.push(await scanFile(f, maxSize));
    return results;
  }
  const results: FileResult[] = new Array(files.length);
  const batches: { id: number; start: number; files: SourceFile[] }[] = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push({ id: batches.length, start: i, files: files.slice(i, i + BATCH) });
  let next = 0;
  // A worker's live data is one batch of files (at most lint.max_file_size each, 1 MiB by default) and the
  // grammars; a tight heap makes V8 collect its garbage early instead of growing toward the machine's RAM.
  const heapMb = Math.max(128, Math.ceil((BATCH * maxSize * 4) / (1024 * 1024)));
  const pool = Array.from(
    { length: workers },
    () => new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 } }),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              const batch = batches[next++];
              if (!batch) {
                resolve();
                return;
              }
              worker.postMessage({ id: batch.id, files: batch.files, maxSize } satisfies WorkerRequest);
            };
            worker.on('message', (res: WorkerResponse) => {
              if (res.error) {
                reject(new Error(`extraction worker failed: ${res.error}`));
                return;
              }
              const batch = batches[res.id]!;
              res.results!.forEach((r, k) => (results[batch.start + k] = r));
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
