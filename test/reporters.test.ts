// Formatters: golden files for every format on the bundled registry, SARIF against the official schema.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../src/report/index.js';
import { SARIF_MAX_RESULTS } from '../src/report/sarif.js';
import { RULES } from '../src/rules.js';
import type { Finding } from '../src/types.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { REPO, runCli } from './helpers/run.js';

const VERSION = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;

/** Machine- and release-specific parts of the output, replaced so goldens hold everywhere. */
function normalize(text: string): string {
  return text
    .replaceAll(`file://${REPO}/`, 'file:///REPO/')
    .replaceAll(`"${VERSION}"`, '"VERSION"');
}

describe('formatters on the bundled registry', () => {
  for (const format of Object.keys(FORMATTERS)) {
    it(`${format} matches its golden file`, async () => {
      const run = await runCli(['--config', 'config/ports.yaml', '--format', format, 'config/ports.yaml']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      let text = normalize(run.stdout);
      if (format === 'sarif') {
        // Rule help is each rule's doc page, checked against the page below; the golden pins the rest.
        const log = JSON.parse(text);
        for (const rule of log.runs[0].tool.driver.rules) {
          expect(rule.help.markdown).toBe(readFileSync(path.join(REPO, 'rules', `${rule.id}.md`), 'utf8'));
          rule.help = { text: '<rules/' + rule.id + '.md as text>', markdown: '<rules/' + rule.id + '.md>' };
          rule.fullDescription = { text: '<first paragraph of rules/' + rule.id + '.md>' };
        }
        text = `${JSON.stringify(log, null, 2)}\n`;
      }
      await expect(text).toMatchFileSnapshot(`golden/bundled.${format}.txt`);
    });
  }

  it('is byte-identical when run twice', async () => {
    const a = await runCli(['--config', 'config/ports.yaml', '-f', 'sarif', 'config/ports.yaml']);
    const b = await runCli(['--config', 'config/ports.yaml', '-f', 'sarif', 'config/ports.yaml']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('sarif', () => {
  it('uses the official SARIF 2.1.0 schema, unmodified', () => {
    const bytes = readFileSync(path.join(REPO, 'test', 'schemas', 'sarif-schema-2.1.0.json'));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('10666d46649b52e262001e70d43e6c52f7c0279ca3dbdfe9a7dc2e4071556454');
  });

  it('validates, with every rule described and every result located', async () => {
    const run = await runCli(['--config', 'config/ports.yaml', '-f', 'sarif', 'config/ports.yaml']);
    const log = JSON.parse(run.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const sarifRun = log.runs[0];
    expect(sarifRun.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of sarifRun.tool.driver.rules) {
      expect(rule.help.markdown).toContain(`# ${rule.id}`);
      expect(rule.help.text.length).toBeGreaterThan(50);
      expect(rule.helpUri).toMatch(/^https:\/\//);
      expect(['error', 'warning']).toContain(rule.defaultConfiguration.level);
      expect(rule.properties.tags.length).toBeGreaterThan(0);
      expect(rule.properties.precision).toBeTruthy();
    }
    expect(sarifRun.automationDetails.id).toBe('port-lint/');
    expect(sarifRun.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    for (const r of sarifRun.results) {
      const loc = r.locations[0].physicalLocation;
      expect(loc.artifactLocation).toEqual({ uri: 'config/ports.yaml', uriBaseId: '%SRCROOT%' });
      expect(loc.region.startLine).toBeGreaterThan(0);
      expect(loc.region.startColumn).toBeGreaterThan(0);
      expect(Number.isInteger(r.properties.port)).toBe(true);
      expect(r.properties.service).toBeTruthy();
      expect(r.partialFingerprints['portLint/v1']).toMatch(/^[0-9a-f]{32}:\d+$/);
    }
  });

  it('takes its category from --sarif-category', async () => {
    const run = await runCli(['--config', 'config/ports.yaml', '-f', 'sarif', '--sarif-category', 'ports/backend', 'config/ports.yaml']);
    expect(JSON.parse(run.stdout).runs[0].automationDetails.id).toBe('ports/backend/');
  });

  it(`keeps at most ${SARIF_MAX_RESULTS} results, the most severe, and says how many it dropped`, () => {
    const finding = (i: number, severity: Finding['severity']): Finding => ({
      ruleId: 'duplicate-port',
      severity,
      message: `m${i}`,
      file: `f${String(i).padStart(6, '0')}.yaml`,
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      fingerprint: `${i}`,
      snippet: 'x',
    });
    const findings = [
      ...Array.from({ length: SARIF_MAX_RESULTS }, (_, i) => finding(i, 'warning')),
      ...Array.from({ length: 10 }, (_, i) => finding(SARIF_MAX_RESULTS + i, 'error')),
    ];
    const log = JSON.parse(
      FORMATTERS.sarif!(findings, {
        cwd: REPO,
        root: REPO,
        color: false,
        rules: RULES.map((rule) => ({ rule, severity: rule.meta.severity, docs: '' })),
        notices: [],
        version: '0.0.0',
        sarifCategory: 'port-lint',
        filesScanned: 1,
      }),
    );
    const results = log.runs[0].results;
    expect(results).toHaveLength(SARIF_MAX_RESULTS);
    expect(results.filter((r: { level: string }) => r.level === 'error')).toHaveLength(10);
    expect(log.runs[0].invocations[0].toolExecutionNotifications.at(-1).message.text).toMatch(/^10 of 25010 results were dropped/);
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});

describe('sarif partialFingerprints', () => {
  it('stay the same when lines are inserted above, and differ for two findings on one line', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fp-'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n');
    const body = 'app.listen(8000);\nconst ORIGINS = ["http://localhost:7001", "http://localhost:7002"];\n';
    writeFileSync(path.join(dir, 'app.js'), body);
    const prints = async () => {
      const log = JSON.parse((await runCli(['-f', 'sarif'], dir)).stdout);
      return log.runs[0].results.map((r: { ruleId: string; properties: { port: number }; partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }) => ({
        key: `${r.ruleId} ${r.properties.port}`,
        line: r.locations[0]!.physicalLocation.region.startLine,
        fp: r.partialFingerprints['portLint/v1'],
      }));
    };
    const before = await prints();
    expect(before.map((b: { key: string }) => b.key)).toEqual(['hardcoded-port 8000', 'undocumented-port 7001', 'undocumented-port 7002']);
    expect(new Set(before.map((b: { fp: string }) => b.fp)).size).toBe(3);
    writeFileSync(path.join(dir, 'app.js'), `// a header\n'use strict';\n\n${body}`);
    const after = await prints();
    expect(after.map((a: { line: number }) => a.line)).toEqual(before.map((b: { line: number }) => b.line + 3));
    expect(after.map((a: { fp: string }) => a.fp)).toEqual(before.map((b: { fp: string }) => b.fp));
  });
});
