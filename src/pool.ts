// Extraction across worker threads: files are pulled from the caller's iterator one small batch at a time,
// as workers become free, so only the batches in flight hold file contents; results come back in input
// order. A worker that dies costs only the file it died on: that file is skipped with a notice.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { SourceFile } from './discover.js';
import { prepareLanguage } from './extract/index.js';
import { preferQuickCompile } from './extract/tree-sitter.js';
import { GarbageBudget } from './gc.js';
import { PACKAGE_ROOT } from './paths.js';
import { decodeSource, readBytes } from './read.js';
import { crashed, describeBytes, mayHoldPorts, queryPlan, scanFile, timeoutReason, type FileResult } from './scan-file.js';
import { fileTimeBudgetMs } from './util/budget.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/**
 * Workers are started for at least this many files to parse (files that pass the prefilter) per worker,
 * by default: each worker loads and compiles its grammars' queries again (0.2-0.6 s of CPU), which a few
 * hundred parsed files repay; the files the prefilter skips cost little anywhere.
 */
export const MIN_PARSED_PER_WORKER = 128;
/**
 * On two cores or fewer, also this much source to parse per worker, by default. One thread extracting
 * already keeps ~1.4 cores busy there (V8 compiles and collects garbage beside it), so two workers, each
 * loading its grammars and warming its code, only pay off with a few MiB of source each: DSA-110 (348
 * files, 3.1 MiB to parse) ran 2.66 s in this thread against 2.88 s with two workers (CPU 3.9 against
 * 5.2 s, 170 against 246 MB); langfuse (347 files, 5.2 MiB) 4.9 against 4.0 s. Measured on 2 cores only.
 */
export const MIN_PARSED_BYTES_PER_WORKER_2_CORES = 2 * 1024 * 1024;
/** The most files whose bytes the main thread reads ahead to count the work and order it (largest first). */
const LOOKAHEAD_FILES = 4096;
const LOOKAHEAD_BYTES = 48 * 1024 * 1024;
/** A batch: at most this many files, and no more source than this to parse (a large file goes alone). */
const BATCH = 32;
const BATCH_PARSE_BYTES = 256 * 1024;
const YOUNG_GENERATION_MB = 16;

/**
 * A worker's heap limit (V8 old generation, MiB) for files of at most `maxSize` bytes. A worker holds one
 * file at a time: its text (up to 2 bytes a character), the occurrences and directives found in it, and
 * the garbage of one query call over at most 64 KiB of source (src/extract/tree-sitter.ts) — the parse
 * tree itself lives in WASM memory, outside this limit. Measured with bench/worker-heap.mjs: 9 MiB with
 * no grammar in use, 41–45 MiB for the costliest realistic 0.8 MB files (one-line JSON of 12,000 URL
 * records, 30,000 small objects; a compose file of 9,000 services). 32 MiB plus 64 MiB per MiB of
 * lint.max_file_size (96 MiB at the default 1 MiB) leaves twice that; a file that still does not fit is
 * skipped with a notice, and costs only itself.
 */
export function workerHeapMb(maxSize: number): number {
  return 32 + Math.ceil((64 * maxSize) / (1024 * 1024));
}

/** Up to this many files to parse in one run, grammars compile with the baseline tier only (preferQuickCompile). */
export const QUICK_COMPILE_MAX_FILES = 128;

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
 * How many files to parse the look-ahead looks for before it stops: enough to size the pool, and to tell
 * a run with little to parse (its grammars compiled with the baseline tier only) from a long one, whatever
 * --jobs says — a -j 1 scan of 700 files of which 40 are parsed is a short run.
 */
export function lookaheadTarget(jobs: number | undefined, cores: number): number {
  return Math.max(jobs === undefined ? Math.min(cores, 8) * MIN_PARSED_PER_WORKER : BATCH + 1, QUICK_COMPILE_MAX_FILES + 1);
}

/**
 * How many workers extract a job of `parsed` files to parse (undefined: more than the look-ahead saw, a
 * long job) of `parsedBytes` bytes; 1 or less means none, the files are extracted in this thread. By
 * default one per core, but only as many as have MIN_PARSED_PER_WORKER files to parse each (and, on two
 * cores or fewer, MIN_PARSED_BYTES_PER_WORKER_2_CORES of source); with --jobs, up to that many, one per
 * batch.
 */
export function workerCount(parsed: number | undefined, jobs: number | undefined, cores: number, parsedBytes = Infinity): number {
  const known = parsed ?? Infinity;
  if (jobs !== undefined) return Math.min(jobs, Math.ceil(known / BATCH));
  const byBytes = cores <= 2 && parsed !== undefined ? Math.floor(parsedBytes / MIN_PARSED_BYTES_PER_WORKER_2_CORES) : Infinity;
  return Math.min(cores, Math.floor(known / MIN_PARSED_PER_WORKER), byBytes);
}

/** The look-ahead's files in the order they go out: those to parse largest first (ties in input order), then the rest. */
export function dispatchOrder<T extends { index: number; parse: boolean; bytes: number }>(ahead: readonly T[]): { toParse: T[]; cheap: T[] } {
  return {
    toParse: ahead.filter((w) => w.parse).sort((a, b) => b.bytes - a.bytes || a.index - b.index),
    cheap: ahead.filter((w) => !w.parse),
  };
}

/** A file of the look-ahead: read once here to weigh it; `parse` when it passes the prefilter. */
interface Weighed extends Slot {
  parse: boolean;
  bytes: number;
}

/**
 * Reads a file's bytes (unless the source gave them) and tells whether it will be parsed: decoding and
 * the prefilter are cheap next to parsing, and the main thread is otherwise idle while workers extract.
 * The bytes go with the file, so it is not read twice; a file that cannot be read is read again where it
 * is extracted, which says why.
 */
function weigh(index: number, sf: SourceFile, maxSize: number): Weighed {
  let bytes: Buffer | undefined;
  if (sf.bytes) bytes = Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength);
  else {
    const read = readBytes(sf, maxSize);
    if (read.kind === 'bytes') bytes = read.bytes;
  }
  if (!bytes) return { index, sf, parse: false, bytes: 0 };
  const decoded = decodeSource(sf, bytes);
  const parse = decoded.kind === 'text' && mayHoldPorts(decoded.text, decoded.language, sf.file);
  // The verdict goes with the bytes it was reached on: the extractor does not run the prefilter again.
  return { index, sf: { ...sf, bytes, prefiltered: parse }, parse, bytes: bytes.length };
}

/**
 * Extracts the files `source` yields, in that order. The main thread first reads ahead (up to 4,096 files
 * or 48 MiB) and weighs each file: whether it passes the prefilter, and its size. With `jobs` given
 * (--jobs) up to that many workers run (at most one per batch of files to parse); by default one per
 * core, but only as many as have 128 files to parse each (and on two cores 2 MiB of them) — below that
 * the files are extracted in this thread. Files to parse go out largest first, so no worker is left with
 * the longest file at the end; the rest of the source is consumed lazily, and files a worker needs no
 * parse for go in large batches.
 */
export async function scanFiles(source: Iterable<SourceFile>, maxSize: number, jobs?: number): Promise<FileResult[]> {
  const it = source[Symbol.iterator]();
  const ahead: Weighed[] = [];
  let taken = 0;
  let aheadBytes = 0;
  let parsed = 0;
  let exhausted = false;
  const pull = (): Weighed | undefined => {
    if (exhausted) return undefined;
    const n = it.next();
    if (n.done) {
      exhausted = true;
      return undefined;
    }
    return weigh(taken++, n.value, maxSize);
  };
  const cores = defaultJobs();
  const enough = lookaheadTarget(jobs, cores);
  // On two cores the default also weighs how much source there is to parse (workerCount).
  const enoughBytes = jobs === undefined && cores <= 2 ? cores * MIN_PARSED_BYTES_PER_WORKER_2_CORES : 0;
  let parsedBytes = 0;
  while ((parsed < enough || parsedBytes < enoughBytes) && ahead.length < LOOKAHEAD_FILES && aheadBytes < LOOKAHEAD_BYTES) {
    const w = pull();
    if (!w) break;
    ahead.push(w);
    aheadBytes += w.bytes;
    if (w.parse) {
      parsed++;
      parsedBytes += w.bytes;
    }
  }
  const limit = workerCount(exhausted ? parsed : undefined, jobs, cores, parsedBytes);
  const script = workerScript();
  if (limit <= 1 || !existsSync(script)) {
    // Little to parse: compiling the grammars' WASM with the baseline compiler only is far cheaper than
    // waiting for V8's optimising tier (the bash lexer alone blocks ~1 s); a long -j 1 scan keeps it.
    if (exhausted && parsed <= QUICK_COMPILE_MAX_FILES) preferQuickCompile(parsed, queryPlan(ahead.filter((w) => w.parse).map((w) => w.sf)));
    // The grammars the look-ahead's files are parsed with, loaded together before the first file: a grammar
    // first met mid-scan waited 0.3 s for its WASM compile, queued behind V8's background tier-up of the
    // grammars already in use (opentelemetry-demo -j 1, profiled). Embedded shell's bash is still loaded
    // when a file first has some.
    // A grammar that fails to load fails here for nothing: its files say so one by one, as without this.
    await Promise.all([...new Set(ahead.flatMap((w) => (w.parse && w.sf.language ? [w.sf.language] : [])))].map((language) => prepareLanguage(language).catch(() => undefined)));
    const results: FileResult[] = [];
    // Garbage bounded to about what is alive (src/gc.ts): extracting file after file in this thread is one
    // long task, whose garbage V8 lets grow to several times the occurrences kept.
    const budget = new GarbageBudget();
    for (let i = 0; i < ahead.length; i++) {
      const { sf } = ahead[i]!;
      // Each file's bytes let go once it is extracted, not when the last file of the look-ahead is.
      (ahead as (Weighed | undefined)[])[i] = undefined;
      results.push(await scanFile(sf, maxSize));
      budget.check();
    }
    ahead.length = 0;
    for (let n = it.next(); !n.done; n = it.next()) {
      results.push(await scanFile(n.value, maxSize));
      budget.check();
    }
    return results;
  }

  // Files to parse, largest first; then the others. Each entry of a batch carries its place in the
  // output, so a file retried after a worker died still lands where it belongs.
  const { toParse, cheap } = dispatchOrder(ahead);
  ahead.length = 0;
  const results: FileResult[] = [];
  /** Files a dead worker never reached: taken before new ones, by whichever worker is free next. */
  const retry: Slot[] = [];
  const takeBatch = (): Slot[] => {
    if (retry.length > 0) return retry.splice(0, BATCH);
    const batch: Slot[] = [];
    let toParseHere = 0;
    let bytes = 0;
    // Up to BATCH files to parse (and no more than BATCH_PARSE_BYTES of them), or four times as many
    // files that need no parse: those cost a read and a regex, their messages more than their work.
    while (toParseHere < BATCH && bytes < BATCH_PARSE_BYTES && batch.length < 4 * BATCH) {
      // The look-ahead first (its largest files before anything else), then the rest of the source in order.
      const w = toParse.shift() ?? cheap.shift() ?? pull();
      if (!w) break;
      batch.push({ index: w.index, sf: w.sf });
      if (w.parse) {
        toParseHere++;
        bytes += w.bytes;
      }
    }
    return batch;
  };
  /** Files weighed ahead of the workers: two batches of files to parse per worker, and a bounded number of others. */
  const topUp = (): void => {
    while (toParse.length < 2 * BATCH * limit && cheap.length < 8 * BATCH * limit) {
      const w = pull();
      if (!w) return;
      (w.parse ? toParse : cheap).push(w);
    }
  };

  const heapMb = workerHeapMb(maxSize);
  const live = new Set<PoolWorker>();
  const spawn = () => {
    const w = new PoolWorker(script, heapMb, () => live.delete(w));
    live.add(w);
    return w;
  };

  /**
   * One worker's share of the work: batches until none are left. When its worker dies, the files it had
   * finished keep their results, the first one it had not is run alone in a fresh worker — if that dies
   * too, the file is skipped with a notice saying why — and the rest go back to the queue.
   */
  const lane = async (): Promise<void> => {
    let worker: PoolWorker | undefined;
    try {
      for (let batch = takeBatch(); batch.length > 0; batch = takeBatch()) {
        worker ??= spawn();
        const pending = worker.run(batch, maxSize);
        // Weigh the next files while the worker extracts these, so no worker waits for this thread.
        topUp();
        const run = await pending;
        batch.forEach((slot, k) => {
          const r = run.results[k];
          if (r) results[slot.index] = r;
        });
        if (!run.death) continue;
        worker = undefined;
        const missing = batch.filter((_, k) => !run.results[k]);
        const suspect = missing.shift();
        retry.unshift(...missing);
        if (!suspect) continue;
        // A worker works through its batch in order: the file it was stopped on is the first unfinished one,
        // and running it alone would only spend the budget again.
        if (run.death.timedOut) {
          results[suspect.index] = crashed(suspect.sf.file, deathReason(run.death, suspect.sf, maxSize));
          continue;
        }
        const alone = spawn();
        const solo = await alone.run([suspect], maxSize);
        if (solo.results[0]) {
          results[suspect.index] = solo.results[0];
          worker = alone;
        } else results[suspect.index] = crashed(suspect.sf.file, deathReason(solo.death!, suspect.sf, maxSize));
      }
    } finally {
      await worker?.terminate();
    }
  };

  try {
    const lanes: Promise<void>[] = [];
    for (let k = 0; k < limit; k++) lanes.push(lane());
    // allSettled first: no lane may still be starting workers when the others have been torn down.
    const settled = await Promise.allSettled(lanes);
    for (const s of settled) if (s.status === 'rejected') throw s.reason;
  } finally {
    await Promise.all([...live].map((w) => w.terminate()));
  }
  return results;
}

interface Slot {
  /** Place in the output (the order files came from the source). */
  index: number;
  sf: SourceFile;
}

interface Death {
  error?: Error & { code?: string };
  code: number;
  /** Stopped because one file took longer than fileTimeBudgetMs(). */
  timedOut?: boolean;
}

interface Run {
  /** By position in the batch; missing for the files the worker did not finish. */
  results: (FileResult | undefined)[];
  death?: Death;
}

/** A worker thread that runs one batch at a time and reports its death instead of failing the scan. */
class PoolWorker {
  private readonly worker: Worker;
  private current: { id: number; results: (FileResult | undefined)[]; left: number; done: (run: Run) => void } | undefined;
  private error: (Error & { code?: string }) | undefined;
  private death: Death | undefined;
  private ids = 0;
  private watchdog: NodeJS.Timeout | undefined;
  private timedOut = false;

  constructor(script: string, heapMb: number, onExit: () => void) {
    this.worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    this.worker.on('message', (res: WorkerResponse) => {
      const cur = this.current;
      if (!cur || res.id !== cur.id || cur.results[res.index]) return;
      cur.results[res.index] = compact(res.result);
      if (--cur.left === 0) {
        this.current = undefined;
        this.stopWatchdog();
        cur.done({ results: cur.results });
      } else this.startWatchdog(); // the next file gets a budget of its own
    });
    // An uncaught exception, the heap limit (ERR_WORKER_OUT_OF_MEMORY) or a WASM trap; 'exit' follows.
    this.worker.on('error', (err) => (this.error ??= err));
    // Any end — process.exit in a dependency, a silent exit, terminate() — settles the batch in flight.
    this.worker.on('exit', (code) => {
      this.stopWatchdog();
      this.death = { code, ...(this.error && { error: this.error }), ...(this.timedOut && { timedOut: true }) };
      onExit();
      const cur = this.current;
      this.current = undefined;
      cur?.done({ results: cur.results, death: this.death });
    });
  }

  run(files: Slot[], maxSize: number): Promise<Run> {
    if (this.death) return Promise.resolve({ results: [], death: this.death });
    return new Promise((done) => {
      const id = this.ids++;
      this.current = { id, results: new Array(files.length), left: files.length, done };
      this.worker.postMessage({ id, files: files.map((f) => f.sf), maxSize } satisfies WorkerRequest);
      this.startWatchdog();
    });
  }

  /** (Re)arms the per-file budget: a worker that reports no file for that long is stopped. */
  private startWatchdog(): void {
    this.stopWatchdog();
    this.watchdog = setTimeout(() => {
      this.timedOut = true;
      void this.worker.terminate();
    }, fileTimeBudgetMs());
  }

  private stopWatchdog(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = undefined;
  }

  async terminate(): Promise<void> {
    await this.worker.terminate();
  }
}

const interned = new Map<string, string>();
const intern = (s: string) => {
  const known = interned.get(s);
  if (known !== undefined) return known;
  interned.set(s, s);
  return s;
};

/**
 * A result as it arrives from a worker has its own copy of every string of every occurrence; the file,
 * language and kind are shared again, as they are when extracted in this thread (a 100k-file scan keeps
 * hundreds of thousands of occurrences until its rules have run).
 */
function compact(result: FileResult): FileResult {
  for (const o of result.occurrences) {
    o.file = result.file;
    o.language = intern(o.language) as typeof o.language;
    o.kind = intern(o.kind) as typeof o.kind;
  }
  return result;
}

/** Why a file's worker died, for its notice: the heap limit (with the file's size and shape) or a crash. */
function deathReason(death: Death, sf: SourceFile, maxSize: number): string {
  if (death.timedOut) return timeoutReason(bytesOf(sf, maxSize));
  if (death.error?.code === 'ERR_WORKER_OUT_OF_MEMORY') return `extraction ran out of memory (${describeBytes(bytesOf(sf, maxSize))})`;
  if (death.error) return `extraction crashed (${death.error.message.split('\n', 1)[0]!.trim()})`;
  return `extraction crashed (its thread exited with code ${death.code})`;
}

/** "N bytes", and ", minified" for a file whose lines average over 110 characters (GitHub linguist's test). */
function bytesOf(sf: SourceFile, maxSize: number): Buffer | undefined {
  if (sf.bytes) return Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength);
  const read = readBytes(sf, maxSize);
  return read.kind === 'bytes' ? read.bytes : undefined;
}
