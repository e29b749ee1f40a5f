// Port values of code expressions: the literals a value expression can evaluate to (`env || 3000`,
// `int(os.getenv("PORT", "8000"))`, `[3000, 3001]`), turned into occurrences, and names that only
// get a port by being read where a port is expected (`const DEFAULT = 3000; server.listen(DEFAULT)`).
import type { Node } from 'web-tree-sitter';
import type { OccurrenceKind, PortOccurrence } from '../types.js';
import { nodeContent, type OccurrenceSet } from './generic.js';
import { identifierWords, isPortName, parsePortNumber, resolvePortExpression, unquote } from './port-text.js';
import type { OccurrenceInit } from './source.js';
import type { OccurrenceHit } from './tree-sitter.js';

/** One thing a value expression can evaluate to that is (or defaults) a port. */
export interface PortValue {
  /** The literal holding the port; for a lookup with no default, the node naming the variable. */
  node: Node;
  /** True when `node` is an env lookup with no literal default (the port is null). */
  lookup?: boolean;
  /** The env var this literal is the default of (`process.env.PORT || 3000` → PORT). */
  variable?: string;
  /** The key binding the literal inside a collection (`PORTS = { api: 8000 }` → api). */
  key?: string;
  /** A port-named identifier or property this literal is the fallback of (`opts.port || 3000`). */
  source?: string;
  /** Last port of a `range(8000, 8010)`. */
  portEnd?: number;
}

/** A name read where a port is expected: as a port value, or as a collection of ports (`for port in PORTS`). */
export type ReadMode = 'value' | 'collection';

/** What a value expression evaluates to, and the names it reads. */
export interface Evaluation {
  values: PortValue[];
  /** Env lookups without a default so far; a following `|| literal` closes them. */
  open: PortValue[];
  /** The variable (or port-named source) of the expression's rightmost operand: what a `|| literal` after it defaults. */
  tail?: { variable?: string; source?: string; identifier?: boolean };
  /** Port-named identifiers given a fallback here (`port || 3000`). */
  defaulted?: string[];
  /**
   * Plain identifiers whose value would be the port; `defaults` marks one read as the fallback of a
   * port-named variable or property (`os.getenv("API_PORT", DEFAULT)`), a port even without a binding.
   */
  reads: { name: string; mode: ReadMode; defaults?: boolean }[];
}

export function emptyEvaluation(): Evaluation {
  return { values: [], open: [], reads: [] };
}

/** How a value is read: as one port, as a collection of ports, or as something iterated over ports. */
export interface ValueContext {
  /** Arrays, lists, tuples and sets hold ports (`PORTS = [3000, 3001]`). */
  collection: boolean;
  /** Objects map keys to ports (`PORTS = { api: 8000 }`) or describe one port (`port: { default: 8080 }`). */
  mapping?: 'keys' | 'attributes';
  /** The value is iterated by a port-named loop variable. */
  iterable: boolean;
}

export const SINGLE_VALUE: ValueContext = { collection: false, iterable: false };

/** A literal number or string: one port value. */
export function literalValue(node: Node): Evaluation {
  return { values: [{ node }], open: [], reads: [] };
}

/** An env lookup without a default (yet): open until a `|| literal` or a default closes it. */
export function lookupValue(node: Node, variable: string): Evaluation {
  return { values: [], open: [{ node, lookup: true, variable }], tail: { variable }, reads: [] };
}

/**
 * The context of a value bound to `hit`'s name: a port-named binding or a loop (`loopTypes`, the
 * language's for-statement node types) makes arrays of ports; a port-map name makes objects of ports.
 */
export function bindingContext(hit: OccurrenceHit, loopTypes: ReadonlySet<string>): ValueContext {
  const name = hit.name ? unquote(hit.name.text) : undefined;
  const iterable = loopTypes.has(hit.outer.type);
  const mapping = namesPortMap(name);
  return {
    collection: iterable || (name !== undefined && isPortName(name)),
    ...(mapping && { mapping }),
    iterable,
  };
}

/**
 * The elements of a literal collection in source order, with nested collections of the same kinds
 * flattened by an explicit stack (`[[[…[7005]…]]]` ten thousand deep must not overflow the call stack).
 */
export function collectionElements(node: Node, kinds: ReadonlySet<string>): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [...node.namedChildren].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (kinds.has(n.type)) for (let i = n.namedChildCount - 1; i >= 0; i--) stack.push(n.namedChild(i)!);
    else out.push(n);
  }
  return out;
}

/** Deeper value expressions than this (`((((…))))`, `a || b || … || z`) are not evaluated: no port hides there. */
export const MAX_EVALUATION_DEPTH = 200;

/** Concatenates evaluations in source order; the tail is the last one's. */
export function joinEvaluations(parts: Evaluation[]): Evaluation {
  const out = emptyEvaluation();
  for (const p of parts) {
    out.values.push(...p.values);
    out.open.push(...p.open);
    out.reads.push(...p.reads);
    if (p.defaulted) (out.defaulted ??= []).push(...p.defaulted);
    if (p.tail) out.tail = p.tail;
  }
  return out;
}

/**
 * `left || right` (`??`, Python `or`, and a conditional's two branches): literals of `right` default
 * the rightmost lookup of `left`, which then no longer counts as a lookup without a default.
 */
export function fallback(left: Evaluation, right: Evaluation): Evaluation {
  const values = [...left.values];
  const tail = left.tail;
  for (const v of right.values) {
    const defaulted = { ...v };
    if (!v.lookup && !v.variable && !v.source && tail) {
      if (tail.variable !== undefined) defaulted.variable = tail.variable;
      else if (tail.source !== undefined) defaulted.source = tail.source;
    }
    values.push(defaulted);
  }
  // Whatever stands on the right defaults the left's lookups (`process.env.PORT || fallbackPort`); only
  // the right's own lookups can still be without a default.
  const portTail = tail !== undefined && ((tail.variable !== undefined && isPortName(tail.variable)) || tail.source !== undefined);
  const out: Evaluation = {
    values,
    open: [...right.open],
    reads: [...left.reads, ...right.reads.map((r) => (portTail ? { ...r, defaults: true } : r))],
  };
  const t = right.tail ?? (right.values.length > 0 ? undefined : left.tail);
  if (t) out.tail = t;
  const defaulted = [...(left.defaulted ?? []), ...(right.defaulted ?? [])];
  if (tail?.identifier && tail.source !== undefined) defaulted.push(tail.source);
  if (defaulted.length > 0) out.defaulted = defaulted;
  return out;
}

/**
 * How an object bound to `name` holds ports: `keys` when the name is a plural port word (`PORTS = { api:
 * 8000 }`: each key names the service of its port), `attributes` when singular (`port: { default: 8080,
 * env: "PORT" }`: the object describes one port), undefined when the name does not end in a port word.
 */
export function namesPortMap(name: string | undefined): 'keys' | 'attributes' | undefined {
  if (name === undefined) return undefined;
  const words = identifierWords(name);
  const last = words[words.length - 1];
  if (last === undefined || !isPortName(last)) return undefined;
  return last.endsWith('s') ? 'keys' : 'attributes';
}

/**
 * Words that make a binding a count, a duration or a setting about ports, not a port: `portTimeout`,
 * `port_retries`, and in a ports module (where every name is read as a port's) `TIMEOUT_MS`, `CACHE_TTL`.
 */
const NOT_A_PORT = new Set([
  'count', 'counts', 'retries', 'retry', 'tries', 'attempts', 'timeout', 'timeouts', 'index', 'idx', 'offset',
  'delay', 'interval', 'length', 'len', 'size', 'limit', 'step', 'total', 'increment', 'backlog',
  'ms', 'millis', 'milliseconds', 'sec', 'secs', 'seconds', 'minutes', 'ttl', 'bytes',
]);

/** Quantifiers that make a plural `ports` a count: `maxPorts`, `num_ports`. */
const COUNTING = new Set(['max', 'min', 'num', 'n', 'number', 'total']);

/**
 * Whether a port-named binding holds something other than a port number: `PORT_TIMEOUT = 30`,
 * `max_ports = 4`, `portIndex = 2`. (`maxPort = 9000` and `port_number = 8000` are ports.)
 */
export function namesPortQuantity(name: string): boolean {
  const words = identifierWords(name);
  if (words.some((w) => NOT_A_PORT.has(w))) return true;
  const plural = words.findIndex((w) => w === 'ports');
  return plural > 0 && words.slice(0, plural).some((w) => COUNTING.has(w));
}

/**
 * Whether a file is a module of port constants by its name: `server/ports.js`, `constants/ports.ts`,
 * `settings/ports.py`, `port.mjs`. Its top-level numbers and the numbers of its exported object are
 * ports, whatever they are named (`HTTP = 3000`, `module.exports = { AMQP: 5672 }`).
 */
export function isPortsModule(file: string): boolean {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return /^ports?\.[^.]+$/i.test(base);
}

/**
 * Ports below 20 (echo, discard, daytime…) are not used by today's services; a 1-19 bound to a
 * port name is a hardware port index (`serial_port = 1`, a switch's `port: 3`) or a placeholder.
 */
// port-lint-disable-next-line undocumented-port -- a threshold for names, not a network port
const LOWEST_NAMED_PORT = 20;

export interface EmitOptions {
  /** Host of a `(host, port)` address. */
  host?: string;
  /** The environment variable the bound name stands for (a pydantic-settings field), when the hit has none. */
  variable?: string;
}

function cliName(name: string): string {
  // "-p, --port <port>" → "--port"
  const flags = name.split(/[\s,|=]+/).filter((w) => w.startsWith('-'));
  return flags.find((f) => isPortName(f)) ?? flags[0] ?? name;
}

/**
 * A pattern that captures the whole expression as its occurrence (`x || 3000`) has no binding to say
 * "port": a literal counts only as the default of a port-named env var or property, and the names it
 * reads are not read as ports.
 */
export function isStandalone(hit: OccurrenceHit): boolean {
  return hit.port.id === hit.outer.id && hit.name === undefined;
}

/** The reads of an evaluated hit that are read as ports. */
export function portReads(hit: OccurrenceHit, evaluation: Evaluation): Evaluation['reads'] {
  return isStandalone(hit) ? evaluation.reads.filter((r) => r.defaults) : evaluation.reads;
}

/**
 * Adds the occurrences of an evaluated hit: kind from the hit, env-default where a literal defaults an
 * env var. Returns the occurrences of lookups without a default (port null).
 */
export function emitValues(out: OccurrenceSet, hit: OccurrenceHit, evaluation: Evaluation, options: EmitOptions = {}): PortOccurrence[] {
  let hitName = hit.name ? unquote(hit.name.text) : undefined;
  if (hitName !== undefined && hit.kind === 'cli-flag') hitName = cliName(hitName);
  const hitVariable = hit.variable ? unquote(hit.variable.text) : options.variable;
  const standalone = isStandalone(hit);
  for (const v of evaluation.values) {
    if (standalone && !(v.variable !== undefined && isPortName(v.variable)) && v.source === undefined) continue;
    emitValue(out, hit.kind, v, hitName, hitVariable, options);
  }
  // A port read only from a variable is worth recording where the context says it is a port.
  const lookups: PortOccurrence[] = [];
  if (hitName !== undefined || hit.kind === 'listen' || hit.kind === 'connect') {
    for (const v of evaluation.open) {
      const o = emitValue(out, hit.kind, v, hitName, hitVariable, options);
      if (o) lookups.push(o);
    }
  }
  return lookups;
}

export function emitValue(
  out: OccurrenceSet,
  kind: OccurrenceKind,
  v: PortValue,
  name: string | undefined,
  hitVariable: string | undefined,
  options: EmitOptions = {},
): PortOccurrence | undefined {
  const boundName = v.key ?? name ?? v.source;
  if (boundName !== undefined && namesPortQuantity(boundName)) return undefined;
  if (v.variable !== undefined && namesPortQuantity(v.variable)) return undefined;
  if (v.lookup) {
    if (v.variable === undefined) return undefined;
    const init: OccurrenceInit = { kind, port: null, variable: v.variable };
    if (boundName !== undefined) init.name = boundName;
    const { text, start } = nodeContent(v.node);
    return out.add(start, start + text.length, init) ? out.list[out.list.length - 1] : undefined;
  }
  const { text, start } = nodeContent(v.node);
  const resolved = resolvePortExpression(text, start);
  if (!resolved || (resolved.port === null && resolved.variable === undefined)) return undefined;
  if (resolved.port !== null && resolved.port < LOWEST_NAMED_PORT) return undefined;
  const variable = resolved.variable ?? v.variable ?? hitVariable;
  const init: OccurrenceInit = { kind: v.variable !== undefined ? 'env-default' : kind, port: resolved.port };
  if (v.portEnd !== undefined && resolved.port !== null && v.portEnd > resolved.port) init.portEnd = v.portEnd;
  else if (resolved.portEnd !== undefined) init.portEnd = resolved.portEnd;
  if (resolved.protocol !== undefined) init.protocol = resolved.protocol;
  if (boundName !== undefined) init.name = boundName;
  if (variable !== undefined) init.variable = variable;
  if (options.host !== undefined) init.host = options.host;
  return out.add(resolved.start, resolved.end, init) ? out.list[out.list.length - 1] : undefined;
}

/** `"--port=8000"`: one argument holding a port-named flag and its value. */
export function emitFlagString(out: OccurrenceSet, node: Node): void {
  const { text, start } = nodeContent(node);
  const m = /^(--?[A-Za-z0-9_-]+)=(\d+)$/.exec(text);
  if (!m || !isPortName(m[1]!) || namesPortQuantity(m[1]!)) return;
  const port = parsePortNumber(m[2]!);
  if (port === undefined || port < LOWEST_NAMED_PORT) return;
  const at = start + m[1]!.length + 1;
  out.add(at, at + m[2]!.length, { kind: 'cli-flag', port, name: m[1]! });
}

/** A binding `NAME = <value>` whose name does not say "port": it holds a port only if a port context reads it. */
interface Definition {
  name: string;
  value: Node;
}

/**
 * Joins names read where a port is expected with their definitions in the same file, in either order
 * (hits arrive by pattern, not by position). `evaluate` turns a definition's value into port values.
 */
export class NameReads {
  private readonly reads = new Map<string, ReadMode>();
  private readonly definitions = new Map<string, Definition[]>();
  private readonly done = new Set<Node['id']>();
  /** `port = process.env.PORT`: lookups without a default bound to a name, until `port || 3000` gives one. */
  private readonly unset = new Map<string, PortOccurrence[]>();

  constructor(
    private readonly out: OccurrenceSet,
    private readonly evaluate: (value: Node, mode: ReadMode) => Evaluation,
  ) {}

  read(name: string, mode: ReadMode): void {
    if (isPortName(name)) return; // port-named bindings are reported by their own patterns
    const prev = this.reads.get(name);
    if (prev === mode || prev === 'collection') return;
    this.reads.set(name, mode);
    for (const d of this.definitions.get(name) ?? []) this.resolve(d, mode);
  }

  define(name: string, value: Node): void {
    const d = { name, value };
    this.definitions.set(name, [...(this.definitions.get(name) ?? []), d]);
    const mode = this.reads.get(name);
    if (mode) this.resolve(d, mode);
  }

  /** `name` holds a port read only from an env var (the lookup occurrences, port null). */
  bindUnset(name: string, lookups: PortOccurrence[]): void {
    if (lookups.length > 0) this.unset.set(name, [...(this.unset.get(name) ?? []), ...lookups]);
  }

  /**
   * `name || 3000` (`name or 3000`): the variable bound to `name` has a default after all, so its
   * lookup is no longer one without a default.
   */
  defaulted(name: string): void {
    const lookups = this.unset.get(name);
    if (!lookups) return;
    this.unset.delete(name);
    for (const o of lookups) {
      const i = this.out.list.indexOf(o);
      if (i >= 0) this.out.list.splice(i, 1);
    }
  }

  private resolve(d: Definition, mode: ReadMode): void {
    if (this.done.has(d.value.id)) return;
    this.done.add(d.value.id);
    const evaluation = this.evaluate(d.value, mode);
    for (const v of evaluation.values) emitValue(this.out, 'constant', v, d.name, undefined);
  }
}
