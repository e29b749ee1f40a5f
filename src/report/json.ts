// json: the findings as data, sorted, with a schema version so consumers can rely on the shape.
import type { Formatter } from './types.js';

/** Bumped on any incompatible change to the JSON output's shape. */
export const JSON_SCHEMA_VERSION = 1;

export const json: Formatter = (findings, ctx) => {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const doc = {
    schemaVersion: JSON_SCHEMA_VERSION,
    tool: { name: 'port-lint', version: ctx.version },
    results: findings.map((f) => ({
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
    })),
    notices: ctx.notices,
    summary: {
      errors,
      warnings: findings.length - errors,
      filesScanned: ctx.filesScanned,
      suppressed: ctx.suppressed ?? 0,
      baselined: ctx.baselined ?? 0,
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
};
