// The per-file time budget in this thread (src/util/budget.ts), and the fuzz input that needed it: a shell
// word of 34 KB whose `key=value` scan backtracked quadratically (56 s; now linear).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { occurrences } from './helpers/extract.js';
import { REPO } from './helpers/run.js';
import { checkFileBudget, FileBudgetExceeded, withFileBudget } from '../src/util/budget.js';
import { scanBytes } from '../src/scan-file.js';
import { prepareGrammars } from '../src/extract/tree-sitter.js';

const saved = process.env.PORT_LINT_FILE_TIMEOUT;
afterEach(() => {
  if (saved === undefined) delete process.env.PORT_LINT_FILE_TIMEOUT;
  else process.env.PORT_LINT_FILE_TIMEOUT = saved;
});

describe('the per-file time budget', () => {
  it('stops a loop that checks it once the file is over its budget, and only inside withFileBudget', () => {
    process.env.PORT_LINT_FILE_TIMEOUT = '0.000001';
    for (let i = 0; i < 1000; i++) checkFileBudget(); // outside a file: never throws
    expect(() => withFileBudget(() => {
      for (;;) checkFileBudget();
    })).toThrow(FileBudgetExceeded);
    expect(withFileBudget(() => 42)).toBe(42);
  });

  it('skips a file that overruns with the notice a worker gives, and the next file is extracted', async () => {
    await prepareGrammars();
    process.env.PORT_LINT_FILE_TIMEOUT = '0.000001';
    const script = Array.from({ length: 300 }, (_, i) => `curl "http://localhost:${8000 + (i % 50)}/x"`).join('\n') + '\n';
    const slow = scanBytes({ file: 'slow.sh', path: '/nonexistent/slow.sh', language: 'shell' }, Buffer.from(script));
    expect(slow.status).toBe('skipped');
    expect(slow.notices).toEqual([
      { file: 'slow.sh', level: 'error', message: `skipped: extraction took longer than 0.000001 s (${script.length} bytes); PORT_LINT_FILE_TIMEOUT sets the limit` },
    ]);
    delete process.env.PORT_LINT_FILE_TIMEOUT;
    const next = scanBytes({ file: 'ok.sh', path: '/nonexistent/ok.sh', language: 'shell' }, Buffer.from('uvicorn app:app --port 8000\n'));
    expect(next.status).toBe('scanned');
    expect(next.occurrences.map((o) => o.port)).toEqual([8000]);
  });
});

describe('a 34 KB word of nested substitutions (fuzz input)', () => {
  it('extracts what the quadratic scan found, the 3000 of its first line (checked against the old code)', () => {
    const text = readFileSync(path.join(REPO, 'test', 'fixtures-slow', 'nested-substitutions.sh'), 'utf8');
    expect(occurrences('shell', text, 'nested-substitutions.sh').map((o) => `${o.port} ${o.range.start.line}:${o.range.start.column}`)).toEqual(['3000 1:10207']);
  });
});
