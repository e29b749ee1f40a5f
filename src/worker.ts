// Worker thread: loads the grammars once, then extracts the batches of files the pool sends.
import { parentPort } from 'node:worker_threads';
import type { SourceFile } from './discover.js';
import { prepareExtractors } from './extract/index.js';
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

const ready = prepareExtractors();

parentPort!.on('message', (req: WorkerRequest) => {
  ready
    .then(() => {
      const results = req.files.map((f) => scanFile(f, req.maxSize));
      parentPort!.postMessage({ id: req.id, results } satisfies WorkerResponse);
    })
    .catch((err: unknown) => parentPort!.postMessage({ id: req.id, error: (err as Error).stack ?? String(err) } satisfies WorkerResponse));
});
