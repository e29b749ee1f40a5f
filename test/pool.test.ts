// The worker pool: files pulled lazily from a generator, spread over workers, results in input order and
// identical to a scan in this thread.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/discover.js';
import { scanFile } from '../src/scan-file.js';
import { dispatchOrder, lookaheadTarget, MIN_PARSED_PER_WORKER, QUICK_COMPILE_MAX_FILES, scanFiles, workerCount } from '../src/pool.js';

function tree(count: number, culprit?: number): SourceFile[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-pool-'));
  const files: SourceFile[] = [];
  for (let i = 0; i < count; i++) {
    const file = `s${String(i).padStart(3, '0')}${i === culprit ? '-culprit' : ''}.sh`;
    // Every third file has no port, so a shifted result would show.
    writeFileSync(path.join(dir, file), i % 3 === 0 ? 'echo hello\n' : `ssh -p ${2000 + i} host\n`);
    files.push({ file, path: path.join(dir, file), language: 'shell' });
  }
  return files;
}

const ports = (results: Awaited<ReturnType<typeof scanFiles>>) => results.map((r) => `${r.file}:${r.occurrences.map((o) => o.port).join(',')}`);

describe('scanFiles', () => {
  it('gives the same results in the same order serially, in workers, and from a lazy generator', async () => {
    const files = tree(150);
    const serial = await scanFiles(files, 1 << 20, 1);
    expect(serial).toHaveLength(150);
    expect(ports(serial)[0]).toBe('s000.sh:');
    expect(ports(serial)[149]).toBe('s149.sh:2149');
    expect(await scanFiles(files, 1 << 20, 2)).toEqual(serial);
    let pulled = 0;
    function* lazy(): Generator<SourceFile> {
      for (const sf of files) {
        pulled++;
        yield { ...sf, bytes: readFileSync(sf.path) };
      }
    }
    expect(await scanFiles(lazy(), 1 << 20, 2)).toEqual(serial);
    expect(pulled).toBe(150);
    expect(await scanFiles([], 1 << 20)).toEqual([]);
  });
});

describe('the pool is sized to the files left to parse after the prefilter', () => {
  it('starts no worker by default below MIN_PARSED_PER_WORKER files to parse per worker, whatever the files listed', () => {
    expect(MIN_PARSED_PER_WORKER).toBeGreaterThanOrEqual(100);
    // 3,000 files listed but 200 to parse (the rest skipped by the prefilter): one worker's worth, in this thread.
    expect(workerCount(200, undefined, 2)).toBe(1);
    expect(workerCount(2 * MIN_PARSED_PER_WORKER - 1, undefined, 2)).toBe(1);
    expect(workerCount(2 * MIN_PARSED_PER_WORKER, undefined, 2)).toBe(2);
    expect(workerCount(3 * MIN_PARSED_PER_WORKER, undefined, 8)).toBe(3);
    // On two cores, also 2 MiB of source to parse per worker: DSA-110's 348 files of 3.1 MiB stay in this thread.
    expect(workerCount(348, undefined, 2, 3.1 * 1024 * 1024)).toBe(1);
    expect(workerCount(347, undefined, 2, 5.2 * 1024 * 1024)).toBe(2);
    expect(workerCount(347, undefined, 4, 3.1 * 1024 * 1024)).toBe(2);
    expect(workerCount(undefined, undefined, 2, 1024)).toBe(2);
    expect(workerCount(40, 2, 2, 1024)).toBe(2);
    expect(workerCount(0, undefined, 8)).toBe(0);
    // More than the look-ahead saw: one per core.
    expect(workerCount(undefined, undefined, 4)).toBe(4);
  });

  it('with --jobs, starts up to that many, one per batch of files to parse', () => {
    expect(workerCount(20, 2, 8)).toBe(1);
    expect(workerCount(40, 2, 8)).toBe(2);
    expect(workerCount(40, 4, 8)).toBe(2);
    expect(workerCount(undefined, 3, 8)).toBe(3);
  });

  it('looks far enough ahead to tell a short run (baseline WASM tier only) from a long one, at -j 1 too', () => {
    for (const jobs of [1, 2, undefined]) expect(lookaheadTarget(jobs, 2)).toBeGreaterThan(QUICK_COMPILE_MAX_FILES);
    expect(lookaheadTarget(undefined, 4)).toBe(4 * MIN_PARSED_PER_WORKER);
  });

  it('runs the prefilter once: the extractor takes the verdict the pool reached on the same bytes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-pool-verdict-'));
    writeFileSync(path.join(dir, 'app.py'), 'app.run(port=8000)\n');
    const sf: SourceFile = { file: 'app.py', path: path.join(dir, 'app.py'), language: 'python' };
    const bytes = readFileSync(sf.path);
    expect(ports([await scanFile({ ...sf, bytes }, 1 << 20)])).toEqual(['app.py:8000']);
    expect(ports([await scanFile({ ...sf, bytes, prefiltered: true }, 1 << 20)])).toEqual(['app.py:8000']);
    // A verdict of "no port" is not second-guessed (the pool only sets it from the prefilter itself).
    expect(ports([await scanFile({ ...sf, bytes, prefiltered: false }, 1 << 20)])).toEqual(['app.py:']);
  });

  it('sends the files to parse largest first, then the files the prefilter skips', () => {
    const ahead = [
      { index: 0, parse: false, bytes: 9000 },
      { index: 1, parse: true, bytes: 10 },
      { index: 2, parse: true, bytes: 5000 },
      { index: 3, parse: true, bytes: 10 },
      { index: 4, parse: false, bytes: 1 },
    ];
    const { toParse, cheap } = dispatchOrder(ahead);
    expect(toParse.map((w) => w.index)).toEqual([2, 1, 3]);
    expect(cheap.map((w) => w.index)).toEqual([0, 4]);
  });

  it('gives the results of a scan in this thread when large and small files are reordered across workers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-pool-sizes-'));
    const files: SourceFile[] = [];
    for (let i = 0; i < 90; i++) {
      const file = `m${String(i).padStart(2, '0')}.py`;
      // Every tenth file is large, every third has no anchor (the prefilter skips it).
      const body = i % 3 === 0 ? 'x = 1\n' : `app.run(port=${5000 + i})\n`;
      writeFileSync(path.join(dir, file), i % 10 === 0 ? `${'pass\n'.repeat(3000)}${body}` : body);
      files.push({ file, path: path.join(dir, file), language: 'python' });
    }
    const serial = await scanFiles(files, 1 << 20, 1);
    expect(ports(serial).slice(0, 3)).toEqual(['m00.py:', 'm01.py:5001', 'm02.py:5002']);
    expect(await scanFiles(files, 1 << 20, 2)).toEqual(serial);
  }, 120_000);
});

describe('a worker that dies', () => {
  afterEach(() => {
    delete process.env.PORT_LINT_TEST_CRASH_ON;
    delete process.env.PORT_LINT_TEST_CRASH_MODE;
  });

  // The culprit sits mid-batch (batches are 32 files): files before it in the batch are done, files after
  // it are not, and other workers have batches in flight.
  for (const mode of ['exit', 'silent', 'uncaught', 'oom', 'trap']) {
    it(`(${mode}) costs only the file it died on: every other file is reported, at -j 2 and -j 4`, async () => {
      const files = tree(150, 45);
      const serial = await scanFiles(files, 1 << 20, 1);
      process.env.PORT_LINT_TEST_CRASH_ON = '-culprit';
      process.env.PORT_LINT_TEST_CRASH_MODE = mode;
      for (const jobs of [2, 4]) {
        const results = await scanFiles(files, 1 << 20, jobs);
        expect(results).toHaveLength(150);
        results.forEach((r, i) => {
          if (i !== 45) expect(r).toEqual(serial[i]);
        });
        const culprit = results[45]!;
        expect(culprit.status).toBe('skipped');
        expect(culprit.notices).toHaveLength(1);
        expect(culprit.notices[0]).toMatchObject({ file: 's045-culprit.sh', level: 'error' });
        expect(culprit.notices[0]!.message).toMatch(
          mode === 'oom' ? /^skipped: extraction ran out of memory \(\d+ bytes\)$/ : /^skipped: extraction crashed \(.+\)$/,
        );
      }
    }, 180_000);
  }

  it('(hang) is stopped after the per-file time budget: the file is a notice, every other file is reported', async () => {
    const files = tree(150, 45);
    const serial = await scanFiles(files, 1 << 20, 1);
    process.env.PORT_LINT_TEST_CRASH_ON = '-culprit';
    process.env.PORT_LINT_TEST_CRASH_MODE = 'hang';
    process.env.PORT_LINT_FILE_TIMEOUT = '2';
    try {
      const results = await scanFiles(files, 1 << 20, 2);
      expect(results).toHaveLength(150);
      results.forEach((r, i) => {
        if (i !== 45) expect(r).toEqual(serial[i]);
      });
      expect(results[45]!.status).toBe('skipped');
      expect(results[45]!.notices.map((n) => n.message)).toEqual([
        expect.stringMatching(/^skipped: extraction took longer than 2 s \(\d+ bytes\); PORT_LINT_FILE_TIMEOUT sets the limit$/),
      ]);
    } finally {
      delete process.env.PORT_LINT_FILE_TIMEOUT;
    }
  }, 180_000);

  it('in this thread (-j 1), a file whose extraction throws or overflows the stack is a notice for that file', async () => {
    const files = tree(40, 7);
    const clean = await scanFiles(files, 1 << 20, 1);
    process.env.PORT_LINT_TEST_CRASH_ON = '-culprit';
    for (const mode of ['throw', 'stack']) {
      process.env.PORT_LINT_TEST_CRASH_MODE = mode;
      const results = await scanFiles(files, 1 << 20, 1);
      results.forEach((r, i) => {
        if (i !== 7) expect(r).toEqual(clean[i]);
      });
      expect(results[7]!.status).toBe('skipped');
      expect(results[7]!.notices.map((n) => n.message)).toEqual([
        mode === 'throw' ? 'skipped: extraction crashed (injected extraction failure)' : 'skipped: extraction crashed (Maximum call stack size exceeded)',
      ]);
    }
  });
});

describe('worker memory', () => {
  // Attack report C1: an 829 KB JSON file of 30,000 small objects beside 32 one-line Python files killed a
  // worker at its heap limit (every match and Node object of the file was built at once), and the scan
  // with it. Its matches are now produced a subtree at a time: the file is extracted like any other.
  it('extracts an 829 KB JSON file of 30,000 objects in a worker, as in this thread', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-c1-'));
    const items = Array.from({ length: 30000 }, (_, i) => ({ name: `x${i}`, v: 'abc' }));
    writeFileSync(path.join(dir, 'big.json'), JSON.stringify({ items, port: 8080 }));
    const files: SourceFile[] = [{ file: 'big.json', path: path.join(dir, 'big.json'), language: 'json' }];
    for (let i = 0; i < 32; i++) {
      writeFileSync(path.join(dir, `m${i}.py`), `app.run(port=${5000 + i})\n`);
      files.push({ file: `m${i}.py`, path: path.join(dir, `m${i}.py`), language: 'python' });
    }
    const serial = await scanFiles(files, 1 << 20, 1);
    expect(serial[0]!.notices).toEqual([]);
    expect(serial[0]!.occurrences.map((o) => o.port)).toEqual([8080]);
    expect(await scanFiles(files, 1 << 20, 2)).toEqual(serial);
  }, 120_000);
});
