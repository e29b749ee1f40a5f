// The worker pool: files pulled lazily from a generator, spread over workers, results in input order and
// identical to a scan in this thread.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/discover.js';
import { scanFiles } from '../src/pool.js';

function tree(count: number): SourceFile[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-pool-'));
  const files: SourceFile[] = [];
  for (let i = 0; i < count; i++) {
    const file = `s${String(i).padStart(3, '0')}.sh`;
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
