// Wildcard parents in the .scm queries: `(_ property: (property_identifier) @m)` where the typed
// `(member_expression property: …)` would say the same. tree-sitter's compile-time analysis walks the
// grammar's parse states for every typed parent step of a pattern and skips wildcard ones
// (the note atop grammars/javascript/ports.scm), so each such step is written as a wildcard only where the grammar's
// node-types.json proves that its context and its fields admit exactly one node type.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GrammarId } from '../../src/extract/tree-sitter.js';
import { REPO } from './run.js';

/** A `(_ …)` with children in a query source, and where it stands. */
export interface Wildcard {
  /** Offset of its `_`. */
  at: number;
  /** Fields it names for its own children (`property:` in `(_ property: …)`). */
  fields: string[];
  /** The typed (or wildcard) node it is a child of, and under which field; undefined at the top level. */
  parent?: { type: string; wildcard?: Wildcard; field?: string };
}

interface Frame {
  bracket: '(' | '[';
  type?: string;
  wildcard?: Wildcard;
  /** A field named in this frame and not yet given its child. */
  field?: string;
  /** Context of a `[` alternation: that of the field it fills. */
  context?: Wildcard['parent'];
}

/** Every wildcard parent with children of a query source (comments and strings skipped). */
export function wildcardParents(source: string): Wildcard[] {
  const out: Wildcard[] = [];
  const stack: Frame[] = [];
  const contextHere = (): Wildcard['parent'] => {
    const top = stack[stack.length - 1];
    if (!top) return undefined;
    if (top.bracket === '[') return top.context;
    const ctx = top.type === '_' && top.wildcard ? { type: '_', wildcard: top.wildcard } : { type: top.type ?? '?' };
    return top.field !== undefined ? { ...ctx, field: top.field } : ctx;
  };
  const childDone = () => {
    const top = stack[stack.length - 1];
    if (top && top.bracket === '(') delete top.field;
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === ';') {
      while (i < source.length && source[i] !== '\n') i++;
      continue;
    }
    if (c === '"') {
      for (i++; i < source.length && source[i] !== '"'; i++) if (source[i] === '\\') i++;
      i++;
      childDone();
      continue;
    }
    if (c === '(' || c === '[') {
      const frame: Frame = { bracket: c, context: contextHere() };
      i++;
      if (c === '(') {
        while (/\s/.test(source[i] ?? '')) i++;
        const m = /^(?:_|[A-Za-z_][\w.]*[?!]?|#[\w-]+[?!]?|"(?:[^"\\]|\\.)*")/.exec(source.slice(i));
        frame.type = m?.[0] ?? '';
        if (frame.type === '_') {
          frame.wildcard = { at: i, fields: [] };
          if (frame.context) frame.wildcard.parent = frame.context;
        }
        i += frame.type.length;
      }
      stack.push(frame);
      continue;
    }
    if (c === ')' || c === ']') {
      const frame = stack.pop();
      if (frame?.wildcard && (frame.wildcard.fields.length > 0 || hadChildren(source, frame.wildcard.at, i))) out.push(frame.wildcard);
      i++;
      childDone();
      continue;
    }
    const field = /^([a-z_]\w*):/.exec(source.slice(i));
    if (field) {
      const top = stack[stack.length - 1];
      if (top) {
        top.field = field[1]!;
        if (top.wildcard) top.wildcard.fields.push(field[1]!);
      }
      i += field[0].length;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    // A capture, a quantifier, an anchor or a predicate argument: none fills a field.
    const token = /^(?:@[\w.]+|[*+?.]|!\w+|[^\s()[\]";]+)/.exec(source.slice(i))![0];
    i += token.length;
  }
  return out;
}

/** Whether the `(_ …)` at `at` (its `_`), closing at `end`, holds a child node (not only captures). */
function hadChildren(source: string, at: number, end: number): boolean {
  return /[([]/.test(source.slice(at + 1, end).replace(/"(?:[^"\\]|\\.)*"/g, '""'));
}

interface NodeType {
  type: string;
  named: boolean;
  fields?: Record<string, { types: { type: string; named: boolean }[] }>;
  children?: { types: { type: string; named: boolean }[] };
  subtypes?: { type: string; named: boolean }[];
}

const NODE_TYPES: Partial<Record<GrammarId, string>> = {
  javascript: 'node_modules/tree-sitter-javascript/src/node-types.json',
  typescript: 'node_modules/tree-sitter-typescript/typescript/src/node-types.json',
  tsx: 'node_modules/tree-sitter-typescript/tsx/src/node-types.json',
  python: 'node_modules/tree-sitter-python/src/node-types.json',
  bash: 'node_modules/tree-sitter-bash/src/node-types.json',
  json: 'node_modules/tree-sitter-json/src/node-types.json',
};

/** A grammar's named node types by name, read once. */
const namedTypesOf = new Map<GrammarId, Map<string, NodeType>>();
function namedTypes(id: GrammarId): Map<string, NodeType> {
  let byType = namedTypesOf.get(id);
  if (!byType) {
    const types = JSON.parse(readFileSync(path.join(REPO, NODE_TYPES[id]!), 'utf8')) as NodeType[];
    namedTypesOf.set(id, (byType = new Map(types.filter((t) => t.named).map((t) => [t.type, t]))));
  }
  return byType;
}

/** The node types a wildcard can be in a grammar: named types allowed where it stands that have all its fields. */
export function wildcardTypes(id: GrammarId, w: Wildcard): string[] {
  const byType = namedTypes(id);
  const expand = (list: { type: string; named: boolean }[], into = new Set<string>()): Set<string> => {
    for (const t of list) {
      if (!t.named || into.has(t.type)) continue;
      const subtypes = byType.get(t.type)?.subtypes;
      if (subtypes) expand(subtypes, into);
      else into.add(t.type);
    }
    return into;
  };
  const resolve = (v: Wildcard): string[] => {
    const parentTypes = !v.parent ? [] : v.parent.wildcard ? resolve(v.parent.wildcard) : [v.parent.type];
    const allowed = new Set<string>();
    if (!v.parent) for (const t of byType.keys()) allowed.add(t);
    for (const p of parentTypes) {
      const node = byType.get(p);
      const slot = v.parent?.field !== undefined ? node?.fields?.[v.parent.field] : node?.children;
      if (slot) expand(slot.types, allowed);
    }
    return [...allowed].filter((t) => v.fields.every((f) => byType.get(t)?.fields?.[f] !== undefined)).sort();
  };
  return resolve(w);
}

/** The query with every wildcard parent written as the one type it stands for in grammar `id`. */
export function typedQuery(id: GrammarId, source: string): string {
  let out = source;
  for (const w of wildcardParents(source).sort((a, b) => b.at - a.at)) {
    const [type] = wildcardTypes(id, w);
    out = out.slice(0, w.at) + type + out.slice(w.at + 1);
  }
  return out;
}
