// YAML with source offsets: documents and comments of a file, aliases and `<<` merge keys resolved,
// and each scalar's decoded text mapped back to the file (plain, quoted and block scalars alike).
//
// The `yaml` library is used rather than tree-sitter-yaml: compose and CI semantics need the resolved
// structure (services → ports → item, `<<: *defaults`, `*anchors`), which a query over a concrete
// syntax tree cannot follow, while `yaml` keeps every node's `range` in file offsets.
import { Composer, isAlias, isMap, isPair, isScalar, isSeq, Parser, type Document, type Node, type Pair, type Scalar, type YAMLSeq } from 'yaml';
import type { DecodedText } from './compose-values.js';
import { OffsetMap } from './source.js';

export interface YamlComment {
  /** File offset of the `#`. */
  start: number;
  text: string;
}

export interface YamlFile {
  docs: Document.Parsed[];
  comments: YamlComment[];
  /** The text parsed: the file's, or the file's with template actions blanked (same offsets). */
  text: string;
}

/**
 * Parses every document of a stream. YAML 1.2 core schema, so `8080:80` stays a string and `on:` a
 * key; values are read from `Scalar.source` (the decoded text) anyway, never from the resolved type,
 * so a `%YAML 1.1` directive (sexagesimal `8080:80` → 484880) changes nothing either.
 *
 * Templated YAML (Helm charts' `{{- if .Values.x }}`, Jinja's `{% for %}` in Ansible) is not YAML;
 * when the file does not parse and holds template actions, it is parsed again with every action
 * blanked (same offsets and lines, see blankTemplateActions) and the reading with fewer errors is kept.
 */
export function parseYaml(text: string): YamlFile {
  const file = parseStream(text);
  if (errorCount(file) === 0 || !/\{\{|\{%/.test(text)) return file;
  const blanked = parseStream(blankTemplateActions(text));
  return errorCount(blanked) < errorCount(file) ? blanked : file;
}

/**
 * Template actions replaced, character for character: one alone on its line (`{{- range … }}`,
 * `{% if %}`) by spaces, one inside a value by `x`s, so `port: {{ .Values.port }}` stays a key with a
 * (non-port) value and `http://{{ .Values.host }}:8082` a URL with a port.
 */
function blankTemplateActions(text: string): string {
  return text.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, (m, at: number) => {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at + m.length);
    const alone = text.slice(lineStart, at).trim() === '' && text.slice(at + m.length, lineEnd < 0 ? text.length : lineEnd).trim() === '';
    return m.replace(/[^\r\n]/g, alone ? ' ' : 'x');
  });
}

function parseStream(text: string): YamlFile {
  const tokens = [...new Parser().parse(text)];
  const comments: YamlComment[] = [];
  collectComments(tokens, comments);
  comments.sort((a, b) => a.start - b.start);
  // uniqueKeys off: a duplicated key is the user's bug, not a reason to skip the file.
  const docs = [...new Composer({ version: '1.2', uniqueKeys: false, merge: false }).compose(tokens)];
  return { docs, comments, text };
}

function errorCount(file: YamlFile): number {
  return file.docs.reduce((n, d) => n + d.errors.length, 0);
}

/** Comment tokens anywhere in the CST (a plain tree of objects and arrays: no cycles), with a stack of its
 *  own: a flow collection nested thousands deep (found by the fuzz campaign) overflowed the call stack. */
function collectComments(root: unknown, out: YamlComment[]): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    const token = value as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      out.push({ start: token.offset, text: token.source });
      continue;
    }
    for (const v of Object.values(value)) if (typeof v === 'object') stack.push(v);
  }
}

/** Anchored nodes of a document by anchor name, in document order (an anchor may be redefined). */
const anchorIndex = new WeakMap<Document.Parsed, Map<string, { start: number; node: Node }[]>>();

function anchors(doc: Document.Parsed): Map<string, { start: number; node: Node }[]> {
  let index = anchorIndex.get(doc);
  if (index) return index;
  index = new Map();
  const add = (n: unknown): void => {
    if (!(isScalar(n) || isMap(n) || isSeq(n))) return;
    if (n.anchor && n.range) {
      const list = index!.get(n.anchor) ?? [];
      list.push({ start: n.range[0], node: n });
      index!.set(n.anchor, list);
    }
    if (isMap(n)) {
      for (const p of n.items as Pair[]) {
        add(p.key);
        add(p.value);
      }
    } else if (isSeq(n)) for (const item of n.items) add(item);
  };
  add(doc.contents);
  for (const list of index.values()) list.sort((a, b) => a.start - b.start);
  anchorIndex.set(doc, index);
  return index;
}

/**
 * The node an alias points to (or the node itself); undefined for a dangling alias or a missing node.
 * An alias names the closest anchor of that name before it. (The library's `Alias.resolve` walks the
 * whole document on every call, which made a 500-service compose file take seconds.)
 */
export function resolveNode(doc: Document.Parsed, node: unknown): Node | undefined {
  let n = node;
  for (let i = 0; i < 8 && isAlias(n); i++) {
    const at = n.range?.[0] ?? Infinity;
    const defs = anchors(doc).get(n.source) ?? [];
    let found: Node | undefined;
    for (const d of defs) if (d.start < at) found = d.node;
    n = found;
  }
  return isScalar(n) || isMap(n) || isSeq(n) ? n : undefined;
}

/** The text of a key (or any scalar), or undefined for a complex key. */
export function scalarString(doc: Document.Parsed, node: unknown): string | undefined {
  const n = resolveNode(doc, node);
  if (!isScalar(n)) return undefined;
  if (typeof n.source === 'string') return n.source;
  return n.value === null || n.value === undefined ? undefined : String(n.value);
}

export interface Entry {
  key: string;
  keyNode: Scalar;
  /** The value, aliases resolved; undefined for an empty value (`key:`). */
  value: Node | undefined;
}

/** Entries of each mapping, computed once: merges may chain, and keys are looked up many times. */
const entryCache = new WeakMap<object, Entry[]>();

/**
 * The entries of a mapping with `<<` merge keys applied (YAML merge-key semantics): the mapping's own
 * keys win over merged ones, and earlier merge sources win over later ones. Compose files lean on
 * this (`<<: *default-service`), so a merged `ports:` belongs to every service that merges it.
 */
export function mapEntries(doc: Document.Parsed, node: unknown): Entry[] {
  const map = resolveNode(doc, node);
  if (!isMap(map)) return [];
  const cached = entryCache.get(map);
  if (cached) return cached;
  // A mapping merging itself (through an alias of an ancestor) sees no entries from the cycle.
  entryCache.set(map, []);
  const own: Entry[] = [];
  const merged: Entry[] = [];
  for (const pair of map.items as Pair[]) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = scalarString(doc, pair.key);
    if (key === undefined) continue;
    if (key === '<<' && pair.key.type === 'PLAIN') {
      const source = resolveNode(doc, pair.value);
      const sources = isSeq(source) ? (source.items as unknown[]) : [source];
      for (const s of sources) merged.push(...mapEntries(doc, s));
      continue;
    }
    own.push({ key, keyNode: pair.key as Scalar, value: resolveNode(doc, pair.value) });
  }
  const seen = new Set(own.map((e) => e.key));
  const out = [...own];
  for (const e of merged) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    out.push(e);
  }
  entryCache.set(map, out);
  return out;
}

/** The value of one key of a mapping (merge keys applied). */
export function mapGet(doc: Document.Parsed, node: unknown, key: string): Node | undefined {
  return mapEntries(doc, node).find((e) => e.key === key)?.value;
}

/** Items of a sequence with aliases resolved (missing items dropped). */
export function seqItems(doc: Document.Parsed, node: unknown): Node[] {
  const seq = resolveNode(doc, node);
  if (!isSeq(seq)) return [];
  const out: Node[] = [];
  for (const item of (seq as YAMLSeq).items) {
    const n = resolveNode(doc, item);
    if (n) out.push(n);
  }
  return out;
}

/** Strings of a sequence of scalars (`profiles: [debug, tools]`). */
export function stringList(doc: Document.Parsed, node: unknown): string[] {
  const out: string[] = [];
  for (const item of seqItems(doc, node)) {
    const s = scalarString(doc, item);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/**
 * The decoded text of a scalar with exact file positions: identity for one-line plain and quoted
 * scalars, a character-matching map for escapes, folded lines and block scalars (whose header line,
 * `|-  # comment`, is skipped so its characters are never matched). `base` is the file offset of
 * `source` (non-zero for a YAML file embedded in a block scalar, see YamlWalker).
 */
export function scalarText(source: string, node: unknown, base = 0): DecodedText | undefined {
  if (!isScalar(node) || !node.range) return undefined;
  const text = typeof node.source === 'string' ? node.source : node.value === null ? '' : String(node.value);
  const [start, end] = node.range;
  switch (node.type) {
    case 'QUOTE_DOUBLE':
    case 'QUOTE_SINGLE':
      return mapped(source, text, start + 1, Math.max(start + 1, end - 1), base);
    case 'BLOCK_FOLDED':
    case 'BLOCK_LITERAL':
      return mapped(source, text, ...blockBody(source, node), base);
    default:
      return mapped(source, text, start, end, base);
  }
}

/** [start, end) of a block scalar's content lines in `source`: after its header line (`|-  # comment`). */
export function blockBody(source: string, node: Scalar): [number, number] {
  const [start, end] = node.range!;
  const newline = source.indexOf('\n', start);
  return [newline < 0 || newline >= end ? end : newline + 1, end];
}

function mapped(source: string, text: string, start: number, end: number, base: number): DecodedText {
  const raw = source.slice(start, end);
  if (raw === text) return { text, map: OffsetMap.identity(text.length, base + start) };
  return { text, map: new OffsetMap(text, raw, base + start) };
}

export type { Document, Node };
