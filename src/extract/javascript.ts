// JavaScript and TypeScript: grammars/javascript/ports.scm (+ typescript/, jsx/) on one tree; the value
// expressions those queries capture (`process.env.PORT || 3000`, `[3000, 3001]`) are evaluated here.
import type { Node } from 'web-tree-sitter';
import type { PortOccurrence } from '../types.js';
import { scanAddresses } from './addresses.js';
import { extractTreeSitter, OccurrenceSet } from './generic.js';
import { isPortName, unquote } from './port-text.js';
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
  type Evaluation,
  type ReadMode,
} from './port-values.js';
import { extractArgv, extractShellCode, type ArgvWord } from './shell.js';
import { OffsetMap, type OccurrenceInit, type SourceText } from './source.js';
import { grammar, type OccurrenceHit } from './tree-sitter.js';

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

/** How a value is read: as one port, as a collection of ports, or as something iterated over ports. */
interface Context {
  /** Arrays hold ports (`PORTS = [3000, 3001]`). */
  collection: boolean;
  /** Objects map keys to ports (`PORTS = { api: 8000 }`) or describe one port (`port: { default: 8080 }`). */
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
export function evaluateJs(node: Node, ctx: Context = SINGLE): Evaluation {
  if (depth >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth++;
  try {
    return evaluateNode(node, ctx);
  } finally {
    depth--;
  }
}

const ARRAYS: ReadonlySet<string> = new Set(['array']);

function evaluateNode(node: Node, ctx: Context): Evaluation {
  switch (node.type) {
    case 'number':
    case 'string':
      return literal(node);
    case 'template_string':
      return node.namedChildren.some((c) => c.type === 'template_substitution') ? emptyEvaluation() : literal(node);
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
      if (isEnvObject(node.childForFieldName('object'))) return lookup(property, property.text);
      return isPortName(property.text) ? { ...emptyEvaluation(), tail: { source: property.text } } : emptyEvaluation();
    }
    case 'subscript_expression': {
      const index = node.childForFieldName('index');
      if (stringNode(index) && isEnvObject(node.childForFieldName('object'))) return lookup(index, unquote(index.text));
      return emptyEvaluation();
    }
    case 'identifier': {
      if (isPortName(node.text)) return { ...emptyEvaluation(), tail: { source: node.text, identifier: true } };
      const mode: ReadMode = ctx.iterable ? 'collection' : 'value';
      return { ...emptyEvaluation(), reads: [{ name: node.text, mode }] };
    }
    case 'array':
      if (!ctx.collection && !ctx.iterable) return emptyEvaluation();
      return joinEvaluations(collectionElements(node, ARRAYS).map((c) => evaluateJs(c, { ...SINGLE, collection: true })));
    case 'object':
      return ctx.mapping ? evaluateObject(node, ctx.mapping) : emptyEvaluation();
    default:
      return emptyEvaluation();
  }
}

function evaluateCall(node: Node, ctx: Context): Evaluation {
  const fn = node.childForFieldName('function');
  const args = node.childForFieldName('arguments');
  const first = args?.namedChildren[0];
  if (!fn) return emptyEvaluation();
  const method = fn.type === 'member_expression' ? fn.childForFieldName('property')?.text : undefined;
  const object = fn.type === 'member_expression' ? fn.childForFieldName('object') : null;
  // Schema builders: z.coerce.number().default(3000).describe("…"), Joi.number().port().default(3000).
  if (method === 'default') return first ? evaluateJs(first, SINGLE) : emptyEvaluation();
  if (object?.type === 'call_expression' && !ctx.iterable) return evaluateCall(object, ctx);
  if (!first) return emptyEvaluation();
  const callee = fn.text.replace(/\s+/g, '');
  if (CONVERSIONS.has(callee)) return evaluateJs(first, { ...ctx, iterable: false });
  // envalid port({ default: 3000 }), num({ default: 8080, desc: "…" }): the options describe the port.
  if (first.type === 'object' && !ctx.iterable) return evaluateObject(first, 'attributes');
  if (fn.type === 'member_expression') {
    // Deno.env.get("PORT")
    if (method === 'get' && isEnvObject(object) && stringNode(first)) return lookup(first, unquote(first.text));
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
    if (mapping === 'keys' && key.type === 'number') parts.push(literal(key));
    const inner =
      value.type === 'array'
        ? evaluateJs(value, { ...SINGLE, collection: true })
        : value.type === 'object'
          ? emptyEvaluation()
          : evaluateJs(value, SINGLE);
    if (mapping === 'keys') for (const v of inner.values) v.key ??= keyText;
    parts.push(inner);
  }
  const out = joinEvaluations(parts);
  if (variable !== undefined) for (const v of out.values) v.variable ??= variable;
  return out;
}

function contextOf(hit: OccurrenceHit): Context {
  const name = hit.name ? unquote(hit.name.text) : undefined;
  const iterable = hit.outer.type === 'for_in_statement';
  return {
    collection: iterable || (name !== undefined && isPortName(name)),
    ...(namesPortMap(name) && { mapping: namesPortMap(name) }),
    iterable,
  };
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
}

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

export function extractJavaScript(src: SourceText, dialect: 'javascript' | 'typescript' | 'tsx'): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  const reads = new NameReads(out, (value, mode) =>
    evaluateJs(value, mode === 'collection' ? { collection: true, mapping: 'keys', iterable: false } : SINGLE),
  );
  return extractTreeSitter(
    src,
    grammar(dialect),
    {
      hit(hit, set) {
        if (hit.kind === 'cli-flag' && hit.port.id === hit.outer.id) {
          emitFlagString(set, hit.port);
          return true;
        }
        if (hit.kind === 'url' && hit.port.type === 'template_string') {
          scanTemplate(hit.port, set);
          return true;
        }
        const name = hit.name ? unquote(hit.name.text) : undefined;
        // `const DEFAULT = 3000` holds a port only if a port context reads DEFAULT (see ports.scm).
        if (hit.kind === 'constant' && name !== undefined && !isPortName(name)) {
          reads.define(name, hit.port);
          return true;
        }
        const evaluation = evaluateJs(hit.port, contextOf(hit));
        for (const r of portReads(hit, evaluation)) reads.read(r.name, r.mode);
        for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
        const lookups = emitValues(set, hit, evaluation);
        if (name !== undefined && hit.kind === 'constant') reads.bindUnset(name, lookups);
        return true;
      },
      command,
    },
    out,
  );
}
