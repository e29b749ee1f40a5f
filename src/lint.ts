// Runs the enabled rules over the registry and the occurrences and returns sorted, fingerprinted findings.
import { Ajv } from 'ajv';
import { Attributor } from './attribution.js';
import { ConfigError, UsageError } from './errors.js';
import { fingerprintBase, indexFingerprints, normalizeSnippet } from './fingerprint.js';
import type { Registry } from './registry/registry.js';
import type { RuleSetting } from './registry/types.js';
import { formatMessage, type Location, type Report, type Rule, type RuleContext } from './rule.js';
import { compareFindings, comparePositions, type Finding, type PortOccurrence, type Severity, type SourceRange } from './types.js';
import { suggest } from './util/suggest.js';

export interface EnabledRule {
  rule: Rule<string, any>;
  severity: Severity;
  options: Record<string, unknown>;
}

/**
 * Merges each rule's default with ports.yaml's `lint.rules` and then the command line's `--rule`.
 * Unknown rule ids and invalid options are errors that name where they were written.
 */
export function configureRules(
  rules: readonly Rule<string, any>[],
  registry: Registry,
  cli: Record<string, RuleSetting> = {},
): EnabledRule[] {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ids = rules.map((r) => r.id);
  for (const [id, setting] of Object.entries(registry.lint.rules)) {
    if (byId.has(id)) continue;
    const loc = setting.loc ?? { start: { line: 1, column: 1 } };
    throw new ConfigError(registry.file, loc.start.line, loc.start.column, `lint.rules.${id}`, `unknown rule "${id}"${suggest(id, ids)}`);
  }
  for (const id of Object.keys(cli)) {
    if (!byId.has(id)) throw new UsageError(`--rule: unknown rule "${id}"${suggest(id, ids)}; \`port-lint rules\` lists them`);
  }
  // Created only for options to check: loading ajv is a noticeable part of a short run's start-up.
  let ajv: Ajv | undefined;
  const enabled: EnabledRule[] = [];
  for (const rule of rules) {
    const fromFile = registry.lint.rules[rule.id];
    const fromCli = cli[rule.id];
    const severity = fromCli?.severity ?? fromFile?.severity ?? rule.meta.severity;
    const userOptions = { ...(fromFile?.options ?? {}), ...(fromCli?.options ?? {}) };
    if (rule.meta.optionsSchema && Object.keys(userOptions).length > 0) {
      ajv ??= new Ajv({ allErrors: false, strict: false, useDefaults: false });
      const validate = ajv.compile(rule.meta.optionsSchema);
      if (!validate(userOptions)) {
        const e = validate.errors?.[0];
        const where = `${e?.instancePath ?? ''}`.replace(/^\//, '').replace(/\//g, '.');
        const detail = `invalid options${where ? ` at "${where}"` : ''}: ${e?.message ?? 'invalid'}`;
        if (fromFile?.options && fromFile.loc) {
          throw new ConfigError(registry.file, fromFile.loc.start.line, fromFile.loc.start.column, `lint.rules.${rule.id}`, detail);
        }
        throw new UsageError(`--rule ${rule.id}: ${detail}`);
      }
    }
    if (severity === 'off') continue;
    enabled.push({ rule, severity, options: { ...(rule.meta.defaultOptions as object), ...userOptions } });
  }
  return enabled;
}

export interface LintInput {
  registry: Registry;
  occurrences: readonly PortOccurrence[];
  rules: readonly EnabledRule[];
  /**
   * The caller gives the occurrences array up: it is sorted in place and emptied as the rules visit it,
   * so an occurrence no rule keeps is garbage as soon as it has been seen (a scan's memory peak is the
   * end of linting, when every finding exists; the occurrences need not all exist with them).
   */
  consume?: boolean;
  /** Called when every occurrence has been visited, before the rules' end(): a moment to collect garbage. */
  afterOccurrences?: () => void;
}

/** Pure: the same input always gives the same findings in the same order. */
export function lint(input: LintInput): Finding[] {
  return finalize(lintUnsorted(input));
}

/** The rules' findings before sorting and fingerprint numbering (suppressions and baselines come between). */
export function lintUnsorted(input: LintInput): Finding[] {
  const findings: Finding[] = [];
  const occurrences = (input.consume ? (input.occurrences as PortOccurrence[]) : [...input.occurrences]).sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.range.start.line - b.range.start.line ||
      a.range.start.column - b.range.start.column,
  );
  const attribution = new Attributor(input.registry, occurrences);
  const visitors = input.rules.map(({ rule, severity, options }) => {
    const ctx: RuleContext<string, any> = {
      registry: input.registry,
      attribution,
      options,
      severity,
      registryLocation: (range) => ({ file: input.registry.file, range, snippet: input.registry.lineText(range.start.line) }),
      report: (r) => findings.push(toFinding(rule, severity, r)),
    };
    return rule.create(ctx);
  });
  for (const v of visitors) v.registry?.();
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i]!;
    for (const v of visitors) v.occurrence?.(o);
    if (input.consume) (occurrences as (PortOccurrence | undefined)[])[i] = undefined;
  }
  if (input.consume) occurrences.length = 0;
  input.afterOccurrences?.();
  for (const v of visitors) v.end?.();
  return findings;
}

function toFinding(rule: Rule<string, any>, configured: Severity, r: Report<string>): Finding {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId "${r.messageId}"`);
  const loc: Location | undefined = r.occurrence
    ? { file: r.occurrence.file, range: r.occurrence.range, snippet: r.occurrence.snippet }
    : r.at;
  if (!loc) throw new Error(`rule ${rule.id} reported without a location`);
  const kind = r.occurrence ? r.occurrence.kind : 'registry';
  const port = r.port ?? r.occurrence?.port ?? undefined;
  const severity = configured === 'warning' || r.severity === 'warning' ? 'warning' : 'error';
  const message = formatMessage(template, r.data);
  const fingerprint = fingerprintBase(rule.id, loc.file, kind, loc.snippet);
  const snippet = normalizeSnippet(loc.snippet);
  // The port written in the literal (where it was added before, so the keys keep their order): a property
  // added to an object after its literal goes to a separate array, 40 bytes more per finding (issue 11).
  const finding: Finding =
    port !== undefined && port !== null
      ? { ruleId: rule.id, severity, message, file: loc.file, range: loc.range, fingerprint, snippet, port }
      : { ruleId: rule.id, severity, message, file: loc.file, range: loc.range, fingerprint, snippet };
  if (r.service !== undefined) finding.service = r.service;
  if (r.evidence !== undefined && r.evidence.length > 0) finding.evidence = r.evidence;
  // What the scan saw at the fix's span, so --fix can tell a file edited since (src/fix.ts, staleFix).
  if (r.fix) finding.fix = r.occurrence && sameRange(r.fix.range, r.occurrence.range) ? { ...r.fix, expect: r.occurrence.text } : r.fix;
  return finding;
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Sorts, drops exact duplicates (same rule, place and message) and numbers the fingerprints. */
export function finalize(findings: Finding[]): Finding[] {
  findings.sort(compareFindings);
  const unique = findings.filter((f, i) => i === 0 || compareFindings(findings[i - 1]!, f) !== 0);
  indexFingerprints(unique);
  return unique;
}
