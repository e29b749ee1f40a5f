// Input the command line takes besides files: --stdin is capped like a file (reliability attack C2:
// it had no limit), and an empty --changed-since is a usage error rather than "lint everything".
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from './helpers/run.js';

function repo(portsYaml = 'ports: {}\n'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-input-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(path.join(dir, 'ports.yaml'), portsYaml);
  return dir;
}

describe('--stdin', () => {
  it('refuses standard input over lint.max_file_size with one line and exit 2', async () => {
    const dir = repo('ports: {}\nlint:\n  max_file_size: 1KiB\n');
    const ok = await runCli(['--stdin', '--stdin-filename', 'a.env', '-f', 'json'], dir, {}, 'PORT=1\n'.repeat(146));
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).results).toHaveLength(146);
    const run = await runCli(['--stdin', '--stdin-filename', 'a.env'], dir, {}, 'PORT=1\n'.repeat(147));
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: '--stdin: standard input is over the 1.0 KiB limit (lint.max_file_size in ports.yaml); raise it to lint this text\n',
    });
  });

  it('stops reading an endless standard input at the limit', () => {
    const dir = repo();
    const bin = path.join(REPO, 'bin', 'port-lint.js');
    // timeout(1) ends port-lint if it reads on forever, and `yes` with it (SIGPIPE): nothing outlives the test.
    const run = spawnSync('sh', ['-c', `yes PORT=1 | timeout 20 "${process.execPath}" "${bin}" --stdin --stdin-filename a.env`], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('--stdin: standard input is over the 1.0 MiB limit (lint.max_file_size in ports.yaml); raise it to lint this text\n');
    expect(run.status).toBe(2);
  });
});

describe('--changed-since', () => {
  it('refuses an empty ref instead of linting everything', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'a.env'), 'PORT=1\n');
    const run = await runCli(['--changed-since', ''], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: '--changed-since: the ref is empty; name a branch, tag or commit (e.g. origin/main)\n' });
    expect((await runCli(['--changed-since', ' '], dir)).code).toBe(2);
  });
});
