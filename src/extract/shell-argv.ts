// The argv interpreter: one command's words → port occurrences, driven by the tables in shell-commands.ts.
// Shared by shell code (each parsed command), Dockerfile exec form, compose command lists and Python
// subprocess lists. Generic rules cover commands the tables do not know: `--port 8000`, `--port=8000`,
// `--http-port 8080`, `-port 8080`, `--bind 0.0.0.0:8000`, `-Dserver.port=8080`, `PORT=8000` words.
import type { OccurrenceKind } from '../types.js';
import { checkFileBudget } from '../util/budget.js';
import { scanAddresses } from './addresses.js';
import { scanJsonPorts, type OccurrenceSet } from './generic.js';
import { findReferences, parsePortNumber, type Interpolation } from './port-text.js';
import type { OccurrenceInit } from './source.js';
import { commandSpec, type ArgSpec, type CommandSpec, type FlagSpec, type Role } from './shell-commands.js';
import {
  isAddressName,
  namesPort,
  parseAddress,
  parseForward,
  parseFuserName,
  parseKeyValues,
  parseLsofSelector,
  parseNftRule,
  parsePortPair,
  parsePortRanges,
  parsePublish,
  parseSocatAddress,
  parseSshOption,
  parseSsFilter,
  parseUfwRule,
  resolvePort,
  resolvePortList,
  type PortPart,
} from './shell-values.js';
import { MappedText } from './shell-words.js';

export interface ShellContext {
  out: OccurrenceSet;
  /** Reads text as shell code: `sh -c '…'`, a one-word remote command, `concurrently "…"`. */
  shell(code: MappedText, depth: number): void;
  /** The script's own functions whose parameters are ports or hosts (`wait_tcp() { host="$1"; port="$2"; …}`). */
  functions?: Map<string, CommandSpec>;
  /** Variables read where a port is expected (`--port "$P"`, `"${FORWARDS[$svc]}"`), with how they are read. */
  reads?: Map<string, ArgSpec>;
  /** The script's functions that run their arguments as (part of) a command: `retry() { shift; "$@"; }`. */
  forwards?: Map<string, Forward[]>;
}

/** A command in a function body that takes the function's arguments: `docker run "$@"`, `nohup "$@"` after `shift`. */
export interface Forward {
  /** The command's words before `"$@"` (none when `"$@"` is the command itself). */
  before: MappedText[];
  /** The command's words after `"$@"` (`docker run "$@" app` → `app`). */
  after: MappedText[];
  /** Leading arguments dropped before `"$@"` (`shift`, `shift 2`, `"${@:2}"`). */
  skip: number;
}

/** Nesting limit for commands inside commands (`sudo docker exec c sh -c "…"`). */
export const MAX_DEPTH = 8;

/** Kinds a `${VAR:-N}` default does not turn into env-default: where a port is published matters more. */
const STRUCTURAL = new Set<OccurrenceKind>(['publish-host', 'publish-container', 'expose']);

const SIDE_KINDS: Record<NonNullable<PortPart['side']>, OccurrenceKind> = {
  host: 'publish-host',
  container: 'publish-container',
  listen: 'listen',
  connect: 'connect',
};

interface Extra {
  name?: string;
  host?: string;
  comment?: boolean;
}

/** Adds one port part of `word` as an occurrence. A `${VAR:-N}` literal becomes the env default of VAR. */
export function emitPart(out: OccurrenceSet, word: MappedText, part: PortPart, kind: OccurrenceKind, extra: Extra = {}): void {
  const [start, end] = word.span(part.start, part.end);
  const k = part.side ? SIDE_KINDS[part.side] : kind;
  const init: OccurrenceInit = { kind: part.defaulted && !STRUCTURAL.has(k) ? 'env-default' : k, port: part.port };
  if (part.portEnd !== undefined) init.portEnd = part.portEnd;
  if (part.protocol !== undefined) init.protocol = part.protocol;
  if (part.variable !== undefined) init.variable = part.variable;
  if (extra.name !== undefined) init.name = extra.name;
  const host = part.host ?? extra.host;
  if (host !== undefined) init.host = host;
  if (part.hostIp !== undefined) init.hostIp = part.hostIp;
  if (part.target !== undefined) init.target = part.target;
  if (extra.comment) init.comment = true;
  out.add(start, end, init);
}

const DEV_TCP = /\/dev\/(tcp|udp)\/([^/\s"']+)\/(\$\{[^}]*\}|\$[A-Za-z_]\w*|\d+)/g;

/** URLs, host:port, a whole-word `:8080` listen address and bash's `/dev/tcp/host/port` in one word. */
export function scanWord(out: OccurrenceSet, w: MappedText, comment = false, nesting = 0): void {
  checkFileBudget();
  const text = w.text;
  // A reference's default is text like any other, read before the word around it so that
  // `${BROKERS-localhost:9095}` is host `localhost`, not `BROKERS-localhost`. Not past MAX_NESTING defaults
  // deep: each level is a pass over the rest of the word (and a call deeper).
  if (text.includes('${') && nesting < MAX_NESTING) for (const ref of findReferences(text)) scanReference(out, w, ref, comment, nesting);
  if (text.includes('/dev/')) {
    DEV_TCP.lastIndex = 0;
    for (let m = DEV_TCP.exec(text); m; m = DEV_TCP.exec(text)) {
      const value = m[3]!;
      const part = resolvePort(value, m.index + m[0].length - value.length);
      if (part) emitPart(out, w, { ...part, protocol: m[1]!, host: m[2]! }, 'connect', { comment });
    }
  }
  // `http://$(hostname -I | awk '{print $1}'):8265`: a command substitution is a computed host; masked as
  // `${___}` so its spaces and quotes cannot cut the URL apart, and reported as written.
  const masked = text.includes('$(') ? maskSubstitutions(text) : text;
  for (const m of scanAddresses(masked)) {
    const [start, end] = w.span(m.start, m.end);
    const hostAt = m.start - 1 - m.host.length;
    const host = masked !== text && hostAt >= 0 && masked.slice(hostAt, m.start - 1) === m.host ? text.slice(hostAt, m.start - 1) : m.host;
    // `"$(date +%H):30"` is a time: a computed host without a scheme needs a port past the well-known range.
    if (host !== m.host && m.kind === 'address' && m.port < 1024) continue;
    const init: OccurrenceInit = { kind: m.kind, port: m.port, host, comment };
    if (m.scheme !== undefined) init.scheme = m.scheme;
    out.add(start, end, init);
  }
  // "host=db port=5432 dbname=gis": a libpq/ODBC connection string or option list quoted as one word
  // (`psql "host=db port=5432"`, `ogr2ogr … "PG:host=db port=5432"`), read as generic.ts reads strings.
  if (!comment && text.includes('=') && /\S\s+\S/.test(text)) {
    // From a token's start only, and a key without `=`: linear. (`[^\s"',;]+=…` tried every position of a
    // long word without `=` and backtracked through the rest of it: 56 s on a 34 KB fuzz input.)
    for (const m of text.matchAll(/(?<![^\s"',;])[^\s"',;=]+=[^\s"',;]+/g)) {
      const token = w.slice(m.index, m.index + m[0].length);
      for (const p of parseKeyValues(token.text)) emitPart(out, token, p, /^[A-Z_][A-Z0-9_]*$/.test(p.key) ? 'env-assign' : 'property', { name: p.key });
    }
  }
  // `curl -d '{"httpPort": 8082}'`: JSON in a word, read as generic.ts reads it in string literals.
  if (!comment && text.includes('{') && text.includes('"')) scanJsonPorts(out, text, w);
  // ":8080", ":8443/tcp" — a whole word that is a listen address (as generic.ts's scanText reads string literals).
  const listen = /^(\s*:)(\d{2,5})(?:\/(?:tcp|udp))?\s*$/.exec(text);
  if (listen && !comment) {
    const port = parsePortNumber(listen[2]!);
    if (port !== undefined && port >= 1024) {
      const [start, end] = w.span(listen[1]!.length, listen[1]!.length + listen[2]!.length);
      out.add(start, end, { kind: 'address', port, host: '' });
    }
  }
}

/** `text` with each `$(…)` (not `$((…))` arithmetic) replaced by a same-length `${___}` placeholder. */
function maskSubstitutions(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('$(', i);
    if (open < 0 || text[open + 2] === '(') {
      out += text.slice(i, open < 0 ? text.length : open + 2);
      if (open < 0) break;
      i = open + 2;
      continue;
    }
    let depth = 0;
    let close = -1;
    for (let k = open + 1; k < text.length; k++) {
      if (text[k] === '(') depth++;
      else if (text[k] === ')' && --depth === 0) {
        close = k;
        break;
      }
    }
    if (close < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, open) + '${' + '_'.repeat(close - open - 2) + '}';
    i = close + 1;
  }
  return out;
}

/** Operators whose operand is the value when the variable is unset (or empty): `:-`, `-`, `:=`, `=`. */
const DEFAULTING = new Set([':-', '-', ':=', '=']);

/** `scheme://[user@]host:` or `host:` (or a bare `:`) right before a reference: it sits where a port goes. */
const AUTHORITY_BEFORE = /(?:^|[\s"'`=(,@[{<>|;])(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^\s/@]*@)?)?(\[[0-9A-Fa-f:.]+\]|\$\{[^}]*\}|[A-Za-z0-9_.*-]*):$/;

/** What may follow a port in a URL or authority. */
const AFTER_AUTHORITY = /^(?:$|[/?#\s"'`,;)\]}>|\\])/;

/**
 * The operand of `${VAR:-…}` (and of the other operators): `${KAFKA_BOOTSTRAP:-localhost:9092}` and
 * `${API_URL:-http://localhost:9094}` are scanned as words of their own. A literal port default is the
 * variable's default: an env-default when VAR names a port (as grammars/bash/ports.scm reads it), and
 * where it sits in a URL's or authority's port position (`http://localhost:${WEB:-8000}/`) a url or
 * address bound to VAR, as compose-values.ts reads the same interpolation.
 */
/** How many `${A:-${B:-…}}` defaults deep scanWord reads: real words nest two or three. */
const MAX_NESTING = 16;

function scanReference(out: OccurrenceSet, w: MappedText, ref: Interpolation, comment: boolean, nesting: number): void {
  const operand = ref.operand;
  if (!operand || operand.text.trim() === '') return;
  const value = w.slice(operand.start, operand.end);
  const r = ref.operator !== undefined && DEFAULTING.has(ref.operator) ? resolvePort(value.text) : undefined;
  if (!r) return scanWord(out, value, comment, nesting + 1);
  if (r.port === null) return;
  const init: OccurrenceInit = { kind: 'env-default', port: r.port, variable: ref.variable, comment };
  if (r.portEnd !== undefined) init.portEnd = r.portEnd;
  const authority = AUTHORITY_BEFORE.exec(w.text.slice(0, ref.start));
  const inAuthority = authority !== null && AFTER_AUTHORITY.test(w.text.slice(ref.end));
  if (!namesPort(ref.variable)) {
    if (!inAuthority || !(authority[1] !== undefined || plausibleBareHost(authority[2]!))) return;
    init.kind = authority[1] !== undefined ? 'url' : 'address';
    init.host = authority[2]!.replace(/^\[(.*)\]$/, '$1');
    if (authority[1] !== undefined) init.scheme = authority[1].toLowerCase();
  }
  const [start, end] = value.span(r.start, r.end);
  out.add(start, end, init);
}

/** `localhost:${X:-8000}`, `0.0.0.0:${X:-8000}`, `:${X:-8000}`, `${HOST}:${X:-8000}` — but not `node:${TAG:-20}`. */
function plausibleBareHost(host: string): boolean {
  return host === '' || host === 'localhost' || host === '*' || /^[\d.]+$/.test(host) || host.startsWith('${') || host.startsWith('[');
}

/** Interprets one command given as words (its name first) and scans every word for URLs and addresses. */
export function interpretArgv(words: MappedText[], ctx: ShellContext, depth: number): void {
  if (depth > MAX_DEPTH) return;
  runCommand(words, ctx, depth);
  for (const w of words) scanWord(ctx.out, w);
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Variables holding a command line's options (NODE_OPTIONS, JAVA_OPTS, EXTRA_ARGS): a value starting with `-` is flags. */
export const OPTION_VARIABLE = /(?:OPTS|OPTIONS|ARGS|FLAGS)$|(?:^|_)(?:opts|options|args|flags)$/;

/** The whitespace-separated words of an options string. */
export function optionWords(value: MappedText): MappedText[] {
  return [...value.text.matchAll(/\S+/g)].map((m) => value.slice(m.index, m.index + m[0].length));
}

function runCommand(words: MappedText[], ctx: ShellContext, depth: number): void {
  let i = 0;
  // `env PORT=8000 node app.js`, exec-form `["env", "PORT=8000", …]`, `cross-env NODE_OPTIONS='--inspect=9231' next dev`.
  while (i < words.length && ASSIGNMENT.test(words[i]!.text)) {
    const w = words[i++]!;
    const eq = w.text.indexOf('=');
    if (OPTION_VARIABLE.test(w.text.slice(0, eq)) && /^\s*-/.test(w.text.slice(eq + 1)) && depth + 1 <= MAX_DEPTH) {
      runCommand(optionWords(w.slice(eq + 1)), ctx, depth + 1);
    } else keyValues(ctx, w, 'env-assign');
  }
  if (i >= words.length) return;
  const head = words[i]!;
  // `retry 5 nc -z tiles 8080` with `retry() { local n=$1; shift; … "$@" …; }` runs `nc -z tiles 8080`.
  const forwards = ctx.forwards?.get(head.text);
  if (forwards && depth + 1 <= MAX_DEPTH) {
    for (const f of forwards) {
      const command = [...f.before, ...words.slice(i + 1 + f.skip), ...f.after];
      if (command.length > 0) runCommand(command, ctx, depth + 1);
    }
  }
  // Arguments only (compose `command: ["--port", "8000"]` given to the image's entrypoint).
  if (isFlagWord(head.text)) runSpec(undefined, words.slice(i), ctx, depth);
  else runSpec(ctx.functions?.get(head.text) ?? commandSpec(head.text), words.slice(i + 1), ctx, depth);
}

/** The rest of a wrapper's words: one word with spaces is a script (`watch 'lsof -i :8000'`), else argv. */
function runNested(words: MappedText[], ctx: ShellContext, depth: number): void {
  if (depth + 1 > MAX_DEPTH || words.length === 0) return;
  if (words.length === 1 && /\s/.test(words[0]!.text.trim())) ctx.shell(words[0]!, depth + 1);
  else runCommand(words, ctx, depth + 1);
}

function isFlagWord(text: string): boolean {
  return text.length > 1 && text.startsWith('-');
}

interface State {
  /** The command, then each subcommand entered; flag lookup walks it from the innermost. */
  chain: CommandSpec[];
  modes: Set<string>;
  positionals: MappedText[];
  /** Host named by a `host` positional, for the port after it. */
  host?: string;
}

function runSpec(spec: CommandSpec | undefined, args: MappedText[], ctx: ShellContext, depth: number): void {
  const st: State = { chain: spec ? [spec] : [], modes: new Set(), positionals: [] };
  let flagsDone = false;
  for (let j = 0; j < args.length; j++) {
    const w = args[j]!;
    const t = w.text;
    const current = st.chain.at(-1);
    // `--` ends the options where positional arguments mean something (`kubectl exec pod -- cmd`); for other
    // commands the flags after it still count (`npm run dev -- --port 3000`). After an unknown command's
    // `--` (`scripts/wait-for-db.sh -- npx wait-on tcp:db:5432`) and a known command's that runs what
    // follows (`wait-for-it db:5432 -- nc -z db 9207`), a word that is not a flag starts a command.
    if (t === '--' && !flagsDone) {
      const next = args[j + 1];
      if ((current === undefined || current.dashDash === 'command') && next !== undefined && !isFlagWord(next.text)) {
        applyPositionals(st, ctx, depth);
        return runNested(args.slice(j + 1), ctx, depth);
      }
      if (current && (current.args || current.last || current.rest)) flagsDone = true;
      continue;
    }
    if (!flagsDone && isFlagWord(t)) {
      const used = readFlag(w, args, j + 1, st, ctx, depth);
      if (used === 'rest') return applyPositionals(st, ctx, depth);
      j += used;
      continue;
    }
    if (st.positionals.length === 0 && current?.subcommands && Object.hasOwn(current.subcommands, t)) {
      st.chain.push(current.subcommands[t]!);
      continue;
    }
    const role = roleAt(current, st.positionals.length);
    if (role?.role === 'command') {
      applyPositionals(st, ctx, depth);
      return runNested(args.slice(j), ctx, depth);
    }
    if (role?.role === 'program') {
      applyPositionals(st, ctx, depth);
      return runSpec(commandSpec(t), args.slice(j + 1), ctx, depth);
    }
    st.positionals.push(w);
  }
  applyPositionals(st, ctx, depth);
}

function norm(r: Role | ArgSpec | undefined): ArgSpec | undefined {
  return typeof r === 'string' ? { role: r } : r;
}

function roleAt(spec: CommandSpec | undefined, k: number): ArgSpec | undefined {
  if (!spec) return undefined;
  if (spec.args && k < spec.args.length) return norm(spec.args[k]);
  return norm(spec.rest);
}

function lookupFlag(chain: CommandSpec[], name: string): FlagSpec | undefined {
  for (let i = chain.length - 1; i >= 0; i--) {
    const flags = chain[i]!.flags;
    if (flags && Object.hasOwn(flags, name)) {
      const f = flags[name]!;
      return typeof f === 'string' ? { role: f } : f;
    }
  }
  return undefined;
}

/** Reads a flag (and its value from args[next]); returns how many following words it consumed, or 'rest' for all. */
function readFlag(w: MappedText, args: MappedText[], next: number, st: State, ctx: ShellContext, depth: number): number | 'rest' {
  const t = w.text;
  const eq = t.indexOf('=');
  const name = eq > 0 ? t.slice(0, eq) : t;
  const attached = eq > 0 ? w.slice(eq + 1) : undefined;
  const f = lookupFlag(st.chain, name);
  if (f) return useFlag(f, name, attached, args, next, st, ctx, depth);
  // A cluster of short options of a known command: `-lnp 9000`, `-p8000`, `-ti:3000`, `-sTCP:LISTEN`.
  if (!t.startsWith('--') && st.chain.length > 0 && t.length > 2) {
    let known = false;
    for (let k = 1; k < t.length; k++) {
      const letter = `-${t[k]}`;
      const g = lookupFlag(st.chain, letter);
      if (!g) continue;
      known = true;
      if (g.role) return useFlag(g, letter, k + 1 < t.length ? w.slice(k + 1) : undefined, args, next, st, ctx, depth);
      if (g.mode) st.modes.add(g.mode);
    }
    if (known) return 0;
  }
  return genericFlag(w, name, attached, args[next], ctx);
}

function useFlag(
  f: FlagSpec,
  name: string,
  attached: MappedText | undefined,
  args: MappedText[],
  next: number,
  st: State,
  ctx: ShellContext,
  depth: number,
): number | 'rest' {
  if (f.mode) st.modes.add(f.mode);
  if (!f.role) return 0;
  let value = attached;
  let used = 0;
  if (!value) {
    if (f.attachedOnly) return 0;
    const word = args[next];
    if (!word || isFlagWord(word.text)) return 0;
    value = word;
    used = 1;
  }
  if (f.role === 'program') {
    runSpec(commandSpec(value.text), args.slice(next + used), ctx, depth);
    return 'rest';
  }
  applyRole({ role: f.role, ...(f.kind ? { kind: f.kind } : {}) }, value, name, st, ctx, depth);
  return used;
}

/** `--inspect=[host:]port` and its variants: the V8 inspector's listen address. */
const INSPECT_FLAGS = new Set(['--inspect', '--inspect-brk', '--inspect-wait']);

/** Flags no table names: port-ish long flags, listen-address flags, `-Dkey.port=8080`. Never `-p`. */
function genericFlag(w: MappedText, name: string, attached: MappedText | undefined, following: MappedText | undefined, ctx: ShellContext): number {
  if (attached && /^-D[A-Za-z_]/.test(name)) {
    keyValues(ctx, w.slice(2));
    return 0;
  }
  // Node's debugger flags, which every node-based runner passes on (`vite-node --inspect=9230`, `bun --inspect-brk=…`).
  if (attached && INSPECT_FLAGS.has(name)) {
    const a = parseAddress(attached.text, true);
    if (a) emitPart(ctx.out, attached, a, 'listen', { name });
    return 0;
  }
  const bare = name.replace(/^-+/, '');
  // A single letter means something different to every tool.
  if (bare.length < 2) return 0;
  const next = following && !isFlagWord(following.text) ? following : undefined;
  const value = attached ?? next;
  if (!value) return 0;
  const used = attached ? 0 : 1;
  if (namesPort(bare)) {
    noteRead(ctx, { role: 'port' }, value, name);
    const parts = resolvePortList(value.text);
    for (const p of parts) emitPart(ctx.out, value, p, 'cli-flag', { name });
    return parts.length > 0 ? used : 0;
  }
  if (isAddressName(bare)) {
    noteRead(ctx, { role: 'address', kind: 'listen' }, value, name);
    const a = parseAddress(value.text, false);
    if (a) emitPart(ctx.out, value, a, 'listen', { name });
    return a ? used : 0;
  }
  // --build-arg=PORT=8000, --set=server.port=8080
  if (attached) keyValues(ctx, attached);
  return 0;
}

/** `NAME=value` words naming a port: env-assign for env-style names, property for `server.port=8080`. */
function keyValues(ctx: ShellContext, w: MappedText, kind?: OccurrenceKind): void {
  for (const p of parseKeyValues(w.text)) {
    const k = kind ?? (/^[A-Z_][A-Z0-9_]*$/.test(p.key) ? 'env-assign' : 'property');
    emitPart(ctx.out, w, p, p.parameter ? 'parameter-default' : k, { name: p.key });
  }
}

function applyPositionals(st: State, ctx: ShellContext, depth: number): void {
  const spec = st.chain.at(-1);
  const words = st.positionals;
  const roles = words.map((_, k) => roleAt(spec, k));
  if (spec?.last) {
    const last = spec.last;
    for (let k = 0; k < last.length && k < words.length; k++) roles[words.length - 1 - k] = norm(last[last.length - 1 - k]);
  }
  // ss filters, ufw and nft rules and echoed text are read from all remaining words together: `sport = :8000`.
  const joinedFrom = roles.findIndex((r) => r?.role === 'ss-filter' || r?.role === 'ufw' || r?.role === 'nft' || r?.role === 'prose');
  if (joinedFrom >= 0) {
    // `echo "PORT=8000" >> .env` assigns.
    if (roles[joinedFrom]!.role === 'prose') for (const w of words.slice(joinedFrom)) keyValues(ctx, w);
    applyRole(roles[joinedFrom]!, MappedText.join(words.slice(joinedFrom)), undefined, st, ctx, depth);
    words.length = joinedFrom;
  }
  words.forEach((w, k) => {
    const role = roles[k];
    if (role && role.role !== 'skip') applyRole(role, w, undefined, st, ctx, depth);
    else keyValues(ctx, w);
  });
}

/** Roles whose value, when it is only a variable (`"$P"`, `"${FORWARDS[$svc]}"`), makes that variable's literals ports. */
const READ_ROLES = new Set<Role>(['port', 'address', 'publish', 'port-pair', 'expose', 'forward', 'lsof', 'fuser', 'tcp-resource']);

/** `$P`, `"${P}"`, `${FORWARDS[$svc]}`, and a function's positional parameters `$2`, `${2}`. */
const VARIABLE_ONLY = /^\$(?:([A-Za-z_]\w*|\d)|\{([A-Za-z_]\w*|\d+)(?:\[[^\]]*\])?\})$/;

/** Records that a value which is only a variable sits where a port is read (see ShellContext.reads). */
function noteRead(ctx: ShellContext, spec: ArgSpec, w: MappedText, flag: string | undefined): void {
  if (!ctx.reads || !READ_ROLES.has(spec.role)) return;
  const v = VARIABLE_ONLY.exec(w.text.trim());
  const variable = v?.[1] ?? v?.[2];
  const name = spec.name ?? flag;
  if (variable !== undefined && !ctx.reads.has(variable)) ctx.reads.set(variable, { ...spec, kind: spec.kind ?? (flag !== undefined ? 'cli-flag' : 'argument'), name: name ?? variable });
}

/** Reads `w` the way a command reads a value in that role (for literals that flow into a command). */
export function applyArgRole(spec: ArgSpec, w: MappedText, ctx: ShellContext): void {
  applyRole(spec, w, spec.kind === 'cli-flag' ? spec.name : undefined, { chain: [], modes: new Set(), positionals: [] }, ctx, 0);
}

function applyRole(spec: ArgSpec, w: MappedText, flag: string | undefined, st: State, ctx: ShellContext, depth: number): void {
  const out = ctx.out;
  const name = spec.name ?? flag;
  const extra: Extra = name !== undefined ? { name } : {};
  noteRead(ctx, spec, w, flag);
  const emitAll = (parts: PortPart[], kind: OccurrenceKind, e: Extra = extra) => {
    for (const p of parts) emitPart(out, w, p, kind, e);
  };
  switch (spec.role) {
    case 'skip':
    case 'program':
    case 'command':
      return;
    case 'port': {
      let kind = spec.kind ?? (flag !== undefined ? 'cli-flag' : 'argument');
      if (kind === 'connect' && st.modes.has('listen')) kind = 'listen';
      const e: Extra = kind === 'connect' && st.host !== undefined ? { ...extra, host: st.host } : extra;
      return emitAll(resolvePortList(w.text), kind, e);
    }
    case 'address': {
      const a = parseAddress(w.text, true);
      return emitAll(a ? [a] : [], spec.kind ?? 'listen');
    }
    case 'publish':
      return emitAll(parsePublish(w.text), 'publish-host');
    case 'port-pair':
      return emitAll(parsePortPair(w.text), 'publish-host');
    case 'expose':
      return emitAll(resolvePortList(w.text), 'expose');
    case 'env':
      return keyValues(ctx, w, 'env-assign');
    case 'forward':
      return emitAll(parseForward(w.text), 'listen');
    case 'lsof':
      return emitAll(parseLsofSelector(w.text), 'argument');
    case 'fuser':
      return emitAll(parseFuserName(w.text, st.modes.has('namespace')), 'argument');
    case 'ss-filter':
      for (const p of parseSsFilter(w.text)) emitPart(out, w, p, 'argument', { name: p.name });
      return;
    case 'socat':
      return emitAll(parseSocatAddress(w.text), 'connect');
    case 'tcp-resource': {
      const m = /^(tcp:)(.*)$/i.exec(w.text);
      const a = m ? parseAddress(m[2]!, true) : undefined;
      if (a) emitPart(out, w, { ...a, start: a.start + m![1]!.length, end: a.end + m![1]!.length }, spec.kind ?? 'connect', extra);
      return;
    }
    case 'ssh-option': {
      // `-o ProxyCommand="ssh -W %h:%p -p 2222 bastion"`: the proxy is a command of its own.
      const proxy = /^\s*ProxyCommand\s*[= ]\s*/i.exec(w.text);
      if (proxy && depth + 1 <= MAX_DEPTH) return ctx.shell(w.slice(proxy[0].length), depth + 1);
      return emitAll(parseSshOption(w.text), 'cli-flag', { name: 'Port' });
    }
    case 'ufw':
      return emitAll(parseUfwRule(w.text), 'argument');
    case 'port-range':
      return emitAll(parsePortRanges(w.text), spec.kind ?? (flag !== undefined ? 'cli-flag' : 'argument'));
    case 'nft':
      for (const p of parseNftRule(w.text)) emitPart(out, w, p, 'argument', { name: p.name });
      return;
    case 'ignore': {
      const [start, end] = w.span(0, w.length);
      out.claim(start, end);
      return;
    }
    case 'prose':
      return readProse(w, ctx, depth);
    case 'host':
      if (!isFlagWord(w.text)) st.host = w.text;
      return;
    case 'shell':
      if (depth + 1 <= MAX_DEPTH) ctx.shell(w, depth + 1);
      return;
  }
}

/**
 * Text that may quote a command: from the first word naming a known command on, the words are read as
 * that command (`echo "forward with: ssh -N -L 8888:localhost:8888 $(hostname -f)"`). A changed port
 * must change such instructions too.
 */
function readProse(text: MappedText, ctx: ShellContext, depth: number): void {
  const tokens = [...text.text.matchAll(/\S+/g)].map((m) => text.slice(m.index, m.index + m[0].length));
  const at = tokens.findIndex((t) => commandSpec(t.text) !== undefined && !PROSE_IGNORED.has(t.text));
  if (at >= 0 && depth + 1 <= MAX_DEPTH) runCommand(tokens.slice(at), ctx, depth + 1);
  scanPortPhrases(ctx.out, text);
}

/**
 * Port-named values in free text — echoed messages, heredoc config and help texts: "listening on port 8000",
 * `API_PORT=8001`, `port: 8002`, "use --port 8003" (as generic.ts reads comments, but not as comments).
 */
export function scanPortPhrases(out: OccurrenceSet, text: MappedText, comment = false): void {
  PROSE_PORT.lastIndex = 0;
  for (let m = PROSE_PORT.exec(text.text); m; m = PROSE_PORT.exec(text.text)) {
    const name = m[1]!;
    const digits = m[2]!;
    const port = parsePortNumber(digits);
    // Ports below 20 after a port word are counts and indexes ("port 1 of 4").
    if (!namesPort(name) || port === undefined || port < 20) continue;
    const start = m.index + m[0].length - digits.length;
    const kind: OccurrenceKind = name.startsWith('-') ? 'cli-flag' : /^[A-Z][A-Z0-9_]*$/.test(name) ? 'env-assign' : 'property';
    emitPart(out, text, { start, end: start + digits.length, port }, kind, { name, comment });
  }
}

const PROSE_PORT = /(?:^|[\s(`'"])((?:--?)?[A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=|:|\s)\s*["']?(\d{2,5})(?![\d.:\w])/g;

/** Commands whose names are also plain words in messages. */
const PROSE_IGNORED = new Set(['echo', 'printf', 'time', 'command', 'builtin', 'eval', 'exec', 'env', 'watch', 'serve', 'next', 'timeout']);
