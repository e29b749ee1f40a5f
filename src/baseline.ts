// Baselines: known findings recorded by content (rule, normalized line, port) and count per file, so a
// CI can gate only new problems. No line numbers, no absolute paths; renamed files still match.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { compareStrings, type Finding } from './types.js';

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

export class BaselineError extends Error {}

export function readBaseline(file: string): Baseline | undefined {
  if (!existsSync(file)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new BaselineError(`${file}: not a port-lint baseline (invalid JSON: ${(err as Error).message})`);
  }
  const d = data as Partial<Baseline>;
  if (d.version !== BASELINE_VERSION || !Array.isArray(d.entries)) {
    throw new BaselineError(`${file}: not a port-lint baseline of version ${BASELINE_VERSION}; recreate it with --update-baseline`);
  }
  return { version: d.version, entries: d.entries };
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
