// Which patterns of a query can match a text at all, read from the literals their predicates demand, so
// that a short run compiles only those: compiling a whole query is most of a one-file run's time.
import { isPortName } from './port-text.js';

/**
 * What a pattern's predicates demand of the text before any match of it can hold:
 * - `(#eq? @x "lit")` on a capture every match has, `(#any-of? @x "a" "b")`: the text holds one of the
 *   literals (a node's text equals it, and a node's text is a slice of the text);
 * - `(#port-name? @x)`: a word of the text may name a port (textMayNamePort);
 * - `(#protocol-sibling? @x)`: a sibling key `proto`/`protocol`, so the text holds "proto".
 * Other predicates (negated ones, `#match?`) demand nothing here.
 */
export type PatternNeed = { kind: 'literal'; anyOf: string[] } | { kind: 'port-name' };

export interface QueryPattern {
  /** Offsets of the pattern in the query source (as Query.startIndexForPattern/endIndexForPattern). */
  start: number;
  end: number;
  needs: PatternNeed[];
  /**
   * Node types every match holds, each as the types of which one must be in the tree (an alternation's
   * branches): `(call_expression (arguments))`, `operator: "or"`. A name the tree never shows (a
   * supertype) is the caller's to discount (patternsFor's `types`).
   */
  nodes: string[][];
}

export class QuerySyntaxError extends Error {}

interface Token {
  type: '(' | ')' | '[' | ']' | '.' | '*' | '+' | '?' | '!' | ':' | 'string' | 'capture' | 'predicate' | 'ident';
  value: string;
  start: number;
  end: number;
}

const IDENT_START = /[\p{L}\p{N}_-]/u;
const IDENT_CHAR = /[\p{L}\p{N}_\-.?!]/u;

/** Tree-sitter's query tokens (lib/src/query.c: identifiers, strings with its escapes, `;` comments). */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const ident = (from: number): number => {
    let j = from;
    while (j < source.length && IDENT_CHAR.test(source[j]!)) j++;
    return j;
  };
  while (i < source.length) {
    const c = source[i]!;
    if (/\s/.test(c)) i++;
    else if (c === ';') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '"') {
      let value = '';
      let j = i + 1;
      for (; j < source.length && source[j] !== '"'; j++) {
        if (source[j] === '\\' && j + 1 < source.length) {
          const e = source[++j]!;
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === '0' ? '\0' : e;
        } else value += source[j];
      }
      if (j >= source.length) throw new QuerySyntaxError(`unterminated string at ${i}`);
      tokens.push({ type: 'string', value, start: i, end: j + 1 });
      i = j + 1;
    } else if (c === '@' || c === '#') {
      const j = ident(i + 1);
      if (j === i + 1) throw new QuerySyntaxError(`empty ${c === '@' ? 'capture' : 'predicate'} name at ${i}`);
      tokens.push({ type: c === '@' ? 'capture' : 'predicate', value: source.slice(i + 1, j), start: i, end: j });
      i = j;
    } else if ('()[].*+?!:'.includes(c)) {
      tokens.push({ type: c as Token['type'], value: c, start: i, end: i + 1 });
      i++;
    } else if (IDENT_START.test(c)) {
      let j = ident(i);
      // A supertype's subtype: (expression/identifier)
      if (source[j] === '/' && j + 1 < source.length && IDENT_START.test(source[j + 1]!)) j = ident(j + 1);
      tokens.push({ type: 'ident', value: source.slice(i, j), start: i, end: j });
      i = j;
    } else throw new QuerySyntaxError(`unexpected ${JSON.stringify(c)} at ${i}`);
  }
  return tokens;
}

interface Predicate {
  operator: string;
  args: Token[];
}

/** A parsed item: the captures and node types every match of it has, and the predicates written inside it. */
interface Item {
  mandatory: Set<string>;
  /** Node types every match of the item holds (each an any-of); `type` its own, when it has one. */
  nodes: string[][];
  type?: string;
  predicates: Predicate[];
  start: number;
  end: number;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private next(): Token {
    const t = this.tokens[this.i++];
    if (!t) throw new QuerySyntaxError('unexpected end of query');
    return t;
  }

  private expect(type: Token['type']): Token {
    const t = this.next();
    if (t.type !== type) throw new QuerySyntaxError(`expected ${type}, got ${JSON.stringify(t.value)} at ${t.start}`);
    return t;
  }

  /** One item with its quantifier and captures; a predicate `(#…)` where the context allows one. */
  item(): Item | Predicate {
    const t = this.next();
    let item: Item;
    if (t.type === '(' && this.peek()?.type === 'predicate') {
      const operator = this.next().value;
      const args: Token[] = [];
      while (this.peek()?.type !== ')') args.push(this.next());
      this.expect(')');
      return { operator, args };
    }
    if (t.type === '[') {
      const branches: Item[] = [];
      const predicates: Predicate[] = [];
      while (this.peek()?.type !== ']') {
        const b = this.item();
        if ('operator' in b) predicates.push(b);
        else {
          branches.push(b);
          predicates.push(...b.predicates);
        }
      }
      const end = this.expect(']').end;
      // A capture is certain only when every branch has it; a node type, one of the branches' own types.
      const mandatory = branches.length === 0 ? new Set<string>() : new Set([...branches[0]!.mandatory].filter((c) => branches.every((b) => b.mandatory.has(c))));
      const types = branches.map((b) => b.type);
      const nodes = branches.length > 0 && types.every((x) => x !== undefined) ? [[...new Set(types as string[])]] : [];
      item = { mandatory, nodes, predicates, start: t.start, end };
    } else if (t.type === '(') {
      // A node `(type child…)` or a group `((a) (b))`: every child must match. A wildcard, a
      // supertype/subtype pair or a MISSING node demands no type here.
      let type: string | undefined;
      if (this.peek()?.type === 'ident') type = this.next().value;
      else if (this.peek()?.type === 'string') type = this.next().value;
      if (type === '_' || type === 'MISSING' || type?.includes('/')) type = undefined;
      const mandatory = new Set<string>();
      const nodes: string[][] = type === undefined ? [] : [[type]];
      const predicates: Predicate[] = [];
      while (this.peek()?.type !== ')') {
        const c = this.peek()!;
        if (c.type === '.') {
          this.next();
          continue;
        }
        if (c.type === '!') {
          this.next();
          this.expect('ident');
          continue;
        }
        if (c.type === 'ident' && this.peek(1)?.type === ':') {
          this.next();
          this.next();
        }
        const child = this.item();
        if ('operator' in child) predicates.push(child);
        else {
          for (const m of child.mandatory) mandatory.add(m);
          nodes.push(...child.nodes);
          predicates.push(...child.predicates);
        }
      }
      const end = this.expect(')').end;
      item = { mandatory, nodes, predicates, start: t.start, end };
      if (type !== undefined) item.type = type;
    } else if (t.type === 'string') {
      // An anonymous node: its type is the string.
      item = { mandatory: new Set(), nodes: [[t.value]], type: t.value, predicates: [], start: t.start, end: t.end };
    } else if (t.type === 'ident' && t.value === '_') {
      item = { mandatory: new Set(), nodes: [], predicates: [], start: t.start, end: t.end };
    } else throw new QuerySyntaxError(`unexpected ${JSON.stringify(t.value)} at ${t.start}`);
    let optional = false;
    const captures: string[] = [];
    for (let s = this.peek(); s && (s.type === '*' || s.type === '+' || s.type === '?' || s.type === 'capture'); s = this.peek()) {
      this.next();
      if (s.type === 'capture') captures.push(s.value);
      else if (s.type !== '+') optional = true;
      item.end = s.end;
    }
    if (optional) {
      item.mandatory = new Set();
      item.nodes = [];
      delete item.type;
    } else for (const c of captures) item.mandatory.add(c);
    return item;
  }
}

function needsOf(item: Item): PatternNeed[] {
  const needs: PatternNeed[] = [];
  for (const p of item.predicates) {
    const [first, ...rest] = p.args;
    if (first?.type !== 'capture') continue;
    const strings = rest.every((a) => a.type === 'string') ? rest.map((a) => a.value) : undefined;
    // web-tree-sitter's #eq? holds when the capture is absent (every() of nothing), #any-of? does not.
    if (p.operator === 'eq?' && strings?.length === 1 && item.mandatory.has(first.value)) needs.push({ kind: 'literal', anyOf: strings });
    else if (p.operator === 'any-of?' && strings && strings.length > 0) needs.push({ kind: 'literal', anyOf: strings });
    else if (p.operator === 'port-name?') needs.push({ kind: 'port-name' });
    else if (p.operator === 'protocol-sibling?') needs.push({ kind: 'literal', anyOf: ['proto'] });
  }
  return needs;
}

/** The top-level patterns of a query source, in order (tree-sitter numbers them the same way). */
export function queryPatterns(source: string): QueryPattern[] {
  const parser = new Parser(tokenize(source));
  const patterns: QueryPattern[] = [];
  while (!parser.done()) {
    const item = parser.item();
    if ('operator' in item) throw new QuerySyntaxError(`predicate #${item.operator} outside a pattern`);
    patterns.push({ start: item.start, end: item.end, needs: needsOf(item), nodes: item.nodes });
  }
  return patterns;
}

/**
 * Whether a word of `text` may name a port by isPortName, the test of `#port-name?`. A captured name is a
 * token (or a quoted string) of the text, so it starts and ends where a run of letters and digits does —
 * unless a number token ends right before it (`0x1fport`): a run with a digit before its "port" is taken
 * to be one.
 */
export function textMayNamePort(text: string): boolean {
  const re = /port/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + 4;
    while (start > 0 && /[A-Za-z0-9]/.test(text[start - 1]!)) start--;
    while (end < text.length && /[A-Za-z0-9]/.test(text[end]!)) end++;
    if (/[0-9]/.test(text.slice(start, m.index)) || isPortName(text.slice(start, end))) return true;
  }
  return false;
}

/**
 * The indexes of the patterns that may match in `text` (all of them when none is ruled out). With `types`
 * — whether the text's tree holds a node of a type (and true for a type no tree shows, a supertype) —
 * also those whose node types are all there.
 */
export function patternsFor(patterns: readonly QueryPattern[], text: string, types?: (type: string) => boolean): number[] {
  const literal = new Map<string, boolean>();
  let portName: boolean | undefined;
  const holds = (n: PatternNeed): boolean => {
    if (n.kind === 'port-name') return (portName ??= textMayNamePort(text));
    return n.anyOf.some((s) => {
      let v = literal.get(s);
      if (v === undefined) literal.set(s, (v = text.includes(s)));
      return v;
    });
  };
  const out: number[] = [];
  patterns.forEach((p, i) => {
    if (p.needs.every(holds) && (!types || p.nodes.every((anyOf) => anyOf.some(types)))) out.push(i);
  });
  return out;
}
