// Files that are binary, not UTF-8, huge, minified, deeply nested, CRLF, BOM-prefixed, empty, unreadable
// or symlink loops never stop a scan: each is scanned, or skipped with a notice (stylish and SARIF).
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { REPO, runCli } from './helpers/run.js';

function makeRepo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-robust-'));
  chmodSync(dir, 0o755);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(path.join(dir, 'ports.yaml'), 'ports: {}\n');
  const w = (name: string, data: string | Buffer) => {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  };
  w('binary.js', Buffer.concat([Buffer.from('const A_PORT = 7001;\n'), Buffer.from([0, 1, 2, 0])]));
  w('latin1.js', Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from('\nconst B_PORT = 7002;\n')]));
  w('huge.js', `const C_PORT = 7003;\n${'x'.repeat(2 * 1024 * 1024)}\n`);
  w('bundle.min.js', `var D_PORT=7004;${'function a(b){return b+1};'.repeat(400_000)}`);
  w('nested.js', `const E_PORT = ${'['.repeat(10_000)}7005${']'.repeat(10_000)};\nconst F_PORT = 7006;\n`);
  w('crlf.js', 'const x = 1;\r\nconst G_PORT = 7007;\r\n');
  w('bom.js', '\uFEFFconst H_PORT = 7008;\n');
  w('empty.js', '');
  w('locked.js', 'const I_PORT = 7009;\n');
  chmodSync(path.join(dir, 'locked.js'), 0o000);
  symlinkSync('loop-b.js', path.join(dir, 'loop-a.js'));
  symlinkSync('loop-a.js', path.join(dir, 'loop-b.js'));
  mkdirSync(path.join(dir, 'deep'));
  symlinkSync('..', path.join(dir, 'deep', 'up'));
  w('ok.js', 'const J_PORT = 7010;\n');
  return dir;
}

/**
 * Runs the real executable. As root it runs without the capabilities that let root read any file
 * (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so a mode-000 file really is unreadable.
 */
function runBin(dir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const argv = [path.join(REPO, 'bin', 'port-lint.js'), ...args];
  const asRoot = process.getuid?.() === 0;
  const cmd = asRoot ? 'setpriv' : process.execPath;
  const full = asRoot ? ['--bounding-set=-dac_override,-dac_read_search', process.execPath, ...argv] : argv;
  const run = spawnSync(cmd, full, { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

// bundle.min.js, huge.js (one 2 MiB line) and nested.js (two 10 KB lines) are minified in shape, so a
// default scan leaves them out as generated (test/discover-generated.test.ts); read everything here.
describe('hostile files', () => {
  const dir = makeRepo();

  it('are scanned or skipped with a notice, and the scan goes on', () => {
    const run = runBin(dir, ['-f', 'json', '--include-generated']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    const found = out.results.map((r: { file: string; line: number; column: number; port: number }) => `${r.file}:${r.line}:${r.column} ${r.port}`);
    expect(found).toEqual([
      'bom.js:1:16 7008',
      'crlf.js:2:16 7007',
      'latin1.js:2:16 7002',
      'nested.js:1:10016 7005',
      'nested.js:2:16 7006',
      'ok.js:1:16 7010',
    ]);
    const notices = out.notices.map((n: { file: string; message: string }) => `${n.file}: ${n.message}`);
    expect(notices).toEqual([
      'binary.js: skipped: binary file (contains NUL bytes)',
      'bundle.min.js: skipped: 9.9 MiB is over the 1.0 MiB limit (lint.max_file_size)',
      'huge.js: skipped: 2.0 MiB is over the 1.0 MiB limit (lint.max_file_size)',
      'latin1.js: not valid UTF-8: invalid bytes were read as U+FFFD and the file was scanned',
      'locked.js: skipped: cannot be read (permission denied)',
      'loop-a.js: skipped: symbolic link loop',
      'loop-b.js: skipped: symbolic link loop',
    ]);
  });

  it('shows the notices in stylish output', () => {
    const run = runBin(dir, ['--include-generated']);
    expect(run.stdout).toContain('warning: binary.js: skipped: binary file (contains NUL bytes)');
    expect(run.stdout).toContain('warning: locked.js: skipped: cannot be read (permission denied)');
  });

  it('reports the notices as SARIF toolExecutionNotifications', () => {
    const run = runBin(dir, ['-f', 'sarif', '--include-generated']);
    const log = JSON.parse(run.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.map((n: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => n.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'binary.js',
      'bundle.min.js',
      'huge.js',
      'latin1.js',
      'locked.js',
      'loop-a.js',
      'loop-b.js',
    ]);
    expect(notes[0].level).toBe('warning');
  });

  it('raises the size limit with lint.max_file_size', async () => {
    const big = makeRepo();
    writeFileSync(path.join(big, 'ports.yaml'), 'ports: {}\nlint:\n  max_file_size: 4MiB\n');
    const run = await runCli(['-f', 'json', '--include-generated', 'huge.js'], big);
    expect(JSON.parse(run.stdout).results.map((r: { port: number }) => r.port)).toEqual([7003]);
  });
});
