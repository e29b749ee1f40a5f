// The language-independent half of tree-sitter extraction: query hits → occurrences, string and
// comment scanning for URLs and host:port, de-duplication.
import type { Node } from 'web-tree-sitter';
import type { OccurrenceKind, PortOccurrence } from '../types.js';
import { checkFileBudget } from '../util/budget.js';
import { scanAddresses } from './addresses.js';
import { isPortName, parsePortNumber, resolvePortExpression, stringInside, unquote } from './port-text.js';
import { OffsetMap, type SourceText } from './source.js';
import { namesPortQuantity } from './port-values.js';
import { isAddressName } from './shell-values.js';
import { parse, runQuery, type Grammar, type OccurrenceHit } from './tree-sitter.js';

/** Collects occurrences, keeping one per source span (the first claimed wins). */
export class OccurrenceSet {
  /** Claimed spans, sorted by start; spans never overlap, so ends are sorted too. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  readonly list: PortOccurrence[] = [];

  constructor(readonly src: SourceText) {}

  /** Adds unless [start, end) overlaps an occurrence already added. */
  add(start: number, end: number, init: Parameters<SourceText['occurrence']>[2]): boolean {
    if (this.overlaps(start, end)) return false;
    this.insert(start, end);
    this.list.push(this.src.occurrence(start, end, init));
    return true;
  }

  overlaps(start: number, end: number): boolean {
    // The first span ending after `start` is the only one that can overlap [start, end).
    const i = this.firstEndingAfter(start);
    return i < this.starts.length && this.starts[i]! < Math.max(end, start + 1);
  }

  /** Claims a span without an occurrence (e.g. a number known not to be a port). */
  claim(start: number, end: number): void {
    if (!this.overlaps(start, end)) this.insert(start, end);
  }

  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ends[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private insert(start: number, end: number): void {
    const i = this.firstEndingAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, Math.max(end, start + 1));
  }
}

/** Text of a node with surrounding quotes removed, and the offset of that text in the file. */
export function nodeContent(node: Node): { text: string; start: number } {
  const inside = stringInside(node.text);
  return { text: inside.text, start: node.startIndex + inside.offset };
}

/** Turns one `@occurrence.<kind>` hit into an occurrence, if its `@port` holds a port. */
export function addHit(out: OccurrenceSet, hit: OccurrenceHit): void {
  const { text, start } = nodeContent(hit.port);
  const resolved = resolvePortExpression(text, start);
  if (!resolved) return;
  const name = hit.name ? unquote(hit.name.text) : undefined;
  const variable = hit.variable ? unquote(hit.variable.text) : resolved.variable;
  const init: Parameters<SourceText['occurrence']>[2] = { kind: hit.kind, port: resolved.port };
  if (resolved.portEnd !== undefined) init.portEnd = resolved.portEnd;
  if (resolved.protocol !== undefined) init.protocol = resolved.protocol;
  if (name !== undefined) init.name = name;
  if (variable !== undefined) init.variable = variable;
  else if (hit.kind === 'env-default' && name !== undefined) init.variable = name;
  out.add(resolved.start, resolved.end, init);
}

/** URL and host:port ports inside a piece of text whose decoded characters map to the file through `map`. */
export function scanText(out: OccurrenceSet, text: string, map: OffsetMap, comment = false): void {
  for (const m of scanAddresses(text)) {
    const [start, end] = map.span(m.start, m.end);
    const init: Parameters<SourceText['occurrence']>[2] = { kind: m.kind, port: m.port, host: m.host, comment };
    if (m.scheme !== undefined) init.scheme = m.scheme;
    out.add(start, end, init);
  }
  if (comment) return;
  // `--metrics-listen=:9100`, `--grpc-addr :8502`, `bind_addr=:80`: a host-less address bound to a flag or key
  // naming an address, in an argument list held in a string or a config value (Helm `extraArgs`).
  FLAG_LISTEN.lastIndex = 0;
  for (let m = FLAG_LISTEN.exec(text); m; m = FLAG_LISTEN.exec(text)) {
    const name = m[1]!.replace(/[=\s]+$/, '');
    const port = parsePortNumber(m[2]!);
    if (port === undefined || !isAddressName(name) || namesPortQuantity(name)) continue;
    const at = m.index + m[0].length - m[2]!.length - (m[3]?.length ?? 0);
    const [start, end] = map.span(at, at + m[2]!.length);
    const init: Parameters<SourceText['occurrence']>[2] = { kind: 'listen', port, name, host: '' };
    if (m[3] !== undefined) init.protocol = m[3].slice(1);
    out.add(start, end, init);
  }
  // ":8080", ":8443/tcp" — a listen address (Go, Node and Python servers take these), as a whole string
  // or as a word of one ("also launch the demo on :7860"), or quoted in code held in a string (`includes(':8080')`).
  LISTEN_WORD.lastIndex = 0;
  for (let m = LISTEN_WORD.exec(text); m; m = LISTEN_WORD.exec(text)) {
    const port = parsePortNumber(m[1]!);
    const at = m.index + m[0].indexOf(':') + 1;
    if (port !== undefined && port >= 1024) {
      const [start, end] = map.span(at, at + m[1]!.length);
      out.add(start, end, { kind: 'address', port, host: '' });
    }
  }
  // `port=5432` inside a string: libpq and ODBC connection strings ("host=db port=5432 dbname=app"),
  // query strings (`?port=8000`), `key=value` option lists.
  // Dotted keys name a port by their last segment: Spark's `--conf spark.ui.port=4045` in a command string.
  // Quoted too, as code held in a string writes it: `pm.request.url.port = '8080'` in a test's script.
  KEY_VALUE_PORT.lastIndex = 0;
  for (let m = KEY_VALUE_PORT.exec(text); m; m = KEY_VALUE_PORT.exec(text)) {
    const name = m[1]!;
    const port = parsePortNumber(m[3]!);
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (port === undefined || !isPortName(last) || namesPortQuantity(last)) continue;
    const at = m.index + m[0].length - m[3]!.length - m[2]!.length;
    const [start, end] = map.span(at, at + m[3]!.length);
    out.add(start, end, { kind: 'property', port, name });
  }
  scanJsonPorts(out, text, map);
}

/**
 * `{ env: 'prod', port: 8080 }` in code held in a string (a script a JS test hands to a sandbox): port-named
 * members of object literals. Only for strings known to hold code — prose and one-line YAML strings
 * (`summary: "port: 7003"`) are not config.
 */
export function scanCodeProperties(out: OccurrenceSet, text: string, map: { span(start: number, end: number): [number, number] }): void {
  PROPERTY_PORT.lastIndex = 0;
  for (let m = PROPERTY_PORT.exec(text); m; m = PROPERTY_PORT.exec(text)) {
    const name = m[1]!;
    const port = parsePortNumber(m[3]!);
    if (port === undefined || !isPortName(name) || namesPortQuantity(name)) continue;
    const at = m.index + m[0].length - m[3]!.length - m[2]!.length;
    const [start, end] = map.span(at, at + m[3]!.length);
    out.add(start, end, { kind: 'property', port, name });
  }
}

/**
 * `'{"host": "pgbouncer", "port": 6432}'`: JSON held in a string (connection extras, env values, fixtures,
 * a `curl -d '{"httpPort": 8082}'` body), escaped or not (`"{\"port\": 6432}"`): members whose key names a port.
 */
export function scanJsonPorts(out: OccurrenceSet, text: string, map: { span(start: number, end: number): [number, number] }): void {
  if (!text.includes('{')) return;
  JSON_PAIR_PORT.lastIndex = 0;
  for (let m = JSON_PAIR_PORT.exec(text); m; m = JSON_PAIR_PORT.exec(text)) {
    const name = m[1]!;
    const port = parsePortNumber(m[2]!);
    if (port === undefined || !isPortName(name) || namesPortQuantity(name)) continue;
    const at = m.index + m[0].length - m[2]!.length;
    const [start, end] = map.span(at, at + m[2]!.length);
    out.add(start, end, { kind: 'property', port, name });
  }
}

/** A JSON member with a number (or numeric string) value, inside a string: `"port": 6432`, `\"port\": \"6432`. */
const JSON_PAIR_PORT = /[{,]\s*\\?"([A-Za-z_][\w.-]*)\\?"\s*:\s*(?:\\?")?(\d{2,5})(?=(?:\\?")?\s*[,}])/g;

const KEY_VALUE_PORT = /(?:^|[\s;,?&"'(])([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\s*=\s*(['"]?)(\d{2,5})\2(?=$|[\s;,&"')])/g;

/** `port: 8080`, `devPort: '3001'` — a port-named member of an object literal inside `{…}` written in a string. */
const PROPERTY_PORT = /[{,]\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(['"]?)(\d{2,5})\2(?=\s*(?:$|[,;})\n]))/g;

const FLAG_LISTEN = /(?:^|[\s"'(,[])(--?[A-Za-z][\w.-]*(?:=|\s+)|[A-Za-z][\w.-]*=):(\d{1,5})(\/(?:tcp|udp))?(?=$|[\s"',;)\]])/g;

const LISTEN_WORD = /(?:^|\s|(?<![\w\\])['"`]):(\d{4,5})(?:\/(?:tcp|udp))?(?=$|\s|[),;'"`]|\.(?:\s|$))/g;

const COMMENT_ASSIGNMENT = /(?:^|[\s(`'"])((?:--?)?[A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=|:|\s)\s*["']?(\d{2,5})(?![\d.:])/g;

/**
 * Ports in a comment or docstring: URLs, host:port, and `NAME=8000` / `--port 8000` / `port: 8000`
 * where the name is port-ish. Recorded as comment occurrences.
 */
export function scanComment(out: OccurrenceSet, text: string, start: number): void {
  const map = OffsetMap.identity(text.length, start);
  scanText(out, text, map, true);
  COMMENT_ASSIGNMENT.lastIndex = 0;
  for (let m = COMMENT_ASSIGNMENT.exec(text); m; m = COMMENT_ASSIGNMENT.exec(text)) {
    const name = m[1]!;
    const digits = m[2]!;
    if (!isPortName(name)) continue;
    const port = parsePortNumber(digits);
    if (port === undefined) continue;
    const at = m.index + m[0].length - digits.length;
    out.add(start + at, start + at + digits.length, { kind: kindForName(name), port, name, comment: true });
  }
}

function kindForName(name: string): OccurrenceKind {
  if (name.startsWith('-')) return 'cli-flag';
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return 'env-assign';
  return 'property';
}

export interface TreeSitterHooks {
  /** Shell command nodes (`@command`) — bash files and languages that embed shell. */
  command?(node: Node, out: OccurrenceSet): void;
  /** Called with every hit before the default handling; return true when handled. */
  hit?(hit: OccurrenceHit, out: OccurrenceSet): boolean;
  /** Called once with the tree after the query's hits and commands: joins a query cannot express. */
  tree?(root: Node, out: OccurrenceSet): void;
}

/**
 * Parses once, runs the grammar's whole query once, and turns the captures into occurrences.
 * Pass `out` to add to occurrences an extractor has already claimed (they win over the query's).
 */
export function extractTreeSitter(
  src: SourceText,
  grammar: Grammar,
  hooks: TreeSitterHooks = {},
  out: OccurrenceSet = new OccurrenceSet(src),
): PortOccurrence[] {
  const tree = parse(grammar, src.text);
  try {
    const hits = runQuery(grammar, tree.rootNode);
    // Patterns earlier in the .scm win when two claim the same number.
    hits.occurrences.sort((a, b) => a.pattern - b.pattern || a.port.startIndex - b.port.startIndex);
    for (const hit of hits.occurrences) {
      checkFileBudget();
      if (hooks.hit?.(hit, out)) continue;
      addHit(out, hit);
    }
    for (const node of hits.commands) hooks.command?.(node, out);
    hooks.tree?.(tree.rootNode, out);
    // A Python docstring is captured as both a comment and a string: it is a comment, and only that.
    const commentStarts = new Set<number>();
    for (const node of hits.comments) {
      commentStarts.add(node.startIndex);
      scanComment(out, node.text, node.startIndex);
    }
    for (const node of hits.strings) {
      if (commentStarts.has(node.startIndex)) continue;
      const { text, start } = nodeContent(node);
      scanText(out, text, OffsetMap.identity(text.length, start));
    }
  } finally {
    tree.delete();
  }
  return out.list;
}
