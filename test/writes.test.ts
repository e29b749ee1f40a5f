// Writes of user files and port-lint's own state (--fix, --update-baseline, the cache, -o): atomic, inside
// the repository, never over a file that is not port-lint's, and a failure part-way says what was written.
import { execFileSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixFiles, setFixHook } from '../src/fix.js';
import { setWriteFs } from '../src/safe-write.js';
import { runCli, scanFixture } from './helpers/run.js';

const REGISTRY = 'ports:\n  api:\n    default: 8000\n    env_var: CONTIMG_API_PORT\n';

let restore: (() => void)[] = [];
afterEach(() => {
  for (const r of restore.reverse()) r();
  restore = [];
});

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pl-writes-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
  for (const [f, t] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
  return dir;
}

const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');
const enospc = () => Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });

/** Makes the atomic writer's writes fail with ENOSPC for temporary files of `base` only. */
function diskFullFor(base: string): void {
  const fs = nodeFs;
  const fds = new Set<number>();
  restore.push(
    setWriteFs({
      openSync: ((p: string, flags: string, mode?: number) => {
        const fd = fs.openSync(p, flags, mode);
        if (path.basename(p).startsWith(`.${base}.port-lint-`)) fds.add(fd);
        return fd;
      }) as typeof fs.openSync,
      writeSync: (fd, buffer, offset, length) => {
        if (fds.has(fd)) throw enospc();
        return fs.writeSync(fd, buffer, offset, length);
      },
      closeSync: (fd) => {
        fds.delete(fd);
        fs.closeSync(fd);
      },
    }),
  );
}

describe('--fix writes', () => {
  const FILES = {
    'a.sh': 'uvicorn app:app --port 8000\n',
    'b.sh': 'curl "http://localhost:8000/health"\n',
    'c.sh': 'serve --port 8000\n',
  };

  it('D1: a full disk leaves the file whole, the other files are still fixed, and the message names both; exit 2', async () => {
    const dir = repo(FILES);
    diskFullFor('b.sh');
    const run = await runCli(['--fix'], dir);
    expect(read(dir, 'b.sh')).toBe(FILES['b.sh']);
    expect(read(dir, 'a.sh')).toBe('uvicorn app:app --port "${CONTIMG_API_PORT:-8000}"\n');
    expect(read(dir, 'c.sh')).toBe('serve --port "${CONTIMG_API_PORT:-8000}"\n');
    expect(run.stderr).toContain('port-lint: --fix could not write b.sh: no space left on device (ENOSPC); it is unchanged\n');
    expect(run.stderr).toContain('port-lint: fixed 2 problems in 2 files (a.sh, c.sh); 1 file could not be written and is unchanged (b.sh)\n');
    expect(run.code).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('W6: a read-only file is not written, does not stop the others, and is named; exit 2', async () => {
    const dir = repo(FILES);
    chmodSync(path.join(dir, 'a.sh'), 0o444);
    const run = await runCli(['--fix'], dir);
    expect(read(dir, 'a.sh')).toBe(FILES['a.sh']);
    expect(statSync(path.join(dir, 'a.sh')).mode & 0o777).toBe(0o444);
    expect(read(dir, 'b.sh')).toBe('curl "http://localhost:${CONTIMG_API_PORT:-8000}/health"\n');
    expect(read(dir, 'c.sh')).toBe('serve --port "${CONTIMG_API_PORT:-8000}"\n');
    expect(run.stderr).toContain('port-lint: --fix could not write a.sh: the file is read-only; it is unchanged\n');
    expect(run.stderr).toContain('(b.sh, c.sh); 1 file could not be written and is unchanged (a.sh)\n');
    expect(run.code).toBe(2);
  });

  it('keeps the mode of a fixed file', async () => {
    const dir = repo(FILES);
    chmodSync(path.join(dir, 'a.sh'), 0o751);
    await runCli(['--fix'], dir);
    expect(statSync(path.join(dir, 'a.sh')).mode & 0o777).toBe(0o751);
  });

  it('D5: never rewrites a file outside the repository through a symlink', async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'pl-writes-out-'));
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.sh'), 'serve --port 8000\n');
    const dir = repo({ 'a.sh': FILES['a.sh'] });
    mkdirSync(path.join(dir, 'py'));
    symlinkSync(path.join(outside, 'secret.sh'), path.join(dir, 'py', 'link.sh'));
    const run = await runCli(['--fix'], dir);
    expect(readFileSync(path.join(outside, 'secret.sh'), 'utf8')).toBe('serve --port 8000\n');
    expect(read(dir, 'a.sh')).toBe('uvicorn app:app --port "${CONTIMG_API_PORT:-8000}"\n');
    expect(run.stderr).toMatch(/^port-lint: --fix left py\/link\.sh alone: it resolves to .*outside\/secret\.sh, outside .*$/m);
    expect(readdirSync(outside)).toEqual(['secret.sh']);
  });
});

describe('D6: --fix and a file edited after the scan', () => {
  it('checks every span against what the scan saw, and leaves a changed file alone with a notice', async () => {
    const dir = repo({ 'app.sh': 'serve --port=8000 --workers=4\n', 'other.sh': 'serve --port 8000\n' });
    const result = await scanFixture(dir);
    // Edited between the scan and the fix: the old offsets now point at 1234.
    writeFileSync(path.join(dir, 'app.sh'), 'serve --port=1234 --workers=8000\n');
    const notes: string[] = [];
    const changes = await fixFiles(dir, result.findings, (t) => notes.push(t));
    expect(changes.map((c) => c.file)).toEqual(['other.sh']);
    expect(notes).toEqual(['port-lint: --fix left app.sh alone: it changed since the scan read it; run port-lint --fix again\n']);
  });

  it('an edit of the same length on the same line is caught by the span text', async () => {
    const dir = repo({ 'app.sh': 'serve --port 8000 --workers 1234\n' });
    const result = await scanFixture(dir);
    writeFileSync(path.join(dir, 'app.sh'), 'serve --port 1234 --workers 8000\n');
    const notes: string[] = [];
    expect(await fixFiles(dir, result.findings, (t) => notes.push(t))).toEqual([]);
    expect(notes).toHaveLength(1);
  });

  it('through the CLI: an edit between the scan and the read, or between the read and the write', async () => {
    const dir = repo({ 'a.sh': 'serve --port 8000 # a\n', 'b.sh': 'serve --port 8000 # b\n', 'c.sh': 'serve --port 8000\n' });
    restore.push(
      setFixHook((file, stage) => {
        if (file === 'a.sh' && stage === 'read') writeFileSync(path.join(dir, 'a.sh'), 'serve --port=1234 # a, edited\n');
        if (file === 'b.sh' && stage === 'write') writeFileSync(path.join(dir, 'b.sh'), 'serve --port 8000 # b, edited\n');
      }),
    );
    const run = await runCli(['--fix'], dir);
    expect(read(dir, 'a.sh')).toBe('serve --port=1234 # a, edited\n');
    expect(read(dir, 'b.sh')).toBe('serve --port 8000 # b, edited\n');
    expect(read(dir, 'c.sh')).toBe('serve --port "${CONTIMG_API_PORT:-8000}"\n');
    expect(run.stderr).toContain('port-lint: --fix left a.sh alone: it changed since the scan read it; run port-lint --fix again\n');
    expect(run.stderr).toContain('port-lint: --fix left b.sh alone: it changed since port-lint read it; run port-lint --fix again\n');
    expect(run.stderr).toContain('port-lint: fixed 1 problem in 1 file\n');
  });
});

describe('--update-baseline writes', () => {
  it('D2: a full disk leaves the old baseline whole; exit 2 with a clear line', async () => {
    const dir = repo({ 'a.sh': 'serve --port 8000\n' });
    await runCli(['--update-baseline'], dir);
    const old = read(dir, '.port-lint-baseline.json');
    writeFileSync(path.join(dir, 'b.sh'), 'serve --port 8000\n');
    diskFullFor('.port-lint-baseline.json');
    const run = await runCli(['--update-baseline'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('--update-baseline: cannot write .port-lint-baseline.json: ENOSPC; the old baseline is unchanged\n');
    expect(read(dir, '.port-lint-baseline.json')).toBe(old);
  });

  it('D3: a baseline written by another run in the middle of this one leaves one whole baseline (the last written)', async () => {
    const dir = repo({ 'a.sh': 'serve --port 8000\n' });
    const file = path.join(dir, '.port-lint-baseline.json');
    const other = `${JSON.stringify({ version: 1, tool: 'port-lint', entries: [] }, null, 2)}\n`;
    const fs = nodeFs;
    let interleaved = false;
    restore.push(
      setWriteFs({
        writeSync: (fd, buffer, offset, length) => {
          // The other run completes its whole write while this one is half-way through its own.
          if (!interleaved) {
            interleaved = true;
            const n = fs.writeSync(fd, buffer, offset, Math.max(1, length >> 1));
            fs.writeFileSync(file, other);
            return n;
          }
          return fs.writeSync(fd, buffer, offset, length);
        },
      }),
    );
    const run = await runCli(['--update-baseline'], dir);
    expect(run.code).toBe(0);
    expect(interleaved).toBe(true);
    const b = JSON.parse(read(dir, '.port-lint-baseline.json'));
    expect(b.entries.map((e: { file: string }) => e.file)).toEqual(['a.sh']);
    expect((await runCli(['--baseline', '.port-lint-baseline.json'], dir)).code).toBe(0);
  });

  it('D3: two processes updating one baseline at once leave one valid baseline', async () => {
    const dir = repo({ 'a.sh': 'serve --port 8000\n', 'b.sh': 'curl localhost:8000\n' });
    const bin = path.resolve(import.meta.dirname, '../bin/port-lint.js');
    const { spawn } = await import('node:child_process');
    const once = (args: string[]) =>
      new Promise<number>((resolve) => spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: 'ignore' }).on('exit', (c) => resolve(c ?? -1)));
    const codes = await Promise.all([once(['--update-baseline', 'a.sh']), once(['--update-baseline', 'b.sh'])]);
    expect(codes).toEqual([0, 0]);
    // Last writer wins: whichever it was, the file is one whole baseline that --baseline accepts.
    const b = JSON.parse(read(dir, '.port-lint-baseline.json'));
    expect(b.version).toBe(1);
    expect(b.entries.length).toBeGreaterThan(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await runCli(['--baseline', '.port-lint-baseline.json', 'a.sh', 'b.sh'], dir)).stderr).not.toMatch(/not a|invalid/);
  }, 120_000);

  it('D5: a dangling baseline symlink out of the repository is not followed', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pl-writes-else-'));
    const dir = repo({ 'a.sh': 'serve --port 8000\n' });
    symlinkSync(path.join(elsewhere, 'x.json'), path.join(dir, '.port-lint-baseline.json'));
    const run = await runCli(['--update-baseline'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('--update-baseline: cannot write .port-lint-baseline.json: it is a dangling symbolic link; the old baseline is unchanged\n');
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('D5: a baseline symlink to a file outside the repository is not written through', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pl-writes-else-'));
    const dir = repo({ 'a.sh': 'serve --port 8000\n' });
    writeFileSync(path.join(elsewhere, 'x.json'), '{"version": 1, "tool": "port-lint", "entries": []}\n');
    symlinkSync(path.join(elsewhere, 'x.json'), path.join(dir, '.port-lint-baseline.json'));
    const run = await runCli(['--update-baseline'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--update-baseline: cannot write \.port-lint-baseline\.json: it resolves to .*x\.json, outside .*; the old baseline is unchanged\n$/);
    expect(readFileSync(path.join(elsewhere, 'x.json'), 'utf8')).toBe('{"version": 1, "tool": "port-lint", "entries": []}\n');
  });

  it('removes temporary files that killed runs left beside the baseline', async () => {
    const dir = repo({ 'a.sh': 'serve --port 8000\n' });
    const dead = deadPid();
    writeFileSync(path.join(dir, `..port-lint-baseline.json.port-lint-${dead}-abc.tmp`), '{"version": 1, "tool"');
    const live = `..port-lint-baseline.json.port-lint-${process.pid}-abc.tmp`;
    writeFileSync(path.join(dir, live), '{');
    await runCli(['--update-baseline'], dir);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([live]);
  });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const out = execFileSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(out.trim());
}

describe('-o writes', () => {
  it('D5: -o through a symlink out of the repository is refused; the outside file is unchanged', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pl-writes-else-'));
    writeFileSync(path.join(elsewhere, 'notes.md'), 'mine\n');
    const dir = repo({ 'a.sh': 'serve --port 8000\n' });
    symlinkSync(path.join(elsewhere, 'notes.md'), path.join(dir, 'report.json'));
    const run = await runCli(['-f', 'json', '-o', 'report.json'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--output: cannot write report\.json: it resolves to .*notes\.md, outside .*\n$/);
    expect(readFileSync(path.join(elsewhere, 'notes.md'), 'utf8')).toBe('mine\n');
  });

  it('-o writes atomically (a full disk leaves the old report), keeps the mode, and still writes to /dev/null', async () => {
    const dir = repo({ 'a.sh': 'serve --port 8000\n' });
    writeFileSync(path.join(dir, 'report.json'), 'old report\n');
    chmodSync(path.join(dir, 'report.json'), 0o640);
    diskFullFor('report.json');
    const full = await runCli(['-f', 'json', '-o', 'report.json'], dir);
    expect(full.code).toBe(2);
    expect(full.stderr).toBe('--output: cannot write report.json: ENOSPC\n');
    expect(read(dir, 'report.json')).toBe('old report\n');
    restore.pop()!();
    expect((await runCli(['-f', 'json', '-o', 'report.json'], dir)).code).toBe(1);
    expect(JSON.parse(read(dir, 'report.json')).results).toHaveLength(1);
    expect(statSync(path.join(dir, 'report.json')).mode & 0o777).toBe(0o640);
    expect((await runCli(['-f', 'json', '-o', '/dev/null'], dir)).code).toBe(1);
  });

  it('init -o and generate -o through a symlink out of the repository are refused', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pl-writes-else-'));
    const dir = repo({ 'a.sh': 'serve --port 8000\n' });
    symlinkSync(path.join(elsewhere, 'ports.env'), path.join(dir, 'ports.env'));
    const gen = await runCli(['generate', 'env', '-o', 'ports.env'], dir);
    expect(gen.code).toBe(2);
    expect(gen.stderr).toMatch(/dangling symbolic link/);
    symlinkSync(path.join(elsewhere, 'proposal.yaml'), path.join(dir, 'proposal.yaml'));
    const init = await runCli(['init', '-o', 'proposal.yaml', '--force'], dir);
    expect(init.code).toBe(2);
    expect(readdirSync(elsewhere)).toEqual([]);
  });
});
