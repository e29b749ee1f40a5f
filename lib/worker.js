import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  sawWasmTrap,
  scanFile,
  timeFilesFromOutside
} from "./chunks/chunk-75H7XUZI.js";
import "./chunks/chunk-K7G5YRCE.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
timeFilesFromOutside();
parentPort.on("message", (req) => {
  void (async () => {
    for (const [index, f] of req.files.entries()) {
      const result = await scanFile(f, req.maxSize);
      parentPort.postMessage({ id: req.id, index, result });
      if (sawWasmTrap()) process.exit(1);
    }
  })();
});
