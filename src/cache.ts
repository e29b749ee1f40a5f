// The extraction cache (--cache): each file's extraction result keyed by its content hash, valid only
// for the same port-lint version and the same extractor code and queries. A damaged cache or entry is
// ignored with a notice, never trusted; a file that is not a cache is never overwritten.
import { createHash } from 'node:crypto';
import { closeSync, constants, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import { UsageError } from './errors.js';
import { packagePath, VERSION } from './paths.js';
import { removeStaleTempFiles, safeWriteFile, writeRootFor, WriteError } from './safe-write.js';
import type { FileResult } from './scan-file.js';
import type { DirectiveKind } from './suppress.js';
import type { LanguageId, Notice, OccurrenceKind } from './types.js';
import { readUserFile, UserFileError } from './user-file.js';
import { plural } from './util/text.js';

export const CACHE_FORMAT = 1;
export const DEFAULT_CACHE_LOCATION = '.port-lint-cache';

interface CacheEntry {
  hash: string;
  result: FileResult;
}

interface CacheFile {
  tool: 'port-lint';
  format: number;
  key: string;
  files: Record<string, CacheEntry>;
  /** sha1 of the file's text before `,"sum":` — tells a file port-lint wrote from one edited since. */
  sum?: string;
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

/** The largest cache read: near V8's longest string, which JSON.parse needs the whole file as. */
export const MAX_CACHE_BYTES = 500 * 1024 * 1024;

// Every value the engine takes from a cache entry is checked: a hand-edited or damaged entry (no `status`,
// `port: "abc"`, an occurrence `null`) is dropped and extracted again, never trusted (test/cache.test.ts).
const LANGUAGES = ['typescript', 'tsx', 'javascript', 'python', 'shell', 'dockerfile', 'compose', 'yaml', 'json', 'env', 'package-json', 'ports-yaml'] as const satisfies readonly LanguageId[];
const KINDS = [
  'publish-host', 'publish-container', 'expose', 'listen', 'connect', 'url', 'address', 'env-assign', 'env-default', 'cli-flag',
  'property', 'parameter-default', 'constant', 'argument',
] as const satisfies readonly OccurrenceKind[];
const DIRECTIVE_KINDS = ['next-line', 'line', 'file'] as const satisfies readonly DirectiveKind[];
// A language, kind or directive added to the types without being added here fails to compile.
const complete: [Exclude<LanguageId, (typeof LANGUAGES)[number]> | Exclude<OccurrenceKind, (typeof KINDS)[number]> | Exclude<DirectiveKind, (typeof DIRECTIVE_KINDS)[number]>] extends [never] ? true : never = true;
void complete;

const PORT = { type: 'integer', minimum: 0, maximum: 65535 };
const POSITION = { type: 'object', required: ['line', 'column'], properties: { line: { type: 'integer', minimum: 1 }, column: { type: 'integer', minimum: 1 } } };
const RANGE = { type: 'object', required: ['start', 'end'], properties: { start: POSITION, end: POSITION } };
const STRING = { type: 'string' };
const OCCURRENCE = {
  type: 'object',
  required: ['file', 'language', 'range', 'port', 'text', 'kind', 'comment', 'snippet'],
  properties: {
    file: STRING,
    language: { enum: LANGUAGES },
    range: RANGE,
    port: { type: ['integer', 'null'], minimum: 0, maximum: 65535 },
    portEnd: PORT,
    text: STRING,
    kind: { enum: KINDS },
    name: STRING,
    variable: STRING,
    defaultOf: STRING,
    host: STRING,
    hostIp: STRING,
    protocol: STRING,
    scheme: STRING,
    service: STRING,
    profiles: { type: 'array', items: STRING },
    target: PORT,
    comment: { type: 'boolean' },
    snippet: STRING,
  },
};
const DIRECTIVE = {
  type: 'object',
  required: ['kind', 'rules', 'line', 'range', 'snippet'],
  properties: { kind: { enum: DIRECTIVE_KINDS }, rules: { type: 'array', items: STRING }, reason: STRING, line: { type: 'integer', minimum: 1 }, range: RANGE, snippet: STRING },
};
const NOTICE = { type: 'object', required: ['level', 'message'], properties: { file: STRING, level: { enum: ['note', 'warning', 'error'] }, message: STRING } };
const ENTRY = {
  type: 'object',
  required: ['hash', 'result'],
  properties: {
    hash: { type: 'string', minLength: 1 },
    result: {
      type: 'object',
      required: ['file', 'status', 'occurrences', 'directives', 'notices'],
      properties: {
        file: STRING,
        status: { enum: ['scanned', 'skipped', 'ignored'] },
        occurrences: { type: 'array', items: OCCURRENCE },
        directives: { type: 'array', items: DIRECTIVE },
        notices: { type: 'array', items: NOTICE },
      },
    },
  },
};

let validateEntry: ValidateFunction | undefined;

/** Whether `e` is a well-formed entry for `file`: every field the engine reads, of the right type. */
function validEntry(file: string, e: unknown): e is CacheEntry {
  // validateSchema off: the schema is port-lint's own, and checking it against the meta-schema costs more
  // than validating a small cache.
  validateEntry ??= new Ajv({ allErrors: false, strict: false, validateSchema: false }).compile(ENTRY);
  if (!validateEntry(e)) return false;
  const { result } = e as CacheEntry;
  return result.file === file && result.occurrences.every((o) => o.file === file);
}

/** Ends a cache file: the sha1 of everything before it, as written. */
const SUM_MARK = ',"sum":"';

/** Whether a cache file's text is byte for byte what port-lint wrote: its closing checksum matches. */
function intact(text: string): boolean {
  const at = text.lastIndexOf(SUM_MARK);
  if (at < 0 || !/^[0-9a-f]{40}"\}$/.test(text.slice(at + SUM_MARK.length))) return false;
  return createHash('sha1').update(text.slice(0, at)).digest('hex') === text.slice(at + SUM_MARK.length, at + SUM_MARK.length + 40);
}

/** Whether text that is not a valid cache still is one port-lint wrote (truncated or hand-edited). */
function looksLikeCache(head: string): boolean {
  // Cut inside the header itself (`{"to`): still nothing but the start of a cache.
  return /^\s*\{\s*"tool"\s*:\s*"port-lint"/.test(head) || '{"tool":"port-lint",'.startsWith(head);
}

function readHead(file: string, n: number): string {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0)).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** A cache file that must not be used or written: it is some other file, a FIFO or a device. */
function refuse(file: string, why: string): UsageError {
  return new UsageError(`cache ${file}: ${why}; port-lint will not overwrite it (name another file with --cache-location, or delete it)`);
}

export class ExtractionCache {
  private entries = new Map<string, CacheEntry>();
  private dirty = false;
  /** False when the file could not be read, so may not be ours to overwrite. */
  private writable = true;

  private constructor(
    readonly file: string,
    private readonly key: string,
    private readonly root: string,
  ) {}

  /**
   * Opens the cache at `file`; a missing file is an empty cache, a damaged one (corrupt, truncated,
   * hand-edited entries) is ignored with a notice and rebuilt. A file that is not a port-lint cache, or
   * not a regular file, is refused (UsageError): writing the cache would destroy it. Writes stay inside
   * `root` (see writeRootFor).
   */
  static open(file: string, notices: Notice[], root: string = path.dirname(file)): ExtractionCache {
    const cache = new ExtractionCache(file, cacheKey(), writeRootFor(file, root));
    let text: string;
    try {
      text = readUserFile(file, MAX_CACHE_BYTES).toString('utf8');
    } catch (err) {
      if (!(err instanceof UserFileError)) throw err;
      if (err.code === 'ENOENT') return cache;
      if (err.code === 'NOTFILE' || err.code === 'EISDIR') throw refuse(file, err.reason);
      if (err.code === 'TOOBIG' && looksLikeCache(readHead(file, 64))) {
        notices.push({ level: 'note', message: `cache ${file} is too big to load (${err.reason}); ignored and rebuilt` });
        return cache;
      }
      if (err.code === 'TOOBIG') throw refuse(file, 'it exists and is not a port-lint cache');
      cache.writable = false;
      notices.push({ level: 'warning', message: `cache ${file} cannot be read (${err.reason}); not used` });
      return cache;
    }
    if (text.trim() === '') return cache; // an empty file holds nothing to lose
    let data: Partial<CacheFile> | undefined;
    try {
      data = JSON.parse(text) as Partial<CacheFile>;
    } catch {
      if (!looksLikeCache(text.slice(0, 64))) throw refuse(file, 'it exists and is not a port-lint cache');
      notices.push({ level: 'note', message: `cache ${file} is corrupt; ignored and rebuilt` });
      return cache;
    }
    if (typeof data !== 'object' || data === null || data.tool !== 'port-lint') throw refuse(file, 'it exists and is not a port-lint cache');
    if (data.format !== CACHE_FORMAT || typeof data.files !== 'object' || data.files === null || Array.isArray(data.files)) {
      notices.push({ level: 'note', message: `cache ${file} is not a port-lint cache of this format; ignored and rebuilt` });
      return cache;
    }
    if (data.key !== cache.key) return cache; // another version or other extractors: start afresh, silently
    // A file exactly as port-lint wrote it (its checksum holds) has only entries port-lint made; any other
    // (hand-edited, or damaged yet still JSON) has each entry checked: validation costs more than the sum.
    if (intact(text)) {
      for (const [f, e] of Object.entries(data.files)) cache.entries.set(f, e);
      return cache;
    }
    let dropped = 0;
    for (const [f, e] of Object.entries(data.files)) {
      if (validEntry(f, e)) cache.entries.set(f, e);
      else dropped++;
    }
    if (dropped > 0) {
      cache.dirty = true;
      notices.push({ level: 'note', message: `cache ${file} has ${plural(dropped, 'malformed entry', 'malformed entries')}; ${dropped === 1 ? 'its file was' : 'their files were'} extracted again` });
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

  /** The cache file's text, about a megabyte at a time: one string of every result would cost as much memory as the cache. */
  private *chunks(): Generator<string> {
    const sum = createHash('sha1');
    let chunk = `{"tool":"port-lint","format":${CACHE_FORMAT},"key":${JSON.stringify(this.key)},"files":{`;
    let first = true;
    for (const [file, entry] of this.entries) {
      chunk += `${first ? '' : ','}${JSON.stringify(file)}:${JSON.stringify(entry)}`;
      first = false;
      if (chunk.length >= 1 << 20) {
        sum.update(chunk);
        yield chunk;
        chunk = '';
      }
    }
    chunk += '}';
    sum.update(chunk);
    yield `${chunk}${SUM_MARK}${sum.digest('hex')}"}`;
  }

  /**
   * Writes the cache (atomically: src/safe-write.ts) if anything changed, without the entries of files
   * that no longer exist; a failure to write is a notice, not an error. Temporary files of earlier runs
   * killed while saving are removed first.
   */
  save(notices: Notice[], exists: (file: string) => boolean): void {
    if (!this.writable) return;
    for (const file of this.entries.keys()) {
      if (!exists(file)) {
        this.entries.delete(file);
        this.dirty = true;
      }
    }
    if (!this.dirty) return;
    removeStaleTempFiles(this.file, { legacy: true });
    try {
      safeWriteFile(this.file, this.chunks(), { root: this.root });
    } catch (err) {
      const why = err instanceof WriteError ? err.detail : String(err);
      notices.push({ level: 'warning', message: `cache ${this.file} could not be written: ${why}` });
    }
  }
}
