// A short run (a few dozen files, scanned in this thread) compiles, per grammar, one query of the patterns
// its files can match — planned from the texts the pool reads ahead — not the whole query, and finds what
// the whole query finds.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/discover.js';
import { compiledPatternCount, grammar, QUERY_SUBSET_MAX_FILES } from '../src/extract/tree-sitter.js';
import { scanFiles } from '../src/pool.js';

const PYTHON = [
  'import uvicorn\n\nuvicorn.run(app, host="0.0.0.0", port=8000)\n',
  'API_PORT = 8001\n',
  'import socket\n\ns = socket.socket()\ns.bind(("", 9000))\n',
  'REDIS_URL = "redis://cache:6379/0"\n',
  'def serve(port=8080):\n    pass\n',
  'import os\n\nport = int(os.environ.get("PORT", "5000"))\n',
];

describe('a short run of more than QUERY_SUBSET_MAX_FILES files', () => {
  it('compiles one query per grammar of the patterns its files can match', async () => {
    expect(PYTHON.length).toBeGreaterThan(QUERY_SUBSET_MAX_FILES);
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-short-run-'));
    const files: SourceFile[] = PYTHON.map((text, i) => {
      const file = `m${i}.py`;
      writeFileSync(path.join(dir, file), text);
      return { file, path: path.join(dir, file), language: 'python' };
    });
    const results = await scanFiles(files, 1 << 20, 1);
    expect(results.map((r) => r.occurrences.map((o) => o.port))).toEqual([[8000], [8001], [9000], [6379], [8080], [5000]]);
    const subset = compiledPatternCount('python');
    expect(subset).toBeGreaterThan(0);
    // Only now the whole query (it serves every text from here on).
    const whole = grammar('python').query.patternCount();
    expect(subset).toBeLessThan(whole);
    // None of these files embeds shell: the bash grammar was never loaded.
    expect(() => grammar('bash')).toThrow(/not loaded/);
  });
});
