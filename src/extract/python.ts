// Python: grammars/python/ports.scm on one tree; the value expressions those queries capture
// (`int(os.getenv("PORT", "8000"))`, `Field(8000)`, `range(8000, 8010)`) are evaluated here.
import type { Node } from 'web-tree-sitter';
import type { PortOccurrence } from '../types.js';
import { extractTreeSitter, OccurrenceSet } from './generic.js';
import { isPortName, stringInside, unquote } from './port-text.js';
import {
  collectionElements,
  emitFlagString,
  emitValues,
  emptyEvaluation,
  fallback,
  joinEvaluations,
  MAX_EVALUATION_DEPTH,
  NameReads,
  namesPortMap,
  portReads,
  type EmitOptions,
  type Evaluation,
  type ReadMode,
} from './port-values.js';
import { extractArgv, extractShellCode, type ArgvWord } from './shell.js';
import { OffsetMap, type SourceText } from './source.js';
import { grammar, type OccurrenceHit } from './tree-sitter.js';

/** Calls that return their first argument converted: the port inside is the port. */
const CONVERSIONS = new Set(['int', 'str', 'float']);

/**
 * Calls whose first positional argument (or `default=`) is a field's default: pydantic `Field(8000)`,
 * dataclasses `field(default=8000)`, typer `Option(8000, "--port")`, attrs `attr.ib(default=8000)`,
 * FastAPI `Query(8000)`.
 */
const DEFAULT_WRAPPERS = new Set(['Field', 'field', 'Option', 'Argument', 'ib', 'attrib', 'Query', 'Param']);

/** Env var names: `API_PORT`, `PORT` — the keys that make `config("API_PORT", default=…)` an env read. */
const ENV_NAME = /^[A-Z][A-Z0-9_]*$/;

interface Context {
  /** Lists, tuples and sets hold ports (`PORTS = [8000, 8001]`). */
  collection: boolean;
  /** Dictionaries map keys to ports (`PORTS = {"api": 8000}`). */
  mapping?: 'keys' | 'attributes';
  /** The value is iterated by a port-named loop variable. */
  iterable: boolean;
}

const SINGLE: Context = { collection: false, iterable: false };

function literal(node: Node): Evaluation {
  return { values: [{ node }], open: [], reads: [] };
}

function lookup(node: Node, variable: string): Evaluation {
  return { values: [], open: [{ node, lookup: true, variable }], tail: { variable }, reads: [] };
}

function sourced(source: string): Evaluation {
  return { ...emptyEvaluation(), tail: { source } };
}

interface Arguments {
  positional: Node[];
  keywords: Map<string, Node>;
}

function callArguments(call: Node): Arguments {
  const args: Arguments = { positional: [], keywords: new Map() };
  for (const a of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (a.type === 'keyword_argument') {
      const name = a.childForFieldName('name')?.text;
      const value = a.childForFieldName('value');
      if (name && value) args.keywords.set(name, value);
    } else if (a.type !== 'comment') args.positional.push(a);
  }
  return args;
}

function isString(node: Node | undefined | null): node is Node {
  return !!node && node.type === 'string';
}

/** `os.environ`, `environ`: the mapping of environment variables. */
function isEnviron(node: Node | null | undefined): boolean {
  return !!node && /(^|\.)environ$/.test(node.text);
}

/** Nesting of the evaluation in progress (extraction is synchronous, one file at a time per thread). */
let depth = 0;

/** What a Python value expression evaluates to, as far as ports go. */
export function evaluatePython(node: Node, ctx: Context = SINGLE): Evaluation {
  if (depth >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth++;
  try {
    return evaluateNode(node, ctx);
  } finally {
    depth--;
  }
}

const COLLECTIONS: ReadonlySet<string> = new Set(['list', 'tuple', 'set']);

function evaluateNode(node: Node, ctx: Context): Evaluation {
  switch (node.type) {
    case 'integer':
    case 'string':
      return literal(node);
    case 'parenthesized_expression': {
      const inner = node.namedChildren[0];
      return inner ? evaluatePython(inner, ctx) : emptyEvaluation();
    }
    case 'boolean_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if (node.childForFieldName('operator')?.type !== 'or' || !left || !right) return emptyEvaluation();
      return fallback(evaluatePython(left, ctx), evaluatePython(right, ctx));
    }
    case 'conditional_expression': {
      // 8443 if tls else 8080 — the condition is not a value of the expression.
      const [body, , alternative] = node.namedChildren;
      if (!body || !alternative) return emptyEvaluation();
      return fallback(evaluatePython(body, ctx), evaluatePython(alternative, ctx));
    }
    case 'call':
      return evaluateCall(node, ctx);
    case 'subscript': {
      // os.environ["PORT"]
      const key = node.childForFieldName('subscript');
      if (isString(key) && isEnviron(node.childForFieldName('value'))) return lookup(key, unquote(key.text));
      return emptyEvaluation();
    }
    case 'attribute': {
      const attr = node.childForFieldName('attribute')?.text;
      return attr && isPortName(attr) ? sourced(attr) : emptyEvaluation();
    }
    case 'identifier': {
      if (isPortName(node.text)) return { ...emptyEvaluation(), tail: { source: node.text, identifier: true } };
      const mode: ReadMode = ctx.iterable ? 'collection' : 'value';
      return { ...emptyEvaluation(), reads: [{ name: node.text, mode }] };
    }
    case 'list':
    case 'tuple':
    case 'set':
      if (!ctx.collection && !ctx.iterable) return emptyEvaluation();
      return joinEvaluations(collectionElements(node, COLLECTIONS).map((c) => evaluatePython(c, { ...SINGLE, collection: true })));
    case 'dictionary':
      return ctx.mapping ? evaluateDictionary(node) : emptyEvaluation();
    default:
      return emptyEvaluation();
  }
}

function evaluateCall(node: Node, ctx: Context): Evaluation {
  const fn = node.childForFieldName('function');
  if (!fn) return emptyEvaluation();
  const callee = fn.text.replace(/\s+/g, '');
  const method = callee.slice(callee.lastIndexOf('.') + 1);
  const object = fn.type === 'attribute' ? fn.childForFieldName('object') : null;
  const { positional, keywords } = callArguments(node);
  const [first, second, third] = positional;
  if (CONVERSIONS.has(callee)) return first ? evaluatePython(first, { ...ctx, iterable: false }) : emptyEvaluation();
  // range(8000, 8010) iterated by a port: the ports 8000-8009. range(8000) alone counts from 0, and a
  // range starting in the well-known block (range(1, 49), range(1, 1025)) walks indexes or scans.
  if (callee === 'range' && (ctx.collection || ctx.iterable)) {
    if (first?.type !== 'integer' || second?.type !== 'integer' || Number(first.text) < 1024) return emptyEvaluation();
    return { values: [{ node: first, portEnd: Number(second.text) - 1 }], open: [], reads: [] };
  }
  // random.randint(49152, 65535): a port picked from a range.
  if ((method === 'randint' || method === 'randrange') && first?.type === 'integer' && second?.type === 'integer') {
    const last = Number(second.text) - (method === 'randrange' ? 1 : 0);
    return { values: [{ node: first, portEnd: last }], open: [], reads: [] };
  }
  if (ctx.iterable || ctx.collection) {
    // for port in sorted(PORTS); ports = list(range(8000, 8010))
    if (['sorted', 'list', 'set', 'tuple', 'reversed'].includes(callee) && first) return evaluatePython(first, ctx);
  }
  // for port in PORTS.values(); for name, port in PORTS.items()
  if (ctx.iterable && (method === 'values' || method === 'items') && object) return evaluatePython(object, ctx);
  if (DEFAULT_WRAPPERS.has(method)) {
    const value = keywords.get('default') ?? first;
    return value ? evaluatePython(value, SINGLE) : emptyEvaluation();
  }
  // getattr(settings, "REDIS_PORT", 6379)
  if (callee === 'getattr' && isString(second) && isPortName(unquote(second.text))) {
    const value = third ?? keywords.get('default');
    return value ? fallback(sourced(unquote(second.text)), evaluatePython(value, SINGLE)) : emptyEvaluation();
  }
  if (!isString(first)) return emptyEvaluation();
  const key = unquote(first.text);
  const value = second ?? keywords.get('default');
  const envRead =
    method === 'getenv' ||
    (['get', 'setdefault', 'pop'].includes(method) && isEnviron(object)) ||
    (method === 'get' && !!object && /(?:^|[._])env$/i.test(object.text) && ENV_NAME.test(key)) ||
    // django-environ env.int("PORT", default=8000), python-decouple config("PORT", default=8000)
    (/^(?:env|config)(?:\.(?:int|str|get_value))?$/.test(callee) && ENV_NAME.test(key));
  if (envRead) {
    const read = lookup(first, key);
    return value ? fallback(read, evaluatePython(value, SINGLE)) : read;
  }
  // settings.get("port", 8000), config.setdefault("redis_port", 6379)
  if (['get', 'setdefault', 'pop'].includes(method) && isPortName(key) && value) {
    return fallback(sourced(key), evaluatePython(value, SINGLE));
  }
  return emptyEvaluation();
}

/** `{"api": 8000, 8001: "docs"}` bound to a port-map name: values are ports of their keys, integer keys are ports. */
function evaluateDictionary(node: Node): Evaluation {
  const parts: Evaluation[] = [];
  for (const pair of node.namedChildren) {
    if (pair.type !== 'pair') continue;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    if (!key || !value) continue;
    if (key.type === 'integer') {
      parts.push(literal(key));
      continue;
    }
    const inner =
      value.type === 'list' || value.type === 'tuple'
        ? evaluatePython(value, { ...SINGLE, collection: true })
        : value.type === 'dictionary'
          ? emptyEvaluation()
          : evaluatePython(value, SINGLE);
    if (isString(key)) for (const v of inner.values) v.key ??= unquote(key.text);
    parts.push(inner);
  }
  return joinEvaluations(parts);
}

function contextOf(hit: OccurrenceHit): Context {
  const name = hit.name ? unquote(hit.name.text) : undefined;
  const iterable = hit.outer.type === 'for_statement' || hit.outer.type === 'for_in_clause';
  return {
    collection: iterable || (name !== undefined && isPortName(name)),
    ...(namesPortMap(name) && { mapping: namesPortMap(name) }),
    iterable,
  };
}

/** Hosts that make `("host", 8899)` a socket address: IPs, localhost, domain names. */
function sockaddrHost(text: string): boolean {
  // Not "": `("", 204)` is a Flask response (body, status); bind(("", 8000)) has its own pattern.
  if (text === 'localhost' || text === '::' || text === '::1') return true;
  if (/^(?:\d{1,3}\.){3}\d{1,3}$/.test(text)) return true;
  return /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(text);
}

/** Host of `bind(("0.0.0.0", 8000))`, `connect(("redis", 6379))`, `open_connection("db", 5432)`. */
function hostOf(port: Node): string | undefined {
  const before = port.previousNamedSibling;
  return isString(before) && !before.text.startsWith('f') ? unquote(before.text) : undefined;
}

/** The decoded text of a Python string literal and where its characters sit in the file. */
function stringWord(node: Node): ArgvWord {
  const inside = stringInside(node.text);
  const raw = /^[a-zA-Z]*[rR]/.test(node.text) && !/^['"]/.test(node.text);
  const text = raw ? inside.text : decodePython(inside.text);
  const base = node.startIndex + inside.offset;
  return { text, map: raw || text === inside.text ? OffsetMap.identity(text.length, base) : new OffsetMap(text, inside.text, base) };
}

function decodePython(text: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g, (_, c: string) => {
    if (c.length > 1) return String.fromCodePoint(parseInt(c.slice(1), 16));
    return simple[c] ?? c;
  });
}

function wordOf(node: Node): ArgvWord {
  if (node.type === 'string') return stringWord(node);
  return { text: node.text, map: OffsetMap.identity(node.text.length, node.startIndex) };
}

/** `subprocess.run([...])` (argv), `Popen("…", shell=True)` / `os.system("…")` (shell code), `create_subprocess_exec(*argv)`. */
function command(node: Node, out: OccurrenceSet): void {
  if (node.type === 'string') {
    const w = stringWord(node);
    extractShellCode(out, w.text, w.map);
    return;
  }
  const elements =
    node.type === 'argument_list' ? node.namedChildren.filter((c) => c.type !== 'keyword_argument' && c.type !== 'comment') : node.namedChildren;
  extractArgv(out, elements.map(wordOf));
}

export function extractPython(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  const reads = new NameReads(out, (value, mode) =>
    evaluatePython(value, mode === 'collection' ? { collection: true, mapping: 'keys', iterable: false } : SINGLE),
  );

  /** One `name = value` binding: reported when the name says port, else kept until a port context reads it. */
  const bind = (hit: OccurrenceHit, nameNode: Node, value: Node, set: OccurrenceSet): void => {
    const name = nameNode.text;
    if (hit.kind === 'constant' && !isPortName(name)) {
      reads.define(name, value);
      return;
    }
    const binding: OccurrenceHit = { ...hit, name: nameNode, port: value };
    const evaluation = evaluatePython(value, contextOf(binding));
    for (const r of evaluation.reads) reads.read(r.name, r.mode);
    for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
    const lookups = emitValues(set, binding, evaluation);
    if (hit.kind === 'constant') reads.bindUnset(name, lookups);
  };

  return extractTreeSitter(
    src,
    grammar('python'),
    {
      hit(hit, set) {
        if (hit.kind === 'cli-flag' && hit.port.id === hit.outer.id) {
          emitFlagString(set, hit.port);
          return true;
        }
        // HOST, PORT = "localhost", 8000 — pair the names with the values.
        if (hit.name?.type === 'pattern_list' && hit.port.type === 'expression_list') {
          const names = hit.name.namedChildren;
          const values = hit.port.namedChildren;
          if (names.length === values.length) names.forEach((n, i) => n.type === 'identifier' && bind(hit, n, values[i]!, set));
          return true;
        }
        if (hit.name && hit.name.type === 'identifier') {
          bind(hit, hit.name, hit.port, set);
          return true;
        }
        const options: EmitOptions = {};
        if (hit.kind === 'listen' || hit.kind === 'connect' || hit.kind === 'address') {
          const host = hostOf(hit.port);
          // `("", 204)` is a Flask response; `server_address = ("", 8000)` (a pattern of its own) an address.
          if (hit.kind === 'address' && (host === undefined || !(sockaddrHost(host) || (host === '' && hit.outer.type === 'assignment')))) return true;
          if (host !== undefined) options.host = host;
        }
        let variable: Node | undefined;
        if (hit.kind === 'cli-flag' && hit.outer.type === 'call') {
          // @click.option("--port", default=8000, envvar="PORT")
          const envvar = callArguments(hit.outer).keywords.get('envvar');
          if (isString(envvar)) variable = envvar;
        }
        const evaluation = evaluatePython(hit.port, contextOf(hit));
        for (const r of portReads(hit, evaluation)) reads.read(r.name, r.mode);
        for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
        emitValues(set, variable ? { ...hit, variable } : hit, evaluation, options);
        return true;
      },
      command,
    },
    out,
  );
}
