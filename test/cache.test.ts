// The extraction cache: reused for unchanged files, refreshed for changed ones, never trusted when corrupt
// or foreign.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-cachet-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n');
  writeFileSync(path.join(dir, 'a.js'), 'const A_PORT = 7001;\n');
  writeFileSync(path.join(dir, 'b.js'), 'app.listen(8000);\n');
  return dir;
}

const results = (stdout: string) => JSON.parse(stdout).results.map((r: { file: string; port: number; ruleId: string }) => `${r.file} ${r.port} ${r.ruleId}`);

describe('--cache', () => {
  it('writes .port-lint-cache in the root, reuses it, and re-extracts a changed file', async () => {
    const dir = repo();
    const first = await runCli(['-f', 'json', '--cache'], dir);
    expect(results(first.stdout)).toEqual(['a.js 7001 undocumented-port', 'b.js 8000 hardcoded-port']);
    const cache = JSON.parse(readFileSync(path.join(dir, '.port-lint-cache'), 'utf8'));
    expect(Object.keys(cache.files).sort()).toEqual(['a.js', 'b.js']);
    // Plant a marker in the cached result of a.js: a warm run must serve it from the cache…
    cache.files['a.js'].result.occurrences[0].port = 7999;
    writeFileSync(path.join(dir, '.port-lint-cache'), JSON.stringify(cache));
    expect(results((await runCli(['-f', 'json', '--cache'], dir)).stdout)).toEqual(['a.js 7999 undocumented-port', 'b.js 8000 hardcoded-port']);
    // …and a change to a.js's content must bypass it.
    writeFileSync(path.join(dir, 'a.js'), 'const A_PORT = 7002;\n');
    expect(results((await runCli(['-f', 'json', '--cache'], dir)).stdout)).toEqual(['a.js 7002 undocumented-port', 'b.js 8000 hardcoded-port']);
  });

  it('re-runs the registry rules on cached extraction', async () => {
    const dir = repo();
    await runCli(['--cache'], dir);
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n  a: { default: 7001, env_var: A_PORT }\n');
    expect(results((await runCli(['-f', 'json', '--cache'], dir)).stdout)).toEqual(['a.js 7001 hardcoded-port', 'b.js 8000 hardcoded-port']);
  });

  it('ignores a corrupt cache with a notice and rebuilds it', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'c.json'), '{"tool": "port-lint", "files": {');
    const run = await runCli(['-f', 'json', '--cache-location', 'c.json'], dir);
    const out = JSON.parse(run.stdout);
    expect(out.notices).toEqual([{ level: 'note', message: `cache ${path.join(dir, 'c.json')} is corrupt; ignored and rebuilt` }]);
    expect(out.results).toHaveLength(2);
    expect(JSON.parse(readFileSync(path.join(dir, 'c.json'), 'utf8')).format).toBe(1);
  });

  it('D4: refuses a file that is not a port-lint cache, and leaves it as it was', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ files: { 'a.js': { hash: 'x', result: { occurrences: [] } } } }));
    writeFileSync(path.join(dir, 'NOTES.md'), '# notes\n');
    writeFileSync(path.join(dir, 'tool.py'), 'print(1)\n');
    for (const f of ['c.json', 'NOTES.md', 'tool.py', 'ports.yaml']) {
      const before = readFileSync(path.join(dir, f), 'utf8');
      const run = await runCli(['-f', 'json', '--cache-location', f], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `cache ${path.join(dir, f)}: it exists and is not a port-lint cache; port-lint will not overwrite it (name another file with --cache-location, or delete it)\n`,
      );
      expect(readFileSync(path.join(dir, f), 'utf8')).toBe(before);
    }
  });

  it('ignores a port-lint cache of another format with a notice', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ tool: 'port-lint', format: 99, files: {} }));
    const out = JSON.parse((await runCli(['-f', 'json', '--cache-location', 'c.json'], dir)).stdout);
    expect(out.notices[0].message).toMatch(/is not a port-lint cache of this format; ignored and rebuilt$/);
    expect(out.results).toHaveLength(2);
  });

  it('does not trust entries made by other extractor code', async () => {
    const dir = repo();
    await runCli(['--cache'], dir);
    const cache = JSON.parse(readFileSync(path.join(dir, '.port-lint-cache'), 'utf8'));
    cache.files['a.js'].result.occurrences[0].port = 7999;
    cache.key = 'another-version';
    writeFileSync(path.join(dir, '.port-lint-cache'), JSON.stringify(cache));
    expect(results((await runCli(['-f', 'json', '--cache'], dir)).stdout)).toEqual(['a.js 7001 undocumented-port', 'b.js 8000 hardcoded-port']);
  });
});

/** A tree with a few hundred files of every kind the extractors read, and its results without a cache. */
async function bigRepo(): Promise<{ dir: string; expected: string[] }> {
  const dir = repo();
  for (let i = 0; i < 150; i++) {
    writeFileSync(path.join(dir, `s${i}.js`), `app.listen(${i % 2 ? 8000 : 7000 + i});\nconst URL = "http://localhost:${8000 + (i % 3)}/x";\n`);
    writeFileSync(path.join(dir, `p${i}.py`), `import os\nuvicorn.run(app, port=${i % 2 ? 8000 : 7000 + i})\n`);
  }
  return { dir, expected: results((await runCli(['-f', 'json'], dir)).stdout) };
}

const cacheRun = async (dir: string) => JSON.parse((await runCli(['-f', 'json', '--cache'], dir)).stdout) as { results: unknown[]; notices: { message: string }[] };

describe('hand-edited cache entries (W4, C3)', () => {
  type Entry = { hash: string; result: Record<string, unknown> & { occurrences: unknown[] } };
  const edits: [string, (files: Record<string, Entry>) => void][] = [
    ['an entry without status', (f) => delete f['b.js']!.result.status],
    ['port "abc"', (f) => ((f['b.js']!.result.occurrences[0] as { port: unknown }).port = 'abc')],
    ['an occurrence null', (f) => (f['b.js']!.result.occurrences[0] = null)],
    ['an occurrence {}', (f) => (f['b.js']!.result.occurrences[0] = {})],
    ['an entry without notices', (f) => delete f['b.js']!.result.notices],
    ['an entry without directives', (f) => delete f['b.js']!.result.directives],
    ['a result null', (f) => ((f['b.js'] as unknown as { result: null }).result = null)],
    ['an entry 5', (f) => ((f as unknown as Record<string, number>)['b.js'] = 5)],
    ['an occurrence of another file', (f) => ((f['b.js']!.result.occurrences[0] as { file: string }).file = 'a.js')],
    ['a line 0', (f) => ((f['b.js']!.result.occurrences[0] as { range: { start: { line: number } } }).range.start.line = 0)],
  ];
  for (const [name, edit] of edits) {
    it(`${name}: dropped with a notice, the file extracted again, and the cache rebuilt`, async () => {
      const dir = repo();
      const expected = results((await runCli(['-f', 'json'], dir)).stdout);
      await runCli(['--cache'], dir);
      const file = path.join(dir, '.port-lint-cache');
      const cache = JSON.parse(readFileSync(file, 'utf8'));
      edit(cache.files);
      writeFileSync(file, JSON.stringify(cache));
      const run = await runCli(['-f', 'json', '--cache'], dir);
      expect(run.code).toBe(1);
      const out = JSON.parse(run.stdout);
      expect(results(run.stdout)).toEqual(expected);
      expect(out.notices).toEqual([{ level: 'note', message: `cache ${file} has 1 malformed entry; its file was extracted again` }]);
      expect((await cacheRun(dir)).notices).toEqual([]);
    });
  }
});

describe('D5: the cache is not written through a symlink out of the repository', () => {
  it('a dangling symlink and a symlink to an outside file are left alone, with a notice', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'port-lint-cache-out-'));
    const dir = repo();
    symlinkSync(path.join(outside, 'made.json'), path.join(dir, '.port-lint-cache'));
    const dangling = await cacheRun(dir);
    expect(dangling.notices.map((n) => n.message)).toEqual([`cache ${path.join(dir, '.port-lint-cache')} could not be written: it is a dangling symbolic link`]);
    expect(readdirSync(outside)).toEqual([]);
    // An outside cache (another checkout's) may be read, but is not rewritten from here.
    const other = repo();
    await runCli(['--cache'], other);
    const before = readFileSync(path.join(other, '.port-lint-cache'), 'utf8');
    const link = path.join(dir, 'c.json');
    symlinkSync(path.join(other, '.port-lint-cache'), link);
    writeFileSync(path.join(dir, 'b.js'), 'app.listen(8000); // changed\n');
    const out = JSON.parse((await runCli(['-f', 'json', '--cache-location', 'c.json'], dir)).stdout);
    expect(out.notices[0].message).toMatch(/^cache .*c\.json could not be written: it resolves to .*\.port-lint-cache, outside /);
    expect(readFileSync(path.join(other, '.port-lint-cache'), 'utf8')).toBe(before);
  });
});

describe('H3: the cache location is never a FIFO, a device or a file too big to read', () => {
  it('refuses a FIFO and /dev/zero without blocking, and a huge file that is not a cache', async () => {
    const dir = repo();
    execFileSync('mkfifo', [path.join(dir, 'fifo')]);
    const fifo = await runCli(['--cache-location', 'fifo'], dir);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toBe(`cache ${path.join(dir, 'fifo')}: not a regular file (a FIFO, socket or device); port-lint will not overwrite it (name another file with --cache-location, or delete it)\n`);
    expect((await runCli(['--cache-location', '/dev/zero'], dir)).stderr).toMatch(/^cache \/dev\/zero: not a regular file/);
    execFileSync('truncate', ['-s', '600M', path.join(dir, 'huge.bin')]);
    const huge = await runCli(['--cache-location', 'huge.bin'], dir);
    expect(huge.stderr).toMatch(/huge\.bin: it exists and is not a port-lint cache/);
    expect(statSync(path.join(dir, 'huge.bin')).size).toBe(600 * 1024 * 1024);
  });

  it('rebuilds a port-lint cache too big to load, with a notice', async () => {
    const dir = repo();
    const file = path.join(dir, '.port-lint-cache');
    writeFileSync(file, '{"tool":"port-lint","format":1,"key":"x","files":{');
    execFileSync('truncate', ['-s', '600M', file]);
    const out = await cacheRun(dir);
    expect(out.notices[0]!.message).toMatch(/is too big to load \(629145600 bytes is over the 524288000-byte limit\); ignored and rebuilt$/);
    expect(out.results).toHaveLength(2);
    expect(statSync(file).size).toBeLessThan(100_000);
  });
});

describe('interrupted and concurrent runs with --cache (deliverable 5)', () => {
  it('a truncated cache gives the results of a run without one', async () => {
    const { dir, expected } = await bigRepo();
    await runCli(['--cache'], dir);
    const file = path.join(dir, '.port-lint-cache');
    const whole = readFileSync(file);
    for (const cut of [1, 30, Math.floor(whole.length / 2), whole.length - 2]) {
      writeFileSync(file, whole.subarray(0, cut));
      const out = await cacheRun(dir);
      expect(results(JSON.stringify(out)), `cut at ${cut}`).toEqual(expected);
      expect(out.notices.map((n) => n.message)).toEqual([`cache ${file} is corrupt; ignored and rebuilt`]);
    }
  });

  it('temporary files of runs killed while saving are removed by the next save, and never read', async () => {
    const { dir, expected } = await bigRepo();
    const dead = deadPid();
    // What a SIGKILL between creating the temporary file and the rename leaves: a partial cache beside it.
    writeFileSync(path.join(dir, `.port-lint-cache.${dead}.tmp`), '{"tool":"port-lint","format":1,"files":{"a.js":');
    writeFileSync(path.join(dir, `..port-lint-cache.port-lint-${dead}-lq2x.tmp`), '{"tool":"port-lint"');
    const out = await cacheRun(dir);
    expect(results(JSON.stringify(out))).toEqual(expected);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('SIGKILL at any point of a --cache run, and two runs at once, leave a cache that gives the same results', async () => {
    const { dir, expected } = await bigRepo();
    const bin = path.resolve(import.meta.dirname, '../bin/port-lint.js');
    const start = () => spawn(process.execPath, [bin, '--cache', '-j', '1'], { cwd: dir, stdio: 'ignore' });
    const exited = (p: ReturnType<typeof spawn>) => new Promise<void>((resolve) => p.on('exit', () => resolve()));
    // Killed as soon as its temporary cache file appears (mid-save), or once it has scanned a while.
    for (const when of ['temp', 'soon'] as const) {
      rmSync(path.join(dir, '.port-lint-cache'), { force: true });
      const p = start();
      const done = exited(p);
      const timer = setInterval(() => {
        if (when === 'soon' || readdirSync(dir).some((f) => f.endsWith('.tmp'))) p.kill('SIGKILL');
      }, when === 'soon' ? 400 : 1);
      await done;
      clearInterval(timer);
      const out = await cacheRun(dir);
      expect(results(JSON.stringify(out)), when).toEqual(expected);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    // Two writers of one cache: each renames a whole file over it; the last one wins.
    writeFileSync(path.join(dir, 's0.js'), 'app.listen(8000);\n');
    const a = start();
    const b = start();
    await Promise.all([exited(a), exited(b)]);
    const fresh = results((await runCli(['-f', 'json'], dir)).stdout);
    const out = await cacheRun(dir);
    expect(out.notices).toEqual([]);
    expect(results(JSON.stringify(out))).toEqual(fresh);
  }, 240_000);
});

/** The pid of a process that has exited. */
function deadPid(): number {
  return Number(execFileSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).trim());
}
