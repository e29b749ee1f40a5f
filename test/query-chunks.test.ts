// Large trees are queried a subtree at a time (bounded memory); every fixture must extract exactly the same
// occurrences when every node is queried on its own as when the whole tree is queried at once.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareExtractors } from '../src/extract/index.js';
import { setQueryChunkBytes } from '../src/extract/tree-sitter.js';
import { languageByName } from '../src/languages.js';
import { scanBytes } from '../src/scan-file.js';
import { REPO } from './helpers/run.js';

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

const ROOTS = ['extract', 'heldout', 'rules', 'legacy-pipeline'].map((d) => path.join(REPO, 'fixtures', d));

describe('chunked queries', () => {
  beforeAll(async () => {
    await prepareExtractors();
  });

  for (const root of ROOTS) {
    it(`give the whole-tree occurrences for every file of fixtures/${path.basename(root)}`, () => {
      let parsed = 0;
      for (const p of files(root)) {
        const file = path.relative(root, p);
        const sf = { file, path: p, language: languageByName(file) };
        const bytes = readFileSync(p);
        const whole = scanBytes(sf, bytes);
        const restore = setQueryChunkBytes(0);
        let chunked;
        try {
          chunked = scanBytes(sf, bytes);
        } finally {
          restore();
        }
        expect(chunked, file).toEqual(whole);
        if (whole.occurrences.length > 0) parsed++;
      }
      expect(parsed).toBeGreaterThan(10);
    });
  }
});
