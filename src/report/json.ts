// json: the findings as data, sorted, with a schema version so consumers can rely on the shape.
import type { Finding } from '../types.js';
import { countErrors, extraFields } from './fields.js';
import { streamArray } from './stream-json.js';
import type { ReportWriter } from './types.js';

/** Bumped on any incompatible change to the JSON output's shape. */
export const JSON_SCHEMA_VERSION = 1;

function result(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    endLine: f.range.end.line,
    endColumn: f.range.end.column,
    ...(f.port !== undefined && { port: f.port }),
    ...(f.service !== undefined && { service: f.service }),
    ...(f.evidence !== undefined && { evidence: f.evidence }),
    fingerprint: f.fingerprint,
    ...(f.fix && { fix: f.fix }),
    ...extraFields(f),
  };
}

export const json: ReportWriter = function* (findings, ctx) {
  const errors = countErrors(findings);
  const doc = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'port-lint', version: ctx.version },
    results: [],
    notices: ctx.notices,
    summary: {
      errors,
      warnings: findings.length - errors,
      filesScanned: ctx.filesScanned,
      suppressed: ctx.suppressed ?? 0,
      baselined: ctx.baselined ?? 0,
    },
  };
  // Each result object is built as its piece is written, and is garbage right after.
  yield* streamArray(doc, 'results', 2, (function* () {
    for (const f of findings) yield result(f);
  })());
  yield '\n';
};
