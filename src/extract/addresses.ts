// Finds ports in URLs and host:port authorities inside any text (string literals, words, comments).
import { identifierWords, parsePortNumber } from './port-text.js';

export interface AddressMatch {
  /** Offsets of the port digits in the scanned text. */
  start: number;
  end: number;
  port: number;
  host: string;
  /** Set for scheme://… URLs. */
  scheme?: string;
  kind: 'url' | 'address';
}

/** Hosts that make `host:port` an address even without a scheme. */
const LOCAL_HOSTS = new Set(['localhost', 'ip6-localhost', 'host.docker.internal', 'gateway.docker.internal', '*']);

/** Extensions that make `name.ext:12` a source position, not an address. */
const FILE_EXTENSIONS =
  /\.(?:[cm]?[jt]sx?|py|pyi|rb|go|rs|java|kt|c|cc|cpp|h|hpp|cs|php|sh|bash|zsh|ya?ml|json|toml|ini|cfg|conf|md|txt|log|html?|css|scss|vue|svelte|swift|scala|sql|lock|xml|proto|tf|lua|pl|ex|exs|erl|dart|r|jl)$/i;

/** Ports below 1024 that a bare `name:port` (no scheme, no dot) may still be: well-known services. */
const WELL_KNOWN_LOW = new Set([21, 22, 23, 25, 53, 80, 110, 143, 389, 443, 465, 514, 587, 636, 873, 993, 995]);

const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HOSTNAME = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.?$/;
const TEMPLATE_HOST = /^(?:\$\{[^}]+\}|\$[A-Za-z_]\w*|\$\d|\$\([A-Za-z_]\w*\)|\{\{?[^}]+\}?\}|\{[A-Za-z_]\w*\}|%\([a-z_]+\)s|<[a-z_-]+>)$/i;

/** Characters that may end a port inside a URL or authority. */
// An interpolation right after the port ends it too: `http://localhost:3000${path}`, f"…:5432{path}";
// so does the `&` of the next query parameter (`?endpoint=seaweedfs:8333&region=…`).
const AFTER_PORT = /^(?:$|[/?#\s"'`,;)\]}>|\\&]|\.(?:\s|$|["'`)])|\$?\{)/;

function isHost(host: string): boolean {
  return IPV4.test(host) || HOSTNAME.test(host) || TEMPLATE_HOST.test(host) || /^\[[0-9A-Fa-f:.]+\]$/.test(host) || host === '*';
}

/** Every URL port and plausible host:port address in `text`. */
export function scanAddresses(text: string): AddressMatch[] {
  const out: AddressMatch[] = [];
  const taken: [number, number][] = [];
  // Every URL port and authority has a colon before its digits, but for a percent-encoded one (`%3A`),
  // a DNS upstream's `ip#port` and a quoted socket address `('127.0.0.1', 9900)`.
  if (!text.includes(':') && !text.includes('#') && !/%3A/i.test(text)) {
    scanSocketArguments(text, out, taken);
    return out;
  }
  // `kafka-{i}.kafka-headless:9092`, `node-${n}.redis:6379`: a placeholder inside a host name is read as
  // name characters, and the host reported as written.
  const scanned = text.includes('{') || text.includes('$(') ? text.replace(EMBEDDED_PLACEHOLDER, (m) => 'x'.repeat(m.length)) : text;
  scanUrls(scanned, out, taken);
  scanOpaqueUris(scanned, out, taken);
  scanEncodedUrls(scanned, out, taken);
  scanMailTransports(scanned, out, taken);
  scanAuthorities(scanned, out, taken);
  scanHashPorts(scanned, out, taken);
  scanSocketArguments(scanned, out, taken);
  if (scanned !== text) {
    for (const m of out) {
      // The port follows `:` (or an encoded `%3A`) right after the host.
      const hostEnd = m.start - (/^%3a$/i.test(text.slice(m.start - 3, m.start)) ? 3 : 1);
      const written = text.slice(hostEnd - m.host.length, hostEnd);
      if (scanned.slice(hostEnd - m.host.length, hostEnd) === m.host) m.host = written;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * `{i}`, `${n}`, `${___}` glued to host-name characters (a whole-host placeholder is a TEMPLATE_HOST), and
 * Kubernetes' dependent variable `$(RELEASE_NAME)` before them (`$(RELEASE_NAME)-redis-master:6379`).
 */
const EMBEDDED_PLACEHOLDER = /(?<!:\d{1,5})(?<=[A-Za-z0-9_-])\$?\{[A-Za-z_][\w.]*\}|\$?\{[A-Za-z_][\w.]*\}(?=[A-Za-z0-9_-])|\$\([A-Za-z_]\w*\)(?=[A-Za-z0-9_-])/g;

/**
 * Percent-encoded URLs inside query strings and connection URIs: OAuth `redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb`,
 * Airflow `aws://…?endpoint_url=http%3A%2F%2Fminio%3A9000`. `%3A` is `:`, `%2F` `/`, `%40` `@`.
 */
const ENCODED_URL = /\b([A-Za-z][A-Za-z0-9+.-]{1,30})%3A%2F%2F((?:(?!%2F|%3F|%23)[^\s"'`&?#/<>\\;)])+)/gi;

function scanEncodedUrls(text: string, out: AddressMatch[], taken: [number, number][]): void {
  if (!text.includes('%')) return;
  ENCODED_URL.lastIndex = 0;
  for (let m = ENCODED_URL.exec(text); m; m = ENCODED_URL.exec(text)) {
    const authority = m[2]!;
    const authStart = m.index + m[0].length - authority.length;
    const at = authority.toUpperCase().lastIndexOf('%40');
    const hostStart = at >= 0 ? at + 3 : 0;
    const colon = authority.toUpperCase().lastIndexOf('%3A');
    if (colon < hostStart) continue;
    const host = authority.slice(hostStart, colon);
    const portText = authority.slice(colon + 3);
    const port = parsePortNumber(portText);
    if (port === undefined || !isHost(host)) continue;
    const start = authStart + colon + 3;
    taken.push([m.index, m.index + m[0].length]);
    out.push({ start, end: start + portText.length, port, host, scheme: m[1]!.toLowerCase(), kind: 'url' });
  }
}

/**
 * `127.0.0.1#5335`: an IP address and port as dnsmasq (`server=/lan/10.0.0.1#5353`), Pi-hole
 * (`PIHOLE_DNS_`) and Unbound's `forward-addr` write a DNS upstream.
 */
const HASH_PORT = /(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})#(\d{1,5})(?![\w.])/g;

function scanHashPorts(text: string, out: AddressMatch[], taken: [number, number][]): void {
  if (!text.includes('#')) return;
  HASH_PORT.lastIndex = 0;
  for (let m = HASH_PORT.exec(text); m; m = HASH_PORT.exec(text)) {
    const host = m[1]!;
    const port = parsePortNumber(m[2]!);
    const end = m.index + m[0].length;
    if (port === undefined || !IPV4.test(host) || taken.some(([a, b]) => m!.index < b && end > a)) continue;
    out.push({ start: end - m[2]!.length, end, port, host, kind: 'address' });
  }
}

/**
 * A host string and a port number opening a parenthesised list: a Python socket address
 * `('127.0.0.1', 9900)` or call `HTTPConnection("localhost", 8000)`, as code quoted in a string
 * (`python -c "import socket; socket.create_connection(('127.0.0.1', 9900), 2)"` in a health check).
 */
const SOCKET_ARGUMENTS = /\(\s*(['"])([^'"\s]+)\1\s*,\s*(\d{1,5})\s*(?=[,)])/g;

/**
 * Hosts that make such a pair an address: IPs, localhost, and domain names with a port past the
 * well-known range or a well-known one — not `("width", 1920)`, `open(("config.json", 2))`.
 */
function socketHost(host: string, port: number): boolean {
  if (IPV4.test(host) || host === 'localhost' || host === '::1' || host === '::') return true;
  if (FILE_EXTENSIONS.test(host) || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(host)) return false;
  return port >= 1024 || WELL_KNOWN_LOW.has(port);
}

function scanSocketArguments(text: string, out: AddressMatch[], taken: [number, number][]): void {
  if (!text.includes('(')) return;
  SOCKET_ARGUMENTS.lastIndex = 0;
  for (let m = SOCKET_ARGUMENTS.exec(text); m; m = SOCKET_ARGUMENTS.exec(text)) {
    const host = m[2]!;
    const port = parsePortNumber(m[3]!);
    const end = m.index + m[0].length;
    if (port === undefined || !socketHost(host, port) || taken.some(([a, b]) => m!.index < b && end > a)) continue;
    out.push({ start: end - m[3]!.length, end, port, host, kind: 'address' });
  }
}

const URL_START = /\b([A-Za-z][A-Za-z0-9+.-]{1,30}):\/\//g;

function scanUrls(text: string, out: AddressMatch[], taken: [number, number][]): void {
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    const scheme = m[1]!.toLowerCase();
    const authStart = m.index + m[0].length;
    let authEnd = authStart;
    // `;` and `)` end it too: nginx `proxy_pass http://127.0.0.1:8005;`, prose `(see http://localhost:8000)`.
    while (authEnd < text.length && !/[/?#\s"'`<>\\;)]/.test(text[authEnd]!)) {
      // `localhost:3000${path}`: an interpolation glued to the port starts the path.
      if (/^\$?\{/.test(text.slice(authEnd, authEnd + 2)) && /:\d{1,5}$/.test(text.slice(authStart, authEnd))) break;
      // A list of URLs (`PLAINTEXT://:9092,CONTROLLER://:9093`, CORS origins): the next one starts here.
      if (text[authEnd] === ',' && /^,[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\//.test(text.slice(authEnd, authEnd + 40))) break;
      authEnd++;
    }
    // A `${VAR}` host contains `/`-free braces; keep them whole. Sentence punctuation after a URL in
    // prose ("see http://localhost:8000.") is not part of it.
    const authority = text.slice(authStart, authEnd).replace(/[.,!:]+$/, '');
    taken.push([m.index, authEnd]);
    const at = authority.lastIndexOf('@');
    const hostsStart = at >= 0 ? at + 1 : 0;
    // mongodb://h1:27017,h2:27018 — several hosts.
    let partStart = hostsStart;
    for (const part of authority.slice(hostsStart).split(',')) {
      const hp = splitHostPort(part);
      // An empty host listens on every interface: Kafka's `PLAINTEXT://:9092,CONTROLLER://:9093`.
      if (hp && hp.port !== undefined && (isHost(hp.host) || hp.host === '')) {
        const start = authStart + partStart + hp.portOffset;
        const trailing = text.slice(start + hp.portText.length);
        if (AFTER_PORT.test(trailing) || /^[),;\]]/.test(trailing) || trailing === '') {
          out.push({ start, end: start + hp.portText.length, port: hp.port, host: stripBrackets(hp.host), scheme, kind: 'url' });
        }
      }
      partStart += part.length + 1;
    }
    URL_START.lastIndex = Math.max(authEnd, m.index + m[0].length);
  }
}

interface HostPort {
  host: string;
  port?: number;
  portText: string;
  portOffset: number;
}

function splitHostPort(part: string): HostPort | undefined {
  if (part.startsWith('[')) {
    const close = part.indexOf(']');
    if (close < 0) return undefined;
    const host = part.slice(0, close + 1);
    const rest = part.slice(close + 1);
    if (!rest.startsWith(':')) return { host, portText: '', portOffset: part.length };
    const portText = rest.slice(1);
    const port = parsePortNumber(portText);
    return port === undefined ? undefined : { host, port, portText, portOffset: close + 2 };
  }
  const colon = part.lastIndexOf(':');
  if (colon < 0) return { host: part, portText: '', portOffset: part.length };
  const host = part.slice(0, colon);
  const portText = part.slice(colon + 1);
  const port = parsePortNumber(portText);
  if (port === undefined) return undefined;
  return { host, port, portText, portOffset: colon + 1 };
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/**
 * URIs whose scheme is followed by the host without `//`: WebRTC's `stun:`/`turn:` (RFC 7064/7065),
 * SIP's `sip:user@host:5060`, and wait-on/socat style `tcp:host:5432`.
 */
const OPAQUE_URI = /\b(stuns?|turns?|sips?|tcp|udp|tcp4|tcp6|udp4|udp6):(?:[^@\s"'`:]+@)?(\[[0-9A-Fa-f:.]+\]|\$\{[^}]+\}|[A-Za-z0-9_.-]+):(\d{1,5})(?!\d)/gi;

function scanOpaqueUris(text: string, out: AddressMatch[], taken: [number, number][]): void {
  OPAQUE_URI.lastIndex = 0;
  for (let m = OPAQUE_URI.exec(text); m; m = OPAQUE_URI.exec(text)) {
    const end = m.index + m[0].length;
    if (taken.some(([a, b]) => m!.index < b && end > a)) continue;
    const port = parsePortNumber(m[3]!);
    const after = text.slice(end);
    if (port === undefined || !(AFTER_PORT.test(after) || after.startsWith('?') || after.startsWith(';'))) continue;
    taken.push([m.index, end]);
    out.push({ start: end - m[3]!.length, end, port, host: stripBrackets(m[2]!), scheme: m[1]!.toLowerCase(), kind: 'url' });
  }
}

/** A host in a mail transport or socket address: `[bracketed]`, IPv4, a name, or a `${VAR}`. */
const MAIL_HOST = String.raw`\[[A-Za-z0-9_.:-]+\]|(?:\d{1,3}\.){3}\d{1,3}|\$\{[A-Za-z_]\w*\}|[A-Za-z_][A-Za-z0-9_.-]*`;

/**
 * Mail-server socket and transport addresses, whose colons chain: Postfix/Dovecot/milter `inet:HOST:PORT`
 * (`lmtp:inet:dovecot:24`, `smtpd_milters = inet:127.0.0.1:11332`), sendmail-style milter sockets
 * `inet:PORT@HOST` (OpenDKIM `Socket inet:8891@localhost`), transports `smtp:HOST:PORT` and
 * `smtp:[relay.example.com]:587`, and a bracketed host (no MX lookup) `relayhost = [mail.example.com]:465`.
 */
const MAIL_TRANSPORT = new RegExp(
  String.raw`(?<![\w.-])(?:(inet6?):(?:(\d{1,5})@(${MAIL_HOST})|(${MAIL_HOST}):(\d{1,5}))|(?:lmtps?|smtps?|relay):(${MAIL_HOST}):(\d{1,5})|(\[[A-Za-z0-9_.:-]+\]):(\d{1,5}))`,
  'g',
);

function scanMailTransports(text: string, out: AddressMatch[], taken: [number, number][]): void {
  if (!/inet6?:|(?:lmtps?|smtps?|relay):|\]:\d/.test(text)) return;
  MAIL_TRANSPORT.lastIndex = 0;
  for (let m = MAIL_TRANSPORT.exec(text); m; m = MAIL_TRANSPORT.exec(text)) {
    const end = m.index + m[0].length;
    const after = text.slice(end);
    // `inet:8891@localhost`: the port comes first, the host after it.
    const portFirst = m[2] !== undefined;
    const host = (portFirst ? m[3] : (m[4] ?? m[6] ?? m[8]))!;
    const portText = (portFirst ? m[2] : (m[5] ?? m[7] ?? m[9]))!;
    const port = parsePortNumber(portText);
    if (port === undefined || taken.some(([a, b]) => m!.index < b && end > a)) continue;
    if (!portFirst && (/^[:\w-]/.test(after) || /^\.\d/.test(after) || !AFTER_PORT.test(after))) continue;
    // `inet:8891@localhost` ends at its host (not `inet:1@a:b`, a user or a path).
    if (portFirst && /^[:@]/.test(after)) continue;
    // `smtp:mail:25`, `lmtp:dovecot:24`: a one-word relay host takes a mail port or one past the well-known range.
    if (m[6] !== undefined && !m[6].includes('.') && !m[6].startsWith('$') && !(port >= 1024 || WELL_KNOWN_LOW.has(port) || port === 24)) continue;
    // A bare `[name]:port` is a mail relay only when the brackets hold an address or a domain name
    // (`[smtp.gmail.com]:587`, `[10.0.0.5]:25`), not an index or a tag (`[0]:1`, `[warn]:3`).
    if (m[8] !== undefined && !/^\[(?:localhost|[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.[A-Za-z][A-Za-z0-9-]*|(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)\]$/.test(m[8])) continue;
    if (!isHost(host) && !/^\[[A-Za-z0-9_.-]+\]$/.test(host)) continue;
    const start = portFirst ? m.index + m[1]!.length + 1 : end - portText.length;
    taken.push([m.index, end]);
    out.push({ start, end: start + portText.length, port, host: stripBrackets(host), kind: 'address' });
  }
}

// host:port without a scheme: [ipv6]:port, ipv4:port, name:port, and a host held in a variable:
// `${HOST}:port`, shell `$head_node:29400`, Prometheus relabeling's `${1}:9102` / `$1:9102`, Kubernetes'
// `$(KAFKA_HOST):9092`.
const AUTHORITY =
  /(\[[0-9A-Fa-f:.]+\]|(?:\d{1,3}\.){3}\d{1,3}|\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-[^}]*)?\}|\$\{\d+\}|\$\d|\$[A-Za-z_][A-Za-z0-9_]*|\$\([A-Za-z_][A-Za-z0-9_]*\)|[A-Za-z_*][A-Za-z0-9_.-]*):(\d{1,5})(?![\d])/g;

function scanAuthorities(text: string, out: AddressMatch[], taken: [number, number][]): void {
  AUTHORITY.lastIndex = 0;
  for (let m = AUTHORITY.exec(text); m; m = AUTHORITY.exec(text)) {
    const start = m.index;
    const host = m[1]!;
    const portText = m[2]!;
    const portStart = start + host.length + 1;
    const portEnd = portStart + portText.length;
    AUTHORITY.lastIndex = portEnd;
    if (taken.some(([a, b]) => start < b && portEnd > a)) continue;
    const port = parsePortNumber(portText);
    if (port === undefined) continue;
    const before = start > 0 ? text[start - 1]! : '';
    // Token boundary before: `user@host:22`, `--bind=0.0.0.0:80`, `"localhost:8000"`, `(host:port`.
    if (before && !/[\s"'`=(,@[{<>|;]/.test(before) && !(before === '/' && text[start - 2] === '/')) continue;
    const after = text.slice(portEnd);
    // `file.js:3:29`, `10:30:00`, `node:20-alpine`, `python:3.11`, `a:1:b`.
    if (/^[:\w-]/.test(after) || /^\.\d/.test(after)) continue;
    if (!AFTER_PORT.test(after)) continue;
    if (!plausibleAuthority(host, port)) continue;
    if (!hostInContext(host, text, start)) continue;
    out.push({ start: portStart, end: portEnd, port, host: stripBrackets(host), kind: 'address' });
  }
}

function plausibleAuthority(host: string, port: number): boolean {
  const lower = host.toLowerCase();
  if (host.startsWith('[')) return true;
  if (IPV4.test(host)) return true;
  if (host.startsWith('$')) return plausibleVariableHost(host, port);
  if (LOCAL_HOSTS.has(lower)) return true;
  if (FILE_EXTENSIONS.test(host)) return false;
  if (!HOSTNAME.test(host) || /^\d/.test(host)) return false;
  // A name with a dot is a domain (api.example.com:8443); a single word (redis:6379) could be an
  // image tag (postgres:15, node:20), so only ports past the well-known range or well-known ones count.
  if (host.includes('.')) return /[A-Za-z]/.test(host.split('.').pop() ?? '');
  // Service names carry short indices (db1, kafka-0); a run of digits means an identifier (iso_8859-2:1987).
  if (/\d{3}/.test(host)) return false;
  // Host names are written in lower case; an upper-case word is a code or a namespace (EPSG:3857, ISO:8601).
  if (/^[A-Z][A-Z0-9_]+$/.test(host)) return false;
  return port >= 1024 || WELL_KNOWN_LOW.has(port);
}

/**
 * Last words of a name that make `name:NNNN` a field and its value, not a host and its port: search syntax
 * (`created:2020 OR title:2019`), counters and ids in logs and traces (`process.pid:22217`,
 * `thoughts_token_count:1104`), key specs (`openssl req -newkey rsa:2048`).
 */
const FIELD_WORDS = new Set([
  'pid', 'ppid', 'tid', 'uid', 'gid', 'id', 'ids', 'count', 'counts', 'total', 'sum', 'size', 'len', 'length',
  'year', 'years', 'month', 'day', 'date', 'time', 'timestamp', 'ts', 'created', 'updated', 'modified', 'deleted',
  'title', 'version', 'ver', 'line', 'lineno', 'col', 'column', 'offset', 'index', 'idx', 'seq', 'page', 'limit',
  'tokens', 'token', 'bits', 'rsa', 'dsa', 'ecdsa', 'sha', 'sha1', 'sha256', 'md5', 'priority', 'weight', 'score',
  'rank', 'level', 'status', 'code', 'errno', 'exit', 'ms', 'seconds', 'secs', 'sec', 'bytes', 'kb', 'mb',
]);

/** First labels of a dotted name that make it a member expression in code or a log, not a domain: `process.pid:22217`. */
const CODE_OBJECTS = new Set([
  'process', 'self', 'this', 'window', 'globalthis', 'document', 'navigator', 'os', 'sys', 'math', 'console',
  'json', 'event', 'evt', 'err', 'error', 'exc', 'ctx', 'req', 'res', 'request', 'response', 'args', 'argv',
  'kwargs', 'opts', 'options', 'props', 'state', 'record', 'row', 'obj', 'item', 'result', 'usage', 'stats',
]);

/** Words of a key or flag whose value is an address: `--rpc-host=taskbroker:50051`, `KAFKA_ADDR=kafka:9092`. */
const ADDRESS_KEY_WORDS = new Set([
  'addr', 'address', 'addresses', 'bind', 'listen', 'host', 'hosts', 'hostname', 'server', 'servers', 'broker',
  'brokers', 'endpoint', 'endpoints', 'url', 'uri', 'upstream', 'target', 'targets', 'connect', 'peer', 'peers',
  'seed', 'seeds', 'node', 'nodes', 'cluster', 'proxy', 'backend', 'sentinel', 'sentinels', 'dsn', 'master',
  'bootstrap', 'voters', 'location', 'redis', 'kafka', 'socket', 'connected', 'connecting', 'connection',
]);

/** socat address types, whose `TCP-LISTEN:7000`, `UDP-RECV:5140` is a port after an upper-case word. */
const SOCAT_ADDRESS = /^(?:TCP|UDP|SCTP|DCCP)[46]?(?:-(?:LISTEN|RECV|RECVFROM|SENDTO|CONNECT|DATAGRAM))?$/i;

/**
 * Whether `host` (already a plausible host name) is a host where it stands in `text` (issue 12 item 2):
 * localhost, an IP, a variable or a domain name always; a name whose last word names a field (`created`,
 * `pid`, `token_count`) or a dotted code member (`process.pid`) never; a one-word name (a compose service,
 * `redis:6379`) when it stands as an item of its own — the whole text, a list item, a quoted or bracketed
 * item, a `user@`/`id@` authority — or as the value of a key or flag naming an address
 * (`--rpc-host=taskbroker:50051`, `--broker kafka:9092`). A one-word `name:NNNN` among other words
 * (search syntax, log lines, prose) is not an address. Which names a repository declares as compose
 * services is not known here: the scan reads one file at a time.
 */
function hostInContext(host: string, text: string, start: number): boolean {
  if (host.startsWith('[') || IPV4.test(host) || host.startsWith('$') || LOCAL_HOSTS.has(host.toLowerCase())) return true;
  if (SOCAT_ADDRESS.test(host)) return true;
  const labels = host.replace(/\.$/, '').split('.');
  const words = identifierWords(labels[labels.length - 1]!);
  if (FIELD_WORDS.has(words[words.length - 1] ?? '')) return false;
  if (labels.length > 1) return !CODE_OBJECTS.has(labels[0]!.toLowerCase());
  const before = text.slice(Math.max(0, start - 80), start);
  if (start === 0 || /["'`([{,;@|>]\s*$/.test(before)) return true;
  // The value of a URL query parameter: `?endpoint=seaweedfs:8333&…`, `&datasource=prometheus:9090`.
  if (/[?&][\w.-]+=$/.test(before)) return true;
  // `KEY=host:port`, `--flag=host:port`, `--flag host:port`, help text `broker list, e.g. kafka:29092`: a
  // key, flag or one of the few words before names an address.
  return identifierWords(before).slice(-6).some((w) => ADDRESS_KEY_WORDS.has(w));
}

/** Words of a variable that make it a user or group id, not a host: `$UID:1000`, `${USER}:2000` (chown, `--user`). */
const ID_WORDS = new Set(['uid', 'gid', 'puid', 'pgid', 'user', 'group', 'owner', 'id']);

/**
 * A host held in a variable says nothing about what follows its colon: `${HOST}:8080` is an address,
 * `"$h:30"` and `${HOUR}:45` times, `$UID:1000` an owner. A port past the well-known range (or a
 * well-known one) makes it an address, as for a computed `$(hostname -f):8265` host.
 */
function plausibleVariableHost(host: string, port: number): boolean {
  const name = /[A-Za-z_][A-Za-z0-9_]*/.exec(host)?.[0];
  if (name !== undefined && identifierWords(name).some((w) => ID_WORDS.has(w))) return false;
  return port >= 1024 || WELL_KNOWN_LOW.has(port);
}
