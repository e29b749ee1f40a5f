import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  Registry,
  UsageError,
  allowsPort,
  envValue,
  findConfig,
  formatRange,
  inRange,
  loadRegistry,
  nameList,
  plural,
  quote,
  toPosix
} from "./chunk-33SZ5E4X.js";
import {
  __toESM,
  commentSafe,
  headerLines,
  require_dist,
  shellWord,
  suggest
} from "./chunk-K7G5YRCE.js";

// src/registry/environment.ts
var import_yaml = __toESM(require_dist(), 1);
var ENVIRONMENT_VARIABLE = "PORT_LINT_ENV";
function chooseEnvironment(option, variables) {
  if (option !== void 0 && option !== "") return { name: option, origin: "--env" };
  const fromVariable = variables[ENVIRONMENT_VARIABLE];
  if (fromVariable !== void 0 && fromVariable !== "") return { name: fromVariable, origin: ENVIRONMENT_VARIABLE };
  return void 0;
}
function applyEnvironment(registry, name, origin = "--env") {
  const env2 = Object.hasOwn(registry.environments, name) ? registry.environments[name] : void 0;
  if (!env2) {
    const known = Object.keys(registry.environments);
    throw new UsageError(
      known.length === 0 ? `${origin}: unknown environment ${quote(name)}: ${registry.file} declares no environments` : `${origin}: unknown environment ${quote(name)}${suggest(name, known)}; ${registry.file} declares: ${nameList(known)}`
    );
  }
  if (registry.environment !== void 0) {
    if (registry.environment === name) return registry;
    throw new UsageError(`${origin}: environment "${registry.environment}" is already applied; cannot apply "${name}" on top of it`);
  }
  const locate = overlayLocator(registry);
  const services = registry.services.map((s) => {
    const o = Object.hasOwn(env2.ports, s.name) ? env2.ports[s.name] : void 0;
    if (!o) return s;
    const dflt = o.default ?? s.default;
    const range = o.range ?? (s.rangeDeclared ? s.range : [dflt, dflt]);
    const out = {
      ...s,
      default: dflt,
      envVar: o.envVar !== void 0 ? o.envVar : s.envVar,
      range,
      rangeDeclared: s.rangeDeclared || o.range !== void 0,
      optional: o.optional ?? s.optional,
      loc: { ...s.loc }
    };
    if (!s.categoryDeclared) {
      const category = registry.categories.find((c) => inRange(dflt, c.range))?.name;
      if (category === void 0) delete out.category;
      else out.category = category;
    }
    const at = ["environments", name, "ports", s.name];
    if (o.default !== void 0) out.loc.default = locate([...at, "default"]) ?? s.loc.default;
    if (o.range !== void 0) out.loc.range = locate([...at, "range"]) ?? s.loc.range;
    if (o.envVar !== void 0) out.loc.envVar = locate([...at, "env_var"]) ?? s.loc.envVar;
    return out;
  });
  return new Registry({
    file: registry.file,
    path: registry.path,
    lines: registry.lines,
    services,
    categories: registry.categories,
    reserved: registry.reserved,
    conflictDetection: registry.conflictDetection,
    environments: registry.environments,
    lint: registry.lint,
    environment: name
  });
}
function withEnvironment(registry, choice) {
  return choice ? applyEnvironment(registry, choice.name, choice.origin) : registry;
}
function overlayLocator(registry) {
  let parsed;
  return (keyPath) => {
    if (!parsed) {
      const lines = new import_yaml.LineCounter();
      parsed = { doc: (0, import_yaml.parseDocument)(registry.lines.join("\n"), { lineCounter: lines, merge: true, logLevel: "error" }), lines };
    }
    const node = parsed.doc.getIn(keyPath, true);
    const r = node?.range;
    if (!r) return void 0;
    const start = parsed.lines.linePos(r[0]);
    const end = parsed.lines.linePos(r[1]);
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  };
}

// src/runtime/errors.ts
var PortError = class extends Error {
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
};
var RegistryNotFoundError = class extends PortError {
  constructor(searched) {
    super(`no ports.yaml found from ${searched}; pass the path of ports.yaml`);
    this.searched = searched;
  }
  searched;
};
var UnknownServiceError = class extends PortError {
  constructor(service, known, hint) {
    super(`unknown service ${quote(service)}${hint}; ports.yaml declares: ${nameList(known) || "(none)"}`);
    this.service = service;
    this.known = known;
  }
  service;
  known;
};
var UnknownEnvironmentError = class extends PortError {
  constructor(environment, message) {
    super(message);
    this.environment = environment;
  }
  environment;
};
var InvalidPortEnvError = class extends PortError {
  constructor(service, variable, value, range) {
    super(
      /^[0-9]+$/.test(value) ? `${variable}=${envValue(value)} is outside the range of ${service} (${formatRange(range)})` : `${variable}=${envValue(value)} is not a port number; ${service} takes an integer in ${formatRange(range)}`
    );
    this.service = service;
    this.variable = variable;
    this.value = value;
    this.range = range;
  }
  service;
  variable;
  value;
  range;
};
var PortConflictError = class extends PortError {
  constructor(service, port, holder, why) {
    super(`port ${port} of ${service} is in use (${holder}); ${why}`);
    this.service = service;
    this.port = port;
    this.holder = holder;
  }
  service;
  port;
  holder;
};
var NoFreePortError = class extends PortError {
  constructor(range, detail = "") {
    super(`no free port in ${formatRange(range)}${detail}`);
    this.range = range;
  }
  range;
};
var PortCheckError = class extends PortError {
  constructor(port, reason) {
    super(`cannot tell whether port ${port} is free: ${reason}`);
    this.port = port;
  }
  port;
};

// src/runtime/resolve.ts
function configuredPort(service, variables) {
  const variable = service.envVar;
  const value = variable ? variables[variable] : void 0;
  if (variable === null || value === void 0 || value === "") return { port: service.default, source: "default" };
  if (service.immutable) {
    const same = /^[0-9]+$/.test(value) && Number(value) === service.default;
    return same ? { port: service.default, source: "default" } : { port: service.default, source: "default", ignored: `${variable}=${envValue(value)} is ignored: ${service.name} is immutable (always ${service.default})` };
  }
  if (!/^[0-9]+$/.test(value)) throw new InvalidPortEnvError(service.name, variable, value, service.range);
  const port = Number(value);
  if (!allowsPort(service, port)) throw new InvalidPortEnvError(service.name, variable, value, service.range);
  return { port, source: "env" };
}
function protocolsOf(service) {
  return service.protocol === "both" ? ["tcp", "udp"] : [service.protocol];
}

// node_modules/chalk/source/vendor/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code2) => `\x1B[${code2 + offset}m`;
var wrapAnsi256 = (offset = 0) => (code2) => `\x1B[${38 + offset};5;${code2}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code2) {
        if (code2 < 8) {
          return 30 + code2;
        }
        if (code2 < 16) {
          return 90 + (code2 - 8);
        }
        let red;
        let green;
        let blue;
        if (code2 >= 232) {
          red = ((code2 - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code2 -= 16;
          const remainder = code2 % 36;
          red = Math.floor(code2 / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/chalk/source/vendor/supports-color/index.js
import process2 from "node:process";
import os from "node:os";
import tty from "node:tty";
function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : process2.argv) {
  const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
  const position = argv.indexOf(prefix + flag);
  const terminatorPosition = argv.indexOf("--");
  return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
}
var { env } = process2;
var flagForceColor;
if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
  flagForceColor = 0;
} else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
  flagForceColor = 1;
}
function envForceColor() {
  if ("FORCE_COLOR" in env) {
    if (env.FORCE_COLOR === "true") {
      return 1;
    }
    if (env.FORCE_COLOR === "false") {
      return 0;
    }
    return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
  }
}
function translateLevel(level) {
  if (level === 0) {
    return false;
  }
  return {
    level,
    hasBasic: true,
    has256: level >= 2,
    has16m: level >= 3
  };
}
function _supportsColor(haveStream, { streamIsTTY, sniffFlags = true } = {}) {
  const noFlagForceColor = envForceColor();
  if (noFlagForceColor !== void 0) {
    flagForceColor = noFlagForceColor;
  }
  const forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
  if (forceColor === 0) {
    return 0;
  }
  if (sniffFlags) {
    if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
      return 3;
    }
    if (hasFlag("color=256")) {
      return 2;
    }
  }
  if ("TF_BUILD" in env && "AGENT_NAME" in env) {
    return 1;
  }
  if (haveStream && !streamIsTTY && forceColor === void 0) {
    return 0;
  }
  const min = forceColor || 0;
  if (env.TERM === "dumb") {
    return min;
  }
  if (process2.platform === "win32") {
    const osRelease = os.release().split(".");
    if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
      return Number(osRelease[2]) >= 14931 ? 3 : 2;
    }
    return 1;
  }
  if ("CI" in env) {
    if (["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key2) => key2 in env)) {
      return 3;
    }
    if (["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
      return 1;
    }
    return min;
  }
  if ("TEAMCITY_VERSION" in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
  }
  if (env.COLORTERM === "truecolor") {
    return 3;
  }
  if (env.TERM === "xterm-kitty") {
    return 3;
  }
  if (env.TERM === "xterm-ghostty") {
    return 3;
  }
  if (env.TERM === "wezterm") {
    return 3;
  }
  if ("TERM_PROGRAM" in env) {
    const version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
    switch (env.TERM_PROGRAM) {
      case "iTerm.app": {
        return version >= 3 ? 3 : 2;
      }
      case "Apple_Terminal": {
        return 2;
      }
    }
  }
  if (/-256(color)?$/i.test(env.TERM)) {
    return 2;
  }
  if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
    return 1;
  }
  if ("COLORTERM" in env) {
    return 1;
  }
  return min;
}
function createSupportsColor(stream, options = {}) {
  const level = _supportsColor(stream, {
    streamIsTTY: stream && stream.isTTY,
    ...options
  });
  return translateLevel(level);
}
var supportsColor = {
  stdout: createSupportsColor({ isTTY: tty.isatty(1) }),
  stderr: createSupportsColor({ isTTY: tty.isatty(2) })
};
var supports_color_default = supportsColor;

// node_modules/chalk/source/utilities.js
function stringReplaceAll(string, substring, replacer) {
  let index = string.indexOf(substring);
  if (index === -1) {
    return string;
  }
  const substringLength = substring.length;
  let endIndex = 0;
  let returnValue = "";
  do {
    returnValue += string.slice(endIndex, index) + substring + replacer;
    endIndex = index + substringLength;
    index = string.indexOf(substring, endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}
function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
  let endIndex = 0;
  let returnValue = "";
  do {
    const gotCR = string[index - 1] === "\r";
    returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
    endIndex = index + 1;
    index = string.indexOf("\n", endIndex);
  } while (index !== -1);
  returnValue += string.slice(endIndex);
  return returnValue;
}

// node_modules/chalk/source/index.js
var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default;
var GENERATOR = /* @__PURE__ */ Symbol("GENERATOR");
var STYLER = /* @__PURE__ */ Symbol("STYLER");
var IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY");
var levelMapping = [
  "ansi",
  "ansi",
  "ansi256",
  "ansi16m"
];
var styles2 = /* @__PURE__ */ Object.create(null);
var applyOptions = (object, options = {}) => {
  if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
    throw new Error("The `level` option should be an integer from 0 to 3");
  }
  const colorLevel = stdoutColor ? stdoutColor.level : 0;
  object.level = options.level === void 0 ? colorLevel : options.level;
};
var Chalk = class {
  constructor(options) {
    return chalkFactory(options);
  }
};
var chalkFactory = (options) => {
  const chalk2 = (...strings) => strings.join(" ");
  applyOptions(chalk2, options);
  Object.setPrototypeOf(chalk2, createChalk.prototype);
  return chalk2;
};
function createChalk(options) {
  return chalkFactory(options);
}
Object.setPrototypeOf(createChalk.prototype, Function.prototype);
for (const [styleName, style] of Object.entries(ansi_styles_default)) {
  styles2[styleName] = {
    get() {
      const builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
      Object.defineProperty(this, styleName, { value: builder });
      return builder;
    }
  };
}
styles2.visible = {
  get() {
    const builder = createBuilder(this, this[STYLER], true);
    Object.defineProperty(this, "visible", { value: builder });
    return builder;
  }
};
var getModelAnsi = (model, level, type, ...arguments_) => {
  if (model === "rgb") {
    if (level === "ansi16m") {
      return ansi_styles_default[type].ansi16m(...arguments_);
    }
    if (level === "ansi256") {
      return ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_));
    }
    return ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_));
  }
  if (model === "hex") {
    return getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_));
  }
  return ansi_styles_default[type][model](...arguments_);
};
var usedModels = ["rgb", "hex", "ansi256"];
for (const model of usedModels) {
  styles2[model] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
  const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
  styles2[bgModel] = {
    get() {
      const { level } = this;
      return function(...arguments_) {
        const styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
        return createBuilder(this, styler, this[IS_EMPTY]);
      };
    }
  };
}
var proto = Object.defineProperties(() => {
}, {
  ...styles2,
  level: {
    enumerable: true,
    get() {
      return this[GENERATOR].level;
    },
    set(level) {
      this[GENERATOR].level = level;
    }
  }
});
var createStyler = (open, close, parent) => {
  let openAll;
  let closeAll;
  if (parent === void 0) {
    openAll = open;
    closeAll = close;
  } else {
    openAll = parent.openAll + open;
    closeAll = close + parent.closeAll;
  }
  return {
    open,
    close,
    openAll,
    closeAll,
    parent
  };
};
var createBuilder = (self, _styler, _isEmpty) => {
  const builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
  Object.setPrototypeOf(builder, proto);
  builder[GENERATOR] = self;
  builder[STYLER] = _styler;
  builder[IS_EMPTY] = _isEmpty;
  return builder;
};
var applyStyle = (self, string) => {
  if (self.level <= 0 || !string) {
    return self[IS_EMPTY] ? "" : string;
  }
  let styler = self[STYLER];
  if (styler === void 0) {
    return string;
  }
  const { openAll, closeAll } = styler;
  if (string.includes("\x1B")) {
    while (styler !== void 0) {
      string = stringReplaceAll(string, styler.close, styler.open);
      styler = styler.parent;
    }
  }
  const lfIndex = string.indexOf("\n");
  if (lfIndex !== -1) {
    string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
  }
  return openAll + string + closeAll;
};
Object.defineProperties(createChalk.prototype, styles2);
var chalk = createChalk();
var chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 });

// src/runtime/check.ts
var METHOD_TEXT = {
  proc: "sockets from /proc/net",
  lsof: "sockets from lsof",
  connect: "TCP connect probe on 127.0.0.1 and ::1 (no /proc/net, no lsof)"
};
async function runCheck(registry, probe, variables) {
  const services = registry.services.map((s) => ({ s, configured: configuredPort(s, variables) }));
  const servicePorts = new Set(services.map((x) => x.configured.port));
  const reservedPorts = new Set(registry.reserved.map((r) => r.port));
  const ports = /* @__PURE__ */ new Set([...servicePorts, ...reservedPorts]);
  if (probe.listsAll) for (const s of registry.services) for (let p = s.range[0]; p <= s.range[1]; p++) ports.add(p);
  const snapshot = await probe.inspect(ports, { owners: true });
  const rows = [];
  for (const { s, configured } of services) {
    const port = configured.port;
    const extra = [];
    if (s.optional) extra.push("optional");
    if (configured.source === "env") extra.push(`from ${s.envVar}`);
    if (configured.ignored) extra.push(configured.ignored);
    for (const r of registry.reserved) if (r.port === port) extra.push(`reserved for ${r.service}`);
    const groups = byOwner(snapshot.listeners.filter((l) => l.port === port));
    if (groups.length === 0) {
      rows.push(emptyRow(port, s.name, "service", snapshot, protocolsOf(s), extra));
      continue;
    }
    for (const group of groups) rows.push(serviceRow(registry, s, port, group, extra));
  }
  for (const r of registry.reserved) {
    if (servicePorts.has(r.port)) continue;
    const groups = byOwner(snapshot.listeners.filter((l) => l.port === r.port));
    const note = [`reserved${r.note ? `: ${r.note}` : ""}`];
    if (groups.length === 0) rows.push(emptyRow(r.port, r.service, "reserved", snapshot, ["tcp", "udp"], note));
    for (const group of groups) rows.push(holderRow(r.port, r.service, "reserved", "listening", group, note));
  }
  if (probe.listsAll) {
    const stray = snapshot.listeners.filter((l) => !servicePorts.has(l.port) && !reservedPorts.has(l.port));
    const byPort = /* @__PURE__ */ new Map();
    for (const l of stray) byPort.set(l.port, [...byPort.get(l.port) ?? [], l]);
    for (const [port, listeners] of byPort) {
      const ranged = registry.services.filter((s) => inRange(port, s.range));
      for (const group of byOwner(listeners)) {
        const own = ranged.find((s) => matchedPattern(s, group.owners) !== void 0);
        const note = own ? `${own.name} on a fallback port (range ${formatRange(own.range)})` : `inside the range of ${ranged.map((s) => `${s.name} (${formatRange(s.range)})`).join(", ")}; no service has this port`;
        rows.push(holderRow(port, own?.name ?? null, "range", "listening", group, [note]));
      }
    }
  }
  const kindOrder = { service: 0, reserved: 1, range: 2 };
  rows.sort(
    (a, b) => a.port - b.port || kindOrder[a.kind] - kindOrder[b.kind] || (a.service ?? "").localeCompare(b.service ?? "") || (a.pid ?? 0) - (b.pid ?? 0)
  );
  const notes = [...snapshot.notes];
  if (!probe.listsAll) notes.push("listeners elsewhere in the services' ranges are not shown: this probe only checks the ports it is given");
  return {
    registry: registry.file,
    environment: registry.environment ?? null,
    method: snapshot.method,
    rows,
    notes,
    exitCode: rows.some((r) => r.failing) ? 1 : 0
  };
}
function byOwner(listeners) {
  const groups = /* @__PURE__ */ new Map();
  for (const l of listeners) {
    const key2 = l.owners.map((o) => o.pid).sort((a, b) => a - b).join(",") || "?";
    const g = groups.get(key2) ?? { owners: [...l.owners].sort((a, b) => a.pid - b.pid), listeners: [] };
    g.listeners.push(l);
    groups.set(key2, g);
  }
  return [...groups.values()];
}
function matchedPattern(s, owners) {
  for (const pattern of s.serviceCommand) {
    if (pattern !== "" && owners.some((o) => o.command.includes(pattern) || o.process.includes(pattern))) return pattern;
  }
  return void 0;
}
function serviceRow(registry, s, port, group, extra) {
  const protocols = protocolsOf(s);
  const relevant = group.listeners.filter((l) => protocols.includes(l.protocol));
  if (relevant.length === 0) {
    const what = [...new Set(group.listeners.map((l) => l.protocol))].join("/");
    return holderRow(port, s.name, "service", "listening", group, [`${what} only; ${s.name} uses ${s.protocol}`, ...extra]);
  }
  if (matchedPattern(s, group.owners) !== void 0) return holderRow(port, s.name, "service", "listening", group, extra);
  if (group.owners.length === 0) {
    const why = s.serviceCommand.length > 0 ? [`process unknown: cannot tell whether it is ${s.name}`] : [];
    return holderRow(port, s.name, "service", "listening", group, [...why, ...extra]);
  }
  for (const other of registry.services) {
    if (other.name === s.name) continue;
    const pattern = matchedPattern(other, group.owners);
    if (pattern !== void 0) {
      return failingRow(holderRow(port, s.name, "service", "conflict", group, [`held by ${other.name} (command has "${pattern}")`, ...extra]), s);
    }
  }
  if (s.serviceCommand.length > 0) {
    const patterns = s.serviceCommand.map((p) => JSON.stringify(p)).join(", ");
    return failingRow(holderRow(port, s.name, "service", "conflict", group, [`not ${s.name}: command has none of ${patterns}`, ...extra]), s);
  }
  return holderRow(port, s.name, "service", "listening", group, extra);
}
function failingRow(row2, s) {
  row2.failing = !s.optional;
  return row2;
}
function holderRow(port, service, kind, state, group, notes) {
  const first = group.owners[0];
  const more = group.owners.length - 1;
  const sockets = [...new Set(group.listeners.map(socketText))].sort();
  const note = [...notes, ...more > 0 ? [`and ${more} more process${more === 1 ? "" : "es"}: ${group.owners.slice(1).map((o) => o.pid).join(", ")}`] : []];
  return {
    port,
    service,
    kind,
    state,
    pid: first?.pid ?? null,
    process: first?.process ?? "unknown",
    command: first?.command ?? null,
    sockets,
    note: note.join("; "),
    failing: false
  };
}
function emptyRow(port, service, kind, snapshot, protocols, notes) {
  const unknown = snapshot.unknown.filter((u) => u.port === port && protocols.includes(u.protocol));
  const blocking = kind === "service" ? unknown : unknown.length === protocols.length ? unknown : [];
  const why = blocking.map((u) => `${u.protocol}: ${u.reason}`);
  return {
    port,
    service,
    kind,
    state: blocking.length > 0 ? "unknown" : "free",
    pid: null,
    process: null,
    command: null,
    sockets: [],
    note: [...why, ...notes].join("; "),
    failing: false
  };
}
function socketText(l) {
  return `${l.protocol}${l.family === 6 ? "6" : ""} ${l.address}`;
}
function formatCheckStylish(report, color) {
  const c = new Chalk({ level: color ? 1 : 0 });
  const header = ["PORT", "SERVICE", "STATE", "PID", "PROCESS", "NOTE"];
  const cells = report.rows.map((r) => [
    String(r.port),
    r.service ?? "-",
    r.state,
    r.pid === null ? "" : String(r.pid),
    r.process ?? "",
    [r.sockets.join(", "), r.note].filter(Boolean).join("; ")
  ]);
  const widths = header.map((h) => h.length);
  for (const row2 of cells) row2.forEach((cell2, i) => widths[i] = Math.max(widths[i], cell2.length));
  const line = (row2, paint) => row2.map((cell2, i) => paint(i, i === row2.length - 1 ? cell2 : cell2.padEnd(widths[i]))).join("  ").trimEnd();
  const out = [];
  const env2 = report.environment ? ` (environment: ${report.environment})` : "";
  out.push(`${report.registry}${env2}: ${METHOD_TEXT[report.method]}`, "");
  out.push(line(header, (_, t) => c.dim(t)));
  for (const [i, row2] of cells.entries()) {
    const r = report.rows[i];
    out.push(
      line(row2, (col, t) => {
        if (col !== 2) return t;
        if (r.state === "conflict") return r.failing ? c.red.bold(t) : c.red(t);
        if (r.state === "unknown") return c.yellow(t);
        if (r.state === "listening") return c.cyan(t);
        return c.green(t);
      })
    );
  }
  out.push("");
  for (const n of report.notes) out.push(c.dim(`note: ${n}`));
  if (report.notes.length > 0) out.push("");
  const count = (state) => report.rows.filter((r) => r.state === state).length;
  const summary = `${count("listening")} listening, ${count("free")} free, ${count("conflict")} conflict${count("conflict") === 1 ? "" : "s"}, ${count("unknown")} unknown`;
  const failing = report.rows.filter((r) => r.failing).length;
  out.push(
    failing > 0 ? c.red.bold(`\u2716 ${failing} required service${failing === 1 ? "'s port is" : "s' ports are"} held by another process (${summary})`) : c.green(`\u2714 no required service's port is held by another process (${summary})`)
  );
  return `${out.join("\n")}
`;
}
function formatCheckJson(report) {
  const count = (state) => report.rows.filter((r) => r.state === state).length;
  return `${JSON.stringify(
    {
      schemaVersion: 1,
      registry: report.registry,
      environment: report.environment,
      method: report.method,
      rows: report.rows,
      notes: report.notes,
      summary: { listening: count("listening"), free: count("free"), conflict: count("conflict"), unknown: count("unknown"), failing: report.rows.filter((r) => r.failing).length }
    },
    null,
    2
  )}
`;
}

// src/runtime/listeners.ts
import { existsSync } from "node:fs";
import path3 from "node:path";

// src/runtime/connect.ts
import net from "node:net";
var CONNECT_TIMEOUT_MS = 1e3;
var NO_IPV6 = /* @__PURE__ */ new Set(["EADDRNOTAVAIL", "EAFNOSUPPORT", "ENETUNREACH", "EPROTONOSUPPORT"]);
async function connectProbe(port, timeoutMs = CONNECT_TIMEOUT_MS, attempt = tryConnect) {
  const reasons = [];
  for (const [host, family] of [
    ["127.0.0.1", 4],
    ["::1", 6]
  ]) {
    const r = await attempt(host, port, timeoutMs);
    if (r === "open") return { state: "in-use", address: host, family };
    if (r === "ECONNREFUSED") continue;
    if (family === 6 && NO_IPV6.has(r)) continue;
    reasons.push(`${host}: ${r === "timeout" ? `no answer within ${timeoutMs} ms` : r}`);
  }
  return reasons.length > 0 ? { state: "unknown", reason: reasons.join("; ") } : { state: "free" };
}
function tryConnect(host, port, timeoutMs) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done("timeout"));
    socket.once("connect", () => done("open"));
    socket.once("error", (err) => done(err.code ?? err.message));
  });
}

// src/runtime/lsof.ts
import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import path from "node:path";
function findExecutable(name, pathVariable = process.env.PATH ?? "") {
  const dirs = [...pathVariable.split(path.delimiter).filter(Boolean), "/usr/sbin", "/usr/bin", "/sbin", "/bin"];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function readLsof(lsof) {
  const run = spawnSync(lsof, ["-nP", "-w", "-i", "-F", "pcftPnT"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return { listeners: [], error: `${lsof}: ${run.error.message}` };
  if (run.status !== 0 && (run.status !== 1 || run.stderr.trim() !== "")) {
    return { listeners: [], error: `${lsof} exited with ${run.status}: ${run.stderr.trim().split("\n")[0] ?? ""}` };
  }
  const listeners = parseLsof(run.stdout);
  const commands = commandLines([...new Set(listeners.flatMap((l) => l.owners.map((o) => o.pid)))]);
  for (const l of listeners) {
    for (const o of l.owners) o.command = commands.get(o.pid) ?? o.command;
  }
  return { listeners };
}
function parseLsof(text) {
  const out = [];
  let owner;
  let file;
  const flush = () => {
    const f = file;
    file = void 0;
    if (!f || !owner) return;
    const protocol = f.protocol?.toLowerCase();
    const family = f.type === "IPv6" ? 6 : f.type === "IPv4" ? 4 : void 0;
    const local = f.name?.split("->")[0];
    if (protocol !== "tcp" && protocol !== "udp" || family === void 0 || local === void 0) return;
    if (protocol === "tcp" && f.state !== "LISTEN") return;
    const m = /^(.*):(\d+)$/.exec(local);
    if (!m) return;
    const host = m[1].replace(/^\[(.*)\]$/, "$1");
    const address = host === "*" ? family === 6 ? "::" : "0.0.0.0" : host;
    out.push({ protocol, family, address, port: Number(m[2]), owners: [{ ...owner }] });
  };
  for (const line of text.split("\n")) {
    const value = line.slice(1);
    switch (line[0]) {
      case "p":
        flush();
        owner = { pid: Number(value), process: "unknown", command: "" };
        break;
      case "c":
        if (owner) owner.process = owner.command = value;
        break;
      case "f":
        flush();
        file = {};
        break;
      case "t":
        if (file) file.type = value;
        break;
      case "P":
        if (file) file.protocol = value;
        break;
      case "n":
        if (file) file.name = value;
        break;
      case "T":
        if (file && value.startsWith("ST=")) file.state = value.slice(3);
        break;
      default:
        break;
    }
  }
  flush();
  return out;
}
function commandLines(pids) {
  const out = /* @__PURE__ */ new Map();
  if (pids.length === 0) return out;
  const run = spawnSync("ps", ["-ww", "-o", "pid=", "-o", "args=", "-p", pids.join(",")], { encoding: "utf8" });
  if (run.error || typeof run.stdout !== "string") return out;
  for (const line of run.stdout.split("\n")) {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (m) out.set(Number(m[1]), m[2].trim());
  }
  return out;
}

// src/runtime/proc.ts
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { endianness } from "node:os";
import path2 from "node:path";
var TCP_LISTEN = "0A";
var TABLES = [
  { file: "tcp", protocol: "tcp", family: 4 },
  { file: "tcp6", protocol: "tcp", family: 6 },
  { file: "udp", protocol: "udp", family: 4 },
  { file: "udp6", protocol: "udp", family: 6 }
];
function readProcTables(procRoot = "/proc", byteOrder = endianness()) {
  const listeners = [];
  const unreadable = [];
  for (const table of TABLES) {
    let text;
    try {
      text = readFileSync(path2.join(procRoot, "net", table.file), "latin1");
    } catch (err) {
      const code2 = err.code;
      if (code2 === "ENOENT") {
        if (table.file === "tcp") return void 0;
        continue;
      }
      unreadable.push({ file: path2.join(procRoot, "net", table.file), protocol: table.protocol, reason: code2 ?? String(err) });
      continue;
    }
    for (const l of parseProcNet(text, table.protocol, table.family, byteOrder)) listeners.push(l);
  }
  return { listeners, unreadable };
}
function parseProcNet(text, protocol, family, byteOrder) {
  const out = [];
  for (const line of text.split("\n").slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10) continue;
    const [, local, , state] = fields;
    const inode = Number(fields[9]);
    const colon = local.lastIndexOf(":");
    const port = parseInt(local.slice(colon + 1), 16);
    if (!(port > 0)) continue;
    if (protocol === "tcp" && state !== TCP_LISTEN) continue;
    const listener = { protocol, family, address: decodeAddress(local.slice(0, colon), byteOrder), port, owners: [] };
    if (Number.isInteger(inode) && inode > 0) listener.inode = inode;
    out.push(listener);
  }
  return out;
}
function decodeAddress(hex, byteOrder) {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = [];
  for (const w of words) {
    const b = [0, 2, 4, 6].map((i) => parseInt(w.slice(i, i + 2), 16));
    bytes.push(...byteOrder === "LE" ? b.reverse() : b);
  }
  if (bytes.length === 4) return bytes.join(".");
  if (bytes.length !== 16) return hex;
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 255 && bytes[11] === 255;
  if (mapped) return `::ffff:${bytes.slice(12).join(".")}`;
  const groups = [];
  for (let i = 0; i < 16; i += 2) groups.push((bytes[i] << 8 | bytes[i + 1]).toString(16));
  return compressIpv6(groups);
}
function compressIpv6(groups) {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === "0") j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(":");
  return `${groups.slice(0, best).join(":")}::${groups.slice(best + bestLen).join(":")}`;
}
function findOwners(wanted, procRoot = "/proc") {
  const owners = /* @__PURE__ */ new Map();
  let unreadable = 0;
  if (wanted.size === 0) return { owners, unreadable };
  let pids;
  try {
    pids = readdirSync(procRoot).filter((d) => /^[0-9]+$/.test(d)).map(Number).sort((a, b) => a - b);
  } catch {
    return { owners, unreadable };
  }
  for (const pid of pids) {
    const fdDir = path2.join(procRoot, String(pid), "fd");
    let fds;
    try {
      fds = readdirSync(fdDir);
    } catch (err) {
      if (err.code !== "ENOENT") unreadable++;
      continue;
    }
    let info;
    let deniedLinks = 0;
    for (const fd of fds) {
      let link;
      try {
        link = readlinkSync(path2.join(fdDir, fd));
      } catch (err) {
        if (err.code !== "ENOENT") deniedLinks++;
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (!m) continue;
      const inode = Number(m[1]);
      if (!wanted.has(inode)) continue;
      info ??= processInfo(pid, procRoot);
      const list = owners.get(inode) ?? [];
      if (!list.some((o) => o.pid === pid)) list.push(info);
      owners.set(inode, list);
    }
    if (deniedLinks > 0 && deniedLinks === fds.length) unreadable++;
  }
  return { owners, unreadable };
}
function processInfo(pid, procRoot = "/proc") {
  const read = (file) => {
    try {
      return readFileSync(path2.join(procRoot, String(pid), file), "utf8");
    } catch {
      return void 0;
    }
  };
  const comm = read("comm")?.trim();
  const cmdline = read("cmdline")?.split("\0").filter((part) => part !== "").join(" ");
  return { pid, process: comm || "unknown", command: cmdline || comm || "" };
}

// src/runtime/listeners.ts
var MAX_CONNECT_PROBES = 1024;
function systemProbe(options = {}) {
  const procRoot = options.procRoot ?? "/proc";
  const platform = options.platform ?? process.platform;
  if (platform === "linux" && existsSync(path3.join(procRoot, "net", "tcp"))) return procProbe(procRoot);
  const lsof = options.lsof === false ? void 0 : options.lsof ?? findExecutable("lsof");
  const timeout = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  if (lsof !== void 0) return lsofProbe(lsof, timeout);
  return connectOnlyProbe(timeout);
}
function procProbe(procRoot) {
  return {
    method: "proc",
    listsAll: true,
    async inspect(ports, options = {}) {
      const wanted = new Set(ports);
      const tables = readProcTables(procRoot);
      if (!tables) throw new Error(`${path3.join(procRoot, "net", "tcp")} disappeared`);
      const listeners = tables.listeners.filter((l) => wanted.has(l.port));
      const unknown = [];
      for (const table of tables.unreadable) {
        for (const port of wanted) unknown.push({ port, protocol: table.protocol, reason: `cannot read ${table.file} (${table.reason})` });
      }
      const notes = [];
      if (options.owners !== false) {
        const inodes = new Set(listeners.flatMap((l) => l.inode === void 0 ? [] : [l.inode]));
        const found = findOwners(inodes, procRoot);
        for (const l of listeners) {
          if (l.inode !== void 0) l.owners = (found.owners.get(l.inode) ?? []).map((o) => ({ ...o }));
        }
        const orphans = listeners.filter((l) => l.owners.length === 0).length;
        if (orphans > 0) {
          notes.push(
            found.unreadable > 0 ? `the process of ${plural(orphans, "socket")} is unknown: ${plural(found.unreadable, "process", "processes")} could not be inspected (another user's; run as root to see them)` : `the process of ${plural(orphans, "socket")} is unknown: no visible process holds it (another PID namespace, or it is closing)`
          );
        }
      }
      return { method: "proc", listeners, unknown: unknown.sort(compareUnknown), notes };
    }
  };
}
function lsofProbe(lsof, timeoutMs) {
  return {
    method: "lsof",
    listsAll: true,
    async inspect(ports) {
      const wanted = [...new Set(ports)].sort((a, b) => a - b);
      const run = readLsof(lsof);
      if (run.error !== void 0) {
        const fallback = await connectInspect(wanted, timeoutMs);
        return { ...fallback, method: "lsof", notes: [`lsof failed (${run.error}); TCP was checked by connecting, UDP not at all`, ...fallback.notes] };
      }
      const wantedSet = new Set(wanted);
      const listeners = run.listeners.filter((l) => wantedSet.has(l.port));
      const notes = [];
      const unknown = [];
      if (typeof process.getuid === "function" && process.getuid() !== 0) {
        const seen = new Set(listeners.filter((l) => l.protocol === "tcp").map((l) => l.port));
        const rest = wanted.filter((p) => !seen.has(p));
        const probed = await connectInspect(rest, timeoutMs);
        const hidden = probed.listeners;
        for (const l of hidden) listeners.push(l);
        for (const u of probed.unknown) if (u.protocol === "tcp") unknown.push(u);
        if (hidden.length > 0) notes.push(`${plural(hidden.length, "TCP listener")} belong to processes lsof cannot see (another user's; run as root to see them)`);
        notes.push("UDP sockets of other users are invisible to lsof without root");
      }
      return { method: "lsof", listeners, unknown: unknown.sort(compareUnknown), notes };
    }
  };
}
function connectOnlyProbe(timeoutMs) {
  return {
    method: "connect",
    listsAll: false,
    async inspect(ports) {
      return connectInspect([...new Set(ports)].sort((a, b) => a - b), timeoutMs);
    }
  };
}
async function connectInspect(ports, timeoutMs) {
  const listeners = [];
  const unknown = [];
  const notes = ["process names are unavailable: this system has neither /proc/net nor lsof; only TCP on 127.0.0.1 and ::1 was checked"];
  const probed = ports.slice(0, MAX_CONNECT_PROBES);
  for (const port of ports.slice(MAX_CONNECT_PROBES)) {
    unknown.push({ port, protocol: "tcp", reason: `not probed: more than ${MAX_CONNECT_PROBES} ports asked at once` });
  }
  for (let i = 0; i < probed.length; i += 32) {
    const batch = probed.slice(i, i + 32);
    const results = await Promise.all(batch.map((port) => connectProbe(port, timeoutMs)));
    results.forEach((r, j) => {
      const port = batch[j];
      if (r.state === "in-use") listeners.push({ protocol: "tcp", family: r.family, address: r.address, port, owners: [] });
      else if (r.state === "unknown") unknown.push({ port, protocol: "tcp", reason: r.reason });
    });
  }
  for (const port of ports) unknown.push({ port, protocol: "udp", reason: "UDP cannot be checked without /proc/net or lsof" });
  return { method: "connect", listeners, unknown: unknown.sort(compareUnknown), notes };
}
function compareUnknown(a, b) {
  return a.port - b.port || a.protocol.localeCompare(b.protocol);
}
function describeHolders(listeners) {
  const owners = /* @__PURE__ */ new Map();
  for (const l of listeners) for (const o of l.owners) owners.set(o.pid, o);
  const sockets = [...new Set(listeners.map((l) => `${l.protocol} ${formatAddress(l.address, l.port)}`))].sort();
  const who = [...owners.values()].sort((a, b) => a.pid - b.pid).map((o) => `pid ${o.pid} ${o.process}`);
  return [sockets.join(", "), ...who.length > 0 ? [who.join(", ")] : []].join(", ");
}
function formatAddress(address, port) {
  return address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;
}

// src/generate/index.ts
import path4 from "node:path";

// src/generate/model.ts
function appliedRegistry(ctx) {
  return ctx.environment === void 0 ? ctx.registry : applyEnvironment(ctx.registry, ctx.environment);
}
function environmentOverlays(registry) {
  return Object.keys(registry.environments).sort().map((name) => {
    const overridden = new Set(Object.keys(registry.environments[name].ports));
    return [name, applyEnvironment(registry, name).services.filter((s) => overridden.has(s.name))];
  });
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function envVarRoles(services) {
  const firstOf = /* @__PURE__ */ new Map();
  return services.map((s) => {
    const what = `${s.name}: ${oneLine(s.description) || "no description"}; range ${formatRange(s.range)}`;
    if (!s.envVar) return { service: s, what, role: "fixed" };
    const first = firstOf.get(s.envVar);
    if (first) return { service: s, what, role: "shared", envVar: s.envVar, first };
    firstOf.set(s.envVar, s);
    return { service: s, what, role: "own", envVar: s.envVar };
  });
}
function block(lines) {
  return lines.length === 0 ? "" : `
${lines.join("\n")}
`;
}

// src/generate/shell.ts
var generateShell = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const names = registry.services.map((s) => s.name);
  const out = [
    `# ${marker}`,
    `# ${regenerate}`,
    "#",
    "# Source it from a POSIX sh or bash (`. ./ports.sh`). Every port env var is exported with its default",
    "# unless the environment already sets it (an empty value counts as unset). get_port NAME prints a",
    "# service's port after the checks `port-lint get` makes: an integer inside the service's range.",
    ""
  ];
  for (const r of envVarRoles(registry.services)) {
    const s = r.service;
    if (s.instances.length > 0) out.push(`# ${s.name} instances, one value per container: ${instancesText(s)}`);
    if (r.role === "fixed") out.push(`# ${r.what}; fixed at ${s.default} (no env var)`);
    else if (r.role === "shared") out.push(`# ${r.what}; reads ${r.envVar}, exported above for ${r.first.name}`);
    else if (s.immutable) {
      out.push(`# ${r.what}; immutable: ${r.envVar} is always ${s.default}, whatever the environment says`);
      out.push(`export ${r.envVar}=${s.default}`);
    } else {
      out.push(`# ${r.what}`);
      out.push(`export ${r.envVar}="\${${r.envVar}:-${s.default}}"`);
    }
  }
  out.push("");
  out.push(`PORT_LINT_SERVICES=${shellWord(names.join(" "))}`);
  out.push("");
  out.push("# get_port NAME: the port of service NAME; exit status 2 and one line on stderr when NAME is");
  out.push("# unknown or its env var is not a port of its range.");
  out.push("get_port() {");
  out.push('  case "$1" in');
  for (const s of registry.services) {
    const range = formatRange(s.range);
    const body = s.envVar && !s.immutable ? `_port_lint_checked ${shellWord(s.name)} ${s.envVar} "\${${s.envVar}:-}" ${s.default} ${s.range[0]} ${s.range[1]} ${shellWord(range)}${instanceArgument(s)}` : `echo ${s.default}`;
    out.push(`    ${shellWord(s.name)}) ${body} ;;`);
  }
  const known = names.join(", ") || "(none)";
  out.push(`    *) printf 'get_port: unknown service "%s"; ports.yaml declares: %s\\n' "$1" ${shellWord(known)} >&2; return 2 ;;`);
  out.push("  esac");
  out.push("}");
  out.push("");
  const withInstances = registry.services.some((s) => s.instances.length > 0 && s.envVar && !s.immutable);
  if (withInstances) {
    out.push("# _port_lint_checked SERVICE VARIABLE VALUE DEFAULT LOW HIGH RANGE [INSTANCE_PORTS]: VALUE when it is");
    out.push("# a port in LOW..HIGH or one of the space-separated INSTANCE_PORTS, DEFAULT when VALUE is empty.");
    out.push("# Digits only, at most 5 after leading zeros, compared with test -lt/-gt rather than $((...)), so");
    out.push("# that no value can overflow or be read as octal.");
  } else {
    out.push("# _port_lint_checked SERVICE VARIABLE VALUE DEFAULT LOW HIGH RANGE: VALUE when it is a port in");
    out.push("# LOW..HIGH, DEFAULT when VALUE is empty. Digits only, at most 5 after leading zeros, compared with");
    out.push("# test -lt/-gt rather than $((...)), so that no value can overflow or be read as octal.");
  }
  out.push("_port_lint_checked() {");
  out.push('  if [ -z "$3" ]; then echo "$4"; return 0; fi');
  out.push('  case "$3" in');
  out.push(`    *[!0-9]*) printf 'get_port: %s="%s" is not a port number; %s takes an integer in %s\\n' "$2" "$3" "$1" "$7" >&2; return 2 ;;`);
  out.push("  esac");
  out.push('  _port_lint_n=${3#"${3%%[!0]*}"}');
  if (withInstances) out.push('  case " ${8:-} " in *" $_port_lint_n "*) if [ -n "$_port_lint_n" ]; then echo "$_port_lint_n"; return 0; fi ;; esac');
  out.push('  if [ -z "$_port_lint_n" ] || [ ${#_port_lint_n} -gt 5 ] || [ "$_port_lint_n" -lt "$5" ] || [ "$_port_lint_n" -gt "$6" ]; then');
  out.push(`    printf 'get_port: %s=%s is outside the range of %s (%s)\\n' "$2" "$3" "$1" "$7" >&2; return 2`);
  out.push("  fi");
  out.push('  echo "$_port_lint_n"');
  out.push("}");
  out.push("");
  return out.join("\n");
};
function instancesText(s) {
  return s.instances.map((i) => `${i.name} ${i.port}`).join(", ");
}
function instanceArgument(s) {
  const ports = [...new Set(s.instances.map((i) => i.port).filter((p) => p < s.range[0] || p > s.range[1]))];
  return ports.length === 0 ? "" : ` '${ports.join(" ")}'`;
}

// src/generate/env.ts
var generateEnv = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const out = [`# ${marker}`, `# ${regenerate}`, ""];
  for (const r of envVarRoles(registry.services)) {
    const s = r.service;
    if (s.instances.length > 0) out.push(`# ${s.name} instances set their own value in each container: ${instancesText(s)}`);
    if (r.role === "fixed") out.push(`# ${r.what}; fixed at ${s.default} (no env var)`);
    else if (r.role === "shared") out.push(`# ${r.what}; reads ${r.envVar}, set above for ${r.first.name}`);
    else out.push(`# ${r.what}${s.immutable ? "; immutable: services ignore any other value" : ""}`, `${r.envVar}=${s.default}`);
  }
  out.push("");
  return out.join("\n");
};

// src/generate/json.ts
var generateJson = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const data = {
    // JSON has no comments: the header is the first key, where isGeneratedFile looks for it.
    $comment: `${marker} ${regenerate}`,
    source: ctx.header.source,
    environment: registry.environment ?? null,
    ports: Object.fromEntries(registry.services.map((s) => [s.name, serviceData(s)])),
    conflict_detection: conflictDetectionData(registry),
    reserved: registry.reserved.map((r) => ({ port: r.port, service: r.service, note: r.note })),
    categories: Object.fromEntries(registry.categories.map((c) => [c.name, { range: c.range, description: c.description }]))
  };
  return `${stringify(data, "")}
`;
};
function serviceData(s) {
  return {
    default: s.default,
    env_var: s.envVar,
    description: s.description,
    range: s.range,
    optional: s.optional,
    immutable: s.immutable,
    conflict_check: s.conflictCheck,
    category: s.category ?? null,
    protocol: s.protocol,
    service_command: s.serviceCommand,
    ...s.instances.length > 0 && {
      instances: Object.fromEntries(s.instances.map((i) => [i.name, i.files.length > 0 ? { port: i.port, files: i.files } : i.port]))
    }
  };
}
function conflictDetectionData(registry) {
  const cd = registry.conflictDetection;
  return { enabled: cd.enabled, check_on_startup: cd.checkOnStartup, auto_resolve: cd.autoResolve, warn_on_conflict: cd.warnOnConflict };
}
function stringify(value, indent) {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    if (value.every((v) => v === null || typeof v !== "object")) return `[${value.map((v) => JSON.stringify(v)).join(", ")}]`;
    const inner = indent + "  ";
    return `[
${value.map((v) => inner + stringify(v, inner)).join(",\n")}
${indent}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = indent + "  ";
    return `{
${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`).join(",\n")}
${indent}}`;
  }
  return JSON.stringify(value);
}

// src/generate/markdown.ts
var generateMarkdown = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const out = [`<!-- ${marker}`, `     ${regenerate} -->`, ""];
  const env2 = registry.environment === void 0 ? "" : ` (${registry.environment})`;
  out.push(`# Port assignments${env2}`, "");
  out.push(
    `Every port of \`${ctx.header.source}\`${registry.environment === void 0 ? "" : ` in the \`${registry.environment}\` environment`}. A service listens on its port unless its env var says otherwise; the env value must lie in the range.`,
    ""
  );
  if (registry.categories.length > 0) {
    out.push("## Ranges", "", "| Range | Category | Services |", "| --- | --- | ---: |");
    for (const c of registry.categories) {
      const count = registry.services.filter((s) => s.category === c.name).length;
      out.push(row([formatRange(c.range), `${cell(c.description) || code(c.name)}${c.description ? ` (${code(c.name)})` : ""}`, String(count)]));
    }
    out.push("");
  }
  const sections = registry.categories.map((c) => ({
    title: `${c.description ? cell(c.description) : code(c.name)}: ${formatRange(c.range)}`,
    services: registry.services.filter((s) => s.category === c.name)
  }));
  const uncategorised = registry.services.filter((s) => s.category === void 0);
  if (uncategorised.length > 0) {
    sections.push({ title: registry.categories.length > 0 ? "Other services" : "Services", services: uncategorised });
  }
  for (const section of sections) {
    if (section.services.length === 0) continue;
    out.push(`## ${section.title}`, "");
    out.push("| Port | Service | Purpose | Env var | Range | Flags |", "| ---: | --- | --- | --- | --- | --- |");
    const sorted = [...section.services].sort((a, b) => a.default - b.default || a.name.localeCompare(b.name));
    for (const s of sorted) {
      out.push(row([String(s.default), code(s.name), cell(s.description), s.envVar ? code(s.envVar) : "\u2014", formatRange(s.range), flags(s, registry.categories).join(", ")]));
    }
    out.push("");
  }
  const withInstances = registry.services.filter((s) => s.instances.length > 0);
  if (withInstances.length > 0) {
    out.push("## Instances", "", "Containers that run a service with their own value of its env var.", "");
    out.push("| Port | Instance | Service | Env var |", "| ---: | --- | --- | --- |");
    for (const s of withInstances) {
      for (const i of s.instances) out.push(row([String(i.port), code(i.name), code(s.name), s.envVar ? code(s.envVar) : "\u2014"]));
    }
    out.push("");
  }
  if (registry.reserved.length > 0) {
    out.push("## Reserved", "", "Ports owned by something outside this registry.", "", "| Port | Owner | Note |", "| ---: | --- | --- |");
    for (const r of [...registry.reserved].sort((a, b) => a.port - b.port)) out.push(row([String(r.port), cell(r.service), cell(r.note)]));
    out.push("");
  }
  const cd = registry.conflictDetection;
  out.push("## Conflict detection", "");
  if (!cd.enabled) {
    out.push("Off: ports are handed out without checking whether they are free, unless asked (`port-lint get --check`).");
  } else {
    out.push(
      [
        cd.checkOnStartup ? "A service asking for its port checks that nothing listens on it" : "Services with `conflict_check` check that nothing listens on their port when they ask for it",
        cd.autoResolve ? "a taken port moves to the first free port of the service's range (never for immutable services)" : "a taken port is an error (no automatic fallback)"
      ].join("; ") + (cd.autoResolve && cd.warnOnConflict ? ", with a warning naming the port used." : ".")
    );
  }
  out.push("");
  return out.join("\n");
};
function flags(s, categories) {
  const out = [];
  if (s.optional) out.push("optional");
  if (s.immutable) out.push("immutable");
  if (s.conflictCheck) out.push("conflict check");
  if (s.protocol !== "tcp") out.push(s.protocol === "both" ? "tcp+udp" : "udp");
  const category = categories.find((c) => c.name === s.category);
  if (category && !inRange(s.default, category.range)) out.push(`outside ${formatRange(category.range)}`);
  return out;
}
function row(cells) {
  return `| ${cells.join(" | ")} |`.replace(/ {2,}\|/g, " |");
}
function cell(text) {
  return oneLine(text).replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
}
function code(text) {
  return `\`${text.replace(/`/g, "")}\``;
}

// src/generate/python.ts
var generatePython = (ctx) => {
  const registry = ctx.registry;
  const [marker, regenerate] = headerLines(ctx.header);
  const cd = registry.conflictDetection;
  const services = registry.services.map((s) => `    ${py(s.name)}: ${portConfig(s, "    ")},`);
  const environments = environmentOverlays(registry).map(
    ([name, list]) => [`    ${py(name)}: {`, ...list.map((s) => `        ${py(s.name)}: ${portConfig(s, "        ")},`), "    },"].join("\n")
  );
  const reserved = registry.reserved.map((r) => `    (${r.port}, ${py(r.service)}, ${py(r.note)}),`);
  if (ctx.environment !== void 0 && !Object.hasOwn(registry.environments, ctx.environment)) {
    throw new Error(`unknown environment "${ctx.environment}"`);
  }
  return `# ${marker}
# ${regenerate}
"""Ports of ${commentSafe(ctx.header.source)}, and the PortManager that hands them out.

Usage::

    pm = PortManager()
    api_port = pm.get_port("api")              # its env var when set (checked), else the default
    dashboard_port = pm.get_port("dashboard", check_conflict=True)
    all_ports = pm.list_ports()                # {"api": 8000, ...}, no conflict check
    ready = pm.validate_all()                  # {"api": True, ...}: valid and free right now

The semantics are those of port-lint's TypeScript PortManager. A service's env var overrides its
default but must be an integer inside the service's range (else InvalidPortError, naming the variable
and the range); an empty value counts as unset. An immutable service ignores its env var and never
moves. A conflict check sees a TCP listener or a bound UDP socket on any address (127.0.0.1, ::1,
0.0.0.0, ::) through /proc/net; without /proc/net it connects to 127.0.0.1 and ::1 (TCP only), and a
port that cannot be checked raises PortCheckError: it is never assumed free. A taken port moves to the
first free port of the service's range only where conflict_detection.auto_resolve allows, with a
warning (logging) naming the port used. Environments of ports.yaml are chosen with
PortManager(env=NAME) or PORT_LINT_ENV.

No dependencies: the registry is embedded below. Regenerate this file when ports.yaml changes.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import sys
from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Optional, Tuple

__all__ = [
    "CONFLICT_DETECTION",
    "DEFAULT_ENVIRONMENT",
    "ENVIRONMENTS",
    "InvalidPortError",
    "NoFreePortError",
    "PortCheckError",
    "PortConfig",
    "PortConflictError",
    "PortError",
    "PortManager",
    "RESERVED",
    "SERVICES",
    "SOURCE",
    "UnknownEnvironmentError",
    "UnknownServiceError",
]

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PortConfig:
    """A service of the registry (with its environment applied, in ENVIRONMENTS)."""

    name: str
    default: int
    env_var: Optional[str]
    description: str
    range: Tuple[int, int]
    optional: bool = False
    immutable: bool = False
    conflict_check: bool = False
    category: Optional[str] = None
    protocol: str = "tcp"
    service_command: Tuple[str, ...] = ()
    #: Ports of the containers that each give env_var their own value (ports.yaml instances), allowed besides range.
    instance_ports: Tuple[int, ...] = ()

    @property
    def protocols(self) -> Tuple[str, ...]:
        """The protocols the service listens with."""
        return ("tcp", "udp") if self.protocol == "both" else (self.protocol,)


SOURCE = ${py(ctx.header.source)}

#: The environment used when neither PortManager(env=...) nor PORT_LINT_ENV names one.
DEFAULT_ENVIRONMENT: Optional[str] = ${ctx.environment === void 0 ? "None" : py(ctx.environment)}

CONFLICT_DETECTION: Dict[str, bool] = {
    "enabled": ${pyBool(cd.enabled)},
    "check_on_startup": ${pyBool(cd.checkOnStartup)},
    "auto_resolve": ${pyBool(cd.autoResolve)},
    "warn_on_conflict": ${pyBool(cd.warnOnConflict)},
}

SERVICES: Dict[str, PortConfig] = {${block(services)}}

#: Per environment, the services it overrides, complete with the overlay applied.
ENVIRONMENTS: Dict[str, Dict[str, PortConfig]] = {${block(environments)}}

#: (port, owner, note) of ports owned by something outside the registry.
RESERVED: Tuple[Tuple[int, str, str], ...] = (${block(reserved)})


class PortError(Exception):
    """Base class of the errors this module raises on purpose."""


class UnknownServiceError(PortError, ValueError):
    """A service name the registry does not declare (a ValueError, as the seed raised)."""

    def __init__(self, service: str, known: Iterable[str]) -> None:
        self.service = service
        super().__init__(f'unknown service "{service}"; ports.yaml declares: {", ".join(known) or "(none)"}')


class UnknownEnvironmentError(PortError, ValueError):
    """An environment name the registry does not declare."""

    def __init__(self, environment: str) -> None:
        self.environment = environment
        if ENVIRONMENTS:
            message = f'unknown environment "{environment}"; ports.yaml declares: {", ".join(sorted(ENVIRONMENTS))}'
        else:
            message = f'unknown environment "{environment}"; ports.yaml declares no environments'
        super().__init__(message)


class InvalidPortError(PortError, ValueError):
    """A service's env var is not a port of the service's range."""

    def __init__(self, service: str, variable: str, value: str, port_range: Tuple[int, int]) -> None:
        self.service = service
        self.variable = variable
        self.value = value
        self.range = port_range
        if _digits(value):
            message = f"{variable}={value} is outside the range of {service} ({_range_text(port_range)})"
        else:
            shown = json.dumps(value, ensure_ascii=False)
            message = f"{variable}={shown} is not a port number; {service} takes an integer in {_range_text(port_range)}"
        super().__init__(message)


class PortConflictError(PortError, RuntimeError):
    """The service's port is taken and may not (or cannot) move (a RuntimeError, as the seed raised)."""

    def __init__(self, service: str, port: int, holder: str, why: str) -> None:
        self.service = service
        self.port = port
        super().__init__(f"port {port} of {service} is in use ({holder}); {why}")


class NoFreePortError(PortError, RuntimeError):
    """Every port of a range is taken."""

    def __init__(self, port_range: Tuple[int, int], detail: str = "") -> None:
        self.range = port_range
        super().__init__(f"no free port in {_range_text(port_range)}{detail}")


class PortCheckError(PortError, RuntimeError):
    """Whether a port is free could not be determined: never guessed as free."""

    def __init__(self, port: int, reason: str) -> None:
        self.port = port
        super().__init__(f"cannot tell whether port {port} is free: {reason}")


def _digits(value: str) -> bool:
    # str.isdigit() alone accepts "\xB2" and "\uFF18"; only ASCII digits are a port.
    return value.isascii() and value.isdigit()


def _range_text(port_range: Tuple[int, int]) -> str:
    low, high = port_range
    return str(low) if low == high else f"{low}-{high}"


# Where the kernel lists sockets. Tests point it elsewhere to exercise the connect fallback.
_PROC_NET = "/proc/net"
_TCP_LISTEN = "0A"
_CONNECT_TIMEOUT = 1.0
# The IPv6 loopback is absent: not a sign that the port is free or taken.
_NO_IPV6 = frozenset((errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT, errno.ENETUNREACH, errno.EPROTONOSUPPORT))

_Sockets = Tuple[Dict[Tuple[str, int], List[str]], Dict[str, str]]


def _decode_address(hexa: str) -> str:
    # The kernel prints 32-bit words in host byte order.
    words = [bytes.fromhex(hexa[i:i + 8]) for i in range(0, len(hexa), 8)]
    if sys.byteorder == "little":
        words = [w[::-1] for w in words]
    packed = b"".join(words)
    family = socket.AF_INET if len(packed) == 4 else socket.AF_INET6
    return socket.inet_ntop(family, packed)


def _format_address(address: str, port: int) -> str:
    return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"


def _proc_sockets() -> Optional[_Sockets]:
    """(protocol, port) -> sockets, for every TCP listener and bound UDP socket; None without /proc/net.

    The second mapping names protocols whose tables exist but could not be read.
    """
    if not sys.platform.startswith("linux") or not os.path.exists(os.path.join(_PROC_NET, "tcp")):
        return None
    found: Dict[Tuple[str, int], List[str]] = {}
    unreadable: Dict[str, str] = {}
    for name, protocol in (("tcp", "tcp"), ("tcp6", "tcp"), ("udp", "udp"), ("udp6", "udp")):
        path = os.path.join(_PROC_NET, name)
        try:
            with open(path, encoding="latin-1") as table:
                lines = table.read().splitlines()[1:]
        except FileNotFoundError:
            continue  # a kernel without IPv6 has no IPv6 sockets
        except OSError as err:
            unreadable[protocol] = f"cannot read {path} ({err.strerror or err})"
            continue
        for line in lines:
            fields = line.split()
            if len(fields) < 4:
                continue
            address, _, port_hex = fields[1].rpartition(":")
            port = int(port_hex, 16)
            # TCP: listeners only. UDP has no listen(): any bound socket holds its port.
            if port == 0 or (protocol == "tcp" and fields[3] != _TCP_LISTEN):
                continue
            text = f"{protocol} {_format_address(_decode_address(address), port)}"
            found.setdefault((protocol, port), []).append(text)
    return found, unreadable


def _connect(port: int) -> Optional[str]:
    """The loopback address accepting TCP connections on port, or None; PortCheckError when unsure."""
    unsure: List[str] = []
    for family, host in ((socket.AF_INET, "127.0.0.1"), (socket.AF_INET6, "::1")):
        try:
            sock = socket.socket(family, socket.SOCK_STREAM)
        except OSError as err:
            if family == socket.AF_INET6 and err.errno in _NO_IPV6:
                continue
            unsure.append(f"{host}: {err}")
            continue
        with sock:
            sock.settimeout(_CONNECT_TIMEOUT)
            try:
                code = sock.connect_ex((host, port))
            except socket.timeout:
                unsure.append(f"{host}: no answer within {int(_CONNECT_TIMEOUT * 1000)} ms")
                continue
            except OSError as err:
                code = err.errno or -1
        if code == 0:
            return f"tcp {_format_address(host, port)}"
        if code == errno.ECONNREFUSED or (family == socket.AF_INET6 and code in _NO_IPV6):
            continue
        unsure.append(f"{host}: {errno.errorcode.get(code, str(code))}")
    if unsure:
        raise PortCheckError(port, "; ".join(unsure))
    return None


def _holders(port: int, protocols: Tuple[str, ...], table: Optional[_Sockets]) -> List[str]:
    """The sockets holding port for these protocols; PortCheckError when that cannot be told."""
    if table is not None:
        found, unreadable = table
        held = [text for protocol in protocols for text in found.get((protocol, port), [])]
        if held:
            return held
        for protocol in protocols:
            if protocol in unreadable:
                raise PortCheckError(port, unreadable[protocol])
        return []
    if "tcp" in protocols:
        address = _connect(port)
        if address is not None:
            return [address]
    if "udp" in protocols:
        raise PortCheckError(port, "UDP cannot be checked without /proc/net")
    return []


class PortManager:
    """Hands out the registry's ports, as port-lint's TypeScript PortManager does."""

    def __init__(self, env: Optional[str] = None, environ: Optional[Mapping[str, str]] = None) -> None:
        """env: an environment of ports.yaml (default: PORT_LINT_ENV, else DEFAULT_ENVIRONMENT).
        environ: where services' env vars are read (default os.environ)."""
        self._environ: Mapping[str, str] = os.environ if environ is None else environ
        self._env = env or self._environ.get("PORT_LINT_ENV") or DEFAULT_ENVIRONMENT
        if self._env is not None and self._env not in ENVIRONMENTS:
            raise UnknownEnvironmentError(self._env)
        self._services: Dict[str, PortConfig] = dict(SERVICES)
        if self._env is not None:
            self._services.update(ENVIRONMENTS[self._env])

    @property
    def environment(self) -> Optional[str]:
        """The environment in use, or None."""
        return self._env

    @property
    def services(self) -> Dict[str, PortConfig]:
        """Every service by name, in ports.yaml order."""
        return dict(self._services)

    def get_port(self, service: str, check_conflict: Optional[bool] = None) -> int:
        """The port service should use.

        check_conflict defaults to conflict_detection.enabled and either check_on_startup or the
        service's conflict_check.
        """
        config = self._config(service)
        port, ignored = self._configured(config)
        if ignored:
            _log.warning("%s", ignored)
        detection = CONFLICT_DETECTION
        if check_conflict is None:
            check_conflict = detection["enabled"] and (detection["check_on_startup"] or config.conflict_check)
        if not check_conflict:
            return port
        held = _holders(port, config.protocols, _proc_sockets())
        if not held:
            return port
        holder = ", ".join(sorted(set(held)))
        if config.immutable:
            raise PortConflictError(config.name, port, holder, f"{config.name} is immutable and never moves")
        if not detection["auto_resolve"]:
            raise PortConflictError(config.name, port, holder, "conflict_detection.auto_resolve is off, so it does not move")
        if config.range[0] == config.range[1]:
            raise PortConflictError(config.name, port, holder, f"its range {_range_text(config.range)} has no other port")
        exclude = {port} | {reserved[0] for reserved in RESERVED}
        exclude |= {other.default for other in self._services.values() if other.name != config.name}
        free = self.find_free_port(config.range, config.protocol, exclude)
        if detection["warn_on_conflict"]:
            _log.warning(
                "%s: port %d is in use (%s); using %d from its range %s",
                config.name, port, holder, free, _range_text(config.range),
            )
        return free

    def list_ports(self) -> Dict[str, int]:
        """Every service's configured port (env var or default), without conflict checks."""
        return {name: self._configured(config)[0] for name, config in self._services.items()}

    def validate_all(self) -> Dict[str, bool]:
        """For every service: is its configured port valid and free right now? Nothing moves."""
        table = _proc_sockets()
        results: Dict[str, bool] = {}
        for name, config in self._services.items():
            try:
                port = self._configured(config)[0]
                results[name] = not _holders(port, config.protocols, table)
            except PortError:
                results[name] = False
        return results

    def is_port_in_use(self, port: int, protocol: str = "tcp") -> bool:
        """Whether anything listens on port (protocol "tcp", "udp" or "both"); PortCheckError when unsure."""
        protocols = ("tcp", "udp") if protocol == "both" else (protocol,)
        return bool(_holders(port, protocols, _proc_sockets()))

    def find_free_port(self, port_range: Tuple[int, int], protocol: str = "tcp", exclude: Iterable[int] = ()) -> int:
        """The first port of port_range nothing listens on, passing over exclude; NoFreePortError when none."""
        low, high = port_range
        protocols = ("tcp", "udp") if protocol == "both" else (protocol,)
        excluded = set(exclude)
        candidates = [port for port in range(low, high + 1) if port not in excluded]
        if not candidates:
            raise NoFreePortError(port_range, ": every port in it is excluded (reserved or another service's default)")
        table = _proc_sockets()
        unchecked = 0
        for port in candidates:
            try:
                if not _holders(port, protocols, table):
                    return port
            except PortCheckError:
                unchecked += 1  # never handed out as free
        if unchecked:
            detail = f": {len(candidates) - unchecked} in use, {unchecked} could not be checked"
        elif len(candidates) == 1:
            detail = ": its only candidate is in use"
        else:
            detail = f": all {len(candidates)} candidates are in use"
        raise NoFreePortError(port_range, detail)

    def _config(self, service: str) -> PortConfig:
        try:
            return self._services[service]
        except KeyError:
            raise UnknownServiceError(service, self._services) from None

    def _configured(self, config: PortConfig) -> Tuple[int, Optional[str]]:
        """The env var's port (checked) or the default, and why an env value was not honoured."""
        variable = config.env_var
        value = self._environ.get(variable) if variable else None
        if variable is None or value is None or value == "":
            return config.default, None
        if config.immutable:
            if _digits(value) and int(value) == config.default:
                return config.default, None
            return config.default, f"{variable}={value} is ignored: {config.name} is immutable (always {config.default})"
        if not _digits(value):
            raise InvalidPortError(config.name, variable, value, config.range)
        port = int(value)
        if not config.range[0] <= port <= config.range[1] and port not in config.instance_ports:
            raise InvalidPortError(config.name, variable, value, config.range)
        return port, None
`;
};
function portConfig(s, indent) {
  const i = `${indent}    `;
  const commands = s.serviceCommand.map(py);
  const tuple = commands.length === 0 ? "()" : commands.length === 1 ? `(${commands[0]},)` : `(${commands.join(", ")})`;
  return [
    "PortConfig(",
    `${i}name=${py(s.name)},`,
    `${i}default=${s.default},`,
    `${i}env_var=${s.envVar === null ? "None" : py(s.envVar)},`,
    `${i}description=${py(s.description)},`,
    `${i}range=(${s.range[0]}, ${s.range[1]}),`,
    `${i}optional=${pyBool(s.optional)},`,
    `${i}immutable=${pyBool(s.immutable)},`,
    `${i}conflict_check=${pyBool(s.conflictCheck)},`,
    `${i}category=${s.category === void 0 ? "None" : py(s.category)},`,
    `${i}protocol=${py(s.protocol)},`,
    `${i}service_command=${tuple},`,
    ...s.instances.length > 0 ? [`${i}instance_ports=(${s.instances.map((x) => `${x.port},`).join(" ")}),`] : [],
    `${indent})`
  ].join("\n");
}
function py(text) {
  return JSON.stringify(text);
}
function pyBool(value) {
  return value ? "True" : "False";
}

// src/generate/typescript.ts
var generateTypescript = (ctx) => {
  const registry = ctx.registry;
  const [marker, regenerate] = headerLines(ctx.header);
  const names = registry.services.map((s) => s.name);
  const envNames = Object.keys(registry.environments).sort();
  const envList = envNames.length === 0 ? "declares no environments" : `declares: ${envNames.join(", ")}`;
  const services = registry.services.map((s) => `  ${key(s.name)}: ${servicePort(s, "  ")},`);
  const environments = environmentOverlays(registry).map(
    ([name, list]) => [`  ${key(name)}: {`, ...list.map((s) => `    ${key(s.name)}: ${servicePort(s, "    ")},`), "  },"].join("\n")
  );
  const reserved = registry.reserved.map((r) => `  { port: ${r.port}, service: ${ts(r.service)}, note: ${ts(r.note)} },`);
  return `// ${marker}
// ${regenerate}
/**
 * The ports of ${commentSafe(ctx.header.source)} as typed constants, and getPort() resolving a service's port the way
 * port-lint's PortManager does: its env var when set (digits only, inside the service's range, else
 * InvalidPortEnvError), never for an immutable service; else its default. No dependencies and no
 * conflict check: to check that a port is free, use PortManager from the port-lint package.
 */

export interface ServicePort {
  readonly default: number;
  readonly envVar: string | null;
  readonly description: string;
  readonly range: readonly [number, number];
  readonly optional: boolean;
  readonly immutable: boolean;
  readonly conflictCheck: boolean;
  readonly category: string | null;
  readonly protocol: "tcp" | "udp" | "both";
  readonly serviceCommand: readonly string[];
  /** Ports of the containers that each give envVar their own value (ports.yaml instances), allowed besides range. */
  readonly instancePorts?: readonly number[];
}

/** The ports.yaml this file was generated from. */
export const SOURCE = ${ts(ctx.header.source)};

/** The environment used when neither the env option nor PORT_LINT_ENV names one. */
export const DEFAULT_ENVIRONMENT: string | null = ${ctx.environment === void 0 ? "null" : ts(ctx.environment)};

export const SERVICES = {${block(services)}} as const satisfies { readonly [service: string]: ServicePort };

export type ServiceName = keyof typeof SERVICES;

/** Per environment, the services it overrides, complete with the overlay applied. */
export const ENVIRONMENTS: { readonly [environment: string]: { readonly [S in ServiceName]?: ServicePort } } = {${block(environments)}};

/** Ports owned by something outside the registry. */
export const RESERVED: readonly { readonly port: number; readonly service: string; readonly note: string }[] = [${block(reserved)}];

export type Variables = { readonly [name: string]: string | undefined };

export interface GetPortOptions {
  /** An environment of ports.yaml (default: PORT_LINT_ENV, else DEFAULT_ENVIRONMENT). */
  env?: string | undefined;
  /** Where env vars are read (default: process.env where there is one). */
  variables?: Variables | undefined;
}

/** A service's env var holds something that is not a port of its range. */
export class InvalidPortEnvError extends Error {
  readonly service: string;
  readonly variable: string;
  readonly value: string;
  readonly range: readonly [number, number];

  constructor(service: string, variable: string, value: string, range: readonly [number, number]) {
    super(
      /^[0-9]+$/.test(value)
        ? \`\${variable}=\${value} is outside the range of \${service} (\${rangeText(range)})\`
        : \`\${variable}=\${JSON.stringify(value)} is not a port number; \${service} takes an integer in \${rangeText(range)}\`,
    );
    this.name = "InvalidPortEnvError";
    this.service = service;
    this.variable = variable;
    this.value = value;
    this.range = range;
  }
}

/** The port \`service\` should use. */
export function getPort(service: ServiceName, options: GetPortOptions = {}): number {
  const variables = options.variables ?? processEnv();
  const s = serviceIn(service, environmentOf(options, variables));
  const value = s.envVar === null ? undefined : variables[s.envVar];
  if (s.envVar === null || value === undefined || value === "" || s.immutable) return s.default;
  if (!/^[0-9]+$/.test(value)) throw new InvalidPortEnvError(service, s.envVar, value, s.range);
  const port = Number(value);
  if ((port < s.range[0] || port > s.range[1]) && (s.instancePorts ?? []).indexOf(port) < 0) throw new InvalidPortEnvError(service, s.envVar, value, s.range);
  return port;
}

/** Every service's port, as getPort gives it. */
export function listPorts(options: GetPortOptions = {}): Record<ServiceName, number> {
  // fromEntries defines keys: \`out[name] = \u2026\` would set the prototype for a service named __proto__.
  return Object.fromEntries((Object.keys(SERVICES) as ServiceName[]).map((name) => [name, getPort(name, options)])) as Record<ServiceName, number>;
}

function environmentOf(options: GetPortOptions, variables: Variables): string | null {
  const fromVariable = variables["PORT_LINT_ENV"];
  return options.env ?? (fromVariable === undefined || fromVariable === "" ? DEFAULT_ENVIRONMENT : fromVariable);
}

function serviceIn(service: ServiceName, env: string | null): ServicePort {
  if (!Object.prototype.hasOwnProperty.call(SERVICES, service)) {
    throw new Error(\`unknown service "\${String(service)}"; ports.yaml declares: ${names.join(", ") || "(none)"}\`);
  }
  const base: ServicePort = SERVICES[service];
  if (env === null) return base;
  if (!Object.prototype.hasOwnProperty.call(ENVIRONMENTS, env)) {
    throw new Error(\`unknown environment "\${env}"; ports.yaml ${envList}\`);
  }
  const overlay: { readonly [S in ServiceName]?: ServicePort } = ENVIRONMENTS[env] ?? {};
  return Object.prototype.hasOwnProperty.call(overlay, service) ? (overlay[service] ?? base) : base;
}

function rangeText(range: readonly [number, number]): string {
  return range[0] === range[1] ? String(range[0]) : \`\${range[0]}-\${range[1]}\`;
}

function processEnv(): Variables {
  // Typed without @types/node, so the module also compiles for browsers and Deno.
  return (globalThis as { process?: { env?: Variables } }).process?.env ?? {};
}
`;
};
function servicePort(s, indent) {
  const i = `${indent}  `;
  return [
    "{",
    `${i}default: ${s.default},`,
    `${i}envVar: ${s.envVar === null ? "null" : ts(s.envVar)},`,
    `${i}description: ${ts(s.description)},`,
    `${i}range: [${s.range[0]}, ${s.range[1]}],`,
    `${i}optional: ${s.optional},`,
    `${i}immutable: ${s.immutable},`,
    `${i}conflictCheck: ${s.conflictCheck},`,
    `${i}category: ${s.category === void 0 ? "null" : ts(s.category)},`,
    `${i}protocol: ${ts(s.protocol)},`,
    `${i}serviceCommand: [${s.serviceCommand.map(ts).join(", ")}],`,
    ...s.instances.length > 0 ? [`${i}instancePorts: [${s.instances.map((x) => x.port).join(", ")}],`] : [],
    `${indent}}`
  ].join("\n");
}
function ts(text) {
  return JSON.stringify(text).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function key(name) {
  if (name === "__proto__") return `[${ts(name)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : ts(name);
}

// src/generate/index.ts
var GENERATORS = {
  shell: generateShell,
  env: generateEnv,
  markdown: generateMarkdown,
  python: generatePython,
  typescript: generateTypescript,
  json: generateJson
};
function generateCommand(parts) {
  const rel = (p) => toPosix(path4.relative(parts.root, p)) || ".";
  const words = ["port-lint", "generate", parts.format, "--config", rel(parts.config)];
  if (parts.environment !== void 0) words.push("--env", parts.environment);
  if (parts.output !== void 0) words.push("-o", rel(parts.output));
  return words.map(shellWord).join(" ");
}

// src/runtime/port-manager.ts
import path5 from "node:path";
var PortManager = class _PortManager {
  registry;
  envName;
  variables;
  warn;
  probeInstance;
  applied = /* @__PURE__ */ new Map();
  /** A manager for an already loaded registry (the base registry; environments are applied per call). */
  constructor(registry, options = {}) {
    this.registry = registry;
    this.variables = options.variables ?? process.env;
    const fromVariable = this.variables[ENVIRONMENT_VARIABLE];
    this.envName = options.env ?? registry.environment ?? (fromVariable === "" ? void 0 : fromVariable);
    this.warn = options.warn ?? ((m) => void process.stderr.write(`port-lint: ${m}
`));
    this.probeInstance = options.probe;
    this.view(void 0);
  }
  /**
   * Loads `file` (default: ports.yaml, config/ports.yaml or .ports.yaml found from `cwd` up to the
   * repository root). A missing or invalid file throws (RegistryNotFoundError, ConfigError): never a
   * silent default.
   */
  static load(file, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const resolved = file !== void 0 ? path5.resolve(cwd, file) : findConfig(cwd);
    if (resolved === void 0) throw new RegistryNotFoundError(cwd);
    return new _PortManager(loadRegistry(resolved, { root: cwd }), options);
  }
  /** The registry with the environment of this call (or the manager's) applied. */
  view(env2) {
    const name = env2 ?? this.envName;
    if (name === void 0 || name === this.registry.environment) return this.registry;
    if (this.registry.environment !== void 0) {
      throw new PortError(`the registry has environment "${this.registry.environment}" applied; load the base registry to use "${name}"`);
    }
    let registry = this.applied.get(name);
    if (!registry) {
      if (!Object.hasOwn(this.registry.environments, name)) {
        const known = Object.keys(this.registry.environments).sort();
        throw new UnknownEnvironmentError(
          name,
          known.length === 0 ? `unknown environment "${name}"; ports.yaml declares no environments` : `unknown environment "${name}"${suggest(name, known)}; ports.yaml declares: ${known.join(", ")}`
        );
      }
      registry = applyEnvironment(this.registry, name);
      this.applied.set(name, registry);
    }
    return registry;
  }
  /** Service names in ports.yaml order. */
  services() {
    return this.registry.services.map((s) => s.name);
  }
  /**
   * The port `service` should use: its env var when set (strictly an integer inside the service's
   * range, else InvalidPortEnvError; never for an immutable service), else its default. With a
   * conflict check, a port something already listens on (TCP or UDP as the service's protocol, on any
   * address) moves to the first free port of the range when `conflict_detection.auto_resolve` allows,
   * with a warning naming that port; otherwise PortConflictError.
   */
  async getPort(service, options = {}) {
    const registry = this.view(options.env);
    const s = this.service(registry, service);
    const configured = configuredPort(s, this.variables);
    if (configured.ignored) this.warn(configured.ignored);
    const cd = registry.conflictDetection;
    const check = options.checkConflict ?? (cd.enabled && (cd.checkOnStartup || s.conflictCheck));
    if (!check) return configured.port;
    const protocols = protocolsOf(s);
    const port = configured.port;
    const snapshot = await this.probe().inspect([port]);
    const holders = taken(snapshot, port, protocols);
    if (holders.length === 0) return port;
    const holder = describeHolders(holders);
    if (s.immutable) throw new PortConflictError(s.name, port, holder, `${s.name} is immutable and never moves`);
    if (!cd.autoResolve) throw new PortConflictError(s.name, port, holder, "conflict_detection.auto_resolve is off, so it does not move");
    if (s.range[0] === s.range[1]) throw new PortConflictError(s.name, port, holder, `its range ${formatRange(s.range)} has no other port`);
    const exclude = /* @__PURE__ */ new Set([port, ...registry.reserved.map((r) => r.port)]);
    for (const other of registry.services) if (other.name !== s.name) exclude.add(other.default);
    const free = await this.findFreePort(s.range, { protocols, exclude });
    if (cd.warnOnConflict) this.warn(`${s.name}: port ${port} is in use (${holder}); using ${free} from its range ${formatRange(s.range)}`);
    return free;
  }
  /** Every service's configured port (env var or default), without conflict checks: the seed's list_ports(). */
  listPorts(options = {}) {
    const registry = this.view(options.env);
    return Object.fromEntries(registry.services.map((s) => [s.name, configuredPort(s, this.variables).port]));
  }
  /**
   * For every service: is its configured port valid and free right now? The seed's validate_all(),
   * run before starting services: nothing moves, nothing is warned about.
   */
  async validateAll(options = {}) {
    const registry = this.view(options.env);
    const ports = /* @__PURE__ */ new Map();
    const out = /* @__PURE__ */ new Map();
    for (const s of registry.services) {
      try {
        ports.set(s.name, configuredPort(s, this.variables).port);
      } catch (err) {
        out.set(s.name, { ok: false, problem: err.message });
      }
    }
    const snapshot = await this.probe().inspect(ports.values(), { owners: true });
    for (const s of registry.services) {
      const port = ports.get(s.name);
      if (port === void 0) continue;
      const protocols = protocolsOf(s);
      const unknown = snapshot.unknown.find((u) => u.port === port && protocols.includes(u.protocol));
      const holders = snapshot.listeners.filter((l) => l.port === port && protocols.includes(l.protocol));
      if (holders.length > 0) out.set(s.name, { port, ok: false, problem: `port ${port} is in use (${describeHolders(holders)})` });
      else if (unknown) out.set(s.name, { port, ok: false, problem: `cannot tell whether port ${port} is free: ${unknown.reason}` });
      else out.set(s.name, { port, ok: true });
    }
    return Object.fromEntries(registry.services.map((s) => [s.name, out.get(s.name)]));
  }
  /** The first port of `range` that nothing listens on, passing over `exclude`; NoFreePortError when none. */
  async findFreePort(range, options = {}) {
    if (!(Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 1 && range[1] <= 65535 && range[0] <= range[1])) {
      throw new RangeError(`not a port range: [${range[0]}, ${range[1]}]`);
    }
    const protocols = options.protocols ?? ["tcp"];
    const exclude = new Set(options.exclude ?? []);
    const candidates = [];
    for (let p = range[0]; p <= range[1]; p++) if (!exclude.has(p)) candidates.push(p);
    if (candidates.length === 0) throw new NoFreePortError(range, ": every port in it is excluded (reserved or another service's default)");
    const snapshot = await this.probe().inspect(candidates, { owners: false });
    let unchecked = 0;
    for (const port of candidates) {
      const reasons = [];
      if (taken(snapshot, port, protocols, reasons).length > 0) continue;
      if (reasons.length > 0) unchecked++;
      else return port;
    }
    throw new NoFreePortError(
      range,
      unchecked > 0 ? `: ${candidates.length - unchecked} in use, ${unchecked} could not be checked` : `: ${candidates.length === 1 ? "its only candidate is" : `all ${candidates.length} candidates are`} in use`
    );
  }
  probe() {
    this.probeInstance ??= systemProbe();
    return this.probeInstance;
  }
  service(registry, name) {
    const s = registry.service(name);
    if (!s) {
      const known = registry.services.map((x) => x.name);
      throw new UnknownServiceError(name, known, suggest(name, known));
    }
    return s;
  }
};
function taken(snapshot, port, protocols, unknowns) {
  const holders = snapshot.listeners.filter((l) => l.port === port && protocols.includes(l.protocol));
  if (holders.length > 0) return holders;
  const unknown = snapshot.unknown.find((u) => u.port === port && protocols.includes(u.protocol));
  if (unknown) {
    if (unknowns === void 0) throw new PortCheckError(port, unknown.reason);
    unknowns.push(unknown.reason);
  }
  return [];
}

export {
  ENVIRONMENT_VARIABLE,
  chooseEnvironment,
  applyEnvironment,
  withEnvironment,
  Chalk,
  PortError,
  RegistryNotFoundError,
  UnknownServiceError,
  UnknownEnvironmentError,
  InvalidPortEnvError,
  PortConflictError,
  NoFreePortError,
  PortCheckError,
  configuredPort,
  runCheck,
  formatCheckStylish,
  formatCheckJson,
  systemProbe,
  GENERATORS,
  generateCommand,
  PortManager
};
