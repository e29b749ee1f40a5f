// Python: grammars/python/ports.scm on one tree; the value expressions those queries capture
// (`int(os.getenv("PORT", "8000"))`, `Field(8000)`, `range(8000, 8010)`) are evaluated here, with the
// joins a query cannot make: a ports module's constants, calls of functions with a port parameter.
import type { Node } from 'web-tree-sitter';
import type { PortOccurrence } from '../types.js';
import { extractTreeSitter, nodeContent, OccurrenceSet } from './generic.js';
import { isPortName, parsePortNumber, stringInside, unquote } from './port-text.js';
import {
  collectionElements,
  emitFlagString,
  emitValues,
  bindingContext,
  emptyEvaluation,
  fallback,
  isPortsModule,
  literalValue,
  lookupValue,
  joinEvaluations,
  MAX_EVALUATION_DEPTH,
  NameReads,
  namesPortQuantity,
  portReads,
  SINGLE_VALUE,
  type EmitOptions,
  type Evaluation,
  type ReadMode,
  type ValueContext,
} from './port-values.js';
import { extractArgv, extractShellCode, type ArgvWord } from './shell.js';
import { OffsetMap, type SourceText } from './source.js';
import { descendantGroups, grammar, type OccurrenceHit } from './tree-sitter.js';

/** Statements whose loop variable iterates a value (`for port in PORTS`, `[p for p in PORTS]`). */
const LOOP_TYPES: ReadonlySet<string> = new Set(['for_statement', 'for_in_clause']);

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

/**
 * Whether a call of `fn` with `key` first reads the environment: os.getenv, os.environ.get, env.get,
 * django-environ's env.int("PORT", default=8000), python-decouple's config("PORT", default=8000), and a
 * project's own typed readers (healthchecks' envint("EMAIL_PORT", "587"), env_int, get_env, getenv_int,
 * paperless' get_int_from_env("PAPERLESS_DBPORT")).
 */
function isEnvRead(fn: Node, key: string): boolean {
  const callee = fn.text.replace(/\s+/g, '');
  const method = callee.slice(callee.lastIndexOf('.') + 1);
  const object = fn.type === 'attribute' ? fn.childForFieldName('object') : null;
  return (
    method === 'getenv' ||
    (['get', 'setdefault', 'pop'].includes(method) && isEnviron(object)) ||
    (method === 'get' && !!object && /(?:^|[._])env$/i.test(object.text) && ENV_NAME.test(key)) ||
    (/^(?:env|config)(?:\.(?:int|str|get_value))?$/.test(callee) && ENV_NAME.test(key)) ||
    (fn.type === 'identifier' && /^(?:(?:get_?|read_?)?env_?(?:int|integer|str|var|or|default)?|(?:get|read)_\w+_from_env)$/i.test(callee) && ENV_NAME.test(key))
  );
}

/** A span of the text (0-based offsets, as OccurrenceSet's) whose URLs are the fallback of `variable`. */
interface FallbackSpan {
  start: number;
  end: number;
  variable: string;
}

/**
 * The string defaults of environment reads, by the variable read: `os.getenv("TIKA_ENDPOINT",
 * "http://localhost:9998")` spread over lines, click's `option(…, envvar="REDIS", default="redis://…")`.
 * A URL inside one is the variable's fallback (see overrideDefaultOf); a URL elsewhere on its line is not.
 */
function envStringDefaults(calls: readonly Node[], spans: FallbackSpan[]): void {
  for (const call of calls) {
    const fn = call.childForFieldName('function');
    if (!fn) continue;
    const { positional, keywords } = callArguments(call);
    const [first, second] = positional;
    let variable: string | undefined;
    let value: Node | undefined;
    const envvar = keywords.get('envvar');
    if (isString(envvar)) [variable, value] = [unquote(envvar.text), keywords.get('default')];
    else if (isString(first) && isEnvRead(fn, unquote(first.text))) [variable, value] = [unquote(first.text), second ?? keywords.get('default')];
    if (variable !== undefined && isString(value)) spans.push({ start: value.startIndex, end: value.endIndex, variable });
  }
}

/**
 * `if env_redis is None:` blocks (`if not url:`, `== None`) whose name holds an address or comes from the
 * environment: what they assign or return is that optional setting's fallback (`return
 * ("redis://localhost:6379", …)` when PAPERLESS_REDIS, passed in as env_redis, is unset). Not an
 * attribute (`if self._db is None:` connects lazily), not `if not DEBUG:`, only a short block.
 */
function noneFallbacks(ifs: Node[], spans: FallbackSpan[]): void {
  for (const statement of ifs) {
    const condition = statement.childForFieldName('condition')?.text.replace(/\s+/g, ' ').trim() ?? '';
    const name = /^(?:([A-Za-z_]\w*) (?:is|==) None|not ([A-Za-z_]\w*))$/.exec(condition);
    const block = statement.childForFieldName('consequence');
    const tested = name?.[1] ?? name?.[2] ?? '';
    if (!block || !/(?:^|_)(?:env|url|uri|dsn|endpoint|addr|address)(?:_|$)/i.test(tested)) continue;
    if (block.endPosition.row - block.startPosition.row > 10) continue;
    spans.push({ start: block.startIndex, end: block.endIndex, variable: tested });
  }
}

/**
 * A pydantic-settings class's string fields (`BASE_URL: str = "http://localhost:8080"`): the defaults of
 * the variables they read (settingsVariable).
 */
function settingsStrings(classes: Node[], spans: FallbackSpan[]): void {
  for (const cls of classes) {
    if (!derivesBaseSettings(cls, 0)) continue;
    for (const statement of cls.childForFieldName('body')?.namedChildren ?? []) {
      const assignment = statement?.type === 'expression_statement' ? statement.namedChildren[0] : undefined;
      if (assignment?.type !== 'assignment') continue;
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (left?.type !== 'identifier' || !isString(right)) continue;
      const variable = settingsVariable(assignment, left.text, right);
      if (variable !== undefined) spans.push({ start: right.startIndex, end: right.endIndex, variable });
    }
  }
}

/** Nesting of the evaluation in progress (extraction is synchronous, one file at a time per thread). */
let depth = 0;

/** What a Python value expression evaluates to, as far as ports go. */
export function evaluatePython(node: Node, ctx: ValueContext = SINGLE_VALUE): Evaluation {
  if (depth >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth++;
  try {
    return evaluateNode(node, ctx);
  } finally {
    depth--;
  }
}

const COLLECTIONS: ReadonlySet<string> = new Set(['list', 'tuple', 'set']);

function evaluateNode(node: Node, ctx: ValueContext): Evaluation {
  switch (node.type) {
    case 'integer':
    case 'string':
      return literalValue(node);
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
      if (isString(key) && isEnviron(node.childForFieldName('value'))) return lookupValue(key, unquote(key.text));
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
      return joinEvaluations(collectionElements(node, COLLECTIONS).map((c) => evaluatePython(c, { ...SINGLE_VALUE, collection: true })));
    case 'dictionary':
      return ctx.mapping ? evaluateDictionary(node) : emptyEvaluation();
    default:
      return emptyEvaluation();
  }
}

/** Methods that set a named option to a value: the option's name says whether the value is a port. */
const SETTERS = new Set(['set', 'config', 'option', 'setOption', 'set_option']);

function evaluateCall(node: Node, ctx: ValueContext): Evaluation {
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
  // PORTS = dict(api=8000, web=3000): a port table keyed by service, written as a call.
  if (callee === 'dict' && ctx.mapping === 'keys') {
    const parts: Evaluation[] = [];
    for (const [key, value] of keywords) {
      const inner = evaluatePython(value, value.type === 'list' || value.type === 'tuple' ? { ...SINGLE_VALUE, collection: true } : SINGLE_VALUE);
      for (const v of inner.values) v.key ??= key;
      parts.push(inner);
    }
    return joinEvaluations(parts);
  }
  if (DEFAULT_WRAPPERS.has(method)) {
    const value = keywords.get('default') ?? first;
    return value ? evaluatePython(value, SINGLE_VALUE) : emptyEvaluation();
  }
  // getattr(settings, "REDIS_PORT", 6379)
  if (callee === 'getattr' && isString(second) && isPortName(unquote(second.text))) {
    const value = third ?? keywords.get('default');
    return value ? fallback(sourced(unquote(second.text)), evaluatePython(value, SINGLE_VALUE)) : emptyEvaluation();
  }
  if (!isString(first)) return emptyEvaluation();
  const key = unquote(first.text);
  const value = second ?? keywords.get('default');
  if (isEnvRead(fn, key)) {
    const read = lookupValue(first, key);
    return value ? fallback(read, evaluatePython(value, SINGLE_VALUE)) : read;
  }
  // settings.get("port", 8000), config.setdefault("redis_port", 6379)
  if (['get', 'setdefault', 'pop'].includes(method) && isPortName(key) && value) {
    return fallback(sourced(key), evaluatePython(value, SINGLE_VALUE));
  }
  // A key and its value: SparkSession.builder.config("spark.ui.port", "4050"), conf.set("spark.driver.port", 7078),
  // reader.option("port", 5432) (not conf.set("spark.port.maxRetries", 16): a count).
  if (SETTERS.has(method) && positional.length === 2 && second && isPortName(key) && !namesPortQuantity(key)) {
    const set = evaluatePython(second, SINGLE_VALUE);
    // Sourced by the key, as a standalone hit requires: the key is what makes the value a port.
    for (const v of set.values) {
      v.key ??= key;
      v.source ??= key;
    }
    return set;
  }
  return emptyEvaluation();
}

/**
 * `{"api": 8000, 8001: "docs"}`: integer keys are ports, and string keys name the ports their values
 * evaluate to (by `valueOf`).
 */
function dictionaryValues(node: Node, valueOf: (value: Node) => Evaluation): Evaluation {
  const parts: Evaluation[] = [];
  for (const pair of node.namedChildren) {
    if (pair.type !== 'pair') continue;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    if (!key || !value) continue;
    if (key.type === 'integer') {
      parts.push(literalValue(key));
      continue;
    }
    const inner = valueOf(value);
    if (isString(key)) for (const v of inner.values) v.key ??= unquote(key.text);
    parts.push(inner);
  }
  return joinEvaluations(parts);
}

/** A dictionary bound to a port-map name: lists hold ports, nested dictionaries are not followed. */
function evaluateDictionary(node: Node): Evaluation {
  return dictionaryValues(node, (value) =>
    value.type === 'list' || value.type === 'tuple'
      ? evaluatePython(value, { ...SINGLE_VALUE, collection: true })
      : value.type === 'dictionary'
        ? emptyEvaluation()
        : evaluatePython(value, SINGLE_VALUE),
  );
}

/** unittest and pytest-style helpers comparing an actual and an expected value. */
const ASSERTIONS = new Set(['assertEqual', 'assertEquals', 'assert_equal', 'assert_equals', 'assertIs']);

/** The port-named attribute, name or key an expression reads: `cfg.server.port`, `settings.REDIS_PORT`. */
function portNamedRead(node: Node | undefined): string | undefined {
  const name =
    node?.type === 'attribute'
      ? node.childForFieldName('attribute')?.text
      : node?.type === 'identifier'
        ? node.text
        : node?.type === 'subscript' && isString(node.childForFieldName('subscript'))
          ? unquote(node.childForFieldName('subscript')!.text)
          : undefined;
  return name !== undefined && isPortName(name) && !namesPortQuantity(name) ? name : undefined;
}

/**
 * Ports a test states about a port-named value (issue 12 item 7): `self.assertEqual(cfg.server.port, 8005)`,
 * `assert_equal(8005, settings.API_PORT)` (a bare `assert cfg.port == 8005` is a comparison pattern).
 */
function statedPorts(calls: readonly Node[], out: OccurrenceSet): void {
  for (const call of calls) {
    const fn = call.childForFieldName('function');
    const method = fn?.type === 'attribute' ? fn.childForFieldName('attribute')?.text : fn?.text;
    if (method === undefined || !ASSERTIONS.has(method)) continue;
    const [a, b] = callArguments(call).positional;
    const name = portNamedRead(a) ?? portNamedRead(b);
    const expected = portNamedRead(a) !== undefined ? b : a;
    if (name === undefined || !expected || !(expected.type === 'integer' || isString(expected))) continue;
    const { text, start } = nodeContent(expected);
    const port = parsePortNumber(text);
    if (port !== undefined) out.add(start, start + text.length, { kind: 'property', port, name });
  }
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

/**
 * The ports of a value in a ports module (`settings/ports.py`): integers, `(49152, 49200)` (two ascending
 * ports: a range), other lists, tuples and sets of integers, dicts of those (each port bound to its key,
 * nested dicts too; integer keys are ports), and anything else as a port value expression
 * (`int(os.getenv("HTTP_PORT", 3000))`). Strings are not: `HOST = "0.0.0.0"`, `API_KEY = "12345"`.
 */
function moduleValues(node: Node): Evaluation {
  if (depth >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth++;
  try {
    switch (node.type) {
      case 'integer':
        return literalValue(node);
      case 'string':
      case 'concatenated_string':
        return emptyEvaluation();
      case 'parenthesized_expression': {
        const inner = node.namedChildren[0];
        return inner ? moduleValues(inner) : emptyEvaluation();
      }
      case 'list':
      case 'tuple':
      case 'set': {
        const items = node.namedChildren.filter((c) => c.type !== 'comment');
        const numbers = items.filter((c) => c.type === 'integer');
        const [first, last] = numbers;
        if (items.length === 2 && first && last && parsePortNumber(last.text) !== undefined && Number(last.text) > Number(first.text)) {
          return { values: [{ node: first, portEnd: Number(last.text) }], open: [], reads: [] };
        }
        return joinEvaluations(numbers.map((n) => literalValue(n)));
      }
      case 'dictionary':
        return dictionaryValues(node, moduleValues);
      default:
        return evaluatePython(node, SINGLE_VALUE);
    }
  } finally {
    depth--;
  }
}

/** `HTTP = 3000` as a statement of the module itself (not in a function, class or block). */
/**
 * The environment variable a pydantic-settings field reads: `class Settings(BaseSettings): API_PORT: int =
 * 9000` is the default of API_PORT, not a literal to replace with a lookup. The class derives from
 * `BaseSettings` directly or through classes of the same file; the name is the field's, upper-cased unless
 * the class says `case_sensitive`, after its `env_prefix`, or a `Field(…, alias=/validation_alias=/env=)`.
 */
function settingsVariable(assignment: Node, field: string, value: Node): string | undefined {
  const cls = assignment.parent?.parent?.parent;
  if (cls?.type !== 'class_definition' || !derivesBaseSettings(cls, 0)) return undefined;
  if (value.type === 'call') {
    const { keywords } = callArguments(value);
    for (const k of ['validation_alias', 'alias', 'env']) {
      const v = keywords.get(k);
      if (isString(v)) return unquote(v.text);
    }
  }
  const body = cls.childForFieldName('body')?.text ?? '';
  const prefix = /\benv_prefix\s*=\s*["']([^"']*)["']/.exec(body)?.[1] ?? '';
  const name = prefix + field;
  return /\bcase_sensitive\s*=\s*True\b/.test(body) ? name : name.toUpperCase();
}

/** Whether a class derives from pydantic's `BaseSettings`, directly or through classes defined in the file. */
function derivesBaseSettings(cls: Node, depth: number): boolean {
  for (const base of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
    const name = base.type === 'attribute' ? base.childForFieldName('attribute')?.text : base.type === 'identifier' ? base.text : undefined;
    if (name === undefined) continue;
    if (name === 'BaseSettings') return true;
    if (depth >= 8) continue;
    const local = moduleClass(cls.tree.rootNode, name);
    if (local && local.id !== cls.id && derivesBaseSettings(local, depth + 1)) return true;
  }
  return false;
}

function moduleClass(root: Node, name: string): Node | undefined {
  for (const child of root.namedChildren) {
    const def = child?.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
    if (def?.type === 'class_definition' && def.childForFieldName('name')?.text === name) return def;
  }
  return undefined;
}

/** `name = <value>` as the body of `if name is None:` / `if not name:` — the default of an earlier lookup. */
function isNoneFallback(assignment: Node, name: string): boolean {
  const block = assignment.parent?.type === 'expression_statement' ? assignment.parent.parent : undefined;
  const statement = block?.parent;
  if (block?.type !== 'block' || statement?.type !== 'if_statement' || statement.childForFieldName('consequence')?.id !== block.id) return false;
  const condition = statement.childForFieldName('condition')?.text.replace(/\s+/g, ' ').trim();
  return condition === `${name} is None` || condition === `not ${name}` || condition === `${name} == None`;
}

function isModuleLevel(assignment: Node): boolean {
  const statement = assignment.parent;
  return statement?.type === 'expression_statement' && statement.parent?.type === 'module';
}

/** The identifier a parameter binds: `port`, `port: int`, `port=8000`, `port: int = 8000`. */
function parameterName(param: Node): Node | undefined {
  const n = param.type === 'identifier' ? param : param.type === 'typed_parameter' ? param.namedChildren[0] : param.childForFieldName('name');
  return n?.type === 'identifier' ? n : undefined;
}

/** Parameters after which no position is fixed: `*args`, `*`, `**kwargs`. */
const VARIADIC = new Set(['list_splat_pattern', 'dictionary_splat_pattern', 'keyword_separator']);

/** How the function a parameter list belongs to is called in its file: `serve(…)`, `obj.start(…)`, `Server(…)`. */
type Callee = { call: 'function' | 'method'; name: string; skip: number };

function calleeOf(fn: Node): Callee | undefined {
  const name = fn.childForFieldName('name')?.text;
  if (fn.type !== 'function_definition' || !name) return undefined;
  const holder = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
  const cls = holder.parent?.type === 'block' ? holder.parent.parent : null;
  if (cls?.type !== 'class_definition') return { call: 'function', name, skip: 0 };
  const decorators = holder.type === 'decorated_definition' ? holder.namedChildren.filter((c) => c.type === 'decorator').map((d) => d.text) : [];
  // self / cls is bound by the call, not passed (a @staticmethod has neither).
  const skip = decorators.some((d) => /\bstaticmethod\b/.test(d)) ? 0 : 1;
  if (name === '__init__') {
    const className = cls.childForFieldName('name')?.text;
    return className ? { call: 'function', name: className, skip } : undefined;
  }
  return { call: 'method', name, skip };
}

/** Whether a call calls `callee`: `serve(…)` and `Server(…)` by name, methods on any object (`self.start(…)`, `srv.start(…)`). */
function calls(call: Node, callee: Callee): boolean {
  const fn = call.childForFieldName('function');
  if (callee.call === 'function') return fn?.type === 'identifier' && fn.text === callee.name;
  return fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === callee.name;
}

/**
 * A port-named parameter (`async def serve_grpc(port: int)`, `def start(host, port=8000)`, a method's or
 * `__init__`'s): the positional argument at its position in each call of the function in the same file
 * (`await serve_grpc(50051)`, `start("0.0.0.0", 9000)`, `Server(9000)`), as an argument bound to the
 * parameter's name. Keyword arguments (`port=9000`) have a pattern of their own.
 */
function parameterArguments(hit: OccurrenceHit, out: OccurrenceSet, reads: NameReads, allCalls: () => Node[]): void {
  const param = hit.port;
  const id = parameterName(param);
  if (!id || !isPortName(id.text) || namesPortQuantity(id.text)) return;
  let index = 0;
  for (const p of hit.outer.namedChildren) {
    if (p.id === param.id) break;
    if (VARIADIC.has(p.type) || (p.type === 'typed_parameter' && VARIADIC.has(p.namedChildren[0]?.type ?? ''))) return;
    if (p.type === 'comment' || p.type === 'positional_separator') continue;
    index++;
  }
  const fn = hit.outer.parent;
  const callee = fn ? calleeOf(fn) : undefined;
  if (!callee || index < callee.skip) return;
  index -= callee.skip;
  for (const call of allCalls()) {
    if (!calls(call, callee)) continue;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment' && a.type !== 'keyword_argument') ?? [];
    if (args.slice(0, index + 1).some((a) => a.type === 'list_splat' || a.type === 'dictionary_splat')) continue;
    const arg = args[index];
    if (!arg) continue;
    const argument: OccurrenceHit = { kind: 'argument', pattern: hit.pattern, port: arg, name: id, outer: call };
    const evaluation = evaluatePython(arg, SINGLE_VALUE);
    for (const r of portReads(argument, evaluation)) reads.read(r.name, r.mode);
    emitValues(out, argument, evaluation);
  }
}

export function extractPython(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  const reads = new NameReads(out, (value, mode) =>
    evaluatePython(value, mode === 'collection' ? { collection: true, mapping: 'keys', iterable: false } : SINGLE_VALUE),
  );
  const portsModule = isPortsModule(src.file);
  // One walk of the tree for every join that needs one.
  let walked: Record<'calls' | 'ifs' | 'classes', Node[]> | undefined;
  const walk = (root: Node) => (walked ??= descendantGroups(root, { calls: ['call'], ifs: ['if_statement'], classes: ['class_definition'] }));

  /** One `name = value` binding: reported when the name says port, else kept until a port context reads it. */
  const bind = (hit: OccurrenceHit, nameNode: Node, value: Node, set: OccurrenceSet): void => {
    const name = nameNode.text;
    if (hit.kind === 'constant' && !isPortName(name)) {
      // In a ports module (settings/ports.py), a module-level constant is a port whatever its name.
      if (portsModule && isModuleLevel(hit.outer)) {
        const binding: OccurrenceHit = { ...hit, name: nameNode, port: value };
        const evaluation = moduleValues(value);
        for (const r of portReads(binding, evaluation)) reads.read(r.name, r.mode);
        emitValues(set, binding, evaluation);
      } else reads.define(name, value);
      return;
    }
    const binding: OccurrenceHit = { ...hit, name: nameNode, port: value };
    const evaluation = evaluatePython(value, bindingContext(binding, LOOP_TYPES));
    for (const r of evaluation.reads) reads.read(r.name, r.mode);
    for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
    const variable = hit.kind === 'property' ? settingsVariable(hit.outer, name, value) : undefined;
    const lookups = emitValues(set, binding, evaluation, variable !== undefined ? { variable } : {});
    if (hit.kind === 'constant') reads.bindUnset(name, lookups);
    // `port = os.getenv("API_PORT")` … `if port is None: port = 9000`: the lookup has a default after all.
    if (isNoneFallback(hit.outer, name)) reads.defaulted(name);
  };

  const spans: FallbackSpan[] = [];
  const found = extractTreeSitter(
    src,
    grammar('python'),
    {
      hit(hit, set) {
        if (hit.kind === 'argument') {
          const root = hit.outer.tree.rootNode;
          parameterArguments(hit, set, reads, () => walk(root).calls);
          return true;
        }
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
        const evaluation = evaluatePython(hit.port, bindingContext(hit, LOOP_TYPES));
        for (const r of portReads(hit, evaluation)) reads.read(r.name, r.mode);
        for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
        emitValues(set, variable ? { ...hit, variable } : hit, evaluation, options);
        return true;
      },
      command,
      tree(root, set) {
        const { calls, ifs, classes } = walk(root);
        statedPorts(calls, set);
        envStringDefaults(calls, spans);
        noneFallbacks(ifs, spans);
        settingsStrings(classes, spans);
      },
    },
    out,
  );
  if (spans.length > 0) {
    for (const o of found) {
      if ((o.kind !== 'url' && o.kind !== 'address') || o.variable !== undefined) continue;
      const at = src.offset(o.range.start);
      const span = spans.find((s) => s.start <= at && at < s.end);
      if (span) o.defaultOf = span.variable;
    }
  }
  return found;
}
