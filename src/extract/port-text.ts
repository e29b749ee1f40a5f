// Reading ports out of text: port-ish names, port numbers and ranges, and ${VAR:-8000} interpolation.

/** Words that, as a whole word of an identifier, make it name a port. */
const PORT_WORDS = new Set(['port', 'ports', 'portnum', 'portno', 'portnumber', 'dport', 'sport', 'lport', 'rport']);
/** Abbreviations that are ports only as a whole name (`--dport 22`, `sport`), English words inside longer ones. */
const ABBREVIATED = new Set(['dport', 'sport', 'lport', 'rport']);

/**
 * Prefixes that, glued to "port" in a one-word name (`dbport`, `httpport`, `PEERPORT`), still name a port:
 * protocols, roles and the services whose settings are written that way (Transmission's `PEERPORT`, game
 * servers' `RCONPORT`/`QUERYPORT`, Tor's `SocksPort`/`ControlPort` in lower case). None of them glued to
 * "port" makes an English word (`passport`, `transport`, `airport` stay out).
 */
const GLUED_PREFIXES = new Set([
  'api', 'admin', 'db', 'dev', 'debug', 'ftp', 'grpc', 'http', 'https', 'listen', 'local', 'metrics', 'mysql',
  'pg', 'proxy', 'redis', 'remote', 'rpc', 'server', 'smtp', 'ssh', 'tcp', 'udp', 'web', 'ws', 'wss', 'host',
  'container', 'target', 'node', 'public', 'private', 'internal', 'external', 'service', 'app', 'frontend', 'backend',
  'peer', 'torrent', 'rcon', 'query', 'game', 'mqtt', 'amqp', 'imap', 'pop3', 'ldap', 'dns', 'sip', 'rtp', 'rtmp',
  'vnc', 'rdp', 'jmx', 'socks', 'control', 'client', 'voice', 'steam', 'dashboard', 'ui', 'mgmt',
]);

/** Splits `HTTPPort`, `api_port`, `--http-port`, `apiPortNumber` into lower-case words. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    // `http2Port` → http2 port, but `S2S` and `HTTP2` stay one word.
    .replace(/([0-9])([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * Whether an identifier, key, env var or flag names a port: `PORT`, `API_PORT`, `apiPort`, `--port`,
 * `containerPort`, `port_number`, `dbport` — but not `import`, `report`, `support`, `transport`, `viewport`.
 */
export function isPortName(name: string): boolean {
  // Every word that names a port holds "port" (PORT_WORDS, glued prefixes): most names are out at once.
  if (!/port/i.test(name)) return false;
  // Socket-option constants (IP_BIND_ADDRESS_NO_PORT, SO_REUSEPORT, TCP_…) are option numbers, not ports.
  if (/^(?:IP|IPV6|IPPROTO|SO|SOL|TCP|UDP|AF|PF)_[A-Z0-9_]+$/.test(name)) return false;
  const words = identifierWords(name);
  for (const raw of words) {
    // port1, redis_port2: a trailing index still names a port.
    const w = raw.replace(/\d+$/, '');
    // `--sport`, `dport`: netfilter's source and destination port, alone; `sport_hours` is about sport.
    if (ABBREVIATED.has(w)) {
      if (words.length === 1) return true;
      continue;
    }
    if (PORT_WORDS.has(w)) return true;
    if (w.length > 4 && w.endsWith('port') && GLUED_PREFIXES.has(w.slice(0, -4))) return true;
  }
  return false;
}

/** A decimal port 1-65535 written without sign, leading zeros or fraction; else undefined. */
export function parsePortNumber(text: string): number | undefined {
  if (!/^[1-9]\d{0,4}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 65535 ? n : undefined;
}

export interface PortSpec {
  port: number;
  portEnd?: number;
  protocol?: string;
}

/** `8000`, `3000-3005`, `6060/udp`, `8080-8090/tcp` → the port(s); anything else → undefined. */
export function parsePortSpec(text: string): PortSpec | undefined {
  const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(text.trim());
  if (!m) return undefined;
  const port = parsePortNumber(m[1]!);
  if (port === undefined) return undefined;
  const spec: PortSpec = { port };
  if (m[2] !== undefined) {
    const end = parsePortNumber(m[2]);
    if (end === undefined || end < port) return undefined;
    spec.portEnd = end;
  }
  if (m[3] !== undefined) spec.protocol = m[3].toLowerCase();
  return spec;
}

/**
 * The inside of a string literal as written: strips a Python prefix (r, b, u, f, rb, ...) and one
 * level of matching quotes (', ", `, or Python's triple quotes). Returns the offset of the inside too.
 */
export function stringInside(text: string): { text: string; offset: number } {
  const m = /^([rRbBuUfF]{0,2})('''|"""|'|"|`)/.exec(text);
  if (m) {
    const quote = m[2]!;
    const open = m[0].length;
    if (text.length >= open + quote.length && text.endsWith(quote)) {
      return { text: text.slice(open, text.length - quote.length), offset: open };
    }
  }
  return { text, offset: 0 };
}

/** Strips a string literal's quotes (and Python prefix); other text is returned as is. */
export function unquote(text: string): string {
  return stringInside(text).text;
}

/** One `$VAR` / `${VAR…}` reference found in a string. Offsets are into that string. */
export interface Interpolation {
  start: number;
  end: number;
  variable: string;
  /** `:-`, `-`, `:?`, `?`, `:+`, `+`, `:=`, `=`, or undefined for a plain reference. */
  operator?: string;
  /** The operand after the operator (a default, an error message, an alternative). */
  operand?: { start: number; end: number; text: string };
}

/**
 * Parses the `$…` reference starting at `i` (text[i] === '$'): `$VAR`, `${VAR}`, `${VAR:-default}`,
 * `${VAR-default}`, `${VAR:?err}`, nested `${A:-${B:-8000}}`. Returns undefined for `$$`, `$1`, `$(`.
 */
export function parseReference(text: string, i: number): Interpolation | undefined {
  if (text[i] !== '$') return undefined;
  const next = text[i + 1];
  if (next === '{') {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 2));
    if (!m) return undefined;
    const variable = m[0];
    let j = i + 2 + variable.length;
    if (text[j] === '}') return { start: i, end: j + 1, variable };
    const op = /^(:-|:\?|:\+|:=|-|\?|\+|=)/.exec(text.slice(j))?.[0];
    if (!op) return undefined;
    j += op.length;
    const operandStart = j;
    let depth = 1;
    while (j < text.length) {
      if (text[j] === '$' && text[j + 1] === '{') {
        depth++;
        j += 2;
        continue;
      }
      if (text[j] === '}') {
        depth--;
        if (depth === 0) break;
      }
      j++;
    }
    if (depth !== 0) return undefined;
    return {
      start: i,
      end: j + 1,
      variable,
      operator: op,
      operand: { start: operandStart, end: j, text: text.slice(operandStart, j) },
    };
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i + 1));
  if (!m) return undefined;
  return { start: i, end: i + 1 + m[0].length, variable: m[0] };
}

/** Every `$` reference in `text`, skipping `$$` escapes (compose) and backslash-escaped `\$`. */
export function findReferences(text: string): Interpolation[] {
  const out: Interpolation[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '$') continue;
    if (text[i + 1] === '$') {
      i++;
      continue;
    }
    if (i > 0 && text[i - 1] === '\\') continue;
    const ref = parseReference(text, i);
    if (ref) {
      out.push(ref);
      i = ref.end - 1;
    }
  }
  return out;
}

/** A port expression resolved: a literal, or a variable with (or without) a literal default. */
export interface ResolvedPort {
  /** null when the port comes only from a variable with no default. */
  port: number | null;
  portEnd?: number;
  protocol?: string;
  /** The outermost variable the value is read from. */
  variable?: string;
  /** Offsets (into the expression's text) of the literal, or of the whole reference when port is null. */
  start: number;
  end: number;
}

/**
 * How many `${A:-${B:-…}}` levels (and `/udp` suffixes) an expression may nest: real ones have two or
 * three; a file with thousands (a fuzzer's, or generated) would cost a pass over the rest at each level.
 */
const MAX_NESTING = 64;

/**
 * Resolves a whole expression to a port: `8000`, `3000-3005`, `${API_PORT:-8000}`, `${API_PORT-8000}`,
 * `${A:-${B:-8000}}` (the innermost literal default), `${API_PORT}`, `$API_PORT`, `${API_PORT:?set it}`.
 * Undefined when the text is anything else, or nests deeper than MAX_NESTING. A loop, not recursion: the
 * outermost variable and protocol suffix win over inner ones.
 */
export function resolvePortExpression(text: string, offset = 0): ResolvedPort | undefined {
  let variable: string | undefined;
  let protocol: string | undefined;
  const finish = (r: ResolvedPort): ResolvedPort => {
    if (variable !== undefined) r.variable = variable;
    if (protocol !== undefined) r.protocol = protocol;
    return r;
  };
  let current = text;
  let at = offset;
  for (let level = 0; level <= MAX_NESTING; level++) {
    const trimmedStart = current.length - current.trimStart().length;
    const body = current.trim();
    const base = at + trimmedStart;
    const spec = parsePortSpec(body);
    if (spec) {
      const r: ResolvedPort = { port: spec.port, start: base, end: base + body.replace(/\/\w+$/, '').length };
      if (spec.portEnd !== undefined) r.portEnd = spec.portEnd;
      if (spec.protocol !== undefined) r.protocol = spec.protocol;
      return finish(r);
    }
    const ref = parseReference(body, 0);
    if (!ref || ref.end !== body.length) {
      // `${PORT}/udp`
      const withProto = /^(.*)\/(tcp|udp|sctp)$/i.exec(body);
      if (!withProto) return undefined;
      protocol ??= withProto[2]!.toLowerCase();
      current = withProto[1]!;
      at = base;
      continue;
    }
    const defaulting = ref.operator === ':-' || ref.operator === '-' || ref.operator === ':=' || ref.operator === '=';
    if (defaulting && ref.operand) {
      variable ??= ref.variable;
      current = ref.operand.text;
      at = base + ref.operand.start;
      continue;
    }
    return finish({ port: null, variable: ref.variable, start: base, end: base + body.length });
  }
  return undefined;
}
