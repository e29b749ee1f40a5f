// A short run compiles only the query patterns its files can match (query-patterns.ts reads what their
// predicates demand of the text): the split must be tree-sitter's, the demands sound, and every fixture
// must give exactly the hits and occurrences of the whole query — with a subset per text, and with one
// subset per grammar planned from every text of a run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { Query, type Node } from 'web-tree-sitter';
import { describe, expect, it } from 'vitest';
import { prepareExtractors, queryGrammars } from '../src/extract/index.js';
import { isPortName, unquote } from '../src/extract/port-text.js';
import { patternsFor, queryPatterns, textMayNamePort } from '../src/extract/query-patterns.js';
import {
  compiledPatternCount,
  forgetQueries,
  grammar,
  loadGrammar,
  parse,
  planQueries,
  QUERY_FILES,
  querySource,
  runQuery,
  setQuerySelection,
  type GrammarId,
  type PlannedText,
  type QueryHits,
} from '../src/extract/tree-sitter.js';
import { languageByName } from '../src/languages.js';
import { queryPlan, scanBytes } from '../src/scan-file.js';
import { REPO } from './helpers/run.js';

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

const ROOTS = ['corpus', 'extract', 'heldout', 'rules', 'legacy-pipeline'].map((d) => path.join(REPO, 'fixtures', d));
const GRAMMAR_OF: Record<string, GrammarId> = { '.js': 'javascript', '.jsx': 'javascript', '.mjs': 'javascript', '.ts': 'typescript', '.tsx': 'tsx', '.py': 'python', '.sh': 'bash', '.json': 'json' };

const at = (n: Node | undefined) => (n ? [n.startIndex, n.endIndex, n.type] : undefined);
function plain(h: QueryHits) {
  return {
    occurrences: h.occurrences.map((o) => ({ kind: o.kind, pattern: o.pattern, port: at(o.port), outer: at(o.outer), name: at(o.name), variable: at(o.variable) })),
    strings: h.strings.map(at),
    comments: h.comments.map(at),
    commands: h.commands.map(at),
  };
}

// First, while no grammar of this test file's process is loaded: a short run's policy.
describe('a short run', () => {
  it('compiles only the patterns its first file can match, and the whole query once a file needs more', async () => {
    const restore = setQuerySelection('short');
    try {
      const g = await loadGrammar('typescript');
      expect(compiledPatternCount('typescript')).toBe(0);
      const whole = new Query(g.language, g.querySource).patternCount();
      const hits = (text: string) => {
        const tree = parse(g, text);
        try {
          return plain(runQuery(g, tree.rootNode));
        } finally {
          tree.delete();
        }
      };
      const first = "import express from 'express';\nconst app = express();\napp.listen(8000);\n";
      const firstHits = hits(first);
      const subset = compiledPatternCount('typescript');
      expect(subset).toBeGreaterThan(0);
      expect(subset).toBeLessThan(whole / 2);
      // Nothing in this text needs a pattern the first did not: the subset serves it.
      hits("const app = express();\napp.listen(3000);\n");
      expect(compiledPatternCount('typescript')).toBe(subset);
      const second = 'const config = { port: 8080 };\n';
      const secondHits = hits(second);
      expect(compiledPatternCount('typescript')).toBe(whole);
      const back = setQuerySelection('whole');
      try {
        expect(firstHits).toEqual(hits(first));
        expect(secondHits).toEqual(hits(second));
      } finally {
        back();
      }
      expect(firstHits.occurrences.map((o) => o.kind)).toContain('listen');
      expect(secondHits.occurrences.map((o) => o.kind)).toContain('property');
    } finally {
      restore();
    }
  });
});

describe('a planned short run', () => {
  it('compiles, per grammar, one query of the patterns its texts can match, and the whole query for a text outside them', async () => {
    const restore = setQuerySelection('short');
    try {
      const g = await loadGrammar('python');
      forgetQueries();
      const whole = new Query(g.language, g.querySource).patternCount();
      const hits = (text: string) => {
        const tree = parse(g, text);
        try {
          return plain(runQuery(g, tree.rootNode));
        } finally {
          tree.delete();
        }
      };
      const texts = ['import uvicorn\nuvicorn.run(app, host="0.0.0.0", port=8000)\n', 'API_PORT = 8001\n', 's = socket.socket()\ns.bind(("", 9000))\n'];
      planQueries(texts.map((text): PlannedText => ({ text, parsedBy: 'python', embedded: [] })));
      expect(compiledPatternCount('python')).toBe(0);
      const shortHits = [hits(texts[0]!)];
      // One query compiled for the three texts, before the other two were seen, and it serves them.
      const subset = compiledPatternCount('python');
      shortHits.push(...texts.slice(1).map(hits));
      expect(compiledPatternCount('python')).toBe(subset);
      expect(subset).toBeGreaterThan(0);
      expect(subset).toBeLessThan(whole);
      // Fewer than the texts' literals allow: their trees hold no class body, default parameter, for loop…
      const patterns = queryPatterns(g.querySource);
      expect(subset).toBeLessThan(new Set(texts.flatMap((t) => patternsFor(patterns, t))).size);
      // A text the plan did not foresee, needing another pattern: the whole query, from then on.
      const extra = 'sock.connect(("db", 5432))\n';
      const extraHits = hits(extra);
      expect(compiledPatternCount('python')).toBe(whole);
      const back = setQuerySelection('whole');
      try {
        expect(shortHits).toEqual(texts.map(hits));
        expect(extraHits).toEqual(hits(extra));
      } finally {
        back();
      }
      expect(shortHits.flatMap((h) => h.occurrences.map((o) => o.kind))).toEqual(expect.arrayContaining(['listen', 'constant']));
      expect(extraHits.occurrences.map((o) => o.kind)).toContain('connect');
    } finally {
      forgetQueries();
      restore();
    }
  });

  it('plans the text of every file to parse, for the grammars of its language and the shell it may embed', () => {
    const file = (name: string, text: string) => ({ file: name, path: name, language: languageByName(name), bytes: Buffer.from(text) });
    const plan = queryPlan([file('app.py', 'x = 1\n'), file('Dockerfile', 'EXPOSE 80\n'), file('.env', 'PORT=1\n'), file('run', '#!/bin/sh\nexec x\n'), file('wait', '#!/bin/sh\nbash -c "x"\n'), { file: 'gone.py', path: 'gone.py', language: 'python' as const }]);
    expect(plan.map((p) => [p.parsedBy, p.embedded])).toEqual([
      ['python', ['bash']],
      [undefined, ['bash']],
      [undefined, []],
      // A shell script is planned by its tree; one that runs code again (`sh -c` strings, parsed again) by
      // its literals too.
      ['bash', []],
      ['bash', ['bash']],
    ]);
    expect(plan.map((p) => p.text)).toEqual(['x = 1\n', 'EXPOSE 80\n', 'PORT=1\n', '#!/bin/sh\nexec x\n', '#!/bin/sh\nbash -c "x"\n']);
  });
});

describe('query patterns', () => {
  for (const id of Object.keys(QUERY_FILES) as GrammarId[]) {
    it(`${id}: split where tree-sitter numbers its patterns`, async () => {
      const g = await loadGrammar(id);
      const source = querySource(id);
      const patterns = queryPatterns(source);
      expect(patterns.length).toBe(g.query.patternCount());
      patterns.forEach((p, i) => {
        expect(p.start, `pattern ${i}`).toBe(g.query.startIndexForPattern(i));
        expect(p.end).toBeLessThanOrEqual(g.query.endIndexForPattern(i));
      });
      // Many patterns demand something; otherwise subsets would save nothing.
      expect(patterns.filter((p) => p.needs.length > 0).length).toBeGreaterThan(patterns.length / 3);
    });
  }

  it('read what the predicates demand', () => {
    const needs = (q: string) => queryPatterns(q).map((p) => p.needs);
    expect(needs('((call_expression function: (identifier) @_f) (#eq? @_f "listen"))')).toEqual([[{ kind: 'literal', anyOf: ['listen'] }]]);
    expect(needs('((call function: (identifier) @_f) (#any-of? @_f "a" "b\\"c"))')).toEqual([[{ kind: 'literal', anyOf: ['a', 'b"c'] }]]);
    expect(needs('((pair key: (_) @name) (#port-name? @name)) ((pair) @p (#protocol-sibling? @p))')).toEqual([[{ kind: 'port-name' }], [{ kind: 'literal', anyOf: ['proto'] }]]);
    // Captured in every branch of an alternation: certain; in one branch, or optional: #eq? holds without it.
    expect(needs('((x [(a) @_m (b (c) @_m)]) (#eq? @_m "k"))')).toEqual([[{ kind: 'literal', anyOf: ['k'] }]]);
    expect(needs('((x [(a) @_m (b)]) (#eq? @_m "k"))')).toEqual([[]]);
    expect(needs('((x (a)? @_m) (#eq? @_m "k"))')).toEqual([[]]);
    expect(needs('((x (a)* @_m) (#eq? @_m "k"))')).toEqual([[]]);
    expect(needs('((x (a)+ @_m) (#eq? @_m "k"))')).toEqual([[{ kind: 'literal', anyOf: ['k'] }]]);
    // Demands nothing: negations, regexes, capture-to-capture comparisons.
    expect(needs('((x (a) @_a (b) @_b) (#not-eq? @_a "k") (#match? @_a "^k") (#eq? @_a @_b) (#not-any-of? @_b "k"))')).toEqual([[]]);
    // Comments, anchors, fields, negated fields, supertypes and strings in the right places.
    expect(queryPatterns('; c (x)\n(a . (b) @c !f "(" ) ; (y)\n[(c) "d"] @e\n(expression/identifier) @f').length).toBe(3);
  });

  it('read the node types every match holds', () => {
    const nodes = (q: string) => queryPatterns(q).map((p) => p.nodes);
    expect(nodes('((call_expression function: (identifier) @_f arguments: (arguments (number) @port)) (#eq? @_f "listen"))')).toEqual([[['call_expression'], ['identifier'], ['arguments'], ['number']]]);
    // Anonymous nodes are types too; an alternation demands one of its branches' types.
    expect(nodes('((boolean_operator operator: "or") @port)')).toEqual([[['boolean_operator'], ['or']]]);
    expect(nodes('(x operator: ["||=" "??="] [(a) (b (c))])')).toEqual([[['x'], ['||=', '??='], ['a', 'b']]]);
    // Nothing from optional items, wildcards, supertype/subtype pairs, MISSING, or a branch without a type.
    expect(nodes('(x (a)? (b)* (_) _ (expression/identifier) (MISSING) [(c) _] (d)+)')).toEqual([[['x'], ['d']]]);
    expect(nodes('((x) (y))')).toEqual([[['x'], ['y']]]);
  });

  it('pick the patterns whose demands the text meets', () => {
    const patterns = queryPatterns('(a) @x\n((b) @y (#eq? @y "listen"))\n((c) @z (#port-name? @z))\n((d) @w (#eq? @w "listen") (#port-name? @w))');
    expect(patternsFor(patterns, 'app.listen(8000)')).toEqual([0, 1]);
    expect(patternsFor(patterns, 'const port = 8000')).toEqual([0, 2]);
    expect(patternsFor(patterns, 'listen(port)')).toEqual([0, 1, 2, 3]);
    expect(patternsFor(patterns, 'import { report } from "x"')).toEqual([0]);
    // With the tree's node types: a pattern whose node is not in the tree cannot match.
    const typed = queryPatterns('(a) @x\n((b (c)) @y (#eq? @y "listen"))\n([(d) (e)] @z)');
    expect(patternsFor(typed, 'listen', (t) => ['a', 'b', 'c'].includes(t))).toEqual([0, 1]);
    expect(patternsFor(typed, 'listen', (t) => ['b', 'e'].includes(t))).toEqual([2]);
    expect(patternsFor(typed, 'x', (t) => ['b', 'c'].includes(t))).toEqual([]);
  });
});

describe('textMayNamePort', () => {
  it('finds the names isPortName takes, and not words that only contain "port"', () => {
    for (const t of ['PORT=1', 'apiPort', 'db_port', '"api-port": 1', 'dbport', '$PORT', '${HTTP_PORT:-80}', 'port1', '--port=80', 'pop3port']) expect(textMayNamePort(t), t).toBe(true);
    for (const t of ['import x', 'report', 'export', 'support', 'transport', 'passport', 'viewport', 'portable', 'importer']) expect(textMayNamePort(t), t).toBe(false);
    // A number token may end right before a name (`0x1fport`): taken to be one.
    expect(textMayNamePort('0x1fport')).toBe(true);
  });

  it('holds for every text with a token or string that isPortName takes', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9_-]{0,12}$/);
    const name = fc.oneof(
      fc.tuple(word, fc.constantFrom('port', 'Port', 'PORT', 'ports', 'portNumber', 'PortNo'), word).map(([a, p, b]) => a + p + b),
      fc.tuple(fc.constantFrom('db', 'http', 'pop3', 'D', 's', 'l', 'R', 'api', 'x'), fc.constantFrom('port', 'PORT', 'Port'), fc.stringMatching(/^[0-9]{0,2}$/)).map(([a, p, d]) => a + p + d),
    );
    const token = fc.oneof(name, fc.tuple(fc.constantFrom('"', "'", 'f"', 'rb\''), name).map(([q, n]) => `${q}${n}${q.slice(-1)}`));
    const around = fc.stringMatching(/^[ -~]{0,10}$/);
    const sep = fc.constantFrom(' ', '.', '(', ')', '=', ':', '$', '{', '}', ',', '\n', '"', '[');
    fc.assert(
      fc.property(around, sep, token, sep, around, (before, s1, t, s2, after) => {
        fc.pre(isPortName(unquote(t)));
        return textMayNamePort(before + s1 + t + s2 + after);
      }),
      { numRuns: 2000 },
    );
  });
});

// A subset for every text (what a short run would compile for that file alone), and one subset per grammar
// planned from every file of the fixture directory (what a short run of that directory compiles), against
// the whole query: the raw hits of every tree-sitter file, and the occurrences of every file, shell
// embedded in Python, Dockerfiles, compose and YAML included.
describe('subset queries give the whole query’s results', () => {
  for (const root of ROOTS) {
    it(`on every file of fixtures/${path.basename(root)}`, { timeout: 180_000 }, async () => {
      forgetQueries();
      await prepareExtractors();
      let compared = 0;
      let found = 0;
      const wholeHits = new Map<string, ReturnType<typeof plain>>();
      const wholeScans = new Map<string, ReturnType<typeof scanBytes>>();
      const plan: PlannedText[] = [];
      const all = files(root);
      for (const p of all) {
        const file = path.relative(root, p);
        const id = GRAMMAR_OF[path.extname(p)];
        if (id) {
          const g = grammar(id);
          const tree = parse(g, readFileSync(p, 'utf8'));
          try {
            const whole = plain(runQuery(g, tree.rootNode));
            wholeHits.set(file, whole);
            const restore = setQuerySelection('per-text');
            let subset;
            try {
              subset = plain(runQuery(g, tree.rootNode));
            } finally {
              restore();
            }
            expect(subset, file).toEqual(whole);
            compared++;
          } finally {
            tree.delete();
          }
        }
        const sf = { file, path: p, language: languageByName(file) };
        const bytes = readFileSync(p);
        const whole = scanBytes(sf, bytes);
        wholeScans.set(file, whole);
        const language = sf.language ?? (whole.status === 'scanned' ? 'shell' : undefined);
        if (language) plan.push({ text: bytes.toString('utf8'), ...queryGrammars(language) });
        const restore = setQuerySelection('per-text');
        let subset;
        try {
          subset = scanBytes(sf, bytes);
        } finally {
          restore();
        }
        expect(subset, file).toEqual(whole);
        if (whole.occurrences.length > 0) found++;
      }
      expect(compared).toBeGreaterThan(5);
      expect(found).toBeGreaterThan(5);

      // The planned run: every query compiled anew from the union of the directory's texts.
      const wholeCounts = new Map(Object.values(GRAMMAR_OF).map((id) => [id, grammar(id).query.patternCount()]));
      forgetQueries();
      const restore = setQuerySelection('short');
      try {
        planQueries(plan);
        for (const p of all) {
          const file = path.relative(root, p);
          const id = GRAMMAR_OF[path.extname(p)];
          if (id) {
            const g = grammar(id);
            const tree = parse(g, readFileSync(p, 'utf8'));
            try {
              expect(plain(runQuery(g, tree.rootNode)), file).toEqual(wholeHits.get(file));
            } finally {
              tree.delete();
            }
          }
          expect(scanBytes({ file, path: p, language: languageByName(file) }, readFileSync(p)), file).toEqual(wholeScans.get(file));
        }
        // Some grammar ran a planned subset over all its files (a whole query everywhere would test nothing).
        expect([...wholeCounts].filter(([id, n]) => compiledPatternCount(id) > 0 && compiledPatternCount(id) < n).length).toBeGreaterThan(0);
      } finally {
        restore();
        forgetQueries();
      }
    });
  }
});
