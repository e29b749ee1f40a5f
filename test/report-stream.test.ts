// Streamed reports (issue 11): every format, written in pieces, is byte for byte the whole-string report
// the formatters gave before (golden files made by that code), on stdout and through -o / --*-output.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FORMATTERS, WRITERS } from '../src/report/index.js';
import type { ReportContext } from '../src/report/types.js';
import { RULES } from '../src/rules.js';
import { setWriteFs } from '../src/safe-write.js';
import type { Finding } from '../src/types.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { main } from '../src/cli.js';
import { REPO, runCli } from './helpers/run.js';

const VERSION = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;

let dir: string;

/**
 * ~200 findings in 4 files (errors with fixes, warnings, a file name to escape), a file over the size
 * limit (a warning notice) and a minified one (a note): a report of about 100 KB, several writes' worth.
 */
beforeAll(() => {
  dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'port-lint-stream-')));
  mkdirSync(path.join(dir, '.git'));
  const files: Record<string, string> = {
    'ports.yaml': 'ports:\n  api: { default: 8000, env_var: API_PORT }\n  web: { default: 3000, env_var: WEB_PORT }\nlint:\n  max_file_size: 20kB\n',
    'compose.yml': `services:\n${Array.from({ length: 100 }, (_, j) => `  svc${j}:\n    ports:\n      - "${10000 + j}:${80 + (j % 5)}"\n`).join('')}`,
    'app.js': 'app.listen(8000);\nconst web = "http://localhost:3000/x";\nconst other = "http://localhost:7001";\n',
    '.env': 'API_PORT=8001\nWEB_PORT=3000\nOTHER=9000\n',
    'we ird%1.env': 'PORT=7002\n',
    'big.min.js': `var a=${Array.from({ length: 20000 }, (_, i) => 8000 + i).join(',')};\n`,
    'huge.env': 'X=1\n'.repeat(6000),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
});

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

/** The parts that depend on the machine and the release. */
function normalize(text: string): string {
  return text.replaceAll(`file://${dir}/`, 'file:///FIXTURE/').replaceAll(`"${VERSION}"`, '"VERSION"');
}

describe('streamed reports on a tree with many findings', () => {
  for (const format of Object.keys(FORMATTERS)) {
    it(`${format}: the same bytes as the whole-string report`, async () => {
      const run = await runCli(['-f', format], dir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);
      let text = normalize(run.stdout);
      if (format === 'json' || format === 'sarif') {
        // The whole-string formatters were JSON.stringify(document, null, 2) plus a newline.
        expect(run.stdout).toBe(`${JSON.stringify(JSON.parse(run.stdout), null, 2)}\n`);
      }
      if (format === 'sarif') {
        // Rule help is each rule's doc page (pinned by reporters.test.ts); the golden pins the rest.
        const log = JSON.parse(text);
        expect(sarifSchemaErrors(log)).toEqual([]);
        for (const rule of log.runs[0].tool.driver.rules) {
          rule.help = { text: `<rules/${rule.id}.md as text>`, markdown: `<rules/${rule.id}.md>` };
          rule.fullDescription = { text: `<first paragraph of rules/${rule.id}.md>` };
        }
        text = `${JSON.stringify(log, null, 2)}\n`;
      }
      await expect(text).toMatchFileSnapshot(`golden/many.${format}.txt`);
    });

    it(`${format}: -o writes the bytes stdout gets`, async () => {
      const out = path.join(dir, '..', `${path.basename(dir)}.${format}.out`);
      const [toStdout, toFile] = [await runCli(['-f', format], dir), await runCli(['-f', format, '-o', out], dir)];
      expect(toFile.stdout).toBe('');
      expect(toFile.code).toBe(toStdout.code);
      expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
    });
  }

  it('--json-output and --sarif-output write what -f json and -f sarif print', async () => {
    const json = path.join(dir, '..', `${path.basename(dir)}.also.json`);
    const sarif = path.join(dir, '..', `${path.basename(dir)}.also.sarif`);
    const run = await runCli(['-f', 'github', '--json-output', json, '--sarif-output', sarif], dir);
    expect(run.code).toBe(1);
    expect(readFileSync(json, 'utf8')).toBe((await runCli(['-f', 'json'], dir)).stdout);
    expect(readFileSync(sarif, 'utf8')).toBe((await runCli(['-f', 'sarif'], dir)).stdout);
  });

  it('writes a report file in pieces, never the whole report in one write', async () => {
    const out = path.join(dir, '..', `${path.basename(dir)}.pieces.json`);
    const writes: number[] = [];
    restore = setWriteFs({
      writeSync: (fd, buffer, offset, length) => {
        writes.push(length);
        return writeSync(fd, buffer, offset, length);
      },
    });
    const run = await runCli(['-f', 'json', '-o', out], dir);
    expect(run.code).toBe(1);
    const size = readFileSync(out).length;
    expect(size).toBeGreaterThan(80_000);
    expect(writes.length).toBeGreaterThan(1);
    expect(Math.max(...writes)).toBeLessThan(size);
  });

  it('prints a report to stdout in pieces, never the whole report in one write', async () => {
    const pieces: string[] = [];
    await main(['-f', 'json'], {
      stdout: (t) => void pieces.push(t),
      stderr: () => {},
      cwd: dir,
      env: { NO_COLOR: '1' },
      stdoutIsTTY: false,
      readStdin: async () => '',
    });
    const whole = pieces.join('');
    expect(JSON.parse(whole).results).toHaveLength(205);
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length);
  });
});

describe('a field added to Finding later', () => {
  const CTX: ReportContext = {
    cwd: REPO,
    root: REPO,
    color: false,
    rules: RULES.map((rule) => ({ rule, severity: rule.meta.severity, docs: '' })),
    notices: [],
    version: '0.0.0',
    sarifCategory: 'port-lint',
    filesScanned: 1,
  };
  const finding = {
    ruleId: 'undocumented-port',
    severity: 'warning',
    message: 'Port 7001 is not in ports.yaml',
    file: 'a.env',
    range: { start: { line: 1, column: 6 }, end: { line: 1, column: 10 } },
    port: 7001,
    fingerprint: 'abc:0',
    snippet: 'PORT=7001',
    evidence: { seen: ['a.env:1'] },
  } as Finding;

  it('is a property of the JSON result', () => {
    const doc = JSON.parse(FORMATTERS.json!([finding], CTX));
    expect(doc.results[0].evidence).toEqual({ seen: ['a.env:1'] });
  });

  it('is under result.properties in SARIF, which stays valid', () => {
    const log = JSON.parse(FORMATTERS.sarif!([finding], CTX));
    expect(log.runs[0].results[0].properties).toEqual({ port: 7001, evidence: { seen: ['a.env:1'] } });
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});

describe('a report without findings', () => {
  it('is whole JSON in json and sarif', () => {
    const ctx: ReportContext = {
      cwd: REPO,
      root: REPO,
      color: false,
      rules: [],
      notices: [{ level: 'note', message: 'n' }],
      version: '0.0.0',
      sarifCategory: 'port-lint',
      filesScanned: 0,
    };
    for (const format of ['json', 'sarif']) {
      const text = [...WRITERS[format]!([], ctx)].join('');
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
      expect(JSON.parse(text)).toMatchObject(format === 'json' ? { results: [] } : { runs: [{ results: [] }] });
    }
  });
});
