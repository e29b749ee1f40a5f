// The extraction cache (--cache): each file's extraction result keyed by its content hash, valid only
// for the same port-lint version and the same extractor code and queries. A corrupt or foreign cache
// is ignored with a notice, never trusted.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath, VERSION } from './paths.js';
import type { FileResult } from './scan-file.js';
import type { Notice } from './types.js';

export const CACHE_FORMAT = 1;
export const DEFAULT_CACHE_LOCATION = '.port-lint-cache';

interface CacheFile {
  tool: 'port-lint';
  format: number;
  key: string;
  files: Record<string, { hash: string; result: FileResult }>;
}

let cachedKey: string | undefined;

/** What invalidates every entry: the version, the query files, the grammars' manifest and the extractor code. */
export function cacheKey(): string {
  if (cachedKey) return cachedKey;
  const h = createHash('sha256').update(`port-lint ${VERSION}\n`);
  const grammars = packagePath('grammars');
  for (const f of (readdirSync(grammars, { recursive: true }) as string[]).filter((x) => x.endsWith('.scm') || x === 'manifest.json').sort()) {
    h.update(f).update(readFileSync(path.join(grammars, f)));
  }
  // port-lint's own code (compiled .js when installed, .ts sources under test): any change to what reads,
  // classifies or extracts a file invalidates the cache, without a list to keep up to date.
  const here = path.dirname(fileURLToPath(import.meta.url));
  const ext = path.extname(fileURLToPath(import.meta.url));
  const sources = (readdirSync(here, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).sort();
  for (const f of sources) h.update(f).update(readFileSync(path.join(here, f)));
  cachedKey = h.digest('hex');
  return cachedKey;
}

export function contentHash(bytes: Buffer): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** writeSync until every byte is out: a short write must not leave a truncated cache behind. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

export class ExtractionCache {
  private entries = new Map<string, { hash: string; result: FileResult }>();
  private dirty = false;

  private constructor(
    readonly file: string,
    private readonly key: string,
  ) {}

  /** Opens the cache at `file`; a missing file is an empty cache, a bad one is ignored with a notice. */
  static open(file: string, notices: Notice[]): ExtractionCache {
    const cache = new ExtractionCache(file, cacheKey());
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return cache;
    }
    try {
      const data = JSON.parse(text) as Partial<CacheFile>;
      if (data.tool !== 'port-lint' || data.format !== CACHE_FORMAT || typeof data.files !== 'object' || data.files === null) {
        notices.push({ level: 'note', message: `cache ${file} is not a port-lint cache of this format; ignored and rebuilt` });
        return cache;
      }
      if (data.key !== cache.key) return cache; // another version or other extractors: start afresh, silently
      for (const [f, e] of Object.entries(data.files)) {
        if (e && typeof e.hash === 'string' && e.result && Array.isArray(e.result.occurrences)) cache.entries.set(f, e);
      }
    } catch {
      notices.push({ level: 'note', message: `cache ${file} is corrupt; ignored and rebuilt` });
    }
    return cache;
  }

  get(file: string, hash: string): FileResult | undefined {
    const e = this.entries.get(file);
    return e && e.hash === hash ? e.result : undefined;
  }

  set(file: string, hash: string, result: FileResult): void {
    this.entries.set(file, { hash, result });
    this.dirty = true;
  }

  /**
   * Writes the cache (atomically) if anything changed, without the entries of files that no longer exist;
   * a failure to write is a notice, not an error.
   */
  save(notices: Notice[], exists: (file: string) => boolean): void {
    for (const file of this.entries.keys()) {
      if (!exists(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      // Written entry by entry: one JSON string of every result would cost as much memory as the cache.
      const fd = openSync(tmp, 'w');
      try {
        let chunk = `{"tool":"port-lint","format":${CACHE_FORMAT},"key":${JSON.stringify(this.key)},"files":{`;
        let first = true;
        for (const [file, entry] of this.entries) {
          chunk += `${first ? '' : ','}${JSON.stringify(file)}:${JSON.stringify(entry)}`;
          first = false;
          if (chunk.length >= 1 << 20) {
            writeAll(fd, chunk);
            chunk = '';
          }
        }
        writeAll(fd, `${chunk}}}`);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, this.file);
    } catch (err) {
      rmSync(tmp, { force: true });
      notices.push({ level: 'warning', message: `cache ${this.file} could not be written: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    }
  }
}
