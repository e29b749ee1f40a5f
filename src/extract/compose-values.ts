// Values as compose, CI YAML and .env files write them: ports behind port-ish names, `${VAR:-8000}`
// interpolation defaults, URLs and host:port in any value, and image references with a registry port.
import type { OccurrenceKind } from '../types.js';
import { OccurrenceSet, scanText } from './generic.js';
import { findReferences, identifierWords, isPortName, parsePortNumber, parsePortSpec, resolvePortExpression, type Interpolation } from './port-text.js';
import { namesPortQuantity } from './port-values.js';
import { extractOptionValue } from './shell.js';
import { isAddressName } from './shell-values.js';
import { MappedText } from './shell-words.js';
import { OffsetMap, type OccurrenceInit } from './source.js';

/** A piece of decoded text and where its characters sit in the file. */
export interface DecodedText {
  text: string;
  map: OffsetMap;
}

/** The piece [start, end) of a decoded text, with its own map. */
export function subText(out: OccurrenceSet, t: DecodedText, start: number, end: number): DecodedText {
  const text = t.text.slice(start, end);
  const [from, to] = t.map.span(start, end);
  const raw = out.src.text.slice(from, to);
  return { text, map: raw === text ? OffsetMap.identity(text.length, from) : new OffsetMap(text, raw, from) };
}

/** Env-var-shaped names (`API_PORT`) bind environment variables; others (`port`, `containerPort`) are keys. */
export function kindForName(name: string): OccurrenceKind {
  return /^[A-Z][A-Z0-9_]*$/.test(name) ? 'env-assign' : 'property';
}

/**
 * A value bound to a port-ish name: `8000`, `"8000"`, `3000-3005`, `6060/udp`, `${X:-8000}` (env-default
 * of X), `${X}` (port null, variable X), or a list `8000,8001` / `8000 8001`. Returns false when the
 * value is none of these (a URL, a host:port), so the caller scans it as text instead.
 */
export function addPortValue(out: OccurrenceSet, t: DecodedText, name: string, kind: OccurrenceKind): boolean {
  const r = resolvePortExpression(t.text);
  if (r) {
    const init: OccurrenceInit = { kind: r.variable !== undefined && r.port !== null ? 'env-default' : kind, port: r.port, name };
    if (r.portEnd !== undefined) init.portEnd = r.portEnd;
    if (r.protocol !== undefined) init.protocol = r.protocol;
    if (r.variable !== undefined) init.variable = r.variable;
    const [start, end] = t.map.span(r.start, r.end);
    out.add(start, end, init);
    return true;
  }
  // ALLOWED_PORTS=80,443   ports: "8000 8001"
  const items = [...t.text.matchAll(/[^\s,]+/g)];
  if (items.length < 2) return false;
  const specs = items.map((m) => parsePortSpec(m[0]));
  if (specs.some((s) => s === undefined)) return false;
  items.forEach((m, i) => {
    const spec = specs[i]!;
    const init: OccurrenceInit = { kind, port: spec.port, name };
    if (spec.portEnd !== undefined) init.portEnd = spec.portEnd;
    if (spec.protocol !== undefined) init.protocol = spec.protocol;
    const digits = m[0].replace(/\/\w+$/, '');
    const [start, end] = t.map.span(m.index, m.index + digits.length);
    out.add(start, end, init);
  });
  return true;
}

/** `":80"`, `":8883/tcp"`, `":53/udp"`: a listen address without a host (every interface), as Go servers, Traefik and Caddy write it. */
const HOSTLESS_ADDRESS = /^\s*:(\d{1,5})(?:\/(tcp|udp|sctp))?\s*$/i;

/**
 * A host-less listen address bound to a key or variable that names an address (`address: ":443"`,
 * `LISTEN_ADDR=:80`, `bind_addr: ":8883/tcp"`). The name makes even a low port one: alone, `":80"` could
 * be anything, so generic string scanning only takes `:8080`-style ports past the well-known range.
 */
export function addHostlessAddress(out: OccurrenceSet, t: DecodedText, name: string): boolean {
  // `SENTRY_BIND=9000`, `LISTEN=8080`: a bind or listen setting takes a port alone as well as IP:PORT.
  const m = HOSTLESS_ADDRESS.exec(t.text) ?? (namesBind(name) ? BARE_PORT.exec(t.text) : null);
  const port = m ? parsePortNumber(m[1]!) : undefined;
  // `listen_timeout: ":30"` names a quantity about an address, not one.
  if (!m || port === undefined || namesPortQuantity(name)) return false;
  const at = m.index + m[0].indexOf(m[1]!, m[0].indexOf(':') + 1);
  const [start, end] = t.map.span(at, at + m[1]!.length);
  const init: OccurrenceInit = { kind: 'listen', port, name, host: '' };
  if (m[2] !== undefined) init.protocol = m[2].toLowerCase();
  out.add(start, end, init);
  return true;
}

const DEFAULTING = new Set([':-', '-', ':=', '=']);

/** A value that is only a port number: what a bind or listen setting (`SENTRY_BIND=9000`) takes alone. */
const BARE_PORT = /^\s*(\d{1,5})\s*$/;

/** `SENTRY_BIND`, `HTTP_LISTEN` — not `LISTEN_BACKLOG` or `BIND_TIMEOUT`, settings about the address. */
function namesBind(name: string): boolean {
  const last = identifierWords(name).pop();
  return last === 'bind' || last === 'listen';
}

/** `scheme://[user@]host:` or `host:` (or a bare `:`) right before an interpolation: it sits where a port goes. */
const AUTHORITY_BEFORE = /(?:^|[\s"'`=(,@[{<>|;])(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^\s/@]*@)?)?(\[[0-9A-Fa-f:.]+\]|\$\{[^}]*\}|[A-Za-z0-9_.*-]*):$/;

/**
 * Ports in a value with compose / shell interpolation: a literal default of `${PORT:-8000}` (env-default
 * when the variable is port-ish or the reference sits in a URL's port position), URLs and host:port in
 * the text and inside other defaults (`${REDIS_URL:-redis://redis:6379}`). `$$` is compose's escape.
 */
export function scanValue(out: OccurrenceSet, t: DecodedText): void {
  if (t.text.includes('{{')) scanTemplatePorts(out, t);
  for (const ref of findReferences(t.text)) scanReference(out, t, ref);
  scanText(out, t.text, t.map);
}

/**
 * Ports named inside template expressions of YAML values: GitHub Actions' mapped service port
 * `${{ job.services.postgres.ports[5432] }}` (the container port whose host port it reads), and
 * caddy-docker-proxy's `caddy.reverse_proxy: "{{upstreams 8080}}"` (the container port it proxies to).
 */
function scanTemplatePorts(out: OccurrenceSet, t: DecodedText): void {
  for (const re of [SERVICE_PORT_EXPRESSION, CADDY_UPSTREAMS]) {
    re.lastIndex = 0;
    for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
      const port = parsePortNumber(m[2]!);
      if (port === undefined) continue;
      const [start, end] = t.map.span(...m.indices![2]!);
      const init: OccurrenceInit = { kind: 'connect', port };
      if (re === SERVICE_PORT_EXPRESSION) init.host = m[1]!;
      else if (m[1] !== undefined) init.scheme = m[1].toLowerCase();
      out.add(start, end, init);
    }
  }
}

const SERVICE_PORT_EXPRESSION = /\$\{\{[^}]*?\bservices\.([\w-]+)\.ports\[\s*['"]?(\d{1,5})['"]?\s*\][^}]*\}\}/dg;
const CADDY_UPSTREAMS = /\{\{\s*upstreams\s+(?:(https?|h2c)\s+)?(\d{1,5})\s*\}\}/dg;

function scanReference(out: OccurrenceSet, t: DecodedText, ref: Interpolation): void {
  if (!ref.operand || !ref.operator || !DEFAULTING.has(ref.operator)) return;
  const operand = ref.operand;
  const r = resolvePortExpression(operand.text);
  if (!r || r.port === null) {
    scanValue(out, subText(out, t, operand.start, operand.end));
    return;
  }
  const authority = AUTHORITY_BEFORE.exec(t.text.slice(0, ref.start));
  const init: OccurrenceInit = { kind: 'env-default', port: r.port, variable: ref.variable };
  if (authority && (authority[1] !== undefined || isPortName(ref.variable) || plausibleBareHost(authority[2]!))) {
    const host = authority[2]!.replace(/^\[(.*)\]$/, '$1');
    init.kind = authority[1] !== undefined ? 'url' : 'address';
    init.host = host;
    if (authority[1] !== undefined) init.scheme = authority[1].toLowerCase();
  } else if (!isPortName(ref.variable)) {
    return;
  }
  if (r.portEnd !== undefined) init.portEnd = r.portEnd;
  const [start, end] = t.map.span(operand.start + r.start, operand.start + r.end);
  out.add(start, end, init);
}

/** `localhost:${X:-8000}`, `0.0.0.0:${X:-8000}`, `:${X:-8000}` — but not `node:${TAG:-20}`. */
function plausibleBareHost(host: string): boolean {
  return host === '' || host === 'localhost' || host === '*' || /^[\d.]+$/.test(host) || host.startsWith('${') || host.includes(':');
}

/**
 * An env assignment `NAME=value` (compose `environment:`, `build.args`, labels, .env files): a port
 * when the name is port-ish and the value a port expression, else the value is scanned as text.
 */
export function addAssignment(out: OccurrenceSet, name: string, value: DecodedText, kind: OccurrenceKind): void {
  if (isPortName(name) && addPortValue(out, value, name, kind)) return;
  if (isAddressName(name) && addHostlessAddress(out, value, name)) return;
  // NODE_OPTIONS=--inspect=0.0.0.0:9229, JAVA_OPTS=-Dserver.port=8080: flags, read as a command line reads them.
  extractOptionValue(out, name, MappedText.fromFunction(value.text, (i) => value.map.at(i)));
  scanValue(out, value);
}

/**
 * An image reference `[registry[:port]/]repository[:tag][@digest]`. The tag is never a port
 * (`postgres:15`, `node:20-alpine`, `app:8080`); a registry's port is one — the repository is pulled
 * from a network service listening there (`localhost:5000/app`, `registry.example.com:5000/app:1.2`),
 * recorded as an address on the registry host. A first component with a `:` is always a registry
 * (repository names cannot hold one), as Docker's reference grammar decides.
 */
export function addImageReference(out: OccurrenceSet, t: DecodedText): void {
  const lead = t.text.length - t.text.trimStart().length;
  const slash = t.text.indexOf('/', lead);
  if (slash > lead) addRegistry(out, t, lead, slash);
}

/** The registry component [from, to) of an image reference: `host:port`, or `${REGISTRY:-host:port}`. */
function addRegistry(out: OccurrenceSet, t: DecodedText, from: number, to: number): void {
  const first = t.text.slice(from, to);
  const refs = findReferences(first);
  const whole = refs.length === 1 && refs[0]!.start === 0 && refs[0]!.end === first.length ? refs[0]! : undefined;
  if (whole) {
    if (whole.operand && DEFAULTING.has(whole.operator ?? '')) addRegistry(out, t, from + whole.operand.start, from + whole.operand.end);
    return;
  }
  const colon = first.startsWith('[') ? first.indexOf(':', first.indexOf(']')) : lastTopLevelColon(first);
  if (colon <= 0) return;
  const host = first.slice(0, colon);
  const r = resolvePortExpression(first.slice(colon + 1));
  if (!r || r.port === null || r.portEnd !== undefined || r.protocol !== undefined) return;
  const base = from + colon + 1;
  const [start, end] = t.map.span(base + r.start, base + r.end);
  const init: OccurrenceInit = { kind: 'address', port: r.port, host: host.replace(/^\[(.*)\]$/, '$1') };
  if (r.variable !== undefined) init.variable = r.variable;
  out.add(start, end, init);
}

/** The last `:` outside `${…}` in a registry host (`${HOST}:5000` → the one before 5000). */
function lastTopLevelColon(text: string): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}' && depth > 0) depth--;
    else if (text[i] === ':' && depth === 0) last = i;
  }
  return last;
}

/** `port 7000` (redis.conf), `port=7000` (.ini, .properties), `http.port: 9200`, `listen_port = "8080";`. */
const CONFIG_LINE = /^[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?:[=:][ \t]*|[ \t])["']?(\d{1,5})["']?[ \t]*;?[ \t]*$/gm;

/**
 * A config file embedded as a string (a ConfigMap's `redis.conf: |`, `app.properties: |`): lines
 * binding a port-ish name to a number, then URLs and host:port anywhere in it.
 */
export function addConfigText(out: OccurrenceSet, t: DecodedText): void {
  CONFIG_LINE.lastIndex = 0;
  for (let m = CONFIG_LINE.exec(t.text); m; m = CONFIG_LINE.exec(t.text)) {
    const name = m[1]!;
    const port = isPortName(name) ? parsePortSpec(m[2]!)?.port : undefined;
    if (port === undefined) continue;
    const at = m.index + m[0].indexOf(m[2]!, name.length);
    const [start, end] = t.map.span(at, at + m[2]!.length);
    out.add(start, end, { kind: kindForName(name), port, name });
  }
  scanConfigPairs(out, t);
  scanValue(out, t);
}

/** `port_value: 8083`, `- port: 8094`, `"grpcPort": 8097,` — a whole YAML or JSON line binding a key to a number. */
const PAIR_LINE = /^[ \t]*(?:-[ \t]+)?(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*:[ \t]*(["']?)(\d{1,5})\3[ \t]*,?[ \t]*(?:#.*)?$/dgm;

/** `{ address: 0.0.0.0, port_value: 8084 }`, `{"port": 8080, …}` — an entry of a flow map or JSON object. */
const FLOW_PAIR = /[{,][ \t]*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*:[ \t]*(["']?)(\d{1,5})\3[ \t]*(?=[,}])/dg;

/**
 * Config held in a multi-line string that is not parsed as a file of its own (an envoy, Prometheus or
 * app config under a key that does not name a .yaml/.json file, or one that does not parse): YAML and
 * JSON `key: value` lines and flow-map entries whose key names a port (not a quantity: `port_timeout: 30`).
 */
export function scanConfigPairs(out: OccurrenceSet, t: DecodedText): void {
  for (const re of [PAIR_LINE, FLOW_PAIR]) {
    re.lastIndex = 0;
    for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
      const name = m[2]!;
      const digits = m[4]!;
      const port = parsePortNumber(digits);
      if (port === undefined || !isPortName(name) || namesPortQuantity(name)) continue;
      const [start, end] = t.map.span(...m.indices![4]!);
      out.add(start, end, { kind: kindForName(name), port, name });
    }
  }
}
