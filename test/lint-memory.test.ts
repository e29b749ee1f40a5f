// What lets a large scan's memory go (issue 11): the rules consume the occurrences they are handed, a hook
// runs between the occurrences and the rules' end(), fingerprints are plain strings.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fingerprintBase, indexFingerprints, normalizeSnippet } from '../src/fingerprint.js';
import { lint, lintUnsorted } from '../src/lint.js';
import { parseRegistry } from '../src/registry/load.js';
import { RULES } from '../src/rules.js';
import type { Finding, PortOccurrence } from '../src/types.js';
import { createHash } from 'node:crypto';

const registry = parseRegistry('ports:\n  api: { default: 8000, env_var: API_PORT }\n', {
  displayPath: 'ports.yaml',
  absolutePath: '/repo/ports.yaml',
  root: '/repo',
});
const rules = RULES.map((rule) => ({ rule, severity: rule.meta.severity, options: { ...(rule.meta.defaultOptions as object) } }));

/** Two compose files of published ports (clashing between files) and a hardcoded registered port. */
function occurrences(): PortOccurrence[] {
  const list: PortOccurrence[] = [];
  for (const file of ['b/compose.yaml', 'a/compose.yaml', 'a/compose.override.yaml']) {
    for (let j = 0; j < 200; j++) {
      const line = 3 * j + 4;
      const port = 10_000 + (j % 150);
      list.push({
        file,
        language: 'compose',
        range: { start: { line, column: 10 }, end: { line, column: 15 } },
        port,
        text: String(port),
        kind: 'publish-host',
        service: `svc${j}`,
        comment: false,
        snippet: `- "${port}:80"`,
      });
    }
  }
  list.push({
    file: 'app.js',
    language: 'javascript',
    range: { start: { line: 1, column: 12 }, end: { line: 1, column: 16 } },
    port: 8000,
    text: '8000',
    kind: 'listen',
    comment: false,
    snippet: 'app.listen(8000);',
  });
  return list;
}

describe('lint with consume', () => {
  it('gives the findings lint gives, and empties the array it was handed', () => {
    const expected = lint({ registry, occurrences: occurrences(), rules });
    expect(expected.length).toBeGreaterThan(400);
    const handed = occurrences();
    const got = lint({ registry, occurrences: handed, rules, consume: true });
    expect(got).toEqual(expected);
    expect(handed).toHaveLength(0);
  });

  it('leaves the array alone without consume', () => {
    const kept = occurrences();
    const before = [...kept];
    lint({ registry, occurrences: kept, rules });
    expect(kept).toEqual(before);
  });

  it('calls afterOccurrences once, after every occurrence is visited and before the rules end', () => {
    const handed = occurrences();
    const seen: number[] = [];
    const findings = lintUnsorted({ registry, occurrences: handed, rules, consume: true, afterOccurrences: () => seen.push(handed.length) });
    expect(seen).toEqual([0]);
    // publish-conflict reports in its end(), after the hook.
    expect(findings.some((f: Finding) => f.ruleId === 'publish-conflict')).toBe(true);
  });
});

describe('fingerprints', () => {
  it('are the first 32 hex digits of the sha256, then ":" and the index of the same base', () => {
    const base = fingerprintBase('undocumented-port', 'a.env', 'env-assign', '  PORT=7001 ');
    expect(base).toBe(createHash('sha256').update(['undocumented-port', 'a.env', 'env-assign', 'PORT=7001'].join('\u0000')).digest('hex').slice(0, 32));
    const findings = [base, base, 'f'.repeat(32)].map((fingerprint) => ({ fingerprint }) as Finding);
    indexFingerprints(findings);
    expect(findings.map((f) => f.fingerprint)).toEqual([`${base}:0`, `${base}:1`, `${'f'.repeat(32)}:0`]);
  });
});

describe('compact keeping (issue 11: 234,000 findings of 13 compose files)', () => {
  it('normalizes a snippet as trim + single spaces, returning one already in shape as it is', () => {
    const cases = ['- "8080:80"', '  a  b ', '\tPORT=1\t', 'a\u00a0b', 'a \u2028 b', 'x\r\ny', ' ', '', 'a b c', 'a  b'];
    for (const c of cases) expect(normalizeSnippet(c)).toBe(c.trim().replace(/\s+/g, ' '));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\t', '\n', '\u00a0', '\u3000', 'x', '"') }), (s) => normalizeSnippet(s) === s.trim().replace(/\s+/g, ' ')),
    );
  });

  it('numbers equal fingerprint bases within each file (a base includes the file, so equal bases are one file\'s)', () => {
    const findings = [
      { file: 'a.yml', fingerprint: 'x' },
      { file: 'a.yml', fingerprint: 'y' },
      { file: 'a.yml', fingerprint: 'x' },
      { file: 'b.yml', fingerprint: 'x' },
      { file: 'b.yml', fingerprint: 'x' },
    ] as Finding[];
    indexFingerprints(findings);
    expect(findings.map((f) => f.fingerprint)).toEqual(['x:0', 'y:0', 'x:1', 'x:0', 'x:1']);
  });

  it('undocumented-port reports a port once per file and line, in every file, and a planned host port hides only its own line', () => {
    const only = rules.filter((r) => r.rule.id === 'undocumented-port');
    const at = (file: string, line: number, column: number, port: number, kind: PortOccurrence['kind']): PortOccurrence => ({
      file,
      language: 'compose',
      range: { start: { line, column }, end: { line, column: column + String(port).length } },
      port,
      text: String(port),
      kind,
      service: 'web',
      comment: false,
      snippet: `- "${port}:${port}"`,
    });
    const list = [
      // 9000:9000 in two files on the same line: one finding in each file.
      at('b/compose.yaml', 5, 10, 9000, 'publish-host'),
      at('b/compose.yaml', 5, 15, 9000, 'publish-container'),
      at('a/compose.yaml', 5, 10, 9000, 'publish-host'),
      at('a/compose.yaml', 5, 15, 9000, 'publish-container'),
      // 8000 (the registry's api) published on line 7 hides its container port 81 there, not on line 8.
      at('a/compose.yaml', 7, 10, 8000, 'publish-host'),
      at('a/compose.yaml', 7, 15, 81, 'publish-container'),
      at('a/compose.yaml', 8, 10, 9001, 'publish-host'),
      at('a/compose.yaml', 8, 15, 81, 'publish-container'),
    ];
    const found = lint({ registry, occurrences: list, rules: only }).map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.port}`);
    expect(found).toEqual(['a/compose.yaml:5:10 9000', 'a/compose.yaml:8:10 9001', 'a/compose.yaml:8:15 81', 'b/compose.yaml:5:10 9000']);
  });
});
