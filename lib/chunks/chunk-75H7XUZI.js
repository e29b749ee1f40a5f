import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  GENERATED_MARKER,
  __require,
  __toESM,
  describeFsError,
  isGeneratedFile,
  packagePath,
  require_dist,
  require_picomatch,
  suggest
} from "./chunk-K7G5YRCE.js";

// src/util/budget.ts
var FileBudgetExceeded = class extends Error {
  constructor(ms) {
    super(`extraction took longer than ${ms / 1e3} s`);
    this.ms = ms;
    this.name = "FileBudgetExceeded";
  }
  ms;
};
function fileTimeBudgetMs() {
  const s = Number(process.env.PORT_LINT_FILE_TIMEOUT);
  return Number.isFinite(s) && s > 0 ? s * 1e3 : 6e4;
}
var deadline = Infinity;
var budget = 0;
var calls = 0;
var timedFromOutside = false;
function timeFilesFromOutside() {
  timedFromOutside = true;
}
function withFileBudget(extract) {
  if (timedFromOutside || deadline !== Infinity) return extract();
  budget = fileTimeBudgetMs();
  deadline = performance.now() + budget;
  try {
    return extract();
  } finally {
    deadline = Infinity;
  }
}
function checkFileBudget() {
  if (deadline === Infinity || ++calls % 64 !== 0) return;
  if (performance.now() > deadline) throw new FileBudgetExceeded(budget);
}

// src/extract/compose.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/extract/port-text.ts
var PORT_WORDS = /* @__PURE__ */ new Set(["port", "ports", "portnum", "portno", "portnumber", "dport", "sport", "lport", "rport"]);
var ABBREVIATED = /* @__PURE__ */ new Set(["dport", "sport", "lport", "rport"]);
var GLUED_PREFIXES = /* @__PURE__ */ new Set([
  "api",
  "admin",
  "db",
  "dev",
  "debug",
  "ftp",
  "grpc",
  "http",
  "https",
  "listen",
  "local",
  "metrics",
  "mysql",
  "pg",
  "proxy",
  "redis",
  "remote",
  "rpc",
  "server",
  "smtp",
  "ssh",
  "tcp",
  "udp",
  "web",
  "ws",
  "wss",
  "host",
  "container",
  "target",
  "node",
  "public",
  "private",
  "internal",
  "external",
  "service",
  "app",
  "frontend",
  "backend",
  "peer",
  "torrent",
  "rcon",
  "query",
  "game",
  "mqtt",
  "amqp",
  "imap",
  "pop3",
  "ldap",
  "dns",
  "sip",
  "rtp",
  "rtmp",
  "vnc",
  "rdp",
  "jmx",
  "socks",
  "control",
  "client",
  "voice",
  "steam",
  "dashboard",
  "ui",
  "mgmt"
]);
function identifierWords(name2) {
  return name2.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/([0-9])([A-Z][a-z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}
function isPortName(name2) {
  if (!/port/i.test(name2)) return false;
  if (/^(?:IP|IPV6|IPPROTO|SO|SOL|TCP|UDP|AF|PF)_[A-Z0-9_]+$/.test(name2)) return false;
  const words = identifierWords(name2);
  for (const raw of words) {
    const w = raw.replace(/\d+$/, "");
    if (ABBREVIATED.has(w)) {
      if (words.length === 1) return true;
      continue;
    }
    if (PORT_WORDS.has(w)) return true;
    if (w.length > 4 && w.endsWith("port") && GLUED_PREFIXES.has(w.slice(0, -4))) return true;
  }
  return false;
}
function parsePortNumber(text) {
  if (!/^[1-9]\d{0,4}$/.test(text)) return void 0;
  const n = Number(text);
  return n <= 65535 ? n : void 0;
}
function parsePortSpec(text) {
  const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(text.trim());
  if (!m) return void 0;
  const port = parsePortNumber(m[1]);
  if (port === void 0) return void 0;
  const spec = { port };
  if (m[2] !== void 0) {
    const end = parsePortNumber(m[2]);
    if (end === void 0 || end < port) return void 0;
    spec.portEnd = end;
  }
  if (m[3] !== void 0) spec.protocol = m[3].toLowerCase();
  return spec;
}
function stringInside(text) {
  const m = /^([rRbBuUfF]{0,2})('''|"""|'|"|`)/.exec(text);
  if (m) {
    const quote = m[2];
    const open = m[0].length;
    if (text.length >= open + quote.length && text.endsWith(quote)) {
      return { text: text.slice(open, text.length - quote.length), offset: open };
    }
  }
  return { text, offset: 0 };
}
function unquote(text) {
  return stringInside(text).text;
}
function parseReference(text, i2) {
  if (text[i2] !== "$") return void 0;
  const next = text[i2 + 1];
  if (next === "{") {
    const m2 = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i2 + 2));
    if (!m2) return void 0;
    const variable = m2[0];
    let j = i2 + 2 + variable.length;
    if (text[j] === "}") return { start: i2, end: j + 1, variable };
    const op = /^(:-|:\?|:\+|:=|-|\?|\+|=)/.exec(text.slice(j))?.[0];
    if (!op) return void 0;
    j += op.length;
    const operandStart = j;
    let depth3 = 1;
    while (j < text.length) {
      if (text[j] === "$" && text[j + 1] === "{") {
        depth3++;
        j += 2;
        continue;
      }
      if (text[j] === "}") {
        depth3--;
        if (depth3 === 0) break;
      }
      j++;
    }
    if (depth3 !== 0) return void 0;
    return {
      start: i2,
      end: j + 1,
      variable,
      operator: op,
      operand: { start: operandStart, end: j, text: text.slice(operandStart, j) }
    };
  }
  const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i2 + 1));
  if (!m) return void 0;
  return { start: i2, end: i2 + 1 + m[0].length, variable: m[0] };
}
function findReferences(text) {
  const out2 = [];
  for (let i2 = 0; i2 < text.length; i2++) {
    if (text[i2] !== "$") continue;
    if (text[i2 + 1] === "$") {
      i2++;
      continue;
    }
    if (i2 > 0 && text[i2 - 1] === "\\") continue;
    const ref = parseReference(text, i2);
    if (ref) {
      out2.push(ref);
      i2 = ref.end - 1;
    }
  }
  return out2;
}
var MAX_NESTING = 64;
function resolvePortExpression(text, offset = 0) {
  let variable;
  let protocol;
  const finish = (r) => {
    if (variable !== void 0) r.variable = variable;
    if (protocol !== void 0) r.protocol = protocol;
    return r;
  };
  let current = text;
  let at = offset;
  for (let level = 0; level <= MAX_NESTING; level++) {
    const trimmedStart = current.length - current.trimStart().length;
    const body2 = current.trim();
    const base = at + trimmedStart;
    const spec = parsePortSpec(body2);
    if (spec) {
      const r = { port: spec.port, start: base, end: base + body2.replace(/\/\w+$/, "").length };
      if (spec.portEnd !== void 0) r.portEnd = spec.portEnd;
      if (spec.protocol !== void 0) r.protocol = spec.protocol;
      return finish(r);
    }
    const ref = parseReference(body2, 0);
    if (!ref || ref.end !== body2.length) {
      const withProto = /^(.*)\/(tcp|udp|sctp)$/i.exec(body2);
      if (!withProto) return void 0;
      protocol ??= withProto[2].toLowerCase();
      current = withProto[1];
      at = base;
      continue;
    }
    const defaulting = ref.operator === ":-" || ref.operator === "-" || ref.operator === ":=" || ref.operator === "=";
    if (defaulting && ref.operand) {
      variable ??= ref.variable;
      current = ref.operand.text;
      at = base + ref.operand.start;
      continue;
    }
    return finish({ port: null, variable: ref.variable, start: base, end: base + body2.length });
  }
  return void 0;
}

// src/extract/compose-ports.ts
function parsePortMapping(text) {
  const parts2 = [];
  let partStart = 0;
  for (let i2 = 0; i2 <= text.length; i2++) {
    const c = text[i2];
    if (i2 === text.length || c === ":") {
      parts2.push({ text: text.slice(partStart, i2), start: partStart, end: i2 });
      partStart = i2 + 1;
    } else if (c === "$" && text[i2 + 1] === "{") {
      const close = closingBrace(text, i2 + 1);
      if (close < 0) return void 0;
      i2 = close;
    } else if (c === "[") {
      const close = text.indexOf("]", i2);
      if (close < 0) return void 0;
      i2 = close;
    }
  }
  const trimmed = parts2.map(trimPart);
  const last = trimmed[trimmed.length - 1];
  let protocol;
  const proto = /\/(tcp|udp|sctp)$/i.exec(last.text);
  if (proto) {
    protocol = proto[1].toLowerCase();
    last.text = last.text.slice(0, -proto[0].length);
    last.end -= proto[0].length;
  }
  if (!resolvePortExpression(last.text)) return void 0;
  const mapping = { container: last };
  if (protocol !== void 0) mapping.protocol = protocol;
  if (trimmed.length >= 2) {
    const host = trimmed[trimmed.length - 2];
    if (host.text !== "" && !resolvePortExpression(host.text)) return void 0;
    mapping.host = host;
  }
  if (trimmed.length >= 3) {
    const first = trimmed[0];
    const lastIp = trimmed[trimmed.length - 3];
    mapping.hostIp = { text: text.slice(first.start, lastIp.end), start: first.start, end: lastIp.end };
  }
  return mapping;
}
function trimPart(p) {
  const lead = p.text.length - p.text.trimStart().length;
  const text = p.text.trim();
  return { text, start: p.start + lead, end: p.start + lead + text.length };
}
function closingBrace(text, open) {
  let depth3 = 0;
  for (let i2 = open; i2 < text.length; i2++) {
    if (text[i2] === "{") depth3++;
    else if (text[i2] === "}" && --depth3 === 0) return i2;
  }
  return -1;
}
function hostIpValue(text) {
  const refs = findReferences(text);
  const only = refs.length === 1 && refs[0].start === 0 && refs[0].end === text.length ? refs[0] : void 0;
  const value = only?.operand && (only.operator === ":-" || only.operator === "-") ? only.operand.text : text;
  return value.replace(/^\[(.*)\]$/, "$1");
}
function sideInit(kind, r, extra) {
  const init2 = { ...extra, kind, port: r.port };
  if (r.portEnd !== void 0) init2.portEnd = r.portEnd;
  if (r.variable !== void 0) init2.variable = r.variable;
  return init2;
}
function addPortMapping(out2, t, extra = {}) {
  const m = parsePortMapping(t.text);
  if (!m) return false;
  const container = resolvePortExpression(m.container.text, m.container.start);
  const common = { ...extra };
  const protocol = m.protocol ?? container.protocol;
  if (protocol !== void 0) common.protocol = protocol;
  if (m.host && m.host.text !== "") {
    const host = resolvePortExpression(m.host.text, m.host.start);
    if (host) {
      const init2 = sideInit("publish-host", host, common);
      if (m.hostIp && m.hostIp.text !== "") init2.hostIp = hostIpValue(m.hostIp.text);
      if (container.port !== null) init2.target = container.port;
      const [start3, end2] = t.map.span(host.start, host.end);
      out2.add(start3, end2, init2);
    }
  }
  const [start2, end] = t.map.span(container.start, container.end);
  out2.add(start2, end, sideInit("publish-container", container, common));
  return true;
}
function addLongPort(out2, item, extra = {}) {
  const common = { ...extra };
  if (item.protocol) common.protocol = item.protocol.toLowerCase();
  const target = item.target ? resolvePortExpression(item.target.text) : void 0;
  if (item.published) {
    const published = resolvePortExpression(item.published.text);
    if (published) {
      const init2 = sideInit("publish-host", published, common);
      if (item.hostIp) init2.hostIp = hostIpValue(item.hostIp);
      if (target && target.port !== null) init2.target = target.port;
      const [start2, end] = item.published.map.span(published.start, published.end);
      out2.add(start2, end, init2);
    }
  }
  if (target && item.target) {
    const [start2, end] = item.target.map.span(target.start, target.end);
    out2.add(start2, end, sideInit("publish-container", target, common));
  }
}
function addExpose(out2, t, extra = {}) {
  const r = resolvePortExpression(t.text);
  if (!r) return;
  const init2 = { ...extra, kind: "expose", port: r.port };
  if (r.portEnd !== void 0) init2.portEnd = r.portEnd;
  if (r.protocol !== void 0) init2.protocol = r.protocol;
  if (r.variable !== void 0) init2.variable = r.variable;
  const [start2, end] = t.map.span(r.start, r.end);
  out2.add(start2, end, init2);
}

// src/extract/addresses.ts
var LOCAL_HOSTS = /* @__PURE__ */ new Set(["localhost", "ip6-localhost", "host.docker.internal", "gateway.docker.internal", "*"]);
var FILE_EXTENSIONS = /\.(?:[cm]?[jt]sx?|py|pyi|rb|go|rs|java|kt|c|cc|cpp|h|hpp|cs|php|sh|bash|zsh|ya?ml|json|toml|ini|cfg|conf|md|txt|log|html?|css|scss|vue|svelte|swift|scala|sql|lock|xml|proto|tf|lua|pl|ex|exs|erl|dart|r|jl)$/i;
var WELL_KNOWN_LOW = /* @__PURE__ */ new Set([21, 22, 23, 25, 53, 80, 110, 143, 389, 443, 465, 514, 587, 636, 873, 993, 995]);
var IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
var HOSTNAME = /^[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*\.?$/;
var TEMPLATE_HOST = /^(?:\$\{[^}]+\}|\$[A-Za-z_]\w*|\$\d|\$\([A-Za-z_]\w*\)|\{\{?[^}]+\}?\}|\{[A-Za-z_]\w*\}|%\([a-z_]+\)s|<[a-z_-]+>)$/i;
var AFTER_PORT = /^(?:$|[/?#\s"'`,;)\]}>|\\&]|\.(?:\s|$|["'`)])|\$?\{)/;
function isHost(host) {
  return IPV4.test(host) || HOSTNAME.test(host) || TEMPLATE_HOST.test(host) || /^\[[0-9A-Fa-f:.]+\]$/.test(host) || host === "*";
}
function scanAddresses(text) {
  const out2 = [];
  const taken = [];
  if (!text.includes(":") && !text.includes("#") && !/%3A/i.test(text)) {
    scanSocketArguments(text, out2, taken);
    return out2;
  }
  const scanned = text.includes("{") || text.includes("$(") ? text.replace(EMBEDDED_PLACEHOLDER, (m) => "x".repeat(m.length)) : text;
  scanUrls(scanned, out2, taken);
  scanOpaqueUris(scanned, out2, taken);
  scanEncodedUrls(scanned, out2, taken);
  scanMailTransports(scanned, out2, taken);
  scanAuthorities(scanned, out2, taken);
  scanHashPorts(scanned, out2, taken);
  scanSocketArguments(scanned, out2, taken);
  if (scanned !== text) {
    for (const m of out2) {
      const hostEnd = m.start - (/^%3a$/i.test(text.slice(m.start - 3, m.start)) ? 3 : 1);
      const written = text.slice(hostEnd - m.host.length, hostEnd);
      if (scanned.slice(hostEnd - m.host.length, hostEnd) === m.host) m.host = written;
    }
  }
  return out2.sort((a, b) => a.start - b.start);
}
var EMBEDDED_PLACEHOLDER = /(?<!:\d{1,5})(?<=[A-Za-z0-9_-])\$?\{[A-Za-z_][\w.]*\}|\$?\{[A-Za-z_][\w.]*\}(?=[A-Za-z0-9_-])|\$\([A-Za-z_]\w*\)(?=[A-Za-z0-9_-])/g;
var ENCODED_URL = /\b([A-Za-z][A-Za-z0-9+.-]{1,30})%3A%2F%2F((?:(?!%2F|%3F|%23)[^\s"'`&?#/<>\\;)])+)/gi;
function scanEncodedUrls(text, out2, taken) {
  if (!text.includes("%")) return;
  ENCODED_URL.lastIndex = 0;
  for (let m = ENCODED_URL.exec(text); m; m = ENCODED_URL.exec(text)) {
    const authority = m[2];
    const authStart = m.index + m[0].length - authority.length;
    const at = authority.toUpperCase().lastIndexOf("%40");
    const hostStart = at >= 0 ? at + 3 : 0;
    const colon = authority.toUpperCase().lastIndexOf("%3A");
    if (colon < hostStart) continue;
    const host = authority.slice(hostStart, colon);
    const portText = authority.slice(colon + 3);
    const port = parsePortNumber(portText);
    if (port === void 0 || !isHost(host)) continue;
    const start2 = authStart + colon + 3;
    taken.push([m.index, m.index + m[0].length]);
    out2.push({ start: start2, end: start2 + portText.length, port, host, scheme: m[1].toLowerCase(), kind: "url" });
  }
}
var HASH_PORT = /(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})#(\d{1,5})(?![\w.])/g;
function scanHashPorts(text, out2, taken) {
  if (!text.includes("#")) return;
  HASH_PORT.lastIndex = 0;
  for (let m = HASH_PORT.exec(text); m; m = HASH_PORT.exec(text)) {
    const host = m[1];
    const port = parsePortNumber(m[2]);
    const end = m.index + m[0].length;
    if (port === void 0 || !IPV4.test(host) || taken.some(([a, b]) => m.index < b && end > a)) continue;
    out2.push({ start: end - m[2].length, end, port, host, kind: "address" });
  }
}
var SOCKET_ARGUMENTS = /\(\s*(['"])([^'"\s]+)\1\s*,\s*(\d{1,5})\s*(?=[,)])/g;
function socketHost(host, port) {
  if (IPV4.test(host) || host === "localhost" || host === "::1" || host === "::") return true;
  if (FILE_EXTENSIONS.test(host) || !/^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(host)) return false;
  return port >= 1024 || WELL_KNOWN_LOW.has(port);
}
function scanSocketArguments(text, out2, taken) {
  if (!text.includes("(")) return;
  SOCKET_ARGUMENTS.lastIndex = 0;
  for (let m = SOCKET_ARGUMENTS.exec(text); m; m = SOCKET_ARGUMENTS.exec(text)) {
    const host = m[2];
    const port = parsePortNumber(m[3]);
    const end = m.index + m[0].length;
    if (port === void 0 || !socketHost(host, port) || taken.some(([a, b]) => m.index < b && end > a)) continue;
    out2.push({ start: end - m[3].length, end, port, host, kind: "address" });
  }
}
var URL_START = /\b([A-Za-z][A-Za-z0-9+.-]{1,30}):\/\//g;
function scanUrls(text, out2, taken) {
  URL_START.lastIndex = 0;
  for (let m = URL_START.exec(text); m; m = URL_START.exec(text)) {
    const scheme = m[1].toLowerCase();
    const authStart = m.index + m[0].length;
    let authEnd = authStart;
    while (authEnd < text.length && !/[/?#\s"'`<>\\;)]/.test(text[authEnd])) {
      if (/^\$?\{/.test(text.slice(authEnd, authEnd + 2)) && /:\d{1,5}$/.test(text.slice(authStart, authEnd))) break;
      if (text[authEnd] === "," && /^,[A-Za-z][A-Za-z0-9+.-]{1,30}:\/\//.test(text.slice(authEnd, authEnd + 40))) break;
      authEnd++;
    }
    const authority = text.slice(authStart, authEnd).replace(/[.,!:]+$/, "");
    taken.push([m.index, authEnd]);
    const at = authority.lastIndexOf("@");
    const hostsStart = at >= 0 ? at + 1 : 0;
    let partStart = hostsStart;
    for (const part of authority.slice(hostsStart).split(",")) {
      const hp = splitHostPort(part);
      if (hp && hp.port !== void 0 && (isHost(hp.host) || hp.host === "")) {
        const start2 = authStart + partStart + hp.portOffset;
        const trailing = text.slice(start2 + hp.portText.length);
        if (AFTER_PORT.test(trailing) || /^[),;\]]/.test(trailing) || trailing === "") {
          out2.push({ start: start2, end: start2 + hp.portText.length, port: hp.port, host: stripBrackets(hp.host), scheme, kind: "url" });
        }
      }
      partStart += part.length + 1;
    }
    URL_START.lastIndex = Math.max(authEnd, m.index + m[0].length);
  }
}
function splitHostPort(part) {
  if (part.startsWith("[")) {
    const close = part.indexOf("]");
    if (close < 0) return void 0;
    const host2 = part.slice(0, close + 1);
    const rest = part.slice(close + 1);
    if (!rest.startsWith(":")) return { host: host2, portText: "", portOffset: part.length };
    const portText2 = rest.slice(1);
    const port2 = parsePortNumber(portText2);
    return port2 === void 0 ? void 0 : { host: host2, port: port2, portText: portText2, portOffset: close + 2 };
  }
  const colon = part.lastIndexOf(":");
  if (colon < 0) return { host: part, portText: "", portOffset: part.length };
  const host = part.slice(0, colon);
  const portText = part.slice(colon + 1);
  const port = parsePortNumber(portText);
  if (port === void 0) return void 0;
  return { host, port, portText, portOffset: colon + 1 };
}
function stripBrackets(host) {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
var OPAQUE_URI = /\b(stuns?|turns?|sips?|tcp|udp|tcp4|tcp6|udp4|udp6):(?:[^@\s"'`:]+@)?(\[[0-9A-Fa-f:.]+\]|\$\{[^}]+\}|[A-Za-z0-9_.-]+):(\d{1,5})(?!\d)/gi;
function scanOpaqueUris(text, out2, taken) {
  OPAQUE_URI.lastIndex = 0;
  for (let m = OPAQUE_URI.exec(text); m; m = OPAQUE_URI.exec(text)) {
    const end = m.index + m[0].length;
    if (taken.some(([a, b]) => m.index < b && end > a)) continue;
    const port = parsePortNumber(m[3]);
    const after = text.slice(end);
    if (port === void 0 || !(AFTER_PORT.test(after) || after.startsWith("?") || after.startsWith(";"))) continue;
    taken.push([m.index, end]);
    out2.push({ start: end - m[3].length, end, port, host: stripBrackets(m[2]), scheme: m[1].toLowerCase(), kind: "url" });
  }
}
var MAIL_HOST = String.raw`\[[A-Za-z0-9_.:-]+\]|(?:\d{1,3}\.){3}\d{1,3}|\$\{[A-Za-z_]\w*\}|[A-Za-z_][A-Za-z0-9_.-]*`;
var MAIL_TRANSPORT = new RegExp(
  String.raw`(?<![\w.-])(?:(inet6?):(?:(\d{1,5})@(${MAIL_HOST})|(${MAIL_HOST}):(\d{1,5}))|(?:lmtps?|smtps?|relay):(${MAIL_HOST}):(\d{1,5})|(\[[A-Za-z0-9_.:-]+\]):(\d{1,5}))`,
  "g"
);
function scanMailTransports(text, out2, taken) {
  if (!/inet6?:|(?:lmtps?|smtps?|relay):|\]:\d/.test(text)) return;
  MAIL_TRANSPORT.lastIndex = 0;
  for (let m = MAIL_TRANSPORT.exec(text); m; m = MAIL_TRANSPORT.exec(text)) {
    const end = m.index + m[0].length;
    const after = text.slice(end);
    const portFirst = m[2] !== void 0;
    const host = portFirst ? m[3] : m[4] ?? m[6] ?? m[8];
    const portText = portFirst ? m[2] : m[5] ?? m[7] ?? m[9];
    const port = parsePortNumber(portText);
    if (port === void 0 || taken.some(([a, b]) => m.index < b && end > a)) continue;
    if (!portFirst && (/^[:\w-]/.test(after) || /^\.\d/.test(after) || !AFTER_PORT.test(after))) continue;
    if (portFirst && /^[:@]/.test(after)) continue;
    if (m[6] !== void 0 && !m[6].includes(".") && !m[6].startsWith("$") && !(port >= 1024 || WELL_KNOWN_LOW.has(port) || port === 24)) continue;
    if (m[8] !== void 0 && !/^\[(?:localhost|[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.[A-Za-z][A-Za-z0-9-]*|(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)\]$/.test(m[8])) continue;
    if (!isHost(host) && !/^\[[A-Za-z0-9_.-]+\]$/.test(host)) continue;
    const start2 = portFirst ? m.index + m[1].length + 1 : end - portText.length;
    taken.push([m.index, end]);
    out2.push({ start: start2, end: start2 + portText.length, port, host: stripBrackets(host), kind: "address" });
  }
}
var AUTHORITY = /(\[[0-9A-Fa-f:.]+\]|(?:\d{1,3}\.){3}\d{1,3}|\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-[^}]*)?\}|\$\{\d+\}|\$\d|\$[A-Za-z_][A-Za-z0-9_]*|\$\([A-Za-z_][A-Za-z0-9_]*\)|[A-Za-z_*][A-Za-z0-9_.-]*):(\d{1,5})(?![\d])/g;
function scanAuthorities(text, out2, taken) {
  AUTHORITY.lastIndex = 0;
  for (let m = AUTHORITY.exec(text); m; m = AUTHORITY.exec(text)) {
    const start2 = m.index;
    const host = m[1];
    const portText = m[2];
    const portStart = start2 + host.length + 1;
    const portEnd = portStart + portText.length;
    AUTHORITY.lastIndex = portEnd;
    if (taken.some(([a, b]) => start2 < b && portEnd > a)) continue;
    const port = parsePortNumber(portText);
    if (port === void 0) continue;
    const before = start2 > 0 ? text[start2 - 1] : "";
    if (before && !/[\s"'`=(,@[{<>|;]/.test(before) && !(before === "/" && text[start2 - 2] === "/")) continue;
    const after = text.slice(portEnd);
    if (/^[:\w-]/.test(after) || /^\.\d/.test(after)) continue;
    if (!AFTER_PORT.test(after)) continue;
    if (!plausibleAuthority(host, port)) continue;
    if (!hostInContext(host, text, start2)) continue;
    out2.push({ start: portStart, end: portEnd, port, host: stripBrackets(host), kind: "address" });
  }
}
function plausibleAuthority(host, port) {
  const lower = host.toLowerCase();
  if (host.startsWith("[")) return true;
  if (IPV4.test(host)) return true;
  if (host.startsWith("$")) return plausibleVariableHost(host, port);
  if (LOCAL_HOSTS.has(lower)) return true;
  if (FILE_EXTENSIONS.test(host)) return false;
  if (!HOSTNAME.test(host) || /^\d/.test(host)) return false;
  if (host.includes(".")) return /[A-Za-z]/.test(host.split(".").pop() ?? "");
  if (/\d{3}/.test(host)) return false;
  if (/^[A-Z][A-Z0-9_]+$/.test(host)) return false;
  return port >= 1024 || WELL_KNOWN_LOW.has(port);
}
var FIELD_WORDS = /* @__PURE__ */ new Set([
  "pid",
  "ppid",
  "tid",
  "uid",
  "gid",
  "id",
  "ids",
  "count",
  "counts",
  "total",
  "sum",
  "size",
  "len",
  "length",
  "year",
  "years",
  "month",
  "day",
  "date",
  "time",
  "timestamp",
  "ts",
  "created",
  "updated",
  "modified",
  "deleted",
  "title",
  "version",
  "ver",
  "line",
  "lineno",
  "col",
  "column",
  "offset",
  "index",
  "idx",
  "seq",
  "page",
  "limit",
  "tokens",
  "token",
  "bits",
  "rsa",
  "dsa",
  "ecdsa",
  "sha",
  "sha1",
  "sha256",
  "md5",
  "priority",
  "weight",
  "score",
  "rank",
  "level",
  "status",
  "code",
  "errno",
  "exit",
  "ms",
  "seconds",
  "secs",
  "sec",
  "bytes",
  "kb",
  "mb"
]);
var CODE_OBJECTS = /* @__PURE__ */ new Set([
  "process",
  "self",
  "this",
  "window",
  "globalthis",
  "document",
  "navigator",
  "os",
  "sys",
  "math",
  "console",
  "json",
  "event",
  "evt",
  "err",
  "error",
  "exc",
  "ctx",
  "req",
  "res",
  "request",
  "response",
  "args",
  "argv",
  "kwargs",
  "opts",
  "options",
  "props",
  "state",
  "record",
  "row",
  "obj",
  "item",
  "result",
  "usage",
  "stats"
]);
var ADDRESS_KEY_WORDS = /* @__PURE__ */ new Set([
  "addr",
  "address",
  "addresses",
  "bind",
  "listen",
  "host",
  "hosts",
  "hostname",
  "server",
  "servers",
  "broker",
  "brokers",
  "endpoint",
  "endpoints",
  "url",
  "uri",
  "upstream",
  "target",
  "targets",
  "connect",
  "peer",
  "peers",
  "seed",
  "seeds",
  "node",
  "nodes",
  "cluster",
  "proxy",
  "backend",
  "sentinel",
  "sentinels",
  "dsn",
  "master",
  "bootstrap",
  "voters",
  "location",
  "redis",
  "kafka",
  "socket",
  "connected",
  "connecting",
  "connection"
]);
var SOCAT_ADDRESS = /^(?:TCP|UDP|SCTP|DCCP)[46]?(?:-(?:LISTEN|RECV|RECVFROM|SENDTO|CONNECT|DATAGRAM))?$/i;
function hostInContext(host, text, start2) {
  if (host.startsWith("[") || IPV4.test(host) || host.startsWith("$") || LOCAL_HOSTS.has(host.toLowerCase())) return true;
  if (SOCAT_ADDRESS.test(host)) return true;
  const labels = host.replace(/\.$/, "").split(".");
  const words = identifierWords(labels[labels.length - 1]);
  if (FIELD_WORDS.has(words[words.length - 1] ?? "")) return false;
  if (labels.length > 1) return !CODE_OBJECTS.has(labels[0].toLowerCase());
  const before = text.slice(Math.max(0, start2 - 80), start2);
  if (start2 === 0 || /["'`([{,;@|>]\s*$/.test(before)) return true;
  if (/[?&][\w.-]+=$/.test(before)) return true;
  return identifierWords(before).slice(-6).some((w) => ADDRESS_KEY_WORDS.has(w));
}
var ID_WORDS = /* @__PURE__ */ new Set(["uid", "gid", "puid", "pgid", "user", "group", "owner", "id"]);
function plausibleVariableHost(host, port) {
  const name2 = /[A-Za-z_][A-Za-z0-9_]*/.exec(host)?.[0];
  if (name2 !== void 0 && identifierWords(name2).some((w) => ID_WORDS.has(w))) return false;
  return port >= 1024 || WELL_KNOWN_LOW.has(port);
}

// src/extract/source.ts
var MAX_SNIPPET = 500;
var SNIPPET_WINDOW = 160;
var isLowSurrogate = (c) => c >= 56320 && c <= 57343;
var SourceText = class {
  constructor(file, language, text) {
    this.file = file;
    this.language = language;
    this.text = text;
    for (let i2 = 0; i2 < text.length; i2++) {
      const c = text.charCodeAt(i2);
      if (c === 10) this.lineStarts.push(i2 + 1);
      else if (c === 13 && text.charCodeAt(i2 + 1) !== 10) this.lineStarts.push(i2 + 1);
    }
  }
  file;
  language;
  text;
  lineStarts = [0];
  lastSnippetLine = 0;
  lastSnippet = "";
  /** 1-based line and column (UTF-16 code units) of a 0-based offset. */
  position(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo] + 1 };
  }
  /** 0-based offset of a 1-based position (the inverse of `position`). */
  offset(pos) {
    return (this.lineStarts[pos.line - 1] ?? this.text.length) + pos.column - 1;
  }
  /** 0-based offset where a 1-based line starts. */
  lineStart(line) {
    return this.lineStarts[line - 1] ?? this.text.length;
  }
  range(start2, end) {
    return { start: this.position(start2), end: this.position(end) };
  }
  /** The text of a 1-based line, without its line break. */
  lineText(line) {
    const start2 = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start2, next).replace(/\r?\n$|\r$/, "");
  }
  /**
   * The trimmed text of a line, for an occurrence's snippet (fingerprints, SARIF context). A line longer
   * than MAX_SNIPPET characters — minified code, one-line JSON — gives a window of SNIPPET_WINDOW
   * characters around the occurrence instead: a copy of a whole 1 MB line per occurrence is what made
   * 24,000 occurrences of one file take gigabytes.
   */
  snippet(line, offset) {
    const start2 = this.lineStart(line);
    const end = this.lineStarts[line] ?? this.text.length;
    if (end - start2 <= MAX_SNIPPET) {
      if (line !== this.lastSnippetLine) {
        this.lastSnippetLine = line;
        this.lastSnippet = this.lineText(line).trim();
      }
      return this.lastSnippet;
    }
    let from = Math.max(start2, offset - SNIPPET_WINDOW / 2);
    let to = Math.min(end, from + SNIPPET_WINDOW);
    if (from > start2 && isLowSurrogate(this.text.charCodeAt(from))) from++;
    if (to < end && isLowSurrogate(this.text.charCodeAt(to))) to--;
    return (" " + this.text.slice(from, to).replace(/\r?\n$|\r$/, "").trim()).slice(1);
  }
  /** An occurrence spanning [start, end) of this file. */
  occurrence(start2, end, init2) {
    const range = this.range(start2, end);
    const o = {
      file: this.file,
      language: this.language,
      range,
      port: init2.port,
      text: this.text.slice(start2, end),
      kind: init2.kind,
      comment: init2.comment ?? false,
      snippet: this.snippet(range.start.line, start2)
    };
    for (const key of ["portEnd", "name", "variable", "host", "hostIp", "protocol", "scheme", "service", "profiles", "target"]) {
      if (init2[key] !== void 0) o[key] = init2[key];
    }
    return o;
  }
};
var OffsetMap = class _OffsetMap {
  /** Decoded offset → file offset; undefined for an identity map (offset + base). */
  map;
  base;
  length;
  constructor(decoded, source, base) {
    this.base = base;
    this.length = decoded.length;
    if (decoded === source) {
      this.map = void 0;
      return;
    }
    const map = new Array(decoded.length + 1);
    let j = 0;
    for (let i2 = 0; i2 < decoded.length; i2++) {
      const c = decoded[i2];
      if (c === " " && (source[j] === "\n" || source[j] === "\r")) {
        map[i2] = base + j;
        j += source[j] === "\r" && source[j + 1] === "\n" ? 2 : 1;
        while (source[j] === " " || source[j] === "	") j++;
        continue;
      }
      let k = j;
      const limit = Math.min(source.length, j + 64);
      while (k < limit && source[k] !== c) k++;
      if (k < limit) {
        map[i2] = base + k;
        j = k + 1;
      } else {
        map[i2] = base + Math.min(j, source.length);
      }
    }
    map[decoded.length] = decoded.length === 0 ? base : map[decoded.length - 1] + 1;
    this.map = map;
  }
  /** Identity map: the decoded text is the source slice at `base`. O(1), no table. */
  static identity(length, base) {
    const m = new _OffsetMap("", "", base);
    m.length = length;
    return m;
  }
  /** File offset of a decoded offset. */
  at(offset) {
    const i2 = Math.max(0, Math.min(offset, this.length));
    return this.map === void 0 ? this.base + i2 : this.map[i2];
  }
  /** File offsets of a decoded [start, end). */
  span(start2, end) {
    if (end <= start2) return [this.at(start2), this.at(start2)];
    return [this.at(start2), this.at(end - 1) + 1];
  }
};

// src/extract/port-values.ts
function emptyEvaluation() {
  return { values: [], open: [], reads: [] };
}
var SINGLE_VALUE = { collection: false, iterable: false };
function literalValue(node) {
  return { values: [{ node }], open: [], reads: [] };
}
function lookupValue(node, variable) {
  return { values: [], open: [{ node, lookup: true, variable }], tail: { variable }, reads: [] };
}
function bindingContext(hit, loopTypes) {
  const name2 = hit.name ? unquote(hit.name.text) : void 0;
  const iterable = loopTypes.has(hit.outer.type);
  const mapping = namesPortMap(name2);
  return {
    collection: iterable || name2 !== void 0 && isPortName(name2),
    ...mapping && { mapping },
    iterable
  };
}
function collectionElements(node, kinds) {
  const out2 = [];
  const stack = [...node.namedChildren].reverse();
  while (stack.length > 0) {
    const n = stack.pop();
    if (kinds.has(n.type)) for (let i2 = n.namedChildCount - 1; i2 >= 0; i2--) stack.push(n.namedChild(i2));
    else out2.push(n);
  }
  return out2;
}
var MAX_EVALUATION_DEPTH = 200;
function joinEvaluations(parts2) {
  const out2 = emptyEvaluation();
  for (const p of parts2) {
    out2.values.push(...p.values);
    out2.open.push(...p.open);
    out2.reads.push(...p.reads);
    if (p.defaulted) (out2.defaulted ??= []).push(...p.defaulted);
    if (p.tail) out2.tail = p.tail;
  }
  return out2;
}
function fallback(left, right) {
  const values2 = [...left.values];
  const tail = left.tail;
  for (const v of right.values) {
    const defaulted2 = { ...v };
    if (!v.lookup && !v.variable && !v.source && tail) {
      if (tail.variable !== void 0) defaulted2.variable = tail.variable;
      else if (tail.source !== void 0) defaulted2.source = tail.source;
    }
    values2.push(defaulted2);
  }
  const portTail = tail !== void 0 && (tail.variable !== void 0 && isPortName(tail.variable) || tail.source !== void 0);
  const out2 = {
    values: values2,
    open: [...right.open],
    reads: [...left.reads, ...right.reads.map((r) => portTail ? { ...r, defaults: true } : r)]
  };
  const t = right.tail ?? (right.values.length > 0 ? void 0 : left.tail);
  if (t) out2.tail = t;
  const defaulted = [...left.defaulted ?? [], ...right.defaulted ?? []];
  if (tail?.identifier && tail.source !== void 0) defaulted.push(tail.source);
  if (defaulted.length > 0) out2.defaulted = defaulted;
  return out2;
}
function namesPortMap(name2) {
  if (name2 === void 0) return void 0;
  const words = identifierWords(name2);
  const last = words[words.length - 1];
  if (last === void 0 || !isPortName(last)) return void 0;
  return last.endsWith("s") ? "keys" : "attributes";
}
var NOT_A_PORT = /* @__PURE__ */ new Set([
  "count",
  "counts",
  "retries",
  "retry",
  "tries",
  "attempts",
  "timeout",
  "timeouts",
  "index",
  "idx",
  "offset",
  "delay",
  "interval",
  "length",
  "len",
  "size",
  "limit",
  "step",
  "total",
  "increment",
  "backlog",
  "ms",
  "millis",
  "milliseconds",
  "sec",
  "secs",
  "seconds",
  "minutes",
  "ttl",
  "bytes"
]);
var COUNTING = /* @__PURE__ */ new Set(["max", "min", "num", "n", "number", "total"]);
function namesPortQuantity(name2) {
  const words = identifierWords(name2);
  if (words.some((w) => NOT_A_PORT.has(w))) return true;
  const plural = words.findIndex((w) => w === "ports");
  return plural > 0 && words.slice(0, plural).some((w) => COUNTING.has(w));
}
function isPortsModule(file) {
  const base = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  return /^ports?\.[^.]+$/i.test(base);
}
var LOWEST_NAMED_PORT = 20;
function cliName(name2) {
  const flags2 = name2.split(/[\s,|=]+/).filter((w) => w.startsWith("-"));
  return flags2.find((f) => isPortName(f)) ?? flags2[0] ?? name2;
}
function isStandalone(hit) {
  return hit.port.id === hit.outer.id && hit.name === void 0;
}
function portReads(hit, evaluation) {
  return isStandalone(hit) ? evaluation.reads.filter((r) => r.defaults) : evaluation.reads;
}
function emitValues(out2, hit, evaluation, options = {}) {
  let hitName = hit.name ? unquote(hit.name.text) : void 0;
  if (hitName !== void 0 && hit.kind === "cli-flag") hitName = cliName(hitName);
  const hitVariable = hit.variable ? unquote(hit.variable.text) : options.variable;
  const standalone = isStandalone(hit);
  for (const v of evaluation.values) {
    if (standalone && !(v.variable !== void 0 && isPortName(v.variable)) && v.source === void 0) continue;
    emitValue(out2, hit.kind, v, hitName, hitVariable, options);
  }
  const lookups = [];
  if (hitName !== void 0 || hit.kind === "listen" || hit.kind === "connect") {
    for (const v of evaluation.open) {
      const o = emitValue(out2, hit.kind, v, hitName, hitVariable, options);
      if (o) lookups.push(o);
    }
  }
  return lookups;
}
function emitValue(out2, kind, v, name2, hitVariable, options = {}) {
  const boundName = v.key ?? name2 ?? v.source;
  if (boundName !== void 0 && namesPortQuantity(boundName)) return void 0;
  if (v.variable !== void 0 && namesPortQuantity(v.variable)) return void 0;
  if (v.lookup) {
    if (v.variable === void 0) return void 0;
    const init3 = { kind, port: null, variable: v.variable };
    if (boundName !== void 0) init3.name = boundName;
    const { text: text2, start: start3 } = nodeContent(v.node);
    return out2.add(start3, start3 + text2.length, init3) ? out2.list[out2.list.length - 1] : void 0;
  }
  const { text, start: start2 } = nodeContent(v.node);
  const resolved = resolvePortExpression(text, start2);
  if (!resolved || resolved.port === null && resolved.variable === void 0) return void 0;
  if (resolved.port !== null && resolved.port < LOWEST_NAMED_PORT) return void 0;
  const variable = resolved.variable ?? v.variable ?? hitVariable;
  const init2 = { kind: v.variable !== void 0 ? "env-default" : kind, port: resolved.port };
  if (v.portEnd !== void 0 && resolved.port !== null && v.portEnd > resolved.port) init2.portEnd = v.portEnd;
  else if (resolved.portEnd !== void 0) init2.portEnd = resolved.portEnd;
  if (resolved.protocol !== void 0) init2.protocol = resolved.protocol;
  if (boundName !== void 0) init2.name = boundName;
  if (variable !== void 0) init2.variable = variable;
  if (options.host !== void 0) init2.host = options.host;
  return out2.add(resolved.start, resolved.end, init2) ? out2.list[out2.list.length - 1] : void 0;
}
function emitFlagString(out2, node) {
  const { text, start: start2 } = nodeContent(node);
  const m = /^(--?[A-Za-z0-9_-]+)=(\d+)$/.exec(text);
  if (!m || !isPortName(m[1]) || namesPortQuantity(m[1])) return;
  const port = parsePortNumber(m[2]);
  if (port === void 0 || port < LOWEST_NAMED_PORT) return;
  const at = start2 + m[1].length + 1;
  out2.add(at, at + m[2].length, { kind: "cli-flag", port, name: m[1] });
}
var NameReads = class {
  constructor(out2, evaluate) {
    this.out = out2;
    this.evaluate = evaluate;
  }
  out;
  evaluate;
  reads = /* @__PURE__ */ new Map();
  definitions = /* @__PURE__ */ new Map();
  done = /* @__PURE__ */ new Set();
  /** `port = process.env.PORT`: lookups without a default bound to a name, until `port || 3000` gives one. */
  unset = /* @__PURE__ */ new Map();
  read(name2, mode) {
    if (isPortName(name2)) return;
    const prev = this.reads.get(name2);
    if (prev === mode || prev === "collection") return;
    this.reads.set(name2, mode);
    for (const d of this.definitions.get(name2) ?? []) this.resolve(d, mode);
  }
  define(name2, value) {
    const d = { name: name2, value };
    this.definitions.set(name2, [...this.definitions.get(name2) ?? [], d]);
    const mode = this.reads.get(name2);
    if (mode) this.resolve(d, mode);
  }
  /** `name` holds a port read only from an env var (the lookup occurrences, port null). */
  bindUnset(name2, lookups) {
    if (lookups.length > 0) this.unset.set(name2, [...this.unset.get(name2) ?? [], ...lookups]);
  }
  /**
   * `name || 3000` (`name or 3000`): the variable bound to `name` has a default after all, so its
   * lookup is no longer one without a default.
   */
  defaulted(name2) {
    const lookups = this.unset.get(name2);
    if (!lookups) return;
    this.unset.delete(name2);
    for (const o of lookups) {
      const i2 = this.out.list.indexOf(o);
      if (i2 >= 0) this.out.list.splice(i2, 1);
    }
  }
  resolve(d, mode) {
    if (this.done.has(d.value.id)) return;
    this.done.add(d.value.id);
    const evaluation = this.evaluate(d.value, mode);
    for (const v of evaluation.values) emitValue(this.out, "constant", v, d.name, void 0);
  }
};

// src/extract/shell-values.ts
function resolvePort(text, offset = 0) {
  const r = resolvePortExpression(text, offset);
  if (r) {
    const part = { start: r.start, end: r.end, port: r.port };
    if (r.portEnd !== void 0) part.portEnd = r.portEnd;
    if (r.protocol !== void 0) part.protocol = r.protocol;
    if (r.variable !== void 0) {
      part.variable = r.variable;
      if (r.port !== null) part.defaulted = true;
    }
    return part;
  }
  const m = /^(\s*\$\{(?:\d+|[@*])(?::?[-=]))(.*)\}\s*$/.exec(text);
  if (m) {
    const inner = resolvePort(m[2], offset + m[1].length);
    if (inner && inner.port !== null) return { ...inner, parameter: true };
  }
  return void 0;
}
function resolvePortList(text, offset = 0) {
  const one = resolvePort(text, offset);
  if (one) return [one];
  const pieces = splitTop(text, ",");
  if (pieces.length < 2) return [];
  const parts2 = [];
  for (const p of pieces) {
    const r = resolvePort(p.text, offset + p.start);
    if (!r) return [];
    parts2.push(r);
  }
  return parts2;
}
function splitTop(text, sep) {
  const out2 = [];
  let depth3 = 0;
  let bracket = 0;
  let from = 0;
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text[i2];
    if (c === "$" && (text[i2 + 1] === "{" || text[i2 + 1] === "(")) {
      depth3++;
      i2++;
    } else if ((c === "}" || c === ")") && depth3 > 0) depth3--;
    else if (c === "[") bracket++;
    else if (c === "]" && bracket > 0) bracket--;
    else if (c === sep && depth3 === 0 && bracket === 0) {
      out2.push({ text: text.slice(from, i2), start: from });
      from = i2 + 1;
    }
  }
  out2.push({ text: text.slice(from), start: from });
  return out2;
}
function stripBrackets2(host) {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
function withHost(part, host) {
  if (host !== void 0 && host !== "") part.host = stripBrackets2(host);
  return part;
}
function parseAddress(text, bare) {
  let at = text.length - text.trimStart().length;
  let body2 = text.trim();
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(body2);
  if (scheme) {
    at += scheme[0].length;
    body2 = body2.slice(scheme[0].length);
  }
  const slash = scheme ? body2.indexOf("/") : -1;
  if (slash >= 0) body2 = body2.slice(0, slash);
  if (bare && !scheme) {
    const r2 = resolvePort(body2, at);
    if (r2) return r2;
  }
  const pieces = splitTop(body2, ":");
  if (pieces.length !== 2) return void 0;
  const [host, port] = pieces;
  if (!/^(?:\[[0-9A-Fa-f:.]*\]|[A-Za-z0-9_.*-]*|\$\{[^}]*\}|\$[A-Za-z_]\w*)$/.test(host.text)) return void 0;
  const r = resolvePort(port.text, at + port.start);
  if (!r) return void 0;
  return withHost(r, host.text);
}
function parsePublish(text) {
  if (/(?:^|,)(?:published|target)=/.test(text)) return parseLongPublish(text);
  const m = parsePortMapping(text);
  if (!m) return [];
  const container = resolvePort(m.container.text, m.container.start);
  if (!container) return [];
  container.side = "container";
  if (m.protocol !== void 0) container.protocol = m.protocol;
  const hostIp = m.hostIp ? stripBrackets2(m.hostIp.text) : void 0;
  const out2 = [];
  if (m.host && m.host.text !== "") {
    const host = resolvePort(m.host.text, m.host.start);
    if (!host) return [];
    host.side = "host";
    if (container.port !== null) host.target = container.port;
    if (hostIp !== void 0) host.hostIp = hostIp;
    if (m.protocol !== void 0) host.protocol = m.protocol;
    out2.push(host);
  } else if (hostIp !== void 0) container.hostIp = hostIp;
  out2.push(container);
  return out2;
}
function parseLongPublish(text) {
  const fields = /* @__PURE__ */ new Map();
  for (const p of splitTop(text, ",")) {
    const eq = p.text.indexOf("=");
    if (eq > 0) fields.set(p.text.slice(0, eq).trim(), { text: p.text.slice(eq + 1), start: p.start + eq + 1 });
  }
  const protocol = fields.get("protocol")?.text.toLowerCase();
  const out2 = [];
  const target = fields.get("target");
  const published = fields.get("published");
  const container = target ? resolvePort(target.text, target.start) : void 0;
  if (published) {
    const host = resolvePort(published.text, published.start);
    if (host) {
      host.side = "host";
      if (container?.port != null) host.target = container.port;
      if (protocol) host.protocol = protocol;
      out2.push(host);
    }
  }
  if (container) {
    container.side = "container";
    if (protocol) container.protocol = protocol;
    out2.push(container);
  }
  return out2;
}
function parseForward(text) {
  const pieces = splitTop(text, ":");
  let bind;
  let listen;
  let host;
  let target;
  if (pieces.length === 4) [bind, listen, host, target] = pieces;
  else if (pieces.length === 3) [listen, host, target] = pieces;
  else if (pieces.length === 2 && pieces[1].text.startsWith("/")) listen = pieces[0];
  else if (pieces.length === 2) [bind, listen] = pieces;
  else if (pieces.length === 1) listen = pieces[0];
  else return [];
  const out2 = [];
  const l = resolvePort(listen.text, listen.start);
  if (l) {
    l.side = "listen";
    if (bind && bind.text !== "") l.hostIp = stripBrackets2(bind.text);
    out2.push(l);
  }
  if (host && target) {
    const t = resolvePort(target.text, target.start);
    if (t) out2.push(withHost({ ...t, side: "connect" }, host.text));
  }
  return out2;
}
function parsePortPair(text) {
  const pieces = splitTop(text, ":");
  if (pieces.length === 1) {
    const both = resolvePort(text);
    if (!both) return [];
    both.side = "host";
    if (both.port !== null) both.target = both.port;
    return [both];
  }
  if (pieces.length !== 2) return [];
  const remote = resolvePort(pieces[1].text, pieces[1].start);
  if (!remote) return [];
  remote.side = "container";
  const out2 = [];
  if (pieces[0].text !== "") {
    const local = resolvePort(pieces[0].text, 0);
    if (!local) return [];
    local.side = "host";
    if (remote.port !== null) local.target = remote.port;
    out2.push(local);
  }
  out2.push(remote);
  return out2;
}
function parseLsofSelector(text) {
  const m = /^([46]?(tcp|udp)?)(?:@(\[[^\]]*\]|[^:]*))?(?::(.+))?$/i.exec(text);
  if (!m || m[4] === void 0) return [];
  const at = text.length - m[4].length;
  const list = splitTop(m[4], ",").map((p) => p.text.startsWith(":") ? { text: p.text.slice(1), start: p.start + 1 } : p);
  const parts2 = [];
  for (const piece of list) {
    const r = resolvePort(piece.text, at + piece.start);
    if (!r) return [];
    parts2.push(r);
  }
  for (const p of parts2) {
    if (m[2]) p.protocol = m[2].toLowerCase();
    withHost(p, m[3]);
  }
  return parts2;
}
function parseUfwRule(text) {
  const out2 = [];
  const first = /^\S+/.exec(text);
  if (first) out2.push(...ufwPorts(first[0], 0));
  const PORT_WORD = /\bport\s+(\S+)/g;
  for (let m = PORT_WORD.exec(text); m; m = PORT_WORD.exec(text)) out2.push(...ufwPorts(m[1], m.index + m[0].length - m[1].length));
  return out2;
}
function parsePortRanges(text) {
  return ufwPorts(text, 0);
}
var NFT_MATCH = /\b([ds]port)\s+(?:!=\s*|==\s*)?(\{[^}]*\}|[\d$][^\s;]*)/g;
function parseNftRule(text) {
  const out2 = [];
  NFT_MATCH.lastIndex = 0;
  for (let m = NFT_MATCH.exec(text); m; m = NFT_MATCH.exec(text)) {
    const value = m[2];
    const at = m.index + m[0].length - value.length;
    const items = value.startsWith("{") ? [...value.slice(1, -1).matchAll(/[^\s,]+/g)].map((i2) => ({ text: i2[0], start: 1 + i2.index })) : [{ text: value, start: 0 }];
    for (const item of items) {
      const p = resolvePort(item.text, at + item.start);
      if (p) out2.push({ ...p, name: m[1] });
    }
  }
  return out2;
}
function ufwPorts(word, offset) {
  const proto = /\/(tcp|udp)$/i.exec(word);
  const body2 = proto ? word.slice(0, proto.index) : word;
  const parts2 = [];
  for (const piece of splitTop(body2, ",")) {
    const range = /^(\d+):(\d+)$/.exec(piece.text);
    const r = range ? resolvePort(`${range[1]}-${range[2]}`, offset + piece.start) : resolvePort(piece.text, offset + piece.start);
    if (!r || r.port === null) return [];
    if (range) r.end = r.start + piece.text.length;
    if (proto) r.protocol = proto[1].toLowerCase();
    parts2.push(r);
  }
  return parts2;
}
function parseFuserName(text, namespace) {
  const m = /^([^,/]+)(?:,[^/]*)?\/(tcp|udp)$/i.exec(text);
  if (m) {
    const p2 = resolvePort(m[1]);
    if (!p2) return [];
    p2.protocol = m[2].toLowerCase();
    return [p2];
  }
  if (!namespace) return [];
  const p = resolvePort(text);
  return p ? [p] : [];
}
var SS_FILTER = /\b([sd]port)\s*(?:==|!=|>=|<=|=|>|<|\beq\b|\bneq?\b|\bge\b|\ble\b|\bgt\b|\blt\b)\s*:?(\$\{[^}]*\}|\$\w+|\d+)/gi;
function parseSsFilter(text) {
  const out2 = [];
  SS_FILTER.lastIndex = 0;
  for (let m = SS_FILTER.exec(text); m; m = SS_FILTER.exec(text)) {
    const value = m[2];
    const p = resolvePort(value, m.index + m[0].length - value.length);
    if (p) out2.push({ ...p, name: m[1].toLowerCase() });
  }
  return out2;
}
function parseSocatAddress(text) {
  const m = /^((?:TCP|UDP|SCTP|OPENSSL|SSL|DTLS)[46]?)(-[A-Z]+)?:/i.exec(text);
  if (!m) return [];
  const mode = (m[2] ?? "").toUpperCase();
  const rest = text.slice(m[0].length);
  const params = rest.split(",")[0];
  const protocol = /^UDP/i.test(m[1]) ? "udp" : /^SCTP/i.test(m[1]) ? "sctp" : "tcp";
  if (["-LISTEN", "-L", "-RECVFROM", "-RECV"].includes(mode)) {
    const p = resolvePort(params, m[0].length);
    return p ? [{ ...p, side: "listen", protocol }] : [];
  }
  if (["", "-CONNECT", "-SENDTO", "-DATAGRAM"].includes(mode)) {
    const a = parseAddress(params, false);
    if (!a) return [];
    return [{ ...a, start: a.start + m[0].length, end: a.end + m[0].length, side: "connect", protocol }];
  }
  return [];
}
function parseSshOption(text) {
  const m = /^(\s*port\s*(?:=\s*|\s+))(\S+)\s*$/i.exec(text);
  if (!m) return [];
  const p = resolvePort(m[2], m[1].length);
  return p ? [p] : [];
}
function namesPort(name2) {
  return isPortName(name2) && !namesPortQuantity(name2);
}
var KEY_VALUE = /^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$/s;
function parseKeyValues(text) {
  const one = keyValue(text, 0);
  if (one && one.length > 0) return one;
  const out2 = [];
  const pieces = splitTop(text, ",");
  if (pieces.length < 2) return out2;
  for (const p of pieces) out2.push(...keyValue(p.text, p.start) ?? []);
  return out2;
}
function keyValue(text, offset) {
  const m = KEY_VALUE.exec(text);
  if (!m) return void 0;
  const key = m[1];
  if (!namesPort(key)) return [];
  const at = offset + key.length + 1;
  return resolvePortList(m[2], at).map((p) => ({ ...p, key }));
}
var ADDRESS_WORDS = /* @__PURE__ */ new Set(["addr", "address", "bind", "listen"]);
function isAddressName(name2) {
  return identifierWords(name2).some((w) => ADDRESS_WORDS.has(w));
}

// src/extract/tree-sitter.ts
import { readFileSync } from "node:fs";
import v8 from "node:v8";

// node_modules/web-tree-sitter/web-tree-sitter.js
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count);
      if (count > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire } = await import("module");
    var require = createRequire(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path2) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path2, scriptDirectory);
    }
    return scriptDirectory + path2;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count2 = getLEB();
      var rtn = [];
      while (count2--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count = getLEB();
        while (count--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count);
    if (count > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values2 = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values2.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/extract/query-patterns.ts
var QuerySyntaxError = class extends Error {
};
var IDENT_START = /[\p{L}\p{N}_-]/u;
var IDENT_CHAR = /[\p{L}\p{N}_\-.?!]/u;
function tokenize(source) {
  const tokens = [];
  let i2 = 0;
  const ident = (from) => {
    let j = from;
    while (j < source.length && IDENT_CHAR.test(source[j])) j++;
    return j;
  };
  while (i2 < source.length) {
    const c = source[i2];
    if (/\s/.test(c)) i2++;
    else if (c === ";") {
      while (i2 < source.length && source[i2] !== "\n") i2++;
    } else if (c === '"') {
      let value = "";
      let j = i2 + 1;
      for (; j < source.length && source[j] !== '"'; j++) {
        if (source[j] === "\\" && j + 1 < source.length) {
          const e = source[++j];
          value += e === "n" ? "\n" : e === "t" ? "	" : e === "r" ? "\r" : e === "0" ? "\0" : e;
        } else value += source[j];
      }
      if (j >= source.length) throw new QuerySyntaxError(`unterminated string at ${i2}`);
      tokens.push({ type: "string", value, start: i2, end: j + 1 });
      i2 = j + 1;
    } else if (c === "@" || c === "#") {
      const j = ident(i2 + 1);
      if (j === i2 + 1) throw new QuerySyntaxError(`empty ${c === "@" ? "capture" : "predicate"} name at ${i2}`);
      tokens.push({ type: c === "@" ? "capture" : "predicate", value: source.slice(i2 + 1, j), start: i2, end: j });
      i2 = j;
    } else if ("()[].*+?!:".includes(c)) {
      tokens.push({ type: c, value: c, start: i2, end: i2 + 1 });
      i2++;
    } else if (IDENT_START.test(c)) {
      let j = ident(i2);
      if (source[j] === "/" && j + 1 < source.length && IDENT_START.test(source[j + 1])) j = ident(j + 1);
      tokens.push({ type: "ident", value: source.slice(i2, j), start: i2, end: j });
      i2 = j;
    } else throw new QuerySyntaxError(`unexpected ${JSON.stringify(c)} at ${i2}`);
  }
  return tokens;
}
var Parser2 = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  i = 0;
  done() {
    return this.i >= this.tokens.length;
  }
  peek(offset = 0) {
    return this.tokens[this.i + offset];
  }
  next() {
    const t = this.tokens[this.i++];
    if (!t) throw new QuerySyntaxError("unexpected end of query");
    return t;
  }
  expect(type) {
    const t = this.next();
    if (t.type !== type) throw new QuerySyntaxError(`expected ${type}, got ${JSON.stringify(t.value)} at ${t.start}`);
    return t;
  }
  /** One item with its quantifier and captures; a predicate `(#…)` where the context allows one. */
  item() {
    const t = this.next();
    let item;
    if (t.type === "(" && this.peek()?.type === "predicate") {
      const operator = this.next().value;
      const args2 = [];
      while (this.peek()?.type !== ")") args2.push(this.next());
      this.expect(")");
      return { operator, args: args2 };
    }
    if (t.type === "[") {
      const branches = [];
      const predicates = [];
      while (this.peek()?.type !== "]") {
        const b = this.item();
        if ("operator" in b) predicates.push(b);
        else {
          branches.push(b);
          predicates.push(...b.predicates);
        }
      }
      const end = this.expect("]").end;
      const mandatory = branches.length === 0 ? /* @__PURE__ */ new Set() : new Set([...branches[0].mandatory].filter((c) => branches.every((b) => b.mandatory.has(c))));
      const types = branches.map((b) => b.type);
      const nodes = branches.length > 0 && types.every((x) => x !== void 0) ? [[...new Set(types)]] : [];
      item = { mandatory, nodes, predicates, start: t.start, end };
    } else if (t.type === "(") {
      let type;
      if (this.peek()?.type === "ident") type = this.next().value;
      else if (this.peek()?.type === "string") type = this.next().value;
      if (type === "_" || type === "MISSING" || type?.includes("/")) type = void 0;
      const mandatory = /* @__PURE__ */ new Set();
      const nodes = type === void 0 ? [] : [[type]];
      const predicates = [];
      while (this.peek()?.type !== ")") {
        const c = this.peek();
        if (c.type === ".") {
          this.next();
          continue;
        }
        if (c.type === "!") {
          this.next();
          this.expect("ident");
          continue;
        }
        if (c.type === "ident" && this.peek(1)?.type === ":") {
          this.next();
          this.next();
        }
        const child = this.item();
        if ("operator" in child) predicates.push(child);
        else {
          for (const m of child.mandatory) mandatory.add(m);
          nodes.push(...child.nodes);
          predicates.push(...child.predicates);
        }
      }
      const end = this.expect(")").end;
      item = { mandatory, nodes, predicates, start: t.start, end };
      if (type !== void 0) item.type = type;
    } else if (t.type === "string") {
      item = { mandatory: /* @__PURE__ */ new Set(), nodes: [[t.value]], type: t.value, predicates: [], start: t.start, end: t.end };
    } else if (t.type === "ident" && t.value === "_") {
      item = { mandatory: /* @__PURE__ */ new Set(), nodes: [], predicates: [], start: t.start, end: t.end };
    } else throw new QuerySyntaxError(`unexpected ${JSON.stringify(t.value)} at ${t.start}`);
    let optional = false;
    const captures = [];
    for (let s = this.peek(); s && (s.type === "*" || s.type === "+" || s.type === "?" || s.type === "capture"); s = this.peek()) {
      this.next();
      if (s.type === "capture") captures.push(s.value);
      else if (s.type !== "+") optional = true;
      item.end = s.end;
    }
    if (optional) {
      item.mandatory = /* @__PURE__ */ new Set();
      item.nodes = [];
      delete item.type;
    } else for (const c of captures) item.mandatory.add(c);
    return item;
  }
};
function needsOf(item) {
  const needs = [];
  for (const p of item.predicates) {
    const [first, ...rest] = p.args;
    if (first?.type !== "capture") continue;
    const strings = rest.every((a) => a.type === "string") ? rest.map((a) => a.value) : void 0;
    if (p.operator === "eq?" && strings?.length === 1 && item.mandatory.has(first.value)) needs.push({ kind: "literal", anyOf: strings });
    else if (p.operator === "any-of?" && strings && strings.length > 0) needs.push({ kind: "literal", anyOf: strings });
    else if (p.operator === "port-name?") needs.push({ kind: "port-name" });
    else if (p.operator === "protocol-sibling?") needs.push({ kind: "literal", anyOf: ["proto"] });
  }
  return needs;
}
function queryPatterns(source) {
  const parser = new Parser2(tokenize(source));
  const patterns = [];
  while (!parser.done()) {
    const item = parser.item();
    if ("operator" in item) throw new QuerySyntaxError(`predicate #${item.operator} outside a pattern`);
    patterns.push({ start: item.start, end: item.end, needs: needsOf(item), nodes: item.nodes });
  }
  return patterns;
}
function textMayNamePort(text) {
  const re = /port/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start2 = m.index;
    let end = m.index + 4;
    while (start2 > 0 && /[A-Za-z0-9]/.test(text[start2 - 1])) start2--;
    while (end < text.length && /[A-Za-z0-9]/.test(text[end])) end++;
    if (/[0-9]/.test(text.slice(start2, m.index)) || isPortName(text.slice(start2, end))) return true;
  }
  return false;
}
function patternsFor(patterns, text, types) {
  const literal2 = /* @__PURE__ */ new Map();
  let portName;
  const holds = (n) => {
    if (n.kind === "port-name") return portName ??= textMayNamePort(text);
    return n.anyOf.some((s) => {
      let v = literal2.get(s);
      if (v === void 0) literal2.set(s, v = text.includes(s));
      return v;
    });
  };
  const out2 = [];
  patterns.forEach((p, i2) => {
    if (p.needs.every(holds) && (!types || p.nodes.every((anyOf) => anyOf.some(types)))) out2.push(i2);
  });
  return out2;
}

// src/extract/tree-sitter.ts
var WASM = {
  javascript: "javascript/tree-sitter-javascript.wasm",
  typescript: "typescript/tree-sitter-typescript.wasm",
  tsx: "typescript/tree-sitter-tsx.wasm",
  python: "python/tree-sitter-python.wasm",
  bash: "bash/tree-sitter-bash.wasm",
  json: "json/tree-sitter-json.wasm"
};
var QUERY_FILES = {
  javascript: ["javascript/classes.scm", "jsx/ports.scm", "javascript/ports.scm"],
  typescript: ["typescript/ports.scm", "javascript/ports.scm"],
  tsx: ["typescript/ports.scm", "jsx/ports.scm", "javascript/ports.scm"],
  python: ["python/ports.scm"],
  bash: ["bash/ports.scm"],
  json: ["json/ports.scm"]
};
var OCCURRENCE_KINDS = [
  "publish-host",
  "publish-container",
  "expose",
  "listen",
  "connect",
  "url",
  "address",
  "env-assign",
  "env-default",
  "cli-flag",
  "property",
  "parameter-default",
  "constant",
  "argument"
];
var CAPTURE_NAMES = ["port", "name", "variable", "string", "comment", "command"];
var CUSTOM_PREDICATES = /* @__PURE__ */ new Set(["port-name?", "not-port-name?", "protocol-sibling?"]);
var selection = "whole";
var planned = /* @__PURE__ */ new Map();
var plannedTrees = /* @__PURE__ */ new Map();
var NODE_TYPES_MAX_CHARS = 16 * 1024;
var PLAN_TREE_CHARS = 64 * 1024;
var LoadedGrammar = class {
  constructor(id, language, parser, querySource2) {
    this.id = id;
    this.language = language;
    this.parser = parser;
    this.querySource = querySource2;
  }
  id;
  language;
  parser;
  querySource;
  whole;
  /** Node type names no tree shows although a query may name them (supertypes), and so never rule out a pattern. */
  hidden;
  /** Per-text subsets by their pattern list (`per-text`), and the one subset of a short run (`short`). */
  subsets = /* @__PURE__ */ new Map();
  shortSubset;
  get query() {
    if (!this.whole) {
      this.whole = compileQuery(this.id, this.language, this.querySource);
      checkCaptureNames(this.id, this.whole);
    }
    return this.whole;
  }
  /** Patterns compiled so far: the whole query's count, a subset's, or 0. */
  get compiledPatterns() {
    if (this.whole) return this.whole.patternCount();
    let n = this.shortSubset?.query.patternCount() ?? 0;
    for (const s of this.subsets.values()) n = Math.max(n, s.query.patternCount());
    return n;
  }
  /** Drops every compiled query (forgetQueries). */
  forget() {
    this.whole?.delete();
    this.whole = void 0;
    this.shortSubset?.query.delete();
    this.shortSubset = void 0;
    for (const s of this.subsets.values()) s.query.delete();
    this.subsets.clear();
  }
  /**
   * The query to run over the tree under `root`. A short run compiles one subset per grammar: the
   * patterns its texts can match (query-patterns.ts: the literals and port names their predicates
   * demand, and the node types they name), known before the first file is extracted (planQueries) — a
   * fifteen-file run needs a third to a half of a query. A text that needs a pattern outside the subset
   * (embedded shell is decoded from its file's text, and planned by its literals only) gets the whole
   * query, which then serves every file: at most one subset and the whole query per grammar and process.
   */
  select(root) {
    if (selection === "whole" || selection === "short" && this.whole) return { query: this.query };
    const patterns = patternsOf(this.id, this.querySource);
    const text = root.text;
    if (selection === "short" && this.shortSubset) {
      const subset2 = this.shortSubset;
      const fits = (needed2) => needed2.every((i2) => subset2.has.has(i2));
      if (fits(patternsFor(patterns, text)) || fits(this.patternsFor(patterns, text, root))) return subset2;
      return { query: this.query };
    }
    const needed = this.patternsFor(patterns, text, root);
    if (needed.length === patterns.length) return { query: this.query };
    if (selection === "short") {
      const union = /* @__PURE__ */ new Set([...planned.get(this.id) ?? [], ...needed]);
      planned.delete(this.id);
      for (const other of plannedTrees.get(this.id) ?? []) {
        const tree = parse(this, other);
        try {
          for (const i2 of this.patternsFor(patterns, other, tree.rootNode)) union.add(i2);
        } finally {
          tree.delete();
        }
      }
      plannedTrees.delete(this.id);
      if (union.size === patterns.length) return { query: this.query };
      this.shortSubset = this.compileSubset(
        patterns,
        [...union].sort((a, b) => a - b)
      );
      return this.shortSubset;
    }
    const key = needed.join(",");
    let subset = this.subsets.get(key);
    if (!subset) this.subsets.set(key, subset = this.compileSubset(patterns, needed));
    return subset;
  }
  /**
   * The patterns that may match in `text`: by its literals, and for a text of at most
   * NODE_TYPES_MAX_CHARS by the node types of its tree (`root`) too — most patterns a text's words allow
   * name a construct it does not have (a class body, a default parameter, an enum). A subset of the
   * literals' patterns, so a text planned by its literals never needs more than its plan.
   */
  patternsFor(patterns, text, root) {
    if (text.length > NODE_TYPES_MAX_CHARS) return patternsFor(patterns, text);
    const present = nodeTypesUnder(root);
    const hidden = this.hidden ??= hiddenTypes(this.language, patterns);
    return patternsFor(patterns, text, (type) => present.has(type) || hidden.has(type));
  }
  compileSubset(patterns, needed) {
    const source = needed.map((i2) => this.querySource.slice(patterns[i2].start, patterns[i2].end)).join("\n");
    const query = compileQuery(this.id, this.language, source);
    if (query.patternCount() !== needed.length) throw new Error(`port-lint: a subset of the ${this.id} query has ${query.patternCount()} patterns, not ${needed.length}`);
    return { query, patterns: needed, has: new Set(needed) };
  }
};
var splitQueries = /* @__PURE__ */ new Map();
function patternsOf(id, source = querySource(id)) {
  let patterns = splitQueries.get(id);
  if (!patterns) splitQueries.set(id, patterns = queryPatterns(source));
  return patterns;
}
function planQueries(texts) {
  let treeChars = 0;
  const byLiterals = (id, text) => {
    if (ready.get(id)?.compiledPatterns) return;
    let union = planned.get(id);
    if (!union) planned.set(id, union = /* @__PURE__ */ new Set());
    for (const i2 of patternsFor(patternsOf(id), text)) union.add(i2);
  };
  for (const { text, parsedBy, embedded } of texts) {
    if (parsedBy && !ready.get(parsedBy)?.compiledPatterns) {
      if (text.length <= NODE_TYPES_MAX_CHARS && treeChars + text.length <= PLAN_TREE_CHARS) {
        treeChars += text.length;
        let list = plannedTrees.get(parsedBy);
        if (!list) plannedTrees.set(parsedBy, list = []);
        list.push(text);
      } else byLiterals(parsedBy, text);
    }
    for (const id of embedded) if (id !== parsedBy) byLiterals(id, text);
  }
}
function nodeTypesUnder(root) {
  const types = /* @__PURE__ */ new Set();
  const cursor = root.walk();
  try {
    for (; ; ) {
      types.add(cursor.nodeType);
      if (cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return types;
    }
  } finally {
    cursor.delete();
  }
}
function hiddenTypes(language, patterns) {
  const names = /* @__PURE__ */ new Set();
  for (const p of patterns) for (const anyOf of p.nodes) for (const type of anyOf) names.add(type);
  const hidden = /* @__PURE__ */ new Set();
  for (const type of names) {
    if (type === "ERROR") continue;
    const ids = [language.idForNodeType(type, true), language.idForNodeType(type, false)].filter((id) => !!id);
    if (ids.length === 0 || ids.some((id) => !language.nodeTypeIsVisible(id))) hidden.add(type);
  }
  return hidden;
}
function compileQuery(id, language, source) {
  try {
    return new Query(language, source);
  } catch (err2) {
    throw new Error(`port-lint: query for ${id} (${QUERY_FILES[id].join(", ")}) does not compile: ${err2.message}`);
  }
}
var initialized;
var grammars = /* @__PURE__ */ new Map();
var ready = /* @__PURE__ */ new Map();
var GrammarNotLoaded = class extends Error {
  constructor(id) {
    super(`grammar ${id} is not loaded; call loadGrammar('${id}') first`);
    this.id = id;
    this.name = "GrammarNotLoaded";
  }
  id;
};
function grammar(id) {
  const g = ready.get(id);
  if (!g) throw new GrammarNotLoaded(id);
  return g;
}
var RUNTIME_WASM = "web-tree-sitter.wasm";
var QUERY_SUBSET_MAX_FILES = 4;
function preferQuickCompile(files = 1, plan) {
  if (grammars.size > 0 || quickCompile) return;
  quickCompile = true;
  v8.setFlagsFromString("--liftoff-only");
  if (plan) {
    planQueries(plan);
    selection = "short";
  } else if (files <= QUERY_SUBSET_MAX_FILES) selection = "short";
}
var quickCompile = false;
function initParser() {
  initialized ??= Parser.init({ locateFile: () => packagePath("grammars", RUNTIME_WASM) });
  return initialized;
}
function querySource(id) {
  return QUERY_FILES[id].map((f) => readFileSync(packagePath("grammars", f), "utf8")).join("\n");
}
function loadGrammar(id) {
  let g = grammars.get(id);
  if (!g) {
    g = (async () => {
      await initParser();
      const language = await Language.load(packagePath("grammars", WASM[id]));
      const parser = new Parser();
      parser.setLanguage(language);
      const loaded = new LoadedGrammar(id, language, parser, querySource(id));
      if (selection === "whole") void loaded.query;
      ready.set(id, loaded);
      return loaded;
    })();
    grammars.set(id, g);
  }
  return g;
}
function checkCaptureNames(id, query) {
  for (const name2 of query.captureNames) {
    if (name2.startsWith("_")) continue;
    if (CAPTURE_NAMES.includes(name2)) continue;
    if (name2.startsWith("occurrence.") && OCCURRENCE_KINDS.includes(name2.slice("occurrence.".length))) continue;
    throw new Error(`port-lint: query for ${id} uses unknown capture @${name2}`);
  }
  query.predicates.forEach((preds) => {
    for (const p of preds) {
      if (!CUSTOM_PREDICATES.has(p.operator)) throw new Error(`port-lint: query for ${id} uses unknown predicate #${p.operator}`);
    }
  });
}
function descendantGroups(root, groups) {
  const out2 = {};
  const groupOf = /* @__PURE__ */ new Map();
  for (const key of Object.keys(groups)) {
    out2[key] = [];
    for (const type of groups[key]) groupOf.set(type, out2[key]);
  }
  for (const n of root.descendantsOfType([...groupOf.keys()])) if (n) groupOf.get(n.type)?.push(n);
  return out2;
}
function parse(grammar2, text) {
  const tree = grammar2.parser.parse(text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${grammar2.id}`);
  return tree;
}
var WHOLE_TREE_BYTES = 64 * 1024;
var chunkBytes = WHOLE_TREE_BYTES;
function* queryMatches(query, root) {
  if (root.endIndex - root.startIndex <= chunkBytes) {
    yield* query.matches(root);
    return;
  }
  yield* query.matches(root, { maxStartDepth: 0 });
  const cursor = root.walk();
  try {
    if (cursor.gotoFirstChild()) {
      do
        yield* queryMatches(query, cursor.currentNode);
      while (cursor.gotoNextSibling());
    }
  } finally {
    cursor.delete();
  }
}
var byPosition = (a, b) => a.startIndex - b.startIndex || a.endIndex - b.endIndex || a.typeId - b.typeId;
var startOf = (n) => n ? n.startIndex : -1;
function runQuery(grammar2, root) {
  const hits = { occurrences: [], strings: [], comments: [], commands: [] };
  const strings = /* @__PURE__ */ new Map();
  const { query, patterns } = grammar2 instanceof LoadedGrammar ? grammar2.select(root) : { query: grammar2.query, patterns: void 0 };
  for (const match of queryMatches(query, root)) {
    const byName = /* @__PURE__ */ new Map();
    for (const c of match.captures) if (!byName.has(c.name)) byName.set(c.name, c.node);
    if (!predicatesHold(query, match.patternIndex, byName)) continue;
    let kindCapture;
    for (const name2 of byName.keys()) if (name2.startsWith("occurrence.")) kindCapture = name2;
    if (kindCapture) {
      const port = byName.get("port");
      if (!port) continue;
      const hit = {
        kind: kindCapture.slice("occurrence.".length),
        pattern: patterns ? patterns[match.patternIndex] : match.patternIndex,
        port,
        outer: byName.get(kindCapture)
      };
      const name2 = byName.get("name");
      const variable = byName.get("variable");
      if (name2) hit.name = name2;
      if (variable) hit.variable = variable;
      hits.occurrences.push(hit);
      continue;
    }
    for (const c of match.captures) {
      if (c.name === "string") {
        const seen = strings.get(c.node.startIndex);
        if (!seen || c.node.endIndex > seen.endIndex || c.node.endIndex === seen.endIndex && c.node.typeId < seen.typeId) strings.set(c.node.startIndex, c.node);
      } else if (c.name === "comment") hits.comments.push(c.node);
      else if (c.name === "command") hits.commands.push(c.node);
    }
  }
  hits.occurrences.sort(
    (a, b) => a.pattern - b.pattern || byPosition(a.port, b.port) || byPosition(a.outer, b.outer) || startOf(a.name) - startOf(b.name) || startOf(a.variable) - startOf(b.variable)
  );
  hits.strings = [...strings.values()].sort(byPosition);
  hits.comments.sort(byPosition);
  hits.commands.sort(byPosition);
  return hits;
}
function hasProtocolSibling(pair) {
  for (const sibling2 of pair.parent?.namedChildren ?? []) {
    if (!sibling2 || sibling2.type !== "pair" || sibling2.id === pair.id) continue;
    const key = sibling2.childForFieldName("key");
    const value = sibling2.childForFieldName("value");
    if (!key || !value || value.type !== "string") continue;
    if (/^(?:proto|protocol)$/.test(unquote(key.text)) && /^(?:tcp|udp)$/i.test(unquote(value.text))) return true;
  }
  return false;
}
function predicatesHold(query, pattern, captures) {
  for (const p of query.predicates[pattern] ?? []) {
    const operand = p.operands[0];
    const node = operand && operand.type === "capture" ? captures.get(operand.name) : void 0;
    if (!node) return false;
    if (p.operator === "protocol-sibling?") {
      if (!hasProtocolSibling(node)) return false;
      continue;
    }
    const holds = isPortName(unquote(node.text));
    if (p.operator === "port-name?" && !holds) return false;
    if (p.operator === "not-port-name?" && holds) return false;
  }
  return true;
}

// src/extract/generic.ts
var OccurrenceSet = class {
  constructor(src) {
    this.src = src;
  }
  src;
  /** Claimed spans, sorted by start; spans never overlap, so ends are sorted too. */
  starts = [];
  ends = [];
  list = [];
  /** Adds unless [start, end) overlaps an occurrence already added. */
  add(start2, end, init2) {
    if (this.overlaps(start2, end)) return false;
    this.insert(start2, end);
    this.list.push(this.src.occurrence(start2, end, init2));
    return true;
  }
  overlaps(start2, end) {
    const i2 = this.firstEndingAfter(start2);
    return i2 < this.starts.length && this.starts[i2] < Math.max(end, start2 + 1);
  }
  /** Claims a span without an occurrence (e.g. a number known not to be a port). */
  claim(start2, end) {
    if (!this.overlaps(start2, end)) this.insert(start2, end);
  }
  firstEndingAfter(offset) {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (this.ends[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  insert(start2, end) {
    const i2 = this.firstEndingAfter(start2);
    this.starts.splice(i2, 0, start2);
    this.ends.splice(i2, 0, Math.max(end, start2 + 1));
  }
};
function nodeContent(node) {
  const inside = stringInside(node.text);
  return { text: inside.text, start: node.startIndex + inside.offset };
}
function addHit(out2, hit) {
  const { text, start: start2 } = nodeContent(hit.port);
  const resolved = resolvePortExpression(text, start2);
  if (!resolved) return;
  const name2 = hit.name ? unquote(hit.name.text) : void 0;
  const variable = hit.variable ? unquote(hit.variable.text) : resolved.variable;
  const init2 = { kind: hit.kind, port: resolved.port };
  if (resolved.portEnd !== void 0) init2.portEnd = resolved.portEnd;
  if (resolved.protocol !== void 0) init2.protocol = resolved.protocol;
  if (name2 !== void 0) init2.name = name2;
  if (variable !== void 0) init2.variable = variable;
  else if (hit.kind === "env-default" && name2 !== void 0) init2.variable = name2;
  out2.add(resolved.start, resolved.end, init2);
}
function scanText(out2, text, map, comment = false) {
  for (const m of scanAddresses(text)) {
    const [start2, end] = map.span(m.start, m.end);
    const init2 = { kind: m.kind, port: m.port, host: m.host, comment };
    if (m.scheme !== void 0) init2.scheme = m.scheme;
    out2.add(start2, end, init2);
  }
  if (comment) return;
  FLAG_LISTEN.lastIndex = 0;
  for (let m = FLAG_LISTEN.exec(text); m; m = FLAG_LISTEN.exec(text)) {
    const name2 = m[1].replace(/[=\s]+$/, "");
    const port = parsePortNumber(m[2]);
    if (port === void 0 || !isAddressName(name2) || namesPortQuantity(name2)) continue;
    const at = m.index + m[0].length - m[2].length - (m[3]?.length ?? 0);
    const [start2, end] = map.span(at, at + m[2].length);
    const init2 = { kind: "listen", port, name: name2, host: "" };
    if (m[3] !== void 0) init2.protocol = m[3].slice(1);
    out2.add(start2, end, init2);
  }
  LISTEN_WORD.lastIndex = 0;
  for (let m = LISTEN_WORD.exec(text); m; m = LISTEN_WORD.exec(text)) {
    const port = parsePortNumber(m[1]);
    const at = m.index + m[0].indexOf(":") + 1;
    if (port !== void 0 && port >= 1024) {
      const [start2, end] = map.span(at, at + m[1].length);
      out2.add(start2, end, { kind: "address", port, host: "" });
    }
  }
  KEY_VALUE_PORT.lastIndex = 0;
  for (let m = KEY_VALUE_PORT.exec(text); m; m = KEY_VALUE_PORT.exec(text)) {
    const name2 = m[1];
    const port = parsePortNumber(m[3]);
    const last = name2.slice(name2.lastIndexOf(".") + 1);
    if (port === void 0 || !isPortName(last) || namesPortQuantity(last)) continue;
    const at = m.index + m[0].length - m[3].length - m[2].length;
    const [start2, end] = map.span(at, at + m[3].length);
    out2.add(start2, end, { kind: "property", port, name: name2 });
  }
  scanJsonPorts(out2, text, map);
}
function scanCodeProperties(out2, text, map) {
  PROPERTY_PORT.lastIndex = 0;
  for (let m = PROPERTY_PORT.exec(text); m; m = PROPERTY_PORT.exec(text)) {
    const name2 = m[1];
    const port = parsePortNumber(m[3]);
    if (port === void 0 || !isPortName(name2) || namesPortQuantity(name2)) continue;
    const at = m.index + m[0].length - m[3].length - m[2].length;
    const [start2, end] = map.span(at, at + m[3].length);
    out2.add(start2, end, { kind: "property", port, name: name2 });
  }
}
function scanJsonPorts(out2, text, map) {
  if (!text.includes("{")) return;
  JSON_PAIR_PORT.lastIndex = 0;
  for (let m = JSON_PAIR_PORT.exec(text); m; m = JSON_PAIR_PORT.exec(text)) {
    const name2 = m[1];
    const port = parsePortNumber(m[2]);
    if (port === void 0 || !isPortName(name2) || namesPortQuantity(name2)) continue;
    const at = m.index + m[0].length - m[2].length;
    const [start2, end] = map.span(at, at + m[2].length);
    out2.add(start2, end, { kind: "property", port, name: name2 });
  }
}
var JSON_PAIR_PORT = /[{,]\s*\\?"([A-Za-z_][\w.-]*)\\?"\s*:\s*(?:\\?")?(\d{2,5})(?=(?:\\?")?\s*[,}])/g;
var KEY_VALUE_PORT = /(?:^|[\s;,?&"'(])([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\s*=\s*(['"]?)(\d{2,5})\2(?=$|[\s;,&"')])/g;
var PROPERTY_PORT = /[{,]\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(['"]?)(\d{2,5})\2(?=\s*(?:$|[,;})\n]))/g;
var FLAG_LISTEN = /(?:^|[\s"'(,[])(--?[A-Za-z][\w.-]*(?:=|\s+)|[A-Za-z][\w.-]*=):(\d{1,5})(\/(?:tcp|udp))?(?=$|[\s"',;)\]])/g;
var LISTEN_WORD = /(?:^|\s|(?<![\w\\])['"`]):(\d{4,5})(?:\/(?:tcp|udp))?(?=$|\s|[),;'"`]|\.(?:\s|$))/g;
var COMMENT_ASSIGNMENT = /(?:^|[\s(`'"])((?:--?)?[A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=|:|\s)\s*["']?(\d{2,5})(?![\d.:])/g;
function scanComment(out2, text, start2) {
  const map = OffsetMap.identity(text.length, start2);
  scanText(out2, text, map, true);
  COMMENT_ASSIGNMENT.lastIndex = 0;
  for (let m = COMMENT_ASSIGNMENT.exec(text); m; m = COMMENT_ASSIGNMENT.exec(text)) {
    const name2 = m[1];
    const digits = m[2];
    if (!isPortName(name2)) continue;
    const port = parsePortNumber(digits);
    if (port === void 0) continue;
    const at = m.index + m[0].length - digits.length;
    out2.add(start2 + at, start2 + at + digits.length, { kind: kindForName(name2), port, name: name2, comment: true });
  }
}
function kindForName(name2) {
  if (name2.startsWith("-")) return "cli-flag";
  if (/^[A-Z][A-Z0-9_]*$/.test(name2)) return "env-assign";
  return "property";
}
function extractTreeSitter(src, grammar2, hooks = {}, out2 = new OccurrenceSet(src)) {
  const tree = parse(grammar2, src.text);
  try {
    const hits = runQuery(grammar2, tree.rootNode);
    hits.occurrences.sort((a, b) => a.pattern - b.pattern || a.port.startIndex - b.port.startIndex);
    for (const hit of hits.occurrences) {
      checkFileBudget();
      if (hooks.hit?.(hit, out2)) continue;
      addHit(out2, hit);
    }
    for (const node of hits.commands) hooks.command?.(node, out2);
    hooks.tree?.(tree.rootNode, out2);
    const commentStarts = /* @__PURE__ */ new Set();
    for (const node of hits.comments) {
      commentStarts.add(node.startIndex);
      scanComment(out2, node.text, node.startIndex);
    }
    for (const node of hits.strings) {
      if (commentStarts.has(node.startIndex)) continue;
      const { text, start: start2 } = nodeContent(node);
      scanText(out2, text, OffsetMap.identity(text.length, start2));
    }
  } finally {
    tree.delete();
  }
  return out2.list;
}

// src/extract/shell-commands.ts
function values(...names) {
  return Object.fromEntries(names.map((n) => [n, "skip"]));
}
var PORT_FLAGS = { "-p": "port", "--port": "port" };
function wrapper(valueFlags = [], extra = {}, args2 = []) {
  return { flags: { ...values(...valueFlags), ...extra }, args: args2, rest: "command" };
}
var DOCKER_RUN = {
  flags: {
    "-p": "publish",
    "--publish": "publish",
    "--expose": "expose",
    "-e": "env",
    "--env": "env",
    "--health-cmd": "shell",
    ...values(
      "--name",
      "-v",
      "--volume",
      "-w",
      "--workdir",
      "-u",
      "--user",
      "--network",
      "--net",
      "--entrypoint",
      "-l",
      "--label",
      "--env-file",
      "--mount",
      "--restart",
      "-m",
      "--memory",
      "--memory-swap",
      "--cpus",
      "--cpu-shares",
      "-c",
      "-h",
      "--hostname",
      "--add-host",
      "--platform",
      "--gpus",
      "--device",
      "--log-driver",
      "--log-opt",
      "--ulimit",
      "--cap-add",
      "--cap-drop",
      "--security-opt",
      "--tmpfs",
      "--shm-size",
      "--pull",
      "--cidfile",
      "--dns",
      "--dns-search",
      "--health-interval",
      "--health-timeout",
      "--health-retries",
      "--health-start-period",
      "--ip",
      "--ip6",
      "--link",
      "--network-alias",
      "--pid",
      "--ipc",
      "--userns",
      "--volumes-from",
      "--stop-signal",
      "--stop-timeout",
      "--label-file",
      "--group-add",
      "--runtime",
      "--isolation",
      "--uts",
      "--cgroupns",
      "--cgroup-parent",
      "-a",
      "--attach",
      "--detach-keys",
      "--mac-address",
      "--storage-opt",
      "--sysctl",
      "--annotation",
      "--pod",
      "--cpuset-cpus"
    )
  },
  args: ["skip"],
  // the image
  rest: "command"
};
var DOCKER_EXEC = {
  flags: { "-e": "env", "--env": "env", ...values("-u", "--user", "-w", "--workdir", "--env-file", "--detach-keys", "--index") },
  args: ["skip"],
  // the container
  rest: "command"
};
var DOCKER_PORT = { args: ["skip", { role: "port", kind: "argument" }] };
var DOCKER_BUILD = {
  flags: {
    "--build-arg": "env",
    ...values("-t", "--tag", "-f", "--file", "--target", "--platform", "--secret", "--ssh", "--cache-from", "--cache-to", "--label", "--network", "--progress", "-o", "--output")
  }
};
var DOCKER_SERVICE = {
  flags: {
    "-p": "publish",
    "--publish": "publish",
    "--publish-add": "publish",
    "-e": "env",
    "--env": "env",
    "--env-add": "env",
    ...values("--name", "--replicas", "--network", "--mount", "--constraint", "--mode", "-l", "--label", "--secret", "--config", "--health-cmd", "--restart-condition", "-u", "--user", "-w", "--workdir")
  },
  args: ["skip"],
  rest: "command"
};
var COMPOSE = {
  flags: values("-p", "--project-name", "-f", "--file", "--profile", "--env-file", "--project-directory", "--ansi", "--parallel", "--progress"),
  subcommands: {
    run: {
      flags: {
        "-p": "publish",
        "--publish": "publish",
        "-e": "env",
        "--env": "env",
        ...values("--name", "-u", "--user", "-w", "--workdir", "--entrypoint", "-v", "--volume", "-l", "--label", "--cap-add", "--cap-drop", "--pull")
      },
      args: ["skip"],
      // the service
      rest: "command"
    },
    exec: DOCKER_EXEC,
    port: { flags: values("--protocol", "--index"), args: ["skip", { role: "port", kind: "argument" }] }
  }
};
var DOCKER = {
  flags: values("-H", "--host", "--context", "-c", "--config", "-l", "--log-level"),
  subcommands: {
    run: DOCKER_RUN,
    create: DOCKER_RUN,
    exec: DOCKER_EXEC,
    port: DOCKER_PORT,
    build: DOCKER_BUILD,
    container: { subcommands: { run: DOCKER_RUN, create: DOCKER_RUN, exec: DOCKER_EXEC, port: DOCKER_PORT } },
    image: { subcommands: { build: DOCKER_BUILD } },
    buildx: { subcommands: { build: DOCKER_BUILD } },
    builder: { subcommands: { build: DOCKER_BUILD } },
    service: { subcommands: { create: DOCKER_SERVICE, update: DOCKER_SERVICE } },
    compose: COMPOSE
  }
};
var KUBECTL = {
  flags: values("-n", "--namespace", "--context", "--kubeconfig", "--cluster", "--user", "-s", "--server", "-l", "--selector", "-f", "--filename", "-o", "--output"),
  subcommands: {
    "port-forward": { flags: values("--address", "--pod-running-timeout"), args: ["skip"], rest: "port-pair" },
    exec: { flags: values("-c", "--container"), args: ["skip"], rest: "command" },
    // `kubectl run tmp --rm -it --image=busybox -- nc -zv db 5432`: the words after `--` are the container's command.
    run: {
      flags: { "--env": "env", ...values("--image", "--restart", "--overrides", "--labels", "--image-pull-policy", "--serviceaccount", "--annotations", "-c", "--command") },
      args: ["skip"],
      rest: "command"
    },
    // `kubectl debug node/n -it --image=busybox -- nc -z 10.0.0.5 10250`
    debug: { flags: values("--image", "-c", "--container", "--target", "--profile", "--copy-to"), args: ["skip"], rest: "command" }
  }
};
var SSH = {
  flags: {
    "-p": "port",
    "-L": { role: "forward" },
    "-R": { role: "forward" },
    "-D": { role: "address", kind: "listen" },
    "-W": { role: "address", kind: "connect" },
    "-o": "ssh-option",
    ...values("-i", "-l", "-F", "-b", "-c", "-e", "-m", "-O", "-Q", "-S", "-w", "-E", "-B", "-I", "-J")
  },
  args: ["skip"],
  // the destination (ssh://user@host:2222 is read as a URL)
  rest: "command"
};
var SCP = { flags: { "-P": "port", "-o": "ssh-option", ...values("-i", "-F", "-l", "-c", "-S", "-J", "-D", "-X") } };
var SFTP = { flags: { "-P": "port", "-o": "ssh-option", ...values("-i", "-F", "-l", "-c", "-S", "-J", "-b", "-B", "-R", "-s", "-D", "-X") } };
var NC = {
  flags: {
    "-p": "port",
    "-l": { mode: "listen" },
    "--listen": { mode: "listen" },
    "-c": "shell",
    "--sh-exec": "shell",
    ...values("-s", "-w", "-q", "-i", "-x", "-X", "-T", "-V", "-e", "--exec", "-I", "-O", "-M", "-m", "-P", "--proxy", "--proxy-type")
  },
  last: ["host", { role: "port", kind: "connect" }]
};
var SHELL = { flags: { "-c": "shell", ...values("-o", "+o", "-O", "+O", "--rcfile", "--init-file") }, args: ["program"] };
var PSQL = { flags: { ...PORT_FLAGS, ...values("-h", "--host", "-U", "--username", "-d", "--dbname", "-c", "--command", "-f", "--file", "-v", "--set", "-o", "-F", "-R", "-T", "-P") } };
var MYSQL = { flags: { "-P": "port", "--port": "port", ...values("-h", "--host", "-u", "--user", "-D", "--database", "-e", "--execute", "-S", "--socket") } };
var PYTHON = {
  flags: { "-m": { role: "program" }, ...values("-c", "-W", "-X", "-Q") },
  args: ["program"]
};
var NODE = {
  flags: {
    "--inspect": { role: "address", kind: "listen", attachedOnly: true },
    "--inspect-brk": { role: "address", kind: "listen", attachedOnly: true },
    "--inspect-wait": { role: "address", kind: "listen", attachedOnly: true },
    "--inspect-port": { role: "address", kind: "listen" },
    "--debug-port": { role: "address", kind: "listen" },
    // node -p is --print, not a port.
    ...values("-e", "--eval", "-p", "--print", "-r", "--require", "--import", "--loader", "--experimental-loader", "-C", "--conditions", "--env-file", "--title")
  },
  args: ["program"]
};
var NODE_RUNNER = { flags: NODE.flags, args: ["program"] };
var DNS_QUERY = {
  flags: { "-p": { role: "port", kind: "connect" }, ...values("-b", "-c", "-f", "-k", "-q", "-t", "-x", "-y", "-o", "-r", "-s", "-w", "-i", "-a", "-I") }
};
var RUNSERVER = { args: [{ role: "address", kind: "listen" }] };
var DJANGO = {
  flags: values("--settings", "--pythonpath", "-v", "--verbosity"),
  subcommands: { runserver: RUNSERVER, runserver_plus: RUNSERVER, testserver: { flags: { "--addrport": { role: "address", kind: "listen" } } } }
};
var LISTEN_PORT = { role: "port", kind: "listen" };
function devServer(subcommands, flags2 = PORT_FLAGS) {
  const spec = { flags: flags2 };
  return { ...spec, subcommands: Object.fromEntries(subcommands.map((s) => [s, spec])) };
}
var WAIT_FOR_IT = { flags: { ...PORT_FLAGS, ...values("-h", "--host", "-t", "--timeout") }, dashDash: "command" };
var WAIT_FOR = { flags: values("-t", "--timeout"), dashDash: "command" };
var IPTABLES = {
  flags: {
    ...Object.fromEntries(
      ["--dport", "--sport", "--destination-port", "--source-port", "--dports", "--sports", "--destination-ports", "--source-ports", "--ports"].map((f) => [f, "port-range"])
    ),
    "--to-ports": "port",
    "--to-port": "port",
    ...values("-p", "--protocol", "-A", "-I", "-D", "-t", "-j", "-s", "-d", "-i", "-o", "-m", "--match", "--state", "--ctstate", "--comment", "--to-destination", "--to-source")
  }
};
var UFW_RULE = { rest: "ufw" };
var UFW_RULES = { allow: UFW_RULE, deny: UFW_RULE, reject: UFW_RULE, limit: UFW_RULE };
var MOSQUITTO_CLIENT = {
  flags: { ...PORT_FLAGS, ...values("-h", "--host", "-t", "--topic", "-m", "--message", "-q", "--qos", "-u", "--username", "-P", "--pw", "-i", "--id", "-k", "--keepalive", "-f", "--file", "--cafile", "--cert", "--key", "-V", "-W", "-C", "-T") }
};
var TMUX_KEYS = { flags: values("-t", "-N"), rest: "shell" };
var TMUX_NEW = { flags: values("-s", "-n", "-c", "-x", "-y", "-t", "-e", "-F", "-f", "-l", "-p"), rest: "command" };
var UV_RUN = wrapper(["--with", "--python", "-p", "--env-file", "--directory", "--project", "--group", "--extra", "--package", "--with-requirements", "--index-url"]);
var COMMANDS = {
  // containers and clusters
  docker: DOCKER,
  podman: DOCKER,
  nerdctl: DOCKER,
  "docker-compose": COMPOSE,
  "podman-compose": COMPOSE,
  kubectl: KUBECTL,
  oc: KUBECTL,
  // remote shells and tunnels
  ssh: SSH,
  autossh: { ...SSH, flags: { ...SSH.flags, "-M": "port" } },
  scp: SCP,
  sftp: SFTP,
  rsync: { flags: { "-e": "shell", "--rsh": "shell" } },
  mosh: { flags: { "-p": "port", "--port": "port", "--ssh": "shell" } },
  sshpass: wrapper(["-p", "-f", "-d", "-P", "-e"]),
  // sockets
  nc: NC,
  ncat: NC,
  netcat: NC,
  telnet: { flags: values("-l", "-b", "-e", "-n"), args: ["host", { role: "port", kind: "connect" }] },
  socat: { flags: values("-t", "-T", "-b", "-lf", "-lp"), rest: "socat" },
  lsof: { flags: { "-i": "lsof", ...values("-p", "-u", "-c", "-d", "-s", "+d", "+D") } },
  fuser: { flags: { "-n": { role: "skip", mode: "namespace" }, "--namespace": { role: "skip", mode: "namespace" } }, rest: "fuser" },
  ss: { flags: values("-f", "--family", "-A", "--query", "-F", "--filter", "-N", "--net"), rest: "ss-filter" },
  nmap: { flags: { "-p": "port", ...values("-o", "-oN", "-oX", "-oG", "-iL", "-e", "-S", "--script") } },
  iperf: { flags: { ...PORT_FLAGS, ...values("-c", "--client", "-B", "--bind", "-t", "--time", "-i", "--interval") } },
  iperf3: { flags: { ...PORT_FLAGS, ...values("-c", "--client", "-B", "--bind", "-t", "--time", "-i", "--interval") } },
  iptables: IPTABLES,
  ip6tables: IPTABLES,
  "iptables-legacy": IPTABLES,
  "iptables-nft": IPTABLES,
  "ip6tables-legacy": IPTABLES,
  "ip6tables-nft": IPTABLES,
  nft: { flags: values("-f", "--file", "-I", "--includepath", "-o"), rest: "nft" },
  ngrok: { subcommands: { http: { args: [{ role: "address", kind: "connect" }] }, tcp: { args: [{ role: "address", kind: "connect" }] }, tls: { args: [{ role: "address", kind: "connect" }] } } },
  openssl: {
    subcommands: {
      req: { flags: { "-newkey": "ignore" } },
      s_server: { flags: { "-accept": { role: "address", kind: "listen" }, "-port": { role: "port", kind: "listen" } } },
      s_client: { flags: { "-connect": { role: "address", kind: "connect" }, "-port": { role: "port", kind: "connect" } } }
    }
  },
  ufw: {
    subcommands: {
      ...UFW_RULES,
      delete: { subcommands: UFW_RULES },
      insert: { args: ["skip"], subcommands: UFW_RULES },
      route: { subcommands: UFW_RULES }
    }
  },
  // message brokers; mosquitto_pub's -P is the password
  mosquitto: { flags: { ...PORT_FLAGS, ...values("-c", "--config-file") } },
  mosquitto_pub: MOSQUITTO_CLIENT,
  mosquitto_sub: MOSQUITTO_CLIENT,
  mosquitto_rr: MOSQUITTO_CLIENT,
  // terminal multiplexers run the commands they are given
  tmux: {
    flags: { "-c": "shell", ...values("-L", "-S", "-f") },
    subcommands: {
      "send-keys": TMUX_KEYS,
      send: TMUX_KEYS,
      "new-session": TMUX_NEW,
      new: TMUX_NEW,
      "new-window": TMUX_NEW,
      neww: TMUX_NEW,
      "split-window": TMUX_NEW,
      splitw: TMUX_NEW,
      "respawn-pane": TMUX_NEW,
      "respawn-window": TMUX_NEW
    }
  },
  screen: wrapper(["-S", "-c", "-t", "-Logfile", "-p", "-X", "-e", "-h", "-T"]),
  // echoed instructions: `echo "then run: docker run -p 8080:80 app"`
  echo: { rest: "prose" },
  printf: { flags: values("-v"), rest: "prose" },
  // DNS
  dig: DNS_QUERY,
  drill: DNS_QUERY,
  kdig: DNS_QUERY,
  // NATS: -p client port, -m monitoring port, --cluster nats://0.0.0.0:6222 (read as a URL)
  "nats-server": {
    flags: {
      ...PORT_FLAGS,
      "-m": { role: "port", kind: "listen" },
      "--http_port": { role: "port", kind: "listen" },
      "-ms": { role: "port", kind: "listen" },
      "--https_port": { role: "port", kind: "listen" },
      ...values("-a", "--addr", "--net", "-n", "--name", "--server_name", "-c", "--config", "-sd", "--store_dir", "--cluster_name", "-l", "--log", "-P", "--pid", "--user", "--pass", "--auth", "--routes")
    }
  },
  // databases and caches
  "redis-cli": { flags: { "-p": "port", ...values("-h", "-a", "-n", "-u", "-r", "-i", "--user", "--pass") } },
  psql: PSQL,
  pg_isready: PSQL,
  pg_dump: PSQL,
  pg_dumpall: PSQL,
  pg_restore: PSQL,
  pg_basebackup: PSQL,
  createdb: PSQL,
  dropdb: PSQL,
  createuser: PSQL,
  dropuser: PSQL,
  vacuumdb: PSQL,
  reindexdb: PSQL,
  pgbench: PSQL,
  // mysql's -p is the password.
  mysql: MYSQL,
  mariadb: MYSQL,
  mysqladmin: MYSQL,
  mysqldump: MYSQL,
  mysqlcheck: MYSQL,
  mysqlimport: MYSQL,
  mysqlshow: MYSQL,
  // the server itself (the postgres image runs `postgres -p 5433 -c max_connections=200`)
  postgres: { flags: { "-p": { role: "port", kind: "listen" }, "-c": "env", ...values("-D", "-h", "-k", "-B", "-N", "-d", "-r", "-S", "-C", "--config-file") } },
  memcached: { flags: { "-p": "port", "--port": "port", "-U": "port", "--udp-port": "port", ...values("-l", "--listen", "-m", "-c", "-u", "-t") } },
  // interpreters: the script or module decides
  python: PYTHON,
  py: PYTHON,
  pypy: PYTHON,
  node: NODE,
  nodejs: NODE,
  sh: SHELL,
  bash: SHELL,
  zsh: SHELL,
  dash: SHELL,
  ash: SHELL,
  ksh: SHELL,
  php: { flags: { "-S": { role: "address", kind: "listen" }, ...values("-t", "-c", "-d", "-f", "-r", "-z") }, args: ["program"] },
  // Python servers and tools (also `python -m <name>`)
  "http.server": { flags: values("-b", "--bind", "-d", "--directory", "-p", "--protocol"), args: [LISTEN_PORT] },
  SimpleHTTPServer: { args: [LISTEN_PORT] },
  gunicorn: { flags: { "-b": { role: "address", kind: "listen" }, "--bind": { role: "address", kind: "listen" } } },
  hypercorn: {
    flags: { "-b": { role: "address", kind: "listen" }, "--bind": { role: "address", kind: "listen" }, "--insecure-bind": { role: "address", kind: "listen" }, "--quic-bind": { role: "address", kind: "listen" } }
  },
  daphne: { flags: { ...PORT_FLAGS, ...values("-b", "--bind", "-u", "--unix-socket", "-e", "--endpoint") } },
  flask: { flags: values("-A", "--app", "-e", "--env-file"), subcommands: { run: { flags: { ...PORT_FLAGS, ...values("-h", "--host", "--cert", "--key") } } } },
  "manage.py": DJANGO,
  "django-admin": DJANGO,
  django: DJANGO,
  mkdocs: { subcommands: { serve: { flags: { "-a": { role: "address", kind: "listen" }, "--dev-addr": { role: "address", kind: "listen" }, ...values("-f", "--config-file") } } } },
  pydoc: { flags: { "-p": { role: "port", kind: "listen" }, ...values("-n") } },
  pydoc3: { flags: { "-p": { role: "port", kind: "listen" }, ...values("-n") } },
  debugpy: {
    flags: {
      "--listen": { role: "address", kind: "listen" },
      "--connect": { role: "address", kind: "connect" },
      "-m": { role: "program" },
      ...values("--pid", "--log-to", "--configure-subProcess")
    },
    args: ["program"]
  },
  // aiohttp's runner (`python -m aiohttp.web -H localhost -P 8080 app:init`): -P is the port.
  "aiohttp.web": { flags: { "-P": { role: "port", kind: "listen" }, "--port": { role: "port", kind: "listen" }, ...values("-H", "--hostname", "-U", "--path") } },
  // aiohttp-devtools: `adev runserver app.py --port 8000 --aux-port 8001`
  adev: { subcommands: { runserver: { flags: { ...PORT_FLAGS, "--aux-port": "port", ...values("-s", "--static", "--root", "--app-factory", "--host", "-v", "--verbose") } } } },
  mlflow: devServer(["ui", "server"], { ...PORT_FLAGS, ...values("-h", "--host", "-w", "--workers", "--backend-store-uri", "--default-artifact-root") }),
  // Ruby and PHP servers
  rails: devServer(["s", "server"], { ...PORT_FLAGS, ...values("-b", "--binding", "-e", "--environment", "-P", "--pid", "-u", "--using", "-C") }),
  puma: { flags: { ...PORT_FLAGS, "-b": { role: "address", kind: "listen" }, "--bind": { role: "address", kind: "listen" }, ...values("-C", "--config", "-e", "--environment", "-w", "--workers", "-t", "--threads") } },
  rackup: { flags: { ...PORT_FLAGS, ...values("-o", "--host", "-E", "--env", "-s", "--server") } },
  unicorn: { flags: { ...PORT_FLAGS, "-l": { role: "address", kind: "listen" }, "--listen": { role: "address", kind: "listen" }, ...values("-c", "--config-file", "-E", "--env", "-o", "--host") } },
  thin: { flags: { ...PORT_FLAGS, ...values("-a", "--address", "-e", "--environment", "-c", "--chdir", "-R", "--rackup") } },
  // JavaScript dev servers
  next: devServer(["dev", "start"], { ...PORT_FLAGS, ...values("-H", "--hostname") }),
  nuxt: devServer(["dev", "preview", "start"], { ...PORT_FLAGS, ...values("-H", "--host") }),
  nuxi: devServer(["dev", "preview", "start"], { ...PORT_FLAGS, ...values("-H", "--host") }),
  gatsby: devServer(["develop", "serve"], { ...PORT_FLAGS, ...values("-H", "--host") }),
  storybook: devServer(["dev"], { ...PORT_FLAGS, ...values("-c", "--config-dir", "-h", "--host") }),
  "start-storybook": { flags: { ...PORT_FLAGS, ...values("-c", "--config-dir", "-h", "--host", "-s", "--static-dir") } },
  "http-server": { flags: { ...PORT_FLAGS, ...values("-a", "-c", "-P", "--proxy", "-e", "--ext", "-C", "--cert", "-K", "--key") } },
  serve: { flags: { ...PORT_FLAGS, "-l": { role: "address", kind: "listen" }, "--listen": { role: "address", kind: "listen" }, ...values("-c", "--config") } },
  "json-server": { flags: { ...PORT_FLAGS, ...values("-H", "--host", "-r", "--routes", "-m", "--middlewares", "-s", "--static", "-d", "--delay", "-i", "--id", "-c", "--config") } },
  parcel: { flags: { ...PORT_FLAGS, ...values("--dist-dir", "--public-url", "--host", "--cache-dir", "--target") }, subcommands: { serve: {} } },
  hugo: devServer(["server", "serve"], { ...PORT_FLAGS, ...values("-s", "--source", "-d", "--destination", "-b", "--baseURL", "-e", "--environment", "--bind") }),
  jekyll: devServer(["serve", "s", "server"], { "-P": "port", "--port": "port", ...values("-H", "--host", "-s", "--source", "-d", "--destination", "-b", "--baseurl") }),
  ttyd: { flags: { ...PORT_FLAGS, ...values("-i", "--interface", "-c", "--credential", "-u", "--uid", "-g", "--gid", "-t", "--client-option") } },
  // local-ssl-proxy --source 3443 --target 3000: TLS on the source port, proxied to the target port.
  "local-ssl-proxy": {
    flags: {
      "--source": { role: "port", kind: "listen" },
      "-s": { role: "port", kind: "listen" },
      "--target": { role: "port", kind: "connect" },
      "-t": { role: "port", kind: "connect" },
      ...values("--cert", "-c", "--key", "-k", "--hostname", "-n", "--config")
    }
  },
  tsx: NODE_RUNNER,
  "ts-node": NODE_RUNNER,
  "ts-node-dev": NODE_RUNNER,
  nodemon: { flags: { ...NODE.flags, "-x": "shell", "--exec": "shell", ...values("-w", "--watch", "-i", "--ignore", "-d", "--delay", "--signal", "--config", "--ext") }, args: ["program"] },
  "node-dev": NODE_RUNNER,
  "wait-for-it": WAIT_FOR_IT,
  "wait-for-it.sh": WAIT_FOR_IT,
  "wait-for": WAIT_FOR,
  "wait-for.sh": WAIT_FOR,
  "wait-on": {
    flags: values("-t", "--timeout", "-i", "--interval", "-d", "--delay", "-c", "--config", "-s", "--simultaneous", "--httpTimeout", "--tcpTimeout"),
    rest: { role: "tcp-resource", kind: "connect" }
  },
  "kill-port": { flags: values("-m", "--method"), rest: { role: "port", kind: "argument" } },
  "start-server-and-test": { rest: { role: "port", kind: "connect" } },
  "server-test": { rest: { role: "port", kind: "connect" } },
  concurrently: { flags: values("-n", "--names", "-c", "--prefix-colors", "-p", "--prefix", "-s", "--success", "--name-separator", "-l", "--prefix-length", "-t", "--timestamp-format", "--restart-tries", "--restart-after", "--max-processes", "-m"), rest: "shell" },
  // wrappers: the rest is another command
  sudo: wrapper(["-u", "--user", "-g", "--group", "-h", "--host", "-p", "--prompt", "-C", "-D", "-U", "-r", "-t", "-T"]),
  doas: wrapper(["-u", "-C"]),
  env: wrapper(["-u", "--unset", "-C", "--chdir"], { "-S": "shell", "--split-string": "shell" }),
  "cross-env": wrapper(),
  "cross-env-shell": { rest: "shell" },
  "env-cmd": wrapper(["-f", "--file", "-e", "--environments", "-r", "--rc-file"]),
  dotenv: wrapper(["-e", "-c"], { "-v": "env" }),
  nohup: wrapper(),
  time: wrapper(["-f", "--format", "-o", "--output"]),
  nice: wrapper(["-n", "--adjustment"]),
  ionice: wrapper(["-c", "--class", "-n", "--classdata", "-p", "--pid"]),
  stdbuf: wrapper(["-i", "-o", "-e", "--input", "--output", "--error"]),
  setsid: wrapper(),
  chronic: wrapper(),
  unbuffer: wrapper(),
  exec: wrapper(["-a"]),
  eval: wrapper(),
  command: wrapper(),
  builtin: wrapper(),
  xargs: wrapper(["-I", "-n", "--max-args", "-P", "--max-procs", "-L", "--max-lines", "-d", "--delimiter", "-s", "--max-chars", "-E", "-a", "--arg-file"]),
  watch: wrapper(["-n", "--interval"]),
  timeout: wrapper(["-s", "--signal", "-k", "--kill-after"], {}, ["skip"]),
  tini: wrapper(["-s", "-e", "-p", "-l"]),
  "dumb-init": wrapper(["-r", "--rewrite"]),
  gosu: wrapper([], {}, ["skip"]),
  "su-exec": wrapper([], {}, ["skip"]),
  su: { flags: { "-c": "shell", "--command": "shell", ...values("-s", "--shell", "-g", "--group", "-G") } },
  runuser: wrapper(["-u", "--user", "-g", "--group", "-G", "-s", "--shell"], { "-c": "shell", "--command": "shell" }),
  npx: wrapper(["-p", "--package"], { "-c": "shell", "--call": "shell" }),
  bunx: wrapper(["-p", "--package"]),
  pnpx: wrapper(),
  // `pnpm --filter web storybook dev -p 6006`, `yarn storybook dev -p 6006`: a word that is not one of their
  // own commands is a script or a package binary, run with the words after it (read as that command's).
  pnpm: { flags: values("--filter", "-F", "-C", "--dir", "--reporter", "--loglevel", "--filter-prod", "--test-pattern", "--changed-files-ignore-pattern"), subcommands: { exec: wrapper(), dlx: wrapper() }, rest: "command" },
  yarn: {
    flags: values("--cwd"),
    subcommands: { dlx: wrapper(["-p", "--package"]), exec: wrapper(), workspace: { args: ["skip"], rest: "command" } },
    rest: "command"
  },
  npm: {
    flags: values("-w", "--workspace", "--prefix"),
    subcommands: { exec: wrapper(["-p", "--package", "-w", "--workspace"], { "-c": "shell", "--call": "shell" }) }
  },
  uv: { subcommands: { run: UV_RUN, tool: { subcommands: { run: UV_RUN } } } },
  uvx: wrapper(["--from", "--with", "--python", "-p"]),
  poetry: { subcommands: { run: wrapper() } },
  pipenv: { subcommands: { run: wrapper() } },
  pdm: { subcommands: { run: wrapper() } },
  hatch: { subcommands: { run: wrapper() } },
  rye: { subcommands: { run: wrapper() } },
  conda: { subcommands: { run: wrapper(["-n", "--name", "-p", "--prefix", "--cwd"]) } },
  mamba: { subcommands: { run: wrapper(["-n", "--name", "-p", "--prefix", "--cwd"]) } },
  micromamba: { subcommands: { run: wrapper(["-n", "--name", "-p", "--prefix", "--cwd"]) } },
  bundle: { subcommands: { exec: wrapper() } }
};
var ALIASES = {
  "nc.openbsd": "nc",
  "nc.traditional": "nc",
  "docker.io": "docker",
  "start-test": "start-server-and-test"
};
function commandSpec(word) {
  const base = word.replace(/^.*[/\\]/, "").replace(/\.exe$/i, "");
  const name2 = ALIASES[base] ?? base;
  if (Object.hasOwn(COMMANDS, name2)) return COMMANDS[name2];
  const unversioned = name2.replace(/[\d.]+$/, "");
  if (unversioned !== name2 && Object.hasOwn(COMMANDS, unversioned)) return COMMANDS[unversioned];
  return void 0;
}

// src/extract/shell-words.ts
var MappedText = class _MappedText {
  constructor(text, base, starts, ends) {
    this.text = text;
    this.base = base;
    this.starts = starts;
    this.ends = ends;
  }
  text;
  base;
  starts;
  ends;
  /** Text that is the file's own text at `base`. */
  static identity(text, base) {
    return new _MappedText(text, base);
  }
  /** Text whose character i came from file offsets [starts[i], ends[i]). */
  static fromOffsets(text, starts, ends) {
    return new _MappedText(text, 0, starts, ends);
  }
  /** Text mapped by a function from its offsets to file offsets (an OffsetMap's `at`). */
  static fromFunction(text, at) {
    const starts = new Array(text.length);
    const ends = new Array(text.length);
    for (let i2 = 0; i2 < text.length; i2++) {
      starts[i2] = at(i2);
      ends[i2] = starts[i2] + 1;
    }
    return new _MappedText(text, 0, starts, ends);
  }
  get length() {
    return this.text.length;
  }
  /** File offset where character i starts (i may be the length: just past the last character). */
  start(i2) {
    if (!this.starts) return this.base + i2;
    if (this.text.length === 0) return 0;
    if (i2 >= this.text.length) return this.ends[this.text.length - 1];
    return this.starts[Math.max(0, i2)];
  }
  /** File offset just past character i. */
  end(i2) {
    if (!this.ends) return this.base + i2 + 1;
    if (this.text.length === 0) return 0;
    return this.ends[Math.max(0, Math.min(i2, this.text.length - 1))];
  }
  /** File offsets of the decoded [s, e). */
  span(s, e) {
    if (e <= s) return [this.start(s), this.start(s)];
    return [this.start(s), this.end(e - 1)];
  }
  slice(s, e = this.text.length) {
    if (!this.starts) return new _MappedText(this.text.slice(s, e), this.base + s);
    return new _MappedText(this.text.slice(s, e), 0, this.starts.slice(s, e), this.ends.slice(s, e));
  }
  /** True when the text is one contiguous run of the file (no quotes or escapes dropped). */
  contiguous() {
    return this.text.length === 0 || this.end(this.text.length - 1) - this.start(0) === this.text.length;
  }
  /** Words joined by one space; the spaces map to the end of the word before them. */
  static join(words) {
    const starts = [];
    const ends = [];
    let text = "";
    words.forEach((w, k) => {
      if (k > 0) {
        text += " ";
        const at = words[k - 1].length > 0 ? words[k - 1].end(words[k - 1].length - 1) : w.start(0);
        starts.push(at);
        ends.push(at);
      }
      text += w.text;
      for (let i2 = 0; i2 < w.length; i2++) {
        starts.push(w.start(i2));
        ends.push(w.end(i2));
      }
    });
    return _MappedText.fromOffsets(text, starts, ends);
  }
};
var MappedTextBuilder = class {
  text = "";
  starts = [];
  ends = [];
  /** `chars` decoded from the source text at [start, end) of the *source* (mapped through `source`). */
  push(chars, start2, end) {
    for (const c of chars) {
      for (let u = 0; u < c.length; u++) {
        this.text += c[u];
        this.starts.push(start2);
        this.ends.push(end);
      }
    }
  }
  build() {
    return MappedText.fromOffsets(this.text, this.starts, this.ends);
  }
};
function decodeNode(node, code) {
  const from = node.startIndex;
  const to = node.endIndex;
  const raw = code.text.slice(from, to);
  if (!raw.includes("\\")) {
    if (PLAIN.has(node.type)) return code.slice(from, to);
    if (node.type === "string" && raw.endsWith('"') || node.type === "raw_string" && raw.endsWith("'")) {
      if (to - from >= 2) return code.slice(from + 1, to - 1);
    }
  }
  const b = new MappedTextBuilder();
  appendNode(node, code, b);
  return b.build();
}
var PLAIN = /* @__PURE__ */ new Set(["word", "number", "simple_expansion", "expansion", "command_substitution", "arithmetic_expansion", "comment", "heredoc_body", "command_name", "variable_name"]);
function appendNode(node, code, b) {
  const from = node.startIndex;
  const to = node.endIndex;
  switch (node.type) {
    case "string":
      appendEscaped(code, from + 1, node.text.endsWith('"') && to - from >= 2 ? to - 1 : to, b, DOUBLE_QUOTE_ESCAPES);
      return;
    case "translated_string":
      appendEscaped(code, from + 2, node.text.endsWith('"') && to - from >= 3 ? to - 1 : to, b, DOUBLE_QUOTE_ESCAPES);
      return;
    case "raw_string":
      appendRaw(code, from + 1, node.text.endsWith("'") && to - from >= 2 ? to - 1 : to, b);
      return;
    case "ansi_c_string":
      appendRaw(code, from + 2, node.text.endsWith("'") && to - from >= 3 ? to - 1 : to, b);
      return;
    case "word":
      appendEscaped(code, from, to, b, void 0);
      return;
    case "concatenation": {
      let at = from;
      for (let i2 = 0; i2 < node.childCount; i2++) {
        const child = node.child(i2);
        if (child.startIndex > at) appendRaw(code, at, child.startIndex, b);
        appendNode(child, code, b);
        at = child.endIndex;
      }
      if (at < to) appendRaw(code, at, to, b);
      return;
    }
    default:
      appendRaw(code, from, to, b);
  }
}
var DOUBLE_QUOTE_ESCAPES = /* @__PURE__ */ new Set(["$", "`", '"', "\\"]);
function appendRaw(code, from, to, b) {
  for (let i2 = from; i2 < to; i2++) b.push(code.text[i2], code.start(i2), code.end(i2));
}
function appendEscaped(code, from, to, b, only) {
  const t = code.text;
  for (let i2 = from; i2 < to; i2++) {
    const c = t[i2];
    if (c === "\\" && i2 + 1 < to) {
      const next = t[i2 + 1];
      if (next === "\n") {
        i2++;
        continue;
      }
      if (!only || only.has(next)) {
        b.push(next, code.start(i2), code.end(i2 + 1));
        i2++;
        continue;
      }
    }
    b.push(c, code.start(i2), code.end(i2));
  }
}
var JSON_ESCAPES = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "	" };
function decodeJsonString(code, from, to) {
  const t = code.text;
  if (t[from] !== '"' || t[to - 1] !== '"' || to - from < 2) return void 0;
  const b = new MappedTextBuilder();
  for (let i2 = from + 1; i2 < to - 1; i2++) {
    const c = t[i2];
    if (c !== "\\") {
      b.push(c, code.start(i2), code.end(i2));
      continue;
    }
    const next = t[i2 + 1];
    if (next === "u") {
      const hex = t.slice(i2 + 2, i2 + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) return void 0;
      b.push(String.fromCharCode(parseInt(hex, 16)), code.start(i2), code.end(i2 + 5));
      i2 += 5;
      continue;
    }
    const decoded = next === void 0 ? void 0 : JSON_ESCAPES[next];
    if (decoded === void 0) return void 0;
    b.push(decoded, code.start(i2), code.end(i2 + 1));
    i2++;
  }
  return b.build();
}
function parseJsonStringArray(code) {
  const t = code.text;
  let i2 = skipSpace(t, 0);
  if (t[i2] !== "[") return void 0;
  i2 = skipSpace(t, i2 + 1);
  const out2 = [];
  if (t[i2] === "]") return skipSpace(t, i2 + 1) === t.length ? out2 : void 0;
  for (; ; ) {
    if (t[i2] !== '"') return void 0;
    let j = i2 + 1;
    while (j < t.length && t[j] !== '"') j += t[j] === "\\" ? 2 : 1;
    if (j >= t.length) return void 0;
    const s = decodeJsonString(code, i2, j + 1);
    if (!s) return void 0;
    out2.push(s);
    i2 = skipSpace(t, j + 1);
    if (t[i2] === ",") {
      i2 = skipSpace(t, i2 + 1);
      continue;
    }
    if (t[i2] === "]") return skipSpace(t, i2 + 1) === t.length ? out2 : void 0;
    return void 0;
  }
}
function skipSpace(t, i2) {
  while (i2 < t.length && /\s/.test(t[i2])) i2++;
  return i2;
}

// src/extract/shell-argv.ts
var MAX_DEPTH = 8;
var STRUCTURAL = /* @__PURE__ */ new Set(["publish-host", "publish-container", "expose"]);
var SIDE_KINDS = {
  host: "publish-host",
  container: "publish-container",
  listen: "listen",
  connect: "connect"
};
function emitPart(out2, word, part, kind, extra = {}) {
  const [start2, end] = word.span(part.start, part.end);
  const k = part.side ? SIDE_KINDS[part.side] : kind;
  const init2 = { kind: part.defaulted && !STRUCTURAL.has(k) ? "env-default" : k, port: part.port };
  if (part.portEnd !== void 0) init2.portEnd = part.portEnd;
  if (part.protocol !== void 0) init2.protocol = part.protocol;
  if (part.variable !== void 0) init2.variable = part.variable;
  if (extra.name !== void 0) init2.name = extra.name;
  const host = part.host ?? extra.host;
  if (host !== void 0) init2.host = host;
  if (part.hostIp !== void 0) init2.hostIp = part.hostIp;
  if (part.target !== void 0) init2.target = part.target;
  if (extra.comment) init2.comment = true;
  out2.add(start2, end, init2);
}
var DEV_TCP = /\/dev\/(tcp|udp)\/([^/\s"']+)\/(\$\{[^}]*\}|\$[A-Za-z_]\w*|\d+)/g;
function scanWord(out2, w, comment = false, nesting = 0) {
  checkFileBudget();
  const text = w.text;
  if (text.includes("${") && nesting < MAX_NESTING2) for (const ref of findReferences(text)) scanReference(out2, w, ref, comment, nesting);
  if (text.includes("/dev/")) {
    DEV_TCP.lastIndex = 0;
    for (let m = DEV_TCP.exec(text); m; m = DEV_TCP.exec(text)) {
      const value = m[3];
      const part = resolvePort(value, m.index + m[0].length - value.length);
      if (part) emitPart(out2, w, { ...part, protocol: m[1], host: m[2] }, "connect", { comment });
    }
  }
  const masked = text.includes("$(") ? maskSubstitutions(text) : text;
  for (const m of scanAddresses(masked)) {
    const [start2, end] = w.span(m.start, m.end);
    const hostAt = m.start - 1 - m.host.length;
    const host = masked !== text && hostAt >= 0 && masked.slice(hostAt, m.start - 1) === m.host ? text.slice(hostAt, m.start - 1) : m.host;
    if (host !== m.host && m.kind === "address" && m.port < 1024) continue;
    const init2 = { kind: m.kind, port: m.port, host, comment };
    if (m.scheme !== void 0) init2.scheme = m.scheme;
    out2.add(start2, end, init2);
  }
  if (!comment && text.includes("=") && /\S\s+\S/.test(text)) {
    for (const m of text.matchAll(/(?<![^\s"',;])[^\s"',;=]+=[^\s"',;]+/g)) {
      const token = w.slice(m.index, m.index + m[0].length);
      for (const p of parseKeyValues(token.text)) emitPart(out2, token, p, /^[A-Z_][A-Z0-9_]*$/.test(p.key) ? "env-assign" : "property", { name: p.key });
    }
  }
  if (!comment && text.includes("{") && text.includes('"')) scanJsonPorts(out2, text, w);
  const listen = /^(\s*:)(\d{2,5})(?:\/(?:tcp|udp))?\s*$/.exec(text);
  if (listen && !comment) {
    const port = parsePortNumber(listen[2]);
    if (port !== void 0 && port >= 1024) {
      const [start2, end] = w.span(listen[1].length, listen[1].length + listen[2].length);
      out2.add(start2, end, { kind: "address", port, host: "" });
    }
  }
}
function maskSubstitutions(text) {
  let out2 = "";
  let i2 = 0;
  while (i2 < text.length) {
    const open = text.indexOf("$(", i2);
    if (open < 0 || text[open + 2] === "(") {
      out2 += text.slice(i2, open < 0 ? text.length : open + 2);
      if (open < 0) break;
      i2 = open + 2;
      continue;
    }
    let depth3 = 0;
    let close = -1;
    for (let k = open + 1; k < text.length; k++) {
      if (text[k] === "(") depth3++;
      else if (text[k] === ")" && --depth3 === 0) {
        close = k;
        break;
      }
    }
    if (close < 0) {
      out2 += text.slice(i2);
      break;
    }
    out2 += text.slice(i2, open) + "${" + "_".repeat(close - open - 2) + "}";
    i2 = close + 1;
  }
  return out2;
}
var DEFAULTING = /* @__PURE__ */ new Set([":-", "-", ":=", "="]);
var AUTHORITY_BEFORE = /(?:^|[\s"'`=(,@[{<>|;])(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^\s/@]*@)?)?(\[[0-9A-Fa-f:.]+\]|\$\{[^}]*\}|[A-Za-z0-9_.*-]*):$/;
var AFTER_AUTHORITY = /^(?:$|[/?#\s"'`,;)\]}>|\\])/;
var MAX_NESTING2 = 16;
function scanReference(out2, w, ref, comment, nesting) {
  const operand = ref.operand;
  if (!operand || operand.text.trim() === "") return;
  const value = w.slice(operand.start, operand.end);
  const r = ref.operator !== void 0 && DEFAULTING.has(ref.operator) ? resolvePort(value.text) : void 0;
  if (!r) return scanWord(out2, value, comment, nesting + 1);
  if (r.port === null) return;
  const init2 = { kind: "env-default", port: r.port, variable: ref.variable, comment };
  if (r.portEnd !== void 0) init2.portEnd = r.portEnd;
  const authority = AUTHORITY_BEFORE.exec(w.text.slice(0, ref.start));
  const inAuthority = authority !== null && AFTER_AUTHORITY.test(w.text.slice(ref.end));
  if (!namesPort(ref.variable)) {
    if (!inAuthority || !(authority[1] !== void 0 || plausibleBareHost(authority[2]))) return;
    init2.kind = authority[1] !== void 0 ? "url" : "address";
    init2.host = authority[2].replace(/^\[(.*)\]$/, "$1");
    if (authority[1] !== void 0) init2.scheme = authority[1].toLowerCase();
  }
  const [start2, end] = value.span(r.start, r.end);
  out2.add(start2, end, init2);
}
function plausibleBareHost(host) {
  return host === "" || host === "localhost" || host === "*" || /^[\d.]+$/.test(host) || host.startsWith("${") || host.startsWith("[");
}
function interpretArgv(words, ctx, depth3) {
  if (depth3 > MAX_DEPTH) return;
  runCommand(words, ctx, depth3);
  for (const w of words) scanWord(ctx.out, w);
}
var ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
var OPTION_VARIABLE = /(?:OPTS|OPTIONS|ARGS|FLAGS)$|(?:^|_)(?:opts|options|args|flags)$/;
function optionWords(value) {
  return [...value.text.matchAll(/\S+/g)].map((m) => value.slice(m.index, m.index + m[0].length));
}
function runCommand(words, ctx, depth3) {
  let i2 = 0;
  while (i2 < words.length && ASSIGNMENT.test(words[i2].text)) {
    const w = words[i2++];
    const eq = w.text.indexOf("=");
    if (OPTION_VARIABLE.test(w.text.slice(0, eq)) && /^\s*-/.test(w.text.slice(eq + 1)) && depth3 + 1 <= MAX_DEPTH) {
      runCommand(optionWords(w.slice(eq + 1)), ctx, depth3 + 1);
    } else keyValues(ctx, w, "env-assign");
  }
  if (i2 >= words.length) return;
  const head = words[i2];
  const forwards = ctx.forwards?.get(head.text);
  if (forwards && depth3 + 1 <= MAX_DEPTH) {
    for (const f of forwards) {
      const command3 = [...f.before, ...words.slice(i2 + 1 + f.skip), ...f.after];
      if (command3.length > 0) runCommand(command3, ctx, depth3 + 1);
    }
  }
  if (isFlagWord(head.text)) runSpec(void 0, words.slice(i2), ctx, depth3);
  else runSpec(ctx.functions?.get(head.text) ?? commandSpec(head.text), words.slice(i2 + 1), ctx, depth3);
}
function runNested(words, ctx, depth3) {
  if (depth3 + 1 > MAX_DEPTH || words.length === 0) return;
  if (words.length === 1 && /\s/.test(words[0].text.trim())) ctx.shell(words[0], depth3 + 1);
  else runCommand(words, ctx, depth3 + 1);
}
function isFlagWord(text) {
  return text.length > 1 && text.startsWith("-");
}
function runSpec(spec, args2, ctx, depth3) {
  const st = { chain: spec ? [spec] : [], modes: /* @__PURE__ */ new Set(), positionals: [] };
  let flagsDone = false;
  for (let j = 0; j < args2.length; j++) {
    const w = args2[j];
    const t = w.text;
    const current = st.chain.at(-1);
    if (t === "--" && !flagsDone) {
      const next = args2[j + 1];
      if ((current === void 0 || current.dashDash === "command") && next !== void 0 && !isFlagWord(next.text)) {
        applyPositionals(st, ctx, depth3);
        return runNested(args2.slice(j + 1), ctx, depth3);
      }
      if (current && (current.args || current.last || current.rest)) flagsDone = true;
      continue;
    }
    if (!flagsDone && isFlagWord(t)) {
      const used = readFlag(w, args2, j + 1, st, ctx, depth3);
      if (used === "rest") return applyPositionals(st, ctx, depth3);
      j += used;
      continue;
    }
    if (st.positionals.length === 0 && current?.subcommands && Object.hasOwn(current.subcommands, t)) {
      st.chain.push(current.subcommands[t]);
      continue;
    }
    const role = roleAt(current, st.positionals.length);
    if (role?.role === "command") {
      applyPositionals(st, ctx, depth3);
      return runNested(args2.slice(j), ctx, depth3);
    }
    if (role?.role === "program") {
      applyPositionals(st, ctx, depth3);
      return runSpec(commandSpec(t), args2.slice(j + 1), ctx, depth3);
    }
    st.positionals.push(w);
  }
  applyPositionals(st, ctx, depth3);
}
function norm(r) {
  return typeof r === "string" ? { role: r } : r;
}
function roleAt(spec, k) {
  if (!spec) return void 0;
  if (spec.args && k < spec.args.length) return norm(spec.args[k]);
  return norm(spec.rest);
}
function lookupFlag(chain, name2) {
  for (let i2 = chain.length - 1; i2 >= 0; i2--) {
    const flags2 = chain[i2].flags;
    if (flags2 && Object.hasOwn(flags2, name2)) {
      const f = flags2[name2];
      return typeof f === "string" ? { role: f } : f;
    }
  }
  return void 0;
}
function readFlag(w, args2, next, st, ctx, depth3) {
  const t = w.text;
  const eq = t.indexOf("=");
  const name2 = eq > 0 ? t.slice(0, eq) : t;
  const attached = eq > 0 ? w.slice(eq + 1) : void 0;
  const f = lookupFlag(st.chain, name2);
  if (f) return useFlag(f, name2, attached, args2, next, st, ctx, depth3);
  if (!t.startsWith("--") && st.chain.length > 0 && t.length > 2) {
    let known = false;
    for (let k = 1; k < t.length; k++) {
      const letter = `-${t[k]}`;
      const g = lookupFlag(st.chain, letter);
      if (!g) continue;
      known = true;
      if (g.role) return useFlag(g, letter, k + 1 < t.length ? w.slice(k + 1) : void 0, args2, next, st, ctx, depth3);
      if (g.mode) st.modes.add(g.mode);
    }
    if (known) return 0;
  }
  return genericFlag(w, name2, attached, args2[next], ctx);
}
function useFlag(f, name2, attached, args2, next, st, ctx, depth3) {
  if (f.mode) st.modes.add(f.mode);
  if (!f.role) return 0;
  let value = attached;
  let used = 0;
  if (!value) {
    if (f.attachedOnly) return 0;
    const word = args2[next];
    if (!word || isFlagWord(word.text)) return 0;
    value = word;
    used = 1;
  }
  if (f.role === "program") {
    runSpec(commandSpec(value.text), args2.slice(next + used), ctx, depth3);
    return "rest";
  }
  applyRole({ role: f.role, ...f.kind ? { kind: f.kind } : {} }, value, name2, st, ctx, depth3);
  return used;
}
var INSPECT_FLAGS = /* @__PURE__ */ new Set(["--inspect", "--inspect-brk", "--inspect-wait"]);
function genericFlag(w, name2, attached, following, ctx) {
  if (attached && /^-D[A-Za-z_]/.test(name2)) {
    keyValues(ctx, w.slice(2));
    return 0;
  }
  if (attached && INSPECT_FLAGS.has(name2)) {
    const a = parseAddress(attached.text, true);
    if (a) emitPart(ctx.out, attached, a, "listen", { name: name2 });
    return 0;
  }
  const bare = name2.replace(/^-+/, "");
  if (bare.length < 2) return 0;
  const next = following && !isFlagWord(following.text) ? following : void 0;
  const value = attached ?? next;
  if (!value) return 0;
  const used = attached ? 0 : 1;
  if (namesPort(bare)) {
    noteRead(ctx, { role: "port" }, value, name2);
    const parts2 = resolvePortList(value.text);
    for (const p of parts2) emitPart(ctx.out, value, p, "cli-flag", { name: name2 });
    return parts2.length > 0 ? used : 0;
  }
  if (isAddressName(bare)) {
    noteRead(ctx, { role: "address", kind: "listen" }, value, name2);
    const a = parseAddress(value.text, false);
    if (a) emitPart(ctx.out, value, a, "listen", { name: name2 });
    return a ? used : 0;
  }
  if (attached) keyValues(ctx, attached);
  return 0;
}
function keyValues(ctx, w, kind) {
  for (const p of parseKeyValues(w.text)) {
    const k = kind ?? (/^[A-Z_][A-Z0-9_]*$/.test(p.key) ? "env-assign" : "property");
    emitPart(ctx.out, w, p, p.parameter ? "parameter-default" : k, { name: p.key });
  }
}
function applyPositionals(st, ctx, depth3) {
  const spec = st.chain.at(-1);
  const words = st.positionals;
  const roles = words.map((_, k) => roleAt(spec, k));
  if (spec?.last) {
    const last = spec.last;
    for (let k = 0; k < last.length && k < words.length; k++) roles[words.length - 1 - k] = norm(last[last.length - 1 - k]);
  }
  const joinedFrom = roles.findIndex((r) => r?.role === "ss-filter" || r?.role === "ufw" || r?.role === "nft" || r?.role === "prose");
  if (joinedFrom >= 0) {
    if (roles[joinedFrom].role === "prose") for (const w of words.slice(joinedFrom)) keyValues(ctx, w);
    applyRole(roles[joinedFrom], MappedText.join(words.slice(joinedFrom)), void 0, st, ctx, depth3);
    words.length = joinedFrom;
  }
  words.forEach((w, k) => {
    const role = roles[k];
    if (role && role.role !== "skip") applyRole(role, w, void 0, st, ctx, depth3);
    else keyValues(ctx, w);
  });
}
var READ_ROLES = /* @__PURE__ */ new Set(["port", "address", "publish", "port-pair", "expose", "forward", "lsof", "fuser", "tcp-resource"]);
var VARIABLE_ONLY = /^\$(?:([A-Za-z_]\w*|\d)|\{([A-Za-z_]\w*|\d+)(?:\[[^\]]*\])?\})$/;
function noteRead(ctx, spec, w, flag) {
  if (!ctx.reads || !READ_ROLES.has(spec.role)) return;
  const v = VARIABLE_ONLY.exec(w.text.trim());
  const variable = v?.[1] ?? v?.[2];
  const name2 = spec.name ?? flag;
  if (variable !== void 0 && !ctx.reads.has(variable)) ctx.reads.set(variable, { ...spec, kind: spec.kind ?? (flag !== void 0 ? "cli-flag" : "argument"), name: name2 ?? variable });
}
function applyArgRole(spec, w, ctx) {
  applyRole(spec, w, spec.kind === "cli-flag" ? spec.name : void 0, { chain: [], modes: /* @__PURE__ */ new Set(), positionals: [] }, ctx, 0);
}
function applyRole(spec, w, flag, st, ctx, depth3) {
  const out2 = ctx.out;
  const name2 = spec.name ?? flag;
  const extra = name2 !== void 0 ? { name: name2 } : {};
  noteRead(ctx, spec, w, flag);
  const emitAll = (parts2, kind, e = extra) => {
    for (const p of parts2) emitPart(out2, w, p, kind, e);
  };
  switch (spec.role) {
    case "skip":
    case "program":
    case "command":
      return;
    case "port": {
      let kind = spec.kind ?? (flag !== void 0 ? "cli-flag" : "argument");
      if (kind === "connect" && st.modes.has("listen")) kind = "listen";
      const e = kind === "connect" && st.host !== void 0 ? { ...extra, host: st.host } : extra;
      return emitAll(resolvePortList(w.text), kind, e);
    }
    case "address": {
      const a = parseAddress(w.text, true);
      return emitAll(a ? [a] : [], spec.kind ?? "listen");
    }
    case "publish":
      return emitAll(parsePublish(w.text), "publish-host");
    case "port-pair":
      return emitAll(parsePortPair(w.text), "publish-host");
    case "expose":
      return emitAll(resolvePortList(w.text), "expose");
    case "env":
      return keyValues(ctx, w, "env-assign");
    case "forward":
      return emitAll(parseForward(w.text), "listen");
    case "lsof":
      return emitAll(parseLsofSelector(w.text), "argument");
    case "fuser":
      return emitAll(parseFuserName(w.text, st.modes.has("namespace")), "argument");
    case "ss-filter":
      for (const p of parseSsFilter(w.text)) emitPart(out2, w, p, "argument", { name: p.name });
      return;
    case "socat":
      return emitAll(parseSocatAddress(w.text), "connect");
    case "tcp-resource": {
      const m = /^(tcp:)(.*)$/i.exec(w.text);
      const a = m ? parseAddress(m[2], true) : void 0;
      if (a) emitPart(out2, w, { ...a, start: a.start + m[1].length, end: a.end + m[1].length }, spec.kind ?? "connect", extra);
      return;
    }
    case "ssh-option": {
      const proxy2 = /^\s*ProxyCommand\s*[= ]\s*/i.exec(w.text);
      if (proxy2 && depth3 + 1 <= MAX_DEPTH) return ctx.shell(w.slice(proxy2[0].length), depth3 + 1);
      return emitAll(parseSshOption(w.text), "cli-flag", { name: "Port" });
    }
    case "ufw":
      return emitAll(parseUfwRule(w.text), "argument");
    case "port-range":
      return emitAll(parsePortRanges(w.text), spec.kind ?? (flag !== void 0 ? "cli-flag" : "argument"));
    case "nft":
      for (const p of parseNftRule(w.text)) emitPart(out2, w, p, "argument", { name: p.name });
      return;
    case "ignore": {
      const [start2, end] = w.span(0, w.length);
      out2.claim(start2, end);
      return;
    }
    case "prose":
      return readProse(w, ctx, depth3);
    case "host":
      if (!isFlagWord(w.text)) st.host = w.text;
      return;
    case "shell":
      if (depth3 + 1 <= MAX_DEPTH) ctx.shell(w, depth3 + 1);
      return;
  }
}
function readProse(text, ctx, depth3) {
  const tokens = [...text.text.matchAll(/\S+/g)].map((m) => text.slice(m.index, m.index + m[0].length));
  const at = tokens.findIndex((t) => commandSpec(t.text) !== void 0 && !PROSE_IGNORED.has(t.text));
  if (at >= 0 && depth3 + 1 <= MAX_DEPTH) runCommand(tokens.slice(at), ctx, depth3 + 1);
  scanPortPhrases(ctx.out, text);
}
function scanPortPhrases(out2, text, comment = false) {
  PROSE_PORT.lastIndex = 0;
  for (let m = PROSE_PORT.exec(text.text); m; m = PROSE_PORT.exec(text.text)) {
    const name2 = m[1];
    const digits = m[2];
    const port = parsePortNumber(digits);
    if (!namesPort(name2) || port === void 0 || port < 20) continue;
    const start2 = m.index + m[0].length - digits.length;
    const kind = name2.startsWith("-") ? "cli-flag" : /^[A-Z][A-Z0-9_]*$/.test(name2) ? "env-assign" : "property";
    emitPart(out2, text, { start: start2, end: start2 + digits.length, port }, kind, { name: name2, comment });
  }
}
var PROSE_PORT = /(?:^|[\s(`'"])((?:--?)?[A-Za-z_][A-Za-z0-9_.-]*)\s*(?:=|:|\s)\s*["']?(\d{2,5})(?![\d.:\w])/g;
var PROSE_IGNORED = /* @__PURE__ */ new Set(["echo", "printf", "time", "command", "builtin", "eval", "exec", "env", "watch", "serve", "next", "timeout"]);

// src/extract/shell.ts
function extractShellCode(out2, code, map, program) {
  const text = MappedText.fromFunction(code, (i2) => map.at(i2));
  extractShellText(out2, program === void 0 ? text : MappedText.join([programWord(program, map.at(0)), text]));
}
function programWord(program, at) {
  return MappedText.fromFunction(program, () => at);
}
function extractArgv(out2, words, program) {
  const mapped2 = words.map((w) => MappedText.fromFunction(w.text, (i2) => w.map.at(i2)));
  if (program !== void 0 && words.length > 0) mapped2.unshift(programWord(program, words[0].map.at(0)));
  extractArgvText(out2, mapped2);
}
function extractArgvText(out2, words) {
  interpretArgv(words, shellContext(out2), 0);
}
function extractShell(src) {
  const out2 = new OccurrenceSet(src);
  extractShellText(out2, MappedText.identity(src.text, 0));
  const assigned = assignedNames(src.text);
  return out2.list.filter((o) => !(o.port === null && o.variable !== void 0 && assigned.has(o.variable)));
}
var ASSIGNMENT2 = /(?:^|[\s;&|(!{])(?:(?:export|local|readonly|declare|typeset)\s+(?:-\w+\s+)*)?([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?\+?=/gm;
var LOOP_OR_READ = /(?:^|[\s;&|(!{])(?:for|select)\s+([A-Za-z_][A-Za-z0-9_]*)\s+in\b|(?:^|[\s;&|(!{])read\s+(?:-\w+(?:\s+\S+)?\s+)*([A-Za-z_][A-Za-z0-9_ ]*)/gm;
function assignedNames(text) {
  const names = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(ASSIGNMENT2)) names.add(m[1]);
  for (const m of text.matchAll(LOOP_OR_READ)) {
    if (m[1]) names.add(m[1]);
    if (m[2]) {
      for (const n of m[2].trim().split(/\s+/)) if (/^[A-Za-z_]\w*$/.test(n)) names.add(n);
    }
  }
  return names;
}
function extractOptionValue(out2, name2, value) {
  if (!OPTION_VARIABLE.test(name2) || !/^\s*-/.test(value.text)) return false;
  interpretArgv(optionWords(value), shellContext(out2), 1);
  return true;
}
function shellContext(out2) {
  return { out: out2, shell: (code, depth3) => extractShellText(out2, code, depth3) };
}
var HOST_WORDS = /* @__PURE__ */ new Set(["host", "hostname", "server", "addr", "address"]);
var PARAMETER = /^\$(?:(\d)|\{(\d)(?:[:]?[-=][^}]*)?\})$/;
function scriptFunctions(definitions, code, out2) {
  const functions = /* @__PURE__ */ new Map();
  for (const fn of definitions) {
    const name2 = fn?.childForFieldName("name")?.text;
    const body2 = fn?.childForFieldName("body");
    if (!name2 || !body2 || !/\$\{?\d/.test(code.text.slice(body2.startIndex, body2.endIndex))) continue;
    const parameters = /* @__PURE__ */ new Map();
    for (const a of body2.descendantsOfType("variable_assignment")) {
      const variable = a?.childForFieldName("name")?.text;
      const value = a?.childForFieldName("value");
      if (!variable || !value || parameters.has(variable)) continue;
      const m = PARAMETER.exec(decodeNode(value, code).text.trim());
      if (m) parameters.set(variable, Number(m[1] ?? m[2]) - 1);
    }
    const reads = bodyReads(body2, code, out2, functions);
    const args2 = [];
    const bind = (index, spec) => {
      if (index >= 0 && !args2[index]) args2[index] = spec;
    };
    for (const [variable, read] of reads) if (/^\d+$/.test(variable)) bind(Number(variable) - 1, parameterRole(read));
    for (const [variable, index] of parameters) {
      const read = reads.get(variable);
      if (namesPort(variable) && (!read || read.role === "port")) bind(index, { role: "port", kind: "argument", name: variable });
      else if (read) bind(index, { ...parameterRole(read), name: variable });
      else if (identifierWords(variable).some((w) => HOST_WORDS.has(w))) bind(index, { role: "host" });
    }
    if (args2.some((r) => r !== void 0 && r.role !== "host")) functions.set(name2, { args: Array.from(args2, (r) => r ?? { role: "skip" }) });
  }
  return functions;
}
var ALL_ARGUMENTS = /^\$(?:@|\{@(?::(\d+))?\})$/;
function forwardingFunctions(definitions, code) {
  const forwards = /* @__PURE__ */ new Map();
  for (const fn of definitions) {
    const name2 = fn?.childForFieldName("name")?.text;
    const body2 = fn?.childForFieldName("body");
    if (!name2 || !body2 || !code.text.slice(body2.startIndex, body2.endIndex).includes("$")) continue;
    const commands = body2.descendantsOfType("command").filter((c) => c !== null);
    const list = [];
    for (const command3 of commands) {
      const words = commandWords(command3, code);
      const at = words.findIndex((w) => ALL_ARGUMENTS.test(w.text));
      if (at < 0) continue;
      const from = Number(ALL_ARGUMENTS.exec(words[at].text)[1] ?? "1");
      let skip = Math.max(0, from - 1);
      for (const c of commands) {
        if (c.startIndex >= command3.startIndex || c.childForFieldName("name")?.text !== "shift") continue;
        const n = c.childrenForFieldName("argument")[0]?.text;
        skip += n !== void 0 && /^\d+$/.test(n) ? Number(n) : 1;
      }
      list.push({ before: words.slice(0, at), after: words.slice(at + 1), skip });
    }
    if (list.length > 0) forwards.set(name2, list);
  }
  return forwards;
}
function parameterRole(read) {
  return { role: read.role, ...read.kind !== void 0 && read.kind !== "cli-flag" && { kind: read.kind } };
}
function bodyReads(body2, code, out2, functions) {
  const reads = /* @__PURE__ */ new Map();
  const probe = { out: new OccurrenceSet(out2.src), shell: () => void 0, functions, reads };
  for (const command3 of body2.descendantsOfType("command")) if (command3) interpretArgv(commandWords(command3, code), probe, 0);
  return reads;
}
function readVariables(root, code, ctx) {
  const reads = ctx.reads;
  if (!reads || reads.size === 0) return;
  for (const a of root.descendantsOfType("variable_assignment")) {
    const variable = a?.childForFieldName("name")?.text;
    const value = a?.childForFieldName("value");
    const role = variable !== void 0 ? reads.get(variable) : void 0;
    if (!role || !value || namesPort(variable)) continue;
    const values2 = value.type === "array" ? value.namedChildren.filter((n) => n !== null) : [value];
    for (const v of values2) {
      const word = arrayElement(decodeNode(v, code));
      if (/^\d|^\$\{/.test(word.text.trim())) applyArgRole(role, word, ctx);
    }
  }
  for (const loop of root.descendantsOfType("for_statement")) {
    const variable = loop?.childForFieldName("variable")?.text;
    const role = variable !== void 0 ? reads.get(variable) : void 0;
    if (!role || namesPort(variable)) continue;
    for (const v of loop.namedChildren) {
      if (!v || !["number", "word", "string", "raw_string"].includes(v.type)) continue;
      const word = decodeNode(v, code);
      if (/^\d/.test(word.text.trim()) && !/^(?:1?\d)$/.test(word.text.trim())) applyArgRole(role, word, ctx);
    }
  }
}
function arrayWords(node, code) {
  return node.namedChildren.filter((n) => n !== null && n.type !== "comment").map((n) => decodeNode(n, code));
}
var ASSOCIATIVE = /^\[[^\]]*\]=/;
function arrayElement(w) {
  const m = ASSOCIATIVE.exec(w.text);
  return m ? w.slice(m[0].length) : w;
}
function extractShellText(out2, code, depth3 = 0, reads = /* @__PURE__ */ new Map()) {
  checkFileBudget();
  if (depth3 > MAX_DEPTH) return;
  const g = grammar("bash");
  const tree = parse(g, code.text);
  try {
    const hits = runQuery(g, tree.rootNode);
    const functions = hits.commands.filter((n) => n.type === "function_definition");
    const ctx = {
      out: out2,
      shell: (nested, d) => extractShellText(out2, nested, d, reads),
      functions: scriptFunctions(functions, code, out2),
      forwards: forwardingFunctions(functions, code),
      reads
    };
    const elements = [];
    for (const node of hits.commands) {
      if (node.type === "function_definition" || !/[\d$]/.test(code.text.slice(node.startIndex, node.endIndex))) continue;
      if (node.type === "command") interpretArgv(commandWords(node, code), ctx, depth3);
      else if (node.type === "array") {
        const words = arrayWords(node, code);
        interpretArgv(words.filter((w) => !ASSOCIATIVE.test(w.text)), ctx, depth3);
        for (const w of words) if (ASSOCIATIVE.test(w.text)) elements.push(arrayElement(w));
      } else if (node.parent?.type === "variable_assignment" && /^\s*-/.test(decodeNode(node, code).text)) interpretArgv(optionWords(decodeNode(node, code)), ctx, depth3 + 1);
      else extractShellText(out2, decodeNode(node, code), depth3 + 1);
    }
    hits.occurrences.sort((a, b) => a.pattern - b.pattern || a.port.startIndex - b.port.startIndex);
    for (const hit of hits.occurrences) addHit2(out2, hit, code);
    tableElements(tree.rootNode, code, out2);
    readVariables(tree.rootNode, code, ctx);
    for (const w of elements) scanWord(out2, w);
    for (const node of hits.strings) {
      const raw = code.text.slice(node.startIndex, node.endIndex);
      if (raw.includes(":") || raw.includes("/dev/")) scanWord(out2, decodeNode(node, code));
      if (node.type === "heredoc_body" && /\d/.test(raw)) {
        const body2 = decodeNode(node, code);
        scanConfigText(out2, body2);
        if (raw.includes("{")) quotedMembers(out2, body2);
      }
    }
    for (const node of hits.comments) {
      const text = decodeNode(node, code);
      if (text.contiguous()) scanComment(out2, text.text, text.start(0));
      else scanWord(out2, text, true);
    }
  } finally {
    tree.delete();
  }
}
var QUOTED_MEMBER = /^[ \t]*(["'])([A-Za-z_][\w.-]*)\1[ \t]*:[ \t]*(["']?)(\d{2,5})\3[ \t]*,?[ \t]*$/gm;
function quotedMembers(out2, body2) {
  QUOTED_MEMBER.lastIndex = 0;
  for (let m = QUOTED_MEMBER.exec(body2.text); m; m = QUOTED_MEMBER.exec(body2.text)) {
    const name2 = m[2];
    if (!namesPort(name2)) continue;
    const at = m.index + m[0].lastIndexOf(m[4]);
    for (const part of resolvePortList(m[4])) {
      if (part.port !== null) emitPart(out2, body2, { ...part, start: at + part.start, end: at + part.end }, "property", { name: name2 });
    }
  }
}
function scanConfigText(out2, body2) {
  for (const m of body2.text.matchAll(/[^\n]*\d[^\n]*/g)) {
    const line = body2.slice(m.index, m.index + m[0].length);
    scanPortPhrases(out2, line, /^\s*#/.test(line.text));
  }
}
function commandWords(node, code) {
  const words = [];
  const name2 = node.childForFieldName("name");
  if (name2) words.push(decodeNode(name2.namedChild(0) ?? name2, code));
  for (const arg of node.childrenForFieldName("argument")) if (arg) words.push(decodeNode(arg, code));
  return words;
}
var VALIDATION_BOUNDS = /* @__PURE__ */ new Set([0, 1, 1023, 1024, 49151, 49152, 65535, 65536]);
var MAX_CHOSEN_RANGE = 1024;
var ARITHMETIC = /* @__PURE__ */ new Set(["expr", "bc", "dc", "awk", "let", "test", "[", "printf", "date", "sleep", "head", "tail", "cut"]);
function addHit2(out2, hit, code) {
  if (hit.kind === "constant" && !isCandidateArgument(hit.port)) return;
  const word = arrayElement(decodeNode(hit.port, code));
  const name2 = hit.name?.text;
  const bound = name2 ?? hit.variable?.text;
  if (bound !== void 0 && !namesPort(bound)) return;
  const parts2 = resolvePortList(word.text);
  for (const part of parts2) {
    switch (hit.kind) {
      case "env-default":
        if (part.port === null) continue;
        break;
      case "constant":
        if (isSeqStep(hit.port)) continue;
        if (hit.port.parent?.type === "binary_expression" && hit.outer.type === "variable_assignment" && (part.port ?? 0) < 1024) continue;
        if (hit.outer.type === "binary_expression" && part.port !== null && VALIDATION_BOUNDS.has(part.port)) continue;
        break;
      default:
        break;
    }
    const kind = hit.kind === "env-assign" && part.parameter ? "parameter-default" : hit.kind;
    emitPart(out2, word, part, kind, name2 !== void 0 ? { name: name2 } : {});
  }
}
function tableElements(root, code, out2) {
  if (!/\]\+?=/.test(code.text)) return;
  for (const assignment2 of root.descendantsOfType("variable_assignment")) {
    const target = assignment2.childForFieldName("name");
    const value = assignment2.childForFieldName("value");
    const table = target?.type === "subscript" ? target.childForFieldName("name")?.text : void 0;
    if (!value || table === void 0 || !namesPort(table)) continue;
    const word = decodeNode(value, code);
    for (const part of resolvePortList(word.text)) {
      if (part.port !== null) emitPart(out2, word, part, "env-assign", { name: table });
    }
  }
}
function isCandidateArgument(node) {
  const command3 = node.parent;
  if (command3?.type !== "command") return true;
  const name2 = command3.childForFieldName("name")?.text ?? "";
  if (ARITHMETIC.has(name2.replace(/^.*\//, ""))) return false;
  const before = node.previousNamedSibling;
  if (name2 === "shuf" && before && /^(?:-i|--input-range)$/.test(before.text)) {
    const range = /^(\d+)-(\d+)$/.exec(node.text);
    return range !== null && Number(range[2]) - Number(range[1]) < MAX_CHOSEN_RANGE;
  }
  return !(before && before.type !== "command_name" && /^-/.test(before.text));
}
function isSeqStep(node) {
  const command3 = node.parent;
  if (command3?.type !== "command" || command3.childForFieldName("name")?.text !== "seq") return false;
  const args2 = command3.childrenForFieldName("argument").filter((a) => a !== null && !a.text.startsWith("-"));
  return args2.length === 3 && args2[1]?.id === node.id;
}

// src/extract/compose-values.ts
function subText(out2, t, start2, end) {
  const text = t.text.slice(start2, end);
  const [from, to] = t.map.span(start2, end);
  const raw = out2.src.text.slice(from, to);
  return { text, map: raw === text ? OffsetMap.identity(text.length, from) : new OffsetMap(text, raw, from) };
}
function kindForName2(name2) {
  return /^[A-Z][A-Z0-9_]*$/.test(name2) ? "env-assign" : "property";
}
function addPortValue(out2, t, name2, kind) {
  const r = resolvePortExpression(t.text);
  if (r) {
    const init2 = { kind: r.variable !== void 0 && r.port !== null ? "env-default" : kind, port: r.port, name: name2 };
    if (r.portEnd !== void 0) init2.portEnd = r.portEnd;
    if (r.protocol !== void 0) init2.protocol = r.protocol;
    if (r.variable !== void 0) init2.variable = r.variable;
    const [start2, end] = t.map.span(r.start, r.end);
    out2.add(start2, end, init2);
    return true;
  }
  const items = [...t.text.matchAll(/[^\s,]+/g)];
  if (items.length < 2) return false;
  const specs = items.map((m) => parsePortSpec(m[0]));
  if (specs.some((s) => s === void 0)) return false;
  items.forEach((m, i2) => {
    const spec = specs[i2];
    const init2 = { kind, port: spec.port, name: name2 };
    if (spec.portEnd !== void 0) init2.portEnd = spec.portEnd;
    if (spec.protocol !== void 0) init2.protocol = spec.protocol;
    const digits = m[0].replace(/\/\w+$/, "");
    const [start2, end] = t.map.span(m.index, m.index + digits.length);
    out2.add(start2, end, init2);
  });
  return true;
}
var HOSTLESS_ADDRESS = /^\s*:(\d{1,5})(?:\/(tcp|udp|sctp))?\s*$/i;
function addHostlessAddress(out2, t, name2) {
  const m = HOSTLESS_ADDRESS.exec(t.text) ?? (namesBind(name2) ? BARE_PORT.exec(t.text) : null);
  const port = m ? parsePortNumber(m[1]) : void 0;
  if (!m || port === void 0 || namesPortQuantity(name2)) return false;
  const at = m.index + m[0].indexOf(m[1], m[0].indexOf(":") + 1);
  const [start2, end] = t.map.span(at, at + m[1].length);
  const init2 = { kind: "listen", port, name: name2, host: "" };
  if (m[2] !== void 0) init2.protocol = m[2].toLowerCase();
  out2.add(start2, end, init2);
  return true;
}
var DEFAULTING2 = /* @__PURE__ */ new Set([":-", "-", ":=", "="]);
var BARE_PORT = /^\s*(\d{1,5})\s*$/;
function namesBind(name2) {
  const last = identifierWords(name2).pop();
  return last === "bind" || last === "listen";
}
var AUTHORITY_BEFORE2 = /(?:^|[\s"'`=(,@[{<>|;])(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/(?:[^\s/@]*@)?)?(\[[0-9A-Fa-f:.]+\]|\$\{[^}]*\}|[A-Za-z0-9_.*-]*):$/;
function scanValue(out2, t) {
  if (t.text.includes("{{")) scanTemplatePorts(out2, t);
  for (const ref of findReferences(t.text)) scanReference2(out2, t, ref);
  scanText(out2, t.text, t.map);
}
function scanTemplatePorts(out2, t) {
  for (const re of [SERVICE_PORT_EXPRESSION, CADDY_UPSTREAMS]) {
    re.lastIndex = 0;
    for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
      const port = parsePortNumber(m[2]);
      if (port === void 0) continue;
      const [start2, end] = t.map.span(...m.indices[2]);
      const init2 = { kind: "connect", port };
      if (re === SERVICE_PORT_EXPRESSION) init2.host = m[1];
      else if (m[1] !== void 0) init2.scheme = m[1].toLowerCase();
      out2.add(start2, end, init2);
    }
  }
}
var SERVICE_PORT_EXPRESSION = /\$\{\{[^}]*?\bservices\.([\w-]+)\.ports\[\s*['"]?(\d{1,5})['"]?\s*\][^}]*\}\}/dg;
var CADDY_UPSTREAMS = /\{\{\s*upstreams\s+(?:(https?|h2c)\s+)?(\d{1,5})\s*\}\}/dg;
function scanReference2(out2, t, ref) {
  if (!ref.operand || !ref.operator || !DEFAULTING2.has(ref.operator)) return;
  const operand = ref.operand;
  const r = resolvePortExpression(operand.text);
  if (!r || r.port === null) {
    scanValue(out2, subText(out2, t, operand.start, operand.end));
    return;
  }
  const authority = AUTHORITY_BEFORE2.exec(t.text.slice(0, ref.start));
  const init2 = { kind: "env-default", port: r.port, variable: ref.variable };
  if (authority && (authority[1] !== void 0 || isPortName(ref.variable) || plausibleBareHost2(authority[2]))) {
    const host = authority[2].replace(/^\[(.*)\]$/, "$1");
    init2.kind = authority[1] !== void 0 ? "url" : "address";
    init2.host = host;
    if (authority[1] !== void 0) init2.scheme = authority[1].toLowerCase();
  } else if (!isPortName(ref.variable)) {
    return;
  }
  if (r.portEnd !== void 0) init2.portEnd = r.portEnd;
  const [start2, end] = t.map.span(operand.start + r.start, operand.start + r.end);
  out2.add(start2, end, init2);
}
function plausibleBareHost2(host) {
  return host === "" || host === "localhost" || host === "*" || /^[\d.]+$/.test(host) || host.startsWith("${") || host.includes(":");
}
function addAssignment(out2, name2, value, kind) {
  if (isPortName(name2) && addPortValue(out2, value, name2, kind)) return;
  if (isAddressName(name2) && addHostlessAddress(out2, value, name2)) return;
  extractOptionValue(out2, name2, MappedText.fromFunction(value.text, (i2) => value.map.at(i2)));
  scanValue(out2, value);
}
function addImageReference(out2, t) {
  const lead = t.text.length - t.text.trimStart().length;
  const slash = t.text.indexOf("/", lead);
  if (slash > lead) addRegistry(out2, t, lead, slash);
}
function addRegistry(out2, t, from, to) {
  const first = t.text.slice(from, to);
  const refs = findReferences(first);
  const whole = refs.length === 1 && refs[0].start === 0 && refs[0].end === first.length ? refs[0] : void 0;
  if (whole) {
    if (whole.operand && DEFAULTING2.has(whole.operator ?? "")) addRegistry(out2, t, from + whole.operand.start, from + whole.operand.end);
    return;
  }
  const colon = first.startsWith("[") ? first.indexOf(":", first.indexOf("]")) : lastTopLevelColon(first);
  if (colon <= 0) return;
  const host = first.slice(0, colon);
  const r = resolvePortExpression(first.slice(colon + 1));
  if (!r || r.port === null || r.portEnd !== void 0 || r.protocol !== void 0) return;
  const base = from + colon + 1;
  const [start2, end] = t.map.span(base + r.start, base + r.end);
  const init2 = { kind: "address", port: r.port, host: host.replace(/^\[(.*)\]$/, "$1") };
  if (r.variable !== void 0) init2.variable = r.variable;
  out2.add(start2, end, init2);
}
function lastTopLevelColon(text) {
  let depth3 = 0;
  let last = -1;
  for (let i2 = 0; i2 < text.length; i2++) {
    if (text[i2] === "$" && text[i2 + 1] === "{") {
      depth3++;
      i2++;
    } else if (text[i2] === "}" && depth3 > 0) depth3--;
    else if (text[i2] === ":" && depth3 === 0) last = i2;
  }
  return last;
}
var CONFIG_LINE = /^[ \t]*([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*(?:[=:][ \t]*|[ \t])["']?(\d{1,5})["']?[ \t]*;?[ \t]*$/gm;
function addConfigText(out2, t) {
  CONFIG_LINE.lastIndex = 0;
  for (let m = CONFIG_LINE.exec(t.text); m; m = CONFIG_LINE.exec(t.text)) {
    const name2 = m[1];
    const port = isPortName(name2) ? parsePortSpec(m[2])?.port : void 0;
    if (port === void 0) continue;
    const at = m.index + m[0].indexOf(m[2], name2.length);
    const [start2, end] = t.map.span(at, at + m[2].length);
    out2.add(start2, end, { kind: kindForName2(name2), port, name: name2 });
  }
  scanConfigPairs(out2, t);
  scanValue(out2, t);
}
var PAIR_LINE = /^[ \t]*(?:-[ \t]+)?(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*:[ \t]*(["']?)(\d{1,5})\3[ \t]*,?[ \t]*(?:#.*)?$/dgm;
var FLOW_PAIR = /[{,][ \t]*(["']?)([A-Za-z_][A-Za-z0-9_.-]*)\1[ \t]*:[ \t]*(["']?)(\d{1,5})\3[ \t]*(?=[,}])/dg;
function scanConfigPairs(out2, t) {
  for (const re of [PAIR_LINE, FLOW_PAIR]) {
    re.lastIndex = 0;
    for (let m = re.exec(t.text); m; m = re.exec(t.text)) {
      const name2 = m[2];
      const digits = m[4];
      const port = parsePortNumber(digits);
      if (port === void 0 || !isPortName(name2) || namesPortQuantity(name2)) continue;
      const [start2, end] = t.map.span(...m.indices[4]);
      out2.add(start2, end, { kind: kindForName2(name2), port, name: name2 });
    }
  }
}

// src/extract/yaml-generic.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/extract/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(text) {
  const file = parseStream(text);
  if (errorCount(file) === 0 || !/\{\{|\{%/.test(text)) return file;
  const blanked = parseStream(blankTemplateActions(text));
  return errorCount(blanked) < errorCount(file) ? blanked : file;
}
function blankTemplateActions(text) {
  return text.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, (m, at) => {
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    const lineEnd = text.indexOf("\n", at + m.length);
    const alone = text.slice(lineStart, at).trim() === "" && text.slice(at + m.length, lineEnd < 0 ? text.length : lineEnd).trim() === "";
    return m.replace(/[^\r\n]/g, alone ? " " : "x");
  });
}
function parseStream(text) {
  const tokens = [...new import_yaml.Parser().parse(text)];
  const comments = [];
  collectComments(tokens, comments);
  comments.sort((a, b) => a.start - b.start);
  const docs = [...new import_yaml.Composer({ version: "1.2", uniqueKeys: false, merge: false }).compose(tokens)];
  return { docs, comments, text };
}
function errorCount(file) {
  return file.docs.reduce((n, d) => n + d.errors.length, 0);
}
function collectComments(root, out2) {
  const stack = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i2 = value.length - 1; i2 >= 0; i2--) stack.push(value[i2]);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    const token = value;
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      out2.push({ start: token.offset, text: token.source });
      continue;
    }
    for (const v of Object.values(value)) if (typeof v === "object") stack.push(v);
  }
}
var anchorIndex = /* @__PURE__ */ new WeakMap();
function anchors(doc) {
  let index = anchorIndex.get(doc);
  if (index) return index;
  index = /* @__PURE__ */ new Map();
  const add = (n) => {
    if (!((0, import_yaml.isScalar)(n) || (0, import_yaml.isMap)(n) || (0, import_yaml.isSeq)(n))) return;
    if (n.anchor && n.range) {
      const list = index.get(n.anchor) ?? [];
      list.push({ start: n.range[0], node: n });
      index.set(n.anchor, list);
    }
    if ((0, import_yaml.isMap)(n)) {
      for (const p of n.items) {
        add(p.key);
        add(p.value);
      }
    } else if ((0, import_yaml.isSeq)(n)) for (const item of n.items) add(item);
  };
  add(doc.contents);
  for (const list of index.values()) list.sort((a, b) => a.start - b.start);
  anchorIndex.set(doc, index);
  return index;
}
function resolveNode(doc, node) {
  let n = node;
  for (let i2 = 0; i2 < 8 && (0, import_yaml.isAlias)(n); i2++) {
    const at = n.range?.[0] ?? Infinity;
    const defs = anchors(doc).get(n.source) ?? [];
    let found;
    for (const d of defs) if (d.start < at) found = d.node;
    n = found;
  }
  return (0, import_yaml.isScalar)(n) || (0, import_yaml.isMap)(n) || (0, import_yaml.isSeq)(n) ? n : void 0;
}
function scalarString(doc, node) {
  const n = resolveNode(doc, node);
  if (!(0, import_yaml.isScalar)(n)) return void 0;
  if (typeof n.source === "string") return n.source;
  return n.value === null || n.value === void 0 ? void 0 : String(n.value);
}
var entryCache = /* @__PURE__ */ new WeakMap();
function mapEntries(doc, node) {
  const map = resolveNode(doc, node);
  if (!(0, import_yaml.isMap)(map)) return [];
  const cached = entryCache.get(map);
  if (cached) return cached;
  entryCache.set(map, []);
  const own = [];
  const merged = [];
  for (const pair of map.items) {
    if (!(0, import_yaml.isPair)(pair) || !(0, import_yaml.isScalar)(pair.key)) continue;
    const key = scalarString(doc, pair.key);
    if (key === void 0) continue;
    if (key === "<<" && pair.key.type === "PLAIN") {
      const source = resolveNode(doc, pair.value);
      const sources = (0, import_yaml.isSeq)(source) ? source.items : [source];
      for (const s of sources) merged.push(...mapEntries(doc, s));
      continue;
    }
    own.push({ key, keyNode: pair.key, value: resolveNode(doc, pair.value) });
  }
  const seen = new Set(own.map((e) => e.key));
  const out2 = [...own];
  for (const e of merged) {
    if (seen.has(e.key)) continue;
    seen.add(e.key);
    out2.push(e);
  }
  entryCache.set(map, out2);
  return out2;
}
function mapGet(doc, node, key) {
  return mapEntries(doc, node).find((e) => e.key === key)?.value;
}
function seqItems(doc, node) {
  const seq = resolveNode(doc, node);
  if (!(0, import_yaml.isSeq)(seq)) return [];
  const out2 = [];
  for (const item of seq.items) {
    const n = resolveNode(doc, item);
    if (n) out2.push(n);
  }
  return out2;
}
function stringList(doc, node) {
  const out2 = [];
  for (const item of seqItems(doc, node)) {
    const s = scalarString(doc, item);
    if (s !== void 0) out2.push(s);
  }
  return out2;
}
function scalarText(source, node, base = 0) {
  if (!(0, import_yaml.isScalar)(node) || !node.range) return void 0;
  const text = typeof node.source === "string" ? node.source : node.value === null ? "" : String(node.value);
  const [start2, end] = node.range;
  switch (node.type) {
    case "QUOTE_DOUBLE":
    case "QUOTE_SINGLE":
      return mapped(source, text, start2 + 1, Math.max(start2 + 1, end - 1), base);
    case "BLOCK_FOLDED":
    case "BLOCK_LITERAL":
      return mapped(source, text, ...blockBody(source, node), base);
    default:
      return mapped(source, text, start2, end, base);
  }
}
function blockBody(source, node) {
  const [start2, end] = node.range;
  const newline = source.indexOf("\n", start2);
  return [newline < 0 || newline >= end ? end : newline + 1, end];
}
function mapped(source, text, start2, end, base) {
  const raw = source.slice(start2, end);
  if (raw === text) return { text, map: OffsetMap.identity(text.length, base + start2) };
  return { text, map: new OffsetMap(text, raw, base + start2) };
}

// src/extract/yaml-generic.ts
var SHELL_KEYS = /* @__PURE__ */ new Set(["run", "script", "before_script", "after_script", "shell", "cmd", "cmds", "commands", "command", "entrypoint", "args"]);
var ARGV_KEYS = /* @__PURE__ */ new Set(["command", "entrypoint", "args", "cmd"]);
var PORT_FIELDS = /* @__PURE__ */ new Set(["number", "value", "port"]);
var SHELL_FILES = /* @__PURE__ */ new Set(["sh", "bash"]);
var CONFIG_FILES = /* @__PURE__ */ new Set(["conf", "cfg", "cnf", "ini", "properties", "toml", "env"]);
var YAML_FILES = /* @__PURE__ */ new Set(["yaml", "yml", "json"]);
var PROSE_FILES = /* @__PURE__ */ new Set(["txt", "md", "markdown", "rst", "adoc", "html", "htm"]);
var LOOP_KEYS = /* @__PURE__ */ new Set(["loop", "with_items", "with_list"]);
var SSH_ARGS_KEYS = /* @__PURE__ */ new Set(["ansible_ssh_common_args", "ansible_ssh_extra_args", "ansible_ssh_args"]);
var RANGE_END_KEYS = /* @__PURE__ */ new Set(["endPort", "end_port"]);
var SERVICE_MAP_KEYS = /* @__PURE__ */ new Set(["tcp", "udp"]);
var SERVICE_REFERENCE = /^\s*([a-z0-9](?:[-a-z0-9]*[a-z0-9])?)\/([a-z0-9](?:[-a-z0-9.]*[a-z0-9])?):(\d{1,5})(?::PROXY){0,2}\s*$/d;
var COMMAND_WORDS = /* @__PURE__ */ new Set(["commands", "command", "cmd", "cmds", "script", "scripts"]);
var ARGS_WORDS = /* @__PURE__ */ new Set(["args", "arguments"]);
function namesCommands(key) {
  const words = identifierWords(key);
  const last = words[words.length - 1];
  if (words.length < 2) return void 0;
  return COMMAND_WORDS.has(last) ? "script" : ARGS_WORDS.has(last) ? "argv" : void 0;
}
var MAPPING_ROLE_KEYS = /* @__PURE__ */ new Set(["container", "host", "internal", "external", "public", "private", "target", "published"]);
var PROTOCOL_KEYS = /* @__PURE__ */ new Set(["proto", "protocol"]);
var ENV_KEYS = /* @__PURE__ */ new Set(["env", "environment"]);
var YamlWalker = class _YamlWalker {
  /**
   * `source` is the text the document was parsed from (the file's, or with template actions blanked),
   * `base` its offset in the file (non-zero for a YAML file held in a block scalar).
   */
  constructor(out2, doc, source = out2.src.text, base = 0) {
    this.out = out2;
    this.doc = doc;
    this.source = source;
    this.base = base;
  }
  out;
  doc;
  source;
  base;
  visited = /* @__PURE__ */ new Map();
  text(node) {
    return scalarText(this.source, node, this.base);
  }
  /** Runs `body`, then stamps `service`/`profiles` on every occurrence it added that has none. */
  owned(service, profiles, body2) {
    const before = this.out.list.length;
    body2();
    if (service === void 0) return;
    for (const o of this.out.list.slice(before)) {
      if (o.service !== void 0) continue;
      o.service = service;
      if (profiles && profiles.length > 0) o.profiles = [...profiles];
    }
  }
  /** Any node: mappings and sequences are walked, strings scanned for URLs and host:port. */
  node(node, ctx) {
    if (!node) return;
    const memo = `${ctx.key ?? ""}\0${ctx.parentKey ?? ""}\0${ctx.container ? 1 : 0}${ctx.serviceMap ? 1 : 0}`;
    let seen = this.visited.get(node);
    if (!seen) this.visited.set(node, seen = /* @__PURE__ */ new Set());
    if (seen.has(memo)) return;
    seen.add(memo);
    if ((0, import_yaml2.isMap)(node)) this.map(node, ctx);
    else if ((0, import_yaml2.isSeq)(node)) for (const item of seqItems(this.doc, node)) this.node(item, { ...ctx, container: false });
    else if ((0, import_yaml2.isScalar)(node)) {
      const t = this.text(node);
      if (!t || typeof node.value !== "string") return;
      if (t.text.includes("\n") && !PROSE_FILES.has(extension(ctx.key))) scanConfigPairs(this.out, t);
      scanValue(this.out, t);
    }
  }
  map(node, ctx) {
    const entries = mapEntries(this.doc, node);
    const has = (k) => entries.some((e) => e.key === k);
    const nameEntry = entries.find((e) => e.key === "name");
    const valueEntry = entries.find((e) => e.key === "value");
    const varName = nameEntry && scalarString(this.doc, nameEntry.value);
    if (varName && valueEntry && isPortName(varName)) {
      const t = this.text(valueEntry.value);
      if (t) addAssignment(this.out, varName, t, "env-assign");
    }
    const container = has("image") && (has("ports") || has("expose"));
    const service = container && ctx.parentKey === "services" ? ctx.key : void 0;
    this.loopItems(entries);
    this.protocolMapping(entries);
    const endEntry = entries.find((e) => RANGE_END_KEYS.has(e.key));
    const end = endEntry && has("port") ? parsePortSpec(scalarString(this.doc, endEntry.value) ?? "") : void 0;
    const serviceMap = ctx.key !== void 0 && (SERVICE_MAP_KEYS.has(ctx.key) || ctx.key === "data" && ctx.serviceMap === true);
    const metadata2 = entries.find((e) => e.key === "metadata")?.value;
    const named = /tcp|udp/i.test(scalarString(this.doc, mapEntries(this.doc, metadata2).find((e) => e.key === "name")?.value) ?? "");
    this.owned(service, void 0, () => {
      for (const e of entries) {
        if (end && e === endEntry) continue;
        if (serviceMap && this.serviceReference(e, ctx.key)) continue;
        const before = this.out.list.length;
        this.entry(e, { key: e.key, ...ctx.key !== void 0 ? { parentKey: ctx.key } : {}, container, ...named && e.key === "data" ? { serviceMap: true } : {} });
        if (end && e.key === "port") {
          for (const o of this.out.list.slice(before)) if (o.port !== null && o.port < end.port && o.portEnd === void 0) o.portEnd = end.port;
        }
      }
    });
  }
  /**
   * A port mapping whose keys do not say "port" (`{container: 25565, host: 25565, proto: tcp}`, game-server
   * panels, VPN and home-lab configs): a number under a mapping role beside a tcp/udp protocol is a port.
   */
  protocolMapping(entries) {
    const protocol = entries.find((e) => PROTOCOL_KEYS.has(e.key));
    if (!protocol || !/^(?:tcp|udp)$/i.test(scalarString(this.doc, protocol.value) ?? "")) return;
    for (const e of entries) {
      if (!MAPPING_ROLE_KEYS.has(e.key) || !(0, import_yaml2.isScalar)(e.value) || typeof e.value.value !== "number") continue;
      const t = this.text(e.value);
      if (t) addPortValue(this.out, t, e.key, "property");
    }
  }
  /**
   * An Ansible task looping over ports: `firewalld: {port: "{{ item }}"}` with `loop: [80/tcp, 443/tcp]`
   * (or `with_items:`) — each item is the value of the module's port-named key.
   */
  loopItems(entries) {
    const loop = entries.find((e) => LOOP_KEYS.has(e.key) && (0, import_yaml2.isSeq)(e.value));
    if (!loop) return;
    let name2;
    for (const e of entries) {
      if (!(0, import_yaml2.isMap)(e.value)) continue;
      for (const arg of mapEntries(this.doc, e.value)) {
        const range = arg.value?.range;
        if (!range || !isPortName(arg.key) || namesPortQuantity(arg.key)) continue;
        const raw = this.out.src.text.slice(this.base + range[0], this.base + range[1]);
        if (/^["']?\{\{-?\s*item\s*-?\}\}["']?$/.test(raw.trim())) name2 = arg.key;
      }
    }
    if (name2 === void 0) return;
    for (const item of seqItems(this.doc, loop.value)) {
      const t = (0, import_yaml2.isScalar)(item) ? this.text(item) : void 0;
      if (t) addPortValue(this.out, t, name2, kindForName2(name2));
    }
  }
  /**
   * ingress-nginx TCP/UDP services (Helm values `tcp:`/`udp:`, the `tcp-services` ConfigMap's `data:`):
   * `"5432": "data/postgres:5433"` — the controller listens on the key's port and proxies to the port of
   * the service `namespace/name` (`:PROXY` suffixes ask for the PROXY protocol).
   */
  serviceReference(e, mapKey) {
    if (!/^\d{1,5}$/.test(e.key) || !(0, import_yaml2.isScalar)(e.value)) return false;
    const value = this.text(e.value);
    const keyText = this.text(e.keyNode);
    const m = value && SERVICE_REFERENCE.exec(value.text);
    if (!m || !keyText) return false;
    addPortValue(this.out, keyText, mapKey, "listen");
    const port = parsePortSpec(m[3])?.port;
    if (port !== void 0) {
      const [start2, end] = value.map.span(m.indices[3][0], m.indices[3][1]);
      this.out.add(start2, end, { kind: "connect", port, host: `${m[2]}.${m[1]}` });
    }
    return true;
  }
  /** One key/value pair of a mapping. */
  entry(e, ctx) {
    const { key, value } = e;
    if (!value) return;
    if (key === "image" && (0, import_yaml2.isScalar)(value)) {
      const t = this.text(value);
      if (t) addImageReference(this.out, t);
      return;
    }
    if (ENV_KEYS.has(key) && ((0, import_yaml2.isMap)(value) || (0, import_yaml2.isSeq)(value))) {
      this.assignments(value, "env-assign");
      return;
    }
    const ext = extension(key);
    if (ext && (0, import_yaml2.isScalar)(value) && typeof value.value === "string") {
      const t = this.text(value);
      if (t && SHELL_FILES.has(ext)) return extractShellCode(this.out, t.text, t.map);
      if (t && CONFIG_FILES.has(ext)) return addConfigText(this.out, t);
      if (t && YAML_FILES.has(ext)) {
        if (this.embeddedFile(value)) return;
        scanConfigPairs(this.out, t);
        return scanValue(this.out, t);
      }
    }
    if (isPortName(key)) {
      this.portKey(key, value, ctx);
      return;
    }
    if (SHELL_KEYS.has(key) && this.shell(key, value)) return;
    if (SSH_ARGS_KEYS.has(key) && (0, import_yaml2.isScalar)(value) && typeof value.value === "string") {
      const t = this.text(value);
      if (t) extractShellCode(this.out, t.text, t.map, "ssh");
      return;
    }
    const commands = namesCommands(key);
    if (commands === "argv") this.node(value, ctx);
    if (commands && this.shell(key, value, void 0, commands)) return;
    if (isAddressName(key)) {
      for (const item of (0, import_yaml2.isSeq)(value) ? seqItems(this.doc, value) : [value]) {
        const t = (0, import_yaml2.isScalar)(item) && typeof item.value === "string" ? this.text(item) : void 0;
        if (t) addHostlessAddress(this.out, t, key);
      }
    }
    this.node(value, ctx);
  }
  /**
   * A YAML or JSON file held in a literal block scalar (a ConfigMap's `envoy.yaml: |`): its content lines
   * are that file, indented, so they are parsed as YAML where they stand (positions stay the file's) and
   * walked like any YAML file; its comments are comments. False when it is not a literal block or does
   * not parse cleanly: the caller then reads it as text with `key: value` lines.
   */
  embeddedFile(node) {
    if (!(0, import_yaml2.isScalar)(node) || node.type !== "BLOCK_LITERAL" || !node.range) return false;
    const [start2, end] = blockBody(this.source, node);
    const file = parseYaml(this.source.slice(start2, end));
    if (file.docs.some((d) => d.errors.length > 0)) return false;
    const base = this.base + start2;
    for (const doc of file.docs) new _YamlWalker(this.out, doc, file.text, base).node(doc.contents ?? void 0, {});
    scanYamlComments(this.out, file, base);
    return true;
  }
  /** A value under a port-ish key: `port: 80`, `ports: [8000, "8001:8001"]`, `ports: {http: 80}`, k8s `ports:` items. */
  portKey(key, value, ctx) {
    if ((0, import_yaml2.isScalar)(value)) {
      this.portScalar(key, value, ctx);
      return;
    }
    if ((0, import_yaml2.isSeq)(value)) {
      for (const item of seqItems(this.doc, value)) {
        if ((0, import_yaml2.isScalar)(item)) this.portScalar(key, item, ctx);
        else if ((0, import_yaml2.isMap)(item) && ctx.container && this.isLongPort(item)) addLongPort(this.out, this.longPort(item));
        else this.node(item, { key, ...ctx.parentKey !== void 0 ? { parentKey: ctx.parentKey } : {} });
      }
      return;
    }
    if ((0, import_yaml2.isMap)(value) && identifierWords(key).includes("ports")) {
      for (const child of mapEntries(this.doc, value)) {
        const keyText = this.text(child.keyNode);
        if (keyText && parsePortSpec(keyText.text)) {
          addPortValue(this.out, keyText, key, "property");
          this.node(child.value, { key: child.key, parentKey: key });
          continue;
        }
        if ((0, import_yaml2.isScalar)(child.value)) {
          const t = this.text(child.value);
          const name2 = isPortName(child.key) ? child.key : key;
          if (t && !addPortValue(this.out, t, name2, kindForName2(name2)) && typeof child.value.value === "string") scanValue(this.out, t);
        } else this.node(child.value, { key: child.key, parentKey: key });
      }
      return;
    }
    if ((0, import_yaml2.isMap)(value)) {
      for (const child of mapEntries(this.doc, value)) {
        if (PORT_FIELDS.has(child.key) && (0, import_yaml2.isScalar)(child.value)) {
          const t = this.text(child.value);
          if (t && addPortValue(this.out, t, key, kindForName2(key))) continue;
        }
        this.entry(child, { key: child.key, parentKey: key });
      }
      return;
    }
    this.node(value, ctx);
  }
  portScalar(key, node, ctx) {
    const t = this.text(node);
    if (!t) return;
    if (parsePortMapping(t.text)?.host !== void 0 && addPortMapping(this.out, t)) return;
    if (ctx.container && /^(?:ports|expose)$/.test(key) && addPortMapping(this.out, t)) return;
    if (addPortValue(this.out, t, key, kindForName2(key))) return;
    scanValue(this.out, t);
  }
  isLongPort(item) {
    return mapEntries(this.doc, item).some((e) => e.key === "target" || e.key === "published");
  }
  longPort(item) {
    const get = (k) => mapEntries(this.doc, item).find((e) => e.key === k)?.value;
    const lp = {};
    const target = this.text(get("target"));
    const published = this.text(get("published"));
    const hostIp = scalarString(this.doc, get("host_ip"));
    const protocol = scalarString(this.doc, get("protocol"));
    if (target) lp.target = target;
    if (published) lp.published = published;
    if (hostIp) lp.hostIp = hostIp;
    if (protocol) lp.protocol = protocol;
    return lp;
  }
  /** Environment variables or labels as a map (`API_PORT: 8000`) or a list (`- API_PORT=8000`). */
  assignments(node, kind) {
    if ((0, import_yaml2.isMap)(node)) {
      for (const e of mapEntries(this.doc, node)) {
        const t = this.text(e.value);
        if (t && (0, import_yaml2.isScalar)(e.value) && e.value.value !== null) addAssignment(this.out, e.key, t, kind);
        else if (e.value) this.node(e.value, { key: e.key });
      }
      return;
    }
    for (const item of seqItems(this.doc, node)) {
      const t = this.text(item);
      if (!t) {
        this.node(item, {});
        continue;
      }
      const eq = t.text.indexOf("=");
      if (eq <= 0) continue;
      const name2 = t.text.slice(0, eq).trim();
      addAssignment(this.out, name2, subText(this.out, t, eq + 1, t.text.length), kind);
    }
  }
  /**
   * Shell in a value: a script string, a list of script lines, or one command as an argv list.
   * `program` is the command that receives arguments given without one (a compose `command: ["-m", "8222"]`
   * runs the image's entrypoint with them).
   */
  shell(key, value, program, named) {
    if ((0, import_yaml2.isScalar)(value)) {
      if (typeof value.value !== "string") return false;
      const t = this.text(value);
      if (t) extractShellCode(this.out, t.text, t.map, program !== void 0 && t.text.trimStart().startsWith("-") ? program : void 0);
      return true;
    }
    if (!(0, import_yaml2.isSeq)(value)) return false;
    const items = seqItems(this.doc, value);
    const words = named === "script" && items.length > 1 && items.every((i2) => (0, import_yaml2.isScalar)(i2) && typeof i2.value === "string" && !/\s/.test(i2.value));
    if (ARGV_KEYS.has(key) || words || named === "argv") {
      if (!items.every((i2) => (0, import_yaml2.isScalar)(i2))) return false;
      this.argv(items, program !== void 0 && scalarString(this.doc, items[0])?.startsWith("-") ? program : void 0);
      return true;
    }
    for (const item of items) {
      if ((0, import_yaml2.isScalar)(item) && typeof item.value === "string") {
        const t = this.text(item);
        if (t) extractShellCode(this.out, t.text, t.map);
      } else this.node(item, { key });
    }
    return true;
  }
  argv(items, program) {
    const words = [];
    for (const item of items) {
      const t = this.text(item);
      if (t) words.push(t);
    }
    extractArgv(this.out, words, program);
  }
};
function scanYamlComments(out2, file, base = 0) {
  for (const c of file.comments) scanComment(out2, c.text, base + c.start);
}
function extension(key) {
  return key !== void 0 && /\.([A-Za-z0-9]+)$/.exec(key)?.[1]?.toLowerCase() || "";
}

// src/extract/compose.ts
var NO_PORTS = /* @__PURE__ */ new Set([
  "profiles",
  "env_file",
  "extra_hosts",
  "sysctls",
  "ulimits",
  "user",
  "group_add",
  "volumes",
  "volumes_from",
  "devices",
  "tmpfs",
  "container_name",
  "hostname",
  "domainname",
  "platform",
  "restart",
  "pull_policy",
  "depends_on",
  "links",
  "external_links",
  "cap_add",
  "cap_drop",
  "security_opt",
  "secrets",
  "configs",
  "dns_search",
  "runtime",
  "pid",
  "ipc",
  "network_mode",
  "userns_mode",
  "cgroup_parent",
  "stop_signal",
  "working_dir"
]);
var TOP_NO_PORTS = /* @__PURE__ */ new Set(["version", "name", "services"]);
function extractCompose(src) {
  const out2 = new OccurrenceSet(src);
  const file = parseYaml(src.text);
  for (const doc of file.docs) extractComposeDocument(out2, doc, file.text);
  scanYamlComments(out2, file);
  return out2.list;
}
function looksLikeCompose(doc) {
  const top = mapEntries(doc, doc.contents);
  if (top.some((e) => ["apiVersion", "kind", "jobs", "on", "stages", "steps", "provider", "service"].includes(e.key))) return false;
  const services = top.find((e) => e.key === "services")?.value;
  if (!(0, import_yaml3.isMap)(services)) return false;
  return mapEntries(doc, services).some(
    (s) => (0, import_yaml3.isMap)(s.value) && mapEntries(doc, s.value).some((e) => ["image", "build", "ports", "expose", "command", "environment", "depends_on"].includes(e.key))
  );
}
function extractComposeDocument(out2, doc, source) {
  const w = new YamlWalker(out2, doc, source);
  const top = mapEntries(doc, doc.contents);
  const services = top.find((e) => e.key === "services")?.value;
  for (const s of mapEntries(doc, services)) {
    if (!(0, import_yaml3.isMap)(s.value)) continue;
    const profiles = stringList(doc, mapGet(doc, s.value, "profiles"));
    w.owned(s.key, profiles, () => serviceBody(w, s.value));
  }
  for (const e of top) {
    if (TOP_NO_PORTS.has(e.key)) continue;
    if (e.key.startsWith("x-") && (0, import_yaml3.isMap)(e.value)) serviceBody(w, e.value);
    else w.entry(e, { key: e.key });
  }
}
var IMAGE_ENTRYPOINTS = {
  nats: "nats-server",
  memcached: "memcached",
  redis: "redis-server",
  postgres: "postgres",
  postgis: "postgres"
};
function entrypointProgram(image) {
  if (image === void 0) return void 0;
  const name2 = image.replace(/@.*$/, "").replace(/:[^/:]*$/, "").replace(/^.*\//, "");
  return Object.hasOwn(IMAGE_ENTRYPOINTS, name2) ? IMAGE_ENTRYPOINTS[name2] : void 0;
}
var SHELLS = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|ash|dash|zsh)$/;
function entrypointShell(doc, node) {
  const entrypoint = mapGet(doc, node, "entrypoint");
  const words = entrypoint === void 0 ? [] : (0, import_yaml3.isSeq)(entrypoint) ? stringList(doc, entrypoint) ?? [] : scalarString(doc, entrypoint)?.trim().split(/\s+/) ?? [];
  const [shell, ...rest] = words;
  if (shell === void 0 || !SHELLS.test(shell) || rest.some((w) => w !== "-c" && !/^-[a-z]+$/.test(w))) return void 0;
  return { shell, script: rest.includes("-c") };
}
function serviceBody(w, node) {
  const doc = w.doc;
  const shell = entrypointShell(doc, node);
  const program = entrypointProgram(scalarString(doc, mapGet(doc, node, "image"))) ?? shell?.shell;
  for (const e of mapEntries(doc, node)) {
    const value = e.value;
    if (!value || NO_PORTS.has(e.key)) continue;
    switch (e.key) {
      case "ports":
        for (const item of (0, import_yaml3.isSeq)(value) ? seqItems(doc, value) : [value]) {
          if ((0, import_yaml3.isMap)(item)) {
            if (w.isLongPort(item)) addLongPort(w.out, w.longPort(item));
            else w.node(item, { key: "ports" });
          } else {
            const t = w.text(item);
            if (t && !addPortMapping(w.out, t)) scanValue(w.out, t);
          }
        }
        break;
      case "expose":
        for (const item of seqItems(doc, value)) {
          const t = w.text(item);
          if (t) addExpose(w.out, t);
        }
        break;
      case "environment":
        w.assignments(value, "env-assign");
        break;
      case "labels":
      case "annotations":
        w.assignments(value, "property");
        break;
      case "build":
        if ((0, import_yaml3.isMap)(value)) {
          for (const b of mapEntries(doc, value)) {
            if (b.key === "args" && b.value) w.assignments(b.value, "env-assign");
            else if (b.key !== "context" && b.key !== "dockerfile") w.entry(b, { key: b.key });
          }
        }
        break;
      case "image": {
        const t = w.text(value);
        if (t) addImageReference(w.out, t);
        break;
      }
      case "command":
        if (shell?.script) {
          for (const item of (0, import_yaml3.isSeq)(value) ? seqItems(doc, value) : [value]) {
            const t = (0, import_yaml3.isScalar)(item) && typeof item.value === "string" ? w.text(item) : void 0;
            if (t) extractShellCode(w.out, t.text, t.map);
          }
        } else w.shell(e.key, value, program);
        break;
      case "entrypoint":
        w.shell(e.key, value);
        break;
      case "healthcheck":
        healthcheck(w, value);
        break;
      default:
        w.entry(e, { key: e.key, container: true });
    }
  }
}
function healthcheck(w, node) {
  const test = mapGet(w.doc, node, "test");
  if (!test) return;
  if ((0, import_yaml3.isScalar)(test)) {
    const t = w.text(test);
    if (t && typeof test.value === "string") extractShellCode(w.out, t.text, t.map);
    return;
  }
  if (!(0, import_yaml3.isSeq)(test)) return;
  const items = seqItems(w.doc, test);
  const head = scalarString(w.doc, items[0]);
  if (head === "NONE") return;
  if (head === "CMD-SHELL") {
    for (const item of items.slice(1)) {
      const t = w.text(item);
      if (t) extractShellCode(w.out, t.text, t.map);
    }
    return;
  }
  w.argv(head === "CMD" ? items.slice(1) : items);
}

// lazy-package:lazy-runtime
function lazyValue(load2) {
  let value;
  const real = () => value ??= load2();
  const proxy2 = new Proxy(function lazy() {
  }, {
    apply: (_, self, args2) => Reflect.apply(real(), self, args2),
    construct: (_, args2, newTarget) => Reflect.construct(real(), args2, newTarget === proxy2 ? real() : newTarget),
    get: (_, key) => key === "prototype" ? real().prototype : Reflect.get(real(), key),
    has: (_, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real())
  });
  return proxy2;
}

// lazy-package:dockerfile-ast
var pkg;
var load = () => pkg ??= __require(packagePath("lib", "vendor/dockerfile-ast.cjs"));
var DockerfileParser = lazyValue(() => load().DockerfileParser);

// src/extract/dockerfile.ts
var NOT_SHELL = /^#!.*\b(?:python[\d.]*|node|perl|ruby|php)\b/;
var DockerfileReader = class {
  constructor(src) {
    this.src = src;
    const text = src.text;
    for (let i2 = 0; i2 < text.length; i2++) {
      const c = text.charCodeAt(i2);
      if (c === 10) this.lineStarts.push(i2 + 1);
      else if (c === 13 && text.charCodeAt(i2 + 1) !== 10) this.lineStarts.push(i2 + 1);
    }
    this.out = new OccurrenceSet(src);
    this.df = DockerfileParser.parse(text);
    this.escape = this.df.getEscapeCharacter();
  }
  src;
  lineStarts = [0];
  out;
  df;
  escape;
  /** Port values of the ARG/ENV variables set so far in the current stage, for `EXPOSE ${PORT}`. */
  vars = /* @__PURE__ */ new Map();
  /** ARGs declared before the first FROM: a stage sees them when it re-declares them (`ARG PORT`). */
  globalArgs = /* @__PURE__ */ new Map();
  inStage = false;
  /** File offset of a dockerfile-ast (LSP) position: 0-based line, UTF-16 character. */
  offset(p) {
    return (this.lineStarts[p.line] ?? this.src.text.length) + p.character;
  }
  mapped(start2, end) {
    const s = this.offset(start2);
    return MappedText.identity(this.src.text.slice(s, this.offset(end)), s);
  }
  read() {
    const instructions = this.df.getInstructions();
    const entrypoints = this.entrypoints(instructions);
    instructions.forEach((ins, i2) => this.instruction(ins, entrypoints[i2]));
    for (const c of this.df.getComments()) {
      const r = c.getRange();
      const s = this.offset(r.start);
      scanComment(this.out, this.src.text.slice(s, this.offset(r.end)), s);
    }
    return this.out.list;
  }
  /**
   * For each instruction, the exec-form ENTRYPOINT of its stage: an exec-form CMD only gives arguments to
   * it (`ENTRYPOINT ["python", "-m", "http.server"]` + `CMD ["8000"]`), so the two are read as one command.
   */
  entrypoints(instructions) {
    const out2 = [];
    let stageStart = 0;
    const flush = (end) => {
      let words;
      for (let i2 = stageStart; i2 < end; i2++) {
        if (instructions[i2].getKeyword() === "ENTRYPOINT") words = this.execForm(instructions[i2], 0);
      }
      for (let i2 = stageStart; i2 < end; i2++) out2[i2] = words;
    };
    instructions.forEach((ins, i2) => {
      if (ins.getKeyword() === "FROM" && i2 > stageStart) {
        flush(i2);
        stageStart = i2;
      }
    });
    flush(instructions.length);
    return out2;
  }
  instruction(ins, entrypoint) {
    switch (ins.getKeyword()) {
      case "FROM":
        if (!this.inStage) for (const [k, v] of this.vars) this.globalArgs.set(k, v);
        this.inStage = true;
        this.vars = /* @__PURE__ */ new Map();
        break;
      case "EXPOSE":
        return this.expose(ins);
      case "ENV":
      case "ARG":
        for (const p of ins.getProperties()) {
          const inherited = this.globalArgs.get(p.getName());
          if (ins.getKeyword() === "ARG" && !p.getValueRange() && inherited) this.vars.set(p.getName(), inherited);
          this.assignment(p);
        }
        return;
      case "LABEL":
        for (const p of ins.getProperties()) {
          const value = this.propertyValue(p);
          if (value) scanWord(this.out, value);
        }
        return;
      case "RUN":
      case "ENTRYPOINT":
        return this.command(ins, 0);
      case "CMD": {
        const words = this.execForm(ins, 0);
        if (words && entrypoint) return extractArgvText(this.out, [...entrypoint, ...words]);
        return this.command(ins, 0);
      }
      case "HEALTHCHECK": {
        const args2 = ins.getArguments();
        if (args2[0]?.getValue().toUpperCase() === "CMD") this.command(ins, 1);
        return;
      }
      case "ONBUILD": {
        const trigger = ins.getTriggerInstruction();
        if (trigger) this.instruction(trigger, void 0);
        return;
      }
      default: {
        for (const h of this.heredocs(ins)) {
          const content = h.getContentRange();
          if (content) scanConfigText(this.out, this.mapped(content.start, content.end));
        }
        const r = ins.getArgumentsRange();
        if (r) scanWord(this.out, this.mapped(r.start, r.end));
      }
    }
  }
  /**
   * EXPOSE 80/tcp 8080-8090 ${PORT}. `${PORT}` is resolved through the ARG/ENV lines above it in the
   * stage (`ARG PORT=8000` … `EXPOSE ${PORT}` exposes 8000, recorded with the variable); a variable
   * nothing gives a value stays a variable (port null).
   */
  expose(ins) {
    for (const arg of ins.getArguments()) {
      const r = arg.getRange();
      const w = this.mapped(r.start, r.end);
      for (const part of resolvePortList(w.text)) {
        const known = part.port === null && part.variable !== void 0 ? this.vars.get(part.variable) : void 0;
        if (known) {
          const resolved = { ...part, port: known.port };
          if (known.portEnd !== void 0) resolved.portEnd = known.portEnd;
          emitPart(this.out, w, resolved, "expose");
        } else {
          emitPart(this.out, w, part, "expose");
        }
      }
    }
  }
  /** ENV PORT=8000, ENV PORT 8000, ARG PORT=8000, ENV PORT=${PORT:-8000}; other values are scanned for URLs. */
  assignment(p) {
    const value = this.propertyValue(p);
    if (!value) return;
    const name2 = p.getName();
    const parts2 = resolvePortList(value.text);
    const single = parts2.length === 1 ? parts2[0] : void 0;
    if (single && single.port !== null) {
      this.vars.set(name2, { port: single.port, ...single.portEnd !== void 0 && { portEnd: single.portEnd } });
    } else if (single?.variable !== void 0 && this.vars.has(single.variable)) {
      this.vars.set(name2, this.vars.get(single.variable));
      return;
    } else {
      this.vars.delete(name2);
    }
    if (namesPort(name2)) {
      for (const part of parts2) emitPart(this.out, value, part, "env-assign", { name: name2 });
      if (parts2.length > 0) return;
    }
    extractOptionValue(this.out, name2, value);
    scanWord(this.out, value);
  }
  /** A property's value with Dockerfile quoting and escapes removed, mapped to the file. */
  propertyValue(p) {
    const r = p.getValueRange();
    if (!r) return void 0;
    const from = this.offset(r.start);
    const to = this.offset(r.end);
    const t = this.src.text;
    const b = new MappedTextBuilder();
    let quote = "";
    for (let i2 = from; i2 < to; i2++) {
      const c = t[i2];
      if (c === this.escape && i2 + 1 < to && quote !== "'") {
        const next = t[i2 + 1];
        if (next !== "\n" && next !== "\r") b.push(next, i2, i2 + 2);
        i2++;
        continue;
      }
      if ((c === '"' || c === "'") && (quote === "" || quote === c)) {
        quote = quote === "" ? c : "";
        continue;
      }
      b.push(c, i2, i2 + 1);
    }
    return b.build();
  }
  /** The instruction's arguments from argument `from` on, as an exec-form word list, if they are one. */
  execForm(ins, from) {
    const code = this.code(ins, from);
    return code ? parseJsonStringArray(code) : void 0;
  }
  code(ins, from) {
    const args2 = ins.getArguments();
    const range = ins.getArgumentsRange();
    if (args2.length <= from || !range) return void 0;
    return this.mapped(args2[from].getRange().start, range.end);
  }
  /** RUN/CMD/ENTRYPOINT/HEALTHCHECK CMD: exec form → argv; shell form → shell code; heredoc scripts → shell. */
  command(ins, from) {
    const code = this.code(ins, from);
    if (!code) return;
    const exec = parseJsonStringArray(code);
    if (exec) return extractArgvText(this.out, exec);
    const heredocs = this.heredocs(ins);
    if (heredocs.length > 0) {
      const content = code.text.trimStart().startsWith("<<") ? heredocs[0].getContentRange() : null;
      if (content) {
        const script = this.mapped(content.start, content.end);
        if (!NOT_SHELL.test(script.text)) extractShellText(this.out, script);
      }
      return extractShellText(this.out, code);
    }
    extractShellText(this.out, MappedText.identity(this.shellText(code.text), code.start(0)));
  }
  /** RUN and COPY heredocs (`RUN <<EOF`, `COPY <<EOF /etc/app.conf`); other instructions have none. */
  heredocs(ins) {
    return ins.getHeredocs?.() ?? [];
  }
  /**
   * The shell sees a continued instruction without the comment and blank lines inside it (Docker drops
   * them), and with the Dockerfile's escape character at line ends as a backslash. Both keep every offset.
   */
  shellText(raw) {
    const lines = raw.split(/(?<=\n)/);
    let text = lines[0] ?? "";
    for (const line of lines.slice(1)) text += /^[ \t]*(?:#.*)?\r?\n?$/.test(line) ? " ".repeat(line.length) : line;
    if (this.escape !== "\\") text = text.split(`${this.escape}
`).join("\\\n").split(`${this.escape}\r
`).join("\\\r\n");
    return text;
  }
};
function extractDockerfile(src) {
  return new DockerfileReader(src).read();
}

// src/extract/env.ts
var ASSIGNMENT3 = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;
function extractEnv(src) {
  const out2 = new OccurrenceSet(src);
  const text = src.text;
  let pos = 0;
  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    const line = text.slice(pos, lineEnd);
    const m = ASSIGNMENT3.exec(line);
    let next = nextLine(text, lineEnd);
    if (m) {
      next = assignment(out2, m[1], pos + m[0].length, lineEnd) ?? next;
    } else {
      const hash = line.search(/\S/);
      if (hash >= 0 && (line[hash] === "#" || line[hash] === ";")) scanComment(out2, line.slice(hash), pos + hash);
    }
    pos = next;
  }
  return out2.list;
}
function endOfLine(text, pos) {
  const nl = text.indexOf("\n", pos);
  const end = nl < 0 ? text.length : nl;
  return end > pos && text[end - 1] === "\r" ? end - 1 : end;
}
function nextLine(text, lineEnd) {
  const nl = text.indexOf("\n", lineEnd);
  return nl < 0 ? text.length : nl + 1;
}
function assignment(out2, name2, start2, lineEnd) {
  const text = out2.src.text;
  const quote = text[start2];
  if (quote === '"' || quote === "'" || quote === "`") {
    const close = closingQuote(text, start2 + 1, quote);
    if (close >= 0) {
      const value = { text: text.slice(start2 + 1, close), map: OffsetMap.identity(close - start2 - 1, start2 + 1) };
      if (quote === "'") literal(out2, name2, value);
      else addAssignment(out2, name2, value, "env-assign");
      const afterEnd = endOfLine(text, close);
      trailingComment(out2, close + 1, afterEnd);
      return close > lineEnd ? nextLine(text, afterEnd) : void 0;
    }
  }
  let end = lineEnd;
  const rest = text.slice(start2, lineEnd);
  const comment = /(^|[ \t])#/.exec(rest);
  if (comment) {
    end = start2 + comment.index;
    trailingComment(out2, end, lineEnd);
  }
  const raw = text.slice(start2, end).replace(/[ \t]+$/, "");
  addAssignment(out2, name2, { text: raw, map: OffsetMap.identity(raw.length, start2) }, "env-assign");
  return void 0;
}
function literal(out2, name2, value) {
  const spec = isPortName(name2) ? parsePortSpec(value.text) : void 0;
  if (spec) {
    const digits = value.text.trim().replace(/\/\w+$/, "");
    const lead = value.text.indexOf(digits);
    const [s, e] = value.map.span(lead, lead + digits.length);
    const init2 = { kind: "env-assign", port: spec.port, name: name2 };
    if (spec.portEnd !== void 0) init2.portEnd = spec.portEnd;
    if (spec.protocol !== void 0) init2.protocol = spec.protocol;
    out2.add(s, e, init2);
    return;
  }
  scanText(out2, value.text, value.map);
}
function closingQuote(text, from, quote) {
  for (let i2 = from; i2 < text.length; i2++) {
    if (text[i2] === "\\" && quote !== "'") i2++;
    else if (text[i2] === quote) return i2;
  }
  return -1;
}
function trailingComment(out2, from, to) {
  const rest = out2.src.text.slice(from, to);
  const hash = rest.indexOf("#");
  if (hash >= 0) scanComment(out2, rest.slice(hash), from + hash);
}

// src/extract/javascript.ts
var LOOP_TYPES = /* @__PURE__ */ new Set(["for_in_statement"]);
var CONVERSIONS = /* @__PURE__ */ new Set([
  "Number",
  "parseInt",
  "parseFloat",
  "String",
  "Number.parseInt",
  "Number.parseFloat",
  "Math.floor",
  "Math.trunc",
  "Math.round",
  "toNumber",
  "toInteger"
]);
var ENV_OBJECTS = /* @__PURE__ */ new Set(["process.env", "import.meta.env", "Bun.env", "env", "Deno.env"]);
var ATTRIBUTE_KEYS = /default|fallback|^value$|^port$/i;
function isEnvObject(node) {
  return node !== null && ENV_OBJECTS.has(node.text.replace(/\s+/g, ""));
}
function stringNode(node) {
  return !!node && node.type === "string";
}
var depth = 0;
function evaluateJs(node, ctx = SINGLE_VALUE) {
  if (depth >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth++;
  try {
    return evaluateNode(node, ctx);
  } finally {
    depth--;
  }
}
var ARRAYS = /* @__PURE__ */ new Set(["array"]);
function evaluateNode(node, ctx) {
  switch (node.type) {
    case "number":
    case "string":
      return literalValue(node);
    case "template_string":
      return node.namedChildren.some((c) => c.type === "template_substitution") ? emptyEvaluation() : literalValue(node);
    case "parenthesized_expression":
    case "as_expression":
    case "satisfies_expression":
    case "non_null_expression": {
      const inner = node.namedChildren[0];
      return inner ? evaluateJs(inner, ctx) : emptyEvaluation();
    }
    case "type_assertion": {
      const inner = node.lastNamedChild;
      return inner ? evaluateJs(inner, ctx) : emptyEvaluation();
    }
    case "binary_expression": {
      const op = node.childForFieldName("operator")?.type;
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (op !== "||" && op !== "??" || !left || !right) return emptyEvaluation();
      return fallback(evaluateJs(left, ctx), evaluateJs(right, ctx));
    }
    case "ternary_expression": {
      const consequence = node.childForFieldName("consequence");
      const alternative = node.childForFieldName("alternative");
      if (!consequence || !alternative) return emptyEvaluation();
      return fallback(evaluateJs(consequence, ctx), evaluateJs(alternative, ctx));
    }
    case "unary_expression": {
      const argument = node.childForFieldName("argument");
      return node.childForFieldName("operator")?.type === "+" && argument ? evaluateJs(argument, ctx) : emptyEvaluation();
    }
    case "call_expression":
      return evaluateCall(node, ctx);
    case "arrow_function": {
      const body2 = node.childForFieldName("body");
      return body2 && body2.type !== "statement_block" ? evaluateJs(body2, ctx) : emptyEvaluation();
    }
    case "member_expression": {
      const property = node.childForFieldName("property");
      if (!property) return emptyEvaluation();
      if (isEnvObject(node.childForFieldName("object"))) return lookupValue(property, property.text);
      return isPortName(property.text) ? { ...emptyEvaluation(), tail: { source: property.text } } : emptyEvaluation();
    }
    case "subscript_expression": {
      const index = node.childForFieldName("index");
      if (stringNode(index) && isEnvObject(node.childForFieldName("object"))) return lookupValue(index, unquote(index.text));
      return emptyEvaluation();
    }
    case "identifier": {
      if (isPortName(node.text)) return { ...emptyEvaluation(), tail: { source: node.text, identifier: true } };
      const mode = ctx.iterable ? "collection" : "value";
      return { ...emptyEvaluation(), reads: [{ name: node.text, mode }] };
    }
    case "array":
      if (!ctx.collection && !ctx.iterable) return emptyEvaluation();
      return joinEvaluations(collectionElements(node, ARRAYS).map((c) => evaluateJs(c, { ...SINGLE_VALUE, collection: true })));
    case "object":
      return ctx.mapping ? evaluateObject(node, ctx.mapping) : emptyEvaluation();
    default:
      return emptyEvaluation();
  }
}
function evaluateCall(node, ctx) {
  const fn = node.childForFieldName("function");
  const args2 = node.childForFieldName("arguments");
  const first = args2?.namedChildren[0];
  if (!fn) return emptyEvaluation();
  const method = fn.type === "member_expression" ? fn.childForFieldName("property")?.text : void 0;
  const object = fn.type === "member_expression" ? fn.childForFieldName("object") : null;
  if (method === "default") return first ? evaluateJs(first, SINGLE_VALUE) : emptyEvaluation();
  if (object?.type === "call_expression" && !ctx.iterable) return evaluateCall(object, ctx);
  if (!first) return emptyEvaluation();
  const callee = fn.text.replace(/\s+/g, "");
  if (CONVERSIONS.has(callee)) return evaluateJs(first, { ...ctx, iterable: false });
  if (first.type === "object" && !ctx.iterable) return evaluateObject(first, "attributes");
  if (fn.type === "member_expression") {
    if (method === "get" && isEnvObject(object) && stringNode(first)) return lookupValue(first, unquote(first.text));
    if (method === "get" && stringNode(first) && isPortName(unquote(first.text))) {
      return { ...emptyEvaluation(), tail: { source: unquote(first.text) } };
    }
    if (ctx.iterable && object?.text === "Object" && (method === "values" || method === "entries")) return evaluateJs(first, ctx);
  }
  return emptyEvaluation();
}
function evaluateObject(node, mapping) {
  const parts2 = [];
  let variable;
  for (const pair of node.namedChildren) {
    if (pair.type !== "pair") continue;
    const key = pair.childForFieldName("key");
    const value = pair.childForFieldName("value");
    if (!key || !value) continue;
    const keyText = unquote(key.text);
    if (mapping === "attributes") {
      if (/^env(?:var)?$/i.test(keyText) && stringNode(value)) variable = unquote(value.text);
      if (!ATTRIBUTE_KEYS.test(keyText)) continue;
    }
    if (mapping === "keys" && key.type === "number") parts2.push(literalValue(key));
    const inner = value.type === "array" ? evaluateJs(value, { ...SINGLE_VALUE, collection: true }) : value.type === "object" ? emptyEvaluation() : evaluateJs(value, SINGLE_VALUE);
    if (mapping === "keys") for (const v of inner.values) v.key ??= keyText;
    parts2.push(inner);
  }
  const out2 = joinEvaluations(parts2);
  if (variable !== void 0) for (const v of out2.values) v.variable ??= variable;
  return out2;
}
function stringWord(node) {
  if (node.type !== "string") {
    const inside = node.type === "template_string" ? node.text.slice(1, -1) : node.text;
    const base = node.startIndex + (node.type === "template_string" ? 1 : 0);
    return { text: inside, map: OffsetMap.identity(inside.length, base) };
  }
  let text = "";
  for (const c of node.namedChildren) text += c.type === "escape_sequence" ? decodeEscape(c.text) : c.text;
  return { text, map: new OffsetMap(text, node.text, node.startIndex) };
}
function decodeEscape(seq) {
  const simple = { n: "\n", t: "	", r: "\r", "0": "\0", b: "\b", f: "\f", v: "\v" };
  const c = seq.slice(1);
  if (c in simple) return simple[c];
  const hex = /^(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\})$/.exec(c);
  if (hex) return String.fromCodePoint(parseInt(hex[1] ?? hex[2] ?? hex[3], 16));
  return c.startsWith("\n") || c.startsWith("\r") ? "" : c;
}
function ecosystemApp(node, out2) {
  let script;
  let args2;
  for (const pair of node.namedChildren) {
    if (pair.type !== "pair") continue;
    const key = pair.childForFieldName("key")?.text;
    const value = pair.childForFieldName("value");
    if (key === "script" && stringNode(value)) script = value;
    if (key === "args" && value) args2 = value;
  }
  if (!script || !args2) return;
  const words = [stringWord(script)];
  if (args2.type === "array") {
    for (const el of args2.namedChildren) if (stringNode(el)) words.push(stringWord(el));
  } else if (stringNode(args2)) {
    const w = stringWord(args2);
    for (const m of w.text.matchAll(/\S+/g)) {
      const at = m.index;
      words.push({ text: m[0], map: OffsetMap.identity(m[0].length, w.map.at(at)) });
    }
  }
  extractArgv(out2, words);
}
function scanTemplate(node, out2) {
  const start2 = node.startIndex + 1;
  const raw = node.text.slice(1, -1);
  let masked = raw;
  for (const sub of node.namedChildren) {
    if (sub.type !== "template_substitution") continue;
    const a = sub.startIndex - start2;
    const b = sub.endIndex - start2;
    masked = masked.slice(0, a) + "${" + "_".repeat(Math.max(1, b - a - 3)) + "}" + masked.slice(b);
  }
  for (const m of scanAddresses(masked)) {
    const hostEnd = m.start - 1;
    const host = masked.slice(hostEnd - m.host.length, hostEnd) === m.host ? raw.slice(hostEnd - m.host.length, hostEnd) : m.host;
    const init2 = { kind: m.kind, port: m.port, host };
    if (m.scheme !== void 0) init2.scheme = m.scheme;
    out2.add(start2 + m.start, start2 + m.end, init2);
  }
  const map = OffsetMap.identity(masked.length, start2);
  scanText(out2, masked, map);
  if (masked.includes("\n")) scanCodeProperties(out2, masked, map);
}
var MATCHERS = /* @__PURE__ */ new Set(["toBe", "toEqual", "toStrictEqual", "equal", "equals", "eql"]);
var ASSERTIONS = /* @__PURE__ */ new Set(["equal", "strictEqual", "deepEqual", "deepStrictEqual", "is", "same", "equals"]);
function portNamedRead(node) {
  if (!node) return void 0;
  const name2 = node.type === "member_expression" ? node.childForFieldName("property")?.text : node.type === "identifier" ? node.text : node.type === "subscript_expression" && stringNode(node.childForFieldName("index")) ? unquote(node.childForFieldName("index").text) : void 0;
  return name2 !== void 0 && isPortName(name2) && !namesPortQuantity(name2) ? name2 : void 0;
}
function literalPort(node) {
  if (!node) return void 0;
  if (node.type === "number") {
    const port2 = parsePortNumber(node.text);
    return port2 === void 0 ? void 0 : { port: port2, start: node.startIndex, end: node.endIndex };
  }
  if (node.type !== "string") return void 0;
  const text = unquote(node.text);
  const port = parsePortNumber(text);
  return port === void 0 ? void 0 : { port, start: node.startIndex + 1, end: node.startIndex + 1 + text.length };
}
function schemaVariable(hit, name2) {
  if (hit.kind !== "property" || name2 === void 0 || !/^[A-Z][A-Z0-9_]*$/.test(name2) || hit.port.type !== "call_expression") return void 0;
  if (/^z\s*\.[\s\S]*\.default\s*\(/.test(hit.port.text)) return name2;
  for (let n = hit.port.parent, depth3 = 0; n && depth3 < 6; n = n.parent, depth3++) {
    if (n.type === "call_expression" && /^(?:cleanEnv|createEnv|envsafe)$/.test(n.childForFieldName("function")?.text ?? "")) return name2;
  }
  return void 0;
}
function statedPorts(nodes, out2) {
  for (const call of nodes.calls) {
    if (call.type !== "call_expression") continue;
    const fn = call.childForFieldName("function");
    const args2 = call.childForFieldName("arguments")?.namedChildren ?? [];
    if (fn?.type !== "member_expression") continue;
    const method = fn.childForFieldName("property")?.text ?? "";
    const object = fn.childForFieldName("object");
    let name2;
    let expected;
    if (MATCHERS.has(method) && object?.type === "call_expression" && object.childForFieldName("function")?.text === "expect") {
      name2 = portNamedRead(object.childForFieldName("arguments")?.namedChildren[0]);
      expected = args2[0];
    } else if (ASSERTIONS.has(method) && args2.length >= 2) {
      const [a, b] = args2;
      name2 = portNamedRead(a) ?? portNamedRead(b);
      expected = portNamedRead(a) !== void 0 ? b : a;
    }
    const lit = name2 !== void 0 ? literalPort(expected) : void 0;
    if (lit) out2.add(lit.start, lit.end, { kind: "property", port: lit.port, name: name2 });
  }
  for (const list of nodes.lists) {
    const items = list.namedChildren;
    for (let i2 = 0; i2 + 1 < items.length; i2++) {
      const label = items[i2];
      if (!stringNode(label)) continue;
      const words = unquote(label.text).trim().replace(/:$/, "").split(/\s+/);
      const last = words[words.length - 1] ?? "";
      if (!isPortName(last) || namesPortQuantity(last)) continue;
      const lit = literalPort(items[i2 + 1]);
      if (lit) out2.add(lit.start, lit.end, { kind: "property", port: lit.port, name: last });
    }
  }
}
function command(node, out2) {
  if (node.type === "string" || node.type === "template_string") {
    const w = stringWord(node);
    extractShellCode(out2, w.text, w.map);
    return;
  }
  if (node.type === "object") {
    ecosystemApp(node, out2);
    return;
  }
  if (node.type !== "arguments") return;
  const [program, args2] = node.namedChildren;
  if (!program || !stringNode(program)) return;
  const words = [stringWord(program)];
  if (args2?.type === "array") {
    for (const el of args2.namedChildren) {
      if (el.type === "string" || el.type === "template_string") words.push(stringWord(el));
      else words.push({ text: el.text, map: OffsetMap.identity(el.text.length, el.startIndex) });
    }
  }
  extractArgv(out2, words);
}
var WRAPPERS = /* @__PURE__ */ new Set(["parenthesized_expression", "as_expression", "satisfies_expression", "non_null_expression"]);
function moduleValues(node) {
  if (depth >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth++;
  try {
    if (WRAPPERS.has(node.type)) {
      const inner = node.namedChildren[0];
      return inner ? moduleValues(inner) : emptyEvaluation();
    }
    switch (node.type) {
      case "number":
        return literalValue(node);
      case "string":
      case "template_string":
        return emptyEvaluation();
      case "array": {
        const items = node.namedChildren.filter((c) => c.type !== "comment");
        const numbers = items.filter((c) => c.type === "number");
        const [first, last] = numbers;
        if (items.length === 2 && first && last && parsePortNumber(last.text) !== void 0 && Number(last.text) > Number(first.text)) {
          return { values: [{ node: first, portEnd: Number(last.text) }], open: [], reads: [] };
        }
        return joinEvaluations(numbers.map((n) => literalValue(n)));
      }
      case "object": {
        const parts2 = [];
        for (const pair of node.namedChildren) {
          const key = pair.type === "pair" ? pair.childForFieldName("key") : null;
          const value = pair.childForFieldName("value");
          if (!key || !value) continue;
          const inner = moduleValues(value);
          for (const v of inner.values) v.key ??= unquote(key.text);
          parts2.push(inner);
        }
        return joinEvaluations(parts2);
      }
      default:
        return evaluateJs(node, SINGLE_VALUE);
    }
  } finally {
    depth--;
  }
}
function isTopLevel(declarator) {
  const declaration = declarator.parent;
  const holder = declaration?.parent?.type === "export_statement" ? declaration.parent.parent : declaration?.parent;
  return holder?.type === "program";
}
function isExportHit(hit) {
  if (hit.kind !== "constant") return false;
  if (hit.outer.type === "export_statement") return true;
  return hit.outer.type === "assignment_expression" && hit.outer.childForFieldName("left")?.type === "member_expression";
}
function parameterName(param) {
  let n = param;
  if (n.type === "required_parameter" || n.type === "optional_parameter") n = n.childForFieldName("pattern");
  else if (n.type === "assignment_pattern") n = n.childForFieldName("left");
  return n?.type === "identifier" ? n : void 0;
}
function isRest(param) {
  return param.type === "rest_pattern" || param.childForFieldName("pattern")?.type === "rest_pattern";
}
function calleeOf(fn) {
  const own = fn.childForFieldName("name");
  if (fn.type === "function_declaration" || fn.type === "generator_function_declaration") return own ? { call: "function", name: own.text } : void 0;
  if (fn.type === "method_definition") {
    if (!own) return void 0;
    if (own.text !== "constructor") return { call: "method", name: unquote(own.text) };
    const cls = fn.parent?.parent;
    const className = cls?.childForFieldName("name") ?? (cls?.parent?.type === "variable_declarator" ? cls.parent.childForFieldName("name") : null);
    return className ? { call: "new", name: className.text } : void 0;
  }
  if (fn.type !== "arrow_function" && fn.type !== "function_expression" && fn.type !== "function") return void 0;
  const holder = fn.parent;
  if (holder?.type === "variable_declarator") {
    const name2 = holder.childForFieldName("name");
    return name2?.type === "identifier" ? { call: "function", name: name2.text } : void 0;
  }
  if (holder?.type === "assignment_expression") {
    const left = holder.childForFieldName("left");
    if (left?.type === "identifier") return { call: "function", name: left.text };
    const property = left?.type === "member_expression" ? left.childForFieldName("property") : null;
    return property ? { call: "method", name: property.text } : void 0;
  }
  if (holder?.type === "pair") {
    const key = holder.childForFieldName("key");
    return key ? { call: "method", name: unquote(key.text) } : void 0;
  }
  return void 0;
}
function calls2(call, callee) {
  if (call.type === "new_expression") {
    const ctor = call.childForFieldName("constructor");
    return callee.call === "new" && ctor?.type === "identifier" && ctor.text === callee.name;
  }
  const fn = call.childForFieldName("function");
  if (callee.call === "function") return fn?.type === "identifier" && fn.text === callee.name;
  if (callee.call === "method") return fn?.type === "member_expression" && fn.childForFieldName("property")?.text === callee.name;
  return false;
}
function parameterArguments(hit, out2, reads, allCalls) {
  const param = hit.port;
  const id = parameterName(param);
  if (!id || !isPortName(id.text) || namesPortQuantity(id.text)) return;
  let index = 0;
  let fn;
  if (hit.outer.type === "arrow_function") fn = hit.outer;
  else {
    fn = hit.outer.parent;
    for (const p of hit.outer.namedChildren) {
      if (p.id === param.id) break;
      if (isRest(p)) return;
      if (p.type === "comment" || p.type === "required_parameter" && p.childForFieldName("pattern")?.type === "this") continue;
      index++;
    }
  }
  const callee = fn ? calleeOf(fn) : void 0;
  if (!callee) return;
  for (const call of allCalls()) {
    if (!calls2(call, callee)) continue;
    const args2 = call.childForFieldName("arguments")?.namedChildren.filter((a) => a.type !== "comment") ?? [];
    if (args2.slice(0, index + 1).some((a) => a.type === "spread_element")) continue;
    const arg = args2[index];
    if (!arg) continue;
    const argument = { kind: "argument", pattern: hit.pattern, port: arg, name: id, outer: call };
    const evaluation = evaluateJs(arg, SINGLE_VALUE);
    for (const r of portReads(argument, evaluation)) reads.read(r.name, r.mode);
    emitValues(out2, argument, evaluation);
  }
}
function extractJavaScript(src, dialect) {
  const out2 = new OccurrenceSet(src);
  const reads = new NameReads(
    out2,
    (value, mode) => evaluateJs(value, mode === "collection" ? { collection: true, mapping: "keys", iterable: false } : SINGLE_VALUE)
  );
  const portsModule = isPortsModule(src.file);
  const moduleHit = (hit, set) => {
    const evaluation = moduleValues(hit.port);
    for (const r of portReads(hit, evaluation)) reads.read(r.name, r.mode);
    emitValues(set, hit, evaluation);
  };
  let walked;
  const walk = (root) => walked ??= descendantGroups(root, { calls: ["call_expression", "new_expression"], lists: ["arguments", "array"] });
  return extractTreeSitter(
    src,
    grammar(dialect),
    {
      hit(hit, set) {
        if (hit.kind === "argument") {
          parameterArguments(hit, set, reads, () => walk(hit.outer.tree.rootNode).calls);
          return true;
        }
        if (isExportHit(hit)) {
          if (portsModule) moduleHit(hit, set);
          return true;
        }
        if (hit.kind === "cli-flag" && hit.port.id === hit.outer.id) {
          emitFlagString(set, hit.port);
          return true;
        }
        if (hit.kind === "url" && hit.port.type === "template_string") {
          scanTemplate(hit.port, set);
          return true;
        }
        const name2 = hit.name ? unquote(hit.name.text) : void 0;
        if (hit.kind === "constant" && name2 !== void 0 && !isPortName(name2)) {
          if (portsModule && hit.outer.type === "variable_declarator" && isTopLevel(hit.outer)) moduleHit(hit, set);
          else reads.define(name2, hit.port);
          return true;
        }
        const evaluation = evaluateJs(hit.port, bindingContext(hit, LOOP_TYPES));
        for (const r of portReads(hit, evaluation)) reads.read(r.name, r.mode);
        for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
        const schema = schemaVariable(hit, name2);
        const lookups = emitValues(set, hit, evaluation, schema !== void 0 ? { variable: schema } : {});
        if (name2 !== void 0 && hit.kind === "constant") reads.bindUnset(name2, lookups);
        return true;
      },
      command,
      tree: (root, set) => statedPorts(walk(root), set)
    },
    out2
  );
}

// src/extract/json.ts
var jsonHooks = {
  // A string under a port-ish key holding `host:container` is a publish mapping, as `docker run -p` takes it.
  hit(hit, out2) {
    if (hit.kind === "listen") {
      const { text: text2, start: start3 } = nodeContent(hit.port);
      if (hit.name) addHostlessAddress(out2, { text: text2, map: OffsetMap.identity(text2.length, start3) }, unquote(hit.name.text));
      return true;
    }
    if (hit.kind !== "property" || hit.port.type !== "string_content") return false;
    const { text, start: start2 } = nodeContent(hit.port);
    if (!text.includes(":") || text.includes("://")) return false;
    const name2 = hit.name ? unquote(hit.name.text) : void 0;
    return addPortMapping(out2, { text, map: OffsetMap.identity(text.length, start2) }, name2 !== void 0 ? { name: name2 } : {});
  },
  command(node, out2) {
    if (node.type === "array") return argvArray(node, out2);
    const string = node.parent;
    const code = string ? jsonString(string, out2) : void 0;
    if (code) extractShellText(out2, code);
  }
};
function jsonString(node, out2) {
  if (node.type !== "string") return void 0;
  return decodeJsonString(MappedText.identity(out2.src.text, 0), node.startIndex, node.endIndex);
}
function arrayWords2(array, out2) {
  const words = [];
  for (const item of array.namedChildren) {
    if (item?.type === "number") words.push(MappedText.identity(item.text, item.startIndex));
    else if (item?.type === "string") {
      const w = jsonString(item, out2);
      if (w) words.push(w);
    }
  }
  return words;
}
function argvArray(array, out2) {
  const pair = array.parent;
  const keyText = keyOf(pair);
  const implied = (word) => MappedText.fromFunction(word, () => array.startIndex);
  let words = arrayWords2(array, out2);
  if (words[0]?.text === "CMD-SHELL" || words[0]?.text === "CMD") {
    const form = words[0].text;
    words = words.slice(1);
    if (form === "CMD-SHELL") {
      for (const w of words) extractShellText(out2, w);
      return;
    }
  }
  const before = [];
  if (keyText === "runArgs") before.push(implied("docker"), implied("run"));
  if (keyText === "runtimeArgs") {
    const runtime = sibling(pair, "runtimeExecutable");
    const name2 = runtime?.type === "string" ? unquote(runtime.text).split(/[\\/]/).pop() : void 0;
    before.push(implied(name2 || "node"));
  }
  if (keyText === "args") {
    const command3 = sibling(pair, "command") ?? sibling(pair, "cmd");
    if (command3?.type === "array") before.push(...arrayWords2(command3, out2));
    else if (command3?.type === "string") {
      const w = jsonString(command3, out2);
      if (w && !/[|&;<>()$`"'\\]/.test(w.text)) for (const m of w.text.matchAll(/\S+/g)) before.push(w.slice(m.index, m.index + m[0].length));
    }
  }
  extractArgvText(out2, [...before, ...words]);
}
function keyOf(pair) {
  const key = pair?.type === "pair" ? pair.childForFieldName("key") : null;
  return key ? unquote(key.text) : void 0;
}
function sibling(pair, key) {
  for (const s of pair?.parent?.namedChildren ?? []) {
    if (s?.type === "pair" && keyOf(s) === key) return s.childForFieldName("value") ?? void 0;
  }
  return void 0;
}
function extractJson(src) {
  return extractTreeSitter(src, grammar("json"), jsonHooks);
}

// src/extract/package-json.ts
function extractPackageJson(src) {
  const out2 = new OccurrenceSet(src);
  const json = grammar("json");
  const file = MappedText.identity(src.text, 0);
  const tree = parse(json, src.text);
  const scripts = /* @__PURE__ */ new Set();
  try {
    for (const value of scriptValues(tree.rootNode)) {
      scripts.add(value.startIndex);
      const code = decodeJsonString(file, value.startIndex, value.endIndex);
      if (code) extractShellText(out2, code);
    }
  } finally {
    tree.delete();
  }
  const hooks = {
    ...jsonHooks,
    command(node, set) {
      const value = node.type === "array" ? node : node.parent;
      if (value && !scripts.has(value.startIndex)) jsonHooks.command?.(node, set);
    }
  };
  return extractTreeSitter(src, json, hooks, out2);
}
function scriptValues(root) {
  const top = root.namedChildren.find((n) => n?.type === "object");
  const out2 = [];
  for (const pair of top?.namedChildren ?? []) {
    if (pair?.type !== "pair" || keyOf2(pair) !== "scripts") continue;
    const scripts = pair.childForFieldName("value");
    if (scripts?.type !== "object") continue;
    for (const script of scripts.namedChildren) {
      const value = script?.type === "pair" ? script.childForFieldName("value") : null;
      if (value?.type === "string") out2.push(value);
    }
  }
  return out2;
}
function keyOf2(pair) {
  const key = pair.childForFieldName("key");
  if (key?.type !== "string") return void 0;
  try {
    return JSON.parse(key.text);
  } catch {
    return void 0;
  }
}

// src/extract/python.ts
var LOOP_TYPES2 = /* @__PURE__ */ new Set(["for_statement", "for_in_clause"]);
var CONVERSIONS2 = /* @__PURE__ */ new Set(["int", "str", "float"]);
var DEFAULT_WRAPPERS = /* @__PURE__ */ new Set(["Field", "field", "Option", "Argument", "ib", "attrib", "Query", "Param"]);
var ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
function sourced(source) {
  return { ...emptyEvaluation(), tail: { source } };
}
function callArguments(call) {
  const args2 = { positional: [], keywords: /* @__PURE__ */ new Map() };
  for (const a of call.childForFieldName("arguments")?.namedChildren ?? []) {
    if (a.type === "keyword_argument") {
      const name2 = a.childForFieldName("name")?.text;
      const value = a.childForFieldName("value");
      if (name2 && value) args2.keywords.set(name2, value);
    } else if (a.type !== "comment") args2.positional.push(a);
  }
  return args2;
}
function isString(node) {
  return !!node && node.type === "string";
}
function isEnviron(node) {
  return !!node && /(^|\.)environ$/.test(node.text);
}
function isEnvRead(fn, key) {
  const callee = fn.text.replace(/\s+/g, "");
  const method = callee.slice(callee.lastIndexOf(".") + 1);
  const object = fn.type === "attribute" ? fn.childForFieldName("object") : null;
  return method === "getenv" || ["get", "setdefault", "pop"].includes(method) && isEnviron(object) || method === "get" && !!object && /(?:^|[._])env$/i.test(object.text) && ENV_NAME.test(key) || /^(?:env|config)(?:\.(?:int|str|get_value))?$/.test(callee) && ENV_NAME.test(key) || fn.type === "identifier" && /^(?:(?:get_?|read_?)?env_?(?:int|integer|str|var|or|default)?|(?:get|read)_\w+_from_env)$/i.test(callee) && ENV_NAME.test(key);
}
function envStringDefaults(calls4, spans) {
  for (const call of calls4) {
    const fn = call.childForFieldName("function");
    if (!fn) continue;
    const { positional, keywords } = callArguments(call);
    const [first, second] = positional;
    let variable;
    let value;
    const envvar = keywords.get("envvar");
    if (isString(envvar)) [variable, value] = [unquote(envvar.text), keywords.get("default")];
    else if (isString(first) && isEnvRead(fn, unquote(first.text))) [variable, value] = [unquote(first.text), second ?? keywords.get("default")];
    if (variable !== void 0 && isString(value)) spans.push({ start: value.startIndex, end: value.endIndex, variable });
  }
}
function noneFallbacks(ifs, spans) {
  for (const statement of ifs) {
    const condition = statement.childForFieldName("condition")?.text.replace(/\s+/g, " ").trim() ?? "";
    const name2 = /^(?:([A-Za-z_]\w*) (?:is|==) None|not ([A-Za-z_]\w*))$/.exec(condition);
    const block = statement.childForFieldName("consequence");
    const tested = name2?.[1] ?? name2?.[2] ?? "";
    if (!block || !/(?:^|_)(?:env|url|uri|dsn|endpoint|addr|address)(?:_|$)/i.test(tested)) continue;
    if (block.endPosition.row - block.startPosition.row > 10) continue;
    spans.push({ start: block.startIndex, end: block.endIndex, variable: tested });
  }
}
function settingsStrings(classes, spans) {
  for (const cls of classes) {
    if (!derivesBaseSettings(cls, 0)) continue;
    for (const statement of cls.childForFieldName("body")?.namedChildren ?? []) {
      const assignment2 = statement?.type === "expression_statement" ? statement.namedChildren[0] : void 0;
      if (assignment2?.type !== "assignment") continue;
      const left = assignment2.childForFieldName("left");
      const right = assignment2.childForFieldName("right");
      if (left?.type !== "identifier" || !isString(right)) continue;
      const variable = settingsVariable(assignment2, left.text, right);
      if (variable !== void 0) spans.push({ start: right.startIndex, end: right.endIndex, variable });
    }
  }
}
var depth2 = 0;
function evaluatePython(node, ctx = SINGLE_VALUE) {
  if (depth2 >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth2++;
  try {
    return evaluateNode2(node, ctx);
  } finally {
    depth2--;
  }
}
var COLLECTIONS = /* @__PURE__ */ new Set(["list", "tuple", "set"]);
function evaluateNode2(node, ctx) {
  switch (node.type) {
    case "integer":
    case "string":
      return literalValue(node);
    case "parenthesized_expression": {
      const inner = node.namedChildren[0];
      return inner ? evaluatePython(inner, ctx) : emptyEvaluation();
    }
    case "boolean_operator": {
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (node.childForFieldName("operator")?.type !== "or" || !left || !right) return emptyEvaluation();
      return fallback(evaluatePython(left, ctx), evaluatePython(right, ctx));
    }
    case "conditional_expression": {
      const [body2, , alternative] = node.namedChildren;
      if (!body2 || !alternative) return emptyEvaluation();
      return fallback(evaluatePython(body2, ctx), evaluatePython(alternative, ctx));
    }
    case "call":
      return evaluateCall2(node, ctx);
    case "subscript": {
      const key = node.childForFieldName("subscript");
      if (isString(key) && isEnviron(node.childForFieldName("value"))) return lookupValue(key, unquote(key.text));
      return emptyEvaluation();
    }
    case "attribute": {
      const attr = node.childForFieldName("attribute")?.text;
      return attr && isPortName(attr) ? sourced(attr) : emptyEvaluation();
    }
    case "identifier": {
      if (isPortName(node.text)) return { ...emptyEvaluation(), tail: { source: node.text, identifier: true } };
      const mode = ctx.iterable ? "collection" : "value";
      return { ...emptyEvaluation(), reads: [{ name: node.text, mode }] };
    }
    case "list":
    case "tuple":
    case "set":
      if (!ctx.collection && !ctx.iterable) return emptyEvaluation();
      return joinEvaluations(collectionElements(node, COLLECTIONS).map((c) => evaluatePython(c, { ...SINGLE_VALUE, collection: true })));
    case "dictionary":
      return ctx.mapping ? evaluateDictionary(node) : emptyEvaluation();
    default:
      return emptyEvaluation();
  }
}
var SETTERS = /* @__PURE__ */ new Set(["set", "config", "option", "setOption", "set_option"]);
function evaluateCall2(node, ctx) {
  const fn = node.childForFieldName("function");
  if (!fn) return emptyEvaluation();
  const callee = fn.text.replace(/\s+/g, "");
  const method = callee.slice(callee.lastIndexOf(".") + 1);
  const object = fn.type === "attribute" ? fn.childForFieldName("object") : null;
  const { positional, keywords } = callArguments(node);
  const [first, second, third] = positional;
  if (CONVERSIONS2.has(callee)) return first ? evaluatePython(first, { ...ctx, iterable: false }) : emptyEvaluation();
  if (callee === "range" && (ctx.collection || ctx.iterable)) {
    if (first?.type !== "integer" || second?.type !== "integer" || Number(first.text) < 1024) return emptyEvaluation();
    return { values: [{ node: first, portEnd: Number(second.text) - 1 }], open: [], reads: [] };
  }
  if ((method === "randint" || method === "randrange") && first?.type === "integer" && second?.type === "integer") {
    const last = Number(second.text) - (method === "randrange" ? 1 : 0);
    return { values: [{ node: first, portEnd: last }], open: [], reads: [] };
  }
  if (ctx.iterable || ctx.collection) {
    if (["sorted", "list", "set", "tuple", "reversed"].includes(callee) && first) return evaluatePython(first, ctx);
  }
  if (ctx.iterable && (method === "values" || method === "items") && object) return evaluatePython(object, ctx);
  if (callee === "dict" && ctx.mapping === "keys") {
    const parts2 = [];
    for (const [key2, value2] of keywords) {
      const inner = evaluatePython(value2, value2.type === "list" || value2.type === "tuple" ? { ...SINGLE_VALUE, collection: true } : SINGLE_VALUE);
      for (const v of inner.values) v.key ??= key2;
      parts2.push(inner);
    }
    return joinEvaluations(parts2);
  }
  if (DEFAULT_WRAPPERS.has(method)) {
    const value2 = keywords.get("default") ?? first;
    return value2 ? evaluatePython(value2, SINGLE_VALUE) : emptyEvaluation();
  }
  if (callee === "getattr" && isString(second) && isPortName(unquote(second.text))) {
    const value2 = third ?? keywords.get("default");
    return value2 ? fallback(sourced(unquote(second.text)), evaluatePython(value2, SINGLE_VALUE)) : emptyEvaluation();
  }
  if (!isString(first)) return emptyEvaluation();
  const key = unquote(first.text);
  const value = second ?? keywords.get("default");
  if (isEnvRead(fn, key)) {
    const read = lookupValue(first, key);
    return value ? fallback(read, evaluatePython(value, SINGLE_VALUE)) : read;
  }
  if (["get", "setdefault", "pop"].includes(method) && isPortName(key) && value) {
    return fallback(sourced(key), evaluatePython(value, SINGLE_VALUE));
  }
  if (SETTERS.has(method) && positional.length === 2 && second && isPortName(key) && !namesPortQuantity(key)) {
    const set = evaluatePython(second, SINGLE_VALUE);
    for (const v of set.values) {
      v.key ??= key;
      v.source ??= key;
    }
    return set;
  }
  return emptyEvaluation();
}
function dictionaryValues(node, valueOf) {
  const parts2 = [];
  for (const pair of node.namedChildren) {
    if (pair.type !== "pair") continue;
    const key = pair.childForFieldName("key");
    const value = pair.childForFieldName("value");
    if (!key || !value) continue;
    if (key.type === "integer") {
      parts2.push(literalValue(key));
      continue;
    }
    const inner = valueOf(value);
    if (isString(key)) for (const v of inner.values) v.key ??= unquote(key.text);
    parts2.push(inner);
  }
  return joinEvaluations(parts2);
}
function evaluateDictionary(node) {
  return dictionaryValues(
    node,
    (value) => value.type === "list" || value.type === "tuple" ? evaluatePython(value, { ...SINGLE_VALUE, collection: true }) : value.type === "dictionary" ? emptyEvaluation() : evaluatePython(value, SINGLE_VALUE)
  );
}
var ASSERTIONS2 = /* @__PURE__ */ new Set(["assertEqual", "assertEquals", "assert_equal", "assert_equals", "assertIs"]);
function portNamedRead2(node) {
  const name2 = node?.type === "attribute" ? node.childForFieldName("attribute")?.text : node?.type === "identifier" ? node.text : node?.type === "subscript" && isString(node.childForFieldName("subscript")) ? unquote(node.childForFieldName("subscript").text) : void 0;
  return name2 !== void 0 && isPortName(name2) && !namesPortQuantity(name2) ? name2 : void 0;
}
function statedPorts2(calls4, out2) {
  for (const call of calls4) {
    const fn = call.childForFieldName("function");
    const method = fn?.type === "attribute" ? fn.childForFieldName("attribute")?.text : fn?.text;
    if (method === void 0 || !ASSERTIONS2.has(method)) continue;
    const [a, b] = callArguments(call).positional;
    const name2 = portNamedRead2(a) ?? portNamedRead2(b);
    const expected = portNamedRead2(a) !== void 0 ? b : a;
    if (name2 === void 0 || !expected || !(expected.type === "integer" || isString(expected))) continue;
    const { text, start: start2 } = nodeContent(expected);
    const port = parsePortNumber(text);
    if (port !== void 0) out2.add(start2, start2 + text.length, { kind: "property", port, name: name2 });
  }
}
function sockaddrHost(text) {
  if (text === "localhost" || text === "::" || text === "::1") return true;
  if (/^(?:\d{1,3}\.){3}\d{1,3}$/.test(text)) return true;
  return /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(text);
}
function hostOf(port) {
  const before = port.previousNamedSibling;
  return isString(before) && !before.text.startsWith("f") ? unquote(before.text) : void 0;
}
function stringWord2(node) {
  const inside = stringInside(node.text);
  const raw = /^[a-zA-Z]*[rR]/.test(node.text) && !/^['"]/.test(node.text);
  const text = raw ? inside.text : decodePython(inside.text);
  const base = node.startIndex + inside.offset;
  return { text, map: raw || text === inside.text ? OffsetMap.identity(text.length, base) : new OffsetMap(text, inside.text, base) };
}
function decodePython(text) {
  const simple = { n: "\n", t: "	", r: "\r", "0": "\0", a: "\x07", b: "\b", f: "\f", v: "\v", "\n": "" };
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[\s\S])/g, (_, c) => {
    if (c.length > 1) return String.fromCodePoint(parseInt(c.slice(1), 16));
    return simple[c] ?? c;
  });
}
function wordOf(node) {
  if (node.type === "string") return stringWord2(node);
  return { text: node.text, map: OffsetMap.identity(node.text.length, node.startIndex) };
}
function command2(node, out2) {
  if (node.type === "string") {
    const w = stringWord2(node);
    extractShellCode(out2, w.text, w.map);
    return;
  }
  const elements = node.type === "argument_list" ? node.namedChildren.filter((c) => c.type !== "keyword_argument" && c.type !== "comment") : node.namedChildren;
  extractArgv(out2, elements.map(wordOf));
}
function moduleValues2(node) {
  if (depth2 >= MAX_EVALUATION_DEPTH) return emptyEvaluation();
  depth2++;
  try {
    switch (node.type) {
      case "integer":
        return literalValue(node);
      case "string":
      case "concatenated_string":
        return emptyEvaluation();
      case "parenthesized_expression": {
        const inner = node.namedChildren[0];
        return inner ? moduleValues2(inner) : emptyEvaluation();
      }
      case "list":
      case "tuple":
      case "set": {
        const items = node.namedChildren.filter((c) => c.type !== "comment");
        const numbers = items.filter((c) => c.type === "integer");
        const [first, last] = numbers;
        if (items.length === 2 && first && last && parsePortNumber(last.text) !== void 0 && Number(last.text) > Number(first.text)) {
          return { values: [{ node: first, portEnd: Number(last.text) }], open: [], reads: [] };
        }
        return joinEvaluations(numbers.map((n) => literalValue(n)));
      }
      case "dictionary":
        return dictionaryValues(node, moduleValues2);
      default:
        return evaluatePython(node, SINGLE_VALUE);
    }
  } finally {
    depth2--;
  }
}
function settingsVariable(assignment2, field, value) {
  const cls = assignment2.parent?.parent?.parent;
  if (cls?.type !== "class_definition" || !derivesBaseSettings(cls, 0)) return void 0;
  if (value.type === "call") {
    const { keywords } = callArguments(value);
    for (const k of ["validation_alias", "alias", "env"]) {
      const v = keywords.get(k);
      if (isString(v)) return unquote(v.text);
    }
  }
  const body2 = cls.childForFieldName("body")?.text ?? "";
  const prefix = /\benv_prefix\s*=\s*["']([^"']*)["']/.exec(body2)?.[1] ?? "";
  const name2 = prefix + field;
  return /\bcase_sensitive\s*=\s*True\b/.test(body2) ? name2 : name2.toUpperCase();
}
function derivesBaseSettings(cls, depth3) {
  for (const base of cls.childForFieldName("superclasses")?.namedChildren ?? []) {
    const name2 = base.type === "attribute" ? base.childForFieldName("attribute")?.text : base.type === "identifier" ? base.text : void 0;
    if (name2 === void 0) continue;
    if (name2 === "BaseSettings") return true;
    if (depth3 >= 8) continue;
    const local = moduleClass(cls.tree.rootNode, name2);
    if (local && local.id !== cls.id && derivesBaseSettings(local, depth3 + 1)) return true;
  }
  return false;
}
function moduleClass(root, name2) {
  for (const child of root.namedChildren) {
    const def = child?.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (def?.type === "class_definition" && def.childForFieldName("name")?.text === name2) return def;
  }
  return void 0;
}
function isNoneFallback(assignment2, name2) {
  const block = assignment2.parent?.type === "expression_statement" ? assignment2.parent.parent : void 0;
  const statement = block?.parent;
  if (block?.type !== "block" || statement?.type !== "if_statement" || statement.childForFieldName("consequence")?.id !== block.id) return false;
  const condition = statement.childForFieldName("condition")?.text.replace(/\s+/g, " ").trim();
  return condition === `${name2} is None` || condition === `not ${name2}` || condition === `${name2} == None`;
}
function isModuleLevel(assignment2) {
  const statement = assignment2.parent;
  return statement?.type === "expression_statement" && statement.parent?.type === "module";
}
function parameterName2(param) {
  const n = param.type === "identifier" ? param : param.type === "typed_parameter" ? param.namedChildren[0] : param.childForFieldName("name");
  return n?.type === "identifier" ? n : void 0;
}
var VARIADIC = /* @__PURE__ */ new Set(["list_splat_pattern", "dictionary_splat_pattern", "keyword_separator"]);
function calleeOf2(fn) {
  const name2 = fn.childForFieldName("name")?.text;
  if (fn.type !== "function_definition" || !name2) return void 0;
  const holder = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  const cls = holder.parent?.type === "block" ? holder.parent.parent : null;
  if (cls?.type !== "class_definition") return { call: "function", name: name2, skip: 0 };
  const decorators = holder.type === "decorated_definition" ? holder.namedChildren.filter((c) => c.type === "decorator").map((d) => d.text) : [];
  const skip = decorators.some((d) => /\bstaticmethod\b/.test(d)) ? 0 : 1;
  if (name2 === "__init__") {
    const className = cls.childForFieldName("name")?.text;
    return className ? { call: "function", name: className, skip } : void 0;
  }
  return { call: "method", name: name2, skip };
}
function calls3(call, callee) {
  const fn = call.childForFieldName("function");
  if (callee.call === "function") return fn?.type === "identifier" && fn.text === callee.name;
  return fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === callee.name;
}
function parameterArguments2(hit, out2, reads, allCalls) {
  const param = hit.port;
  const id = parameterName2(param);
  if (!id || !isPortName(id.text) || namesPortQuantity(id.text)) return;
  let index = 0;
  for (const p of hit.outer.namedChildren) {
    if (p.id === param.id) break;
    if (VARIADIC.has(p.type) || p.type === "typed_parameter" && VARIADIC.has(p.namedChildren[0]?.type ?? "")) return;
    if (p.type === "comment" || p.type === "positional_separator") continue;
    index++;
  }
  const fn = hit.outer.parent;
  const callee = fn ? calleeOf2(fn) : void 0;
  if (!callee || index < callee.skip) return;
  index -= callee.skip;
  for (const call of allCalls()) {
    if (!calls3(call, callee)) continue;
    const args2 = call.childForFieldName("arguments")?.namedChildren.filter((a) => a.type !== "comment" && a.type !== "keyword_argument") ?? [];
    if (args2.slice(0, index + 1).some((a) => a.type === "list_splat" || a.type === "dictionary_splat")) continue;
    const arg = args2[index];
    if (!arg) continue;
    const argument = { kind: "argument", pattern: hit.pattern, port: arg, name: id, outer: call };
    const evaluation = evaluatePython(arg, SINGLE_VALUE);
    for (const r of portReads(argument, evaluation)) reads.read(r.name, r.mode);
    emitValues(out2, argument, evaluation);
  }
}
function extractPython(src) {
  const out2 = new OccurrenceSet(src);
  const reads = new NameReads(
    out2,
    (value, mode) => evaluatePython(value, mode === "collection" ? { collection: true, mapping: "keys", iterable: false } : SINGLE_VALUE)
  );
  const portsModule = isPortsModule(src.file);
  let walked;
  const walk = (root) => walked ??= descendantGroups(root, { calls: ["call"], ifs: ["if_statement"], classes: ["class_definition"] });
  const bind = (hit, nameNode, value, set) => {
    const name2 = nameNode.text;
    if (hit.kind === "constant" && !isPortName(name2)) {
      if (portsModule && isModuleLevel(hit.outer)) {
        const binding2 = { ...hit, name: nameNode, port: value };
        const evaluation2 = moduleValues2(value);
        for (const r of portReads(binding2, evaluation2)) reads.read(r.name, r.mode);
        emitValues(set, binding2, evaluation2);
      } else reads.define(name2, value);
      return;
    }
    const binding = { ...hit, name: nameNode, port: value };
    const evaluation = evaluatePython(value, bindingContext(binding, LOOP_TYPES2));
    for (const r of evaluation.reads) reads.read(r.name, r.mode);
    for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
    const variable = hit.kind === "property" ? settingsVariable(hit.outer, name2, value) : void 0;
    const lookups = emitValues(set, binding, evaluation, variable !== void 0 ? { variable } : {});
    if (hit.kind === "constant") reads.bindUnset(name2, lookups);
    if (isNoneFallback(hit.outer, name2)) reads.defaulted(name2);
  };
  const spans = [];
  const found = extractTreeSitter(
    src,
    grammar("python"),
    {
      hit(hit, set) {
        if (hit.kind === "argument") {
          const root = hit.outer.tree.rootNode;
          parameterArguments2(hit, set, reads, () => walk(root).calls);
          return true;
        }
        if (hit.kind === "cli-flag" && hit.port.id === hit.outer.id) {
          emitFlagString(set, hit.port);
          return true;
        }
        if (hit.name?.type === "pattern_list" && hit.port.type === "expression_list") {
          const names = hit.name.namedChildren;
          const values2 = hit.port.namedChildren;
          if (names.length === values2.length) names.forEach((n, i2) => n.type === "identifier" && bind(hit, n, values2[i2], set));
          return true;
        }
        if (hit.name && hit.name.type === "identifier") {
          bind(hit, hit.name, hit.port, set);
          return true;
        }
        const options = {};
        if (hit.kind === "listen" || hit.kind === "connect" || hit.kind === "address") {
          const host = hostOf(hit.port);
          if (hit.kind === "address" && (host === void 0 || !(sockaddrHost(host) || host === "" && hit.outer.type === "assignment"))) return true;
          if (host !== void 0) options.host = host;
        }
        let variable;
        if (hit.kind === "cli-flag" && hit.outer.type === "call") {
          const envvar = callArguments(hit.outer).keywords.get("envvar");
          if (isString(envvar)) variable = envvar;
        }
        const evaluation = evaluatePython(hit.port, bindingContext(hit, LOOP_TYPES2));
        for (const r of portReads(hit, evaluation)) reads.read(r.name, r.mode);
        for (const n of evaluation.defaulted ?? []) reads.defaulted(n);
        emitValues(set, variable ? { ...hit, variable } : hit, evaluation, options);
        return true;
      },
      command: command2,
      tree(root, set) {
        const { calls: calls4, ifs, classes } = walk(root);
        statedPorts2(calls4, set);
        envStringDefaults(calls4, spans);
        noneFallbacks(ifs, spans);
        settingsStrings(classes, spans);
      }
    },
    out2
  );
  if (spans.length > 0) {
    for (const o of found) {
      if (o.kind !== "url" && o.kind !== "address" || o.variable !== void 0) continue;
      const at = src.offset(o.range.start);
      const span = spans.find((s) => s.start <= at && at < s.end);
      if (span) o.defaultOf = span.variable;
    }
  }
  return found;
}

// src/extract/yaml-templates.ts
var ACTION = /\{\{-?([\s\S]*?)-?\}\}/dg;
var STAGE = /[^|]+/dg;
var DEFAULT_CALL = /^\s*default\s+(["']?)(\d{1,5})\1\s+(\S[\s\S]*?)\s*$/d;
var ENV_VAR_CALL = /^\s*(?:env_var|env)\s*\(\s*(["'])([A-Za-z_][A-Za-z0-9_]*)\1\s*,\s*(["']?)(\d{1,5})\3\s*\)\s*$/d;
var DEFAULT_FILTER = /^\s*(?:default\s+(["']?)(\d{1,5})\1|(?:default|d)\s*\(\s*(["']?)(\d{1,5})\3\s*(?:,\s*\w+\s*)?\))\s*$/d;
var LINE_KEY = /^\s*(?:-\s+)?(["']?)([A-Za-z_][\w.-]*)\1\s*:/;
var LAST_NAME = /([A-Za-z_][A-Za-z0-9_]*)[\s"'\])]*$/;
function addTemplateDefaults(out2, text) {
  if (!text.includes("{{")) return;
  ACTION.lastIndex = 0;
  for (let m = ACTION.exec(text); m; m = ACTION.exec(text)) {
    const body2 = m[1];
    const bodyStart = m.indices[1][0];
    if (body2.trimStart().startsWith("/*")) continue;
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    const before = text.slice(lineStart, m.index);
    if (before.trimStart().startsWith("#")) continue;
    const found = templateDefault(body2);
    if (!found) continue;
    const key = LINE_KEY.exec(before)?.[2];
    if (found.variable !== void 0) {
      if (!isPortName(found.variable) && !(key !== void 0 && isPortName(key))) continue;
      if (namesPortQuantity(found.variable)) continue;
      const port2 = parsePortNumber(body2.slice(found.start, found.end));
      if (port2 === void 0) continue;
      out2.add(bodyStart + found.start, bodyStart + found.end, { kind: "env-default", port: port2, variable: found.variable, ...key !== void 0 && isPortName(key) ? { name: key } : {} });
      continue;
    }
    const subject = LAST_NAME.exec(found.subject)?.[1];
    const name2 = key !== void 0 && isPortName(key) ? key : subject !== void 0 && isPortName(subject) ? subject : void 0;
    if (name2 === void 0 || namesPortQuantity(name2)) continue;
    const port = parsePortNumber(body2.slice(found.start, found.end));
    if (port === void 0) continue;
    out2.add(bodyStart + found.start, bodyStart + found.end, { kind: kindForName2(name2), port, name: name2 });
  }
}
function templateDefault(body2) {
  let subject;
  let found;
  STAGE.lastIndex = 0;
  for (let s = STAGE.exec(body2); s; s = STAGE.exec(body2)) {
    const at = s.index;
    if (subject === void 0) {
      const env = ENV_VAR_CALL.exec(s[0]);
      if (env) {
        const [start3, end2] = env.indices[4];
        return { start: at + start3, end: at + end2, subject: env[2], variable: env[2] };
      }
      const call = DEFAULT_CALL.exec(s[0]);
      if (call) {
        const [start3, end2] = call.indices[2];
        return { start: at + start3, end: at + end2, subject: call[3] };
      }
      subject = s[0];
      continue;
    }
    const filter = DEFAULT_FILTER.exec(s[0]);
    if (!filter) continue;
    const [start2, end] = filter.indices[filter[2] !== void 0 ? 2 : 4];
    found = { start: at + start2, end: at + end };
  }
  return found && subject !== void 0 ? { ...found, subject } : void 0;
}

// src/extract/yaml.ts
function extractYaml(src) {
  const out2 = new OccurrenceSet(src);
  addTemplateDefaults(out2, src.text);
  const file = parseYaml(src.text);
  for (const doc of file.docs) {
    if (looksLikeCompose(doc)) extractComposeDocument(out2, doc, file.text);
    else new YamlWalker(out2, doc, file.text).node(doc.contents ?? void 0, {});
  }
  scanYamlComments(out2, file);
  return out2.list;
}

// src/extract/index.ts
var EXTRACTORS = {
  typescript: (s) => extractJavaScript(s, "typescript"),
  tsx: (s) => extractJavaScript(s, "tsx"),
  javascript: (s) => extractJavaScript(s, "javascript"),
  python: extractPython,
  shell: extractShell,
  dockerfile: extractDockerfile,
  compose: extractCompose,
  yaml: extractYaml,
  json: extractJson,
  env: extractEnv,
  "package-json": extractPackageJson,
  "ports-yaml": () => []
};
var GRAMMARS = {
  typescript: ["typescript"],
  tsx: ["tsx"],
  javascript: ["javascript"],
  python: ["python"],
  shell: ["bash"],
  dockerfile: [],
  compose: [],
  yaml: [],
  json: ["json"],
  env: [],
  "package-json": ["json"],
  "ports-yaml": []
};
var NO_SHELL = /* @__PURE__ */ new Set(["env", "ports-yaml"]);
function queryGrammars(language, text = "") {
  const [own] = GRAMMARS[language];
  const embedded = NO_SHELL.has(language) ? [] : ["bash"];
  if (language === "shell") return mayRunNestedShell(text) ? { parsedBy: "bash", embedded } : { parsedBy: "bash", embedded: [] };
  return own === void 0 || own === "bash" ? { embedded } : { parsedBy: own, embedded };
}
function mayRunNestedShell(text) {
  return /\s-\w*c\b|<<|\beval\b|\bssh\b|(?:OPTS|OPTIONS|ARGS|FLAGS|CMD|COMMAND|opts|options|args|flags|cmd|command)=|["'][^"'\n]*\s--?\w/.test(text);
}
async function prepareLanguage(language, embedded = false) {
  const ids = embedded && !GRAMMARS[language].includes("bash") ? [...GRAMMARS[language], "bash"] : GRAMMARS[language];
  await Promise.all(ids.map((id) => loadGrammar(id)));
}
function extractText(file, language, text) {
  const src = new SourceText(file, language, text);
  const list = EXTRACTORS[language](src);
  return list.sort(
    (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || a.range.end.column - b.range.end.column
  );
}

// src/generated.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { execFileSync } from "node:child_process";
import { readFileSync as readFileSync2 } from "node:fs";
var VENDORED_DIRS = [
  [/(?:^|\/)bower_components\//, "vendored (bower_components/)"],
  [/(?:^|\/)[Vv]endors?\//, "vendored (vendor/)"],
  [/(?:^|\/)(?:3rd|[Tt]hird)[-_]?[Pp]arty\//, "vendored (third_party/)"],
  [/(?:^|\/)Godeps\/_workspace\//, "vendored (Godeps/_workspace/)"],
  [/(?:^|\/)Pods\//, "vendored (Pods/)"],
  [/(?:^|\/)Carthage\/Build\//, "vendored (Carthage/Build/)"],
  [/(?:^|\/)\.yarn\/(?:releases|plugins|sdks|versions|unplugged|cache)\//, "vendored (.yarn/)"],
  // Python virtual environments and installed packages.
  [/(?:^|\/)\.?venv\//, "vendored (a virtualenv)"],
  [/(?:^|\/)site-packages\//, "vendored (site-packages/)"]
];
var GENERATED_DIRS = [
  [/(?:^|\/)dist\//, "generated (dist/)"],
  [/(?:^|\/)build\//, "generated (build/)"],
  [/(?:^|\/)\.next\//, "generated (.next/)"],
  [/(?:^|\/)\.nuxt\//, "generated (.nuxt/)"],
  [/(?:^|\/)\.svelte-kit\//, "generated (.svelte-kit/)"],
  [/(?:^|\/)playwright-report\//, "generated (a Playwright report)"],
  [/(?:^|\/)coverage\/lcov-report\//, "generated (a coverage report)"],
  [/(?:^|\/)htmlcov\//, "generated (a coverage report)"],
  [/(?:^|\/)\.idea\//, "generated (IntelliJ project files)"]
];
var LOCKFILES = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lock",
  "bun.lockb",
  "deno.lock",
  "composer.lock",
  "poetry.lock",
  "pdm.lock",
  "uv.lock",
  "Pipfile.lock",
  "Cargo.lock",
  "go.sum",
  "Gopkg.lock",
  "glide.lock",
  "flake.lock",
  "packages.lock.json",
  "Podfile.lock",
  "Gemfile.lock",
  "pubspec.lock",
  "mix.lock",
  "pixi.lock",
  "MODULE.bazel.lock",
  ".terraform.lock.hcl"
]);
var GENERATED_NAMES = [
  [/[.-]min\.(?:[cm]?js|css)$/, "minified (by its name)"],
  [/\.bundle\.[cm]?js$/, "a bundle (by its name)"],
  [/(?:^|\/)\.pnp\.(?:[cm]?js|loader\.mjs)$/, "generated (Yarn Plug'n'Play loader)"],
  [/\.(?:[cm]?js|css)\.map$/, "a source map"]
];
var ANY_PATH_RULE = new RegExp([...VENDORED_DIRS, ...GENERATED_NAMES, ...GENERATED_DIRS].map(([re]) => re.source).join("|"));
function classifyPath(file, attrs = {}) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  if (attrs.vendored === true) return { kind: "vendored", reason: "vendored (linguist-vendored in .gitattributes)" };
  if (attrs.generated === true) return { kind: "generated", reason: "generated (linguist-generated in .gitattributes)" };
  if (!ANY_PATH_RULE.test(file) && !LOCKFILES.has(base)) return void 0;
  if (attrs.vendored !== false) {
    for (const [re, reason] of VENDORED_DIRS) if (re.test(file)) return { kind: "vendored", reason };
  }
  if (attrs.generated !== false) {
    if (LOCKFILES.has(base)) return { kind: "generated", reason: "generated (a lock file)" };
    for (const [re, reason] of GENERATED_NAMES) if (re.test(file)) return { kind: "generated", reason };
    for (const [re, reason] of GENERATED_DIRS) if (re.test(file)) return { kind: "generated", reason };
  }
  return void 0;
}
var MINIFIED_AVERAGE_LINE = 110;
var MINIFIED_MIN_BYTES = 1024;
var HEADER_LINES = 10;
var HEADER_BYTES = 4096;
var SCRIPT_OR_STYLE = /\.(?:[cm]?js|css)$/i;
var JSON_FILE = /\.json$/i;
var PREAMBLE = /^\s*(?:$|#|\/\/|\/\*|\*|<!--|--|;|"""|'''|\{\s*$|"(?:\$comment|\/\/|_comment)"\s*:)/;
var HEADER_STRICT = /@generated\b|\bDO NOT EDIT\b/;
var GENERATED_WORD = String.raw`(?:auto-?generated|automatically generated|generated automatically|machine[- ]generated)`;
var HEADER_LOOSE = new RegExp(
  String.raw`^\s*(?:#+|\/\/+|\/\*+|\*|<!--|--|;+|"""|'''|"[^"]*"\s*:\s*")?\s*${GENERATED_WORD}\b` + String.raw`|\b(?:file|code|module)\s+(?:is\s+|was\s+|has\s+been\s+)?${GENERATED_WORD}\b` + String.raw`|\b${GENERATED_WORD}\s+(?:file|code|module|source)\b`,
  "i"
);
var DO_NOT_EDIT = /\bdo not edit\b/i;
var SOURCE_MAP_COMMENT = /^\/[*/][#@] source(?:Mapping)?URL|sourceURL=/;
function classifyContent(file, bytes) {
  const scriptOrStyle = SCRIPT_OR_STYLE.test(file);
  const json = JSON_FILE.test(file);
  if ((scriptOrStyle || json) && bytes.length >= MINIFIED_AVERAGE_LINE) {
    const average = averageLineLength(bytes);
    if (bytes.length >= MINIFIED_MIN_BYTES && average > MINIFIED_AVERAGE_LINE) {
      return { kind: "generated", reason: `minified (average line ${average} characters)` };
    }
  }
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_BYTES)).toString("utf8");
  if (json && /^\s*\{"version":\d+,/.test(head) && head.includes('"mappings":')) return { kind: "generated", reason: "a source map" };
  if (scriptOrStyle && lastLines(bytes, 2).some((l) => SOURCE_MAP_COMMENT.test(l))) {
    return { kind: "generated", reason: "compiled (it ends with a sourceMappingURL comment)" };
  }
  const header = generatedHeader(head);
  if (header !== void 0) return { kind: "generated", reason: `generated (its header says "${header}")` };
  return void 0;
}
function averageLineLength(bytes) {
  let newlines = 0;
  for (let i2 = bytes.indexOf(10); i2 >= 0; i2 = bytes.indexOf(10, i2 + 1)) newlines++;
  return Math.floor((bytes.length - newlines) / (newlines + 1));
}
function lastLines(bytes, n) {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).subarray(Math.max(0, bytes.length - 2048)).toString("utf8");
  return tail.split("\n").slice(-n).map((l) => l.replace(/\r$/, ""));
}
function generatedHeader(head) {
  const lines = head.replace(/^\uFEFF/, "").split("\n").slice(0, HEADER_LINES);
  for (const line of lines) {
    if (!PREAMBLE.test(line)) return void 0;
    if (line.includes(GENERATED_MARKER)) return void 0;
    const m = HEADER_STRICT.exec(line) ?? HEADER_LOOSE.exec(line) ?? (/generat/i.test(line) ? DO_NOT_EDIT.exec(line) : null);
    if (m) return m[0];
  }
  return void 0;
}
function attributeValue(token, name2) {
  if (token === name2) return true;
  if (token === `-${name2}`) return false;
  if (token === `!${name2}`) return null;
  if (token.startsWith(`${name2}=`)) return token.slice(name2.length + 1) !== "false";
  return void 0;
}
function parseGitAttributes(text, dir) {
  const rules = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#") || !line.includes("linguist-")) continue;
    const [pattern, ...tokens] = line.split(/\s+/);
    if (!pattern || pattern.startsWith("!") || pattern.endsWith("/")) continue;
    const rule = { dir, match: () => false };
    for (const t of tokens) {
      const g = attributeValue(t, "linguist-generated");
      if (g !== void 0) rule.generated = g;
      const v = attributeValue(t, "linguist-vendored");
      if (v !== void 0) rule.vendored = v;
    }
    if (rule.generated === void 0 && rule.vendored === void 0) continue;
    const anchored = pattern.includes("/");
    const glob = pattern.replace(/^\//, "");
    const isMatch = anchored ? (0, import_picomatch.default)(glob, { dot: true }) : (0, import_picomatch.default)(glob, { dot: true, basename: true });
    rule.match = (file) => isMatch(file);
    rules.push(rule);
  }
  return rules;
}
function attributesFromFiles(files, attributeFiles) {
  const rules = [...attributeFiles.entries()].sort(([a], [b]) => (a === "" ? 0 : a.split("/").length) - (b === "" ? 0 : b.split("/").length) || (a < b ? -1 : a > b ? 1 : 0)).flatMap(([dir, text]) => parseGitAttributes(text, dir));
  const out2 = /* @__PURE__ */ new Map();
  if (rules.length === 0) return out2;
  for (const file of files) {
    const attrs = {};
    let any = false;
    for (const r of rules) {
      if (r.dir !== "" && !file.startsWith(`${r.dir}/`)) continue;
      if (!r.match(r.dir === "" ? file : file.slice(r.dir.length + 1))) continue;
      if (r.generated !== void 0) r.generated === null ? delete attrs.generated : attrs.generated = r.generated;
      if (r.vendored !== void 0) r.vendored === null ? delete attrs.vendored : attrs.vendored = r.vendored;
      any = true;
    }
    if (any && (attrs.generated !== void 0 || attrs.vendored !== void 0)) out2.set(file, attrs);
  }
  return out2;
}
function readAttributesFile(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return "";
  }
}
function gitAttributes(root, files) {
  const out2 = /* @__PURE__ */ new Map();
  if (files.length === 0) return out2;
  const anyRaw = files.some((f) => f.raw);
  const input = anyRaw ? Buffer.concat(files.flatMap((f) => [f.raw ? Buffer.from(f.raw) : Buffer.from(f.file, "utf8"), Buffer.from([0])])) : Buffer.from(`${files.map((f) => f.file).join("\0")}\0`, "utf8");
  let stdout;
  try {
    stdout = execFileSync("git", ["check-attr", "-z", "--stdin", "linguist-generated", "linguist-vendored"], {
      cwd: root,
      input,
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ["pipe", "pipe", "ignore"]
    });
  } catch {
    return void 0;
  }
  const byRaw = anyRaw ? new Map(files.map((f) => [(f.raw ? Buffer.from(f.raw) : Buffer.from(f.file, "utf8")).toString("latin1"), f.file])) : void 0;
  const parts2 = (anyRaw ? stdout.toString("latin1") : stdout.toString("utf8")).split("\0");
  for (let i2 = 0; i2 + 2 < parts2.length; i2 += 3) {
    const info2 = parts2[i2 + 2];
    if (info2 === "unspecified") continue;
    const file = byRaw ? byRaw.get(parts2[i2]) : parts2[i2];
    if (file === void 0) continue;
    const value = info2 === "set" ? true : info2 === "unset" ? false : info2 !== "false";
    const attrs = out2.get(file) ?? {};
    if (parts2[i2 + 1] === "linguist-generated") attrs.generated = value;
    else attrs.vendored = value;
    out2.set(file, attrs);
  }
  return out2;
}
function splitNul(buf) {
  const parts2 = [];
  let start2 = 0;
  for (let i2 = buf.indexOf(0); i2 >= 0; i2 = buf.indexOf(0, start2)) {
    parts2.push(buf.subarray(start2, i2));
    start2 = i2 + 1;
  }
  if (start2 < buf.length) parts2.push(buf.subarray(start2));
  return parts2;
}
function mentionsLinguist(texts) {
  for (const t of texts) if (t.includes("linguist-")) return true;
  return false;
}
function ancestors(dir) {
  const out2 = [""];
  if (dir === "") return out2;
  const parts2 = dir.split("/");
  for (let i2 = 1; i2 <= parts2.length; i2++) out2.push(parts2.slice(0, i2).join("/"));
  return out2;
}

// src/read.ts
import { closeSync, lstatSync, openSync, readFileSync as readFileSync3, readSync, statSync } from "node:fs";

// src/languages.ts
import path from "node:path";
var EXTENSIONS = {
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "tsx",
  ".js": "javascript",
  ".jsx": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".py": "python",
  ".pyw": "python",
  ".sh": "shell",
  ".bash": "shell",
  ".zsh": "shell",
  ".ksh": "shell",
  ".yml": "yaml",
  ".yaml": "yaml",
  ".json": "json"
};
var NOT_DOCKERFILE = /^(?:md|markdown|txt|rst|adoc|html?|bak|orig|swp)$/i;
var NEVER = /* @__PURE__ */ new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "composer.lock",
  "poetry.lock",
  "Pipfile.lock",
  "Cargo.lock",
  "bun.lockb"
]);
var SHEBANGS = [
  [/\b(?:python[\d.]*|pypy[\d.]*)\b/, "python"],
  [/\b(?:ba|da|z|k|a)?sh\b/, "shell"],
  [/\b(?:ts-node|tsx)\b/, "typescript"],
  [/(?<![\w-])(?:node|nodejs|bun|deno)\b/, "javascript"]
];
function languageByName(file) {
  const base = path.posix.basename(file.replace(/\\/g, "/"));
  if (NEVER.has(base)) return void 0;
  if (base === "package.json") return "package-json";
  if (/^\.?ports\.ya?ml$/.test(base)) return "ports-yaml";
  if (/\.(?:dockerfile|containerfile)$/i.test(base)) return "dockerfile";
  const docker = /^(?:Dockerfile|Containerfile)(?:\.(.+))?$/i.exec(base);
  if (docker && !(docker[1] !== void 0 && (EXTENSIONS[`.${docker[1].toLowerCase()}`] || NOT_DOCKERFILE.test(docker[1])))) return "dockerfile";
  if (/^(?:docker-)?compose(?:[.-].+)?\.ya?ml$/i.test(base)) return "compose";
  const ext = path.posix.extname(base).toLowerCase();
  if (base === ".env" || base.startsWith(".env.") && !EXTENSIONS[ext] || base.endsWith(".env") && base.length > 4) return "env";
  if (/^env\.(?:example|sample|template|dist|defaults?)$/i.test(base)) return "env";
  if (base === ".envrc") return "shell";
  return EXTENSIONS[ext];
}
function languageByShebang(firstLine2) {
  if (!firstLine2.startsWith("#!")) return void 0;
  for (const [re, lang] of SHEBANGS) if (re.test(firstLine2)) return lang;
  return void 0;
}
var SHEBANG_EXTENSIONS = /\.(?:cgi|fcgi|command|tool|sbatch|slurm|pbs|qsub|lsf|bsub|sge)$/i;
function mayHaveShebang(file) {
  const base = path.posix.basename(file.replace(/\\/g, "/"));
  return !base.includes(".") || SHEBANG_EXTENSIONS.test(base);
}

// src/read.ts
var BINARY_SNIFF = 8e3;
var decoder = new TextDecoder("utf-8", { fatal: true });
var lossyDecoder = new TextDecoder("utf-8", { fatal: false });
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}
function describeError(err2, file) {
  if (err2.code !== "ENOENT") return describeFsError(err2);
  try {
    return lstatSync(file).isSymbolicLink() ? "broken symbolic link" : "removed during the scan";
  } catch {
    return "removed during the scan";
  }
}
function readBytes(sf, maxSize) {
  const skipped = (message) => ({
    kind: "skipped",
    notice: { file: sf.file, level: "warning", message }
  });
  const where = sf.rawPath ? Buffer.from(sf.rawPath) : sf.path;
  let size;
  try {
    const st = statSync(where);
    if (!st.isFile()) return { kind: "ignored" };
    size = st.size;
  } catch (err2) {
    return skipped(`skipped: ${describeError(err2, where)}`);
  }
  if (size > maxSize) {
    const head = sf.detectGenerated ? readHead(where, GENERATED_SNIFF) : void 0;
    const generated = head && classifyContent(sf.file, head);
    if (generated) return { kind: "generated", reason: generated.reason };
    return skipped(`skipped: ${formatBytes(size)} is over the ${formatBytes(maxSize)} limit (lint.max_file_size)`);
  }
  let bytes;
  try {
    bytes = readFileSync3(where);
  } catch (err2) {
    return skipped(`skipped: cannot be read (${describeError(err2, where)})`);
  }
  if (sf.detectGenerated && !isOwnOutput(bytes)) {
    const generated = classifyContent(sf.file, bytes);
    if (generated) return { kind: "generated", reason: generated.reason };
  }
  return { kind: "bytes", bytes };
}
var GENERATED_SNIFF = 64 * 1024;
function isOwnOutput(bytes) {
  const head = bytes.subarray(0, 1024).toString("utf8").replace(/^\uFEFF/, "");
  return isGeneratedFile(head) || isPortLintOutput(head);
}
function readHead(file, n) {
  let fd;
  try {
    fd = openSync(file, "r");
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function decodeSource(sf, bytes) {
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) {
    return { kind: "skipped", notice: { file: sf.file, level: "warning", message: "skipped: binary file (contains NUL bytes)" } };
  }
  const notices = [];
  let text;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = lossyDecoder.decode(bytes);
    notices.push({ file: sf.file, level: "note", message: "not valid UTF-8: invalid bytes were read as U+FFFD and the file was scanned" });
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (isGeneratedFile(text)) return { kind: "ignored" };
  if (isPortLintOutput(text)) return { kind: "ignored" };
  let language = sf.language;
  if (language === void 0) {
    const nl = text.indexOf("\n");
    language = languageByShebang(nl < 0 ? text : text.slice(0, nl));
    if (language === void 0) return { kind: "ignored" };
  }
  return { kind: "text", text, language, notices };
}
var OWN_OUTPUT = /^\s*\{\s*"(?:schemaVersion"\s*:\s*\d+\s*,\s*"(?:tool"\s*:\s*\{\s*"name"\s*:\s*"port-lint"|filesScanned")|version"\s*:\s*\d+\s*,\s*"tool"\s*:\s*"port-lint"|\$schema"\s*:\s*"[^"]*sarif[^"]*"\s*,\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"\s*:\s*\[\s*\{\s*"tool"\s*:\s*\{\s*"driver"\s*:\s*\{\s*"name"\s*:\s*"port-lint")/;
function isPortLintOutput(text) {
  return text.startsWith("{") && OWN_OUTPUT.test(text.slice(0, 400));
}

// src/fingerprint.ts
import { createHash } from "node:crypto";
var UNNORMALIZED = /^\s|\s$|\s\s|[^\S ]/;
function normalizeSnippet(text) {
  if (!UNNORMALIZED.test(text)) return text;
  return text.trim().replace(/\s+/g, " ");
}
function fingerprintBase(ruleId, file, kind, snippet) {
  return createHash("sha256").update([ruleId, file, kind, normalizeSnippet(snippet)].join("\0")).digest().toString("hex", 0, 16);
}
function indexFingerprints(findings) {
  let seen = /* @__PURE__ */ new Map();
  let file;
  for (const f of findings) {
    if (f.file !== file) {
      file = f.file;
      seen = /* @__PURE__ */ new Map();
    }
    const n = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, n + 1);
    f.fingerprint = [f.fingerprint, n].join(":");
  }
}

// src/suppress.ts
var DIRECTIVE = /(?:#|\/\/|\/\*|<!--|--|;)\s*port-lint-disable-(next-line|line|file)\b([^\n]*?)(?:\s*(?:\*\/|-->))?\s*$/;
function quoteOpenAt(line, end) {
  let quote = "";
  for (let i2 = 0; i2 < end; i2++) {
    const c = line[i2];
    if (c === "\\") {
      i2++;
      continue;
    }
    if (quote === "") {
      if (c === '"' || c === "'" || c === "`") quote = c;
    } else if (c === quote) quote = "";
  }
  return quote !== "";
}
function parseDirectives(text) {
  const out2 = [];
  if (!text.includes("port-lint-disable")) return out2;
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, i2) => {
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    if (quoteOpenAt(raw, m.index)) return;
    const kind = m[1];
    const rest = m[2] ?? "";
    const dash = rest.indexOf("--");
    const ruleText = dash >= 0 ? rest.slice(0, dash) : rest;
    const reason = dash >= 0 ? rest.slice(dash + 2).trim() : void 0;
    const rules = ruleText.split(/[\s,]+/).map((r) => r.trim()).filter(Boolean);
    const start2 = raw.indexOf("port-lint-disable");
    const d = {
      kind,
      rules,
      line: i2 + 1,
      range: { start: { line: i2 + 1, column: start2 + 1 }, end: { line: i2 + 1, column: raw.trimEnd().length + 1 } },
      snippet: raw.trim()
    };
    if (reason) d.reason = reason;
    out2.push(d);
  });
  return out2;
}
function covers(d, f) {
  if (d.rules.length > 0 && !d.rules.includes(f.ruleId)) return false;
  const line = f.range.start.line;
  if (d.kind === "file") return true;
  if (d.kind === "line") return line === d.line;
  return line === d.line + 1;
}
var UNUSED_SUPPRESSION = "unused-suppression";
function applySuppressions(findings, directives, options) {
  const used = /* @__PURE__ */ new Map();
  const kept = [];
  let suppressed = 0;
  for (const f of findings) {
    const list = directives.get(f.file);
    const hit = list?.find((d) => covers(d, f));
    if (!hit) {
      kept.push(f);
      continue;
    }
    suppressed++;
    const set = used.get(hit) ?? /* @__PURE__ */ new Set();
    set.add(f.ruleId);
    used.set(hit, set);
  }
  const problems = [];
  if (options.reportUnused !== "off") {
    const severity = options.reportUnused;
    for (const [file, list] of directives) {
      for (const d of list) {
        const report = (message) => problems.push({
          ruleId: UNUSED_SUPPRESSION,
          severity,
          message,
          file,
          range: d.range,
          fingerprint: fingerprintBase(UNUSED_SUPPRESSION, file, "directive", d.snippet),
          snippet: normalizeSnippet(d.snippet)
        });
        const unknown = d.rules.filter((r) => !options.knownRules.includes(r));
        for (const r of unknown) {
          report(`port-lint-disable-${d.kind} names unknown rule "${r}"${suggest(r, options.knownRules)}`);
        }
        const hits = used.get(d);
        if (!hits) {
          report(`Unused port-lint-disable-${d.kind}${d.rules.length ? ` (${d.rules.join(", ")})` : ""}: nothing here is reported; remove it`);
          continue;
        }
        const idle = d.rules.filter((r) => options.knownRules.includes(r) && !hits.has(r));
        if (idle.length > 0) {
          report(`port-lint-disable-${d.kind} lists ${idle.join(", ")}, which report${idle.length === 1 ? "s" : ""} nothing here; remove ${idle.length === 1 ? "it" : "them"}`);
        }
      }
    }
  }
  return { kept, suppressed, problems };
}

// src/scan-file.ts
var CALL_WITH_VARIABLE = /(?:listen|connect\w*|bind|serve|sendto|start_server|create_server|open_connection|create_connection|createConnection|createClient|getaddrinfo|Server|Connection\w*|Client|SMTP\w*|LMTP|FTP\w*|IMAP4?\w*|POP3\w*|[Rr]edis|[Tt]elnet)\s*\(\s*\(?\s*(?:['"][^'"\n]*['"]\s*,\s*)?(?!(?:this|null|undefined|self|cls|function|async|args|kwargs|None|True|False|app)\b|[A-Z][a-z][\w$]*\s*[,)]|[\w$.]*(?:path|file|dir|db|url|uri|dsn|PATH|FILE|DIR|DB|URL|URI|DSN)\s*[,)])[A-Za-z_$][\w$.]*\s*[,)]/;
var HOST_PORT = /:\d{2,5}(?![\d:.])(?<=(?:[A-Za-z_\]}][\w.-]*|\d{1,3}(?:\.\d{1,3}){3}|[\s=(,'"`])['"]?:\d{2,5})/;
var CODE_ANCHORS = [
  // host:port (HOST_PORT), in code not before `}`: a format spec (`f"{idx:02}"`, `{ra_h:02d}`: 34 of
  // DSA-110's Python files parsed for no port), or a dict entry whose key names no port
  /:\d{2,5}(?![\d:.]|[dfxXeEgGbon%]?\})(?<=(?:[A-Za-z_\]}][\w.-]*|\d{1,3}(?:\.\d{1,3}){3}|[\s=(,'"`])['"]?:\d{2,5})/,
  // a percent-encoded port (`http%3A%2F%2Fminio%3A9000`), a DNS upstream's `10.0.0.1#5353`, `{ listen: 7781 }`
  /%3[Aa]\d/,
  /#\d(?<=\d#\d)/,
  /listen['"]?\s*:\s*\d/,
  // a port mapping whose sides are not port-named, beside its protocol: `{ container: 25565, proto: 'tcp' }`
  /proto(?:col)?['"]?\s*:\s*['"](?:tcp|udp)['"]/i,
  // calls and constructors taking a port positionally: a number among the arguments, or a variable
  // (data flow, CALL_WITH_VARIABLE)
  /(?:listen|connect\w*|bind|serve|sendto|start_server|create_server|open_connection|create_connection|createConnection|createClient|getaddrinfo|Server|Connection\w*|Client|SMTP\w*|LMTP|FTP\w*|IMAP4?\w*|POP3\w*|[Rr]edis|[Tt]elnet)\s*\(\s*[^)]{0,160}?\d/,
  CALL_WITH_VARIABLE,
  // command lines with a port: http.server 8000, runserver, socat, nc (whole words: not `concat`, nor
  // OpenTelemetry's `http.server.request.duration`), -p 4000, -l 3000, -b :8000, --inspect=9229, --publish 8080:80
  /\b(?:runserver|http\.server(?!\.)|socat|ncat|netcat)\b/,
  /-[pPlLb](?<![\w-]-[pPlLb])['"]?\s*[,=]?\s*['"]?:?\d/,
  /--(?:inspect(?:-brk|-wait)?|publish|bind|listen|expose)\b/,
  // local hosts, and (host, port) tuples with a host name, an IP address or the empty host
  /localhost|127\.0\.0\.1|0\.0\.0\.0/,
  /['"]\s*,\s*\d(?<=['"](?:[a-z0-9.-]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3}|::1?|)['"]\s*,\s*\d)/
];
function hasPortName(text, valueAfter) {
  const re = /port/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start2 = m.index;
    let end = m.index + 4;
    while (start2 > 0 && /[\w-]/.test(text[start2 - 1])) start2--;
    while (end < text.length && /[\w-]/.test(text[end])) end++;
    if (isPortName(text.slice(start2, end)) && (!valueAfter || valueAfter.test(text.slice(end, end + 256)))) return true;
    re.lastIndex = end;
  }
  return false;
}
var JSON_PORT_VALUE = /^["']?\s*[:=,]?\s*(?:\/\*[\s\S]*?\*\/\s*)?[[{]?\s*["']?\s*[\d$]/;
var PREFILTERED = /* @__PURE__ */ new Set(["javascript", "typescript", "tsx", "python"]);
var YAML_ANCHORS = [
  // host:port even before `}` or `]`: a flow map's `{url: api:8080}`, Prometheus's `targets: [node:9100]`
  HOST_PORT,
  ...CODE_ANCHORS.slice(1),
  /expose/i,
  /proto(?:col)?['"]?\s*:\s*['"]?(?:tcp|udp)\b/i,
  /(?:^|\n)[ \t-]*['"]?(?:[\w.-]*[_-])?(?:run|scripts?|before_script|after_script|shell|cmds?|commands?|entrypoint|args|arguments|[Aa]rgs|[Cc]ommands?|[\w.-]+\.(?:sh|bash|conf|cfg|cnf|ini|properties|toml|env|ya?ml|json))['"]?\s*:/,
  /ansible_ssh/
];
var JSON_ANCHORS = [
  /(?:[A-Za-z_\]}][\w.-]*|\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}(?![\d:.])/,
  /":\d{1,5}["/\\]/,
  /\s:\d{2,5}(?![\d.])/,
  // The code anchors but the first and data flow into a call, which JSON has no code for: a locale's
  // "SMTP (Mail)" is prose.
  ...CODE_ANCHORS.slice(1).filter((anchor) => anchor !== CALL_WITH_VARIABLE)
];
function mayHoldPorts(text, language, file) {
  if (!/[0-9$]/.test(text)) return false;
  if (language === "json") return JSON_ANCHORS.some((anchor) => anchor.test(text)) || hasPortName(text, JSON_PORT_VALUE);
  if (language === "yaml") return YAML_ANCHORS.some((anchor) => anchor.test(text)) || hasPortName(text);
  if (language === void 0 || !PREFILTERED.has(language)) return true;
  return CODE_ANCHORS.some((anchor) => anchor.test(text)) || hasPortName(text) || file !== void 0 && isPortsModule(file);
}
function describeBytes(bytes) {
  if (!bytes) return "unreadable now";
  return `${bytes.length} bytes${averageLineLength(bytes) > MINIFIED_AVERAGE_LINE ? ", minified" : ""}`;
}
function timeoutReason(bytes) {
  return `extraction took longer than ${fileTimeBudgetMs() / 1e3} s (${describeBytes(bytes)}); PORT_LINT_FILE_TIMEOUT sets the limit`;
}
function wantsParse(decoded, file) {
  return decoded.kind === "text" && mayHoldPorts(decoded.text, decoded.language, file);
}
function scanDecoded(sf, decoded, parse2 = wantsParse(decoded, sf.file), bytes) {
  const result = { file: sf.file, status: "scanned", occurrences: [], directives: [], notices: [] };
  if (decoded.kind === "ignored") return { ...result, status: "ignored" };
  if (decoded.kind === "generated") return { ...result, status: "ignored", generated: decoded.reason };
  if (decoded.kind === "skipped") return { ...result, status: "skipped", notices: [decoded.notice] };
  result.notices.push(...decoded.notices);
  try {
    if (parse2) result.occurrences = withFileBudget(() => extractText(sf.file, decoded.language, decoded.text));
    result.directives = parseDirectives(decoded.text);
  } catch (err2) {
    if (err2 instanceof GrammarNotLoaded) throw err2;
    noteTrap(err2);
    const why = err2 instanceof FileBudgetExceeded ? timeoutReason(bytes) : `extraction crashed (${firstLine(err2)})`;
    return { ...result, status: "skipped", notices: [...result.notices, { file: sf.file, level: "error", message: `skipped: ${why}` }] };
  }
  return result;
}
function queryPlan(files) {
  const plan = [];
  for (const sf of files) {
    if (!sf.bytes) continue;
    const decoded = decodeSource(sf, Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength));
    if (decoded.kind === "text") plan.push({ text: decoded.text, ...queryGrammars(decoded.language, decoded.text) });
  }
  return plan;
}
async function scanFile(sf, maxSize) {
  if (sf.bytes) return scanLoaded(sf, Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength));
  const read = readBytes(sf, maxSize);
  if (read.kind === "ignored") return { file: sf.file, status: "ignored", occurrences: [], directives: [], notices: [] };
  if (read.kind === "skipped") return { file: sf.file, status: "skipped", occurrences: [], directives: [], notices: [read.notice] };
  if (read.kind === "generated") return { file: sf.file, status: "ignored", occurrences: [], directives: [], notices: [], generated: read.reason };
  return scanLoaded(sf, read.bytes);
}
async function scanLoaded(sf, bytes) {
  try {
    await injectedFault(sf.file);
    const decoded = decodeSource(sf, bytes);
    const parse2 = decoded.kind === "text" && (sf.prefiltered ?? wantsParse(decoded, sf.file));
    if (parse2 && decoded.kind === "text") await prepareLanguage(decoded.language);
    for (let attempts = 0; ; attempts++) {
      try {
        return scanDecoded(sf, decoded, parse2, bytes);
      } catch (err2) {
        if (!(err2 instanceof GrammarNotLoaded) || attempts > 2) throw err2;
        await loadGrammar(err2.id);
      }
    }
  } catch (err2) {
    noteTrap(err2);
    return crashed(sf.file, `extraction crashed (${firstLine(err2)})`);
  }
}
var trapped = false;
var WasmRuntimeError = globalThis.WebAssembly.RuntimeError;
function noteTrap(err2) {
  if (err2 instanceof WasmRuntimeError) trapped = true;
}
function sawWasmTrap() {
  return trapped;
}
function crashed(file, why) {
  return { file, status: "skipped", occurrences: [], directives: [], notices: [{ file, level: "error", message: `skipped: ${why}` }] };
}
function firstLine(err2) {
  const message = err2 instanceof Error ? err2.message || err2.name : String(err2);
  return message.split("\n", 1)[0].trim();
}
async function injectedFault(file) {
  const on = process.env.PORT_LINT_TEST_CRASH_ON;
  if (!on || !file.includes(on)) return;
  const mode = process.env.PORT_LINT_TEST_CRASH_MODE ?? "throw";
  if (mode === "exit") process.exit(70);
  if (mode === "silent") process.exit(0);
  if (mode === "uncaught") {
    setImmediate(() => {
      throw new Error("injected uncaught exception");
    });
    await new Promise(() => {
    });
  }
  if (mode === "oom") {
    const hog = [];
    for (; ; ) hog.push(new Array(1 << 16).fill(hog.length));
  }
  if (mode === "hang") for (; ; ) ;
  if (mode === "trap") throw new WasmRuntimeError();
  if (mode === "stack") {
    const recurse = (n) => recurse(n + 1) + 1;
    recurse(0);
  }
  throw new Error("injected extraction failure");
}

export {
  lazyValue,
  classifyPath,
  attributesFromFiles,
  readAttributesFile,
  gitAttributes,
  splitNul,
  mentionsLinguist,
  ancestors,
  languageByName,
  mayHaveShebang,
  identifierWords,
  isPortName,
  normalizeSnippet,
  fingerprintBase,
  indexFingerprints,
  fileTimeBudgetMs,
  timeFilesFromOutside,
  SourceText,
  grammar,
  preferQuickCompile,
  prepareLanguage,
  extractText,
  formatBytes,
  readBytes,
  decodeSource,
  parseDirectives,
  UNUSED_SUPPRESSION,
  applySuppressions,
  mayHoldPorts,
  describeBytes,
  timeoutReason,
  queryPlan,
  scanFile,
  scanLoaded,
  sawWasmTrap,
  crashed
};
