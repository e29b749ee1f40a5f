// safeWriteFile: atomic (ENOSPC leaves the old file whole), contained (no symlink out of root), mode kept.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { safeWriteFile, setWriteFs, WriteError } from '../src/safe-write.js';

let restore: (() => void) | undefined;
afterEach(() => {
  restore?.();
  restore = undefined;
});

function tmp(): string {
  return mkdtempSync(path.join(tmpdir(), 'pl-write-'));
}

describe('safeWriteFile', () => {
  it('replaces the content and keeps the mode', () => {
    const dir = tmp();
    const f = path.join(dir, 'run.sh');
    writeFileSync(f, 'old\n');
    chmodSync(f, 0o751);
    safeWriteFile(f, 'new\n', { root: dir });
    expect(readFileSync(f, 'utf8')).toBe('new\n');
    expect(statSync(f).mode & 0o777).toBe(0o751);
    expect(readdirSync(dir)).toEqual(['run.sh']);
  });

  it('leaves the old file whole and no temporary file when the disk is full', () => {
    const dir = tmp();
    const f = path.join(dir, 'app.py');
    writeFileSync(f, 'x = 1\n'.repeat(2000));
    let calls = 0;
    restore = setWriteFs({
      writeSync: () => {
        calls++;
        if (calls > 1) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
        return 4096;
      },
    });
    expect(() => safeWriteFile(f, 'y = 2\n'.repeat(2000))).toThrow(WriteError);
    expect(() => safeWriteFile(f, 'y = 2\n'.repeat(2000))).toThrow(/ENOSPC/);
    expect(readFileSync(f, 'utf8')).toBe('x = 1\n'.repeat(2000));
    expect(readdirSync(dir)).toEqual(['app.py']);
  });

  it('refuses a symlink that leads out of the root, and a dangling one', () => {
    const base = tmp();
    const repo = path.join(base, 'repo');
    const outside = path.join(base, 'outside');
    mkdirSync(repo);
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.py'), 'keep\n');
    symlinkSync(path.join(outside, 'secret.py'), path.join(repo, 'link.py'));
    symlinkSync(path.join(outside, 'x.json'), path.join(repo, 'dangling.json'));
    expect(() => safeWriteFile(path.join(repo, 'link.py'), 'changed\n', { root: repo })).toThrow(/outside/);
    expect(readFileSync(path.join(outside, 'secret.py'), 'utf8')).toBe('keep\n');
    expect(() => safeWriteFile(path.join(repo, 'dangling.json'), '{}', { root: repo })).toThrow(/dangling/);
    expect(readdirSync(outside)).toEqual(['secret.py']);
  });

  it('writes through a symlink whose target is inside the root, keeping the link', () => {
    const repo = tmp();
    writeFileSync(path.join(repo, 'real.py'), 'a\n');
    symlinkSync('real.py', path.join(repo, 'alias.py'));
    safeWriteFile(path.join(repo, 'alias.py'), 'b\n', { root: repo });
    expect(readFileSync(path.join(repo, 'real.py'), 'utf8')).toBe('b\n');
    expect(readdirSync(repo).sort()).toEqual(['alias.py', 'real.py']);
  });
});

describe('safeWriteFile in chunks, and temporary files of killed writers', () => {
  it('writes an iterable of chunks as one file, and a failing chunk leaves the old file', () => {
    const dir = tmp();
    const f = path.join(dir, 'cache');
    safeWriteFile(f, ['{"a":', Buffer.from('1'), '}'], { root: dir });
    expect(readFileSync(f, 'utf8')).toBe('{"a":1}');
    function* failing(): Generator<string> {
      yield '{"b":';
      throw Object.assign(new Error('killed'), { code: 'EINTR' });
    }
    expect(() => safeWriteFile(f, failing(), { root: dir })).toThrow(/EINTR/);
    expect(readFileSync(f, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir)).toEqual(['cache']);
  });

  it('removeStaleTempFiles removes the temporary files of dead processes only', async () => {
    const { execFileSync } = await import('node:child_process');
    const { removeStaleTempFiles } = await import('../src/safe-write.js');
    const dir = tmp();
    const dead = Number(execFileSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).trim());
    const names = [`.cache.port-lint-${dead}-abc.tmp`, `cache.${dead}.tmp`, `.cache.port-lint-${process.pid}-abc.tmp`, `.other.port-lint-${dead}-abc.tmp`, 'cache'];
    for (const n of names) writeFileSync(path.join(dir, n), 'x');
    expect(removeStaleTempFiles(path.join(dir, 'cache'))).toEqual([`.cache.port-lint-${dead}-abc.tmp`]);
    expect(removeStaleTempFiles(path.join(dir, 'cache'), { legacy: true })).toEqual([`cache.${dead}.tmp`]);
    expect(readdirSync(dir).sort()).toEqual([`.cache.port-lint-${process.pid}-abc.tmp`, `.other.port-lint-${dead}-abc.tmp`, 'cache']);
  });
});

describe('readUserFile', () => {
  it('refuses a FIFO and a device without blocking, and a file over the limit', async () => {
    const { execFileSync } = await import('node:child_process');
    const { readUserFile } = await import('../src/user-file.js');
    const dir = tmp();
    const fifo = path.join(dir, 'ports.yaml');
    execFileSync('mkfifo', [fifo]);
    expect(() => readUserFile(fifo, 1 << 20)).toThrow(/not a regular file/);
    expect(() => readUserFile('/dev/zero', 1 << 20)).toThrow(/not a regular file/);
    expect(() => readUserFile(dir, 1 << 20)).toThrow(/is a directory/);
    const big = path.join(dir, 'big.yaml');
    writeFileSync(big, 'x'.repeat(100));
    expect(() => readUserFile(big, 50)).toThrow(/over the 50-byte limit/);
    expect(readUserFile(big, 100).toString()).toBe('x'.repeat(100));
  });
});
