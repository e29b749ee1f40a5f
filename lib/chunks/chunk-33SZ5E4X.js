import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  UserFileError,
  __toESM,
  readUserFile,
  require_dist,
  require_picomatch,
  suggest
} from "./chunk-K7G5YRCE.js";

// src/errors.ts
var ConfigError = class extends Error {
  constructor(file, line, column, keyPath, detail) {
    super(`${file}:${line}:${column}: ${keyPath}: ${detail}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.keyPath = keyPath;
    this.detail = detail;
    this.name = "ConfigError";
  }
  file;
  line;
  column;
  keyPath;
  detail;
};
var ConfigErrors = class extends Error {
  constructor(errors) {
    super(errors.map((e) => e.message).join("\n"));
    this.errors = errors;
    this.name = "ConfigErrors";
  }
  errors;
};
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
function describeKnownError(err) {
  if (err instanceof ConfigErrors) return err.errors.map((e) => e.message);
  if (err instanceof ConfigError || err instanceof UsageError) return [err.message];
  return void 0;
}

// src/registry/registry.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function inRange(port, range) {
  return port >= range[0] && port <= range[1];
}
function rangesOverlap(a, b) {
  return a[0] <= b[1] && b[0] <= a[1];
}
function formatRange(range) {
  return range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
}
function allowsPort(service, port) {
  return inRange(port, service.range) || service.instances.some((i) => i.port === port);
}
function formatInstances(service, max = 4) {
  const shown = service.instances.slice(0, max).map((i) => `${i.name} ${i.port}`);
  if (service.instances.length > max) shown.push(`${service.instances.length - max} more`);
  return shown.join(", ");
}
function looseName(name) {
  return name.toLowerCase().replace(/[-.\s]+/g, "_");
}
var Registry = class {
  file;
  path;
  lines;
  services;
  categories;
  reserved;
  conflictDetection;
  environments;
  lint;
  environment;
  byName = /* @__PURE__ */ new Map();
  byEnvVar = /* @__PURE__ */ new Map();
  byDefault = /* @__PURE__ */ new Map();
  byInstancePort = /* @__PURE__ */ new Map();
  byInstanceName = /* @__PURE__ */ new Map();
  instanceGlobs = /* @__PURE__ */ new Map();
  constructor(data) {
    this.file = data.file;
    this.path = data.path;
    this.lines = data.lines;
    this.services = data.services;
    this.categories = data.categories;
    this.reserved = data.reserved;
    this.conflictDetection = data.conflictDetection;
    this.environments = data.environments;
    this.lint = data.lint;
    if (data.environment !== void 0) this.environment = data.environment;
    for (const s of this.services) {
      this.byName.set(s.name, s);
      if (s.envVar) push(this.byEnvVar, s.envVar, s);
      push(this.byDefault, s.default, s);
      for (const i of s.instances) {
        const owners = this.byInstancePort.get(i.port);
        if (i.port !== s.default && !owners?.includes(s)) push(this.byInstancePort, i.port, s);
        const key = looseName(i.name);
        if (!this.byInstanceName.has(key)) this.byInstanceName.set(key, { service: s, instance: i });
      }
    }
  }
  service(name) {
    return this.byName.get(name);
  }
  /**
   * Services whose default is `port`, then those with an instance on it, then those whose range
   * contains it, in declaration order.
   */
  servicesForPort(port) {
    const exact = this.byDefault.get(port) ?? [];
    const instances = (this.byInstancePort.get(port) ?? []).filter((s) => !exact.includes(s));
    const ranged = this.services.filter((s) => s.default !== port && !instances.includes(s) && inRange(port, s.range));
    return [...exact, ...instances, ...ranged];
  }
  /** The instance of `service` that `place` belongs to: its compose service, or a file its globs match. */
  instanceAt(service, place) {
    if (service.instances.length === 0) return void 0;
    if (place.service !== void 0) {
      const name = looseName(place.service);
      const byService = service.instances.find((i) => looseName(i.name) === name);
      if (byService) return byService;
    }
    return service.instances.find((i) => i.files.length > 0 && this.globsOf(i)(place.file));
  }
  /** The registry service and instance a compose service is, when it is declared as an instance. */
  instanceNamed(composeService) {
    return this.byInstanceName.get(looseName(composeService));
  }
  globsOf(instance) {
    let match = this.instanceGlobs.get(instance);
    if (!match) {
      match = (0, import_picomatch.default)(instance.files, { dot: true });
      this.instanceGlobs.set(instance, match);
    }
    return match;
  }
  /** The service a port most plausibly belongs to: the one whose default it is, else whose range holds it. */
  serviceForPort(port) {
    return this.servicesForPort(port)[0];
  }
  /** Services reading this env var (more than one is an env-var-collision). */
  servicesForEnvVar(name) {
    return this.byEnvVar.get(name) ?? [];
  }
  serviceForEnvVar(name) {
    return this.byEnvVar.get(name)?.[0];
  }
  reservedFor(port) {
    return this.reserved.find((r) => r.port === port);
  }
  category(name) {
    return this.categories.find((c) => c.name === name);
  }
  /** The trimmed text of a line of ports.yaml (1-based). */
  lineText(line) {
    return (this.lines[line - 1] ?? "").trim();
  }
  /** Where a service is declared, for messages: "config/ports.yaml:12". */
  where(range) {
    return `${this.file}:${range.start.line}`;
  }
};
function push(map, key, value) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// src/registry/find.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
var CONFIG_NAMES = ["ports.yaml", "config/ports.yaml", ".ports.yaml"];
function findRepoRoot(start) {
  let dir = path.resolve(start);
  for (; ; ) {
    if (existsSync(path.join(dir, ".git"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}
function findConfig(cwd) {
  const stop = findRepoRoot(cwd) ?? path.resolve(cwd);
  let dir = path.resolve(cwd);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate) && !statSync(candidate).isDirectory()) return candidate;
    }
    if (dir === stop) return void 0;
    const parent = path.dirname(dir);
    if (parent === dir) return void 0;
    dir = parent;
  }
}

// src/registry/load.ts
var import_yaml = __toESM(require_dist(), 1);
import path3 from "node:path";

// src/registry/ports-schema-validator.ts
var ports_schema_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/port-lint/port-lint/main/config/ports.schema.json", "title": "ports.yaml", "description": "port-lint's port registry: the single source of truth for every network port a repository uses. Add `# yaml-language-server: $schema=<path to this file>` at the top of ports.yaml for completion in editors.", "type": "object", "additionalProperties": false, "required": ["ports"], "properties": { "ports": { "description": "Every service that listens on a port, by name. The name is what `port-lint get <name>` and PortManager.getPort(name) take.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$" }, "additionalProperties": { "$ref": "#/definitions/service" } }, "conflict_detection": { "description": "How the runtime (PortManager, `port-lint get --check`, `port-lint check`) treats a port that is already taken.", "type": "object", "additionalProperties": false, "properties": { "enabled": { "description": "Check whether a service's port is free before handing it out (services with conflict_check: true are always checked when asked). Default true.", "type": "boolean" }, "check_on_startup": { "description": "Generated runtime modules check for conflicts by default when a service asks for its port. Default false.", "type": "boolean" }, "auto_resolve": { "description": "When a service's port is taken, fall back to the first free port of its range (never for immutable services). Default false.", "type": "boolean" }, "warn_on_conflict": { "description": "Print a warning naming the port actually used when a fallback happens. Default true.", "type": "boolean" } } }, "reserved": { "description": "Ports owned by something outside this registry (Grafana, another team's container). Using one is reported by the reserved-port rule.", "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["port"], "properties": { "port": { "$ref": "#/definitions/port", "description": "The reserved port." }, "service": { "type": "string", "description": 'Who owns the port, e.g. "Grafana (external)".' }, "note": { "type": "string", "description": "Why it is reserved or what to check before using it." } } } }, "categories": { "description": "Port blocks by kind of service (the seed's range table). A service's category is its `category` key, or the block that contains its default. Checked by the category-range rule.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "required": ["range"], "properties": { "range": { "$ref": "#/definitions/range", "description": "The block of ports, [low, high] inclusive." }, "description": { "type": "string", "description": "What kind of service lives in this block." } } } }, "environments": { "description": "Per-environment overlays (development, staging, production): a service's default, range or env var as that environment has it. Chosen with --env NAME or PORT_LINT_ENV.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$" }, "additionalProperties": { "type": "object", "additionalProperties": false, "properties": { "description": { "type": "string", "description": "What this environment is." }, "ports": { "description": "Overrides by service name; keys not given keep the base registry's value.", "type": "object", "additionalProperties": { "$ref": "#/definitions/serviceOverride" } } } } }, "lint": { "description": "Settings of the scanner.", "type": "object", "additionalProperties": false, "properties": { "include": { "description": "Globs (relative to the directory holding ports.yaml's repository root) of files to scan. Default: everything not ignored.", "type": "array", "items": { "type": "string" } }, "exclude": { "description": "Globs of files not to scan, on top of .gitignore and the built-in node_modules/.git/dist/build/vendor.", "type": "array", "items": { "type": "string" } }, "rules": { "description": "Rule severities, as in ESLint: `rule-id: off | warn | error`, or `rule-id: [severity, { options }]`.", "type": "object", "additionalProperties": { "anyOf": [{ "$ref": "#/definitions/severity" }, { "type": "array", "minItems": 1, "maxItems": 2, "items": [{ "$ref": "#/definitions/severity" }, { "type": "object" }] }] } }, "max_file_size": { "description": 'Files larger than this are skipped with a notice. Bytes, or a string such as "1MiB", "512KB". Default 1MiB.', "type": ["integer", "string"] }, "compose_sets": { "description": "Compose files that are run together (`docker compose -f a.yaml -f b.yaml`), by a name of your choice: publish-conflict checks each set as one deployment, in the order given. Without it, only a directory's compose.yaml (or docker-compose.yml) and its .override. file are one deployment; every other compose file stands alone.", "type": "object", "propertyNames": { "pattern": "^[A-Za-z_][A-Za-z0-9_.-]*$" }, "additionalProperties": { "description": "Paths of the compose files of this set, relative to the repository root, in -f order; or { files, profiles } for a set run with --profile.", "type": ["array", "object"], "minItems": 1, "items": { "type": "string" }, "additionalProperties": false, "required": ["files"], "properties": { "files": { "description": "Paths of the compose files of this set, relative to the repository root, in -f order.", "type": "array", "minItems": 1, "items": { "type": "string" } }, "profiles": { "description": "The profiles this set enables (--profile): services of other profiles do not run in it. Without it, services of disjoint profiles are taken for alternatives.", "type": "array", "items": { "type": "string" } } } } } } } }, "definitions": { "port": { "description": "A TCP/UDP port number.", "type": "integer", "minimum": 1, "maximum": 65535 }, "range": { "description": "[low, high], inclusive, low <= high.", "type": "array", "minItems": 2, "maxItems": 2, "items": { "$ref": "#/definitions/port" } }, "severity": { "description": "off (or 0), warn (or warning, 1), error (or 2).", "enum": ["off", "warn", "warning", "error", 0, 1, 2] }, "envVar": { "description": "The environment variable that overrides the port, or null when the port cannot be changed.", "type": ["string", "null"], "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" }, "service": { "type": "object", "additionalProperties": false, "required": ["default"], "properties": { "default": { "$ref": "#/definitions/port", "description": "The port the service uses unless its env var says otherwise." }, "env_var": { "$ref": "#/definitions/envVar" }, "description": { "type": "string", "description": "What the service is." }, "range": { "$ref": "#/definitions/range", "description": "Ports the service may use, [low, high] inclusive: env values outside it are errors, and fallbacks pick the first free port in it. Default [default, default]." }, "optional": { "type": "boolean", "description": "The service need not be running; `port-lint check` does not fail when it is not. Default false." }, "immutable": { "type": "boolean", "description": "The port is fixed (hardcoded by a client you do not control): its env var is never honoured and it never falls back. Default false." }, "conflict_check": { "type": "boolean", "description": "Check that the port is free before the service gets it. Default false." }, "category": { "type": "string", "description": "The block in `categories` this service belongs to. Default: the block containing its default port." }, "protocol": { "enum": ["tcp", "udp", "both"], "description": "What the service listens with. Default tcp." }, "service_command": { "description": 'Substrings of the command line of the process that is this service ("uvicorn", "vite"). `port-lint check` uses them to tell the service from an intruder on its port.', "type": ["string", "array"], "items": { "type": "string" } }, "instances": { "description": "Containers that each run this service with their own value of its env var (one REDIS_PORT_NUMBER per redis-cluster node, PORT per image), keyed by compose service name: a port, or { port, files } where files are globs of the files that belong to that instance (its Dockerfile, its env file). Each value is allowed for its variable besides the range, and expected in that instance.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "additionalProperties": { "description": "The instance's port, or { port, files }.", "type": ["integer", "object"], "minimum": 1, "maximum": 65535, "additionalProperties": false, "required": ["port"], "properties": { "port": { "$ref": "#/definitions/port", "description": "The port this instance is given." }, "files": { "description": "Globs (relative to the repository root) of files that belong to this instance besides its compose service: its Dockerfile, env file, config.", "type": ["string", "array"], "items": { "type": "string" } } } } } } }, "serviceOverride": { "type": "object", "additionalProperties": false, "properties": { "default": { "$ref": "#/definitions/port", "description": "The default in this environment." }, "env_var": { "$ref": "#/definitions/envVar" }, "range": { "$ref": "#/definitions/range", "description": "The range in this environment." }, "optional": { "type": "boolean", "description": "Whether the service is optional in this environment." } } } } };
var schema13 = { "description": "A TCP/UDP port number.", "type": "integer", "minimum": 1, "maximum": 65535 };
var schema22 = { "description": "off (or 0), warn (or warning, 1), error (or 2).", "enum": ["off", "warn", "warning", "error", 0, 1, 2] };
var pattern0 = new RegExp("^[A-Za-z_][A-Za-z0-9_.-]*$", "u");
var schema12 = { "type": "object", "additionalProperties": false, "required": ["default"], "properties": { "default": { "$ref": "#/definitions/port", "description": "The port the service uses unless its env var says otherwise." }, "env_var": { "$ref": "#/definitions/envVar" }, "description": { "type": "string", "description": "What the service is." }, "range": { "$ref": "#/definitions/range", "description": "Ports the service may use, [low, high] inclusive: env values outside it are errors, and fallbacks pick the first free port in it. Default [default, default]." }, "optional": { "type": "boolean", "description": "The service need not be running; `port-lint check` does not fail when it is not. Default false." }, "immutable": { "type": "boolean", "description": "The port is fixed (hardcoded by a client you do not control): its env var is never honoured and it never falls back. Default false." }, "conflict_check": { "type": "boolean", "description": "Check that the port is free before the service gets it. Default false." }, "category": { "type": "string", "description": "The block in `categories` this service belongs to. Default: the block containing its default port." }, "protocol": { "enum": ["tcp", "udp", "both"], "description": "What the service listens with. Default tcp." }, "service_command": { "description": 'Substrings of the command line of the process that is this service ("uvicorn", "vite"). `port-lint check` uses them to tell the service from an intruder on its port.', "type": ["string", "array"], "items": { "type": "string" } }, "instances": { "description": "Containers that each run this service with their own value of its env var (one REDIS_PORT_NUMBER per redis-cluster node, PORT per image), keyed by compose service name: a port, or { port, files } where files are globs of the files that belong to that instance (its Dockerfile, its env file). Each value is allowed for its variable besides the range, and expected in that instance.", "type": "object", "minProperties": 1, "propertyNames": { "pattern": "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, "additionalProperties": { "description": "The instance's port, or { port, files }.", "type": ["integer", "object"], "minimum": 1, "maximum": 65535, "additionalProperties": false, "required": ["port"], "properties": { "port": { "$ref": "#/definitions/port", "description": "The port this instance is given." }, "files": { "description": "Globs (relative to the repository root) of files that belong to this instance besides its compose service: its Dockerfile, env file, config.", "type": ["string", "array"], "items": { "type": "string" } } } } } } };
var schema14 = { "description": "The environment variable that overrides the port, or null when the port cannot be changed.", "type": ["string", "null"], "pattern": "^[A-Za-z_][A-Za-z0-9_]*$" };
var func2 = Object.prototype.hasOwnProperty;
var pattern1 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
var pattern2 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.-]*$", "u");
var schema15 = { "description": "[low, high], inclusive, low <= high.", "type": "array", "minItems": 2, "maxItems": 2, "items": { "$ref": "#/definitions/port" } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length > 2) {
      const err0 = { instancePath, schemaPath: "#/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.length < 2) {
      const err1 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 65535 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.default === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "default" }, message: "must have required property 'default'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.default !== void 0) {
      let data0 = data.default;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err2 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 65535 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
    }
    if (data.env_var !== void 0) {
      let data1 = data.env_var;
      if (typeof data1 !== "string" && data1 !== null) {
        const err5 = { instancePath: instancePath + "/env_var", schemaPath: "#/definitions/envVar/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err6 = { instancePath: instancePath + "/env_var", schemaPath: "#/definitions/envVar/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.description.type, parentSchema: schema12.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.range !== void 0) {
      if (!validate12(data.range, { instancePath: instancePath + "/range", parentData: data, parentDataProperty: "range", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.optional !== void 0) {
      let data4 = data.optional;
      if (typeof data4 !== "boolean") {
        const err8 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.optional.type, parentSchema: schema12.properties.optional, data: data4 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.immutable !== void 0) {
      let data5 = data.immutable;
      if (typeof data5 !== "boolean") {
        const err9 = { instancePath: instancePath + "/immutable", schemaPath: "#/properties/immutable/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.immutable.type, parentSchema: schema12.properties.immutable, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.conflict_check !== void 0) {
      let data6 = data.conflict_check;
      if (typeof data6 !== "boolean") {
        const err10 = { instancePath: instancePath + "/conflict_check", schemaPath: "#/properties/conflict_check/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema12.properties.conflict_check.type, parentSchema: schema12.properties.conflict_check, data: data6 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.category !== void 0) {
      let data7 = data.category;
      if (typeof data7 !== "string") {
        const err11 = { instancePath: instancePath + "/category", schemaPath: "#/properties/category/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.category.type, parentSchema: schema12.properties.category, data: data7 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.protocol !== void 0) {
      let data8 = data.protocol;
      if (!(data8 === "tcp" || data8 === "udp" || data8 === "both")) {
        const err12 = { instancePath: instancePath + "/protocol", schemaPath: "#/properties/protocol/enum", keyword: "enum", params: { allowedValues: schema12.properties.protocol.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.protocol.enum, parentSchema: schema12.properties.protocol, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.service_command !== void 0) {
      let data9 = data.service_command;
      if (typeof data9 !== "string" && !Array.isArray(data9)) {
        const err13 = { instancePath: instancePath + "/service_command", schemaPath: "#/properties/service_command/type", keyword: "type", params: { type: schema12.properties.service_command.type }, message: "must be string,array", schema: schema12.properties.service_command.type, parentSchema: schema12.properties.service_command, data: data9 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data9)) {
        const len0 = data9.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data10 = data9[i0];
          if (typeof data10 !== "string") {
            const err14 = { instancePath: instancePath + "/service_command/" + i0, schemaPath: "#/properties/service_command/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.service_command.items.type, parentSchema: schema12.properties.service_command.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      }
    }
    if (data.instances !== void 0) {
      let data11 = data.instances;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (Object.keys(data11).length < 1) {
          const err15 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema12.properties.instances, data: data11 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        for (const key1 in data11) {
          const _errs26 = errors;
          if (typeof key1 === "string") {
            if (!pattern2.test(key1)) {
              const err16 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", parentSchema: schema12.properties.instances.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          var valid5 = _errs26 === errors;
          if (!valid5) {
            const err17 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema12.properties.instances.propertyNames, parentSchema: schema12.properties.instances, data: data11 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        for (const key2 in data11) {
          let data12 = data11[key2];
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12))) && !(data12 && typeof data12 == "object" && !Array.isArray(data12))) {
            const err18 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instances/additionalProperties/type", keyword: "type", params: { type: schema12.properties.instances.additionalProperties.type }, message: "must be integer,object", schema: schema12.properties.instances.additionalProperties.type, parentSchema: schema12.properties.instances.additionalProperties, data: data12 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data12 == "number") {
            if (data12 > 65535 || isNaN(data12)) {
              const err19 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instances/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema12.properties.instances.additionalProperties, data: data12 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
            if (data12 < 1 || isNaN(data12)) {
              const err20 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instances/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema12.properties.instances.additionalProperties, data: data12 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            if (data12.port === void 0) {
              const err21 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instances/additionalProperties/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema12.properties.instances.additionalProperties.required, parentSchema: schema12.properties.instances.additionalProperties, data: data12 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            for (const key3 in data12) {
              if (!(key3 === "port" || key3 === "files")) {
                const err22 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/instances/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.instances.additionalProperties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            }
            if (data12.port !== void 0) {
              let data13 = data12.port;
              if (!(typeof data13 == "number" && (!(data13 % 1) && !isNaN(data13)))) {
                const err23 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.type, parentSchema: schema13, data: data13 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (typeof data13 == "number") {
                if (data13 > 65535 || isNaN(data13)) {
                  const err24 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema13, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err24];
                  } else {
                    vErrors.push(err24);
                  }
                  errors++;
                }
                if (data13 < 1 || isNaN(data13)) {
                  const err25 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13, data: data13 };
                  if (vErrors === null) {
                    vErrors = [err25];
                  } else {
                    vErrors.push(err25);
                  }
                  errors++;
                }
              }
            }
            if (data12.files !== void 0) {
              let data14 = data12.files;
              if (typeof data14 !== "string" && !Array.isArray(data14)) {
                const err26 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/files", schemaPath: "#/properties/instances/additionalProperties/properties/files/type", keyword: "type", params: { type: schema12.properties.instances.additionalProperties.properties.files.type }, message: "must be string,array", schema: schema12.properties.instances.additionalProperties.properties.files.type, parentSchema: schema12.properties.instances.additionalProperties.properties.files, data: data14 };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              }
              if (Array.isArray(data14)) {
                const len1 = data14.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data15 = data14[i1];
                  if (typeof data15 !== "string") {
                    const err27 = { instancePath: instancePath + "/instances/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/files/" + i1, schemaPath: "#/properties/instances/additionalProperties/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.instances.additionalProperties.properties.files.items.type, parentSchema: schema12.properties.instances.additionalProperties.properties.files.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                }
              }
            }
          }
        }
      } else {
        const err28 = { instancePath: instancePath + "/instances", schemaPath: "#/properties/instances/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.instances.type, parentSchema: schema12.properties.instances, data: data11 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
  } else {
    const err29 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err29];
    } else {
      vErrors.push(err29);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema19 = { "type": "object", "additionalProperties": false, "properties": { "default": { "$ref": "#/definitions/port", "description": "The default in this environment." }, "env_var": { "$ref": "#/definitions/envVar" }, "range": { "$ref": "#/definitions/range", "description": "The range in this environment." }, "optional": { "type": "boolean", "description": "Whether the service is optional in this environment." } } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "default" || key0 === "env_var" || key0 === "range" || key0 === "optional")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.default !== void 0) {
      let data0 = data.default;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
        const err1 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number") {
        if (data0 > 65535 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err3 = { instancePath: instancePath + "/default", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    }
    if (data.env_var !== void 0) {
      let data1 = data.env_var;
      if (typeof data1 !== "string" && data1 !== null) {
        const err4 = { instancePath: instancePath + "/env_var", schemaPath: "#/definitions/envVar/type", keyword: "type", params: { type: schema14.type }, message: "must be string,null", schema: schema14.type, parentSchema: schema14, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (typeof data1 === "string") {
        if (!pattern1.test(data1)) {
          const err5 = { instancePath: instancePath + "/env_var", schemaPath: "#/definitions/envVar/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"', schema: "^[A-Za-z_][A-Za-z0-9_]*$", parentSchema: schema14, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
    }
    if (data.range !== void 0) {
      if (!validate12(data.range, { instancePath: instancePath + "/range", parentData: data, parentDataProperty: "range", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.optional !== void 0) {
      let data3 = data.optional;
      if (typeof data3 !== "boolean") {
        const err6 = { instancePath: instancePath + "/optional", schemaPath: "#/properties/optional/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema19.properties.optional.type, parentSchema: schema19.properties.optional, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.ports === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "ports" }, message: "must have required property 'ports'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "ports" || key0 === "conflict_detection" || key0 === "reserved" || key0 === "categories" || key0 === "environments" || key0 === "lint")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.ports !== void 0) {
      let data0 = data.ports;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key1 in data0) {
          const _errs4 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err2 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.ports.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
          var valid1 = _errs4 === errors;
          if (!valid1) {
            const err3 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.ports.propertyNames, parentSchema: schema11.properties.ports, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          if (!validate11(data0[key2], { instancePath: instancePath + "/ports/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data0, parentDataProperty: key2, rootData })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/ports", schemaPath: "#/properties/ports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.ports.type, parentSchema: schema11.properties.ports, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.conflict_detection !== void 0) {
      let data2 = data.conflict_detection;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        for (const key3 in data2) {
          if (!(key3 === "enabled" || key3 === "check_on_startup" || key3 === "auto_resolve" || key3 === "warn_on_conflict")) {
            const err5 = { instancePath: instancePath + "/conflict_detection", schemaPath: "#/properties/conflict_detection/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.conflict_detection, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data2.enabled !== void 0) {
          let data3 = data2.enabled;
          if (typeof data3 !== "boolean") {
            const err6 = { instancePath: instancePath + "/conflict_detection/enabled", schemaPath: "#/properties/conflict_detection/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.conflict_detection.properties.enabled.type, parentSchema: schema11.properties.conflict_detection.properties.enabled, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data2.check_on_startup !== void 0) {
          let data4 = data2.check_on_startup;
          if (typeof data4 !== "boolean") {
            const err7 = { instancePath: instancePath + "/conflict_detection/check_on_startup", schemaPath: "#/properties/conflict_detection/properties/check_on_startup/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.conflict_detection.properties.check_on_startup.type, parentSchema: schema11.properties.conflict_detection.properties.check_on_startup, data: data4 };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data2.auto_resolve !== void 0) {
          let data5 = data2.auto_resolve;
          if (typeof data5 !== "boolean") {
            const err8 = { instancePath: instancePath + "/conflict_detection/auto_resolve", schemaPath: "#/properties/conflict_detection/properties/auto_resolve/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.conflict_detection.properties.auto_resolve.type, parentSchema: schema11.properties.conflict_detection.properties.auto_resolve, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data2.warn_on_conflict !== void 0) {
          let data6 = data2.warn_on_conflict;
          if (typeof data6 !== "boolean") {
            const err9 = { instancePath: instancePath + "/conflict_detection/warn_on_conflict", schemaPath: "#/properties/conflict_detection/properties/warn_on_conflict/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema11.properties.conflict_detection.properties.warn_on_conflict.type, parentSchema: schema11.properties.conflict_detection.properties.warn_on_conflict, data: data6 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/conflict_detection", schemaPath: "#/properties/conflict_detection/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.conflict_detection.type, parentSchema: schema11.properties.conflict_detection, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.reserved !== void 0) {
      let data7 = data.reserved;
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.port === void 0) {
              const err11 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/properties/reserved/items/required", keyword: "required", params: { missingProperty: "port" }, message: "must have required property 'port'", schema: schema11.properties.reserved.items.required, parentSchema: schema11.properties.reserved.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            for (const key4 in data8) {
              if (!(key4 === "port" || key4 === "service" || key4 === "note")) {
                const err12 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/properties/reserved/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.reserved.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.port !== void 0) {
              let data9 = data8.port;
              if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                const err13 = { instancePath: instancePath + "/reserved/" + i0 + "/port", schemaPath: "#/definitions/port/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.type, parentSchema: schema13, data: data9 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
              if (typeof data9 == "number") {
                if (data9 > 65535 || isNaN(data9)) {
                  const err14 = { instancePath: instancePath + "/reserved/" + i0 + "/port", schemaPath: "#/definitions/port/maximum", keyword: "maximum", params: { comparison: "<=", limit: 65535 }, message: "must be <= 65535", schema: 65535, parentSchema: schema13, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
                if (data9 < 1 || isNaN(data9)) {
                  const err15 = { instancePath: instancePath + "/reserved/" + i0 + "/port", schemaPath: "#/definitions/port/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err15];
                  } else {
                    vErrors.push(err15);
                  }
                  errors++;
                }
              }
            }
            if (data8.service !== void 0) {
              let data10 = data8.service;
              if (typeof data10 !== "string") {
                const err16 = { instancePath: instancePath + "/reserved/" + i0 + "/service", schemaPath: "#/properties/reserved/items/properties/service/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reserved.items.properties.service.type, parentSchema: schema11.properties.reserved.items.properties.service, data: data10 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            }
            if (data8.note !== void 0) {
              let data11 = data8.note;
              if (typeof data11 !== "string") {
                const err17 = { instancePath: instancePath + "/reserved/" + i0 + "/note", schemaPath: "#/properties/reserved/items/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.reserved.items.properties.note.type, parentSchema: schema11.properties.reserved.items.properties.note, data: data11 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
            }
          } else {
            const err18 = { instancePath: instancePath + "/reserved/" + i0, schemaPath: "#/properties/reserved/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.reserved.items.type, parentSchema: schema11.properties.reserved.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/reserved", schemaPath: "#/properties/reserved/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.reserved.type, parentSchema: schema11.properties.reserved, data: data7 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.categories !== void 0) {
      let data12 = data.categories;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key5 in data12) {
          const _errs32 = errors;
          if (typeof key5 === "string") {
            if (!pattern0.test(key5)) {
              const err20 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.categories.propertyNames, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          }
          var valid8 = _errs32 === errors;
          if (!valid8) {
            const err21 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema11.properties.categories.propertyNames, parentSchema: schema11.properties.categories, data: data12 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        for (const key6 in data12) {
          let data13 = data12[key6];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            if (data13.range === void 0) {
              const err22 = { instancePath: instancePath + "/categories/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/categories/additionalProperties/required", keyword: "required", params: { missingProperty: "range" }, message: "must have required property 'range'", schema: schema11.properties.categories.additionalProperties.required, parentSchema: schema11.properties.categories.additionalProperties, data: data13 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            for (const key7 in data13) {
              if (!(key7 === "range" || key7 === "description")) {
                const err23 = { instancePath: instancePath + "/categories/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/categories/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.categories.additionalProperties, data: data13 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
            }
            if (data13.range !== void 0) {
              if (!validate12(data13.range, { instancePath: instancePath + "/categories/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/range", parentData: data13, parentDataProperty: "range", rootData })) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
              }
            }
            if (data13.description !== void 0) {
              let data15 = data13.description;
              if (typeof data15 !== "string") {
                const err24 = { instancePath: instancePath + "/categories/" + key6.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/categories/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.categories.additionalProperties.properties.description.type, parentSchema: schema11.properties.categories.additionalProperties.properties.description, data: data15 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/categories/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/categories/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.additionalProperties.type, parentSchema: schema11.properties.categories.additionalProperties, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/categories", schemaPath: "#/properties/categories/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.categories.type, parentSchema: schema11.properties.categories, data: data12 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.environments !== void 0) {
      let data16 = data.environments;
      if (data16 && typeof data16 == "object" && !Array.isArray(data16)) {
        for (const key8 in data16) {
          const _errs42 = errors;
          if (typeof key8 === "string") {
            if (!pattern0.test(key8)) {
              const err27 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.environments.propertyNames, data: key8, propertyName: key8 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          }
          var valid11 = _errs42 === errors;
          if (!valid11) {
            const err28 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema11.properties.environments.propertyNames, parentSchema: schema11.properties.environments, data: data16 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        for (const key9 in data16) {
          let data17 = data16[key9];
          if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key10 in data17) {
              if (!(key10 === "description" || key10 === "ports")) {
                const err29 = { instancePath: instancePath + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.environments.additionalProperties, data: data17 };
                if (vErrors === null) {
                  vErrors = [err29];
                } else {
                  vErrors.push(err29);
                }
                errors++;
              }
            }
            if (data17.description !== void 0) {
              let data18 = data17.description;
              if (typeof data18 !== "string") {
                const err30 = { instancePath: instancePath + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/description", schemaPath: "#/properties/environments/additionalProperties/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.environments.additionalProperties.properties.description.type, parentSchema: schema11.properties.environments.additionalProperties.properties.description, data: data18 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            }
            if (data17.ports !== void 0) {
              let data19 = data17.ports;
              if (data19 && typeof data19 == "object" && !Array.isArray(data19)) {
                for (const key11 in data19) {
                  if (!validate16(data19[key11], { instancePath: instancePath + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ports/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data19, parentDataProperty: key11, rootData })) {
                    vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                    errors = vErrors.length;
                  }
                }
              } else {
                const err31 = { instancePath: instancePath + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1") + "/ports", schemaPath: "#/properties/environments/additionalProperties/properties/ports/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.additionalProperties.properties.ports.type, parentSchema: schema11.properties.environments.additionalProperties.properties.ports, data: data19 };
                if (vErrors === null) {
                  vErrors = [err31];
                } else {
                  vErrors.push(err31);
                }
                errors++;
              }
            }
          } else {
            const err32 = { instancePath: instancePath + "/environments/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/environments/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.additionalProperties.type, parentSchema: schema11.properties.environments.additionalProperties, data: data17 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data16 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.lint !== void 0) {
      let data21 = data.lint;
      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
        for (const key12 in data21) {
          if (!(key12 === "include" || key12 === "exclude" || key12 === "rules" || key12 === "max_file_size" || key12 === "compose_sets")) {
            const err34 = { instancePath: instancePath + "/lint", schemaPath: "#/properties/lint/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.lint, data: data21 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data21.include !== void 0) {
          let data22 = data21.include;
          if (Array.isArray(data22)) {
            const len1 = data22.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data23 = data22[i1];
              if (typeof data23 !== "string") {
                const err35 = { instancePath: instancePath + "/lint/include/" + i1, schemaPath: "#/properties/lint/properties/include/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.lint.properties.include.items.type, parentSchema: schema11.properties.lint.properties.include.items, data: data23 };
                if (vErrors === null) {
                  vErrors = [err35];
                } else {
                  vErrors.push(err35);
                }
                errors++;
              }
            }
          } else {
            const err36 = { instancePath: instancePath + "/lint/include", schemaPath: "#/properties/lint/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.lint.properties.include.type, parentSchema: schema11.properties.lint.properties.include, data: data22 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
        if (data21.exclude !== void 0) {
          let data24 = data21.exclude;
          if (Array.isArray(data24)) {
            const len2 = data24.length;
            for (let i2 = 0; i2 < len2; i2++) {
              let data25 = data24[i2];
              if (typeof data25 !== "string") {
                const err37 = { instancePath: instancePath + "/lint/exclude/" + i2, schemaPath: "#/properties/lint/properties/exclude/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.lint.properties.exclude.items.type, parentSchema: schema11.properties.lint.properties.exclude.items, data: data25 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            }
          } else {
            const err38 = { instancePath: instancePath + "/lint/exclude", schemaPath: "#/properties/lint/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.lint.properties.exclude.type, parentSchema: schema11.properties.lint.properties.exclude, data: data24 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data21.rules !== void 0) {
          let data26 = data21.rules;
          if (data26 && typeof data26 == "object" && !Array.isArray(data26)) {
            for (const key13 in data26) {
              let data27 = data26[key13];
              const _errs68 = errors;
              let valid21 = false;
              const _errs69 = errors;
              if (!(data27 === "off" || data27 === "warn" || data27 === "warning" || data27 === "error" || data27 === 0 || data27 === 1 || data27 === 2)) {
                const err39 = { instancePath: instancePath + "/lint/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data27 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
              }
              var _valid0 = _errs69 === errors;
              valid21 = valid21 || _valid0;
              if (!valid21) {
                const _errs71 = errors;
                if (Array.isArray(data27)) {
                  if (data27.length > 2) {
                    const err40 = { instancePath: instancePath + "/lint/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/rules/additionalProperties/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema11.properties.lint.properties.rules.additionalProperties.anyOf[1], data: data27 };
                    if (vErrors === null) {
                      vErrors = [err40];
                    } else {
                      vErrors.push(err40);
                    }
                    errors++;
                  }
                  if (data27.length < 1) {
                    const err41 = { instancePath: instancePath + "/lint/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/rules/additionalProperties/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.lint.properties.rules.additionalProperties.anyOf[1], data: data27 };
                    if (vErrors === null) {
                      vErrors = [err41];
                    } else {
                      vErrors.push(err41);
                    }
                    errors++;
                  }
                  const len3 = data27.length;
                  if (len3 > 0) {
                    let data28 = data27[0];
                    if (!(data28 === "off" || data28 === "warn" || data28 === "warning" || data28 === "error" || data28 === 0 || data28 === 1 || data28 === 2)) {
                      const err42 = { instancePath: instancePath + "/lint/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/0", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema22.enum }, message: "must be equal to one of the allowed values", schema: schema22.enum, parentSchema: schema22, data: data28 };
                      if (vErrors === null) {
                        vErrors = [err42];
                      } else {
                        vErrors.push(err42);
                      }
                      errors++;
                    }
                  }
                  if (len3 > 1) {
                    let data29 = data27[1];
                    if (!(data29 && typeof data29 == "object" && !Array.isArray(data29))) {
                      const err43 = { instancePath: instancePath + "/lint/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1") + "/1", schemaPath: "#/properties/lint/properties/rules/additionalProperties/anyOf/1/items/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].items[1].type, parentSchema: schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].items[1], data: data29 };
                      if (vErrors === null) {
                        vErrors = [err43];
                      } else {
                        vErrors.push(err43);
                      }
                      errors++;
                    }
                  }
                } else {
                  const err44 = { instancePath: instancePath + "/lint/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/rules/additionalProperties/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.lint.properties.rules.additionalProperties.anyOf[1].type, parentSchema: schema11.properties.lint.properties.rules.additionalProperties.anyOf[1], data: data27 };
                  if (vErrors === null) {
                    vErrors = [err44];
                  } else {
                    vErrors.push(err44);
                  }
                  errors++;
                }
                var _valid0 = _errs71 === errors;
                valid21 = valid21 || _valid0;
              }
              if (!valid21) {
                const err45 = { instancePath: instancePath + "/lint/rules/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/rules/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema11.properties.lint.properties.rules.additionalProperties.anyOf, parentSchema: schema11.properties.lint.properties.rules.additionalProperties, data: data27 };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              } else {
                errors = _errs68;
                if (vErrors !== null) {
                  if (_errs68) {
                    vErrors.length = _errs68;
                  } else {
                    vErrors = null;
                  }
                }
              }
            }
          } else {
            const err46 = { instancePath: instancePath + "/lint/rules", schemaPath: "#/properties/lint/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.lint.properties.rules.type, parentSchema: schema11.properties.lint.properties.rules, data: data26 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
        if (data21.max_file_size !== void 0) {
          let data30 = data21.max_file_size;
          if (!(typeof data30 == "number" && (!(data30 % 1) && !isNaN(data30))) && typeof data30 !== "string") {
            const err47 = { instancePath: instancePath + "/lint/max_file_size", schemaPath: "#/properties/lint/properties/max_file_size/type", keyword: "type", params: { type: schema11.properties.lint.properties.max_file_size.type }, message: "must be integer,string", schema: schema11.properties.lint.properties.max_file_size.type, parentSchema: schema11.properties.lint.properties.max_file_size, data: data30 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
        if (data21.compose_sets !== void 0) {
          let data31 = data21.compose_sets;
          if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
            for (const key14 in data31) {
              const _errs81 = errors;
              if (typeof key14 === "string") {
                if (!pattern0.test(key14)) {
                  const err48 = { instancePath: instancePath + "/lint/compose_sets", schemaPath: "#/properties/lint/properties/compose_sets/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z_][A-Za-z0-9_.-]*$" }, message: 'must match pattern "^[A-Za-z_][A-Za-z0-9_.-]*$"', schema: "^[A-Za-z_][A-Za-z0-9_.-]*$", parentSchema: schema11.properties.lint.properties.compose_sets.propertyNames, data: key14, propertyName: key14 };
                  if (vErrors === null) {
                    vErrors = [err48];
                  } else {
                    vErrors.push(err48);
                  }
                  errors++;
                }
              }
              var valid25 = _errs81 === errors;
              if (!valid25) {
                const err49 = { instancePath: instancePath + "/lint/compose_sets", schemaPath: "#/properties/lint/properties/compose_sets/propertyNames", keyword: "propertyNames", params: { propertyName: key14 }, message: "property name must be valid", schema: schema11.properties.lint.properties.compose_sets.propertyNames, parentSchema: schema11.properties.lint.properties.compose_sets, data: data31 };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            for (const key15 in data31) {
              let data32 = data31[key15];
              if (!data32 || typeof data32 != "object") {
                const err50 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/type", keyword: "type", params: { type: schema11.properties.lint.properties.compose_sets.additionalProperties.type }, message: "must be array,object", schema: schema11.properties.lint.properties.compose_sets.additionalProperties.type, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties, data: data32 };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
              if (Array.isArray(data32)) {
                if (data32.length < 1) {
                  const err51 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err51];
                  } else {
                    vErrors.push(err51);
                  }
                  errors++;
                }
                const len4 = data32.length;
                for (let i3 = 0; i3 < len4; i3++) {
                  let data33 = data32[i3];
                  if (typeof data33 !== "string") {
                    const err52 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.lint.properties.compose_sets.additionalProperties.items.type, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties.items, data: data33 };
                    if (vErrors === null) {
                      vErrors = [err52];
                    } else {
                      vErrors.push(err52);
                    }
                    errors++;
                  }
                }
              }
              if (data32 && typeof data32 == "object" && !Array.isArray(data32)) {
                if (data32.files === void 0) {
                  const err53 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema11.properties.lint.properties.compose_sets.additionalProperties.required, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties, data: data32 };
                  if (vErrors === null) {
                    vErrors = [err53];
                  } else {
                    vErrors.push(err53);
                  }
                  errors++;
                }
                for (const key16 in data32) {
                  if (!(key16 === "files" || key16 === "profiles")) {
                    const err54 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key16 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties, data: data32 };
                    if (vErrors === null) {
                      vErrors = [err54];
                    } else {
                      vErrors.push(err54);
                    }
                    errors++;
                  }
                }
                if (data32.files !== void 0) {
                  let data34 = data32.files;
                  if (Array.isArray(data34)) {
                    if (data34.length < 1) {
                      const err55 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/files", schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.files, data: data34 };
                      if (vErrors === null) {
                        vErrors = [err55];
                      } else {
                        vErrors.push(err55);
                      }
                      errors++;
                    }
                    const len5 = data34.length;
                    for (let i4 = 0; i4 < len5; i4++) {
                      let data35 = data34[i4];
                      if (typeof data35 !== "string") {
                        const err56 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/files/" + i4, schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/properties/files/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.files.items.type, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.files.items, data: data35 };
                        if (vErrors === null) {
                          vErrors = [err56];
                        } else {
                          vErrors.push(err56);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err57 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/files", schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.files.type, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.files, data: data34 };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data32.profiles !== void 0) {
                  let data36 = data32.profiles;
                  if (Array.isArray(data36)) {
                    const len6 = data36.length;
                    for (let i5 = 0; i5 < len6; i5++) {
                      let data37 = data36[i5];
                      if (typeof data37 !== "string") {
                        const err58 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/profiles/" + i5, schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/properties/profiles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.profiles.items.type, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.profiles.items, data: data37 };
                        if (vErrors === null) {
                          vErrors = [err58];
                        } else {
                          vErrors.push(err58);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err59 = { instancePath: instancePath + "/lint/compose_sets/" + key15.replace(/~/g, "~0").replace(/\//g, "~1") + "/profiles", schemaPath: "#/properties/lint/properties/compose_sets/additionalProperties/properties/profiles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.profiles.type, parentSchema: schema11.properties.lint.properties.compose_sets.additionalProperties.properties.profiles, data: data36 };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err60 = { instancePath: instancePath + "/lint/compose_sets", schemaPath: "#/properties/lint/properties/compose_sets/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.lint.properties.compose_sets.type, parentSchema: schema11.properties.lint.properties.compose_sets, data: data31 };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
        }
      } else {
        const err61 = { instancePath: instancePath + "/lint", schemaPath: "#/properties/lint/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.lint.type, parentSchema: schema11.properties.lint, data: data21 };
        if (vErrors === null) {
          vErrors = [err61];
        } else {
          vErrors.push(err61);
        }
        errors++;
      }
    }
  } else {
    const err62 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err62];
    } else {
      vErrors.push(err62);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/util/echo.ts
var ECHO_MAX = 80;
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
function escapeChar(c) {
  switch (c) {
    case "\n":
      return "\\n";
    case "\r":
      return "\\r";
    case "	":
      return "\\t";
    default:
      return `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
  }
}
function cut(text, max = ECHO_MAX) {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 55296 && code <= 56319) end--;
  return `${text.slice(0, end)}\u2026`;
}
function visible(text, max = ECHO_MAX) {
  return cut(text, max).replace(INVISIBLE, escapeChar);
}
function quote(text, max = ECHO_MAX) {
  const body = cut(text, max).replace(/[\\"]/g, (c) => `\\${c}`).replace(INVISIBLE, escapeChar);
  return text.length > max ? `"${body}" (${text.length} characters)` : `"${body}"`;
}
function envValue(value, max = ECHO_MAX) {
  if (!/^[0-9]+$/.test(value)) return quote(value, max);
  return value.length > max ? `${cut(value, max)} (${value.length} characters)` : value;
}
function nameList(names, max = 20) {
  const shown = names.slice(0, max).map((n) => visible(n, 40));
  return names.length > max ? `${shown.join(", ")}, \u2026 (${names.length - max} more)` : shown.join(", ");
}

// src/registry/schema.ts
function validateSchema(data) {
  const validate = ports_schema_validator_default;
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const anyOfPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
  const kept = errors.filter(
    (e) => e.propertyName === void 0 && (e.keyword === "anyOf" || !anyOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)))
  );
  const seen = /* @__PURE__ */ new Set();
  const problems = [];
  for (const e of kept) {
    const problem = describe(e);
    const key = `${problem.path.join("\0")}${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}
function toPath(instancePath) {
  if (instancePath === "") return [];
  return instancePath.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function got(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return quote(value);
  return String(JSON.stringify(value));
}
var TYPE_NAMES = {
  integer: "an integer",
  number: "a number",
  string: "a string",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "null"
};
function describe(e) {
  const path4 = toPath(e.instancePath);
  const last = path4[path4.length - 1];
  const parent = path4[path4.length - 2];
  const params = e.params;
  const isPort = e.parentSchema && e.parentSchema.maximum === 65535;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(e.parentSchema.properties ?? {});
      return { path: [...path4, key], message: `unknown key ${quote(key)}${suggest(key, allowed)}`, atKey: true };
    }
    case "required":
      return { path: path4, message: `missing required key "${String(params.missingProperty)}"`, atKey: true };
    case "type": {
      const types = [].concat(params.type);
      const wanted = types.map((t) => TYPE_NAMES[t] ?? t).join(" or ");
      if (parent === "compose_sets")
        return { path: path4, message: `must be a list of compose files or a mapping { files, profiles }, got ${got(e.data)}`, atKey: false };
      if (parent === "instances") return { path: path4, message: `must be a port (1-65535) or a mapping { port, files }, got ${got(e.data)}`, atKey: false };
      if (isPort) return { path: path4, message: `must be an integer port number (1-65535), got ${got(e.data)}`, atKey: false };
      if (last === "ports" && path4.length === 1)
        return { path: path4, message: `must be a mapping of service name to settings, got ${got(e.data)}`, atKey: false };
      if (parent === "ports" && path4.length === 2)
        return { path: path4, message: `must be a mapping of settings (default, env_var, range, ...), got ${got(e.data)}`, atKey: false };
      return { path: path4, message: `must be ${wanted}, got ${got(e.data)}`, atKey: false };
    }
    case "minimum":
    case "maximum":
      return { path: path4, message: `port ${String(e.data)} is out of range; a port is 1-65535`, atKey: false };
    case "minItems":
    case "maxItems":
      if (parent === "compose_sets" || last === "files" && path4[path4.length - 3] === "compose_sets")
        return { path: path4, message: "must list at least one compose file", atKey: false };
      return { path: path4, message: `must be a [low, high] pair, got ${e.data.length} item(s)`, atKey: false };
    case "enum": {
      const allowed = params.allowedValues.filter((v) => typeof v === "string").join(", ");
      return { path: path4, message: `must be one of ${allowed}, got ${got(e.data)}`, atKey: false };
    }
    case "anyOf":
      return { path: path4, message: `must be a severity (off, warn, error) or [severity, { options }], got ${got(e.data)}`, atKey: false };
    case "pattern":
      if (last === "env_var")
        return { path: path4, message: `${got(e.data)} is not a valid environment variable name`, atKey: false };
      return { path: path4, message: `${got(e.data)} does not match ${String(params.pattern)}`, atKey: false };
    case "minProperties":
      if (last === "instances") return { path: path4, message: "must name at least one instance (compose service: port)", atKey: false };
      return { path: path4, message: e.message ?? "is invalid", atKey: false };
    case "propertyNames":
      if (last === "instances")
        return {
          path: [...path4, String(params.propertyName)],
          message: `invalid instance name ${quote(String(params.propertyName))}; an instance is a compose service name: letters, digits, _ . - (not first)`,
          atKey: true
        };
      return {
        path: [...path4, String(params.propertyName)],
        message: `invalid name ${quote(String(params.propertyName))}; a name starts with a letter or _ and holds letters, digits, _ . -`,
        atKey: true
      };
    default:
      return { path: path4, message: e.message ?? "is invalid", atKey: false };
  }
}

// src/util/text.ts
import path2 from "node:path";
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
function toPosix(p) {
  return p.split(path2.sep).join("/");
}

// src/registry/load.ts
var DEFAULT_MAX_FILE_SIZE = 1024 * 1024;
var MAX_REGISTRY_BYTES = 4 * 1024 * 1024;
var MAX_DEPTH = 64;
var MAX_ALIAS_VALUES = 1e4;
function loadRegistry(file, options = {}) {
  const display = options.displayPath ?? file;
  let bytes;
  try {
    bytes = readUserFile(file, MAX_REGISTRY_BYTES);
  } catch (err) {
    if (!(err instanceof UserFileError)) throw err;
    const why = err.code === "ENOENT" ? "file not found" : err.code === "EISDIR" ? "is a directory, not a file" : err.code === "NOTFILE" || err.code === "TOOBIG" || err.code === "EACCES" || err.code === "EPERM" ? err.reason : `cannot be read (${err.reason})`;
    throw new ConfigError(display, 1, 1, "(file)", why);
  }
  const source = decodeText(bytes, display);
  return parseRegistry(source, {
    displayPath: display,
    absolutePath: path3.resolve(file),
    root: options.root ?? process.cwd()
  });
}
function decodeText(bytes, file) {
  const at = (offset, detail) => {
    const before = bytes.subarray(0, offset).toString("utf8");
    const lineStart = before.lastIndexOf("\n") + 1;
    const line = before.split("\n").length;
    return new ConfigError(file, line, before.length - lineStart + 1, "(file)", detail);
  };
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw at(nul, "not a text file (a NUL byte); ports.yaml must be UTF-8 text");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    let offset = 0;
    for (const ch of bytes.toString("utf8")) {
      const size = Buffer.byteLength(ch);
      if (ch === "\uFFFD" && !bytes.subarray(offset, offset + 3).equals(Buffer.from("\uFFFD"))) break;
      offset += size;
    }
    throw at(offset, "not UTF-8 text (an invalid byte); ports.yaml must be UTF-8 text");
  }
}
function parseRegistry(source, options) {
  const file = options.displayPath;
  const text = source.startsWith("\uFEFF") ? source.slice(1) : source;
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, uniqueKeys: false, merge: true, prettyErrors: false, logLevel: "error" });
  const map = new PositionMap(doc, lineCounter, text);
  const yamlError = doc.errors[0];
  if (yamlError?.code === "MULTIPLE_DOCS") {
    const { line, col } = lineCounter.linePos(yamlError.pos[0]);
    throw new ConfigError(file, line, col, "(root)", 'a second YAML document starts here; ports.yaml holds one document (remove the "---" line)');
  }
  checkShape(doc, map, file);
  if (yamlError) {
    const offset = yamlError.pos[0];
    const { line, col } = lineCounter.linePos(offset);
    const keyPath = map.pathAt(offset);
    throw new ConfigError(file, line, col, formatPath(keyPath), describeYamlError(yamlError.code, yamlError.message, text, offset));
  }
  if (doc.contents === null || (0, import_yaml.isScalar)(doc.contents) && doc.contents.value === null) {
    throw new ConfigError(file, 1, 1, "ports", 'the file is empty; expected a mapping with a "ports" key');
  }
  if (!(0, import_yaml.isMap)(doc.contents)) {
    const r = map.range([]);
    throw new ConfigError(file, r.start.line, r.start.column, "(root)", `must be a mapping with a "ports" key, got ${describeNode(doc.contents)}`);
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_VALUES });
  } catch (err) {
    if (!(err instanceof ReferenceError) || !/alias/i.test(err.message)) throw err;
    throw new ConfigError(file, 1, 1, "(root)", `aliases expand the file past ${MAX_ALIAS_VALUES} values (a "billion laughs" document?); write the values out instead`);
  }
  const problems = validateSchema(data);
  if (problems.length > 0) throw toConfigErrors(problems, map, file);
  const raw = data;
  const errors = [];
  const fail = (keyPath, detail, atKey = false) => {
    const r = atKey ? map.keyRange(keyPath) : map.range(keyPath);
    errors.push(new ConfigError(file, r.start.line, r.start.column, formatPath(keyPath), detail));
  };
  const checkRange = (keyPath, range) => {
    if (range && range[0] > range[1]) {
      fail(keyPath, `range [${range[0]}, ${range[1]}] is reversed; write [${range[1]}, ${range[0]}]`);
    }
  };
  const categories = Object.entries(raw.categories ?? {}).map(([name, c]) => {
    checkRange(["categories", name, "range"], c.range);
    return {
      name,
      range: c.range,
      description: c.description ?? "",
      loc: { key: map.keyRange(["categories", name]), range: map.range(["categories", name, "range"]) }
    };
  });
  const services = Object.entries(raw.ports ?? {}).map(([name, s]) => {
    const at = ["ports", name];
    checkRange([...at, "range"], s.range);
    if (s.category !== void 0 && !categories.some((c) => c.name === s.category)) {
      const known = categories.map((c) => c.name);
      fail(
        [...at, "category"],
        known.length ? `unknown category ${quote(s.category)}${suggest(s.category, known)}; declared: ${nameList(known)}` : `unknown category ${quote(s.category)}; declare it under "categories"`
      );
    }
    const range = s.range ?? [s.default, s.default];
    const inferred = s.category ?? categories.find((c) => s.default >= c.range[0] && s.default <= c.range[1])?.name;
    const service = {
      name,
      default: s.default,
      envVar: s.env_var ?? null,
      description: s.description ?? "",
      range,
      rangeDeclared: s.range !== void 0,
      optional: s.optional ?? false,
      immutable: s.immutable ?? false,
      conflictCheck: s.conflict_check ?? false,
      categoryDeclared: s.category !== void 0,
      protocol: s.protocol ?? "tcp",
      serviceCommand: s.service_command === void 0 ? [] : [s.service_command].flat(),
      instances: [],
      loc: {
        key: map.keyRange(at),
        default: map.range([...at, "default"]),
        ...s.range !== void 0 && { range: map.range([...at, "range"]) },
        ...s.env_var !== void 0 && { envVar: map.range([...at, "env_var"]) },
        ...s.category !== void 0 && { category: map.range([...at, "category"]) }
      }
    };
    if (inferred !== void 0) service.category = inferred;
    service.instances = readInstances(name, s, map, fail);
    return service;
  });
  const reserved = (raw.reserved ?? []).map((r, i) => ({
    port: r.port,
    service: r.service ?? "reserved",
    note: r.note ?? "",
    loc: { port: map.range(["reserved", i, "port"]) }
  }));
  const serviceNames = new Set(services.map((s) => s.name));
  const environments = /* @__PURE__ */ Object.create(null);
  for (const [envName, env] of Object.entries(raw.environments ?? {})) {
    const ports = /* @__PURE__ */ Object.create(null);
    for (const [svc, o] of Object.entries(env.ports ?? {})) {
      const at = ["environments", envName, "ports", svc];
      if (!serviceNames.has(svc)) {
        fail(at, `unknown service ${quote(svc)}${suggest(svc, services.map((s) => s.name))}`, true);
        continue;
      }
      checkRange([...at, "range"], o.range);
      ports[svc] = {
        ...o.default !== void 0 && { default: o.default },
        ...o.env_var !== void 0 && { envVar: o.env_var },
        ...o.range !== void 0 && { range: o.range },
        ...o.optional !== void 0 && { optional: o.optional }
      };
    }
    environments[envName] = { name: envName, description: env.description ?? "", ports };
  }
  const lint = readLintSettings(raw.lint, map, fail);
  if (errors.length > 0) throw errors.length === 1 ? errors[0] : new ConfigErrors(errors);
  const cd = raw.conflict_detection ?? {};
  return new Registry({
    file: toPosix(path3.relative(options.root, options.absolutePath)) || path3.basename(options.absolutePath),
    path: options.absolutePath,
    lines: text.split(/\r?\n/),
    services,
    categories,
    reserved,
    conflictDetection: {
      enabled: cd.enabled ?? true,
      checkOnStartup: cd.check_on_startup ?? false,
      autoResolve: cd.auto_resolve ?? false,
      warnOnConflict: cd.warn_on_conflict ?? true
    },
    environments,
    lint
  });
}
function unresolvedAlias(name) {
  return `the alias *${quote(name).slice(1, -1)} refers to no anchor; an anchor &${quote(name).slice(1, -1)} must come before it`;
}
function checkShape(doc, map, file) {
  const fail = (node, keyPath, detail) => {
    const r = map.toRange(node);
    throw new ConfigError(file, r.start.line, r.start.column, formatPath(keyPath), detail);
  };
  const expanded = /* @__PURE__ */ new Map();
  let copied = 0;
  const stack = [{ node: doc.contents, at: [], depth: 0 }];
  while (stack.length > 0) {
    const { node, at, depth } = stack.pop();
    if ((0, import_yaml.isAlias)(node)) {
      if (node.resolve(doc) === void 0) fail(node, at, unresolvedAlias(node.source));
      const target = expand(node, doc, expanded);
      if (target === "cycle") fail(node, at, "this alias refers to a mapping or list that holds it");
      copied += target.values;
      if (copied > MAX_ALIAS_VALUES) {
        fail(node, at, `aliases expand the file past ${MAX_ALIAS_VALUES} values (a "billion laughs" document?); write the values out instead`);
      }
      if (depth + target.depth > MAX_DEPTH) fail(node, at, `nested more than ${MAX_DEPTH} levels deep (through aliases)`);
      continue;
    }
    if (!(0, import_yaml.isCollection)(node)) continue;
    if (depth >= MAX_DEPTH) fail(node, at, `nested more than ${MAX_DEPTH} levels deep`);
    const children = [];
    const keys = /* @__PURE__ */ new Set();
    node.items.forEach((item, i) => {
      if ((0, import_yaml.isPair)(item)) {
        if ((0, import_yaml.isAlias)(item.key) && item.key.resolve(doc) === void 0) fail(item.key, at, unresolvedAlias(item.key.source));
        const key = (0, import_yaml.isAlias)(item.key) ? item.key.resolve(doc) : item.key;
        if ((0, import_yaml.isCollection)(key)) fail(item.key, at, "a key must be a name, not a list or mapping");
        if ((0, import_yaml.isScalar)(key)) {
          if (keys.has(key.value)) fail(item.key, [...at, String(key.value)], `duplicate key ${quote(String(key.value))}`);
          keys.add(key.value);
        }
        const merge = (0, import_yaml.isScalar)(key) && (key.value === "<<" || typeof key.value === "symbol");
        const name = merge ? "<<" : (0, import_yaml.isScalar)(key) ? String(key.value) : "";
        if (merge) {
          const resolve = (n) => (0, import_yaml.isAlias)(n) ? n.resolve(doc) : n;
          const source = resolve(item.value);
          if (!((0, import_yaml.isMap)(source) || (0, import_yaml.isSeq)(source) && source.items.every((x) => (0, import_yaml.isMap)(resolve(x))))) {
            fail(item.value ?? item.key, [...at, name], "a merge key (<<) takes a mapping, an alias of one, or a list of them");
          }
        }
        children.push({ node: item.value, at: [...at, name], depth: depth + 1 });
      } else {
        children.push({ node: item, at: [...at, i], depth: depth + 1 });
      }
    });
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]);
  }
}
function expand(root, doc, memo) {
  const parts = (node) => {
    if ((0, import_yaml.isAlias)(node)) {
      const target = node.resolve(doc);
      return target ? [target] : [];
    }
    if ((0, import_yaml.isMap)(node)) return node.items.flatMap((p) => [p.key, p.value]).filter((x) => x !== null && x !== void 0);
    if ((0, import_yaml.isSeq)(node)) return node.items.filter((x) => x !== null && x !== void 0);
    return [];
  };
  const open = /* @__PURE__ */ new Set();
  const stack = [root];
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
        if (open.has(part)) return "cycle";
        stack.push(part);
      }
      continue;
    }
    let values = (0, import_yaml.isAlias)(node) ? 0 : 1;
    let depth = 0;
    for (const part of parts(node)) {
      const e = memo.get(part);
      if (!e) continue;
      values += e.values;
      depth = Math.max(depth, e.depth);
    }
    if ((0, import_yaml.isCollection)(node)) depth += 1;
    memo.set(node, { values: Math.min(values, MAX_ALIAS_VALUES + 1), depth: Math.min(depth, MAX_DEPTH + 1) });
    open.delete(node);
    stack.pop();
  }
  return memo.get(root);
}
function readInstances(name, s, map, fail) {
  if (s.instances === void 0) return [];
  const at = ["ports", name, "instances"];
  if (s.immutable) {
    fail(at, `an immutable service has one port, and instances give ${quote(name)} one per container; drop immutable: true or the instances`, true);
  }
  return Object.entries(s.instances).map(([instance, value]) => {
    const port = typeof value === "number" ? value : value.port;
    const files = typeof value === "number" || value.files === void 0 ? [] : [value.files].flat();
    files.forEach((glob, i) => {
      const where = typeof value === "object" && Array.isArray(value.files) ? [...at, instance, "files", i] : [...at, instance, "files"];
      const problem = relativePathProblem(glob);
      if (problem) fail(where, problem);
    });
    return {
      name: instance,
      port,
      files: files.map(normalizeRelative),
      loc: {
        key: map.keyRange([...at, instance]),
        port: map.range(typeof value === "number" ? [...at, instance] : [...at, instance, "port"])
      }
    };
  });
}
function relativePathProblem(text) {
  if (text.trim() === "") return "an empty path; name a file relative to the repository root";
  if (text.includes("\\")) return `${quote(text)} holds a backslash; write paths with / on every platform`;
  if (text.startsWith("/") || /^[A-Za-z]:/.test(text)) return `${quote(text)} is absolute; write it relative to the repository root`;
  if (text.split("/").includes("..")) return `${quote(text)} leaves the repository (..); write it relative to the repository root`;
  return void 0;
}
function normalizeRelative(text) {
  return path3.posix.normalize(text).replace(/^\.\//, "");
}
function readComposeSets(raw, map, fail) {
  return Object.entries(raw ?? {}).map(([name, value]) => {
    const files = Array.isArray(value) ? value : value.files;
    const at = Array.isArray(value) ? ["lint", "compose_sets", name] : ["lint", "compose_sets", name, "files"];
    const seen = /* @__PURE__ */ new Set();
    const normalized = [];
    files.forEach((file, i) => {
      const problem = relativePathProblem(file);
      if (problem) return fail([...at, i], problem);
      const rel = normalizeRelative(file);
      if (seen.has(rel)) return fail([...at, i], `${quote(file)} is listed twice in this set`);
      seen.add(rel);
      normalized.push(rel);
    });
    const set = { name, files: normalized, loc: map.keyRange(["lint", "compose_sets", name]) };
    if (!Array.isArray(value) && value.profiles !== void 0) set.profiles = value.profiles;
    return set;
  });
}
function readLintSettings(raw, map, fail) {
  const rules = /* @__PURE__ */ Object.create(null);
  for (const [id, value] of Object.entries(raw?.rules ?? {})) {
    if (!/^[a-z][a-z0-9-]{0,63}$/.test(id)) {
      fail(["lint", "rules", id], `unknown rule ${quote(id)}`, true);
      continue;
    }
    const [sev, options] = Array.isArray(value) ? value : [value, void 0];
    const setting = { severity: normalizeSeverity(sev), loc: map.keyRange(["lint", "rules", id]) };
    if (options !== void 0) setting.options = options;
    rules[id] = setting;
  }
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (raw?.max_file_size !== void 0) {
    const parsed = parseSize(raw.max_file_size);
    if (parsed === void 0) {
      fail(["lint", "max_file_size"], `cannot read ${quote(String(raw.max_file_size))} as a size; write bytes or e.g. "512KiB", "1MiB"`);
    } else {
      maxFileSize = parsed;
    }
  }
  const composeSets = readComposeSets(raw?.compose_sets, map, fail);
  return { include: raw?.include ?? [], exclude: raw?.exclude ?? [], rules, maxFileSize, composeSets };
}
function normalizeSeverity(value) {
  switch (value) {
    case "off":
    case 0:
      return "off";
    case "warn":
    case "warning":
    case 1:
      return "warning";
    default:
      return "error";
  }
}
function parseSize(value) {
  if (typeof value === "number") return Number.isInteger(value) && value > 0 ? value : void 0;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|k|mb|mib|m|gb|gib|g)?\s*$/i.exec(value);
  if (!m) return void 0;
  const unit = (m[2] ?? "b").toLowerCase();
  const scale = {
    b: 1,
    k: 1024,
    kb: 1e3,
    kib: 1024,
    m: 1024 ** 2,
    mb: 1e3 ** 2,
    mib: 1024 ** 2,
    g: 1024 ** 3,
    gb: 1e3 ** 3,
    gib: 1024 ** 3
  };
  const bytes = Math.round(Number(m[1]) * scale[unit]);
  return bytes > 0 ? bytes : void 0;
}
var PositionMap = class {
  constructor(doc, lines, text) {
    this.doc = doc;
    this.lines = lines;
    this.text = text;
  }
  doc;
  lines;
  text;
  /** Range of the value at `keyPath`, or of the nearest ancestor that exists. */
  range(keyPath) {
    const { node, pair } = this.find(keyPath);
    const target = node ?? pair?.key ?? this.doc.contents;
    return this.toRange(target);
  }
  /** Range of the key naming `keyPath` (for unknown or missing keys), else of its value. */
  keyRange(keyPath) {
    const { pair, node } = this.find(keyPath);
    if (pair && (0, import_yaml.isScalar)(pair.key)) return this.toRange(pair.key);
    return this.toRange(node ?? this.doc.contents);
  }
  /** Each mapping's pairs by key, built when first asked: a lookup per key instead of a pass per key. */
  pairs = /* @__PURE__ */ new WeakMap();
  pairOf(map, key) {
    let index = this.pairs.get(map);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const p of map.items) if ((0, import_yaml.isScalar)(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
      this.pairs.set(map, index);
    }
    return index.get(key);
  }
  find(keyPath) {
    let node = this.doc.contents;
    let pair;
    for (const key of keyPath) {
      if ((0, import_yaml.isMap)(node)) {
        const found = this.pairOf(node, String(key));
        if (!found) return pair ? { pair } : { node };
        pair = found;
        node = found.value;
      } else if ((0, import_yaml.isSeq)(node) && typeof key === "number") {
        const item = node.items[key];
        if (item === void 0) return { node };
        pair = void 0;
        node = item;
      } else {
        break;
      }
    }
    const result = {};
    if (node) result.node = node;
    if (pair) result.pair = pair;
    return result;
  }
  /** The deepest key path whose key or value contains `offset`. */
  pathAt(offset) {
    const out = [];
    let node = this.doc.contents;
    for (; ; ) {
      if ((0, import_yaml.isMap)(node)) {
        const hit = node.items.find((p) => contains(p.key, offset) || contains(p.value, offset) || betweenKeyAndValue(p, offset));
        if (!hit || !(0, import_yaml.isScalar)(hit.key)) return out;
        out.push(String(hit.key.value));
        if (contains(hit.key, offset)) return out;
        node = hit.value;
      } else if ((0, import_yaml.isSeq)(node)) {
        const i = node.items.findIndex((item) => contains(item, offset));
        if (i < 0) return out;
        out.push(i);
        node = node.items[i];
      } else {
        return out;
      }
    }
  }
  toRange(node) {
    const r = node?.range;
    const [startOffset, endOffset] = r ? [r[0], r[1]] : [0, 0];
    const start = this.lines.linePos(startOffset);
    const end = this.lines.linePos(Math.max(startOffset, Math.min(endOffset, this.text.length)));
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  }
};
function contains(node, offset) {
  const r = node?.range;
  return !!r && offset >= r[0] && offset <= r[2];
}
function betweenKeyAndValue(pair, offset) {
  const k = pair.key?.range;
  const v = pair.value?.range;
  return !!k && !!v && offset > k[1] && offset < v[0];
}
function toConfigErrors(problems, map, file) {
  const errors = problems.map((p) => {
    const r = p.atKey ? map.keyRange(p.path) : map.range(p.path);
    return new ConfigError(file, r.start.line, r.start.column, formatPath(p.path), p.message);
  });
  errors.sort((a, b) => a.line - b.line || a.column - b.column);
  return errors.length === 1 ? errors[0] : new ConfigErrors(errors);
}
function formatPath(keyPath) {
  if (keyPath.length === 0) return "(root)";
  const segment = (k, i) => {
    if (typeof k === "number") return `[${k}]`;
    if (k === "" || /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff"\\]/.test(k)) return `[${quote(k, 40)}]`;
    const name = k.length > 40 ? `${k.slice(0, 40)}\u2026` : k;
    return i === 0 ? name : `.${name}`;
  };
  const shown = keyPath.length > 16 ? [...keyPath.slice(0, 10).map(segment), "\u2026", ...keyPath.slice(-4).map((k, j) => segment(k, keyPath.length - 4 + j))] : keyPath.map(segment);
  return shown.join("");
}
function describeYamlError(code, message, text, offset) {
  if (code === "DUPLICATE_KEY") {
    const key = /^[^\s:#]+/.exec(text.slice(offset, offset + 1e3))?.[0];
    return key ? `duplicate key ${quote(key)}` : "duplicate key";
  }
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return `invalid YAML: ${visible(first, 200)}`;
}
function describeNode(node) {
  if ((0, import_yaml.isSeq)(node)) return "a list";
  if ((0, import_yaml.isMap)(node)) return "a mapping";
  if ((0, import_yaml.isScalar)(node)) return typeof node.value === "string" ? quote(node.value) : String(JSON.stringify(node.value));
  return "something else";
}

export {
  ConfigError,
  ConfigErrors,
  UsageError,
  describeKnownError,
  visible,
  quote,
  envValue,
  nameList,
  plural,
  toPosix,
  inRange,
  rangesOverlap,
  formatRange,
  allowsPort,
  formatInstances,
  Registry,
  CONFIG_NAMES,
  findRepoRoot,
  findConfig,
  loadRegistry,
  parseRegistry,
  normalizeSeverity
};
