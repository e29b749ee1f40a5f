// Worker thread: extracts the batches of files the pool sends, loading each grammar once, when first needed.
import { parentPort } from 'node:worker_threads';
import type { SourceFile } from './discover.js';
import { scanFile, type FileResult } from './scan-file.js';

export interface WorkerRequest {
  id: number;
  files: SourceFile[];
  maxSize: number;
}

export interface WorkerResponse {
  id: number;
  results?: FileResult[];
  error?: string;
}

parentPort!.on('message', (req: WorkerRequest) => {
  (async () => {
    const results: FileResult[] = [];
    for (const f of req.files) results.push(await scanFile(f, req.maxSize));
    return results;
  })()
    .then((results) => parentPort!.postMessage({ id: req.id, results } satisfies WorkerResponse))
    .catch((err: unknown) => parentPort!.postMessage({ id: req.id, error: (err as Error).stack ?? String(err) } satisfies WorkerResponse));
});
