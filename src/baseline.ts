// Baselines: known findings recorded by content (rule, normalized line, port) and count per file, so a
// CI can gate only new problems. No line numbers, no absolute paths; renamed files still match.
import { createHash } from 'node:crypto';
import { Ajv, type ValidateFunction } from 'ajv';
import { compareStrings, type Finding } from './types.js';
import { readUserFile, UserFileError } from './user-file.js';
import { visible } from './util/echo.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  rule: string;
  /** Root-relative POSIX path. */
  file: string;
  /** sha256 of rule, normalized line text and port — independent of the path and the line number. */
  fingerprint: string;
  count: number;
  /** The line, normalized, so reviewers of the baseline's diff see what it excuses. */
  snippet: string;
}

export interface Baseline {
  version: number;
  entries: BaselineEntry[];
}

export function contentKey(f: Finding): string {
  return createHash('sha256')
    .update([f.ruleId, f.snippet, f.port ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** Builds a baseline of `findings`, sorted, one entry per (file, rule, fingerprint) with its count. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const fingerprint = contentKey(f);
    const key = `${f.file}\u0000${f.ruleId}\u0000${fingerprint}`;
    const e = entries.get(key);
    if (e) e.count++;
    else entries.set(key, { rule: f.ruleId, file: f.file, fingerprint, count: 1, snippet: f.snippet });
  }
  const list = [...entries.values()].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.rule, b.rule) || compareStrings(a.fingerprint, b.fingerprint),
  );
  return { version: BASELINE_VERSION, entries: list };
}

export function serializeBaseline(b: Baseline): string {
  return `${JSON.stringify({ version: b.version, tool: 'port-lint', entries: b.entries }, null, 2)}\n`;
}

/** The largest baseline read: far above any real one (about 250 bytes an entry), far below what would hang. */
export const MAX_BASELINE_BYTES = 256 * 1024 * 1024;

/**
 * A baseline file that cannot be used. `replaceable`: it is a damaged port-lint baseline (truncated,
 * hand-edited, empty), which --update-baseline may overwrite; otherwise it may be some other file.
 */
export class BaselineError extends Error {
  constructor(
    message: string,
    readonly replaceable: boolean,
  ) {
    super(message);
    this.name = 'BaselineError';
  }
}

const ENTRY_SCHEMA = {
  type: 'object',
  required: ['rule', 'file', 'fingerprint', 'count', 'snippet'],
  properties: {
    rule: { type: 'string', minLength: 1 },
    file: { type: 'string', minLength: 1 },
    fingerprint: { type: 'string', minLength: 1 },
    // A whole number of findings: not 0, not negative, not 1e999 (Infinity once parsed).
    count: { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER },
    snippet: { type: 'string' },
  },
};

let validateEntries: ValidateFunction | undefined;

/** `entries[3].file` for ajv's `/entries/3/file`. */
function keyPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((p, s) => (/^\d+$/.test(s) ? `${p}[${s}]` : p === '' ? s : `${p}.${s}`), '');
}

/** What a JSON value is, in a few words, for messages about a hand-edited file. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`;
}

/** Whether text that is not a valid baseline still is one port-lint wrote (truncated or hand-edited). */
function looksLikeBaseline(text: string, data: unknown, parsed: boolean): boolean {
  if (text.trim() === '' || (parsed && data === null)) return true;
  // Truncated: the start of what serializeBaseline writes, possibly cut inside that start itself.
  if (!parsed) return /^\s*\{\s*"version"\s*:\s*\d+\s*,\s*"tool"\s*:\s*"port-lint"/.test(text.slice(0, 200)) || '{\n  "version": 1,\n  "tool": "port-lint",'.startsWith(text);
  if (typeof data !== 'object' || Array.isArray(data)) return false;
  const d = data as Record<string, unknown>;
  return d.tool === 'port-lint' || 'entries' in d;
}

/**
 * Reads and checks a baseline: undefined when `file` does not exist; BaselineError (one line naming the
 * file and what is wrong) when it is not a regular file, too big, not JSON, or an entry is malformed.
 */
export function readBaseline(file: string, display: string = file): Baseline | undefined {
  let bytes: Buffer;
  try {
    bytes = readUserFile(file, MAX_BASELINE_BYTES);
  } catch (err) {
    if (err instanceof UserFileError) {
      if (err.code === 'ENOENT') return undefined;
      throw new BaselineError(`${display}: ${err.reason}`, false);
    }
    throw err;
  }
  // A BOM (added by some Windows editors) is not part of the JSON.
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const replaceable = looksLikeBaseline(text, undefined, false) || text.trim() === '';
    const why = text.trim() === '' ? 'the file is empty' : `invalid JSON: ${visible((err as Error).message, 120)}`;
    throw new BaselineError(`${display}: not a port-lint baseline (${why}); recreate it with --update-baseline`, replaceable);
  }
  const replaceable = looksLikeBaseline(text, data, true);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new BaselineError(`${display}: not a port-lint baseline (the file holds ${kindOf(data)}, not an object); recreate it with --update-baseline`, replaceable);
  }
  const d = data as { version?: unknown; entries?: unknown };
  if (d.version !== BASELINE_VERSION || !Array.isArray(d.entries)) {
    throw new BaselineError(`${display}: not a port-lint baseline of version ${BASELINE_VERSION}; recreate it with --update-baseline`, replaceable);
  }
  validateEntries ??= new Ajv({ allErrors: false, strict: false, validateSchema: false }).compile({ type: 'array', items: ENTRY_SCHEMA });
  if (!validateEntries(d.entries)) {
    const e = validateEntries.errors![0]!;
    const at = `entries${keyPath(e.instancePath).replace(/^(?=\w)/, '.')}`;
    throw new BaselineError(`${display}: not a valid port-lint baseline: ${at} ${e.message ?? 'is malformed'}; fix it or recreate it with --update-baseline`, replaceable);
  }
  return { version: BASELINE_VERSION, entries: d.entries as BaselineEntry[] };
}

export interface BaselineMatch {
  /** Findings not in the baseline: the ones to report. */
  fresh: Finding[];
  /** How many findings the baseline excused. */
  matched: number;
  /** Baseline entries (counted per finding) no finding matched any more: fixed problems. */
  stale: number;
}

/**
 * Subtracts the baseline. Entries match findings of the same file first; entries whose file is gone
 * (`fileExists` false) then match findings of files the baseline does not know — a rename or a move.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
  fileExists: (file: string) => boolean,
  inScope: (file: string) => boolean = () => true,
): BaselineMatch {
  const remaining = new Map<string, number>();
  const byKey = (file: string, rule: string, fp: string) => `${file}\u0000${rule}\u0000${fp}`;
  for (const e of baseline.entries) remaining.set(byKey(e.file, e.rule, e.fingerprint), e.count);
  const knownFiles = new Set(baseline.entries.map((e) => e.file));
  const orphans = new Map<string, { key: string; left: number }[]>();
  for (const e of baseline.entries) {
    if (fileExists(e.file)) continue;
    const k = `${e.rule}\u0000${e.fingerprint}`;
    orphans.set(k, [...(orphans.get(k) ?? []), { key: byKey(e.file, e.rule, e.fingerprint), left: e.count }]);
  }
  const fresh: Finding[] = [];
  let matched = 0;
  const unmatched: Finding[] = [];
  for (const f of findings) {
    const key = byKey(f.file, f.ruleId, contentKey(f));
    const left = remaining.get(key) ?? 0;
    if (left > 0) {
      remaining.set(key, left - 1);
      matched++;
    } else {
      unmatched.push(f);
    }
  }
  for (const f of unmatched) {
    const candidates = knownFiles.has(f.file) ? undefined : orphans.get(`${f.ruleId}\u0000${contentKey(f)}`);
    const slot = candidates?.find((c) => (remaining.get(c.key) ?? 0) > 0);
    if (slot) {
      remaining.set(slot.key, remaining.get(slot.key)! - 1);
      matched++;
    } else {
      fresh.push(f);
    }
  }
  let stale = 0;
  for (const e of baseline.entries) {
    if (inScope(e.file)) stale += remaining.get(byKey(e.file, e.rule, e.fingerprint)) ?? 0;
  }
  return { fresh, matched, stale };
}

/** A refreshed baseline: the current findings, plus the old entries of files the scan did not cover. */
export function refreshBaseline(findings: readonly Finding[], old: Baseline | undefined, inScope: (file: string) => boolean): Baseline {
  const fresh = createBaseline(findings);
  if (!old) return fresh;
  const kept = old.entries.filter((e) => !inScope(e.file));
  const entries = [...fresh.entries, ...kept].sort(
    (a, b) => compareStrings(a.file, b.file) || compareStrings(a.rule, b.rule) || compareStrings(a.fingerprint, b.fingerprint),
  );
  return { version: BASELINE_VERSION, entries };
}
