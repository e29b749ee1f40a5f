// What formatters share about findings: the error count, and the fields a formatter does not know by name.
import type { Finding } from '../types.js';

/** The fields every formatter places itself (or keeps internal: the snippet is SARIF's context only). */
const KNOWN = new Set(['ruleId', 'severity', 'message', 'file', 'range', 'port', 'service', 'fingerprint', 'snippet', 'fix', 'evidence']);

/**
 * A finding's other fields (an optional field added to Finding later, such as evidence), passed through
 * as they are — JSON as result properties, SARIF under result.properties — so a new field reaches the
 * machine-readable reports without each formatter learning its name. Undefined values are left out.
 */
export function extraFields(f: Finding): Record<string, unknown> {
  let extra: Record<string, unknown> | undefined;
  for (const key of Object.keys(f)) {
    if (KNOWN.has(key)) continue;
    const value = (f as unknown as Record<string, unknown>)[key];
    if (value === undefined) continue;
    (extra ??= {})[key] = value;
  }
  return extra ?? NONE;
}

const NONE: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/** A count, not a filtered copy: a report of 200,000 findings need not hold a second array of them. */
export function countErrors(findings: readonly Finding[]): number {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return errors;
}
