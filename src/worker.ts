// Worker thread: extracts the files the pool sends, loading each grammar once, when first needed, and posts
// each file's result as soon as it has it — so when the thread dies, the pool knows which file killed it.
import { parentPort } from 'node:worker_threads';
import type { SourceFile } from './discover.js';
import { sawWasmTrap, scanFile, type FileResult } from './scan-file.js';
import { timeFilesFromOutside } from './util/budget.js';

export interface WorkerRequest {
  id: number;
  files: SourceFile[];
  maxSize: number;
}

/** One file's result: `files[index]` of request `id`. */
export interface WorkerResponse {
  id: number;
  index: number;
  result: FileResult;
}

// The pool times this worker's files and stops it when one overruns (src/pool.ts).
timeFilesFromOutside();

parentPort!.on('message', (req: WorkerRequest) => {
  void (async () => {
    for (const [index, f] of req.files.entries()) {
      // scanFile turns any failure of one file into a notice for it: it does not throw.
      const result = await scanFile(f, req.maxSize);
      parentPort!.postMessage({ id: req.id, index, result } satisfies WorkerResponse);
      // The file that trapped has its notice; the files after it go to a fresh worker (see pool.ts).
      if (sawWasmTrap()) process.exit(1);
    }
  })();
});
