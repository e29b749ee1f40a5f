import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  SourceText,
  decodeSource,
  fingerprintBase,
  grammar,
  indexFingerprints,
  isPortName,
  languageByName,
  normalizeSnippet,
  prepareLanguage,
  readBytes,
  require_picomatch
} from "./chunk-WAFQHII5.js";
import {
  ConfigError,
  UsageError,
  formatRange,
  inRange,
  plural,
  rangesOverlap,
  require_ajv
} from "./chunk-76NY4552.js";
import {
  HOMEPAGE,
  __toESM,
  packagePath,
  require_dist,
  suggest
} from "./chunk-MF6B7US4.js";

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
    scope: "registry",
    tags: ["ports", "registry", "correctness"],
    precision: "very-high",
    messages: {
      sharedDefault: "Port {{port}} is the default of both {{other}} ({{where}}) and {{service}}; give each service its own port",
      overlap: "Range {{range}} of {{service}} overlaps range {{otherRange}} of {{other}} ({{where}}); a fallback could hand one service the other's port"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      registry() {
        const services = ctx.registry.services;
        services.forEach((service, i) => {
          for (const other of services.slice(0, i)) {
            if (service.default === other.default) {
              ctx.report({
                messageId: "sharedDefault",
                data: { port: service.default, service: service.name, other: other.name, where: ctx.registry.where(other.loc.key) },
                at: ctx.registryLocation(service.loc.default ?? service.loc.key),
                port: service.default,
                service: service.name
              });
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
      }
    };
  }
});

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
function lookupExample(language, envVar, port) {
  switch (language) {
    case "python":
      return `int(os.environ.get("${envVar}", "${port}"))`;
    case "javascript":
    case "typescript":
    case "tsx":
      return `Number(process.env.${envVar} ?? ${port})`;
    case "json":
    case "package-json":
    case "yaml":
      return `\${${envVar}}`;
    default:
      return `\${${envVar}:-${port}}`;
  }
}
var GENERIC_OWNER_WORDS = /* @__PURE__ */ new Set(["external", "internal", "service", "server", "docker", "container", "the", "port", "ports", "managed", "not"]);
function isReservedOwner(o, owner) {
  if (o.service === void 0) return false;
  const ownerWords = owner.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && !GENERIC_OWNER_WORDS.has(w));
  const serviceWords = normalizeServiceName(o.service).split("_");
  return ownerWords.some((w) => serviceWords.includes(w));
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
      mismatch: "{{envVar}} is given {{port}} here, but ports.yaml says {{service}} defaults to {{default}} ({{where}}); use {{default}} or change the registry"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      occurrence(o) {
        if (o.comment || o.port === null) return;
        const service = boundService(o, ctx.registry);
        if (!service || o.port === service.default || !inRange(o.port, service.range)) return;
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
      return `connected to${o.host ? ` on ${o.host}` : ""}`;
    case "url":
      return `in a ${o.scheme ?? ""} URL to ${o.host ?? "a host"}`.replace("a  URL", "a URL");
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
var LOCAL_SUFFIXES = [".local", ".internal", ".localhost", ".lan", ".svc", ".home", ".test", ".example", ".invalid", ".localdomain"];
function isExternalHost(host) {
  if (!host) return false;
  const h = host.toLowerCase().replace(/\.$/, "");
  if (!h.includes(".")) return false;
  if (/^[\d.]+$/.test(h) || h.includes(":") || h.startsWith("$") || h.startsWith("{")) return false;
  if (h.endsWith(".cluster.local") || LOCAL_SUFFIXES.some((s) => h.endsWith(s))) return false;
  return true;
}

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
      hardcoded: "Port {{port}} of {{service}} is hardcoded; read {{envVar}} instead: {{example}}",
      hardcodedInRange: "Port {{port}} is in the range {{range}} of {{service}} and is hardcoded; read {{envVar}} instead: {{example}}",
      immutable: "Port {{port}} of {{service}} is fixed (immutable, declared in {{where}}); take it from the registry or a file generated from it instead of repeating it",
      noVariable: "Port {{port}} of {{service}} is hardcoded, and ports.yaml gives {{service}} no env var ({{where}}); add env_var to it, or take the port from a file generated from ports.yaml"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      occurrence(o) {
        if (o.comment || o.port === null || isContainerSide(o)) return;
        if ((o.kind === "url" || o.kind === "address") && isExternalHost(o.host)) return;
        const service = registry.serviceForPort(o.port);
        if (!service) return;
        const reserved = registry.reservedFor(o.port);
        if (reserved && isReservedOwner(o, reserved.service)) return;
        if (boundService(o, registry)) return;
        const binding = envBinding(o);
        if (binding && o.port !== service.default && isPortName(binding)) return;
        const where = registry.where(service.loc.default ?? service.loc.key);
        if (service.immutable || !service.envVar) {
          ctx.report({ messageId: service.immutable ? "immutable" : "noVariable", data: { port: o.port, service: service.name, where }, occurrence: o, service: service.name });
          return;
        }
        const exact = service.default === o.port;
        ctx.report({
          messageId: exact ? "hardcoded" : "hardcodedInRange",
          data: {
            port: o.port,
            service: service.name,
            envVar: service.envVar,
            range: `${service.range[0]}-${service.range[1]}`,
            example: lookupExample(o.language, service.envVar, service.default)
          },
          occurrence: o,
          service: service.name,
          // Only the default itself becomes a lookup: `${VAR:-8000}` for 8000 keeps the value; for another
          // port of the range it would not.
          // Nor a range (`"8000-8001:…"`), nor a shell loop's or comparison's bound.
          // Nor the default of another variable (`${API_PORT:-8000}`): wrapping it would nest a lookup in a
          // lookup, one more layer each run; which variable should win is a person's decision.
          ...exact && o.portEnd === void 0 && o.variable === void 0 && !(o.language === "shell" && o.kind === "constant") && { fix: { range: o.range, lookup: { envVar: service.envVar, port: service.default } } }
        });
      }
    };
  }
});

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
    return {
      occurrence(o) {
        if (o.comment || o.port !== null || !o.variable) return;
        const service = ctx.registry.serviceForEnvVar(o.variable);
        if (!service && !(isPortName(o.variable) && /^[A-Z][A-Z0-9_]*$/.test(o.variable))) return;
        if (/^\$\{[A-Za-z_]\w*:?\?/.test(o.text)) return;
        const key = `${o.file}\0${o.range.start.line}\0${o.variable}`;
        if (reported.has(key)) return;
        reported.add(key);
        const example = service ? `\${${o.variable}:-${service.default}}` : `\${${o.variable}:-<port>}`;
        const fixable = service !== void 0 && INTERPOLATING.has(o.language) && (o.text === `\${${o.variable}}` || o.text === `$${o.variable}`);
        ctx.report({
          messageId: "missing",
          data: { variable: o.variable, example },
          occurrence: o,
          ...service && { service: service.name, port: service.default },
          ...fixable && { fix: { range: o.range, text: example } }
        });
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
      outside: "{{envVar}} is given {{port}} here, outside the ports allowed for {{service}} ({{range}}, {{where}}); the service will refuse it"
    },
    defaultOptions: {}
  },
  create(ctx) {
    return {
      occurrence(o) {
        if (o.comment || o.port === null) return;
        const service = boundService(o, ctx.registry);
        if (!service || inRange(o.port, service.range)) return;
        ctx.report({
          messageId: "outside",
          data: {
            envVar: envBinding(o),
            port: o.port,
            range: formatRange(service.range),
            service: service.name,
            where: ctx.registry.where(service.loc.range ?? service.loc.default ?? service.loc.key)
          },
          occurrence: o,
          service: service.name
        });
      }
    };
  }
});

// rules/publish-conflict.ts
import path from "node:path";
var ALL_INTERFACES = /* @__PURE__ */ new Set(["", "0.0.0.0", "::", "[::]", "*"]);
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
  if (/\.override\.ya?ml$/.test(base)) return 1;
  return 2;
}
function mergedByDefault(a, b) {
  if (a === b) return true;
  const ranks = [fileRank(a), fileRank(b)].sort();
  return ranks[0] === 0 && ranks[1] === 1;
}
function disjointProfiles(a, b) {
  const pa = a.profiles ?? [];
  const pb = b.profiles ?? [];
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}
function relatedNames(a, b) {
  const x = normalizeServiceName(a);
  const y = normalizeServiceName(b);
  return x !== y && (x.startsWith(`${y}_`) || y.startsWith(`${x}_`));
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
      slot = { all: {}, wildcard: {}, byAddress: /* @__PURE__ */ new Map() };
      this.slots.set(key, slot);
    }
    note(slot.all, seen);
    const address = o.hostIp ?? "";
    if (ALL_INTERFACES.has(address)) note(slot.wildcard, seen);
    else {
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
      best = earliest(best, wildcard ? pick(slot.all, o.service) : earliest(pick(slot.wildcard, o.service), pick(slot.byAddress.get(address), o.service)));
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
    description: "Two compose services publish the same host port (within one file or across the compose files of one directory), or a compose service publishes another registered service's port",
    severity: "error",
    scope: "code",
    tags: ["ports", "compose", "conflict"],
    precision: "very-high",
    messages: {
      conflict: "Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; the second to start fails to bind",
      conflictFiles: "Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; their files are merged only when given together (`-f`), and then they clash",
      conflictProfiles: "Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; their profiles ({{otherProfiles}} / {{profiles}}) are disjoint, so they clash only when both profiles are enabled",
      foreign: "Compose service {{service}} publishes {{port}}, the port of {{owner}} in ports.yaml ({{where}}); {{service}} is registered with {{own}}"
    },
    defaultOptions: {}
  },
  create(ctx) {
    const registry = ctx.registry;
    const byProject = /* @__PURE__ */ new Map();
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
    const identity = (o) => registry.service(normalizeServiceName(o.service)) ?? normalizedName(normalizeServiceName(o.service)) ?? (o.variable ? registry.serviceForEnvVar(o.variable) : void 0);
    return {
      occurrence(o) {
        if (o.comment || o.kind !== "publish-host" || o.port === null || o.service === void 0) return;
        const dir = path.posix.dirname(o.file);
        const list = byProject.get(dir);
        if (list) list.push(o);
        else byProject.set(dir, [o]);
        const self = identity(o);
        if (!self || inRange(o.port, self.range)) return;
        const owners = registry.servicesForPort(o.port).filter((s) => s !== self);
        const owner = owners[0];
        if (!owner || owners.some((s) => relatedNames(s.name, o.service))) return;
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
      },
      end() {
        for (const unsorted of byProject.values()) {
          const list = unsorted.map((o, i) => ({ o, i })).sort((a, b) => fileRank(a.o.file) - fileRank(b.o.file) || a.i - b.i).map((x) => x.o);
          const earlier = new Publications();
          list.forEach((o, i) => {
            const other = earlier.firstClash(o);
            earlier.add(o, i);
            if (!other) return;
            const where = `${other.file}:${other.range.start.line}`;
            const data = { port: formatPorts(o), service: o.service, other: other.service, where };
            if (!mergedByDefault(o.file, other.file)) {
              ctx.report({ messageId: "conflictFiles", data, occurrence: o, severity: "warning" });
            } else if (disjointProfiles(o, other)) {
              ctx.report({
                messageId: "conflictProfiles",
                data: { ...data, profiles: o.profiles.join(", "), otherProfiles: other.profiles.join(", ") },
                occurrence: o,
                severity: "warning"
              });
            } else {
              ctx.report({ messageId: "conflict", data, occurrence: o });
            }
          });
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
      undocumented: "Port {{port}} ({{what}}) is not in ports.yaml; register the service that uses it, or reserve it"
    },
    optionsSchema: {
      type: "object",
      additionalProperties: false,
      properties: {
        allowPorts: { type: "array", items: { type: "integer", minimum: 1, maximum: 65535 } },
        ignoreFiles: { type: "array", items: { type: "string" } },
        externalHosts: { type: "boolean" }
      }
    },
    defaultOptions: { allowPorts: [], ignoreFiles: [], externalHosts: false }
  },
  create(ctx) {
    const allowed = new Set(ctx.options.allowPorts);
    const ignored = ctx.options.ignoreFiles.length > 0 ? (0, import_picomatch.default)(ctx.options.ignoreFiles, { dot: true }) : () => false;
    const known = (port) => allowed.has(port) || ctx.registry.servicesForPort(port).length > 0 || ctx.registry.reservedFor(port) !== void 0;
    const reported = /* @__PURE__ */ new Set();
    const plannedHost = /* @__PURE__ */ new Set();
    const lineKey = (o) => `${o.file}\0${o.range.start.line}`;
    return {
      occurrence(o) {
        if (o.comment) return;
        if (o.kind === "publish-host" && (boundService(o, ctx.registry) || o.port !== null && known(o.port))) plannedHost.add(lineKey(o));
        if (o.kind === "publish-container" && plannedHost.has(lineKey(o))) return;
        if (o.port === null) return;
        if (boundService(o, ctx.registry)) return;
        if (!ctx.options.externalHosts && (o.kind === "url" || o.kind === "address") && isExternalHost(o.host)) return;
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
        const key = `${o.file}\0${o.range.start.line}\0${o.port}`;
        if (reported.has(key)) return;
        reported.add(key);
        ctx.report({
          messageId: "undocumented",
          data: { port: formatPorts(o), what: describeOccurrence(o) },
          occurrence: o,
          port: o.port
        });
      }
    };
  }
});

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
    this.name = "WriteError";
  }
  file;
  code;
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

// src/lint.ts
var import_ajv = __toESM(require_ajv(), 1);

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
  const ajv = new import_ajv.Ajv({ allErrors: false, strict: false, useDefaults: false });
  const enabled = [];
  for (const rule of rules) {
    const fromFile = registry.lint.rules[rule.id];
    const fromCli = cli[rule.id];
    const severity = fromCli?.severity ?? fromFile?.severity ?? rule.meta.severity;
    const userOptions = { ...fromFile?.options ?? {}, ...fromCli?.options ?? {} };
    if (rule.meta.optionsSchema && Object.keys(userOptions).length > 0) {
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
  const occurrences = [...input.occurrences].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column
  );
  const visitors = input.rules.map(({ rule, severity, options }) => {
    const ctx = {
      registry: input.registry,
      options,
      severity,
      registryLocation: (range) => ({ file: input.registry.file, range, snippet: input.registry.lineText(range.start.line) }),
      report: (r) => findings.push(toFinding(rule, severity, r))
    };
    return rule.create(ctx);
  });
  for (const v of visitors) v.registry?.();
  for (const o of occurrences) for (const v of visitors) v.occurrence?.(o);
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
  const finding = {
    ruleId: rule.id,
    severity: configured === "warning" || r.severity === "warning" ? "warning" : "error",
    message: formatMessage(template, r.data),
    file: loc.file,
    range: loc.range,
    fingerprint: fingerprintBase(rule.id, loc.file, kind, loc.snippet),
    snippet: normalizeSnippet(loc.snippet)
  };
  if (port !== void 0 && port !== null) finding.port = port;
  if (r.service !== void 0) finding.service = r.service;
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
function renderLookup(text, language, lineStart, start, end, envVar, port, osFrom) {
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
function applyFixes(text, language, findings, context = {}) {
  const heredocs = context.heredocs ?? (language === "shell" || language === "dockerfile" ? heredocLines(text) : /* @__PURE__ */ new Set());
  const src = new SourceText("", language, text);
  const edits = [];
  for (const f of findings) {
    const fix = f.fix;
    if (!fix || heredocs.has(fix.range.start.line)) continue;
    const start = src.offset(fix.range.start);
    const end = src.offset(fix.range.end);
    const edit = "lookup" in fix ? renderLookup(text, language, src.lineStart(fix.range.start.line), start, end, fix.lookup.envVar, fix.lookup.port, context.osFrom) : { start, end, text: fix.text };
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
    if (decoded.language === "shell") context.heredocs = await shellHeredocLines(decoded.text);
    if (decoded.language === "python") {
      const osFrom = await pythonOsBoundFrom(decoded.text);
      if (osFrom !== void 0) context.osFrom = osFrom;
    }
    const { text, applied } = applyFixes(decoded.text, decoded.language, list, context);
    if (applied === 0 || text === decoded.text) continue;
    if (await syntaxErrors(decoded.language, text) > await syntaxErrors(decoded.language, decoded.text)) {
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
        out.skipped.push({ file: c.file, reason: err.message.replace(/^cannot write [^:]*: /, "") });
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
  compareFindings,
  compareStrings,
  WriteError,
  removeStaleTempFiles,
  writeRootFor,
  safeWriteFile,
  formatMessage,
  configureRules,
  lintUnsorted,
  finalize,
  isExternalHost,
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
