// Inline suppressions: `port-lint-disable-next-line [rules] -- reason`, `-disable-line`, `-disable-file`,
// in any language's comment syntax; unused ones are reported as unused-suppression.
import { fingerprintBase, normalizeSnippet } from './fingerprint.js';
import type { Finding, Severity, SourceRange } from './types.js';
import { suggest } from './util/suggest.js';

export type DirectiveKind = 'next-line' | 'line' | 'file';

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids it names; empty = every rule. */
  rules: string[];
  reason?: string;
  /** 1-based line of the comment holding the directive. */
  line: number;
  range: SourceRange;
  snippet: string;
}

// After a comment marker (#, //, /*, <!--, --, ;): the directive, its rule list, and an optional reason.
const DIRECTIVE =
  /(?:#|\/\/|\/\*|<!--|--|;)\s*port-lint-disable-(next-line|line|file)\b([^\n]*?)(?:\s*(?:\*\/|-->))?\s*$/;

/**
 * Whether a string is open at `end` of `line`: one quote state across the line, backslash escapes
 * honoured, so an apostrophe inside "server's up" opens nothing.
 */
function quoteOpenAt(line: string, end: number): boolean {
  let quote = '';
  for (let i = 0; i < end; i++) {
    const c = line[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote === '') {
      if (c === '"' || c === "'" || c === '`') quote = c;
    } else if (c === quote) quote = '';
  }
  return quote !== '';
}

/** Every directive in a file's text, in line order. */
export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes('port-lint-disable')) return out;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    // `"add // port-lint-disable-file to …"` is a string that mentions a directive: a quote left open
    // before the comment marker means the marker is inside a string (the reason may hold apostrophes).
    if (quoteOpenAt(raw, m.index)) return;
    const kind = m[1] as DirectiveKind;
    const rest = m[2] ?? '';
    const dash = rest.indexOf('--');
    const ruleText = dash >= 0 ? rest.slice(0, dash) : rest;
    const reason = dash >= 0 ? rest.slice(dash + 2).trim() : undefined;
    const rules = ruleText
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter(Boolean);
    const start = raw.indexOf('port-lint-disable');
    const d: Directive = {
      kind,
      rules,
      line: i + 1,
      range: { start: { line: i + 1, column: start + 1 }, end: { line: i + 1, column: raw.trimEnd().length + 1 } },
      snippet: raw.trim(),
    };
    if (reason) d.reason = reason;
    out.push(d);
  });
  return out;
}

export interface SuppressOptions {
  /** Severity of unused-suppression findings, or 'off'. */
  reportUnused: Severity | 'off';
  /** Ids of all rules, to flag directives naming an unknown one. */
  knownRules: readonly string[];
}

export interface SuppressResult {
  kept: Finding[];
  suppressed: number;
  /** unused-suppression findings (unused directives, unknown rule names). */
  problems: Finding[];
}

function covers(d: Directive, f: Finding): boolean {
  if (d.rules.length > 0 && !d.rules.includes(f.ruleId)) return false;
  const line = f.range.start.line;
  if (d.kind === 'file') return true;
  if (d.kind === 'line') return line === d.line;
  return line === d.line + 1;
}

export const UNUSED_SUPPRESSION = 'unused-suppression';

/**
 * Drops findings covered by a directive of their file. A directive (or one of its rule names) that
 * covers nothing is reported, as is a rule name port-lint does not know.
 */
export function applySuppressions(
  findings: Finding[],
  directives: ReadonlyMap<string, Directive[]>,
  options: SuppressOptions,
): SuppressResult {
  const used = new Map<Directive, Set<string>>();
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const list = directives.get(f.file);
    const hit = list?.find((d) => covers(d, f));
    if (!hit) {
      kept.push(f);
      continue;
    }
    suppressed++;
    const set = used.get(hit) ?? new Set<string>();
    set.add(f.ruleId);
    used.set(hit, set);
  }
  const problems: Finding[] = [];
  if (options.reportUnused !== 'off') {
    const severity = options.reportUnused;
    for (const [file, list] of directives) {
      for (const d of list) {
        const report = (message: string) =>
          problems.push({
            ruleId: UNUSED_SUPPRESSION,
            severity,
            message,
            file,
            range: d.range,
            fingerprint: fingerprintBase(UNUSED_SUPPRESSION, file, 'directive', d.snippet),
            snippet: normalizeSnippet(d.snippet),
          });
        const unknown = d.rules.filter((r) => !options.knownRules.includes(r));
        for (const r of unknown) {
          report(`port-lint-disable-${d.kind} names unknown rule "${r}"${suggest(r, options.knownRules)}`);
        }
        const hits = used.get(d);
        if (!hits) {
          report(`Unused port-lint-disable-${d.kind}${d.rules.length ? ` (${d.rules.join(', ')})` : ''}: nothing here is reported; remove it`);
          continue;
        }
        const idle = d.rules.filter((r) => options.knownRules.includes(r) && !hits.has(r));
        if (idle.length > 0) {
          report(`port-lint-disable-${d.kind} lists ${idle.join(', ')}, which report${idle.length === 1 ? 's' : ''} nothing here; remove ${idle.length === 1 ? 'it' : 'them'}`);
        }
      }
    }
  }
  return { kept, suppressed, problems };
}
