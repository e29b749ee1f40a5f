// Loads ports.yaml: YAML with positions, JSON Schema validation, semantic checks, and the Registry.
import path from 'node:path';
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode,
  type Pair,
} from 'yaml';
import { ConfigError, ConfigErrors } from '../errors.js';
import type { SourceRange } from '../types.js';
import { suggest } from '../util/suggest.js';
import { Registry } from './registry.js';
import { validateSchema, type SchemaProblem } from './schema.js';
import type {
  Category,
  ComposeSet,
  Environment,
  Instance,
  LintSettings,
  PortRange,
  ReservedPort,
  RuleSetting,
  Service,
  ServiceOverride,
} from './types.js';
import { toPosix } from '../util/text.js';
import { nameList, quote, visible } from '../util/echo.js';
import { readUserFile, UserFileError } from '../user-file.js';

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

/** The largest ports.yaml read: a registry of thousands of services is well under 1 MiB. */
export const MAX_REGISTRY_BYTES = 4 * 1024 * 1024;

/** The deepest nesting accepted: ports.yaml needs about 6 levels (lint.rules.<id>[1].<option>…). */
export const MAX_DEPTH = 64;

/** The most values aliases may copy in: a "billion laughs" document copies billions. */
export const MAX_ALIAS_VALUES = 10_000;

type KeyPath = (string | number)[];

export interface LoadRegistryOptions {
  /** How to name the file in error messages (default: the path as given). */
  displayPath?: string;
  /** Directory that finding paths are relative to (default: the current directory). */
  root?: string;
}

/** Reads and loads a ports.yaml file; every problem is a ConfigError(s) naming file:line:column. */
export function loadRegistry(file: string, options: LoadRegistryOptions = {}): Registry {
  const display = options.displayPath ?? file;
  let bytes: Buffer;
  try {
    // Not readFileSync: a FIFO or /dev/zero named as --config (or found as ports.yaml) would block or
    // read forever; readUserFile refuses anything but a regular file and caps the size.
    bytes = readUserFile(file, MAX_REGISTRY_BYTES);
  } catch (err) {
    if (!(err instanceof UserFileError)) throw err;
    const why =
      err.code === 'ENOENT'
        ? 'file not found'
        : err.code === 'EISDIR'
          ? 'is a directory, not a file'
          : err.code === 'NOTFILE' || err.code === 'TOOBIG' || err.code === 'EACCES' || err.code === 'EPERM'
            ? err.reason
            : `cannot be read (${err.reason})`;
    throw new ConfigError(display, 1, 1, '(file)', why);
  }
  const source = decodeText(bytes, display);
  return parseRegistry(source, {
    displayPath: display,
    absolutePath: path.resolve(file),
    root: options.root ?? process.cwd(),
  });
}

export interface ParseRegistryOptions {
  displayPath: string;
  absolutePath: string;
  root: string;
}

/**
 * The UTF-8 text of ports.yaml; a binary file (a NUL byte) or another encoding is a config error at
 * the first bad byte rather than a wall of replacement characters echoed back.
 */
function decodeText(bytes: Buffer, file: string): string {
  const at = (offset: number, detail: string): ConfigError => {
    const before = bytes.subarray(0, offset).toString('utf8');
    const lineStart = before.lastIndexOf('\n') + 1;
    const line = before.split('\n').length;
    return new ConfigError(file, line, before.length - lineStart + 1, '(file)', detail);
  };
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw at(nul, 'not a text file (a NUL byte); ports.yaml must be UTF-8 text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The first byte that does not decode: where a lossy decoding first differs from the bytes.
    let offset = 0;
    for (const ch of bytes.toString('utf8')) {
      const size = Buffer.byteLength(ch);
      if (ch === '\uFFFD' && !bytes.subarray(offset, offset + 3).equals(Buffer.from('\uFFFD'))) break;
      offset += size;
    }
    throw at(offset, 'not UTF-8 text (an invalid byte); ports.yaml must be UTF-8 text');
  }
}

/** Parses ports.yaml text. Pure apart from nothing: no I/O. */
export function parseRegistry(source: string, options: ParseRegistryOptions): Registry {
  const file = options.displayPath;
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  // logLevel 'error': the yaml library would otherwise print warnings with process.emitWarning
  // (a complex key did); whatever it warns about is checked below and reported as a config error.
  // uniqueKeys off: the library compares each key with every earlier one of its mapping (minutes for
  // a registry of 20k services); checkShape finds duplicates with a set per mapping instead.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, merge: true, prettyErrors: false, logLevel: 'error' });
  const map = new PositionMap(doc, lineCounter, text);

  const yamlError = doc.errors[0];
  if (yamlError?.code === 'MULTIPLE_DOCS') {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    throw new ConfigError(file, line, col, '(root)', 'a second YAML document starts here; ports.yaml holds one document (remove the "---" line)');
  }
  // Before the other YAML errors: the library reports its own stack overflow on deep nesting as one.
  checkShape(doc, map, file);
  if (yamlError) {
    const offset = yamlError.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    const keyPath = map.pathAt(offset);
    throw new ConfigError(file, line, col, formatPath(keyPath), describeYamlError(yamlError.code, yamlError.message, text, offset));
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    throw new ConfigError(file, 1, 1, 'ports', 'the file is empty; expected a mapping with a "ports" key');
  }
  if (!isMap(doc.contents)) {
    const r = map.range([]);
    throw new ConfigError(file, r.start.line, r.start.column, '(root)', `must be a mapping with a "ports" key, got ${describeNode(doc.contents)}`);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_VALUES });
  } catch (err) {
    // checkShape counts alias copies first; this is the library's own limit, should it count differently.
    if (!(err instanceof ReferenceError) || !/alias/i.test(err.message)) throw err;
    throw new ConfigError(file, 1, 1, '(root)', `aliases expand the file past ${MAX_ALIAS_VALUES} values (a "billion laughs" document?); write the values out instead`);
  }
  const problems = validateSchema(data);
  if (problems.length > 0) throw toConfigErrors(problems, map, file);

  const raw = data as RawRegistry;
  const errors: ConfigError[] = [];
  const fail = (keyPath: KeyPath, detail: string, atKey = false): void => {
    const r = atKey ? map.keyRange(keyPath) : map.range(keyPath);
    errors.push(new ConfigError(file, r.start.line, r.start.column, formatPath(keyPath), detail));
  };
  const checkRange = (keyPath: KeyPath, range: PortRange | undefined): void => {
    if (range && range[0] > range[1]) {
      fail(keyPath, `range [${range[0]}, ${range[1]}] is reversed; write [${range[1]}, ${range[0]}]`);
    }
  };

  const categories: Category[] = Object.entries(raw.categories ?? {}).map(([name, c]) => {
    checkRange(['categories', name, 'range'], c.range);
    return {
      name,
      range: c.range,
      description: c.description ?? '',
      loc: { key: map.keyRange(['categories', name]), range: map.range(['categories', name, 'range']) },
    };
  });

  const services: Service[] = Object.entries(raw.ports ?? {}).map(([name, s]) => {
    const at = ['ports', name];
    checkRange([...at, 'range'], s.range);
    if (s.category !== undefined && !categories.some((c) => c.name === s.category)) {
      const known = categories.map((c) => c.name);
      fail(
        [...at, 'category'],
        known.length
          ? `unknown category ${quote(s.category)}${suggest(s.category, known)}; declared: ${nameList(known)}`
          : `unknown category ${quote(s.category)}; declare it under "categories"`,
      );
    }
    const range: PortRange = s.range ?? [s.default, s.default];
    const inferred = s.category ?? categories.find((c) => s.default >= c.range[0] && s.default <= c.range[1])?.name;
    const service: Service = {
      name,
      default: s.default,
      envVar: s.env_var ?? null,
      description: s.description ?? '',
      range,
      rangeDeclared: s.range !== undefined,
      optional: s.optional ?? false,
      immutable: s.immutable ?? false,
      conflictCheck: s.conflict_check ?? false,
      categoryDeclared: s.category !== undefined,
      protocol: s.protocol ?? 'tcp',
      serviceCommand: s.service_command === undefined ? [] : [s.service_command].flat(),
      instances: [],
      loc: {
        key: map.keyRange(at),
        default: map.range([...at, 'default']),
        ...(s.range !== undefined && { range: map.range([...at, 'range']) }),
        ...(s.env_var !== undefined && { envVar: map.range([...at, 'env_var']) }),
        ...(s.category !== undefined && { category: map.range([...at, 'category']) }),
      },
    };
    if (inferred !== undefined) service.category = inferred;
    service.instances = readInstances(name, s, map, fail);
    return service;
  });

  const reserved: ReservedPort[] = (raw.reserved ?? []).map((r, i) => ({
    port: r.port,
    service: r.service ?? 'reserved',
    note: r.note ?? '',
    loc: { port: map.range(['reserved', i, 'port']) },
  }));

  // Null-prototype objects: user names become keys, and `environments["__proto__"] = …` on a plain
  // object would set its prototype and drop the environment.
  const serviceNames = new Set(services.map((s) => s.name));
  const environments: Record<string, Environment> = Object.create(null);
  for (const [envName, env] of Object.entries(raw.environments ?? {})) {
    const ports: Record<string, ServiceOverride> = Object.create(null);
    for (const [svc, o] of Object.entries(env.ports ?? {})) {
      const at = ['environments', envName, 'ports', svc];
      if (!serviceNames.has(svc)) {
        fail(at, `unknown service ${quote(svc)}${suggest(svc, services.map((s) => s.name))}`, true);
        continue;
      }
      checkRange([...at, 'range'], o.range);
      ports[svc] = {
        ...(o.default !== undefined && { default: o.default }),
        ...(o.env_var !== undefined && { envVar: o.env_var }),
        ...(o.range !== undefined && { range: o.range }),
        ...(o.optional !== undefined && { optional: o.optional }),
      };
    }
    environments[envName] = { name: envName, description: env.description ?? '', ports };
  }

  const lint = readLintSettings(raw.lint, map, fail);
  if (errors.length > 0) throw errors.length === 1 ? errors[0]! : new ConfigErrors(errors);

  const cd = raw.conflict_detection ?? {};
  return new Registry({
    file: toPosix(path.relative(options.root, options.absolutePath)) || path.basename(options.absolutePath),
    path: options.absolutePath,
    lines: text.split(/\r?\n/),
    services,
    categories,
    reserved,
    conflictDetection: {
      enabled: cd.enabled ?? true,
      checkOnStartup: cd.check_on_startup ?? false,
      autoResolve: cd.auto_resolve ?? false,
      warnOnConflict: cd.warn_on_conflict ?? true,
    },
    environments,
    lint,
  });
}

/**
 * Refuses, with the position and key path, what would otherwise surface as a crash or a misleading
 * message: nesting deeper than MAX_DEPTH (the yaml library and the schema validator recurse), a list
 * or mapping as a key (JS objects would stringify it), and aliases that copy in more than
 * MAX_ALIAS_VALUES values or refer to a node that holds them. Walks with an explicit stack, in
 * document order, so that no input can overflow the call stack here.
 */
function unresolvedAlias(name: string): string {
  return `the alias *${quote(name).slice(1, -1)} refers to no anchor; an anchor &${quote(name).slice(1, -1)} must come before it`;
}

function checkShape(doc: Document, map: PositionMap, file: string): void {
  // Typed as a declaration so that TypeScript narrows after a call to it.
  const fail: (node: unknown, keyPath: KeyPath, detail: string) => never = (node, keyPath, detail) => {
    const r = map.toRange(node);
    throw new ConfigError(file, r.start.line, r.start.column, formatPath(keyPath), detail);
  };
  const expanded = new Map<unknown, Expansion>();
  let copied = 0;
  const stack: { node: unknown; at: KeyPath; depth: number }[] = [{ node: doc.contents, at: [], depth: 0 }];
  while (stack.length > 0) {
    const { node, at, depth } = stack.pop()!;
    if (isAlias(node)) {
      if (node.resolve(doc) === undefined) fail(node, at, unresolvedAlias(node.source));
      const target = expand(node, doc, expanded);
      if (target === 'cycle') fail(node, at, 'this alias refers to a mapping or list that holds it');
      copied += target.values;
      if (copied > MAX_ALIAS_VALUES) {
        fail(node, at, `aliases expand the file past ${MAX_ALIAS_VALUES} values (a "billion laughs" document?); write the values out instead`);
      }
      if (depth + target.depth > MAX_DEPTH) fail(node, at, `nested more than ${MAX_DEPTH} levels deep (through aliases)`);
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) fail(node, at, `nested more than ${MAX_DEPTH} levels deep`);
    const children: typeof stack = [];
    const keys = new Set<unknown>();
    node.items.forEach((item, i) => {
      if (isPair(item)) {
        if (isAlias(item.key) && item.key.resolve(doc) === undefined) fail(item.key, at, unresolvedAlias(item.key.source));
        const key = isAlias(item.key) ? item.key.resolve(doc) : item.key;
        if (isCollection(key)) fail(item.key, at, 'a key must be a name, not a list or mapping');
        if (isScalar(key)) {
          // Keys are equal when their values are (`8000` and `"8000"` are not): what toJS would merge.
          if (keys.has(key.value)) fail(item.key, [...at, String(key.value)], `duplicate key ${quote(String(key.value))}`);
          keys.add(key.value);
        }
        // A merge key (`<<: *base`) resolves to a symbol; what it merges must be mappings, or the
        // yaml library throws while converting.
        const merge = isScalar(key) && (key.value === '<<' || typeof key.value === 'symbol');
        const name = merge ? '<<' : isScalar(key) ? String(key.value) : '';
        if (merge) {
          const resolve = (n: unknown): unknown => (isAlias(n) ? n.resolve(doc) : n);
          const source = resolve(item.value);
          if (!(isMap(source) || (isSeq(source) && source.items.every((x) => isMap(resolve(x)))))) {
            fail(item.value ?? item.key, [...at, name], 'a merge key (<<) takes a mapping, an alias of one, or a list of them');
          }
        }
        children.push({ node: item.value, at: [...at, name], depth: depth + 1 });
      } else {
        children.push({ node: item, at: [...at, i], depth: depth + 1 });
      }
    });
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
}

/** What an alias copies in: how many values, and how deep they nest. */
interface Expansion {
  values: number;
  depth: number;
}

/**
 * The expansion of `root` with every alias in it expanded, memoised in `memo`, computed with an
 * explicit stack (a chain of aliases can be longer than the call stack is deep). Counts are capped
 * just past the limits, so that a billion laughs never makes a big number. 'cycle' for an alias to a
 * node that holds it.
 */
function expand(root: unknown, doc: Document, memo: Map<unknown, Expansion>): Expansion | 'cycle' {
  const parts = (node: unknown): unknown[] => {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return target ? [target] : [];
    }
    if (isMap(node)) return node.items.flatMap((p) => [p.key, p.value]).filter((x) => x !== null && x !== undefined);
    if (isSeq(node)) return node.items.filter((x) => x !== null && x !== undefined);
    return [];
  };
  const open = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (memo.has(node)) {
      stack.pop();
      continue;
    }
    if (!open.has(node)) {
      open.add(node);
      for (const part of parts(node)) {
        if (memo.has(part)) continue;
        if (open.has(part)) return 'cycle';
        stack.push(part);
      }
      continue;
    }
    let values = isAlias(node) ? 0 : 1;
    let depth = 0;
    for (const part of parts(node)) {
      const e = memo.get(part);
      if (!e) continue;
      values += e.values;
      depth = Math.max(depth, e.depth);
    }
    if (isCollection(node)) depth += 1;
    memo.set(node, { values: Math.min(values, MAX_ALIAS_VALUES + 1), depth: Math.min(depth, MAX_DEPTH + 1) });
    open.delete(node);
    stack.pop();
  }
  return memo.get(root)!;
}

/**
 * A service's `instances:`: one port per container that runs it. An immutable service has one port by
 * definition, so instances contradict it; an instance glob is checked as a relative POSIX path pattern
 * like lint.include's.
 */
function readInstances(
  name: string,
  s: RawService,
  map: PositionMap,
  fail: (keyPath: KeyPath, detail: string, atKey?: boolean) => void,
): Instance[] {
  if (s.instances === undefined) return [];
  const at = ['ports', name, 'instances'];
  if (s.immutable) {
    fail(at, `an immutable service has one port, and instances give ${quote(name)} one per container; drop immutable: true or the instances`, true);
  }
  return Object.entries(s.instances).map(([instance, value]) => {
    const port = typeof value === 'number' ? value : value.port;
    const files = typeof value === 'number' || value.files === undefined ? [] : [value.files].flat();
    files.forEach((glob, i) => {
      const where = typeof value === 'object' && Array.isArray(value.files) ? [...at, instance, 'files', i] : [...at, instance, 'files'];
      const problem = relativePathProblem(glob);
      if (problem) fail(where, problem);
    });
    return {
      name: instance,
      port,
      files: files.map(normalizeRelative),
      loc: {
        key: map.keyRange([...at, instance]),
        port: map.range(typeof value === 'number' ? [...at, instance] : [...at, instance, 'port']),
      },
    };
  });
}

/** Why a path or glob of ports.yaml cannot be one relative to the repository root, if it cannot. */
function relativePathProblem(text: string): string | undefined {
  if (text.trim() === '') return 'an empty path; name a file relative to the repository root';
  if (text.includes('\\')) return `${quote(text)} holds a backslash; write paths with / on every platform`;
  if (text.startsWith('/') || /^[A-Za-z]:/.test(text)) return `${quote(text)} is absolute; write it relative to the repository root`;
  if (text.split('/').includes('..')) return `${quote(text)} leaves the repository (..); write it relative to the repository root`;
  return undefined;
}

/** `./compose.yaml` → `compose.yaml`: paths as findings name them. */
function normalizeRelative(text: string): string {
  return path.posix.normalize(text).replace(/^\.\//, '');
}

function readComposeSets(
  raw: Record<string, string[] | { files: string[]; profiles?: string[] }> | undefined,
  map: PositionMap,
  fail: (keyPath: KeyPath, detail: string, atKey?: boolean) => void,
): ComposeSet[] {
  return Object.entries(raw ?? {}).map(([name, value]) => {
    const files = Array.isArray(value) ? value : value.files;
    const at = Array.isArray(value) ? ['lint', 'compose_sets', name] : ['lint', 'compose_sets', name, 'files'];
    const seen = new Set<string>();
    const normalized: string[] = [];
    files.forEach((file, i) => {
      const problem = relativePathProblem(file);
      if (problem) return fail([...at, i], problem);
      const rel = normalizeRelative(file);
      if (seen.has(rel)) return fail([...at, i], `${quote(file)} is listed twice in this set`);
      seen.add(rel);
      normalized.push(rel);
    });
    const set: ComposeSet = { name, files: normalized, loc: map.keyRange(['lint', 'compose_sets', name]) };
    if (!Array.isArray(value) && value.profiles !== undefined) set.profiles = value.profiles;
    return set;
  });
}

function readLintSettings(
  raw: RawRegistry['lint'],
  map: PositionMap,
  fail: (keyPath: KeyPath, detail: string, atKey?: boolean) => void,
): LintSettings {
  const rules: Record<string, RuleSetting> = Object.create(null);
  for (const [id, value] of Object.entries(raw?.rules ?? {})) {
    // The rule set checks ids against the known rules later, and echoes them; one that cannot be an
    // id (a newline, a kilobyte of text) is refused here, escaped and cut.
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(id)) {
      fail(['lint', 'rules', id], `unknown rule ${quote(id)}`, true);
      continue;
    }
    const [sev, options] = Array.isArray(value) ? value : [value, undefined];
    const setting: RuleSetting = { severity: normalizeSeverity(sev!), loc: map.keyRange(['lint', 'rules', id]) };
    if (options !== undefined) setting.options = options as Record<string, unknown>;
    rules[id] = setting;
  }
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (raw?.max_file_size !== undefined) {
    const parsed = parseSize(raw.max_file_size);
    if (parsed === undefined) {
      fail(['lint', 'max_file_size'], `cannot read ${quote(String(raw.max_file_size))} as a size; write bytes or e.g. "512KiB", "1MiB"`);
    } else {
      maxFileSize = parsed;
    }
  }
  const composeSets = readComposeSets(raw?.compose_sets, map, fail);
  return { include: raw?.include ?? [], exclude: raw?.exclude ?? [], rules, maxFileSize, composeSets };
}

/** `off | warn | warning | error | 0 | 1 | 2` → the canonical severity. */
export function normalizeSeverity(value: string | number): RuleSetting['severity'] {
  switch (value) {
    case 'off':
    case 0:
      return 'off';
    case 'warn':
    case 'warning':
    case 1:
      return 'warning';
    default:
      return 'error';
  }
}

/** "1MiB", "512KB", "2048", 2048 → bytes; undefined when unreadable. */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value);
  if (!m) return undefined;
  const unit = (m[2] ?? 'b').toLowerCase();
  const scale: Record<string, number> = {
    b: 1,
    k: 1024,
    kb: 1000,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1000 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1000 ** 3,
    gib: 1024 ** 3,
  };
  const bytes = Math.round(Number(m[1]) * scale[unit]!);
  return bytes > 0 ? bytes : undefined;
}

interface RawService {
  default: number;
  env_var?: string | null;
  description?: string;
  range?: PortRange;
  optional?: boolean;
  immutable?: boolean;
  conflict_check?: boolean;
  category?: string;
  protocol?: 'tcp' | 'udp' | 'both';
  service_command?: string | string[];
  instances?: Record<string, number | { port: number; files?: string | string[] }>;
}

interface RawRegistry {
  ports?: Record<string, RawService>;
  conflict_detection?: { enabled?: boolean; check_on_startup?: boolean; auto_resolve?: boolean; warn_on_conflict?: boolean };
  reserved?: { port: number; service?: string; note?: string }[];
  categories?: Record<string, { range: PortRange; description?: string }>;
  environments?: Record<
    string,
    { description?: string; ports?: Record<string, { default?: number; env_var?: string | null; range?: PortRange; optional?: boolean }> }
  >;
  lint?: {
    include?: string[];
    exclude?: string[];
    rules?: Record<string, string | number | [string | number, Record<string, unknown>?]>;
    max_file_size?: number | string;
    compose_sets?: Record<string, string[] | { files: string[]; profiles?: string[] }>;
  };
}

/** Finds the YAML node (and its key) at a key path, and the key path at an offset. */
class PositionMap {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    private readonly text: string,
  ) {}

  /** Range of the value at `keyPath`, or of the nearest ancestor that exists. */
  range(keyPath: KeyPath): SourceRange {
    const { node, pair } = this.find(keyPath);
    const target = node ?? (pair?.key as YamlNode | undefined) ?? this.doc.contents;
    return this.toRange(target);
  }

  /** Range of the key naming `keyPath` (for unknown or missing keys), else of its value. */
  keyRange(keyPath: KeyPath): SourceRange {
    const { pair, node } = this.find(keyPath);
    if (pair && isScalar(pair.key)) return this.toRange(pair.key);
    return this.toRange(node ?? this.doc.contents);
  }

  /** Each mapping's pairs by key, built when first asked: a lookup per key instead of a pass per key. */
  private readonly pairs = new WeakMap<object, Map<string, Pair>>();

  private pairOf(map: { items: Pair[] }, key: string): Pair | undefined {
    let index = this.pairs.get(map);
    if (!index) {
      index = new Map();
      for (const p of map.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      this.pairs.set(map, index);
    }
    return index.get(key);
  }

  private find(keyPath: KeyPath): { node?: YamlNode; pair?: Pair } {
    let node: unknown = this.doc.contents;
    let pair: Pair | undefined;
    for (const key of keyPath) {
      if (isMap(node)) {
        const found = this.pairOf(node as { items: Pair[] }, String(key));
        if (!found) return pair ? { pair } : { node: node as YamlNode };
        pair = found;
        node = found.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (item === undefined) return { node: node as YamlNode };
        pair = undefined;
        node = item;
      } else {
        break;
      }
    }
    const result: { node?: YamlNode; pair?: Pair } = {};
    if (node) result.node = node as YamlNode;
    if (pair) result.pair = pair;
    return result;
  }

  /** The deepest key path whose key or value contains `offset`. */
  pathAt(offset: number): KeyPath {
    const out: KeyPath = [];
    let node: unknown = this.doc.contents;
    for (;;) {
      if (isMap(node)) {
        const hit = node.items.find((p) => contains(p.key, offset) || contains(p.value, offset) || betweenKeyAndValue(p, offset));
        if (!hit || !isScalar(hit.key)) return out;
        out.push(String(hit.key.value));
        if (contains(hit.key, offset)) return out;
        node = hit.value;
      } else if (isSeq(node)) {
        const i = node.items.findIndex((item) => contains(item, offset));
        if (i < 0) return out;
        out.push(i);
        node = node.items[i];
      } else {
        return out;
      }
    }
  }

  toRange(node: unknown): SourceRange {
    const r = (node as { range?: [number, number, number] } | null)?.range;
    const [startOffset, endOffset] = r ? [r[0], r[1]] : [0, 0];
    const start = this.lines.linePos(startOffset);
    const end = this.lines.linePos(Math.max(startOffset, Math.min(endOffset, this.text.length)));
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  }
}

function contains(node: unknown, offset: number): boolean {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return !!r && offset >= r[0] && offset <= r[2];
}

function betweenKeyAndValue(pair: Pair, offset: number): boolean {
  const k = (pair.key as { range?: [number, number, number] } | null)?.range;
  const v = (pair.value as { range?: [number, number, number] } | null)?.range;
  return !!k && !!v && offset > k[1] && offset < v[0];
}

function toConfigErrors(problems: SchemaProblem[], map: PositionMap, file: string): ConfigError | ConfigErrors {
  const errors = problems.map((p) => {
    const r = p.atKey ? map.keyRange(p.path) : map.range(p.path);
    return new ConfigError(file, r.start.line, r.start.column, formatPath(p.path), p.message);
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return errors.length === 1 ? errors[0]! : new ConfigErrors(errors);
}

/**
 * `['ports', 'api', 'range', 1]` → `ports.api.range[1]`. A name holding invisible characters or
 * quotes is written `["a\\nb"]`, long names are cut, and a path deeper than 16 keys keeps its first
 * 10 and last 4: the path of a 5000-deep error would otherwise be kilobytes.
 */
export function formatPath(keyPath: KeyPath): string {
  if (keyPath.length === 0) return '(root)';
  const segment = (k: string | number, i: number): string => {
    if (typeof k === 'number') return `[${k}]`;
    if (k === '' || /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"\\]/.test(k)) return `[${quote(k, 40)}]`;
    const name = k.length > 40 ? `${k.slice(0, 40)}…` : k;
    return i === 0 ? name : `.${name}`;
  };
  const shown = keyPath.length > 16 ? [...keyPath.slice(0, 10).map(segment), '…', ...keyPath.slice(-4).map((k, j) => segment(k, keyPath.length - 4 + j))] : keyPath.map(segment);
  return shown.join('');
}

function describeYamlError(code: string, message: string, text: string, offset: number): string {
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^\s:#]+/.exec(text.slice(offset, offset + 1000))?.[0];
    return key ? `duplicate key ${quote(key)}` : 'duplicate key';
  }
  // The yaml library's messages are one sentence, sometimes with a trailing source excerpt.
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `invalid YAML: ${visible(first, 200)}`;
}

function describeNode(node: unknown): string {
  if (isSeq(node)) return 'a list';
  if (isMap(node)) return 'a mapping';
  if (isScalar(node)) return typeof node.value === 'string' ? quote(node.value) : String(JSON.stringify(node.value));
  return 'something else';
}


