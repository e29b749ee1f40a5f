// What every formatter receives besides the findings.
import type { Rule } from '../rule.js';
import type { Finding, Notice, Severity } from '../types.js';

export interface RuleDescriptor {
  rule: Rule<string, any>;
  /** Severity this run gives the rule; 'off' when disabled. */
  severity: Severity | 'off';
  /** The rule's documentation page (markdown), read by the caller: formatters do no I/O. */
  docs: string;
}

export interface ReportContext {
  /** Directory paths are shown relative to in human formats. */
  cwd: string;
  /** Directory finding paths are relative to (the repository root); SARIF's %SRCROOT%. */
  root: string;
  color: boolean;
  /** Every rule known to this run, enabled or not (SARIF lists them all). */
  rules: RuleDescriptor[];
  notices: Notice[];
  version: string;
  /** SARIF automationDetails category. */
  sarifCategory: string;
  filesScanned: number;
  /** Findings dropped by inline suppressions, and excused by the baseline, for the summary line. */
  suppressed?: number;
  baselined?: number;
}

/** A formatter is pure: findings and context in, the whole output text out. */
export type Formatter = (findings: readonly Finding[], context: ReportContext) => string;

/**
 * A formatter that yields its output in pieces (a finding, a file's group) as it is read: a report of
 * 200,000 findings is written without ever being one 100 MB string (issue 11). Pure, as a Formatter;
 * the pieces joined are exactly the Formatter's text.
 */
export type ReportWriter = (findings: readonly Finding[], context: ReportContext) => Iterable<string>;

/** The whole text of a streamed report, for callers that want one string (the API, tests). */
export function whole(writer: ReportWriter): Formatter {
  return (findings, context) => {
    let text = '';
    for (const piece of writer(findings, context)) text += piece;
    return text;
  };
}
