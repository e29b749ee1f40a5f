// The smallest worker heap (V8 old generation, MiB) that extracts each given file: runs the built worker
// (dist/src/worker.js, so `npx tsc -p tsconfig.json` first) on the file alone under decreasing
// resourceLimits, by bisection. Use it to check the limit src/pool.ts gives workers (workerHeapMb)
// against real files:  node bench/worker-heap.mjs FILE...
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCRIPT = path.join(ROOT, 'dist', 'src', 'worker.js');
const { languageByName } = await import(path.join(ROOT, 'dist', 'src', 'languages.js'));
const { workerHeapMb } = await import(path.join(ROOT, 'dist', 'src', 'pool.js'));
const MAX_SIZE = 1 << 20;

/** Whether the worker extracts `file` within `heapMb`: true, or the reason it died. */
function fits(file, heapMb) {
  return new Promise((resolve) => {
    const w = new Worker(SCRIPT, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 } });
    let error;
    w.on('message', (m) => {
      resolve(m.result.notices.some((n) => n.message.startsWith('skipped: extraction')) ? 'crashed' : true);
      void w.terminate();
    });
    w.on('error', (err) => (error = err));
    w.on('exit', () => resolve(error?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : `exited (${error?.message ?? 'no error'})`));
    w.postMessage({ id: 0, files: [{ file: path.basename(file), path: path.resolve(file), language: languageByName(file) }], maxSize: MAX_SIZE });
  });
}

console.log(`worker heap limit port-lint sets for lint.max_file_size 1 MiB: ${workerHeapMb(MAX_SIZE)} MiB`);
for (const file of process.argv.slice(2)) {
  let lo = 8;
  let hi = 512;
  if ((await fits(file, hi)) !== true) {
    console.log(`${file}: does not fit in ${hi} MiB`);
    continue;
  }
  while (hi - lo > 2) {
    const mid = Math.floor((lo + hi) / 2);
    if ((await fits(file, mid)) === true) hi = mid;
    else lo = mid;
  }
  console.log(`${file} (${statSync(file).size} bytes): fits in ${hi} MiB`);
}
