// What each query pattern costs: the time one grammar's whole query takes over a set of files, and how
// much of it goes away when one pattern is disabled, most expensive first. A pattern that costs far more
// than its neighbours (an unanchored sibling pattern, say) shows at the top. A report, not a test.
//
//   npm run bench:queries -- javascript bench/.corpus/10k/js      # a grammar and files or directories
//   npm run bench:queries -- python path/to/repo --top 5
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Query } from 'web-tree-sitter';
import { grammar, loadGrammar, parse, querySource } from '../dist/src/extract/tree-sitter.js';

const EXTENSIONS = {
  javascript: /\.(?:js|jsx|mjs|cjs)$/,
  typescript: /\.(?:ts|mts|cts)$/,
  tsx: /\.tsx$/,
  python: /\.py$/,
  bash: /\.(?:sh|bash)$/,
  json: /\.json$/,
};

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args.splice(topAt, 2)[1]) : 10;
const [id, ...inputs] = args;
if (!id || !(id in EXTENSIONS) || inputs.length === 0) {
  console.error(`usage: npm run bench:queries -- <${Object.keys(EXTENSIONS).join('|')}> <file or directory>... [--top N]`);
  process.exit(2);
}

function* walk(p) {
  const st = statSync(p);
  if (st.isFile()) yield p;
  else if (st.isDirectory()) for (const e of readdirSync(p).sort()) yield* walk(path.join(p, e));
}

await loadGrammar(id);
const g = grammar(id);
const source = querySource(id);
const trees = [];
for (const input of inputs) {
  for (const file of walk(input)) {
    if (!EXTENSIONS[id].test(file) || statSync(file).size > 1 << 20) continue;
    trees.push(parse(g, readFileSync(file, 'utf8')));
  }
}
if (trees.length === 0) {
  console.error(`no ${id} files under ${inputs.join(', ')}`);
  process.exit(2);
}

/** Best of three runs over every tree, in ms. */
function time(query) {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    for (const tree of trees) query.matches(tree.rootNode);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const all = new Query(g.language, source);
const total = time(all);
const rows = [];
for (let i = 0; i < all.patternCount(); i++) {
  const without = new Query(g.language, source);
  without.disablePattern(i);
  const offset = all.startIndexForPattern(i);
  rows.push({ saved: total - time(without), line: source.slice(0, offset).split('\n').length, text: source.slice(offset, offset + 70) });
  without.delete();
}
rows.sort((a, b) => b.saved - a.saved);
console.log(`${id}: ${trees.length} files, ${all.patternCount()} patterns, whole query ${total.toFixed(0)} ms (best of 3)`);
console.log('ms saved without it   line of the concatenated query   pattern');
for (const r of rows.slice(0, top)) {
  console.log(`${r.saved.toFixed(1).padStart(8)}              ${String(r.line).padStart(5)}                            ${r.text.replace(/\s+/g, ' ')}`);
}
for (const t of trees) t.delete();
