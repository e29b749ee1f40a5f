import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  scanFile
} from "./chunks/chunk-ISVL634G.js";
import "./chunks/chunk-MF6B7US4.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
parentPort.on("message", (req) => {
  (async () => {
    const results = [];
    for (const f of req.files) results.push(await scanFile(f, req.maxSize));
    return results;
  })().then((results) => parentPort.postMessage({ id: req.id, results })).catch((err) => parentPort.postMessage({ id: req.id, error: err.stack ?? String(err) }));
});
