// Every query file compiles against every grammar that uses it, with only protocol capture names.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGrammar, QUERY_FILES, type GrammarId } from '../src/extract/tree-sitter.js';
import { REPO } from './helpers/run.js';

describe('grammars/', () => {
  for (const id of Object.keys(QUERY_FILES) as GrammarId[]) {
    it(`${id}: ${QUERY_FILES[id].join(' + ')} compile with protocol captures only`, async () => {
      const g = await loadGrammar(id);
      expect(g.query.patternCount()).toBeGreaterThan(0);
    });
  }

  it('every .scm file is used by some grammar', () => {
    const used = new Set(Object.values(QUERY_FILES).flat());
    const files = readdirSync(path.join(REPO, 'grammars'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.scm'))
      .map((f) => f.split(path.sep).join('/'));
    expect(files.filter((f) => !used.has(f))).toEqual([]);
  });

  it('every pattern has sample source in a comment above it', () => {
    for (const file of new Set(Object.values(QUERY_FILES).flat())) {
      const text = readFileSync(path.join(REPO, 'grammars', file), 'utf8');
      const blocks = text.split(/\n\s*\n/).filter((b) => /^\s*[([]/m.test(b));
      for (const block of blocks) expect(block.trimStart().startsWith(';'), `${file}:\n${block}`).toBe(true);
    }
  });
});
