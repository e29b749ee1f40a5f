// A short run's shell script is planned by the node types of its own tree, like any other parsed file: a
// plain script compiles the few bash patterns its tree can match, not every pattern whose predicates its
// literals satisfy. A script that runs code again (`bash -c '…'`) is planned by its literals too, and one
// the plan misses still gets the whole query: a wrong plan costs time, never a result.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../src/discover.js';
import { queryGrammars } from '../src/extract/index.js';
import { compiledPatternCount, grammar } from '../src/extract/tree-sitter.js';
import { scanFiles } from '../src/pool.js';

function write(files: Record<string, string>): SourceFile[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-short-shell-'));
  return Object.entries(files).map(([file, text]) => {
    writeFileSync(path.join(dir, file), text);
    return { file, path: path.join(dir, file), language: 'shell' };
  });
}

describe('a short run of shell scripts', () => {
  it('plans a plain script by its tree, a script with nested shell by its literals too', () => {
    expect(queryGrammars('shell', 'uvicorn app:app --port 8000\n')).toEqual({ parsedBy: 'bash', embedded: [] });
    expect(queryGrammars('shell', "timeout 60 bash -c 'nc -z localhost 8000'\n")).toEqual({ parsedBy: 'bash', embedded: ['bash'] });
    expect(queryGrammars('shell', 'cat <<EOF | sh\nnc -z localhost 8000\nEOF\n').embedded).toEqual(['bash']);
    expect(queryGrammars('shell', 'START_CMD="uvicorn app --port 8000"\n').embedded).toEqual(['bash']);
  });

  it('compiles only the patterns a plain script can match, and finds what the whole query finds', async () => {
    const [plain] = write({ 'start.sh': '#!/bin/sh\n# start the api\nuvicorn app:app --port 8000\n' });
    const [first] = await scanFiles([plain!], 1 << 20, 1);
    expect(first!.occurrences.map((o) => o.port)).toEqual([8000]);
    const subset = compiledPatternCount('bash');
    expect(subset).toBeGreaterThan(0);
    expect(subset).toBeLessThan(grammar('bash').query.patternCount() / 4);
    // A later script the subset cannot serve gets the whole query (compiled above): same results as alone.
    const [nested] = write({ 'wait.sh': 'PORT=8001\nfor port in 8002 8003; do echo "$port"; done\n[ "$PORT" -eq 8004 ] && echo ok\n' });
    const [second] = await scanFiles([nested!], 1 << 20, 1);
    expect(second!.occurrences.map((o) => o.port)).toEqual([8001, 8002, 8003, 8004]);
  });
});
