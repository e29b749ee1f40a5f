// Hostile findings for the human formatters: hundreds of thousands in one file, and file names and
// messages holding markdown or HTML (reliability attack C2 and "Bad messages").
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATTERS } from '../src/report/index.js';
import type { ReportContext } from '../src/report/types.js';
import { RULES } from '../src/rules.js';
import type { Finding } from '../src/types.js';
import { REPO } from './helpers/run.js';

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

function finding(i: number, file = 'a.env', message = `Port ${i} is not in ports.yaml`): Finding {
  return {
    ruleId: 'undocumented-port',
    severity: 'warning',
    message,
    file,
    range: { start: { line: i + 1, column: 6 }, end: { line: i + 1, column: 7 } },
    port: 1,
    fingerprint: String(i),
    snippet: 'PORT=1',
  };
}

describe('stylish with very many findings in one file', () => {
  it('prints 126,000 findings of one file without overflowing the stack, columns aligned', () => {
    // Run as a process: the main thread's stack is the one the report overflowed (a worker's is larger).
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-many-'));
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports: {}\n');
    writeFileSync(path.join(dir, 'a.env'), 'PORT=1\n'.repeat(126_000));
    const run = spawnSync(process.execPath, [path.join(REPO, 'bin', 'port-lint.js'), '-j', '1', '.'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0); // warnings only
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('a.env');
    // The widest position is "126000:6"; every other one is padded to it.
    expect(lines[1]).toMatch(/^ {7}1:6  (error|warning)  \S/);
    expect(lines[126_000]).toMatch(/^  126000:6  (error|warning)  \S/);
    expect(lines[1]!.length).toBe(lines[126_000]!.length);
    expect(run.stdout).toMatch(/✖ 126000 problems \(.*\) — 1 file scanned\n$/);
  });
});

describe('stylish escaping', () => {
  it('keeps a finding on one line when its file name or message holds a newline or a terminal escape', () => {
    const text = FORMATTERS.stylish!([finding(0, 'a\nb.env', 'Port 1 \u001b[2J\nfake line')], {
      ...CTX,
      notices: [{ file: 'c\rd.env', level: 'warning', message: 'skipped:\nnot really' }],
    });
    expect(text.split('\n').slice(0, 5)).toEqual([
      'a\\nb.env',
      '  1:6  warning  Port 1 \\u001b[2J\\nfake line  undocumented-port',
      '',
      'warning: c\\rd.env: skipped:\\nnot really',
      '',
    ]);
  });
});

describe('markdown escaping', () => {
  it('escapes backticks in file names and HTML and markdown in messages', () => {
    const text = FORMATTERS.markdown!(
      [finding(0, 'we`ird` <b>x</b>.env', 'Port 1 <img src=x onerror=alert(1)> is *not* [here](http://x) `ok` | pipe')],
      { ...CTX, notices: [{ file: 'n`o`te.env', level: 'warning', message: 'skipped: <script>alert(1)</script>' }] },
    );
    const row = text.split('\n').find((l) => l.startsWith('| ⚠️'))!;
    // The location is a code span whose fence is longer than any backtick run inside it.
    expect(row).toContain('| ``we`ird` <b>x</b>.env:1:6`` |');
    expect(row).toContain('| Port 1 &lt;img src=x onerror=alert(1)&gt; is \\*not\\* \\[here\\](http://x) \\`ok\\` \\| pipe |');
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<script>');
    expect(text).toContain('- ``n`o`te.env``: skipped: &lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('/proc/net tables with very many sockets', () => {
  it('reads 200,000 listening sockets without overflowing the stack', () => {
    // A busy host (or a container runtime) can hold hundreds of thousands of sockets; run as a process
    // for the main thread's stack, as `port-lint check` has.
    const root = mkdtempSync(path.join(tmpdir(), 'port-lint-proc-'));
    mkdirSync(path.join(root, 'net'));
    const line = (i: number) => `${String(i).padStart(6)}: 0100007F:${(1 + (i % 65535)).toString(16).toUpperCase().padStart(4, '0')} 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 ${100000 + i} 1 0000000000000000 100 0 0 10 0`;
    const header = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode';
    writeFileSync(path.join(root, 'net', 'tcp'), [header, ...Array.from({ length: 200_000 }, (_, i) => line(i)), ''].join('\n'));
    const script = `import { readProcTables } from ${JSON.stringify(path.join(REPO, 'dist', 'src', 'runtime', 'proc.js'))};
      console.log(readProcTables(${JSON.stringify(root)}, 'LE').listeners.length);`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('200000\n');
  });
});
