// Wildcard parents in the queries (`(_ property: …)` for `(member_expression property: …)`) compile
// faster because tree-sitter's analysis skips them; they must match exactly what the typed node would.
// Two checks: the grammar's node-types.json admits one node type for each, and the query with every
// wildcard typed back gives the same matches on every fixture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Query } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { loadGrammar, parse, QUERY_FILES, querySource, type GrammarId } from '../src/extract/tree-sitter.js';
import { listFiles } from './helpers/fixture-check.js';
import { typedQuery, wildcardParents, wildcardTypes } from './helpers/query-wildcards.js';
import { REPO } from './helpers/run.js';

const GRAMMARS = Object.keys(QUERY_FILES) as GrammarId[];
const EXTENSIONS: Record<GrammarId, RegExp> = {
  javascript: /\.(?:js|jsx|mjs|cjs)$/,
  typescript: /\.(?:ts|mts|cts)$/,
  tsx: /\.(?:tsx|jsx|ts)$/,
  python: /\.py$/,
  bash: /\.(?:sh|bash)$/,
  json: /\.json$/,
};

const FIXTURES = ['corpus', 'extract', 'heldout', 'rules', 'legacy-pipeline'].flatMap((d) => listFiles(path.join(REPO, 'fixtures', d)).map((f) => path.join(REPO, 'fixtures', d, f)));

describe('wildcard parents in the queries', () => {
  it('are found with their context and fields', () => {
    const [w] = wildcardParents('((call_expression function: (_ property: (property_identifier) @m)) (#eq? @m "x"))');
    expect(w).toMatchObject({ fields: ['property'], parent: { type: 'call_expression', field: 'function' } });
    const nested = wildcardParents('(assignment_expression left: [(_ object: (_ property: (property_identifier) @e) property: (property_identifier) @n) (identifier)])');
    expect(nested.map((v) => v.fields)).toEqual([['property'], ['object', 'property']]);
    expect(nested[0]!.parent).toMatchObject({ type: '_', field: 'object' });
    expect(wildcardParents('((_) @port (identifier) @x)')).toEqual([]);
  });

  it('are ambiguous where the context admits more than one type', () => {
    // A call's arguments are `arguments`, or a tagged template's `template_string`.
    const [w] = wildcardParents('(call_expression arguments: (_ . (_) @port))');
    expect(wildcardTypes('javascript', w!)).toEqual(['arguments', 'template_string']);
    const [member] = wildcardParents('(call_expression function: (_ property: (property_identifier) @m))');
    expect(wildcardTypes('typescript', member!)).toEqual(['member_expression']);
  });

  for (const id of GRAMMARS) {
    it(`${id}: each stands for exactly one node type where it is written`, () => {
      const source = querySource(id);
      const ambiguous = wildcardParents(source)
        .map((w) => ({ at: source.slice(w.at - 30, w.at + 40).replace(/\s+/g, ' '), types: wildcardTypes(id, w) }))
        .filter((w) => w.types.length !== 1);
      expect(ambiguous).toEqual([]);
    });

    it(`${id}: the query matches on every fixture what it matches with each wildcard typed back`, async () => {
      const g = await loadGrammar(id);
      const source = querySource(id);
      const typed = typedQuery(id, source);
      if (typed === source) return;
      const fast = new Query(g.language, source);
      const slow = new Query(g.language, typed);
      let compared = 0;
      try {
        for (const file of FIXTURES.filter((f) => EXTENSIONS[id].test(f))) {
          const tree = parse(g, readFileSync(file, 'utf8'));
          const plain = (q: Query) =>
            q.matches(tree.rootNode).map((m) => [m.patternIndex, ...m.captures.map((c) => `${c.name}@${c.node.startIndex}-${c.node.endIndex}:${c.node.type}`)].join(' '));
          expect(plain(fast), path.relative(REPO, file)).toEqual(plain(slow));
          tree.delete();
          compared++;
        }
      } finally {
        fast.delete();
        slow.delete();
      }
      expect(compared).toBeGreaterThan(5);
    });
  }
});
