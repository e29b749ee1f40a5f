// Whether a literal port is a registered service's port, and why: the evidence hardcoded-port, reserved-port,
// undocumented-port, audit, init and --fix all ask for, decided in one place.
import { isExternalHost } from './describe.js';
import { identifierWords, isPortName } from './extract/port-text.js';
import { envBinding, isClientSide, normalizeServiceName } from './occurrence-facts.js';
import type { Registry } from './registry/registry.js';
import type { Service } from './registry/types.js';
import type { PortOccurrence } from './types.js';

/**
 * What ties a literal to a service:
 * - `compose-service`: it is published by the compose service that is the registered service;
 * - `service-host`: a URL or address to the service's own host name (`api:8000`, `http://api:8000`);
 * - `name`: it is bound to a name that names the service (`API_PORT = 8000`, `apiPort`, `--api-port`);
 * - `local-host`: a URL or address to this machine (`localhost`, `127.0.0.1`, `0.0.0.0`, `::1`);
 * - `binds`: it is listened on, published, or given to a plain port flag, key or parameter on this machine.
 */
export type EvidenceKind = 'compose-service' | 'service-host' | 'name' | 'local-host' | 'binds';

export interface Evidence {
  kind: EvidenceKind;
  /** The words a reviewer checks: the host, the name, the compose service. */
  detail: string;
}

export type Attribution =
  /** The literal is `service`'s port: `strong` evidence names the service; `local` only says the port is used on this machine. */
  | { service: Service; strength: 'strong' | 'local'; evidence: Evidence[] }
  /** No service, or nothing ties the literal to the one whose port it equals (`why` says what it is instead). */
  | { service?: undefined; candidate?: Service; why: string };

/** Words that say a name is about a port without saying whose: `server_port`, `--listen-port`, `PORT`. */
const GENERIC_WORDS = new Set([
  'port', 'ports', 'num', 'number', 'no', 'default', 'def', 'dflt', 'listen', 'listening', 'bind', 'server', 'srv',
  'host', 'addr', 'address', 'local', 'the', 'my', 'app', 'http', 'https', 'tcp', 'udp', 'grpc', 'ws', 'wss', 'base', 'main', 'public',
  'internal', 'external', 'container', 'target', 'published', 'expose', 'exposed', 'service', 'svc', 'env', 'var',
  'value', 'val', 'cfg', 'config', 'conf', 'setting', 'settings', 'url', 'uri', 'endpoint',
]);

const LOOPBACK = new Set(['localhost', '0.0.0.0', '::', '::1', '[::]', '[::1]', 'host.docker.internal', 'ip6-localhost']);

/**
 * `process.env.PORT || (url.protocol === "https:" ? "443" : "80")`: both schemes' defaults on one line are
 * the scheme-default idiom, even as the fallback of a variable.
 */
function bothSchemePorts(o: PortOccurrence): boolean {
  // In code only: `ENV HTTP_PORT=80 HTTPS_PORT=443`, a proxy's two entry points, are a deployment's ports.
  return CODE_LANGUAGES.has(o.language) && /\b443\b[^\n]*\b80\b|\b80\b[^\n]*\b443\b/.test(o.snippet);
}

/** Occurrence kinds that take a port on this machine or in its container: a listen, either side of a published port, an exposed one, a server's flag. */
export const BIND_KINDS: ReadonlySet<PortOccurrence['kind']> = new Set(['listen', 'publish-host', 'publish-container', 'expose', 'cli-flag']);

/**
 * Whether the literal takes the port on this machine rather than naming someone's: a listen, a published
 * port, a server's --port flag, a serve function's parameter default, a known command's port argument.
 * A variable, constant or key could be a client's setting pointing at the owner as well.
 */
export function bindsHere(o: PortOccurrence): boolean {
  return o.kind === 'listen' || o.kind === 'publish-host' || o.kind === 'cli-flag' || o.kind === 'parameter-default' || o.kind === 'argument';
}

/**
 * `port = https ? 443 : 80`, `{ port: 443 }` beside a URL: the defaults of the web's schemes, which code that
 * parses or builds URLs writes as constants. Only a bind makes them a service of this repository, and a
 * variable's default is the repository's setting unless both schemes' ports stand together (bothSchemePorts).
 */
export function isSchemeDefault(o: PortOccurrence): boolean {
  return (o.port === 80 || o.port === 443) && !BIND_KINDS.has(o.kind) && (envBinding(o) === undefined || bothSchemePorts(o));
}

/**
 * A line that connects to what its URL names, or keeps the URL as configuration, rather than feeding it to
 * code under test. An assignment counts as a statement (`BASE_URL = "…"`), not as a keyword argument or an
 * element of a call or literal spread over lines (`PAPERLESS_URL="http://localhost:8000",` in a test's
 * `override_settings(…)`, `url="…",` of a mocked response): a line that ends with a comma is one of those.
 */
const CONNECTS_CALL =
  /\b(?:get|post|put|patch|delete|head|options|request|fetch|urlopen|connect|create_connection|Client|AsyncClient|Session|WebSocket|EventSource|goto|visit|navigate)\s*\(|\baxios\b|\b(?:base_?url|baseURL|api_?url|server_?url)\s*[:=]/i;
// `API_URL = "…"` names where to connect, `result = time_request("…")` passes the URL to a call; a bare
// string under another name (`host = "https://localhost:5000"` in a mocked notification) is a payload's field.
const ASSIGNS_URL =
  /^\s*(?:export\s+)?(?:const|let|var)?\s*(?:[\w.]*(?:url|uri|endpoint|server|origin|base|address|addr)[\w.]*\s*(?::\s*[\w<>[\]|]+\s*)?=\s*["'`]|[\w.]+\s*(?::\s*[\w<>[\]|]+\s*)?=\s*(?:await\s+)?[\w.]+\(\s*["'`])/i;

/**
 * An assignment a test makes as input, not a place it connects to: the environment or configuration it sets
 * up (`env.URL = "http://localhost:3000"`, `process.env.API_URL = …`, `settings.BASE_URL = …`), or a URL named
 * for what the code under test checks (`const redirectUri = "http://127.0.0.1:3000/callback"`).
 */
const TEST_INPUT = /^\s*(?:(?:const|let|var)\s+)?(?:(?:process\.)?env|config|settings|options|opts)\.\w+\s*=|^\s*(?:(?:const|let|var)\s+)?[\w.]*(?:redirect|callback|return|webhook|origin|referr?er|input|expected|invalid|malicious)[\w.]*\s*(?::\s*[\w<>[\]|]+\s*)?=/i;

function connects(snippet: string, file: string): boolean {
  if (CONNECTS_CALL.test(snippet)) return true;
  if (!ASSIGNS_URL.test(snippet) || /,\s*(?:#.*|\/\/.*)?$/.test(snippet)) return false;
  return !(isTestFile(file) && TEST_INPUT.test(snippet));
}

/**
 * A test's expected value or a case of its data table: an assertion (`assert url == "…@postgres:5432/db"`,
 * `expect(…)`, `assertEqual(…)`) or a line that is one string literal (`"postgresql://…@postgres:5432/x",`
 * in a list of parametrized cases). Whatever host it names, the code under test computes or parses it.
 */
const TEST_DATUM = /^\s*(?:assert\b|self\.assert\w*\(|expect\()|\.to(?:Be|Equal|StrictEqual|Match|Contain)\w*\(|^\s*(?:[rbfu]{0,2}"(?:[^"\\]|\\.)*"|[rbfu]{0,2}'(?:[^'\\]|\\.)*'|`[^`]*`)\s*,?\s*$/;

/** Mail, directory, syslog and metrics sinks' ports (statsd 8125, graphite 2003), which an application far more often reaches than serves. */
const CLIENT_PROTOCOL_PORTS = new Set([25, 110, 143, 389, 465, 514, 587, 636, 993, 995, 2003, 8125]);

/**
 * `EMAIL_PORT=587`, `envint("EMAIL_PORT", "587")`, `IMAP_PORT = 993`: the port of a mail or directory server
 * the code is a client of. Only a bind (an smtpd's `--port 25`, a published 25) makes it a service here.
 */
export function isClientProtocolPort(o: PortOccurrence): boolean {
  return o.port !== null && CLIENT_PROTOCOL_PORTS.has(o.port) && !BIND_KINDS.has(o.kind) && o.kind !== 'parameter-default';
}

/**
 * A script that runs inside a container rather than on the host: a healthcheck or an entrypoint
 * (`healthcheck.sh`, `docker-entrypoint.sh`), or a file of an image's root filesystem (`web/rootfs/…`,
 * s6-overlay services and cont-init scripts, templates rendered at container start). A localhost port there
 * is the container's own, which a host-side variable (the published port) does not move.
 */
export function isContainerScript(file: string, language: string): boolean {
  if (language === 'compose' || language === 'env' || language === 'dockerfile') return false;
  if (/(?:^|\/)(?:rootfs|s6-overlay|cont-init\.d|services\.d)\//.test(file)) return true;
  const base = file.slice(file.lastIndexOf('/') + 1);
  return /^(?:docker-)?entrypoint|health_?check|healthz/i.test(base);
}

/** `localhost`, `127.0.0.1`, `0.0.0.0`, `::1`, `*.localhost`, the host seen from a container. */
export function isLocalHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const h = host.toLowerCase().replace(/\.$/, '');
  return LOOPBACK.has(h) || /^127(?:\.\d{1,3}){3}$/.test(h) || h.endsWith('.localhost');
}

/** An IP address that is not this machine: another system's host (`10.0.1.5`, `192.168.0.24`, `8.8.8.8`). */
export function isOtherMachineIp(host: string | undefined): boolean {
  if (host === undefined || isLocalHost(host)) return false;
  const h = host.replace(/^\[|\]$/g, '');
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(h) || (h.includes(':') && /^[0-9a-f:]+$/i.test(h));
}

// Not `fixtures/` on its own: a repository's top-level fixtures are as often example projects (this one's
// README runs on fixtures/legacy-pipeline) as test inputs, which live under tests/ anyway.
const TEST_DIRS = /(?:^|\/)(?:tests?|__tests__|__mocks__|__e2e__|spec|specs|e2e|testdata|test-data|testing|cypress|playwright)\//i;
const TEST_FILES =
  /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.(?:py|go|ts|js|sh)|[^/]*\.tests?\.(?:sh|bash|py)|conftest\.py|[^/]*\.(?:(?:server|client|unit|integration|browser|node|dom|api)?tests?|spec|e2e|cy|stories)\.[cm]?[jt]sx?|[^/]*\.(?:tests?|e2e)\.ya?ml|(?:docker-)?compose[.-](?:tests?|ci|e2e)\.[^/]*)$/i;

/** A file of tests, mocks or fixtures: what it writes is test data, not the deployment's configuration. */
export function isTestFile(file: string): boolean {
  return TEST_DIRS.test(file) || TEST_FILES.test(file);
}

/**
 * A file of data rather than configuration: JSON that is not a known config file (committed reports,
 * recordings, API fixtures), and YAML or JSON under a test or fixture directory. Many identical port URLs
 * there are one fact, reported once per file and port with the count.
 */
export function isDataFile(file: string, language: string): boolean {
  if (language === 'json') return !/(?:^|\/)(?:tsconfig[^/]*|jsconfig|\.?devcontainer|launch|settings|app|manifest|\.eslintrc|\.babelrc|\.prettierrc|firebase|vercel|now|nodemon|lerna|nx|turbo|project|angular|tauri[^/]*|composer|deno)\.json$/i.test(file);
  return language === 'yaml' && TEST_DIRS.test(file);
}

/** The words of a name that say whose port it is: `CONTIMG_API_PORT` → [contimg, api]; none for `PORT`. */
export function distinctiveWords(name: string): string[] {
  return identifierWords(name.replace(/^-+/, ''))
    .map((w) => w.replace(/\d+$/, ''))
    .filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
}

/** The name a URL or address is assigned to on its line (`KAFKA_BROKER=broker:9092`, `api_url: "…"`), if any. */
function keyOf(o: PortOccurrence): string | undefined {
  return o.name ?? /^(?:export\s+|-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]/.exec(o.snippet)?.[1];
}

/**
 * `postgresql://placeholder:placeholder@localhost:5432/placeholder` for a code generator, a `blob:` URL:
 * URLs nothing connects to.
 */
function placeholderReason(o: PortOccurrence): string | undefined {
  if (!isClientSide(o)) return undefined;
  return /\bplaceholder\b|\bdummy\b/i.test(o.snippet) || /\bblob:[a-z]+:\/\//i.test(o.snippet) ? 'a placeholder or blob URL' : undefined;
}

/**
 * The variable a literal is the default of when the code reads it through something the extractor does not
 * model: `configService.get('PORT') || 3170`, `config.get("API_PORT", 8000)`, k6's `__ENV.PORT || '8016'`.
 */
export function impliedVariable(o: PortOccurrence): string | undefined {
  if (o.variable !== undefined || o.port === null) return undefined;
  const n = String(o.port);
  const m =
    new RegExp(`\\.(?:get|getOrThrow|getString|getNumber|env)\\(\\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\\s*(?:\\)\\s*(?:\\|\\||\\?\\?)|,)\\s*['"]?${n}\\b`).exec(o.snippet) ??
    new RegExp(`\\b__ENV\\.([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\|\\||\\?\\?)\\s*['"]?${n}\\b`).exec(o.snippet);
  return m?.[1] !== undefined && isPortName(m[1]) ? m[1] : undefined;
}

/**
 * The variable a URL or address is the fallback of: `os.environ.get("REDIS_URL", "redis://localhost:6379/0")`,
 * `${GUNICORN_BIND:-[::]:5000}`, `process.env.API_URL ?? "http://localhost:3000"`, or (marked by the Python
 * extractor, `defaultOf`) a pydantic-settings field `BASE_URL: str = "http://localhost:8080"`. The port is
 * already configured through that variable: a default, not a literal the code is stuck with.
 */
export function overrideDefaultOf(o: PortOccurrence): string | undefined {
  if ((o.kind !== 'url' && o.kind !== 'address') || o.port === null) return undefined;
  if (o.defaultOf !== undefined) return o.defaultOf;
  for (const pattern of fallbackPatterns(o.port)) {
    const m = pattern.exec(o.snippet);
    if (m) return m[1] ?? m[2];
  }
  return undefined;
}

/** overrideDefaultOf's patterns for one port, compiled once per port and run. */
const fallbackPatternsByPort = new Map<number, RegExp[]>();
function fallbackPatterns(port: number): RegExp[] {
  let patterns = fallbackPatternsByPort.get(port);
  if (patterns) return patterns;
  const n = String(port);
  patterns = [
    // ${VAR:-…:N}, ${VAR-…:N}, ${VAR:=…:N}: shell, compose, Dockerfile, env files.
    String.raw`\$\{([A-Za-z_][A-Za-z0-9_]*):?[-=][^}]*?:${n}\b`,
    // os.environ.get / os.getenv("VAR", "…:N"), and environs' env.str / decouple's config("VAR", default="…:N")
    // with an environment variable's upper-case name (not `app.config("url", "…")`).
    String.raw`\b(?:getenv|environ\.get)\(\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*,\s*(?:default\s*=\s*)?[rbfu]?["'][^"']*:${n}\b`,
    String.raw`(?<![\w.])(?:env(?:\.[a-z]+)?|config)\(\s*["']([A-Z][A-Z0-9_]*)["']\s*,\s*(?:default\s*=\s*)?[rbfu]?["'][^"']*:${n}\b`,
    // A zod env schema's field: OTEL_EXPORTER_OTLP_ENDPOINT: z.string().default("http://localhost:4318").
    String.raw`^["']?([A-Z][A-Z0-9_]*)["']?\s*:\s*z\.[\w.()]*\.default\(\s*["'\`][^"'\`]*:${n}\b`,
    // process.env.VAR ?? "…:N", process.env["VAR"] || '…:N', import.meta.env.VAR.
    String.raw`\b(?:process\.env|import\.meta\.env)(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\])\s*(?:\|\||\?\?)\s*["'\`][^"'\`]*:${n}\b`,
  ].map((source) => new RegExp(source));
  fallbackPatternsByPort.set(port, patterns);
  return patterns;
}

/** Languages whose settings' defaults are code (a connector's form, a client's options), not deployment. */
export const CODE_LANGUAGES: ReadonlySet<string> = new Set(['python', 'javascript', 'typescript', 'tsx']);

/** A literal port in code that a setting's default can be: a value, key, constant or URL, not a listen or a flag. */
function mayBeSettingDefault(o: PortOccurrence): boolean {
  return CODE_LANGUAGES.has(o.language) && o.port !== null && (o.kind === 'property' || o.kind === 'constant' || o.kind === 'url' || o.kind === 'address');
}

/**
 * `"port": {"type": "number", "default": 5432}`, `"default": "127.0.0.1:10800"`: the default of a form or
 * options schema in code, which the user fills in per connection (a connector to the user's own database).
 */
export function isSchemaDefault(o: PortOccurrence): boolean {
  if (!mayBeSettingDefault(o)) return false;
  return o.name === 'default' || new RegExp(`["']default["']\\s*:\\s*["'\\w:/.]*\\b${o.port}\\b`).test(o.snippet);
}

/**
 * A literal that is only the default of a setting the code reads from a mapping, besides a form's (which
 * is isSchemaDefault's): the default of `.get("port", 3306)` (or of `.get("port") or 8000`), a comparison
 * of a port-named value or a setting with it (`if port != 1433`, `settings.BASE_URL != "http://localhost:8080"`).
 * Not an environment variable's own default (env-default: the repository configures the port), not a
 * listen or a flag.
 */
export function isSettingDefault(o: PortOccurrence): boolean {
  if (!mayBeSettingDefault(o)) return false;
  const n = String(o.port);
  if (new RegExp(`\\.get\\(\\s*["'][\\w.-]+["']\\s*,\\s*(?:default\\s*=\\s*)?["'\\w:/.@-]*\\b${n}\\b`).test(o.snippet)) return true;
  if (new RegExp(`\\.get\\([^)]*\\)\\s*(?:or|\\|\\||\\?\\?)\\s*["']?${n}\\b`).test(o.snippet)) return true;
  if (/\b(?:assert|expect)\b/.test(o.snippet)) return false;
  if (o.kind === 'property' && o.name !== undefined && new RegExp(`[!=]=\\s*${n}\\b`).test(o.snippet)) return true;
  // A sentinel: the setting still holds its default URL.
  return (o.kind === 'url' || o.kind === 'address') && new RegExp(`\\b(?:settings|config|conf|cfg|options|opts)\\.\\w+\\s*[!=]==?\\s*[rbfu]?["'\`][^"'\`]*:${n}\\b`).test(o.snippet);
}

/** The registry's view of the stack: which compose service (and host name) is which registered service. */
export class Attributor {
  private readonly composeToService = new Map<string, Service>();
  private readonly composeServices = new Set<string>();

  constructor(
    private readonly registry: Registry,
    occurrences: Iterable<PortOccurrence>,
  ) {
    for (const o of occurrences) {
      if (o.service === undefined) continue;
      const compose = normalizeServiceName(o.service);
      this.composeServices.add(compose);
      // `api: ports: ["${CONTIMG_API_PORT:-8000}:8000"]`: the compose service that reads a service's variable is it.
      const name = envBinding(o);
      const bound = name === undefined ? undefined : registry.serviceForEnvVar(name);
      if (bound && !this.composeToService.has(compose)) this.composeToService.set(compose, bound);
    }
  }

  /** The registered service a compose service (or a host name on the compose network) is, if any. */
  serviceForHost(host: string): Service | undefined {
    const h = normalizeServiceName(host.split('.')[0]!);
    // Asked for every compose occurrence and every candidate service: a stack repeats a few names.
    if (this.hosts.has(h)) return this.hosts.get(h);
    const found = this.lookUpHost(h);
    this.hosts.set(h, found);
    return found;
  }

  private readonly hosts = new Map<string, Service | undefined>();

  private lookUpHost(h: string): Service | undefined {
    const mapped = this.composeToService.get(h);
    if (mapped) return mapped;
    const direct = this.registry.service(h) ?? this.registry.services.find((s) => normalizeServiceName(s.name) === h);
    if (direct) return direct;
    // `hoppscotch-backend` and `backend`: one name's words are all the other's.
    const words = distinctiveWords(h);
    if (words.length === 0) return undefined;
    const matches = this.registry.services.filter((s) => {
      const sw = distinctiveWords(s.name);
      return sw.length > 0 && (sw.every((w) => words.includes(w)) || words.every((w) => sw.includes(w)));
    });
    return matches.length === 1 ? matches[0] : undefined;
  }

  /** Whether `host` names a container of the repository's compose files. */
  isComposeService(host: string): boolean {
    return this.composeServices.has(normalizeServiceName(host.split('.')[0]!));
  }

  /** Whether a name (`API_PORT`, `apiPort`, the env var) says it is `service`'s, says nothing, or names another. */
  private nameVerdict(name: string, service: Service): 'names' | 'generic' | 'other' {
    return this.nameOverlap(name, service) > 0 ? 'names' : distinctiveWords(name).length === 0 ? 'generic' : 'other';
  }

  /**
   * How many of a name's words are the service's: its name, its variable, and the compose services that
   * are it (`EXPO_PUBLIC_FRONTEND_PROXY_PORT` is envoy's when compose service frontend-proxy reads ENVOY_PORT).
   */
  private nameOverlap(name: string, service: Service): number {
    const words = distinctiveWords(name);
    const own = new Set([...distinctiveWords(service.name), ...(service.envVar ? distinctiveWords(service.envVar) : [])]);
    let overlap = words.filter((w) => own.has(w)).length;
    // A compose service that is the service lends its name only whole: EXPO_PUBLIC_FRONTEND_PROXY_PORT is
    // frontend-proxy's (envoy's), FRONTEND_PORT is not — it is the frontend's, a container of its own.
    for (const [compose, s] of this.composeToService) {
      if (s !== service) continue;
      const alias = distinctiveWords(compose);
      if (alias.length > 0 && alias.every((w) => words.includes(w))) overlap = Math.max(overlap, alias.length);
    }
    return overlap;
  }

  /**
   * Whose port a literal is. Only literals the repository itself binds or reaches on this machine or on its
   * own stack are attributed; a port written next to another machine's address, in a client's test data or
   * under a name that names something else is an occurrence (audit lists it), not a service's port.
   */
  attribute(o: PortOccurrence): Attribution {
    if (o.port === null) return { why: 'no literal port' };
    const candidates = this.registry.servicesForPort(o.port);
    // An integration test calling http://localhost:8000 where 8000 is api's default is a client of the
    // repository's own service, not a parser's test input: the exact default on this machine is evidence.
    // The line must read as a connection (`httpx.get("http://localhost:8001/")`, `BASE_URL = "…"`), not as the
    // input of a function under test (`parse("curl http://localhost:8000/x")`, `isValidRedirect("…")`).
    const ownDefault = isClientSide(o) && isLocalHost(o.host) && candidates.some((s) => s.default === o.port) && connects(o.snippet, o.file);
    const foreign = (ownDefault ? placeholderReason(o) : this.foreignReason(o)) ?? (isSchemeDefault(o) ? `${o.port} is the default port of http${o.port === 443 ? 's' : ''}` : undefined);
    if (candidates.length === 0) return foreign ? { why: foreign } : { why: 'no service has this port' };
    if (foreign) return { candidate: candidates[0], why: foreign };
    let lastWhy = '';
    // Several services on one port (8080 of frontend, envoy and firepit, each in its own container): the one
    // the evidence names best — a host or compose service, else the most words of the name — else the first.
    let best: Extract<Attribution, { service: Service }> | undefined;
    let bestScore = -1;
    for (const service of candidates) {
      const a = this.attributeTo(o, service);
      if (!a.service) {
        lastWhy = a.why;
        continue;
      }
      const name = envBinding(o) ?? o.name;
      const score =
        (a.evidence.some((e) => e.kind === 'service-host' || e.kind === 'compose-service') ? 100 : 0) + (name !== undefined ? this.nameOverlap(name, service) : 0);
      if (score > bestScore) [best, bestScore] = [a, score];
    }
    return best ?? { candidate: candidates[0], why: lastWhy };
  }

  /** Why a literal is someone else's port whatever its number: an external or other machine's host, test data. */
  foreignReason(o: PortOccurrence): string | undefined {
    const placeholder = placeholderReason(o);
    if (placeholder) return placeholder;
    // `"port": {"type": "number", "default": 5432}` in a connector: the user's own database, whatever the
    // stack runs on 5432. A key that names a service (`"api_port": {…}`) may be the repository's own setting.
    // Only when the line shows the field's key (the innermost `"key": {` before the default).
    if (isSchemaDefault(o)) {
      const key = [...o.snippet.matchAll(/["']?([\w-]+)["']?\s*:\s*\{/g)].at(-1)?.[1];
      if (key !== undefined && distinctiveWords(key).length === 0) return 'the default of a form or options schema the user fills in';
    }
    // `'{"env":"prod","port":8080}'`, `expect(cfg.port).toBe(3002)` in a test: expected values and inputs.
    // What a test listens on, publishes or passes as a server's flag is still a port it takes.
    if (!isClientSide(o)) return isTestFile(o.file) && !BIND_KINDS.has(o.kind) && envBinding(o) === undefined ? 'a value in a test file' : undefined;
    if (isExternalHost(o.host)) return `${o.host} is outside the deployment`;
    if (isTestFile(o.file) && TEST_DATUM.test(o.snippet)) return 'an expected value or a case of a test';
    if (isOtherMachineIp(o.host)) return `${o.host} is another machine`;
    // A client's test inputs (`curl http://localhost:3012`, `http://example:80` in a parser's or validator's
    // tests) are data, not the stack — unless they name one of the stack's own hosts.
    if (isTestFile(o.file) && (o.host === undefined || isLocalHost(o.host) || (!this.isComposeService(o.host) && !this.serviceForHost(o.host)))) {
      return 'test data in a test file';
    }
    return undefined;
  }

  private attributeTo(o: PortOccurrence, service: Service): Attribution {
    const evidence: Evidence[] = [];
    const key = keyOf(o);
    const bindsKind = o.kind === 'listen' || o.kind === 'cli-flag' || o.kind === 'publish-host';
    if (o.service !== undefined) {
      const compose = this.serviceForHost(o.service);
      if (compose === service) evidence.push({ kind: 'compose-service', detail: o.service });
    }
    if (isClientSide(o) && o.host !== undefined) {
      if (isLocalHost(o.host)) evidence.push({ kind: 'local-host', detail: o.host });
      else {
        const owner = this.serviceForHost(o.host);
        if (owner === service) evidence.push({ kind: 'service-host', detail: o.host });
        else if (owner) return { candidate: service, why: `${o.host} is ${owner.name}, not ${service.name}` };
        else if (this.isComposeService(o.host)) return { candidate: service, why: `${o.host} is another container of the stack` };
        else if (key !== undefined && this.nameVerdict(key, service) === 'names') {
          // `KAFKA_BROKER=broker:9092`: a host the stack does not declare, under a name that says whose it is.
          evidence.push({ kind: 'name', detail: key });
        } else if (evidence.length === 0) return { candidate: service, why: `nothing ties ${o.host} to ${service.name}` };
      }
    }
    const name = envBinding(o) ?? o.name;
    // `const FLAGD_OFREP_PORT = __ENV.FLAGD_OFREP_PORT || '8016'`: a default of the service's own variable,
    // read in a way the extractor does not know (the line names it twice); configuration, like
    // `${FLAGD_OFREP_PORT:-8016}`. A plain `const FLAGD_OFREP_PORT = 8016` is a copy.
    if (name !== undefined && name === service.envVar && o.snippet.split(name).length > 2) return { candidate: service, why: `the default of ${name} itself` };
    if (name !== undefined && !isClientSide(o)) {
      const verdict = this.nameVerdict(name, service);
      if (verdict === 'names') evidence.push({ kind: 'name', detail: name });
      else if (verdict === 'other' && (isPortName(name) || envBinding(o) !== undefined)) {
        // WEB_PORT = 8000 where 8000 is api's: another service's port that happens to be equal, or a misnamed one.
        if (evidence.length === 0) return { candidate: service, why: `${name} names something other than ${service.name}` };
      } else if (verdict === 'generic' || isPortName(name)) {
        // `assert parsed.port == 8000` in a test: an expected value, not a port this repository binds.
        if (!bindsKind && evidence.length === 0 && isTestFile(o.file)) return { candidate: service, why: 'a value in a test file' };
        evidence.push({ kind: 'binds', detail: name });
      }
      else if (evidence.length === 0 && !bindsKind) {
        // `timeout = 8000`: a number under a name that is not about ports is not attributable.
        return { candidate: service, why: `${name} is not a port name` };
      }
    }
    if (evidence.length === 0) {
      if (bindsKind || o.kind === 'expose' || o.kind === 'argument') {
        evidence.push({ kind: 'binds', detail: o.kind });
      } else if ((o.kind === 'address' || o.kind === 'url') && o.host === undefined) {
        evidence.push({ kind: 'binds', detail: `:${o.port}` });
      }
    }
    if (evidence.length === 0) return { candidate: service, why: `nothing ties it to ${service.name}` };
    const strong = evidence.some((e) => e.kind === 'compose-service' || e.kind === 'service-host' || e.kind === 'name');
    return { service, strength: strong ? 'strong' : 'local', evidence };
  }
}

/** One line a reviewer reads: "local host localhost; name API_PORT". */
export function formatEvidence(evidence: readonly Evidence[]): string {
  const words: Record<EvidenceKind, string> = {
    'compose-service': 'compose service',
    'service-host': 'host',
    name: 'name',
    'local-host': 'local host',
    binds: 'binds',
  };
  return evidence.map((e) => `${words[e.kind]} ${e.detail}`).join('; ');
}
