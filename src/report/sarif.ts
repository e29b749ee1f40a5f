// sarif: SARIF 2.1.0 as GitHub code scanning ingests it (rules with help, relative URIs, fingerprints).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result, Notification } from 'sarif';
import { markdownToText, ruleDocUrl } from '../rule-docs.js';
import { HOMEPAGE } from '../paths.js';
import type { Finding, Severity } from '../types.js';
import { extraFields } from './fields.js';
import { streamArray } from './stream-json.js';
import type { ReportWriter } from './types.js';

/** GitHub rejects runs with more results than this. */
export const SARIF_MAX_RESULTS = 25_000;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1 };

export const sarif: ReportWriter = function* (findings, ctx) {
  const rules: ReportingDescriptor[] = ctx.rules.map(({ rule, severity, docs }) => {
    const markdown = docs || rule.meta.description;
    return {
      id: rule.id,
      name: pascal(rule.id),
      shortDescription: { text: rule.meta.description },
      fullDescription: { text: firstParagraph(markdown) ?? rule.meta.description },
      help: { text: markdownToText(markdown), markdown },
      helpUri: ruleDocUrl(rule.id),
      defaultConfiguration: severity === 'off' ? { enabled: false, level: level(rule.meta.severity) } : { level: level(severity) },
      properties: { tags: rule.meta.tags, precision: rule.meta.precision },
    };
  });
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  let kept: readonly Finding[] = findings;
  const notifications: Notification[] = ctx.notices.map((n) => ({
    level: n.level,
    message: { text: n.message },
    ...(n.file && {
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(n.file, ctx.root) } }],
    }),
  }));
  if (findings.length > SARIF_MAX_RESULTS) {
    // Keep the most severe; within a severity, output order (path, line) decides.
    kept = findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
      .slice(0, SARIF_MAX_RESULTS)
      .sort((a, b) => a.i - b.i)
      .map((x) => x.f);
    notifications.push({
      level: 'warning',
      message: {
        text: `${findings.length - SARIF_MAX_RESULTS} of ${findings.length} results were dropped: GitHub code scanning accepts at most ${SARIF_MAX_RESULTS} per run; the most severe were kept`,
      },
    });
  }

  const toResult = (f: Finding): Result => {
    const properties: Record<string, unknown> = {};
    if (f.port !== undefined) properties.port = f.port;
    if (f.service !== undefined) properties.service = f.service;
    if (f.evidence !== undefined) properties.evidence = f.evidence;
    Object.assign(properties, extraFields(f));
    const result: Result = {
      ruleId: f.ruleId,
      ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
      level: level(f.severity),
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(f.file, ctx.root),
            region: {
              startLine: f.range.start.line,
              startColumn: f.range.start.column,
              endLine: f.range.end.line,
              endColumn: f.range.end.column,
            },
            // The line the finding is on (normalized), which its fingerprint is made from.
            contextRegion: { startLine: f.range.start.line, endLine: f.range.start.line, snippet: { text: f.snippet } },
          },
        },
      ],
      partialFingerprints: { 'portLint/v1': f.fingerprint },
    };
    if (Object.keys(properties).length > 0) result.properties = properties;
    if (result.ruleIndex === -1) delete result.ruleIndex;
    return result;
  };

  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'port-lint',
            semanticVersion: ctx.version,
            version: ctx.version,
            informationUri: HOMEPAGE,
            rules,
          },
        },
        automationDetails: { id: `${ctx.sarifCategory.replace(/\/+$/, '')}/` },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(ctx.root) } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results: [],
      },
    ],
  };
  // runs[0].results, its key 6 spaces deep; each result is built as it is written.
  yield* streamArray(log, 'results', 6, (function* () {
    for (const f of kept) yield toResult(f);
  })());
  yield '\n';
};

function level(severity: Severity): 'error' | 'warning' {
  return severity;
}

function pascal(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}

function firstParagraph(markdown: string): string | undefined {
  const para = markdown
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p && !p.startsWith('#'));
  return para ? markdownToText(para) : undefined;
}

/** A relative URI reference: each path segment percent-encoded, slashes kept. */
function encodeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/**
 * Where a file is, for SARIF: relative to %SRCROOT% when inside the root; an absolute file: URI when
 * outside (a ports.yaml given with --config ../shared/ports.yaml), which code scanning cannot place
 * but which stays a valid, honest location.
 */
function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  if (file.startsWith('../')) return { uri: pathToFileURL(path.resolve(root, file)).href };
  return { uri: encodeUri(file), uriBaseId: '%SRCROOT%' };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
