// Content-based finding fingerprints: rule, path, kind and the normalized line — never a line number.
import { createHash } from 'node:crypto';
import type { Finding } from './types.js';

/** Whitespace other than single inner spaces: what normalizeSnippet changes. */
const UNNORMALIZED = /^\s|\s$|\s\s|[^\S ]/;

export function normalizeSnippet(text: string): string {
  // A snippet already in shape (most are: extractors trim them) is returned itself, not a copy: a finding
  // then shares its occurrence's string (issue 11: 234,000 copies of ~30 bytes).
  if (!UNNORMALIZED.test(text)) return text;
  return text.trim().replace(/\s+/g, ' ');
}

/** The part of a fingerprint shared by findings of one rule on identical lines of one file. */
export function fingerprintBase(ruleId: string, file: string, kind: string, snippet: string): string {
  // The first 16 bytes as hex: the same 32 characters as digest('hex').slice(0, 32), without a slice
  // that keeps the 64-character digest alive for as long as the finding (issue 11: ~60 bytes a finding).
  return createHash('sha256')
    .update([ruleId, file, kind, normalizeSnippet(snippet)].join('\u0000'))
    .digest()
    .toString('hex', 0, 16);
}

/**
 * Appends an occurrence index to each base so that two findings with the same base (the same line
 * repeated, or two ports on one line) stay distinct. `findings` must already be in output order.
 */
export function indexFingerprints(findings: Finding[]): void {
  // A base includes the file, so equal bases are findings of one file: in output order (sorted by file)
  // the counts of one file at a time are enough, not a map of every finding of the scan.
  let seen = new Map<string, number>();
  let file: string | undefined;
  for (const f of findings) {
    if (f.file !== file) {
      file = f.file;
      seen = new Map();
    }
    const n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1);
    // join, not a template: a template makes a rope of three strings, held by each finding; join one flat string.
    f.fingerprint = [f.fingerprint, n].join(':');
  }
}
