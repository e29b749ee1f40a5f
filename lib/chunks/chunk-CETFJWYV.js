import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  SourceText,
  decodeSource,
  fingerprintBase,
  grammar,
  identifierWords,
  indexFingerprints,
  isPortName,
  languageByName,
  lazyValue,
  normalizeSnippet,
  prepareLanguage,
  readBytes
} from "./chunk-75H7XUZI.js";
import {
  ConfigError,
  UsageError,
  allowsPort,
  formatInstances,
  formatRange,
  inRange,
  plural,
  rangesOverlap
} from "./chunk-33SZ5E4X.js";
import {
  HOMEPAGE,
  __require,
  __toESM,
  packagePath,
  require_dist,
  require_picomatch,
  suggest
} from "./chunk-K7G5YRCE.js";

// src/rule.ts
function defineRule(rule) {
  return rule;
}
function formatMessage(template, data = {}) {
  return template.replace(
    /\{\{\s*(\w+)\s*\}\}/g,
    (whole, key) => Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole
  );
}

// rules/category-range.ts
var category_range_default = defineRule({
  id: "category-range",
  meta: {
    description: "A service's range lies outside its category's block, or in no category block when categories are declared",
    severity: "warning",
    scope: "registry",
    tags: ["ports", "registry", "organization"],
    precision: "very-high",
    messages: {
      outsideCategory: "{{service}} ({{range}}) lies outside its category {{category}} ({{block}}); move it into {{block}} or into the category its ports belong to",
      noCategory: "{{service}} ({{range}}) lies in no category block; add `category:` to it or declare a block that holds it",
      categoriesOverlap: "Category {{category}} ({{block}}) overlaps category {{other}} ({{otherBlock}}); blocks must not share ports"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      registry() {
        if (registry.categories.length === 0) return;
        registry.categories.forEach((c, i) => {
          for (const other of registry.categories.slice(0, i)) {
            if (!rangesOverlap(c.range, other.range)) continue;
            ctx.report({
              messageId: "categoriesOverlap",
              data: { category: c.name, block: formatRange(c.range), other: other.name, otherBlock: formatRange(other.range) },
              at: ctx.registryLocation(c.loc.range)
            });
          }
        });
        for (const s of registry.services) {
          const at = ctx.registryLocation(s.loc.range ?? s.loc.default ?? s.loc.key);
          const base = { service: s.name, range: formatRange(s.range) };
          const category = s.category === void 0 ? void 0 : registry.category(s.category);
          if (!category) {
            ctx.report({ messageId: "noCategory", data: base, at, port: s.default, service: s.name });
          } else if (s.range[0] < category.range[0] || s.range[1] > category.range[1]) {
            ctx.report({
              messageId: "outsideCategory",
              data: { ...base, category: category.name, block: formatRange(category.range) },
              at,
              port: s.default,
              service: s.name
            });
          }
        }
      }
    };
  }
});

// rules/default-out-of-range.ts
var default_out_of_range_default = defineRule({
  id: "default-out-of-range",
  meta: {
    description: "A service's default port lies outside its own range",
    severity: "error",
    scope: "registry",
    tags: ["ports", "registry", "correctness"],
    precision: "very-high",
    messages: {
      outside: "Default port {{port}} of {{service}} is outside its range {{range}}; move the default into the range or widen the range"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      registry() {
        for (const s of ctx.registry.services) {
          if (inRange(s.default, s.range)) continue;
          ctx.report({
            messageId: "outside",
            data: { port: s.default, service: s.name, range: formatRange(s.range) },
            at: ctx.registryLocation(s.loc.default ?? s.loc.key),
            port: s.default,
            service: s.name
          });
        }
      }
    };
  }
});

// rules/duplicate-port.ts
var duplicate_port_default = defineRule({
  id: "duplicate-port",
  meta: {
    description: "Two services in ports.yaml share a default port, or their ranges overlap",
    severity: "error",
    scope: "both",
    tags: ["ports", "registry", "correctness"],
    precision: "very-high",
    messages: {
      sharedDefault: "Port {{port}} is the default of both {{other}} ({{where}}) and {{service}}; give each service its own port",
      overlap: "Range {{range}} of {{service}} overlaps range {{otherRange}} of {{other}} ({{where}}); a fallback could hand one service the other's port",
      instance: "Port {{port}} of instance {{instance}} of {{service}} is {{what}} ({{where}}); give the instance a port no other service has"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const shared = [];
    const composed = /* @__PURE__ */ new Set();
    const published = /* @__PURE__ */ new Set();
    return {
      occurrence(o) {
        if (o.language !== "compose" && o.service === void 0) return;
        const byVar = o.variable !== void 0 ? ctx.registry.serviceForEnvVar(o.variable) : void 0;
        const byService = o.service !== void 0 ? ctx.attribution.serviceForHost(o.service) : void 0;
        for (const s of [byVar, byService]) {
          if (!s) continue;
          composed.add(s);
          if (o.kind === "publish-host" && (s === byVar || o.port === s.default)) published.add(s);
        }
      },
      end() {
        for (const [service, other] of shared) {
          if (composed.has(service) && composed.has(other) && !(published.has(service) && published.has(other))) continue;
          ctx.report({
            messageId: "sharedDefault",
            data: { port: service.default, service: service.name, other: other.name, where: ctx.registry.where(other.loc.key) },
            at: ctx.registryLocation(service.loc.default ?? service.loc.key),
            port: service.default,
            service: service.name
          });
        }
      },
      registry() {
        const services = ctx.registry.services;
        services.forEach((service, i) => {
          for (const other of services.slice(0, i)) {
            if (service.default === other.default) {
              shared.push([service, other]);
            } else if (rangesOverlap(service.range, other.range)) {
              ctx.report({
                messageId: "overlap",
                data: {
                  service: service.name,
                  range: formatRange(service.range),
                  other: other.name,
                  otherRange: formatRange(other.range),
                  where: ctx.registry.where(other.loc.range ?? other.loc.key)
                },
                at: ctx.registryLocation(service.loc.range ?? service.loc.default ?? service.loc.key),
                port: Math.max(service.range[0], other.range[0]),
                service: service.name
              });
            }
          }
        });
        for (const service of services) {
          for (const instance of service.instances) {
            const clash = otherOwner(services, service, instance);
            if (!clash) continue;
            ctx.report({
              messageId: "instance",
              data: { port: instance.port, instance: instance.name, service: service.name, what: clash.what, where: clash.where },
              at: ctx.registryLocation(instance.loc.port),
              port: instance.port,
              service: service.name
            });
          }
        }
      }
    };
    function otherOwner(services, self, instance) {
      const where = (range) => ctx.registry.where(range);
      let before = true;
      for (const other of services) {
        if (other === self) {
          before = false;
          continue;
        }
        if (other.default === instance.port) return { what: `the default of ${other.name}`, where: where(other.loc.default ?? other.loc.key) };
        if (inRange(instance.port, other.range))
          return { what: `in the range ${formatRange(other.range)} of ${other.name}`, where: where(other.loc.range ?? other.loc.key) };
        const theirs = before ? other.instances.find((i) => i.port === instance.port) : void 0;
        if (theirs) return { what: `the port of instance ${theirs.name} of ${other.name}`, where: where(theirs.loc.port) };
      }
      return void 0;
    }
  }
});

// src/describe.ts
function formatPorts(o) {
  return o.portEnd !== void 0 && o.portEnd !== o.port ? `${o.port}-${o.portEnd}` : String(o.port);
}
function describeOccurrence(o) {
  const svc = o.service ? ` of compose service ${o.service}` : "";
  switch (o.kind) {
    case "publish-host":
      return `published on the host${svc}`;
    case "publish-container":
      return `container port${svc}`;
    case "expose":
      return `exposed${svc}`;
    case "listen":
      return "listened on";
    case "connect":
      return `connected to${o.host ? ` ${o.host}` : ""}`;
    case "url": {
      const scheme = o.scheme ? `${o.scheme} ` : "";
      return `in ${/^[aeiou]/i.test(scheme) ? "an" : "a"} ${scheme}URL to ${o.host ?? "a host"}`;
    }
    case "address":
      return o.host ? `address ${o.host}:${o.port}` : `listen address :${o.port}`;
    case "env-assign":
      return `assigned to ${o.name ?? o.variable ?? "a variable"}`;
    case "env-default":
      return `default of ${o.variable ?? o.name ?? "an env lookup"}`;
    case "cli-flag":
      return `given to ${o.name ?? "a flag"}`;
    case "property":
      return `value of ${o.name ?? "a port key"}`;
    case "parameter-default":
      return `default of parameter ${o.name ?? ""}`.trim();
    case "constant":
      return `constant ${o.name ?? ""}`.trim();
    case "argument":
      return `argument${o.name ? ` of ${o.name}` : ""}`;
  }
}
var LOCAL_SUFFIXES = [".local", ".internal", ".localhost", ".lan", ".svc", ".home", ".test", ".localdomain"];
function isExternalHost(host) {
  if (!host) return false;
  const h = host.toLowerCase().replace(/\.$/, "");
  if (!h.includes(".")) return false;
  if (/^[\d.]+$/.test(h) || h.includes(":") || h.startsWith("$") || h.startsWith("{")) return false;
  if (h.endsWith(".cluster.local") || LOCAL_SUFFIXES.some((s) => h.endsWith(s))) return false;
  return true;
}

// src/occurrence-facts.ts
function envBinding(o) {
  if (o.variable !== void 0) return o.variable;
  if (o.kind === "env-assign") return o.name;
  return void 0;
}
function boundService(o, registry) {
  const name = envBinding(o);
  return name === void 0 ? void 0 : registry.serviceForEnvVar(name);
}
function isContainerSide(o) {
  if (o.kind === "publish-container" || o.kind === "expose") return true;
  if (o.language === "dockerfile") return true;
  return o.service !== void 0 && o.kind !== "publish-host";
}
function isClientSide(o) {
  return o.kind === "url" || o.kind === "address" || o.kind === "connect";
}
function normalizeServiceName(name) {
  return name.toLowerCase().replace(/[-.\s]+/g, "_");
}
function inString(o) {
  return o.kind === "url" || o.kind === "address";
}
function isBrowserPath(file) {
  if (/\.config\.[cm]?[jt]s$/.test(file)) return false;
  return /(?:^|\/)environments\/environment[\w.-]*\.ts$|\.component\.ts$|(?:^|\/)(?:src\/app|public|static|client)\//.test(file);
}
function readAdvice(o, envVar, port) {
  const url = inString(o) && o.host !== void 0 ? `${o.scheme ? `${o.scheme}://` : ""}${o.host}:` : void 0;
  switch (o.language) {
    case "python":
      return url !== void 0 ? `read ${envVar} instead, in an f-string: f"${url}{os.environ.get('${envVar}', '${port}')}"` : `read ${envVar} instead: int(os.environ.get("${envVar}", "${port}"))`;
    case "javascript":
    case "typescript":
    case "tsx":
      if (/\b__ENV\b/.test(o.snippet)) return `read ${envVar} instead: __ENV.${envVar} || '${port}'`;
      if (isBrowserPath(o.file)) {
        return `read ${envVar} at build time instead: browser code has no process.env (the bundler's define or environment file, or a module generated from ports.yaml with \`port-lint generate\`)`;
      }
      return url !== void 0 ? `read ${envVar} instead, in a template literal: \`${url}\${process.env.${envVar} ?? ${port}}\`` : `read ${envVar} instead: Number(process.env.${envVar} ?? ${port})`;
    case "package-json":
      if (o.kind !== "property" && o.kind !== "constant") return `read ${envVar} instead (npm scripts run in sh): \${${envVar}:-${port}}`;
      return `JSON cannot read ${envVar}: take the value from a file generated from ports.yaml (port-lint generate), or suppress the line with a reason`;
    case "json":
      return `JSON cannot read ${envVar}: take the value from a file generated from ports.yaml (port-lint generate), or suppress the line with a reason`;
    case "yaml":
      if (o.service !== void 0 && !/(?:^|\/)\.github\/workflows\//.test(o.file)) return `read ${envVar} instead: \${${envVar}:-${port}}`;
      return `read ${envVar} the way the program that loads this YAML expands variables, if it does (\${env:${envVar}} in an OpenTelemetry Collector config, $${envVar} in Grafana provisioning, !ENV in mkdocs), else generate the value from ports.yaml (port-lint generate) or suppress the line with a reason`;
    default:
      return `read ${envVar} instead: \${${envVar}:-${port}}`;
  }
}
var GENERIC_OWNER_WORDS = /* @__PURE__ */ new Set(["external", "internal", "service", "server", "docker", "container", "the", "port", "ports", "managed", "not"]);
var PROGRAM_LANGUAGES = /* @__PURE__ */ new Set(["shell", "python", "javascript", "typescript", "tsx"]);
var AlternativeDefaults = class {
  /** `isTest`: files whose defaults are a test's inputs, which say nothing about the cases. */
  constructor(registry, isTest) {
    this.registry = registry;
    this.isTest = isTest;
  }
  registry;
  isTest;
  file;
  held = [];
  /** The current file's defaults of registered variables, and the variables it gives their registered default. */
  fileDefaults = /* @__PURE__ */ new Map();
  registered = /* @__PURE__ */ new Set();
  /** Per variable, the values files give it beside its registered default. */
  alternatives = /* @__PURE__ */ new Map();
  /**
   * Every occurrence, first. Only scripts and code choose between cases: two compose services giving a
   * variable two defaults are two containers (declare them as instances), not two cases of one program.
   */
  see(o) {
    if (o.file !== this.file) {
      this.endFile();
      this.file = o.file;
    }
    if (o.comment || o.kind !== "env-default" || o.port === null || !PROGRAM_LANGUAGES.has(o.language) || this.isTest(o.file)) return;
    const service = boundService(o, this.registry);
    if (!service) return;
    const name = envBinding(o);
    if (o.port === service.default) this.registered.add(name);
    const values = this.fileDefaults.get(name) ?? /* @__PURE__ */ new Set();
    this.fileDefaults.set(name, values.add(o.port));
  }
  /** A report on `o`, made at the end unless `o`'s value is one of its variable's alternatives. */
  hold(o, report) {
    this.held.push({ o, report });
  }
  end() {
    this.endFile();
    for (const { o, report } of this.held) if (!this.alternatives.get(envBinding(o))?.has(o.port)) report();
    this.held = [];
  }
  endFile() {
    for (const name of this.registered) {
      const known = this.alternatives.get(name) ?? /* @__PURE__ */ new Set();
      for (const port of this.fileDefaults.get(name) ?? []) known.add(port);
      this.alternatives.set(name, known);
    }
    this.fileDefaults = /* @__PURE__ */ new Map();
    this.registered = /* @__PURE__ */ new Set();
  }
};
var NEVER_A_NAME = /* @__PURE__ */ new Set(["external", "internal", "the", "port", "ports", "managed", "not", "docker", "container"]);
function isReservedOwner(o, owner) {
  if (o.service === void 0) return false;
  const ownerWords = owner.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !GENERIC_OWNER_WORDS.has(w));
  const serviceWords = normalizeServiceName(o.service).split("_");
  if (ownerWords.some((w) => serviceWords.includes(w))) return true;
  const whole = normalizeServiceName(o.service);
  if (!GENERIC_OWNER_WORDS.has(whole) || NEVER_A_NAME.has(whole)) return false;
  return new RegExp(`\\b(?:of|for|by) (?:the )?${whole}\\b|\\b${whole}'s\\b|\\(${whole}\\)`).test(owner.toLowerCase());
}

// src/attribution.ts
var GENERIC_WORDS = /* @__PURE__ */ new Set([
  "port",
  "ports",
  "num",
  "number",
  "no",
  "default",
  "def",
  "dflt",
  "listen",
  "listening",
  "bind",
  "server",
  "srv",
  "host",
  "addr",
  "address",
  "local",
  "the",
  "my",
  "app",
  "http",
  "https",
  "tcp",
  "udp",
  "grpc",
  "ws",
  "wss",
  "base",
  "main",
  "public",
  "internal",
  "external",
  "container",
  "target",
  "published",
  "expose",
  "exposed",
  "service",
  "svc",
  "env",
  "var",
  "value",
  "val",
  "cfg",
  "config",
  "conf",
  "setting",
  "settings",
  "url",
  "uri",
  "endpoint"
]);
var LOOPBACK = /* @__PURE__ */ new Set(["localhost", "0.0.0.0", "::", "::1", "[::]", "[::1]", "host.docker.internal", "ip6-localhost"]);
function bothSchemePorts(o) {
  return CODE_LANGUAGES.has(o.language) && /\b443\b[^\n]*\b80\b|\b80\b[^\n]*\b443\b/.test(o.snippet);
}
var BIND_KINDS = /* @__PURE__ */ new Set(["listen", "publish-host", "publish-container", "expose", "cli-flag"]);
function bindsHere(o) {
  return o.kind === "listen" || o.kind === "publish-host" || o.kind === "cli-flag" || o.kind === "parameter-default" || o.kind === "argument";
}
function isSchemeDefault(o) {
  return (o.port === 80 || o.port === 443) && !BIND_KINDS.has(o.kind) && (envBinding(o) === void 0 || bothSchemePorts(o));
}
var CONNECTS_CALL = /\b(?:get|post|put|patch|delete|head|options|request|fetch|urlopen|connect|create_connection|Client|AsyncClient|Session|WebSocket|EventSource|goto|visit|navigate)\s*\(|\baxios\b|\b(?:base_?url|baseURL|api_?url|server_?url)\s*[:=]/i;
var ASSIGNS_URL = /^\s*(?:export\s+)?(?:const|let|var)?\s*(?:[\w.]*(?:url|uri|endpoint|server|origin|base|address|addr)[\w.]*\s*(?::\s*[\w<>[\]|]+\s*)?=\s*["'`]|[\w.]+\s*(?::\s*[\w<>[\]|]+\s*)?=\s*(?:await\s+)?[\w.]+\(\s*["'`])/i;
var TEST_INPUT = /^\s*(?:(?:const|let|var)\s+)?(?:(?:process\.)?env|config|settings|options|opts)\.\w+\s*=|^\s*(?:(?:const|let|var)\s+)?[\w.]*(?:redirect|callback|return|webhook|origin|referr?er|input|expected|invalid|malicious)[\w.]*\s*(?::\s*[\w<>[\]|]+\s*)?=/i;
function connects(snippet, file) {
  if (CONNECTS_CALL.test(snippet)) return true;
  if (!ASSIGNS_URL.test(snippet) || /,\s*(?:#.*|\/\/.*)?$/.test(snippet)) return false;
  return !(isTestFile(file) && TEST_INPUT.test(snippet));
}
var TEST_DATUM = /^\s*(?:assert\b|self\.assert\w*\(|expect\()|\.to(?:Be|Equal|StrictEqual|Match|Contain)\w*\(|^\s*(?:[rbfu]{0,2}"(?:[^"\\]|\\.)*"|[rbfu]{0,2}'(?:[^'\\]|\\.)*'|`[^`]*`)\s*,?\s*$/;
var CLIENT_PROTOCOL_PORTS = /* @__PURE__ */ new Set([25, 110, 143, 389, 465, 514, 587, 636, 993, 995, 2003, 8125]);
function isClientProtocolPort(o) {
  return o.port !== null && CLIENT_PROTOCOL_PORTS.has(o.port) && !BIND_KINDS.has(o.kind) && o.kind !== "parameter-default";
}
function isContainerScript(file, language) {
  if (language === "compose" || language === "env" || language === "dockerfile") return false;
  if (/(?:^|\/)(?:rootfs|s6-overlay|cont-init\.d|services\.d)\//.test(file)) return true;
  const base = file.slice(file.lastIndexOf("/") + 1);
  return /^(?:docker-)?entrypoint|health_?check|healthz/i.test(base);
}
function isLocalHost(host) {
  if (host === void 0) return false;
  const h = host.toLowerCase().replace(/\.$/, "");
  return LOOPBACK.has(h) || /^127(?:\.\d{1,3}){3}$/.test(h) || h.endsWith(".localhost");
}
function isOtherMachineIp(host) {
  if (host === void 0 || isLocalHost(host)) return false;
  const h = host.replace(/^\[|\]$/g, "");
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(h) || h.includes(":") && /^[0-9a-f:]+$/i.test(h);
}
var TEST_DIRS = /(?:^|\/)(?:tests?|__tests__|__mocks__|__e2e__|spec|specs|e2e|testdata|test-data|testing|cypress|playwright)\//i;
var TEST_FILES = /(?:^|\/)(?:test_[^/]*\.py|[^/]*_test\.(?:py|go|ts|js|sh)|[^/]*\.tests?\.(?:sh|bash|py)|conftest\.py|[^/]*\.(?:(?:server|client|unit|integration|browser|node|dom|api)?tests?|spec|e2e|cy|stories)\.[cm]?[jt]sx?|[^/]*\.(?:tests?|e2e)\.ya?ml|(?:docker-)?compose[.-](?:tests?|ci|e2e)\.[^/]*)$/i;
function isTestFile(file) {
  return TEST_DIRS.test(file) || TEST_FILES.test(file);
}
function isDataFile(file, language) {
  if (language === "json") return !/(?:^|\/)(?:tsconfig[^/]*|jsconfig|\.?devcontainer|launch|settings|app|manifest|\.eslintrc|\.babelrc|\.prettierrc|firebase|vercel|now|nodemon|lerna|nx|turbo|project|angular|tauri[^/]*|composer|deno)\.json$/i.test(file);
  return language === "yaml" && TEST_DIRS.test(file);
}
function distinctiveWords(name) {
  return identifierWords(name.replace(/^-+/, "")).map((w) => w.replace(/\d+$/, "")).filter((w) => w.length > 1 && !GENERIC_WORDS.has(w));
}
function keyOf(o) {
  return o.name ?? /^(?:export\s+|-\s+)?["']?([A-Za-z_][\w.-]*)["']?\s*[:=]/.exec(o.snippet)?.[1];
}
function placeholderReason(o) {
  if (!isClientSide(o)) return void 0;
  return /\bplaceholder\b|\bdummy\b/i.test(o.snippet) || /\bblob:[a-z]+:\/\//i.test(o.snippet) ? "a placeholder or blob URL" : void 0;
}
function impliedVariable(o) {
  if (o.variable !== void 0 || o.port === null) return void 0;
  const n = String(o.port);
  const m = new RegExp(`\\.(?:get|getOrThrow|getString|getNumber|env)\\(\\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\\s*(?:\\)\\s*(?:\\|\\||\\?\\?)|,)\\s*['"]?${n}\\b`).exec(o.snippet) ?? new RegExp(`\\b__ENV\\.([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\|\\||\\?\\?)\\s*['"]?${n}\\b`).exec(o.snippet);
  return m?.[1] !== void 0 && isPortName(m[1]) ? m[1] : void 0;
}
function overrideDefaultOf(o) {
  if (o.kind !== "url" && o.kind !== "address" || o.port === null) return void 0;
  if (o.defaultOf !== void 0) return o.defaultOf;
  for (const pattern of fallbackPatterns(o.port)) {
    const m = pattern.exec(o.snippet);
    if (m) return m[1] ?? m[2];
  }
  return void 0;
}
var fallbackPatternsByPort = /* @__PURE__ */ new Map();
function fallbackPatterns(port) {
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
    String.raw`\b(?:process\.env|import\.meta\.env)(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*["']([A-Za-z_][A-Za-z0-9_]*)["']\s*\])\s*(?:\|\||\?\?)\s*["'\`][^"'\`]*:${n}\b`
  ].map((source) => new RegExp(source));
  fallbackPatternsByPort.set(port, patterns);
  return patterns;
}
var CODE_LANGUAGES = /* @__PURE__ */ new Set(["python", "javascript", "typescript", "tsx"]);
function mayBeSettingDefault(o) {
  return CODE_LANGUAGES.has(o.language) && o.port !== null && (o.kind === "property" || o.kind === "constant" || o.kind === "url" || o.kind === "address");
}
function isSchemaDefault(o) {
  if (!mayBeSettingDefault(o)) return false;
  return o.name === "default" || new RegExp(`["']default["']\\s*:\\s*["'\\w:/.]*\\b${o.port}\\b`).test(o.snippet);
}
function isSettingDefault(o) {
  if (!mayBeSettingDefault(o)) return false;
  const n = String(o.port);
  if (new RegExp(`\\.get\\(\\s*["'][\\w.-]+["']\\s*,\\s*(?:default\\s*=\\s*)?["'\\w:/.@-]*\\b${n}\\b`).test(o.snippet)) return true;
  if (new RegExp(`\\.get\\([^)]*\\)\\s*(?:or|\\|\\||\\?\\?)\\s*["']?${n}\\b`).test(o.snippet)) return true;
  if (/\b(?:assert|expect)\b/.test(o.snippet)) return false;
  if (o.kind === "property" && o.name !== void 0 && new RegExp(`[!=]=\\s*${n}\\b`).test(o.snippet)) return true;
  return (o.kind === "url" || o.kind === "address") && new RegExp(`\\b(?:settings|config|conf|cfg|options|opts)\\.\\w+\\s*[!=]==?\\s*[rbfu]?["'\`][^"'\`]*:${n}\\b`).test(o.snippet);
}
var Attributor = class {
  constructor(registry, occurrences) {
    this.registry = registry;
    for (const o of occurrences) {
      if (o.service === void 0) continue;
      const compose = normalizeServiceName(o.service);
      this.composeServices.add(compose);
      const name = envBinding(o);
      const bound = name === void 0 ? void 0 : registry.serviceForEnvVar(name);
      if (bound && !this.composeToService.has(compose)) this.composeToService.set(compose, bound);
    }
  }
  registry;
  composeToService = /* @__PURE__ */ new Map();
  composeServices = /* @__PURE__ */ new Set();
  /** The registered service a compose service (or a host name on the compose network) is, if any. */
  serviceForHost(host) {
    const h = normalizeServiceName(host.split(".")[0]);
    if (this.hosts.has(h)) return this.hosts.get(h);
    const found = this.lookUpHost(h);
    this.hosts.set(h, found);
    return found;
  }
  hosts = /* @__PURE__ */ new Map();
  lookUpHost(h) {
    const mapped = this.composeToService.get(h);
    if (mapped) return mapped;
    const direct = this.registry.service(h) ?? this.registry.services.find((s) => normalizeServiceName(s.name) === h);
    if (direct) return direct;
    const words = distinctiveWords(h);
    if (words.length === 0) return void 0;
    const matches = this.registry.services.filter((s) => {
      const sw = distinctiveWords(s.name);
      return sw.length > 0 && (sw.every((w) => words.includes(w)) || words.every((w) => sw.includes(w)));
    });
    return matches.length === 1 ? matches[0] : void 0;
  }
  /** Whether `host` names a container of the repository's compose files. */
  isComposeService(host) {
    return this.composeServices.has(normalizeServiceName(host.split(".")[0]));
  }
  /** Whether a name (`API_PORT`, `apiPort`, the env var) says it is `service`'s, says nothing, or names another. */
  nameVerdict(name, service) {
    return this.nameOverlap(name, service) > 0 ? "names" : distinctiveWords(name).length === 0 ? "generic" : "other";
  }
  /**
   * How many of a name's words are the service's: its name, its variable, and the compose services that
   * are it (`EXPO_PUBLIC_FRONTEND_PROXY_PORT` is envoy's when compose service frontend-proxy reads ENVOY_PORT).
   */
  nameOverlap(name, service) {
    const words = distinctiveWords(name);
    const own = /* @__PURE__ */ new Set([...distinctiveWords(service.name), ...service.envVar ? distinctiveWords(service.envVar) : []]);
    let overlap2 = words.filter((w) => own.has(w)).length;
    for (const [compose, s] of this.composeToService) {
      if (s !== service) continue;
      const alias = distinctiveWords(compose);
      if (alias.length > 0 && alias.every((w) => words.includes(w))) overlap2 = Math.max(overlap2, alias.length);
    }
    return overlap2;
  }
  /**
   * Whose port a literal is. Only literals the repository itself binds or reaches on this machine or on its
   * own stack are attributed; a port written next to another machine's address, in a client's test data or
   * under a name that names something else is an occurrence (audit lists it), not a service's port.
   */
  attribute(o) {
    if (o.port === null) return { why: "no literal port" };
    const candidates = this.registry.servicesForPort(o.port);
    const ownDefault = isClientSide(o) && isLocalHost(o.host) && candidates.some((s) => s.default === o.port) && connects(o.snippet, o.file);
    const foreign = (ownDefault ? placeholderReason(o) : this.foreignReason(o)) ?? (isSchemeDefault(o) ? `${o.port} is the default port of http${o.port === 443 ? "s" : ""}` : void 0);
    if (candidates.length === 0) return foreign ? { why: foreign } : { why: "no service has this port" };
    if (foreign) return { candidate: candidates[0], why: foreign };
    let lastWhy = "";
    let best;
    let bestScore = -1;
    for (const service of candidates) {
      const a = this.attributeTo(o, service);
      if (!a.service) {
        lastWhy = a.why;
        continue;
      }
      const name = envBinding(o) ?? o.name;
      const score = (a.evidence.some((e) => e.kind === "service-host" || e.kind === "compose-service") ? 100 : 0) + (name !== void 0 ? this.nameOverlap(name, service) : 0);
      if (score > bestScore) [best, bestScore] = [a, score];
    }
    return best ?? { candidate: candidates[0], why: lastWhy };
  }
  /** Why a literal is someone else's port whatever its number: an external or other machine's host, test data. */
  foreignReason(o) {
    const placeholder = placeholderReason(o);
    if (placeholder) return placeholder;
    if (isSchemaDefault(o)) {
      const key = [...o.snippet.matchAll(/["']?([\w-]+)["']?\s*:\s*\{/g)].at(-1)?.[1];
      if (key !== void 0 && distinctiveWords(key).length === 0) return "the default of a form or options schema the user fills in";
    }
    if (!isClientSide(o)) return isTestFile(o.file) && !BIND_KINDS.has(o.kind) && envBinding(o) === void 0 ? "a value in a test file" : void 0;
    if (isExternalHost(o.host)) return `${o.host} is outside the deployment`;
    if (isTestFile(o.file) && TEST_DATUM.test(o.snippet)) return "an expected value or a case of a test";
    if (isOtherMachineIp(o.host)) return `${o.host} is another machine`;
    if (isTestFile(o.file) && (o.host === void 0 || isLocalHost(o.host) || !this.isComposeService(o.host) && !this.serviceForHost(o.host))) {
      return "test data in a test file";
    }
    return void 0;
  }
  attributeTo(o, service) {
    const evidence = [];
    const key = keyOf(o);
    const bindsKind = o.kind === "listen" || o.kind === "cli-flag" || o.kind === "publish-host";
    if (o.service !== void 0) {
      const compose = this.serviceForHost(o.service);
      if (compose === service) evidence.push({ kind: "compose-service", detail: o.service });
    }
    if (isClientSide(o) && o.host !== void 0) {
      if (isLocalHost(o.host)) evidence.push({ kind: "local-host", detail: o.host });
      else {
        const owner = this.serviceForHost(o.host);
        if (owner === service) evidence.push({ kind: "service-host", detail: o.host });
        else if (owner) return { candidate: service, why: `${o.host} is ${owner.name}, not ${service.name}` };
        else if (this.isComposeService(o.host)) return { candidate: service, why: `${o.host} is another container of the stack` };
        else if (key !== void 0 && this.nameVerdict(key, service) === "names") {
          evidence.push({ kind: "name", detail: key });
        } else if (evidence.length === 0) return { candidate: service, why: `nothing ties ${o.host} to ${service.name}` };
      }
    }
    const name = envBinding(o) ?? o.name;
    if (name !== void 0 && name === service.envVar && o.snippet.split(name).length > 2) return { candidate: service, why: `the default of ${name} itself` };
    if (name !== void 0 && !isClientSide(o)) {
      const verdict = this.nameVerdict(name, service);
      if (verdict === "names") evidence.push({ kind: "name", detail: name });
      else if (verdict === "other" && (isPortName(name) || envBinding(o) !== void 0)) {
        if (evidence.length === 0) return { candidate: service, why: `${name} names something other than ${service.name}` };
      } else if (verdict === "generic" || isPortName(name)) {
        if (!bindsKind && evidence.length === 0 && isTestFile(o.file)) return { candidate: service, why: "a value in a test file" };
        evidence.push({ kind: "binds", detail: name });
      } else if (evidence.length === 0 && !bindsKind) {
        return { candidate: service, why: `${name} is not a port name` };
      }
    }
    if (evidence.length === 0) {
      if (bindsKind || o.kind === "expose" || o.kind === "argument") {
        evidence.push({ kind: "binds", detail: o.kind });
      } else if ((o.kind === "address" || o.kind === "url") && o.host === void 0) {
        evidence.push({ kind: "binds", detail: `:${o.port}` });
      }
    }
    if (evidence.length === 0) return { candidate: service, why: `nothing ties it to ${service.name}` };
    const strong = evidence.some((e) => e.kind === "compose-service" || e.kind === "service-host" || e.kind === "name");
    return { service, strength: strong ? "strong" : "local", evidence };
  }
};
function formatEvidence(evidence) {
  const words = {
    "compose-service": "compose service",
    "service-host": "host",
    name: "name",
    "local-host": "local host",
    binds: "binds"
  };
  return evidence.map((e) => `${words[e.kind]} ${e.detail}`).join("; ");
}

// rules/env-default-mismatch.ts
var env_default_mismatch_default = defineRule({
  id: "env-default-mismatch",
  meta: {
    description: "A value or default given to a registered service's env var differs from the registered default",
    severity: "warning",
    scope: "code",
    tags: ["ports", "configuration", "drift"],
    precision: "high",
    messages: {
      mismatch: "{{envVar}} is given {{port}} here, but ports.yaml says {{service}} defaults to {{default}} ({{where}}); use {{default}} or change the registry",
      instanceMismatch: "{{envVar}} is given {{port}} here, in instance {{instance}} of {{service}}, but ports.yaml gives {{instance}} {{expected}} ({{where}}); use {{expected}} or change the registry"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      occurrence(o) {
        if (o.comment || o.port === null || isTestFile(o.file)) return;
        const service = boundService(o, ctx.registry);
        if (!service || !allowsPort(service, o.port)) return;
        const instance = ctx.registry.instanceAt(service, o);
        if (instance) {
          if (o.port === instance.port) return;
          ctx.report({
            messageId: "instanceMismatch",
            data: {
              envVar: envBinding(o),
              port: o.port,
              service: service.name,
              instance: instance.name,
              expected: instance.port,
              where: ctx.registry.where(instance.loc.port)
            },
            occurrence: o,
            service: service.name,
            ...o.kind !== "env-assign" && { fix: { range: o.range, text: String(instance.port) } }
          });
          return;
        }
        if (o.port === service.default || service.instances.some((i) => i.port === o.port)) return;
        ctx.report({
          messageId: "mismatch",
          data: {
            envVar: envBinding(o),
            port: o.port,
            service: service.name,
            default: service.default,
            where: ctx.registry.where(service.loc.default ?? service.loc.key)
          },
          occurrence: o,
          service: service.name,
          // A default that disagrees is drift; a value assigned (`API_PORT=8004` in .env.staging) may be meant.
          ...o.kind !== "env-assign" && { fix: { range: o.range, text: String(service.default) } }
        });
      }
    };
  }
});

// rules/env-var-collision.ts
var env_var_collision_default = defineRule({
  id: "env-var-collision",
  meta: {
    description: "Two services in ports.yaml read the same environment variable",
    severity: "error",
    scope: "registry",
    tags: ["ports", "registry", "correctness"],
    precision: "very-high",
    messages: {
      collision: "{{service}} reads {{envVar}}, which {{other}} ({{where}}) reads too; setting it would move both services"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      registry() {
        const first = /* @__PURE__ */ new Map();
        for (const s of ctx.registry.services) {
          if (!s.envVar) continue;
          const other = first.get(s.envVar);
          if (!other) {
            first.set(s.envVar, s);
            continue;
          }
          ctx.report({
            messageId: "collision",
            data: { service: s.name, envVar: s.envVar, other: other.name, where: ctx.registry.where(other.loc.envVar ?? other.loc.key) },
            at: ctx.registryLocation(s.loc.envVar ?? s.loc.key),
            port: s.default,
            service: s.name
          });
        }
      }
    };
  }
});

// rules/hardcoded-port.ts
var hardcoded_port_default = defineRule({
  id: "hardcoded-port",
  meta: {
    description: "A literal equal to a registered service's port, where the code should read it from the registry",
    severity: "error",
    scope: "code",
    tags: ["ports", "hardcoded", "maintainability"],
    precision: "high",
    messages: {
      hardcoded: "Port {{port}} of {{service}} is hardcoded; {{advice}}",
      hardcodedData: "Port {{port}} of {{service}} is hardcoded here and {{more}} more {{times}} in this data file; {{advice}}",
      otherVariable: "Port {{port}} of {{service}} is the default of {{binding}} here, but ports.yaml says {{service}} reads {{envVar}}; read {{envVar}} instead, or make {{binding}} its env_var in ports.yaml",
      urlDefault: "Port {{port}} of {{service}} is written in the default of {{binding}} here, which ports.yaml does not know; ports.yaml says {{service}} reads {{envVar}}: build the default from {{envVar}}, or leave the address to {{binding}} and suppress this line",
      hardcodedInRange: "Port {{port}} is in the range {{range}} of {{service}} and is hardcoded; {{advice}}",
      immutable: "Port {{port}} of {{service}} is fixed (immutable, {{where}}) and repeated here; inside the stack address it by its service name ({{service}}:{{port}}), elsewhere read it from a file generated from ports.yaml (`port-lint generate`)",
      noVariable: "Port {{port}} of {{service}} is hardcoded, and ports.yaml gives {{service}} no env var ({{where}}); if its image or protocol fixes the port, mark it `immutable: true` there, and if it can change, give it an env_var and read that here",
      noVariableBound: "Port {{port}} of {{service}} is given to {{binding}} here, but ports.yaml gives {{service}} no env var ({{where}}); if {{binding}} is how {{service}} is configured, write `env_var: {{binding}}` there, and if its image or protocol fixes the port, mark it `immutable: true`",
      instance: "Port {{port}} of instance {{instance}} of {{service}} ({{where}}) is hardcoded; {{envVar}} has another value in each instance, so reach it by its name inside the stack ({{instance}}:{{port}}) or read it from a file generated from ports.yaml (`port-lint generate`)"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    const inData = /* @__PURE__ */ new Map();
    const reach = /* @__PURE__ */ new Map();
    const sided = [];
    return {
      end() {
        for (const { side, envVar, report } of sided) {
          const r = reach.get(envVar);
          if (!r || r[side]) report();
        }
        for (const { o, service, evidence, count } of inData.values()) {
          const advice = readAdvice(o, service.envVar, service.default);
          if (count === 1) ctx.report({ messageId: "hardcoded", data: { port: o.port, service: service.name, advice }, occurrence: o, service: service.name, evidence });
          else {
            const data = { port: o.port, service: service.name, advice, more: count - 1, times: count === 2 ? "time" : "times" };
            ctx.report({ messageId: "hardcodedData", data, occurrence: o, service: service.name, evidence });
          }
        }
      },
      occurrence(o) {
        if (!o.comment) {
          const compose = o.language === "compose" || o.service !== void 0;
          const reads = new Set(compose ? [] : [...o.snippet.matchAll(/\$\{?([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1]));
          const read = envBinding(o);
          if (read !== void 0) reads.add(read);
          const side = sideOf(o);
          for (const v of reads) {
            const r = reach.get(v) ?? { host: false, container: false };
            if (side !== "container") r.host = true;
            if (side !== "host") r.container = true;
            reach.set(v, r);
          }
        }
        if (o.comment || o.port === null || isContainerSide(o)) return;
        const attributed = ctx.attribution.attribute(o);
        const service = attributed.service;
        if (!service) return;
        const reserved = registry.reservedFor(o.port);
        if (reserved && isReservedOwner(o, reserved.service)) return;
        if (boundService(o, registry)) return;
        const binding = envBinding(o) ?? impliedVariable(o);
        if (binding && o.port !== service.default && isPortName(binding)) return;
        const evidence = attributed.evidence;
        const where = registry.where(service.loc.default ?? service.loc.key);
        const urlVariable = overrideDefaultOf(o);
        if (service.immutable || !service.envVar) {
          if (urlVariable !== void 0 && !service.immutable) return;
          if (evidence.some((e) => e.kind === "service-host" || e.kind === "compose-service") || isOwnAddress(o, service)) return;
          if (!service.immutable && binding !== void 0 && isPortName(binding)) {
            ctx.report({ messageId: "noVariableBound", data: { port: o.port, service: service.name, where, binding }, occurrence: o, service: service.name, evidence });
            return;
          }
          ctx.report({ messageId: service.immutable ? "immutable" : "noVariable", data: { port: o.port, service: service.name, where }, occurrence: o, service: service.name, evidence });
          return;
        }
        const instance = o.port === service.default ? void 0 : service.instances.find((i) => i.port === o.port);
        if (instance) {
          if (registry.instanceAt(service, o) === instance || o.host !== void 0 && isOwnName(o.host, instance.name)) return;
          ctx.report({
            messageId: "instance",
            data: { port: o.port, service: service.name, instance: instance.name, envVar: service.envVar, where: registry.where(instance.loc.port) },
            occurrence: o,
            service: service.name,
            evidence
          });
          return;
        }
        if (isContainerScript(o.file, o.language)) return;
        const exact = service.default === o.port;
        if (urlVariable !== void 0 && exact) {
          ctx.report({ messageId: "urlDefault", data: { port: o.port, service: service.name, binding: urlVariable, envVar: service.envVar }, occurrence: o, service: service.name, evidence });
          return;
        }
        if (binding !== void 0 && o.kind !== "env-assign" && isPortName(binding)) {
          ctx.report({ messageId: "otherVariable", data: { port: o.port, service: service.name, binding, envVar: service.envVar }, occurrence: o, service: service.name, evidence });
          return;
        }
        if (exact && isDataFile(o.file, o.language)) {
          const key = `${o.file}\0${o.port}`;
          const seen = inData.get(key);
          if (seen) seen.count++;
          else inData.set(key, { o, service, evidence, count: 1 });
          return;
        }
        const envVar = service.envVar;
        const report = () => ctx.report({
          messageId: exact ? "hardcoded" : "hardcodedInRange",
          data: {
            port: o.port,
            service: service.name,
            range: `${service.range[0]}-${service.range[1]}`,
            advice: readAdvice(o, envVar, service.default)
          },
          occurrence: o,
          service: service.name,
          evidence,
          ...exact && urlVariable === void 0 && fixable(o, attributed.strength) && distinctiveWords(envVar).length > 0 && { fix: { range: o.range, lookup: { envVar, port: service.default } } }
        });
        if (o.kind === "publish-host") sided.push({ side: "host", envVar, report });
        else if (evidence.some((e) => e.kind === "service-host")) sided.push({ side: "container", envVar, report });
        else report();
      }
    };
  }
});
function sideOf(o) {
  if (o.language === "compose" || o.service !== void 0) return o.kind === "publish-host" ? "host" : "container";
  if (o.language === "dockerfile" || isContainerScript(o.file, o.language)) return "container";
  return "both";
}
function fixable(o, strength) {
  if (o.portEnd !== void 0 || envBinding(o) !== void 0) return false;
  if (o.language === "shell" && o.kind === "constant") return false;
  if (isTestFile(o.file)) return false;
  if (isClientSide(o) && o.host !== void 0 && !isLocalHost(o.host) && strength !== "strong") return false;
  if (strength === "strong" || isClientSide(o) && isLocalHost(o.host)) return true;
  return ["listen", "cli-flag", "property", "parameter-default", "constant"].includes(o.kind);
}
function sameName(a, b) {
  return normalizeServiceName(a) === normalizeServiceName(b);
}
function isOwnAddress(o, service) {
  const names = [service.name, ...service.instances.map((i) => i.name)];
  if (o.kind === "publish-host" && o.service !== void 0 && names.some((n) => sameName(o.service, n))) return true;
  return o.host !== void 0 && names.some((n) => isOwnName(o.host, n));
}
function isOwnName(host, name) {
  if (/^[\d.]+$|:/.test(host)) return false;
  return sameName(host.split(".")[0], name);
}

// rules/immutable-port.ts
var immutable_port_default = defineRule({
  id: "immutable-port",
  meta: {
    description: "An immutable service's port is overridden: its env var is set, or it is published on another port",
    severity: "error",
    scope: "code",
    tags: ["ports", "correctness"],
    precision: "very-high",
    messages: {
      envSet: "{{service}} is immutable ({{where}}): {{envVar}} must not override its port {{default}}",
      republished: "Container port {{default}} of immutable {{service}} is published on {{port}} ({{where}}): clients expect {{default}} on the host"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const immutable = ctx.registry.services.filter((s) => s.immutable);
    return {
      occurrence(o) {
        if (o.comment || immutable.length === 0) return;
        const bound = boundService(o, ctx.registry);
        if (bound?.immutable && (o.port === null || o.port !== bound.default || o.kind === "env-assign")) {
          ctx.report({
            messageId: "envSet",
            data: { service: bound.name, envVar: envBinding(o), default: bound.default, where: ctx.registry.where(bound.loc.key) },
            occurrence: o,
            service: bound.name
          });
          return;
        }
        if (o.kind === "publish-host" && o.port !== null && o.target !== void 0) {
          const s = immutable.find((x) => x.default === o.target && x.default !== o.port);
          if (!s) return;
          ctx.report({
            messageId: "republished",
            data: { service: s.name, default: s.default, port: o.port, where: ctx.registry.where(s.loc.key) },
            occurrence: o,
            service: s.name
          });
        }
      }
    };
  }
});

// rules/missing-default.ts
var INTERPOLATING = /* @__PURE__ */ new Set(["compose", "shell", "dockerfile"]);
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var CLIENT_PROTOCOL_VARIABLE = /(?:^|_)(?:SMTP|IMAP|POP3?|MAIL|EMAIL|LDAP|SYSLOG|STATSD|GRAPHITE)(?:_|$)/;
var SCRIPT = /* @__PURE__ */ new Set(["javascript", "typescript", "tsx"]);
var DEFAULTS_POSSIBLE = /* @__PURE__ */ new Set(["compose", "shell", "dockerfile", "env", "python", "javascript", "typescript", "tsx"]);
function withDefault(language, variable, port) {
  if (language === "python") return `os.environ.get("${variable}", "${port}")`;
  if (language === "javascript" || language === "typescript" || language === "tsx") return `process.env.${variable} ?? ${port}`;
  return `\${${variable}:-${port}}`;
}
var missing_default_default = defineRule({
  id: "missing-default",
  meta: {
    description: "A port is given only through a variable with no default, so it works only where that variable is set",
    severity: "warning",
    scope: "code",
    tags: ["ports", "configuration", "portability"],
    precision: "high",
    messages: {
      missing: "The port comes only from {{variable}}, with no default: it works only where {{variable}} is set; write {{example}}"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const reported = /* @__PURE__ */ new Set();
    const projectEnv = /* @__PURE__ */ new Map();
    const composeMisses = [];
    const schemaReads = [];
    const schemaDefaults = /* @__PURE__ */ new Set();
    const dirOf = (file) => file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
    return {
      end() {
        for (const r of schemaReads) if (!schemaDefaults.has(r.occurrence.variable)) ctx.report(r);
        for (const r of composeMisses) {
          const o = r.occurrence;
          if (!projectEnv.get(dirOf(o.file))?.has(o.variable)) ctx.report(r);
        }
      },
      occurrence(o) {
        if (o.kind === "env-assign" && o.name !== void 0 && !o.comment && o.language === "env" && /(?:^|\/)\.?env(?:\.(?:example|sample|template|dist|defaults?))?$/i.test(o.file)) {
          const vars = projectEnv.get(dirOf(o.file)) ?? /* @__PURE__ */ new Set();
          vars.add(o.name);
          projectEnv.set(dirOf(o.file), vars);
        }
        if (!o.comment && o.port !== null && SCRIPT.has(o.language) && (o.kind === "property" || o.kind === "env-default")) {
          const field = o.variable ?? o.name;
          if (field !== void 0 && /^[A-Z][A-Z0-9_]*$/.test(field)) schemaDefaults.add(field);
        }
        if (o.comment || o.port !== null || !o.variable) return;
        if (!DEFAULTS_POSSIBLE.has(o.language)) return;
        const service = ctx.registry.serviceForEnvVar(o.variable);
        if (!service && !(isPortName(o.variable) && /^[A-Z][A-Z0-9_]*$/.test(o.variable))) return;
        if (!service && CLIENT_PROTOCOL_VARIABLE.test(o.variable)) return;
        if (/^\$\{[A-Za-z_]\w*:?\?/.test(o.text)) return;
        const key = `${o.file}\0${o.range.start.line}\0${o.variable}`;
        if (reported.has(key)) return;
        reported.add(key);
        const example = withDefault(o.language, o.variable, service ? String(service.default) : "<port>");
        const fixable2 = service !== void 0 && INTERPOLATING.has(o.language) && (o.text === `\${${o.variable}}` || o.text === `$${o.variable}`);
        const data = o.language === "dockerfile" ? { variable: o.variable, example: `ARG ${o.variable}=${service?.default ?? "<port>"} above it, or ${example}` } : { variable: o.variable, example };
        const report = {
          messageId: "missing",
          data,
          occurrence: o,
          ...service && { service: service.name, port: service.default },
          ...fixable2 && { fix: { range: o.range, text: example } }
        };
        if (o.language === "compose") composeMisses.push(report);
        else if (SCRIPT.has(o.language) && new RegExp(`(?<![\\w.$])env\\.${escapeRegExp(o.variable)}\\b`).test(o.snippet)) schemaReads.push(report);
        else ctx.report(report);
      }
    };
  }
});

// rules/out-of-range.ts
var out_of_range_default = defineRule({
  id: "out-of-range",
  meta: {
    description: "A value given to a registered service's env var lies outside the service's range",
    severity: "error",
    scope: "code",
    tags: ["ports", "configuration", "correctness"],
    precision: "very-high",
    messages: {
      outside: "{{envVar}} is given {{port}} here, outside the ports allowed for {{service}} ({{range}}, {{where}}); the service will refuse it",
      outsideInstances: "{{envVar}} is given {{port}} here, neither in {{service}}'s range {{range}} nor an instance's port ({{instances}}; {{where}}); the service will refuse it"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const alternatives = new AlternativeDefaults(ctx.registry, isTestFile);
    return {
      end() {
        alternatives.end();
      },
      occurrence(o) {
        alternatives.see(o);
        if (o.comment || o.port === null || isTestFile(o.file)) return;
        const service = boundService(o, ctx.registry);
        if (!service || allowsPort(service, o.port)) return;
        const port = o.port;
        if (ctx.registry.servicesForPort(port).some((other) => other !== service && other.envVar === null && other.default === port)) return;
        alternatives.hold(o, () => ctx.report({
          messageId: service.instances.length > 0 ? "outsideInstances" : "outside",
          data: {
            envVar: envBinding(o),
            port: o.port,
            range: formatRange(service.range),
            instances: formatInstances(service),
            service: service.name,
            where: ctx.registry.where(service.loc.range ?? service.loc.default ?? service.loc.key)
          },
          occurrence: o,
          service: service.name
        }));
      }
    };
  }
});

// rules/publish-conflict.ts
import path from "node:path";

// src/types.ts
function comparePositions(a, b) {
  return a.line - b.line || a.column - b.column;
}
function compareFindings(a, b) {
  return compareStrings(a.file, b.file) || comparePositions(a.range.start, b.range.start) || compareStrings(a.ruleId, b.ruleId) || comparePositions(a.range.end, b.range.end) || compareStrings(a.message, b.message);
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// rules/publish-conflict.ts
var ALL_INTERFACES = /* @__PURE__ */ new Set(["", "0.0.0.0", "::", "[::]", "*"]);
var WILDCARD_HOSTS = /* @__PURE__ */ new Set(["0.0.0.0", "::", "[::]"]);
function sameInterface(a, b) {
  const ia = a.hostIp ?? "";
  const ib = b.hostIp ?? "";
  return ALL_INTERFACES.has(ia) || ALL_INTERFACES.has(ib) || ia === ib;
}
function overlap(a, b) {
  return a.port <= (b.portEnd ?? b.port) && b.port <= (a.portEnd ?? a.port);
}
function fileRank(file) {
  const base = path.posix.basename(file);
  if (/^(?:docker-)?compose\.ya?ml$/.test(base)) return 0;
  if (/^(?:docker-)?compose\.override\.ya?ml$/.test(base)) return 1;
  return 2;
}
function deployments(files, sets) {
  const out = [];
  const byDir = /* @__PURE__ */ new Map();
  for (const file of files) {
    const dir = path.posix.dirname(file);
    const list = byDir.get(dir);
    if (list) list.push(file);
    else byDir.set(dir, [file]);
  }
  for (const list of byDir.values()) {
    const base = list.filter((f) => fileRank(f) === 0);
    const overrides = list.filter((f) => fileRank(f) === 1);
    if (base.length > 0) out.push({ files: [...base, ...overrides] });
    for (const f of list) if (fileRank(f) === 2 || base.length === 0 && fileRank(f) === 1) out.push({ files: [f] });
  }
  for (const set of sets) out.push({ set, files: set.files });
  return out;
}
function worlds(deployment, list) {
  const declared = deployment.set?.profiles;
  if (declared) return [list.filter((o) => !o.profiles?.length || o.profiles.some((p) => declared.includes(p)))];
  const profiles = [...new Set(list.flatMap((o) => o.profiles ?? []))].sort(compareStrings);
  if (profiles.length === 0) return [list];
  return [list.filter((o) => !o.profiles?.length), ...profiles.map((p) => list.filter((o) => !o.profiles?.length || o.profiles.includes(p)))];
}
function disjointProfiles(a, b) {
  const pa = a.profiles ?? [];
  const pb = b.profiles ?? [];
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}
function relatedNames(a, b) {
  const x = normalizeServiceName(a);
  const y = normalizeServiceName(b);
  return x !== y && (x.startsWith(`${y}_`) || y.startsWith(`${x}_`) || x === `${y}s` || y === `${x}s`);
}
function note(firsts, seen) {
  if (!firsts.first) firsts.first = seen;
  else if (!firsts.other && seen.o.service !== firsts.first.o.service) firsts.other = seen;
}
function pick(firsts, service) {
  if (!firsts?.first) return void 0;
  return firsts.first.o.service !== service ? firsts.first : firsts.other;
}
function earliest(a, b) {
  return !a ? b : !b ? a : a.i <= b.i ? a : b;
}
var Publications = class {
  slots = /* @__PURE__ */ new Map();
  ranges = [];
  add(o, i) {
    const seen = { o, i };
    if (o.portEnd !== void 0 && o.portEnd !== o.port) {
      this.ranges.push(seen);
      return;
    }
    const key = `${o.protocol ?? "tcp"}/${o.port}`;
    let slot = this.slots.get(key);
    if (!slot) {
      slot = { all: {}, wildcard: {} };
      this.slots.set(key, slot);
    }
    note(slot.all, seen);
    const address = o.hostIp ?? "";
    if (ALL_INTERFACES.has(address)) note(slot.wildcard, seen);
    else {
      slot.byAddress ??= /* @__PURE__ */ new Map();
      let firsts = slot.byAddress.get(address);
      if (!firsts) slot.byAddress.set(address, firsts = {});
      note(firsts, seen);
    }
  }
  /** The earliest publication added so far that clashes with `o`: another service, same protocol, interface and port. */
  firstClash(o) {
    let best;
    const protocol = o.protocol ?? "tcp";
    const address = o.hostIp ?? "";
    const wildcard = ALL_INTERFACES.has(address);
    const last = o.portEnd ?? o.port;
    for (let port = o.port; port <= last; port++) {
      const slot = this.slots.get(`${protocol}/${port}`);
      if (!slot) continue;
      best = earliest(best, wildcard ? pick(slot.all, o.service) : earliest(pick(slot.wildcard, o.service), pick(slot.byAddress?.get(address), o.service)));
    }
    const range = this.ranges.find(
      (p) => p.o.service !== o.service && (p.o.protocol ?? "tcp") === protocol && sameInterface(p.o, o) && overlap(p.o, o)
    );
    return earliest(best, range)?.o;
  }
};
var publish_conflict_default = defineRule({
  id: "publish-conflict",
  meta: {
    description: "Two compose services that run together publish the same host port (one compose file, a base file and its override, or a lint.compose_sets entry), or a compose service publishes another registered service's port",
    severity: "error",
    scope: "code",
    tags: ["ports", "compose", "conflict"],
    precision: "very-high",
    messages: {
      conflict: "Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; the second to start fails to bind",
      conflictSet: "Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}, which compose set {{set}} runs together ({{setWhere}}); the second to start fails to bind",
      foreign: "Compose service {{service}} publishes {{port}}, the port of {{owner}} in ports.yaml ({{where}}); {{service}} is registered with {{own}}"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    const byFile = /* @__PURE__ */ new Map();
    let byNormalizedName;
    const normalizedName = (name) => {
      if (!byNormalizedName) {
        byNormalizedName = /* @__PURE__ */ new Map();
        for (const s of registry.services) {
          const key = normalizeServiceName(s.name);
          if (!byNormalizedName.has(key)) byNormalizedName.set(key, s);
        }
      }
      return byNormalizedName.get(name);
    };
    const identity = (o) => registry.service(normalizeServiceName(o.service)) ?? normalizedName(normalizeServiceName(o.service)) ?? registry.instanceNamed(o.service)?.service ?? (o.variable ? registry.serviceForEnvVar(o.variable) : void 0);
    const ownContainer = /* @__PURE__ */ new Set();
    const listenedInCode = /* @__PURE__ */ new Set();
    const foreign = [];
    return {
      occurrence(o) {
        if ((o.kind === "listen" || o.kind === "address" && WILDCARD_HOSTS.has(o.host ?? "")) && o.port !== null && PROGRAM_LANGUAGES.has(o.language) && !o.comment && !isTestFile(o.file)) listenedInCode.add(o.port);
        const self = o.service !== void 0 ? identity(o) : void 0;
        if (self) ownContainer.add(self);
        if (o.comment || o.kind !== "publish-host" || o.port === null || o.service === void 0) return;
        const list = byFile.get(o.file);
        if (list) list.push(o);
        else byFile.set(o.file, [o]);
        if (!self || allowsPort(self, o.port)) return;
        const owners = registry.servicesForPort(o.port).filter((s) => s !== self);
        const owner = owners[0];
        if (!owner || owners.some((s) => relatedNames(s.name, o.service))) return;
        foreign.push({ o, self, owner });
      },
      end() {
        for (const { o, self, owner } of foreign) {
          if (!ownContainer.has(owner) && listenedInCode.has(o.port) && (o.target === void 0 || o.target === o.port)) continue;
          ctx.report({
            messageId: "foreign",
            data: {
              service: o.service,
              port: formatPorts(o),
              owner: owner.name,
              where: registry.where(owner.loc.default ?? owner.loc.key),
              own: self.envVar ? `${formatRange(self.range)} (${self.envVar})` : formatRange(self.range)
            },
            occurrence: o,
            service: self.name
          });
        }
        const reported = /* @__PURE__ */ new Set();
        for (const deployment of deployments([...byFile.keys()].sort(compareStrings), registry.lint.composeSets)) {
          for (const list of worlds(deployment, deployment.files.flatMap((f) => byFile.get(f) ?? []))) {
            const earlier = new Publications();
            list.forEach((o, i) => {
              const other = earlier.firstClash(o);
              earlier.add(o, i);
              if (!other || reported.has(o)) return;
              reported.add(o);
              const where = `${other.file}:${other.range.start.line}`;
              const data = { port: formatPorts(o), service: o.service, other: other.service, where };
              const set = deployment.set;
              if (set && (other.file !== o.file || disjointProfiles(o, other))) {
                ctx.report({ messageId: "conflictSet", data: { ...data, set: set.name, setWhere: registry.where(set.loc) }, occurrence: o });
              } else {
                ctx.report({ messageId: "conflict", data, occurrence: o });
              }
            });
          }
        }
      }
    };
  }
});

// rules/reserved-port.ts
var reserved_port_default = defineRule({
  id: "reserved-port",
  meta: {
    description: "A port listed under `reserved` (owned by something outside the registry) is taken by a service of ports.yaml or bound in the code",
    severity: "warning",
    scope: "both",
    tags: ["ports", "registry", "conflict"],
    precision: "high",
    messages: {
      serviceDefault: "{{service}} uses port {{port}}, which is reserved for {{owner}}{{note}}",
      serviceRange: "Range {{range}} of {{service}} includes port {{port}}, which is reserved for {{owner}}{{note}}",
      code: "Port {{port}} ({{what}}) is reserved for {{owner}}{{note}}; pick a port of your own"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      registry() {
        for (const s of registry.services) {
          for (const r of registry.reserved) {
            if (!inRange(r.port, s.range) && s.default !== r.port) continue;
            const isDefault = s.default === r.port;
            ctx.report({
              messageId: isDefault ? "serviceDefault" : "serviceRange",
              data: {
                service: s.name,
                port: r.port,
                range: formatRange(s.range),
                owner: r.service,
                note: r.note ? ` (${r.note})` : ""
              },
              at: ctx.registryLocation((isDefault ? s.loc.default : s.loc.range) ?? s.loc.key),
              port: r.port,
              service: s.name
            });
          }
        }
      },
      occurrence(o) {
        if (o.comment || o.port === null || isClientSide(o) || isContainerSide(o)) return;
        if (!bindsHere(o)) return;
        if (boundService(o, registry)) return;
        const r = registry.reservedFor(o.port);
        if (!r || isReservedOwner(o, r.service)) return;
        ctx.report({
          messageId: "code",
          data: { port: o.port, what: describeOccurrence(o), owner: r.service, note: r.note ? ` (${r.note})` : "" },
          occurrence: o
        });
      }
    };
  }
});

// rules/undocumented-port.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var undocumented_port_default = defineRule({
  id: "undocumented-port",
  meta: {
    description: "A literal port in the code is neither registered nor reserved in ports.yaml",
    severity: "warning",
    scope: "code",
    tags: ["ports", "inventory", "maintainability"],
    precision: "high",
    messages: {
      undocumented: "Port {{port}} ({{what}}) is not in ports.yaml; register the service that uses it, or reserve it",
      undocumentedData: "Port {{port}} ({{what}}) is not in ports.yaml, here and {{more}} more {{times}} in this data file; register the service that uses it, reserve it, or ignore the file (ignoreFiles)"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowPorts: { type: "array", items: { type: "integer", minimum: 1, maximum: 65535 } },
        ignoreFiles: { type: "array", items: { type: "string" } },
        externalHosts: { type: "boolean" },
        inventory: { type: "boolean" }
      }
    },
    defaultOptions: { allowPorts: [], ignoreFiles: [], externalHosts: false, inventory: false }
  },
  create(ctx) {
    const allowed = new Set(ctx.options.allowPorts);
    const ignored = ctx.options.ignoreFiles.length > 0 ? (0, import_picomatch.default)(ctx.options.ignoreFiles, { dot: true }) : () => false;
    const known = (port) => allowed.has(port) || ctx.registry.servicesForPort(port).length > 0 || ctx.registry.reservedFor(port) !== void 0;
    let currentFile;
    let reported = /* @__PURE__ */ new Set();
    let plannedHost = /* @__PURE__ */ new Set();
    const inData = /* @__PURE__ */ new Map();
    const usedIn = /* @__PURE__ */ new Map();
    const bound = /* @__PURE__ */ new Set();
    const defaults = [];
    const defaultFiles = /* @__PURE__ */ new Map();
    const urlVariables = /* @__PURE__ */ new Set();
    const envUrls = [];
    const usedOtherwise = (o) => {
      if (bound.has(o.port)) return true;
      const own = defaultFiles.get(o.port);
      for (const file of usedIn.get(o.port) ?? []) if (!own?.has(file)) return true;
      return false;
    };
    let pending = [];
    const flush = () => {
      for (const o of pending) {
        if (!ctx.options.inventory && !BIND_KINDS.has(o.kind) && CODE_LANGUAGES.has(o.language) && defaultFiles.get(o.port)?.has(o.file)) defaults.push(o);
        else report(o);
      }
      pending = [];
    };
    const report = (o) => ctx.report({ messageId: "undocumented", data: { port: formatPorts(o), what: describeOccurrence(o) }, occurrence: o, port: o.port });
    return {
      occurrence(o) {
        if (o.file !== currentFile) {
          flush();
          currentFile = o.file;
          reported = /* @__PURE__ */ new Set();
          plannedHost = /* @__PURE__ */ new Set();
        }
        if (o.comment) return;
        const urlVariable = CODE_LANGUAGES.has(o.language) ? overrideDefaultOf(o) : void 0;
        if (urlVariable !== void 0) urlVariables.add(urlVariable);
        const schemaDefault = isSchemaDefault(o);
        const settingDefault = schemaDefault || isSettingDefault(o) || urlVariable !== void 0;
        const envUrl = o.language === "env" && o.port !== null && (o.kind === "url" || o.kind === "address") ? envKey(o) : void 0;
        if (envUrl !== void 0) envUrls.push({ o, key: envUrl, report: false });
        if (o.port !== null && !isTestFile(o.file) && envUrl === void 0) {
          if (schemaDefault) addTo(defaultFiles, o.port, o.file);
          else if (BIND_KINDS.has(o.kind)) bound.add(o.port);
          else if (!settingDefault) addTo(usedIn, o.port, o.file);
        }
        const line = o.range.start.line;
        if (o.kind === "publish-host" && (boundService(o, ctx.registry) || o.port !== null && known(o.port))) plannedHost.add(line);
        if (o.kind === "publish-container" && plannedHost.has(line)) return;
        if (o.port === null) return;
        if (boundService(o, ctx.registry)) return;
        const foreign = ctx.options.inventory ? void 0 : ctx.attribution.foreignReason(o) ?? (isSchemeDefault(o) ? "a scheme default" : isClientProtocolPort(o) ? "a mail or directory server the code is a client of" : void 0);
        if (foreign !== void 0 && !(ctx.options.externalHosts && isExternalHost(o.host))) return;
        const end = o.portEnd ?? o.port;
        let missing;
        for (let p = o.port; p <= end; p++) {
          if (!known(p)) {
            missing = p;
            break;
          }
        }
        if (missing === void 0) return;
        if (ignored(o.file)) return;
        const key = line * 65536 + o.port;
        if (reported.has(key)) return;
        reported.add(key);
        if (!ctx.options.inventory && isDataFile(o.file, o.language)) {
          const dataKey = `${o.file}\0${o.port}`;
          const seen = inData.get(dataKey);
          if (seen) seen.count++;
          else inData.set(dataKey, { o, count: 1 });
          return;
        }
        if (!ctx.options.inventory && settingDefault) {
          defaults.push(o);
          return;
        }
        if (!ctx.options.inventory && envUrl !== void 0) {
          envUrls[envUrls.length - 1].report = true;
          return;
        }
        pending.push(o);
      },
      end() {
        flush();
        for (const e of envUrls) {
          if (urlVariables.has(e.key)) {
            if (e.report) defaults.push(e.o);
          } else {
            if (!isTestFile(e.o.file)) addTo(usedIn, e.o.port, e.o.file);
            if (e.report) report(e.o);
          }
        }
        for (const o of defaults) if (usedOtherwise(o)) report(o);
        for (const { o, count } of inData.values()) {
          const data = { port: formatPorts(o), what: describeOccurrence(o), more: count - 1, times: count === 2 ? "time" : "times" };
          ctx.report({ messageId: count === 1 ? "undocumented" : "undocumentedData", data, occurrence: o, port: o.port });
        }
      }
    };
  }
});
function envKey(o) {
  return /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(o.snippet)?.[1];
}
function addTo(map, port, file) {
  const set = map.get(port);
  if (set) set.add(file);
  else map.set(port, /* @__PURE__ */ new Set([file]));
}

// rules/unknown-port-variable.ts
var unknown_port_variable_default = defineRule({
  id: "unknown-port-variable",
  meta: {
    description: "A port variable shares the prefix of the registry's env vars (CONTIMG_\u2026_PORT) but no service reads it",
    severity: "warning",
    scope: "code",
    tags: ["ports", "configuration", "drift"],
    precision: "high",
    messages: {
      unknown: "{{variable}} looks like a registry variable ({{prefix}}*) but no service in ports.yaml reads it{{hint}}; register the service or use its variable"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registered = ctx.registry.services.map((s) => s.envVar).filter((v) => !!v);
    const counts = /* @__PURE__ */ new Map();
    for (const v of registered) {
      const cut = v.indexOf("_");
      if (cut > 0) counts.set(v.slice(0, cut + 1), (counts.get(v.slice(0, cut + 1)) ?? 0) + 1);
    }
    const prefixes = [...counts].filter(([, n]) => n >= 2).map(([p]) => p);
    const known = new Set(registered);
    const reported = /* @__PURE__ */ new Set();
    return {
      occurrence(o) {
        if (o.comment) return;
        const variable = envBinding(o);
        if (!variable || known.has(variable)) return;
        const prefix = prefixes.find((p) => variable.startsWith(p));
        if (!prefix) return;
        const hint = suggest(variable, registered);
        if (!isPortName(variable) && !hint) return;
        if (isClientProtocolPort(o) && !hint) return;
        const key = `${o.file}\0${o.range.start.line}\0${variable}`;
        if (reported.has(key)) return;
        reported.add(key);
        ctx.report({
          messageId: "unknown",
          data: { variable, prefix, hint: hint ? ` \u2014${hint.replace(/^ \(|\)$/g, " ")}`.trimEnd() : "" },
          occurrence: o
        });
      }
    };
  }
});

// rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  meta: {
    description: "A port-lint-disable comment suppresses nothing, or names a rule that does not exist",
    severity: "warning",
    scope: "code",
    tags: ["maintainability", "suppressions"],
    precision: "very-high",
    messages: {
      unused: "Unused port-lint-disable comment"
    },
    defaultOptions: {}
  },
  create: () => ({})
});

// src/rules.ts
var RULES = [
  category_range_default,
  default_out_of_range_default,
  duplicate_port_default,
  env_default_mismatch_default,
  env_var_collision_default,
  hardcoded_port_default,
  immutable_port_default,
  missing_default_default,
  out_of_range_default,
  publish_conflict_default,
  reserved_port_default,
  undocumented_port_default,
  unknown_port_variable_default,
  unused_suppression_default
].sort((a, b) => a.id < b.id ? -1 : 1);
var RULES_BY_ID = new Map(RULES.map((r) => [r.id, r]));

// src/rule-docs.ts
import { readFileSync } from "node:fs";
var cache = /* @__PURE__ */ new Map();
function ruleDocMarkdown(id) {
  let text = cache.get(id);
  if (text === void 0) {
    try {
      text = readFileSync(packagePath("rules", `${id}.md`), "utf8");
    } catch {
      text = "";
    }
    cache.set(id, text);
  }
  return text;
}
function ruleDocUrl(id) {
  return `${HOMEPAGE}/blob/main/rules/${id}.md`;
}
function markdownToText(markdown) {
  return markdown.replace(/^```.*$/gm, "").replace(/^#{1,6}\s+/gm, "").replace(/\*\*(.+?)\*\*/g, "$1").replace(/`([^`]+)`/g, "$1").replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/\n{3,}/g, "\n\n").trim();
}

// src/safe-write.ts
import * as realFs from "node:fs";
import path2 from "node:path";
var nodeFs = {
  openSync: realFs.openSync,
  writeSync: (fd, buffer, offset, length) => realFs.writeSync(fd, buffer, offset, length),
  fsyncSync: realFs.fsyncSync,
  closeSync: realFs.closeSync,
  renameSync: realFs.renameSync,
  rmSync: realFs.rmSync,
  chmodSync: realFs.chmodSync,
  statSync: realFs.statSync,
  lstatSync: realFs.lstatSync,
  realpathSync: (p) => realFs.realpathSync(p)
};
var fsLayer = nodeFs;
var WriteError = class extends Error {
  constructor(file, code, detail) {
    super(`cannot write ${file}: ${detail}`);
    this.file = file;
    this.code = code;
    this.detail = detail;
    this.name = "WriteError";
  }
  file;
  code;
  detail;
};
function isInside(root, file) {
  const rel = path2.relative(root, file);
  return rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel);
}
function realpathLoose(p) {
  const missing = [];
  let cur = p;
  for (; ; ) {
    try {
      return path2.join(fsLayer.realpathSync(cur), ...missing.reverse());
    } catch (err) {
      const code = err.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw err;
      try {
        if (fsLayer.lstatSync(cur).isSymbolicLink()) throw new WriteError(p, "ESYMLINK", "it is a dangling symbolic link");
      } catch (e) {
        if (e instanceof WriteError) throw e;
      }
      const parent = path2.dirname(cur);
      if (parent === cur) return p;
      missing.push(path2.basename(cur));
      cur = parent;
    }
  }
}
function tempName(base) {
  return `.${base}.port-lint-${process.pid}-${Date.now().toString(36)}.tmp`;
}
function processIsAlive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === "EPERM";
  }
}
function removeStaleTempFiles(file, options = {}) {
  const dir = path2.dirname(path2.resolve(file));
  const base = path2.basename(file);
  const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const current = new RegExp(`^\\.${escaped}\\.port-lint-(\\d+)-[0-9a-z]+\\.tmp$`);
  const legacy = new RegExp(`^${escaped}\\.(\\d+)\\.tmp$`);
  const removed = [];
  let names;
  try {
    names = realFs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = current.exec(name) ?? (options.legacy ? legacy.exec(name) : null);
    if (!m || processIsAlive(Number(m[1]))) continue;
    try {
      const p = path2.join(dir, name);
      if (!realFs.lstatSync(p).isFile()) continue;
      fsLayer.rmSync(p, { force: true });
      removed.push(name);
    } catch {
    }
  }
  return removed.sort();
}
function writeRootFor(file, root) {
  const abs = path2.resolve(file);
  return isInside(path2.resolve(root), abs) ? path2.resolve(root) : path2.dirname(abs);
}
function safeWriteFile(file, data, options = {}) {
  const abs = path2.resolve(file);
  let target;
  try {
    target = realpathLoose(abs);
  } catch (err) {
    if (err instanceof WriteError) throw err;
    const code = err.code ?? "EIO";
    throw new WriteError(file, code, code);
  }
  if (options.root !== void 0) {
    let root;
    try {
      root = fsLayer.realpathSync(path2.resolve(options.root));
    } catch {
      root = path2.resolve(options.root);
    }
    if (!isInside(root, target)) {
      throw new WriteError(file, "EOUTSIDE", `it resolves to ${target}, outside ${root}`);
    }
  }
  let mode;
  try {
    const st = fsLayer.statSync(target);
    if (!st.isFile()) throw new WriteError(file, "ENOTFILE", "it is not a regular file");
    mode = st.mode & 4095;
  } catch (err) {
    if (err instanceof WriteError) throw err;
    const code = err.code;
    if (code !== "ENOENT") throw new WriteError(file, code ?? "EIO", code ?? String(err));
  }
  const dir = path2.dirname(target);
  const tmp = path2.join(dir, tempName(path2.basename(target)));
  const chunks = typeof data === "string" || data instanceof Uint8Array ? [data] : data;
  let fd;
  try {
    fd = fsLayer.openSync(tmp, "wx", mode ?? 438);
    for (const chunk of chunks) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      for (let done = 0; done < bytes.length; ) {
        const n = fsLayer.writeSync(fd, bytes, done, bytes.length - done);
        if (n <= 0) throw Object.assign(new Error("short write"), { code: "EIO" });
        done += n;
      }
    }
    fsLayer.fsyncSync(fd);
    fsLayer.closeSync(fd);
    fd = void 0;
    if (mode !== void 0) fsLayer.chmodSync(tmp, mode);
    fsLayer.renameSync(tmp, target);
  } catch (err) {
    if (fd !== void 0) {
      try {
        fsLayer.closeSync(fd);
      } catch {
      }
    }
    try {
      fsLayer.rmSync(tmp, { force: true });
    } catch {
    }
    const code = err.code ?? "EIO";
    throw new WriteError(file, code, code);
  }
}

// lazy-package:ajv
var pkg;
var load = () => pkg ??= __require(packagePath("lib", "vendor/ajv.cjs"));
var Ajv = lazyValue(() => load().Ajv);

// src/lint.ts
function configureRules(rules, registry, cli = {}) {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ids = rules.map((r) => r.id);
  for (const [id, setting] of Object.entries(registry.lint.rules)) {
    if (byId.has(id)) continue;
    const loc = setting.loc ?? { start: { line: 1, column: 1 } };
    throw new ConfigError(registry.file, loc.start.line, loc.start.column, `lint.rules.${id}`, `unknown rule "${id}"${suggest(id, ids)}`);
  }
  for (const id of Object.keys(cli)) {
    if (!byId.has(id)) throw new UsageError(`--rule: unknown rule "${id}"${suggest(id, ids)}; \`port-lint rules\` lists them`);
  }
  let ajv;
  const enabled = [];
  for (const rule of rules) {
    const fromFile = registry.lint.rules[rule.id];
    const fromCli = cli[rule.id];
    const severity = fromCli?.severity ?? fromFile?.severity ?? rule.meta.severity;
    const userOptions = { ...fromFile?.options ?? {}, ...fromCli?.options ?? {} };
    if (rule.meta.optionsSchema && Object.keys(userOptions).length > 0) {
      ajv ??= new Ajv({ allErrors: false, strict: false, useDefaults: false });
      const validate = ajv.compile(rule.meta.optionsSchema);
      if (!validate(userOptions)) {
        const e = validate.errors?.[0];
        const where = `${e?.instancePath ?? ""}`.replace(/^\//, "").replace(/\//g, ".");
        const detail = `invalid options${where ? ` at "${where}"` : ""}: ${e?.message ?? "invalid"}`;
        if (fromFile?.options && fromFile.loc) {
          throw new ConfigError(registry.file, fromFile.loc.start.line, fromFile.loc.start.column, `lint.rules.${rule.id}`, detail);
        }
        throw new UsageError(`--rule ${rule.id}: ${detail}`);
      }
    }
    if (severity === "off") continue;
    enabled.push({ rule, severity, options: { ...rule.meta.defaultOptions, ...userOptions } });
  }
  return enabled;
}
function lintUnsorted(input) {
  const findings = [];
  const occurrences = (input.consume ? input.occurrences : [...input.occurrences]).sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column
  );
  const attribution = new Attributor(input.registry, occurrences);
  const visitors = input.rules.map(({ rule, severity, options }) => {
    const ctx = {
      registry: input.registry,
      attribution,
      options,
      severity,
      registryLocation: (range) => ({ file: input.registry.file, range, snippet: input.registry.lineText(range.start.line) }),
      report: (r) => findings.push(toFinding(rule, severity, r))
    };
    return rule.create(ctx);
  });
  for (const v of visitors) v.registry?.();
  for (let i = 0; i < occurrences.length; i++) {
    const o = occurrences[i];
    for (const v of visitors) v.occurrence?.(o);
    if (input.consume) occurrences[i] = void 0;
  }
  if (input.consume) occurrences.length = 0;
  input.afterOccurrences?.();
  for (const v of visitors) v.end?.();
  return findings;
}
function toFinding(rule, configured, r) {
  const template = rule.meta.messages[r.messageId];
  if (template === void 0) throw new Error(`rule ${rule.id} reported unknown messageId "${r.messageId}"`);
  const loc = r.occurrence ? { file: r.occurrence.file, range: r.occurrence.range, snippet: r.occurrence.snippet } : r.at;
  if (!loc) throw new Error(`rule ${rule.id} reported without a location`);
  const kind = r.occurrence ? r.occurrence.kind : "registry";
  const port = r.port ?? r.occurrence?.port ?? void 0;
  const severity = configured === "warning" || r.severity === "warning" ? "warning" : "error";
  const message = formatMessage(template, r.data);
  const fingerprint = fingerprintBase(rule.id, loc.file, kind, loc.snippet);
  const snippet = normalizeSnippet(loc.snippet);
  const finding = port !== void 0 && port !== null ? { ruleId: rule.id, severity, message, file: loc.file, range: loc.range, fingerprint, snippet, port } : { ruleId: rule.id, severity, message, file: loc.file, range: loc.range, fingerprint, snippet };
  if (r.service !== void 0) finding.service = r.service;
  if (r.evidence !== void 0 && r.evidence.length > 0) finding.evidence = r.evidence;
  if (r.fix) finding.fix = r.occurrence && sameRange(r.fix.range, r.occurrence.range) ? { ...r.fix, expect: r.occurrence.text } : r.fix;
  return finding;
}
function sameRange(a, b) {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}
function finalize(findings) {
  findings.sort(compareFindings);
  const unique = findings.filter((f, i) => i === 0 || compareFindings(findings[i - 1], f) !== 0);
  indexFingerprints(unique);
  return unique;
}

// src/fix.ts
var import_yaml = __toESM(require_dist(), 1);
import { statSync as statSync2 } from "node:fs";
import path3 from "node:path";
function quoteAt(text, lineStart, offset) {
  let quote = "";
  for (let i = lineStart; i < offset; i++) {
    const c = text[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (quote === "" && (c === '"' || c === "'" || c === "`")) quote = c;
    else if (c === quote) quote = "";
  }
  return quote;
}
function heredocLines(text) {
  const lines = text.split("\n");
  const inside = /* @__PURE__ */ new Set();
  for (let i = 0; i < lines.length; i++) {
    const m = /(?<!<)<<-?(?!<)\s*\\?(['"]?)([^\s'"<>|;&()]+)\1/.exec(lines[i]);
    if (!m) continue;
    const end = m[2];
    let j = i + 1;
    for (; j < lines.length && lines[j].replace(/^\t+/, "").trimEnd() !== end; j++) inside.add(j + 1);
    i = j;
  }
  return inside;
}
async function shellHeredocLines(text) {
  await prepareLanguage("shell");
  const tree = grammar("bash").parser.parse(text);
  const inside = /* @__PURE__ */ new Set();
  if (!tree) return inside;
  try {
    for (const r of tree.rootNode.descendantsOfType("heredoc_redirect")) {
      if (!r) continue;
      for (let row = r.startPosition.row + 1; row < r.endPosition.row; row++) inside.add(row + 1);
    }
  } finally {
    tree.delete();
  }
  return inside;
}
async function pythonOsBoundFrom(text) {
  await prepareLanguage("python");
  const tree = grammar("python").parser.parse(text);
  if (!tree) return void 0;
  try {
    for (const statement of tree.rootNode.namedChildren) {
      if (statement?.type !== "import_statement") continue;
      const binds = statement.childrenForFieldName("name").some((n) => n?.type === "dotted_name" && n.namedChildren[0]?.text === "os");
      if (binds) return statement.endIndex;
    }
    return void 0;
  } finally {
    tree.delete();
  }
}
function inListOrPair(text, lineStart, start, end) {
  const lineEnd = text.indexOf("\n", end) >>> 0;
  const line = text.slice(lineStart, lineEnd);
  const at = start - lineStart;
  const to = end - lineStart;
  if (/(?:^|[^\d.:])\d{1,5}:$/.test(line.slice(0, at))) return true;
  const quote = quoteAt(text, lineStart, start);
  const left = line.slice(0, at);
  const right = line.slice(to);
  const open = quote === "" ? at : left.lastIndexOf(quote);
  const close = quote === "" ? 0 : right.indexOf(quote) + 1;
  if (quote !== "" && close === 0) return false;
  const before = line.slice(0, open).trimEnd();
  const after = line.slice(to + close).trimStart();
  if (/[[{(,]$/.test(before) && (before.endsWith(",") || after.startsWith(","))) {
    let depth = 0;
    for (let i = before.length - 1; i >= 0; i--) {
      const c = before[i];
      if (c === ")" || c === "]" || c === "}") depth++;
      else if (c === "(" || c === "[" || c === "{") {
        if (depth > 0) {
          depth--;
          continue;
        }
        if (c !== "(") return true;
        return !/[\w$)\]]\s*$/.test(before.slice(0, i));
      }
    }
    return true;
  }
  if (quote !== "") {
    const inner = left.slice(open + 1) + text.slice(start, end) + right.slice(0, close - 1);
    if (/[,;|]/.test(inner.replace(/\$\{[^}]*\}/g, ""))) return true;
  }
  return false;
}
function runsInNode(text, file = "") {
  if (/(?:^|\/)[^/]*\.config\.[cm]?[jt]s$|\.[cm]js$|(?:^|\/)(?:scripts?|bin|server|tools?)\//.test(file)) return true;
  return /^#!|\bprocess\.(?:env|argv|exit|cwd)\b|\brequire\(\s*['"]|\b(?:from|import)\s*\(?\s*['"]node:|\bdefineConfig\s*\(|\bmodule\.exports\b|\.listen\s*\(|\bcreateServer\s*\(/m.test(text);
}
function renderLookup(text, language, lineStart, start, end, envVar, port, osFrom, file) {
  if (inListOrPair(text, lineStart, start, end)) return void 0;
  const quote = quoteAt(text, lineStart, start);
  const before = text[start - 1];
  const after = text[end];
  const wholeString = quote !== "" && before === quote && after === quote;
  switch (language) {
    case "compose":
      return { start, end, text: `\${${envVar}:-${port}}` };
    // Not env files: systemd's EnvironmentFile does not expand `${…}`, so a lookup there would be literal text.
    case "shell":
    case "dockerfile": {
      if (quote === "'" || quote === "`") return void 0;
      if (language === "dockerfile" && /^\s*(?:(?:RUN|CMD|ENTRYPOINT)\s+|HEALTHCHECK\s.*?\bCMD\s+)\[/i.test(text.slice(lineStart, text.indexOf("\n", lineStart) >>> 0))) return void 0;
      const lookup = `\${${envVar}:-${port}}`;
      const wholeWord = quote === "" && /^(?:[\s=]|)$/.test(before ?? "") && /^(?:\s|;|\)|)$/.test(after ?? "");
      return { start, end, text: wholeWord ? `"${lookup}"` : lookup };
    }
    case "javascript":
    case "typescript":
    case "tsx":
      if (!runsInNode(text, file)) return void 0;
      if (quote === "") return { start, end, text: `Number(process.env.${envVar} ?? ${port})` };
      if (wholeString && text[start - 2] !== "=" && !/[\w$]/.test(text[start - 2] ?? "")) return { start: start - 1, end: end + 1, text: `(process.env.${envVar} ?? ${quote}${port}${quote})` };
      return void 0;
    case "python":
      if (osFrom === void 0 || start < osFrom) return void 0;
      if (quote === "") return { start, end, text: `int(os.environ.get("${envVar}", "${port}"))` };
      if (wholeString && !/\w/.test(text[start - 2] ?? "")) return { start: start - 1, end: end + 1, text: `os.environ.get("${envVar}", ${quote}${port}${quote})` };
      return void 0;
    default:
      return void 0;
  }
}
var TREE_CHECKED = { javascript: "javascript", typescript: "typescript", tsx: "tsx", python: "python" };
function literalAt(tree, start, end) {
  const node = tree.rootNode.descendantForIndex(start, end);
  if (!node || node.startIndex !== start || node.endIndex !== end) {
    const parent = node?.type === "string" ? node : node?.parent;
    if (parent?.type === "string" && parent.startIndex === start - 1 && parent.endIndex === end + 1 && parent.startPosition.row === parent.endPosition.row) return "string";
    return "other";
  }
  if (node.type === "integer" || node.type === "number") return "number";
  if ((node.type === "string_fragment" || node.type === "string_content") && node.parent?.type === "string") {
    const p = node.parent;
    if (p.startIndex === start - 1 && p.endIndex === end + 1 && p.startPosition.row === p.endPosition.row) return "string";
  }
  return "other";
}
function applyFixes(text, language, findings, context = {}) {
  const checked = TREE_CHECKED[language];
  let tree;
  try {
    return applyFixesWith(text, language, findings, context, (start, end) => {
      if (!checked) return true;
      if (tree === void 0) {
        try {
          tree = grammar(checked).parser.parse(text);
        } catch {
          tree = null;
        }
      }
      return tree !== null && literalAt(tree, start, end) !== "other";
    });
  } finally {
    tree?.delete();
  }
}
function applyFixesWith(text, language, findings, context, isLiteral) {
  const heredocs = context.heredocs ?? (language === "shell" || language === "dockerfile" ? heredocLines(text) : /* @__PURE__ */ new Set());
  const src = new SourceText("", language, text);
  const edits = [];
  for (const f of findings) {
    const fix = f.fix;
    if (!fix || heredocs.has(fix.range.start.line)) continue;
    const start = src.offset(fix.range.start);
    const end = src.offset(fix.range.end);
    if ("lookup" in fix && !isLiteral(start, end)) continue;
    if ("text" in fix && language === "dockerfile") {
      const v = /^\$\{(\w+):-/.exec(fix.text)?.[1];
      if (v !== void 0 && !new RegExp(`^\\s*(?:ARG|ENV)\\s+${v}\\b`, "im").test(text.slice(0, start))) continue;
    }
    const edit = "lookup" in fix ? renderLookup(text, language, src.lineStart(fix.range.start.line), start, end, fix.lookup.envVar, fix.lookup.port, context.osFrom, f.file) : { start, end, text: fix.text };
    if (!edit) continue;
    if (edits.some((e) => edit.start < e.end && edit.end > e.start)) continue;
    edits.push(edit);
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied: edits.length };
}
function staleFix(text, language, findings) {
  const src = new SourceText("", language, text);
  const lines = src.position(text.length).line;
  for (const f of findings) {
    const fix = f.fix;
    if (!fix) continue;
    const { start, end } = fix.range;
    if (start.line > lines || end.line > lines) return f;
    const a = src.offset(start);
    const b = src.offset(end);
    if (a > b || b > text.length || start.column > src.lineText(start.line).length + 1) return f;
    if (f.range.start.line === start.line && normalizeSnippet(src.lineText(start.line)) !== f.snippet) return f;
    if (fix.expect !== void 0 && text.slice(a, b) !== fix.expect) return f;
  }
  return void 0;
}
var GRAMMAR_OF = {
  javascript: "javascript",
  typescript: "typescript",
  tsx: "tsx",
  python: "python",
  shell: "bash",
  json: "json",
  "package-json": "json"
};
async function syntaxErrors(language, text) {
  if (language === "compose" || language === "yaml") return (0, import_yaml.parseAllDocuments)(text).reduce((n, d) => n + (d.errors?.length ?? 0), 0);
  const id = GRAMMAR_OF[language];
  if (!id) return 0;
  await prepareLanguage(language);
  const tree = grammar(id).parser.parse(text);
  if (!tree) return 1;
  try {
    return tree.rootNode.descendantsOfType(["ERROR"]).length + (tree.rootNode.hasError ? 1 : 0);
  } finally {
    tree.delete();
  }
}
function countFixes(changes) {
  return plural(
    changes.reduce((n, c) => n + c.applied, 0),
    "problem"
  );
}
var fixHook;
function readForFix(sf) {
  const read = readBytes(sf, Number.MAX_SAFE_INTEGER);
  if (read.kind !== "bytes") return void 0;
  const decoded = decodeSource(sf, read.bytes);
  if (decoded.kind !== "text" || decoded.notices.length > 0) return void 0;
  const bom = read.bytes[0] === 239 && read.bytes[1] === 187 && read.bytes[2] === 191 ? "\uFEFF" : "";
  return { decoded, bom };
}
async function fixFiles(root, findings, warn) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.fix) byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  const changes = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    fixHook?.(file, "read");
    const sf = { file, path: path3.join(root, file), language: languageByName(file) };
    const read = readForFix(sf);
    if (!read) continue;
    const { decoded, bom } = read;
    if (staleFix(decoded.text, decoded.language, list)) {
      warn(`port-lint: --fix left ${file} alone: it changed since the scan read it; run port-lint --fix again
`);
      continue;
    }
    const context = {};
    if (TREE_CHECKED[decoded.language]) await prepareLanguage(decoded.language);
    if (decoded.language === "shell") context.heredocs = await shellHeredocLines(decoded.text);
    if (decoded.language === "python") {
      const osFrom = await pythonOsBoundFrom(decoded.text);
      if (osFrom !== void 0) context.osFrom = osFrom;
    }
    const { text, applied } = applyFixes(decoded.text, decoded.language, list, context);
    if (applied === 0 || text === decoded.text) continue;
    const errorsBefore = await syntaxErrors(decoded.language, decoded.text);
    if (errorsBefore > 0) {
      warn(`port-lint: --fix left ${file} alone: it does not parse as it is
`);
      continue;
    }
    if (await syntaxErrors(decoded.language, text) > errorsBefore) {
      warn(`port-lint: --fix left ${file} alone: the fixed text would not parse
`);
      continue;
    }
    changes.push({ file, before: bom + decoded.text, after: bom + text, applied });
  }
  return changes;
}
function describeWriteCode(code) {
  switch (code) {
    case "ENOSPC":
      return "no space left on device (ENOSPC)";
    case "EDQUOT":
      return "disk quota exceeded (EDQUOT)";
    case "EACCES":
    case "EPERM":
      return `permission denied (${code})`;
    case "EROFS":
      return "read-only file system (EROFS)";
    default:
      return code;
  }
}
function writeFixes(root, changes) {
  const out = { written: [], skipped: [], failed: [] };
  for (const c of changes) {
    fixHook?.(c.file, "write");
    const full = path3.join(root, c.file);
    const sf = { file: c.file, path: full, language: languageByName(c.file) };
    const now = readForFix(sf);
    if (!now || now.bom + now.decoded.text !== c.before) {
      out.skipped.push({ file: c.file, reason: "it changed since port-lint read it; run port-lint --fix again" });
      continue;
    }
    try {
      if ((statSync2(full).mode & 146) === 0) {
        out.failed.push({ file: c.file, reason: "the file is read-only" });
        continue;
      }
      safeWriteFile(full, c.after, { root });
      out.written.push(c);
    } catch (err) {
      if (err instanceof WriteError && (err.code === "EOUTSIDE" || err.code === "ESYMLINK")) {
        out.skipped.push({ file: c.file, reason: err.detail });
      } else {
        const code = err instanceof WriteError ? err.code : err.code ?? String(err);
        out.failed.push({ file: c.file, reason: describeWriteCode(code) });
      }
    }
  }
  return out;
}
function lineDiff(file, before, after) {
  const a = before.split("\n");
  const b = after.split("\n");
  if (a.length !== b.length) return `--- a/${file}
+++ b/${file}
(line count changed)
`;
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    out.push(`@@ -${i + 1} +${i + 1} @@`, `-${a[i]}`, `+${b[i]}`);
  }
  return `${out.join("\n")}
`;
}

export {
  Ajv,
  compareFindings,
  compareStrings,
  WriteError,
  removeStaleTempFiles,
  writeRootFor,
  safeWriteFile,
  describeOccurrence,
  isExternalHost,
  envBinding,
  isContainerSide,
  isClientSide,
  normalizeServiceName,
  isLocalHost,
  isOtherMachineIp,
  isTestFile,
  Attributor,
  formatEvidence,
  formatMessage,
  configureRules,
  lintUnsorted,
  finalize,
  RULES,
  RULES_BY_ID,
  applyFixes,
  countFixes,
  fixFiles,
  writeFixes,
  lineDiff,
  ruleDocMarkdown,
  ruleDocUrl,
  markdownToText
};
