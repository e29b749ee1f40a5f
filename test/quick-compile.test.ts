// A short run of more than QUERY_SUBSET_MAX_FILES files compiles whole queries when grammars load: its
// files would mostly need patterns outside a first file's subset, and compile the whole query anyway.
import { describe, expect, it } from 'vitest';
import { compiledPatternCount, loadGrammar, preferQuickCompile, QUERY_SUBSET_MAX_FILES } from '../src/extract/tree-sitter.js';

describe('preferQuickCompile', () => {
  it('keeps whole queries for a run of more than QUERY_SUBSET_MAX_FILES files', async () => {
    preferQuickCompile(QUERY_SUBSET_MAX_FILES + 1);
    const g = await loadGrammar('json');
    expect(compiledPatternCount('json')).toBe(g.query.patternCount());
    expect(compiledPatternCount('json')).toBeGreaterThan(0);
  });
});
