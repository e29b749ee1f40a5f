// What compiling each grammar's query costs, and which patterns cost most: the median time of `new
// Query` for the whole query, then, with --patterns, how much less the query without each pattern takes.
// V8's baseline WASM tier only (--liftoff-only), as a short run compiles. A report, not a test.
//
//   npm run bench:query-compile                                  # every grammar, whole queries
//   npm run bench:query-compile -- typescript,python --patterns  # plus the costliest patterns
import { Query } from 'web-tree-sitter';
import { loadGrammar, QUERY_FILES, querySource } from '../dist/src/extract/tree-sitter.js';
import { queryPatterns } from '../dist/src/extract/query-patterns.js';

const args = process.argv.slice(2);
const perPattern = args.includes('--patterns');
const ids = (args.find((a) => !a.startsWith('--')) ?? Object.keys(QUERY_FILES).join(',')).split(',');
const median = (language, source, runs = 5) => {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    new Query(language, source).delete();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
};
for (const id of ids) {
  if (!(id in QUERY_FILES)) {
    console.error(`unknown grammar ${id}: one of ${Object.keys(QUERY_FILES).join(', ')}`);
    process.exit(2);
  }
  const { language } = await loadGrammar(id);
  const source = querySource(id);
  const patterns = queryPatterns(source);
  const whole = median(language, source);
  console.log(`${id}: ${patterns.length} patterns, whole query ${whole.toFixed(1)} ms`);
  if (!perPattern) continue;
  const rows = patterns.map((p, i) => {
    const rest = patterns.filter((_, j) => j !== i).map((q) => source.slice(q.start, q.end)).join('\n');
    return { saved: whole - median(language, rest, 3), i, text: source.slice(p.start, p.end).replace(/\s+/g, ' ') };
  });
  rows.sort((a, b) => b.saved - a.saved);
  for (const r of rows.slice(0, 10)) console.log(`  ${r.saved.toFixed(1).padStart(6)} ms  #${r.i} ${r.text.slice(0, 110)}`);
}
