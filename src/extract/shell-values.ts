// Reading the port-bearing values command lines carry: `${PORT:-8000}`, `8000,8001`, docker publish
// specs, ssh forwards, `[host]:port` addresses, lsof/fuser/ss/socat address syntaxes. Pure text → parts
// with offsets; shell-argv.ts turns the parts into occurrences.
import { parsePortMapping } from './compose-ports.js';
import { identifierWords, isPortName, resolvePortExpression } from './port-text.js';
import { namesPortQuantity } from './port-values.js';

/** One port found in a value: offsets into the value's text. */
export interface PortPart {
  start: number;
  end: number;
  /** null when only a variable without a default gives the port. */
  port: number | null;
  portEnd?: number;
  protocol?: string;
  variable?: string;
  /** The literal is the default of `${VAR:-N}` (so it is the variable's default, not a fixed port). */
  defaulted?: boolean;
  /** The literal is the default of a positional parameter, `${1:-8000}`. */
  parameter?: boolean;
  host?: string;
  hostIp?: string;
  /** For a host side of a mapping: the port it maps to. */
  target?: number;
  /** The role of this part when a value holds several (`8080:80` → publish-host, publish-container). */
  side?: 'host' | 'container' | 'listen' | 'connect';
}

/**
 * One port expression: `8000`, `8000-8010`, `6060/udp`, `${PORT:-8000}`, `$PORT`, `${1:-8000}`.
 * Undefined for anything else.
 */
export function resolvePort(text: string, offset = 0): PortPart | undefined {
  const r = resolvePortExpression(text, offset);
  if (r) {
    const part: PortPart = { start: r.start, end: r.end, port: r.port };
    if (r.portEnd !== undefined) part.portEnd = r.portEnd;
    if (r.protocol !== undefined) part.protocol = r.protocol;
    if (r.variable !== undefined) {
      part.variable = r.variable;
      if (r.port !== null) part.defaulted = true;
    }
    return part;
  }
  // ${1:-8000}: a script's first argument, defaulting to a literal.
  const m = /^(\s*\$\{(?:\d+|[@*])(?::?[-=]))(.*)\}\s*$/.exec(text);
  if (m) {
    const inner = resolvePort(m[2]!, offset + m[1]!.length);
    if (inner && inner.port !== null) return { ...inner, parameter: true };
  }
  return undefined;
}

/** A port expression or a list of them: `8000`, `8000,8001`, `3000-3005`, `${A:-1},${B:-2}`. */
export function resolvePortList(text: string, offset = 0): PortPart[] {
  const one = resolvePort(text, offset);
  if (one) return [one];
  const pieces = splitTop(text, ',');
  if (pieces.length < 2) return [];
  const parts: PortPart[] = [];
  for (const p of pieces) {
    const r = resolvePort(p.text, offset + p.start);
    // All or nothing: `8000,fast` is not a port list.
    if (!r) return [];
    parts.push(r);
  }
  return parts;
}

export interface Piece {
  text: string;
  start: number;
}

/** Splits on `sep` outside `${…}`, `$(…)` and `[…]` (IPv6 brackets). */
export function splitTop(text: string, sep: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let bracket = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '$' && (text[i + 1] === '{' || text[i + 1] === '(')) {
      depth++;
      i++;
    } else if ((c === '}' || c === ')') && depth > 0) depth--;
    else if (c === '[') bracket++;
    else if (c === ']' && bracket > 0) bracket--;
    else if (c === sep && depth === 0 && bracket === 0) {
      out.push({ text: text.slice(from, i), start: from });
      from = i + 1;
    }
  }
  out.push({ text: text.slice(from), start: from });
  return out;
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

function withHost(part: PortPart, host: string | undefined): PortPart {
  if (host !== undefined && host !== '') part.host = stripBrackets(host);
  return part;
}

/**
 * `[host:]port`, `:port`, `[::]:port`, `0.0.0.0:${PORT:-8000}`, `tcp://0.0.0.0:3000`, and with
 * `bare`, a lone `8000`. A value without a port (`0.0.0.0`, `unix:/run/app.sock`) gives nothing.
 */
export function parseAddress(text: string, bare: boolean): PortPart | undefined {
  // exec form `"-b 0.0.0.0:80"`: the value after the flag keeps its space.
  let at = text.length - text.trimStart().length;
  let body = text.trim();
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(body);
  if (scheme) {
    at += scheme[0].length;
    body = body.slice(scheme[0].length);
  }
  // Drop a path after the authority (`http://0.0.0.0:8000/`).
  const slash = scheme ? body.indexOf('/') : -1;
  if (slash >= 0) body = body.slice(0, slash);
  if (bare && !scheme) {
    const r = resolvePort(body, at);
    if (r) return r;
  }
  const pieces = splitTop(body, ':');
  if (pieces.length !== 2) return undefined;
  const [host, port] = pieces as [Piece, Piece];
  if (!/^(?:\[[0-9A-Fa-f:.]*\]|[A-Za-z0-9_.*-]*|\$\{[^}]*\}|\$[A-Za-z_]\w*)$/.test(host.text)) return undefined;
  const r = resolvePort(port.text, at + port.start);
  if (!r) return undefined;
  return withHost(r, host.text);
}

/**
 * A docker/podman publish spec: `8080:80`, `127.0.0.1:8080:80`, `127.0.0.1::80`, `80`, `8000-8010:8000-8010`,
 * `8080:80/udp`, `${API_PORT:-8000}:8000`, and the long form `published=8080,target=80,protocol=udp`.
 */
export function parsePublish(text: string): PortPart[] {
  if (/(?:^|,)(?:published|target)=/.test(text)) return parseLongPublish(text);
  // The same split as compose's short syntax (docker's nat.ParsePortSpec).
  const m = parsePortMapping(text);
  if (!m) return [];
  const container = resolvePort(m.container.text, m.container.start);
  if (!container) return [];
  container.side = 'container';
  if (m.protocol !== undefined) container.protocol = m.protocol;
  const hostIp = m.hostIp ? stripBrackets(m.hostIp.text) : undefined;
  const out: PortPart[] = [];
  if (m.host && m.host.text !== '') {
    const host = resolvePort(m.host.text, m.host.start);
    if (!host) return [];
    host.side = 'host';
    if (container.port !== null) host.target = container.port;
    if (hostIp !== undefined) host.hostIp = hostIp;
    if (m.protocol !== undefined) host.protocol = m.protocol;
    out.push(host);
  } else if (hostIp !== undefined) container.hostIp = hostIp;
  out.push(container);
  return out;
}

function parseLongPublish(text: string): PortPart[] {
  const fields = new Map<string, Piece>();
  for (const p of splitTop(text, ',')) {
    const eq = p.text.indexOf('=');
    if (eq > 0) fields.set(p.text.slice(0, eq).trim(), { text: p.text.slice(eq + 1), start: p.start + eq + 1 });
  }
  const protocol = fields.get('protocol')?.text.toLowerCase();
  const out: PortPart[] = [];
  const target = fields.get('target');
  const published = fields.get('published');
  const container = target ? resolvePort(target.text, target.start) : undefined;
  if (published) {
    const host = resolvePort(published.text, published.start);
    if (host) {
      host.side = 'host';
      if (container?.port != null) host.target = container.port;
      if (protocol) host.protocol = protocol;
      out.push(host);
    }
  }
  if (container) {
    container.side = 'container';
    if (protocol) container.protocol = protocol;
    out.push(container);
  }
  return out;
}

/**
 * ssh `-L`/`-R` forwards: `[bind:]port:host:hostport` → the forwarding side listens on `port` and
 * connects to `host:hostport`. `[bind:]port:/socket` gives the listening port only.
 */
export function parseForward(text: string): PortPart[] {
  const pieces = splitTop(text, ':');
  let bind: Piece | undefined;
  let listen: Piece;
  let host: Piece | undefined;
  let target: Piece | undefined;
  if (pieces.length === 4) [bind, listen, host, target] = pieces as [Piece, Piece, Piece, Piece];
  else if (pieces.length === 3) [listen, host, target] = pieces as [Piece, Piece, Piece];
  // `port:/remote/socket`, or `bind:port` (-D).
  else if (pieces.length === 2 && pieces[1]!.text.startsWith('/')) listen = pieces[0]!;
  else if (pieces.length === 2) [bind, listen] = pieces as [Piece, Piece];
  else if (pieces.length === 1) listen = pieces[0]!;
  else return [];
  const out: PortPart[] = [];
  const l = resolvePort(listen.text, listen.start);
  if (l) {
    l.side = 'listen';
    if (bind && bind.text !== '') l.hostIp = stripBrackets(bind.text);
    out.push(l);
  }
  if (host && target) {
    const t = resolvePort(target.text, target.start);
    if (t) out.push(withHost({ ...t, side: 'connect' }, host.text));
  }
  return out;
}

/** kubectl port-forward `LOCAL:REMOTE`, `PORT` (both sides), `:REMOTE` (a random local port). */
export function parsePortPair(text: string): PortPart[] {
  const pieces = splitTop(text, ':');
  if (pieces.length === 1) {
    const both = resolvePort(text);
    if (!both) return [];
    both.side = 'host';
    if (both.port !== null) both.target = both.port;
    return [both];
  }
  if (pieces.length !== 2) return [];
  const remote = resolvePort(pieces[1]!.text, pieces[1]!.start);
  if (!remote) return [];
  remote.side = 'container';
  const out: PortPart[] = [];
  if (pieces[0]!.text !== '') {
    const local = resolvePort(pieces[0]!.text, 0);
    if (!local) return [];
    local.side = 'host';
    if (remote.port !== null) local.target = remote.port;
    out.push(local);
  }
  out.push(remote);
  return out;
}

/**
 * lsof `-i` selector: `[46][protocol][@host][:port]` — `:8000`, `tcp:8000`, `TCP@localhost:8000-8010`,
 * and comma lists `:4000,:8080`.
 */
export function parseLsofSelector(text: string): PortPart[] {
  const m = /^([46]?(tcp|udp)?)(?:@(\[[^\]]*\]|[^:]*))?(?::(.+))?$/i.exec(text);
  if (!m || m[4] === undefined) return [];
  const at = text.length - m[4].length;
  // `:4000,:8080` is a list of selectors.
  const list = splitTop(m[4], ',').map((p) => (p.text.startsWith(':') ? { text: p.text.slice(1), start: p.start + 1 } : p));
  const parts: PortPart[] = [];
  for (const piece of list) {
    const r = resolvePort(piece.text, at + piece.start);
    if (!r) return [];
    parts.push(r);
  }
  for (const p of parts) {
    if (m[2]) p.protocol = m[2].toLowerCase();
    withHost(p, m[3]);
  }
  return parts;
}

/**
 * ufw rule words: the first word (`8000`, `8000/tcp`, `6000:6010/udp`, `80,443/tcp`) and the word after
 * each `port` (`allow from 10.0.0.0/8 to any port 8000 proto tcp`).
 */
export function parseUfwRule(text: string): PortPart[] {
  const out: PortPart[] = [];
  const first = /^\S+/.exec(text);
  if (first) out.push(...ufwPorts(first[0], 0));
  const PORT_WORD = /\bport\s+(\S+)/g;
  for (let m = PORT_WORD.exec(text); m; m = PORT_WORD.exec(text)) out.push(...ufwPorts(m[1]!, m.index + m[0].length - m[1]!.length));
  return out;
}

/**
 * netfilter port matches: iptables `--dport 60000:61000`, multiport `--dports 80,443,1000:2000` (a colon
 * range counts from its first port), as ufw writes them.
 */
export function parsePortRanges(text: string): PortPart[] {
  return ufwPorts(text, 0);
}

/** nft `tcp dport { 22, 80, 443 }`, `udp dport 60000-61000`, `th sport != 53`: ports of a dport/sport match. */
const NFT_MATCH = /\b([ds]port)\s+(?:!=\s*|==\s*)?(\{[^}]*\}|[\d$][^\s;]*)/g;

export function parseNftRule(text: string): (PortPart & { name: string })[] {
  const out: (PortPart & { name: string })[] = [];
  NFT_MATCH.lastIndex = 0;
  for (let m = NFT_MATCH.exec(text); m; m = NFT_MATCH.exec(text)) {
    const value = m[2]!;
    const at = m.index + m[0].length - value.length;
    const items = value.startsWith('{') ? [...value.slice(1, -1).matchAll(/[^\s,]+/g)].map((i) => ({ text: i[0], start: 1 + i.index })) : [{ text: value, start: 0 }];
    for (const item of items) {
      const p = resolvePort(item.text, at + item.start);
      if (p) out.push({ ...p, name: m[1]! });
    }
  }
  return out;
}

function ufwPorts(word: string, offset: number): PortPart[] {
  const proto = /\/(tcp|udp)$/i.exec(word);
  const body = proto ? word.slice(0, proto.index) : word;
  const parts: PortPart[] = [];
  for (const piece of splitTop(body, ',')) {
    // ufw writes ranges with a colon: 6000:6010.
    const range = /^(\d+):(\d+)$/.exec(piece.text);
    const r = range ? resolvePort(`${range[1]}-${range[2]}`, offset + piece.start) : resolvePort(piece.text, offset + piece.start);
    if (!r || r.port === null) return [];
    if (range) r.end = r.start + piece.text.length;
    if (proto) r.protocol = proto[1]!.toLowerCase();
    parts.push(r);
  }
  return parts;
}

/** fuser `8000/tcp` (or a bare port when `-n tcp` named the namespace). */
export function parseFuserName(text: string, namespace: boolean): PortPart[] {
  const m = /^([^,/]+)(?:,[^/]*)?\/(tcp|udp)$/i.exec(text);
  if (m) {
    const p = resolvePort(m[1]!);
    if (!p) return [];
    p.protocol = m[2]!.toLowerCase();
    return [p];
  }
  if (!namespace) return [];
  const p = resolvePort(text);
  return p ? [p] : [];
}

const SS_FILTER = /\b([sd]port)\s*(?:==|!=|>=|<=|=|>|<|\beq\b|\bneq?\b|\bge\b|\ble\b|\bgt\b|\blt\b)\s*:?(\$\{[^}]*\}|\$\w+|\d+)/gi;

/** ss filter expressions: `sport = :8000`, `( dport = :5432 or sport eq :6379 )`. */
export function parseSsFilter(text: string): (PortPart & { name: string })[] {
  const out: (PortPart & { name: string })[] = [];
  SS_FILTER.lastIndex = 0;
  for (let m = SS_FILTER.exec(text); m; m = SS_FILTER.exec(text)) {
    const value = m[2]!;
    const p = resolvePort(value, m.index + m[0].length - value.length);
    if (p) out.push({ ...p, name: m[1]!.toLowerCase() });
  }
  return out;
}

/** socat addresses: `TCP-LISTEN:8000,fork`, `TCP4-L:8000`, `UDP-RECVFROM:53`, `TCP:host:80`, `OPENSSL:host:443`. */
export function parseSocatAddress(text: string): PortPart[] {
  const m = /^((?:TCP|UDP|SCTP|OPENSSL|SSL|DTLS)[46]?)(-[A-Z]+)?:/i.exec(text);
  if (!m) return [];
  const mode = (m[2] ?? '').toUpperCase();
  const rest = text.slice(m[0].length);
  const params = rest.split(',')[0]!;
  const protocol = /^UDP/i.test(m[1]!) ? 'udp' : /^SCTP/i.test(m[1]!) ? 'sctp' : 'tcp';
  if (['-LISTEN', '-L', '-RECVFROM', '-RECV'].includes(mode)) {
    const p = resolvePort(params, m[0].length);
    return p ? [{ ...p, side: 'listen', protocol }] : [];
  }
  if (['', '-CONNECT', '-SENDTO', '-DATAGRAM'].includes(mode)) {
    const a = parseAddress(params, false);
    if (!a) return [];
    return [{ ...a, start: a.start + m[0].length, end: a.end + m[0].length, side: 'connect', protocol }];
  }
  return [];
}

/** ssh `-o Port=2222` / `-o "Port 2222"`. */
export function parseSshOption(text: string): PortPart[] {
  const m = /^(\s*port\s*(?:=\s*|\s+))(\S+)\s*$/i.exec(text);
  if (!m) return [];
  const p = resolvePort(m[2]!, m[1]!.length);
  return p ? [p] : [];
}

/** A name bound to a port number: `PORT`, `--http-port`, `server.port` — not `--port-retries`, `PORT_TIMEOUT`. */
export function namesPort(name: string): boolean {
  return isPortName(name) && !namesPortQuantity(name);
}

/** `NAME=value` with a port-ish NAME (env vars, make variables, `-Dserver.port=8080`, helm `--set a.port=80`). */
export interface KeyValuePart extends PortPart {
  key: string;
}

const KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/s;

/** Every port-ish `key=value` in a word (several when comma-joined: `--set a.port=80,b.port=81`). */
export function parseKeyValues(text: string): KeyValuePart[] {
  const one = keyValue(text, 0);
  if (one && one.length > 0) return one;
  const out: KeyValuePart[] = [];
  const pieces = splitTop(text, ',');
  if (pieces.length < 2) return out;
  for (const p of pieces) out.push(...(keyValue(p.text, p.start) ?? []));
  return out;
}

function keyValue(text: string, offset: number): KeyValuePart[] | undefined {
  const m = KEY_VALUE.exec(text);
  if (!m) return undefined;
  const key = m[1]!;
  if (!namesPort(key)) return [];
  const at = offset + key.length + 1;
  return resolvePortList(m[2]!, at).map((p) => ({ ...p, key }));
}

const ADDRESS_WORDS = new Set(['addr', 'address', 'bind', 'listen']);

/** Whether a flag name names a listen/bind address: `--bind`, `--dev-addr`, `--web.listen-address`. */
export function isAddressName(name: string): boolean {
  return identifierWords(name).some((w) => ADDRESS_WORDS.has(w));
}
