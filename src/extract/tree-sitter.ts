// web-tree-sitter set-up: grammars and queries loaded once per process, and the capture protocol of
// grammars/<lang>/*.scm turned into plain hits that extractors interpret.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { Language, Parser, Query, type Node, type QueryMatch, type Tree } from 'web-tree-sitter';
import { packagePath } from '../paths.js';
import type { OccurrenceKind } from '../types.js';
import { isPortName, unquote } from './port-text.js';
import { patternsFor, queryPatterns, type QueryPattern } from './query-patterns.js';

export type GrammarId = 'javascript' | 'typescript' | 'tsx' | 'python' | 'bash' | 'json';

/** The vendored grammar of each id, under grammars/ (copied from pinned packages by scripts/vendor-grammars.mjs). */
export const WASM: Record<GrammarId, string> = {
  javascript: 'javascript/tree-sitter-javascript.wasm',
  typescript: 'typescript/tree-sitter-typescript.wasm',
  tsx: 'typescript/tree-sitter-tsx.wasm',
  python: 'python/tree-sitter-python.wasm',
  bash: 'bash/tree-sitter-bash.wasm',
  json: 'json/tree-sitter-json.wasm',
};

/**
 * Query files of each grammar, under grammars/. TypeScript and TSX reuse the JavaScript patterns; the
 * dialect-specific files come first because earlier patterns win, and their bindings (class fields,
 * typed parameters, JSX props) name a port more precisely than javascript/ports.scm's fallbacks.
 */
export const QUERY_FILES: Record<GrammarId, string[]> = {
  javascript: ['javascript/classes.scm', 'jsx/ports.scm', 'javascript/ports.scm'],
  typescript: ['typescript/ports.scm', 'javascript/ports.scm'],
  tsx: ['typescript/ports.scm', 'jsx/ports.scm', 'javascript/ports.scm'],
  python: ['python/ports.scm'],
  bash: ['bash/ports.scm'],
  json: ['json/ports.scm'],
};

export const OCCURRENCE_KINDS: readonly OccurrenceKind[] = [
  'publish-host',
  'publish-container',
  'expose',
  'listen',
  'connect',
  'url',
  'address',
  'env-assign',
  'env-default',
  'cli-flag',
  'property',
  'parameter-default',
  'constant',
  'argument',
];

/** Capture names a query may use besides `@occurrence.<kind>` and `@_predicate-only` ones. */
export const CAPTURE_NAMES = ['port', 'name', 'variable', 'string', 'comment', 'command'] as const;

/** Custom predicates port-lint evaluates itself. */
const CUSTOM_PREDICATES = new Set(['port-name?', 'not-port-name?', 'protocol-sibling?']);

export interface Grammar {
  id: GrammarId;
  language: Language;
  parser: Parser;
  /** The whole query (a short run compiles it only when its files need more than one subset: see select). */
  readonly query: Query;
  /** Hash of the query text, for cache keys. */
  querySource: string;
}

/** A query to run over one text, and the index in the whole query of each of its patterns. */
interface SelectedQuery {
  query: Query;
  /** Subset pattern index → whole-query pattern index; undefined for the whole query. */
  patterns?: readonly number[];
}

/**
 * How queries compile: `whole` — each grammar's whole query, once, when it loads (long runs, workers, the
 * ESLint plugin); `short` — one subset per grammar: the patterns the run's planned texts can match
 * (planQueries), or without a plan those of its first text; `per-text` — a subset for every text (tests
 * compare it with the whole query).
 */
export type QuerySelection = 'whole' | 'short' | 'per-text';
let selection: QuerySelection = 'whole';

/**
 * A text a short run will extract: the grammar that parses it, and those whose queries may run over text
 * embedded in it (shell in a Python subprocess call, a RUN line, a compose command).
 */
export interface PlannedText {
  text: string;
  parsedBy?: GrammarId;
  embedded: readonly GrammarId[];
}

/**
 * The patterns of each grammar's query that a short run's texts can match (planQueries), waiting for the
 * grammar's first text: held as pattern indexes, not texts, except the texts whose trees are still to be
 * read (at most PLAN_TREE_BYTES of them).
 */
const planned = new Map<GrammarId, Set<number>>();
const plannedTrees = new Map<GrammarId, string[]>();

/**
 * A text of up to this many characters is matched against the node types of its tree as well as its
 * literals (a walk of its tree: ~2 ms at this size on Liftoff); a larger one by its literals only.
 */
const NODE_TYPES_MAX_CHARS = 16 * 1024;
/**
 * A plan parses at most this many characters of text ahead of extraction to read their node types
 * (~15 ms of parsing on Liftoff): enough for the few files of an editor's or a hook's run, which gain
 * most; the texts of a longer run are planned by their literals.
 */
const PLAN_TREE_CHARS = 64 * 1024;

class LoadedGrammar implements Grammar {
  private whole?: Query;
  /** Node type names no tree shows although a query may name them (supertypes), and so never rule out a pattern. */
  private hidden?: Set<string>;
  /** Per-text subsets by their pattern list (`per-text`), and the one subset of a short run (`short`). */
  private subsets = new Map<string, SelectedQuery & { has: Set<number> }>();
  private shortSubset?: SelectedQuery & { has: Set<number> };

  constructor(
    readonly id: GrammarId,
    readonly language: Language,
    readonly parser: Parser,
    readonly querySource: string,
  ) {}

  get query(): Query {
    if (!this.whole) {
      this.whole = compileQuery(this.id, this.language, this.querySource);
      checkCaptureNames(this.id, this.whole);
    }
    return this.whole;
  }

  /** Patterns compiled so far: the whole query's count, a subset's, or 0. */
  get compiledPatterns(): number {
    if (this.whole) return this.whole.patternCount();
    let n = this.shortSubset?.query.patternCount() ?? 0;
    for (const s of this.subsets.values()) n = Math.max(n, s.query.patternCount());
    return n;
  }

  /** Drops every compiled query (forgetQueries). */
  forget(): void {
    this.whole?.delete();
    this.whole = undefined;
    this.shortSubset?.query.delete();
    this.shortSubset = undefined;
    for (const s of this.subsets.values()) s.query.delete();
    this.subsets.clear();
  }

  /**
   * The query to run over the tree under `root`. A short run compiles one subset per grammar: the
   * patterns its texts can match (query-patterns.ts: the literals and port names their predicates
   * demand, and the node types they name), known before the first file is extracted (planQueries) — a
   * fifteen-file run needs a third to a half of a query. A text that needs a pattern outside the subset
   * (embedded shell is decoded from its file's text, and planned by its literals only) gets the whole
   * query, which then serves every file: at most one subset and the whole query per grammar and process.
   */
  select(root: Node): SelectedQuery {
    if (selection === 'whole' || (selection === 'short' && this.whole)) return { query: this.query };
    const patterns = patternsOf(this.id, this.querySource);
    const text = root.text;
    if (selection === 'short' && this.shortSubset) {
      // Most texts of a planned run fit the subset by their literals alone, without a walk of their tree.
      const subset = this.shortSubset;
      const fits = (needed: number[]) => needed.every((i) => subset.has.has(i));
      if (fits(patternsFor(patterns, text)) || fits(this.patternsFor(patterns, text, root))) return subset;
      return { query: this.query };
    }
    const needed = this.patternsFor(patterns, text, root);
    if (needed.length === patterns.length) return { query: this.query };
    if (selection === 'short') {
      const union = new Set([...(planned.get(this.id) ?? []), ...needed]);
      planned.delete(this.id);
      for (const other of plannedTrees.get(this.id) ?? []) {
        const tree = parse(this, other);
        try {
          for (const i of this.patternsFor(patterns, other, tree.rootNode)) union.add(i);
        } finally {
          tree.delete();
        }
      }
      plannedTrees.delete(this.id);
      if (union.size === patterns.length) return { query: this.query };
      this.shortSubset = this.compileSubset(
        patterns,
        [...union].sort((a, b) => a - b),
      );
      return this.shortSubset;
    }
    const key = needed.join(',');
    let subset = this.subsets.get(key);
    if (!subset) this.subsets.set(key, (subset = this.compileSubset(patterns, needed)));
    return subset;
  }

  /**
   * The patterns that may match in `text`: by its literals, and for a text of at most
   * NODE_TYPES_MAX_CHARS by the node types of its tree (`root`) too — most patterns a text's words allow
   * name a construct it does not have (a class body, a default parameter, an enum). A subset of the
   * literals' patterns, so a text planned by its literals never needs more than its plan.
   */
  private patternsFor(patterns: readonly QueryPattern[], text: string, root: Node): number[] {
    if (text.length > NODE_TYPES_MAX_CHARS) return patternsFor(patterns, text);
    const present = nodeTypesUnder(root);
    const hidden = (this.hidden ??= hiddenTypes(this.language, patterns));
    return patternsFor(patterns, text, (type) => present.has(type) || hidden.has(type));
  }

  private compileSubset(patterns: readonly QueryPattern[], needed: readonly number[]): SelectedQuery & { has: Set<number> } {
    const source = needed.map((i) => this.querySource.slice(patterns[i]!.start, patterns[i]!.end)).join('\n');
    const query = compileQuery(this.id, this.language, source);
    if (query.patternCount() !== needed.length) throw new Error(`port-lint: a subset of the ${this.id} query has ${query.patternCount()} patterns, not ${needed.length}`);
    return { query, patterns: needed, has: new Set(needed) };
  }
}

/** Each grammar's query split into patterns, once per process (the plan and the grammar both need it). */
const splitQueries = new Map<GrammarId, QueryPattern[]>();
function patternsOf(id: GrammarId, source = querySource(id)): QueryPattern[] {
  let patterns = splitQueries.get(id);
  if (!patterns) splitQueries.set(id, (patterns = queryPatterns(source)));
  return patterns;
}

/**
 * Tells a short run's queries which texts they will see: per grammar, the union of the patterns the texts
 * can match is the one subset that grammar compiles (LoadedGrammar.select). The texts are read ahead of
 * extraction anyway (src/pool.ts); a text's own grammar reads its tree's node types when it first runs
 * (up to PLAN_TREE_CHARS of text in all), the grammars of text embedded in it only its literals. A wrong
 * plan costs time (the whole query), never results. Only for grammars that have not compiled a query yet.
 */
export function planQueries(texts: Iterable<PlannedText>): void {
  let treeChars = 0;
  const byLiterals = (id: GrammarId, text: string) => {
    if (ready.get(id)?.compiledPatterns) return;
    let union = planned.get(id);
    if (!union) planned.set(id, (union = new Set()));
    for (const i of patternsFor(patternsOf(id), text)) union.add(i);
  };
  for (const { text, parsedBy, embedded } of texts) {
    if (parsedBy && !ready.get(parsedBy)?.compiledPatterns) {
      if (text.length <= NODE_TYPES_MAX_CHARS && treeChars + text.length <= PLAN_TREE_CHARS) {
        treeChars += text.length;
        let list = plannedTrees.get(parsedBy);
        if (!list) plannedTrees.set(parsedBy, (list = []));
        list.push(text);
      } else byLiterals(parsedBy, text);
    }
    for (const id of embedded) if (id !== parsedBy) byLiterals(id, text);
  }
}

/** The node types of the tree under `root`, anonymous ones included (a walk with one cursor). */
function nodeTypesUnder(root: Node): Set<string> {
  const types = new Set<string>();
  const cursor = root.walk();
  try {
    for (;;) {
      types.add(cursor.nodeType);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return types;
    }
  } finally {
    cursor.delete();
  }
}

/**
 * The node types the patterns name that no tree shows: a supertype (`(expression)` matches its subtypes,
 * and the tree holds only those), or a name the language does not resolve to a visible type.
 */
function hiddenTypes(language: Language, patterns: readonly QueryPattern[]): Set<string> {
  const names = new Set<string>();
  for (const p of patterns) for (const anyOf of p.nodes) for (const type of anyOf) names.add(type);
  const hidden = new Set<string>();
  for (const type of names) {
    if (type === 'ERROR') continue;
    const ids = [language.idForNodeType(type, true), language.idForNodeType(type, false)].filter((id): id is number => !!id);
    if (ids.length === 0 || ids.some((id) => !language.nodeTypeIsVisible(id))) hidden.add(type);
  }
  return hidden;
}

/** Test hook: drops every compiled query and plan, as in a fresh process (the grammars stay loaded). */
export function forgetQueries(): void {
  for (const g of ready.values()) g.forget();
  planned.clear();
  plannedTrees.clear();
}

function compileQuery(id: GrammarId, language: Language, source: string): Query {
  try {
    return new Query(language, source);
  } catch (err) {
    throw new Error(`port-lint: query for ${id} (${QUERY_FILES[id].join(', ')}) does not compile: ${(err as Error).message}`);
  }
}

/** Test hook: how queries compile from now on (see QuerySelection); returns a restore function. */
export function setQuerySelection(mode: QuerySelection): () => void {
  const before = selection;
  selection = mode;
  return () => {
    selection = before;
  };
}

/** Test hook: how many patterns of a loaded grammar's query are compiled (0 before its first file). */
export function compiledPatternCount(id: GrammarId): number {
  return ready.get(id)?.compiledPatterns ?? 0;
}

let initialized: Promise<void> | undefined;
const grammars = new Map<GrammarId, Promise<Grammar>>();
const ready = new Map<GrammarId, LoadedGrammar>();

/** Loads every grammar and compiles every query; extraction is synchronous afterwards. */
export async function prepareGrammars(): Promise<void> {
  await Promise.all((Object.keys(WASM) as GrammarId[]).map((id) => loadGrammar(id)));
}

/**
 * Thrown by grammar() for a grammar not loaded yet. Extraction is synchronous, so a file that turns out to
 * embed another language (shell in a Python subprocess call) stops, and its async caller loads that grammar
 * and extracts again: a file without embedded shell never pays for compiling the bash query.
 */
export class GrammarNotLoaded extends Error {
  constructor(readonly id: GrammarId) {
    super(`grammar ${id} is not loaded; call loadGrammar('${id}') first`);
    this.name = 'GrammarNotLoaded';
  }
}

/** A grammar loaded by loadGrammar() or prepareGrammars(). */
export function grammar(id: GrammarId): Grammar {
  const g = ready.get(id);
  if (!g) throw new GrammarNotLoaded(id);
  return g;
}

/** web-tree-sitter's own runtime, vendored beside the grammars so the bundle in lib/ needs no package. */
export const RUNTIME_WASM = 'web-tree-sitter.wasm';

/**
 * Runs of up to this many files compile query subsets when their texts are not known ahead (with a plan,
 * any short run does): without one, the first file's subset is all a grammar compiles besides the whole
 * query, and later files mostly need more.
 */
export const QUERY_SUBSET_MAX_FILES = 4;

/**
 * A short run of `files` files: compile grammars with V8's baseline WASM compiler (Liftoff) only, and of
 * each query only the patterns the run's texts can match (LoadedGrammar.select) — given as `plan`
 * (planQueries), or without a plan for runs of at most QUERY_SUBSET_MAX_FILES files those of each
 * grammar's first text. With the optimising tier, the first parse of bash makes V8 recompile the
 * grammar's 160 KB lexer function with TurboFan in the background, and Node waits for that at its next
 * idle point and at exit: ~1.1 s for a one-file run (../shared/reports/2026-12-performance-profile.md,
 * "The idle second"). Long scans keep the optimising tier (Liftoff code is ~24 % slower there) and
 * compile each query whole, once. Only effective before the first grammar loads; V8 flags are per
 * process, so it is never called once workers may start.
 */
export function preferQuickCompile(files = 1, plan?: Iterable<PlannedText>): void {
  if (grammars.size > 0 || quickCompile) return;
  quickCompile = true;
  v8.setFlagsFromString('--liftoff-only');
  if (plan) {
    planQueries(plan);
    selection = 'short';
  } else if (files <= QUERY_SUBSET_MAX_FILES) selection = 'short';
}
let quickCompile = false;

export function initParser(): Promise<void> {
  initialized ??= Parser.init({ locateFile: () => packagePath('grammars', RUNTIME_WASM) });
  return initialized;
}

/** The query text of a grammar: its query files concatenated. */
export function querySource(id: GrammarId): string {
  return QUERY_FILES[id].map((f) => readFileSync(packagePath('grammars', f), 'utf8')).join('\n');
}

export function loadGrammar(id: GrammarId): Promise<Grammar> {
  let g = grammars.get(id);
  if (!g) {
    g = (async () => {
      await initParser();
      const language = await Language.load(packagePath('grammars', WASM[id]));
      const parser = new Parser();
      parser.setLanguage(language);
      const loaded = new LoadedGrammar(id, language, parser, querySource(id));
      // A long run compiles the whole query now, so a query error stops it at start-up; a short run
      // compiles what its files need, when they need it (LoadedGrammar.select).
      if (selection === 'whole') void loaded.query;
      ready.set(id, loaded);
      return loaded;
    })();
    grammars.set(id, g);
  }
  return g;
}

/** Throws on a capture name outside the protocol, so a typo in a .scm fails at start-up and in tests. */
export function checkCaptureNames(id: string, query: Query): void {
  for (const name of query.captureNames) {
    if (name.startsWith('_')) continue;
    if ((CAPTURE_NAMES as readonly string[]).includes(name)) continue;
    if (name.startsWith('occurrence.') && (OCCURRENCE_KINDS as readonly string[]).includes(name.slice('occurrence.'.length))) continue;
    throw new Error(`port-lint: query for ${id} uses unknown capture @${name}`);
  }
  query.predicates.forEach((preds) => {
    for (const p of preds) {
      if (!CUSTOM_PREDICATES.has(p.operator)) throw new Error(`port-lint: query for ${id} uses unknown predicate #${p.operator}`);
    }
  });
}

/** One match of a pattern with an `@occurrence.<kind>` capture. */
export interface OccurrenceHit {
  kind: OccurrenceKind;
  pattern: number;
  port: Node;
  name?: Node;
  variable?: Node;
  outer: Node;
}

export interface QueryHits {
  occurrences: OccurrenceHit[];
  /** Text nodes to scan for URLs and host:port addresses. */
  strings: Node[];
  comments: Node[];
  /** Nodes holding shell command text (a command, or a string of one). */
  commands: Node[];
}

/**
 * The nodes under `root` of each group's types, in document order, found in one walk: each walk visits
 * every node of the tree, so an extractor whose joins need several node types asks for them together
 * (three walks per Python file were 7 % of a Python repository's scan).
 */
export function descendantGroups<K extends string>(root: Node, groups: Record<K, readonly string[]>): Record<K, Node[]> {
  const out = {} as Record<K, Node[]>;
  const groupOf = new Map<string, Node[]>();
  for (const key of Object.keys(groups) as K[]) {
    out[key] = [];
    for (const type of groups[key]) groupOf.set(type, out[key]);
  }
  for (const n of root.descendantsOfType([...groupOf.keys()])) if (n) groupOf.get(n.type)?.push(n);
  return out;
}

/** Parses `text` and runs the grammar's query once; the caller must `tree.delete()`. */
export function parse(grammar: Grammar, text: string): Tree {
  const tree = grammar.parser.parse(text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${grammar.id}`);
  return tree;
}

/**
 * Files up to this many bytes run the query over the whole tree in one call. Larger trees are queried a
 * subtree at a time (see queryMatches), because web-tree-sitter's `matches()` materialises every match
 * and Node object of its range at once: one 614 KB JSON file gave 156,542 matches and +122 MiB of heap.
 * At 64 KiB of source a call holds a few MiB at most, and the calls' garbage is young and short-lived.
 */
const WHOLE_TREE_BYTES = 64 * 1024;
let chunkBytes = WHOLE_TREE_BYTES;

/** Test hook: query subtrees of at most `bytes` (0: every node on its own); returns a restore function. */
export function setQueryChunkBytes(bytes: number): () => void {
  const before = chunkBytes;
  chunkBytes = bytes;
  return () => {
    chunkBytes = before;
  };
}

/**
 * Every match of the query under `root`, a bounded piece at a time: a node spanning at most
 * `chunkBytes` is queried whole; a larger one gets only the matches rooted at itself (`maxStartDepth: 0`;
 * such a pattern may still capture descendants), then each child is visited the same way. Every node is
 * thus the root of its matches exactly once, so the matches are those of one `matches(root)` call (only
 * their order differs, which runQuery makes canonical). Children are walked with a cursor, so a node with
 * 100k children does not become 100k Node objects at once.
 */
function* queryMatches(query: Query, root: Node): Generator<QueryMatch> {
  if (root.endIndex - root.startIndex <= chunkBytes) {
    yield* query.matches(root);
    return;
  }
  yield* query.matches(root, { maxStartDepth: 0 });
  const cursor = root.walk();
  try {
    if (cursor.gotoFirstChild()) {
      do yield* queryMatches(query, cursor.currentNode);
      while (cursor.gotoNextSibling());
    }
  } finally {
    cursor.delete();
  }
}

const byPosition = (a: Node, b: Node) => a.startIndex - b.startIndex || a.endIndex - b.endIndex || a.typeId - b.typeId;
const startOf = (n: Node | undefined) => (n ? n.startIndex : -1);

export function runQuery(grammar: Grammar, root: Node): QueryHits {
  const hits: QueryHits = { occurrences: [], strings: [], comments: [], commands: [] };
  const strings = new Map<number, Node>();
  // Every node a match captures lies in the root's text, so that text decides which patterns can match.
  const { query, patterns } = grammar instanceof LoadedGrammar ? grammar.select(root) : { query: grammar.query, patterns: undefined };
  for (const match of queryMatches(query, root)) {
    const byName = new Map<string, Node>();
    for (const c of match.captures) if (!byName.has(c.name)) byName.set(c.name, c.node);
    if (!predicatesHold(query, match.patternIndex, byName)) continue;
    let kindCapture: string | undefined;
    for (const name of byName.keys()) if (name.startsWith('occurrence.')) kindCapture = name;
    if (kindCapture) {
      const port = byName.get('port');
      if (!port) continue;
      const hit: OccurrenceHit = {
        kind: kindCapture.slice('occurrence.'.length) as OccurrenceKind,
        pattern: patterns ? patterns[match.patternIndex]! : match.patternIndex,
        port,
        outer: byName.get(kindCapture)!,
      };
      const name = byName.get('name');
      const variable = byName.get('variable');
      if (name) hit.name = name;
      if (variable) hit.variable = variable;
      hits.occurrences.push(hit);
      continue;
    }
    for (const c of match.captures) {
      if (c.name === 'string') {
        // One string per start offset: of two captured there, the outer one (it holds the inner).
        const seen = strings.get(c.node.startIndex);
        if (!seen || c.node.endIndex > seen.endIndex || (c.node.endIndex === seen.endIndex && c.node.typeId < seen.typeId)) strings.set(c.node.startIndex, c.node);
      } else if (c.name === 'comment') hits.comments.push(c.node);
      else if (c.name === 'command') hits.commands.push(c.node);
    }
  }
  // Source order, whatever order the matches came in, so extraction does not depend on how the tree was
  // split: patterns earlier in the .scm first (they win a contested number), then by position.
  hits.occurrences.sort(
    (a, b) =>
      a.pattern - b.pattern ||
      byPosition(a.port, b.port) ||
      byPosition(a.outer, b.outer) ||
      startOf(a.name) - startOf(b.name) ||
      startOf(a.variable) - startOf(b.variable),
  );
  hits.strings = [...strings.values()].sort(byPosition);
  hits.comments.sort(byPosition);
  hits.commands.sort(byPosition);
  return hits;
}

/** Whether a key/value pair has a sibling pair `proto`/`protocol` whose value is tcp or udp. */
function hasProtocolSibling(pair: Node): boolean {
  for (const sibling of pair.parent?.namedChildren ?? []) {
    if (!sibling || sibling.type !== 'pair' || sibling.id === pair.id) continue;
    const key = sibling.childForFieldName('key');
    const value = sibling.childForFieldName('value');
    if (!key || !value || value.type !== 'string') continue;
    if (/^(?:proto|protocol)$/.test(unquote(key.text)) && /^(?:tcp|udp)$/i.test(unquote(value.text))) return true;
  }
  return false;
}

function predicatesHold(query: Query, pattern: number, captures: Map<string, Node>): boolean {
  for (const p of query.predicates[pattern] ?? []) {
    const operand = p.operands[0];
    const node = operand && operand.type === 'capture' ? captures.get(operand.name) : undefined;
    if (!node) return false;
    if (p.operator === 'protocol-sibling?') {
      if (!hasProtocolSibling(node)) return false;
      continue;
    }
    const holds = isPortName(unquote(node.text));
    if (p.operator === 'port-name?' && !holds) return false;
    if (p.operator === 'not-port-name?' && holds) return false;
  }
  return true;
}
