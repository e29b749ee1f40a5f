// JavaScript and TypeScript: grammars/javascript/ports.scm (+ typescript/, jsx/) on one tree; the value
// expressions those queries capture (`process.env.PORT || 3000`, `[3000, 3001]`) are evaluated here, with
// the joins a query cannot make: a ports module's constants, calls of functions with a port parameter.
import type { Node } from 'web-tree-sitter';
import type { PortOccurrence } from '../types.js';
import { scanAddresses } from './addresses.js';
import { extractTreeSitter, OccurrenceSet, scanCodeProperties, scanText } from './generic.js';
import { isPortName, parsePortNumber, unquote } from './port-text.js';
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
  type Evaluation,
  type ReadMode,
  type ValueContext,
} from './port-values.js';
import { extractArgv, extractShellCode, type ArgvWord } from './shell.js';
import { OffsetMap, type OccurrenceInit, type SourceText } from './source.js';
import { descendantGroups, grammar, type OccurrenceHit } from './tree-sitter.js';

/** Statements whose loop variable iterates a value (`for (const port of PORTS)`). */
const LOOP_TYPES: ReadonlySet<string> = new Set(['for_in_statement']);

/** Calls that return their first argument as a number or string: the port inside is the port. */
const CONVERSIONS = new Set([
  'Number',
  'parseInt',
  'parseFloat',
  'String',
  'Number.parseInt',
  'Number.parseFloat',
  'Math.floor',
  'Math.trunc',
  'Math.round',
  'toNumber',
  'toInteger',
]);

/** Objects whose properties are environment variables. */
const ENV_OBJECTS = new Set(['process.env', 'import.meta.env', 'Bun.env', 'env', 'Deno.env']);

/** Fields of an object describing one port that hold its value: `default`, `devDefault`, `value`. */
const ATTRIBUTE_KEYS = /default|fallback|^value$|^port$/i;

function isEnvObject(node: Node | null): boolean {
  return node !== null && ENV_OBJECTS.has(node.text.replace(/\s+/g, ''));
}

/** A string node's content when it is a plain literal (no escapes that matter for digits). */
function stringNode(node: Node | null | undefined): node is Node {
  return !!node && node.type === 'string';
}

/** Nesting of the evaluation in progress (extraction is synchronous, one file at a time per thread). */
let depth = 0;

/** What a JS/TS value expression evaluates to, as far as ports go. */
export function evaluateJs(node: Node, ctx: ValueContext = SINGLE_VALUE): Evaluation {
  if (depth >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth++;
  try {
    return evaluateNode(node, ctx);
  } finally {
    depth--;
  }
}

const ARRAYS: ReadonlySet<string> = new Set(['array']);

function evaluateNode(node: Node, ctx: ValueContext): Evaluation {
  switch (node.type) {
    case 'number':
    case 'string':
      return literalValue(node);
    case 'template_string':
      return node.namedChildren.some((c) => c.type === 'template_substitution') ? emptyEvaluation() : literalValue(node);
    case 'parenthesized_expression':
    case 'as_expression':
    case 'satisfies_expression':
    case 'non_null_expression': {
      const inner = node.namedChildren[0];
      return inner ? evaluateJs(inner, ctx) : emptyEvaluation();
    }
    case 'type_assertion': {
      const inner = node.lastNamedChild;
      return inner ? evaluateJs(inner, ctx) : emptyEvaluation();
    }
    case 'binary_expression': {
      const op = node.childForFieldName('operator')?.type;
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      if ((op !== '||' && op !== '??') || !left || !right) return emptyEvaluation();
      return fallback(evaluateJs(left, ctx), evaluateJs(right, ctx));
    }
    case 'ternary_expression': {
      // cond ? Number(process.env.PORT) : 3000 — the condition is not a value of the expression.
      const consequence = node.childForFieldName('consequence');
      const alternative = node.childForFieldName('alternative');
      if (!consequence || !alternative) return emptyEvaluation();
      return fallback(evaluateJs(consequence, ctx), evaluateJs(alternative, ctx));
    }
    case 'unary_expression': {
      const argument = node.childForFieldName('argument');
      return node.childForFieldName('operator')?.type === '+' && argument ? evaluateJs(argument, ctx) : emptyEvaluation();
    }
    case 'call_expression':
      return evaluateCall(node, ctx);
    case 'arrow_function': {
      // const port = () => 3000 — an expression body is the value.
      const body = node.childForFieldName('body');
      return body && body.type !== 'statement_block' ? evaluateJs(body, ctx) : emptyEvaluation();
    }
    case 'member_expression': {
      const property = node.childForFieldName('property');
      if (!property) return emptyEvaluation();
      if (isEnvObject(node.childForFieldName('object'))) return lookupValue(property, property.text);
      return isPortName(property.text) ? { ...emptyEvaluation(), tail: { source: property.text } } : emptyEvaluation();
    }
    case 'subscript_expression': {
      const index = node.childForFieldName('index');
      if (stringNode(index) && isEnvObject(node.childForFieldName('object'))) return lookupValue(index, unquote(index.text));
      return emptyEvaluation();
    }
    case 'identifier': {
      if (isPortName(node.text)) return { ...emptyEvaluation(), tail: { source: node.text, identifier: true } };
      const mode: ReadMode = ctx.iterable ? 'collection' : 'value';
      return { ...emptyEvaluation(), reads: [{ name: node.text, mode }] };
    }
    case 'array':
      if (!ctx.collection && !ctx.iterable) return emptyEvaluation();
      return joinEvaluations(collectionElements(node, ARRAYS).map((c) => evaluateJs(c, { ...SINGLE_VALUE, collection: true })));
    case 'object':
      return ctx.mapping ? evaluateObject(node, ctx.mapping) : emptyEvaluation();
    default:
      return emptyEvaluation();
  }
}

function evaluateCall(node: Node, ctx: ValueContext): Evaluation {
  const fn = node.childForFieldName('function');
  const args = node.childForFieldName('arguments');
  const first = args?.namedChildren[0];
  if (!fn) return emptyEvaluation();
  const method = fn.type === 'member_expression' ? fn.childForFieldName('property')?.text : undefined;
  const object = fn.type === 'member_expression' ? fn.childForFieldName('object') : null;
  // Schema builders: z.coerce.number().default(3000).describe("…"), Joi.number().port().default(3000).
  if (method === 'default') return first ? evaluateJs(first, SINGLE_VALUE) : emptyEvaluation();
  if (object?.type === 'call_expression' && !ctx.iterable) return evaluateCall(object, ctx);
  if (!first) return emptyEvaluation();
  const callee = fn.text.replace(/\s+/g, '');
  if (CONVERSIONS.has(callee)) return evaluateJs(first, { ...ctx, iterable: false });
  // envalid port({ default: 3000 }), num({ default: 8080, desc: "…" }): the options describe the port.
  if (first.type === 'object' && !ctx.iterable) return evaluateObject(first, 'attributes');
  if (fn.type === 'member_expression') {
    // Deno.env.get("PORT")
    if (method === 'get' && isEnvObject(object) && stringNode(first)) return lookupValue(first, unquote(first.text));
    // config.get("port"), settings.get("server.port") — a port-named setting read.
    if (method === 'get' && stringNode(first) && isPortName(unquote(first.text))) {
      return { ...emptyEvaluation(), tail: { source: unquote(first.text) } };
    }
    // for (const port of Object.values(PORTS)), Object.entries(PORTS)
    if (ctx.iterable && object?.text === 'Object' && (method === 'values' || method === 'entries')) return evaluateJs(first, ctx);
  }
  return emptyEvaluation();
}

/**
 * An object bound to a port name. `keys`: `{ api: 8000, web: [3000, 3001] }`, each value the port of its
 * key. `attributes`: `port: { default: 8080, env: "PORT" }` (convict, yargs options), one port described
 * by its fields, the default of `env` when one is named.
 */
function evaluateObject(node: Node, mapping: 'keys' | 'attributes'): Evaluation {
  const parts: Evaluation[] = [];
  let variable: string | undefined;
  for (const pair of node.namedChildren) {
    if (pair.type !== 'pair') continue;
    const key = pair.childForFieldName('key');
    const value = pair.childForFieldName('value');
    if (!key || !value) continue;
    const keyText = unquote(key.text);
    if (mapping === 'attributes') {
      if (/^env(?:var)?$/i.test(keyText) && stringNode(value)) variable = unquote(value.text);
      // Only the fields that give the port: `min: 1, max: 65535, doc: "…"` do not.
      if (!ATTRIBUTE_KEYS.test(keyText)) continue;
    }
    if (mapping === 'keys' && key.type === 'number') parts.push(literalValue(key));
    const inner =
      value.type === 'array'
        ? evaluateJs(value, { ...SINGLE_VALUE, collection: true })
        : value.type === 'object'
          ? emptyEvaluation()
          : evaluateJs(value, SINGLE_VALUE);
    if (mapping === 'keys') for (const v of inner.values) v.key ??= keyText;
    parts.push(inner);
  }
  const out = joinEvaluations(parts);
  if (variable !== undefined) for (const v of out.values) v.variable ??= variable;
  return out;
}

/** The decoded text of a JS string literal and where its characters sit in the file. */
function stringWord(node: Node): ArgvWord {
  if (node.type !== 'string') {
    const inside = node.type === 'template_string' ? node.text.slice(1, -1) : node.text;
    const base = node.startIndex + (node.type === 'template_string' ? 1 : 0);
    return { text: inside, map: OffsetMap.identity(inside.length, base) };
  }
  let text = '';
  for (const c of node.namedChildren) text += c.type === 'escape_sequence' ? decodeEscape(c.text) : c.text;
  return { text, map: new OffsetMap(text, node.text, node.startIndex) };
}

function decodeEscape(seq: string): string {
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', b: '\b', f: '\f', v: '\v' };
  const c = seq.slice(1);
  if (c in simple) return simple[c]!;
  const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\})$/.exec(c);
  if (hex) return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16));
  return c.startsWith('\n') || c.startsWith('\r') ? '' : c;
}

/** A pm2 app, `{ script: "node_modules/next/dist/bin/next", args: "start -p 4100" }`: the script run with its args. */
function ecosystemApp(node: Node, out: OccurrenceSet): void {
  let script: Node | undefined;
  let args: Node | undefined;
  for (const pair of node.namedChildren) {
    if (pair.type !== 'pair') continue;
    const key = pair.childForFieldName('key')?.text;
    const value = pair.childForFieldName('value');
    if (key === 'script' && stringNode(value)) script = value;
    if (key === 'args' && value) args = value;
  }
  if (!script || !args) return;
  const words: ArgvWord[] = [stringWord(script)];
  if (args.type === 'array') {
    for (const el of args.namedChildren) if (stringNode(el)) words.push(stringWord(el));
  } else if (stringNode(args)) {
    // pm2 splits a string of args on spaces, without a shell.
    const w = stringWord(args);
    for (const m of w.text.matchAll(/\S+/g)) {
      const at = m.index;
      words.push({ text: m[0], map: OffsetMap.identity(m[0].length, w.map.at(at)) });
    }
  }
  extractArgv(out, words);
}

/**
 * URLs and host:port in a template literal, scanned with each `${…}` masked to `${___}`: the
 * expression inside may hold spaces or quotes (`${env.HOST ?? "localhost"}`) that would cut the URL
 * apart, and it stays a placeholder host. Literals inside substitutions are nodes of their own.
 */
function scanTemplate(node: Node, out: OccurrenceSet): void {
  const start = node.startIndex + 1;
  const raw = node.text.slice(1, -1);
  let masked = raw;
  for (const sub of node.namedChildren) {
    if (sub.type !== 'template_substitution') continue;
    const a = sub.startIndex - start;
    const b = sub.endIndex - start;
    masked = masked.slice(0, a) + '${' + '_'.repeat(Math.max(1, b - a - 3)) + '}' + masked.slice(b);
  }
  for (const m of scanAddresses(masked)) {
    // The host as written, not as masked.
    const hostEnd = m.start - 1;
    const host = masked.slice(hostEnd - m.host.length, hostEnd) === m.host ? raw.slice(hostEnd - m.host.length, hostEnd) : m.host;
    const init: OccurrenceInit = { kind: m.kind, port: m.port, host };
    if (m.scheme !== undefined) init.scheme = m.scheme;
    out.add(start + m.start, start + m.end, init);
  }
  // The rest of what a string holds (`port=5432`, `':8080'`) and, a multi-line template literal being
  // often code handed to something else (a sandboxed script), `{ port: 8080 }` members.
  const map = OffsetMap.identity(masked.length, start);
  scanText(out, masked, map);
  if (masked.includes('\n')) scanCodeProperties(out, masked, map);
}

/** Jest/Vitest/Chai matchers whose argument is the expected value of `expect(actual)`. */
const MATCHERS = new Set(['toBe', 'toEqual', 'toStrictEqual', 'equal', 'equals', 'eql']);

/** node:assert / ava / tap comparisons of an actual and an expected value. */
const ASSERTIONS = new Set(['equal', 'strictEqual', 'deepEqual', 'deepStrictEqual', 'is', 'same', 'equals']);

/** The port-named member or variable an expression reads: `cfg.server.port`, `url.port`, `apiPort`. */
function portNamedRead(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  const name =
    node.type === 'member_expression'
      ? node.childForFieldName('property')?.text
      : node.type === 'identifier'
        ? node.text
        : node.type === 'subscript_expression' && stringNode(node.childForFieldName('index'))
          ? unquote(node.childForFieldName('index')!.text)
          : undefined;
  return name !== undefined && isPortName(name) && !namesPortQuantity(name) ? name : undefined;
}

/** A number literal, or a string literal holding only one, as a port: the offsets of its digits. */
function literalPort(node: Node | null | undefined): { port: number; start: number; end: number } | undefined {
  if (!node) return undefined;
  if (node.type === 'number') {
    const port = parsePortNumber(node.text);
    return port === undefined ? undefined : { port, start: node.startIndex, end: node.endIndex };
  }
  if (node.type !== 'string') return undefined;
  const text = unquote(node.text);
  const port = parsePortNumber(text);
  return port === undefined ? undefined : { port, start: node.startIndex + 1, end: node.startIndex + 1 + text.length };
}

/**
 * The environment variable a schema field validates: `PORT: z.coerce.number().default(3030)` in a zod env
 * schema (t3-env's createEnv, a hand-made `z.object` parsed from process.env), `PORT: port({ default: 8082 })`
 * in envalid's cleanEnv, is the default of PORT, not a literal to replace with a lookup.
 */
function schemaVariable(hit: OccurrenceHit, name: string | undefined): string | undefined {
  if (hit.kind !== 'property' || name === undefined || !/^[A-Z][A-Z0-9_]*$/.test(name) || hit.port.type !== 'call_expression') return undefined;
  if (/^z\s*\.[\s\S]*\.default\s*\(/.test(hit.port.text)) return name;
  for (let n = hit.port.parent, depth = 0; n && depth < 6; n = n.parent, depth++) {
    if (n.type === 'call_expression' && /^(?:cleanEnv|createEnv|envsafe)$/.test(n.childForFieldName('function')?.text ?? '')) return name;
  }
  return undefined;
}

/**
 * Ports a test states about a port-named value (issue 12 item 7): `expect(cfg.server.port).toBe(3002)`,
 * `assert.equal(cfg.db.port, 5433)`, and a value labelled by the string before it in an argument or
 * array list, `console.log("Port:", 3000)`, `args: ["Updated port:", "8080"]`.
 */
function statedPorts(nodes: TreeNodes, out: OccurrenceSet): void {
  for (const call of nodes.calls) {
    if (call.type !== 'call_expression') continue;
    const fn = call.childForFieldName('function');
    const args = call.childForFieldName('arguments')?.namedChildren ?? [];
    if (fn?.type !== 'member_expression') continue;
    const method = fn.childForFieldName('property')?.text ?? '';
    const object = fn.childForFieldName('object');
    let name: string | undefined;
    let expected: Node | undefined;
    if (MATCHERS.has(method) && object?.type === 'call_expression' && object.childForFieldName('function')?.text === 'expect') {
      name = portNamedRead(object.childForFieldName('arguments')?.namedChildren[0]);
      expected = args[0];
    } else if (ASSERTIONS.has(method) && args.length >= 2) {
      const [a, b] = args;
      name = portNamedRead(a) ?? portNamedRead(b);
      expected = portNamedRead(a) !== undefined ? b : a;
    }
    const lit = name !== undefined ? literalPort(expected) : undefined;
    if (lit) out.add(lit.start, lit.end, { kind: 'property', port: lit.port, name: name! });
  }
  for (const list of nodes.lists) {
    const items = list.namedChildren;
    for (let i = 0; i + 1 < items.length; i++) {
      const label = items[i]!;
      if (!stringNode(label)) continue;
      // "Port:", "Updated port:", "API port" — the label's last word names a port.
      const words = unquote(label.text).trim().replace(/:$/, '').split(/\s+/);
      const last = words[words.length - 1] ?? '';
      if (!isPortName(last) || namesPortQuantity(last)) continue;
      const lit = literalPort(items[i + 1]);
      if (lit) out.add(lit.start, lit.end, { kind: 'property', port: lit.port, name: last });
    }
  }
}

/** The nodes of a tree that the joins of extractJavaScript visit: calls and `new` expressions, argument lists and arrays. */
type TreeNodes = Record<'calls' | 'lists', Node[]>;

/** `exec("…")` / `` $`…` `` (a shell command string) or `spawn("cmd", [args])` (argv). */
function command(node: Node, out: OccurrenceSet): void {
  if (node.type === 'string' || node.type === 'template_string') {
    const w = stringWord(node);
    extractShellCode(out, w.text, w.map);
    return;
  }
  if (node.type === 'object') {
    ecosystemApp(node, out);
    return;
  }
  if (node.type !== 'arguments') return;
  const [program, args] = node.namedChildren;
  if (!program || !stringNode(program)) return;
  const words: ArgvWord[] = [stringWord(program)];
  if (args?.type === 'array') {
    for (const el of args.namedChildren) {
      if (el.type === 'string' || el.type === 'template_string') words.push(stringWord(el));
      else words.push({ text: el.text, map: OffsetMap.identity(el.text.length, el.startIndex) });
    }
  }
  extractArgv(out, words);
}

/** Wrappers a ports module's values sit in: `{ … } as const`, `({ … })`, `{ … } satisfies Ports`. */
const WRAPPERS = new Set(['parenthesized_expression', 'as_expression', 'satisfies_expression', 'non_null_expression']);

/**
 * The ports of a value in a ports module (`server/ports.js`): numbers, `[49152, 49200]` (two ascending
 * ports: a range), other arrays of numbers, objects of those (each port bound to its key, nested
 * objects too), and anything else as a port value expression (`Number(process.env.HTTP_PORT) || 3000`).
 * Strings are not: `HOST: "0.0.0.0"`, `API_KEY: "12345"`.
 */
function moduleValues(node: Node): Evaluation {
  if (depth >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth++;
  try {
    if (WRAPPERS.has(node.type)) {
      const inner = node.namedChildren[0];
      return inner ? moduleValues(inner) : emptyEvaluation();
    }
    switch (node.type) {
      case 'number':
        return literalValue(node);
      case 'string':
      case 'template_string':
        return emptyEvaluation();
      case 'array': {
        const items = node.namedChildren.filter((c) => c.type !== 'comment');
        const numbers = items.filter((c) => c.type === 'number');
        const [first, last] = numbers;
        if (items.length === 2 && first && last && parsePortNumber(last.text) !== undefined && Number(last.text) > Number(first.text)) {
          return { values: [{ node: first, portEnd: Number(last.text) }], open: [], reads: [] };
        }
        return joinEvaluations(numbers.map((n) => literalValue(n)));
      }
      case 'object': {
        const parts: Evaluation[] = [];
        for (const pair of node.namedChildren) {
          const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
          const value = pair.childForFieldName('value');
          if (!key || !value) continue;
          const inner = moduleValues(value);
          for (const v of inner.values) v.key ??= unquote(key.text);
          parts.push(inner);
        }
        return joinEvaluations(parts);
      }
      default:
        return evaluateJs(node, SINGLE_VALUE);
    }
  } finally {
    depth--;
  }
}

/** `const HTTP = 3000` at the top of a module (or exported from there). */
function isTopLevel(declarator: Node): boolean {
  const declaration = declarator.parent;
  const holder = declaration?.parent?.type === 'export_statement' ? declaration.parent.parent : declaration?.parent;
  return holder?.type === 'program';
}

/** `module.exports = {…}`, `exports.HTTP = 3000`, `export default {…}`: what a module exports (see ports.scm). */
function isExportHit(hit: OccurrenceHit): boolean {
  if (hit.kind !== 'constant') return false;
  if (hit.outer.type === 'export_statement') return true;
  return hit.outer.type === 'assignment_expression' && hit.outer.childForFieldName('left')?.type === 'member_expression';
}

/** The identifier a parameter binds: `port`, `port = 3000`, TypeScript `port: number`, `port?: number`. */
function parameterName(param: Node): Node | undefined {
  let n: Node | null = param;
  if (n.type === 'required_parameter' || n.type === 'optional_parameter') n = n.childForFieldName('pattern');
  else if (n.type === 'assignment_pattern') n = n.childForFieldName('left');
  return n?.type === 'identifier' ? n : undefined;
}

/** A rest parameter (`...args`): no position after it is fixed. */
function isRest(param: Node): boolean {
  return param.type === 'rest_pattern' || param.childForFieldName('pattern')?.type === 'rest_pattern';
}

/** How the function a parameter list belongs to is called in its file. */
type Callee = { call: 'function' | 'method' | 'new'; name: string };

function calleeOf(fn: Node): Callee | undefined {
  const own = fn.childForFieldName('name');
  if (fn.type === 'function_declaration' || fn.type === 'generator_function_declaration') return own ? { call: 'function', name: own.text } : undefined;
  if (fn.type === 'method_definition') {
    if (!own) return undefined;
    if (own.text !== 'constructor') return { call: 'method', name: unquote(own.text) };
    // class Server { constructor(port) {} } … new Server(4000)
    const cls = fn.parent?.parent;
    const className = cls?.childForFieldName('name') ?? (cls?.parent?.type === 'variable_declarator' ? cls.parent.childForFieldName('name') : null);
    return className ? { call: 'new', name: className.text } : undefined;
  }
  if (fn.type !== 'arrow_function' && fn.type !== 'function_expression' && fn.type !== 'function') return undefined;
  // const serve = (port) => …   serve = function (port) {}   { serve(port) {} } is a method_definition
  const holder = fn.parent;
  if (holder?.type === 'variable_declarator') {
    const name = holder.childForFieldName('name');
    return name?.type === 'identifier' ? { call: 'function', name: name.text } : undefined;
  }
  if (holder?.type === 'assignment_expression') {
    const left = holder.childForFieldName('left');
    if (left?.type === 'identifier') return { call: 'function', name: left.text };
    const property = left?.type === 'member_expression' ? left.childForFieldName('property') : null;
    return property ? { call: 'method', name: property.text } : undefined;
  }
  if (holder?.type === 'pair') {
    const key = holder.childForFieldName('key');
    return key ? { call: 'method', name: unquote(key.text) } : undefined;
  }
  return undefined;
}

/** Whether a call (or `new`) calls `callee`. */
function calls(call: Node, callee: Callee): boolean {
  if (call.type === 'new_expression') {
    const ctor = call.childForFieldName('constructor');
    return callee.call === 'new' && ctor?.type === 'identifier' && ctor.text === callee.name;
  }
  const fn = call.childForFieldName('function');
  if (callee.call === 'function') return fn?.type === 'identifier' && fn.text === callee.name;
  if (callee.call === 'method') return fn?.type === 'member_expression' && fn.childForFieldName('property')?.text === callee.name;
  return false;
}

/**
 * A port-named parameter (`function listenOn(port)`, `(host, port) => …`, `constructor(port)`): the
 * argument at its position in each call of the function in the same file (`listenOn(4000)`,
 * `new Server(4000)`), as an argument bound to the parameter's name.
 */
function parameterArguments(hit: OccurrenceHit, out: OccurrenceSet, reads: NameReads, allCalls: () => Node[]): void {
  const param = hit.port;
  const id = parameterName(param);
  if (!id || !isPortName(id.text) || namesPortQuantity(id.text)) return;
  let index = 0;
  let fn: Node | null;
  if (hit.outer.type === 'arrow_function') fn = hit.outer;
  else {
    fn = hit.outer.parent;
    for (const p of hit.outer.namedChildren) {
      if (p.id === param.id) break;
      if (isRest(p)) return;
      if (p.type === 'comment' || (p.type === 'required_parameter' && p.childForFieldName('pattern')?.type === 'this')) continue;
      index++;
    }
  }
  const callee = fn ? calleeOf(fn) : undefined;
  if (!callee) return;
  for (const call of allCalls()) {
    if (!calls(call, callee)) continue;
    const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'comment') ?? [];
    if (args.slice(0, index + 1).some((a) => a.type === 'spread_element')) continue;
    const arg = args[index];
    if (!arg) continue;
    const argument: OccurrenceHit = { kind: 'argument', pattern: hit.pattern, port: arg, name: id, outer: call };
    const evaluation = evaluateJs(arg, SINGLE_VALUE);
    for (const r of portReads(argument, evaluation)) reads.read(r.name, r.mode);
    emitValues(out, argument, evaluation);
  }
}

export function extractJavaScript(src: SourceText, dialect: 'javascript' | 'typescript' | 'tsx'): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  const reads = new NameReads(out, (value, mode) =>
    evaluateJs(value, mode === 'collection' ? { collection: true, mapping: 'keys', iterable: false } : SINGLE_VALUE),
  );
  const portsModule = isPortsModule(src.file);
  /** Emits the ports of a ports module's value, bound to `name` (or to each member's key). */
  const moduleHit = (hit: OccurrenceHit, set: OccurrenceSet): void => {
    const evaluation = moduleValues(hit.port);
    for (const r of portReads(hit, evaluation)) reads.read(r.name, r.mode);
    emitValues(set, hit, evaluation);
  };
  // One walk of the tree for every join that needs one.
  let walked: TreeNodes | undefined;
  const walk = (root: Node) => (walked ??= descendantGroups(root, { calls: ['call_expression', 'new_expression'], lists: ['arguments', 'array'] }));
  return extractTreeSitter(
    src,
    grammar(dialect),
    {
      hit(hit, set) {
        if (hit.kind === 'argument') {
          parameterArguments(hit, set, reads, () => walk(hit.outer.tree.rootNode).calls);
          return true;
        }
        if (isExportHit(hit)) {
          if (portsModule) moduleHit(hit, set);
          return true;
        }
        if (hit.kind === 'cli-flag' && hit.port.id === hit.outer.id) {
          emitFlagString(set, hit.port);
          return true;
        }
        if (hit.kind === 'url' && hit.port.type === 'template_string') {
          scanTemplate(hit.port, set);
          return true;
        }
        const name = hit.name ? unquote(hit.name.text) : undefined;
        // `const DEFAULT = 3000` holds a port only if a port context reads DEFAULT (see ports.scm); in a
        // ports module, a top-level constant is a port whatever its name (`export const HTTP = 3000`).
        if (hit.kind === 'constant' && name !== undefined && !isPortName(name)) {
          if (portsModule && hit.outer.type === 'variable_declarator' && isTopLevel(hit.outer)) moduleHit(hit, set);
          else reads.define(name, hit.port);
          return true;
        }
        const evaluation = evaluateJs(hit.port, bindingContext(hit, LOOP_TYPES));
        for (const r of portReads(hit, evaluation)) reads.read(r.name, r.mode);
        for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
        const schema = schemaVariable(hit, name);
        const lookups = emitValues(set, hit, evaluation, schema !== undefined ? { variable: schema } : {});
        if (name !== undefined && hit.kind === 'constant') reads.bindUnset(name, lookups);
        return true;
      },
      command,
      tree: (root, set) => statedPorts(walk(root), set),
    },
    out,
  );
}
