import { createRequire as __plCreateRequire } from 'node:module';
const require = __plCreateRequire(import.meta.url);
import {
  Attributor,
  RULES,
  RULES_BY_ID,
  applyFixes,
  configureRules,
  formatMessage,
  ruleDocUrl
} from "./chunks/chunk-CETFJWYV.js";
import {
  SourceText,
  applySuppressions,
  extractText,
  grammar,
  languageByName,
  mayHoldPorts,
  parseDirectives,
  prepareLanguage
} from "./chunks/chunk-75H7XUZI.js";
import {
  ConfigError,
  ConfigErrors,
  findConfig,
  findRepoRoot,
  loadRegistry,
  toPosix
} from "./chunks/chunk-33SZ5E4X.js";
import {
  VERSION,
  __toESM,
  isGeneratedFile,
  require_picomatch
} from "./chunks/chunk-K7G5YRCE.js";

// src/eslint/analysis.ts
import path2 from "node:path";

// src/eslint/registry-cache.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { statSync } from "node:fs";
import path from "node:path";
var loaded = /* @__PURE__ */ new Map();
function registryFor(file, cwd, configOption) {
  const start = path.isAbsolute(file) ? path.dirname(file) : cwd;
  const configFile = configOption ? path.resolve(cwd, configOption) : findConfig(start);
  if (!configFile) return void 0;
  let stat;
  try {
    stat = statSync(configFile);
  } catch {
    loaded.delete(configFile);
    return configOption ? { kind: "broken", file: configFile, message: `${configOption}: file not found` } : void 0;
  }
  const cached = loaded.get(configFile);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.ino === stat.ino) return cached.state;
  const state = load(configFile, cwd);
  loaded.set(configFile, { mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino, state });
  return state;
}
function load(configFile, cwd) {
  const root = findRepoRoot(path.dirname(configFile)) ?? path.dirname(configFile);
  const display = toPosix(path.relative(cwd, configFile)) || path.basename(configFile);
  try {
    const registry = loadRegistry(configFile, { displayPath: display, root });
    const rules2 = new Map(configureRules(RULES, registry).map((r) => [r.rule.id, r]));
    const { include, exclude } = registry.lint;
    const included = include.length > 0 ? (0, import_picomatch.default)(include, { dot: true }) : () => true;
    const excluded = exclude.length > 0 ? (0, import_picomatch.default)(exclude, { dot: true }) : () => false;
    return { kind: "loaded", file: configFile, root, registry, rules: rules2, covers: (file) => included(file) && !excluded(file) };
  } catch (err) {
    if (err instanceof ConfigErrors && err.errors.length > 1) {
      return { kind: "broken", file: configFile, message: `${err.errors[0].message} (and ${err.errors.length - 1} more: run port-lint to see them)` };
    }
    if (err instanceof ConfigError || err instanceof ConfigErrors) return { kind: "broken", file: configFile, message: firstLine(err.message) };
    return { kind: "broken", file: configFile, message: `${display}: ${firstLine(err.message)}` };
  }
}
function firstLine(text) {
  return text.split("\n")[0] ?? text;
}

// src/eslint/analysis.ts
var CODE_LANGUAGES = ["typescript", "tsx", "javascript"];
var GRAMMAR_OF = { typescript: "typescript", tsx: "tsx", javascript: "javascript" };
var PLUGIN_MESSAGES = {
  portLintError: "port-lint: {{message}}",
  useDefaultLookup: "Read {{envVar}} instead (its default is {{default}}, not {{port}})"
};
var analyses = /* @__PURE__ */ new WeakMap();
function languageFor(filename, typescriptParser) {
  if (!path2.isAbsolute(filename)) {
    if (/^<\w+>$/.test(filename)) return typescriptParser ? "typescript" : "javascript";
  }
  const language = languageByName(filename);
  return language !== void 0 && CODE_LANGUAGES.includes(language) ? language : void 0;
}
function analyse(req) {
  const text = req.sourceCode.text;
  const language = languageFor(req.filename, req.typescriptParser);
  if (!language) return { kind: "none" };
  const named = path2.isAbsolute(req.filename);
  if (!mayHoldPorts(text, language, named ? toPosix(req.filename) : void 0)) return { kind: "none" };
  if (isGeneratedFile(text)) return { kind: "none" };
  const state = registryFor(named ? req.filename : path2.join(req.cwd, "stdin"), req.cwd, req.config);
  if (!state) return { kind: "none" };
  if (state.kind === "broken") return { kind: "error", message: state.message };
  const file = named ? toPosix(path2.relative(state.root, req.filename)) : req.filename;
  if (named && !state.covers(file)) return { kind: "none" };
  try {
    const occurrences = extractText(file, language, text);
    return { kind: "ready", state, file, language, src: new SourceText(file, language, text), occurrences, directives: parseDirectives(text) };
  } catch (err) {
    return { kind: "error", message: `could not scan ${file}: ${err.message}` };
  }
}
function analysisFor(req) {
  let byConfig = analyses.get(req.sourceCode);
  if (!byConfig) {
    byConfig = /* @__PURE__ */ new Map();
    analyses.set(req.sourceCode, byConfig);
  }
  const key = req.config ?? "";
  let a = byConfig.get(key);
  if (!a) {
    a = analyse(req);
    byConfig.set(key, a);
  }
  return a;
}
var KNOWN_RULES = RULES.map((r) => r.id);
function problemsOf(id, req, options) {
  const a = analysisFor(req);
  if (a.kind === "none") return [];
  if (a.kind === "error") {
    if (a.reportedBy !== void 0 && a.reportedBy !== id) return [];
    a.reportedBy = id;
    const at = req.sourceCode.getLocFromIndex(0);
    return [{ messageId: "portLintError", data: { message: a.message }, loc: { start: at, end: at } }];
  }
  const rule = RULES_BY_ID.get(id);
  const enabled = a.state.rules.get(id);
  if (!rule || !enabled) return [];
  const registry = a.state.registry;
  const reports = [];
  const visitor = rule.create({
    registry,
    attribution: new Attributor(registry, a.occurrences),
    options: { ...enabled.options, ...options },
    severity: enabled.severity,
    report: (r) => reports.push(r),
    registryLocation: (range) => ({ file: registry.file, range, snippet: registry.lineText(range.start.line) })
  });
  visitor.registry?.();
  for (const o of a.occurrences) visitor.occurrence?.(o);
  visitor.end?.();
  const own = reports.filter((r) => r.occurrence !== void 0 && r.occurrence.file === a.file);
  const findings = own.map((r) => toFinding(id, r, rule.meta.messages[r.messageId] ?? r.messageId));
  const kept = new Set(
    a.directives.length === 0 ? findings : applySuppressions(findings, /* @__PURE__ */ new Map([[a.file, a.directives]]), { reportUnused: "off", knownRules: KNOWN_RULES }).kept
  );
  const problems = [];
  own.forEach((r, i) => {
    const finding = findings[i];
    if (!kept.has(finding)) return;
    const p = {
      messageId: r.messageId,
      data: r.data ?? {},
      loc: { start: locOf(a, req, finding.range.start), end: locOf(a, req, finding.range.end) }
    };
    const fix = r.fix && editFor(a, r.fix);
    if (fix) p.fix = fix;
    else if (id === "hardcoded-port" && r.messageId === "hardcodedInRange") {
      const service = registry.services.find((s) => s.name === r.service);
      if (service?.envVar) {
        const edit = editFor(a, { range: r.occurrence.range, lookup: { envVar: service.envVar, port: service.default } });
        if (edit) p.suggestion = { messageId: "useDefaultLookup", data: { envVar: service.envVar, default: service.default, port: r.occurrence.port ?? "" }, edit };
      }
    }
    problems.push(p);
  });
  return problems;
}
function toFinding(id, r, template) {
  const f = {
    ruleId: id,
    severity: "error",
    message: formatMessage(template, r.data),
    file: r.occurrence.file,
    range: r.occurrence.range,
    fingerprint: "",
    snippet: r.occurrence.snippet
  };
  if (r.fix) f.fix = r.fix;
  return f;
}
function locOf(a, req, pos) {
  return req.sourceCode.getLocFromIndex(a.src.offset(pos));
}
function editFor(a, fix) {
  const before = a.src.text;
  const finding = { ruleId: "", severity: "error", message: "", file: a.file, range: fix.range, fingerprint: "", snippet: "", fix };
  const { text: after, applied } = applyFixes(before, a.language, [finding]);
  if (applied === 0 || after === before) return void 0;
  a.errorsBefore ??= syntaxErrors(a.language, before);
  if (syntaxErrors(a.language, after) > a.errorsBefore) return void 0;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { range: [start, before.length - tail], text: after.slice(start, after.length - tail) };
}
function syntaxErrors(language, text) {
  const tree = grammar(GRAMMAR_OF[language]).parser.parse(text);
  if (!tree) return 1;
  try {
    return tree.rootNode.descendantsOfType(["ERROR"]).length + (tree.rootNode.hasError ? 1 : 0);
  } finally {
    tree.delete();
  }
}

// src/eslint/index.ts
for (const language of CODE_LANGUAGES) await prepareLanguage(language, true);
var RULE_IDS = [
  "hardcoded-port",
  "undocumented-port",
  "out-of-range",
  "env-default-mismatch",
  "missing-default",
  "unknown-port-variable",
  "reserved-port",
  "immutable-port"
];
var FIXABLE = /* @__PURE__ */ new Set(["hardcoded-port", "env-default-mismatch", "missing-default"]);
var SUGGESTING = /* @__PURE__ */ new Set(["hardcoded-port"]);
function settingsOf(context) {
  const s = context.settings?.["port-lint"];
  return s !== null && typeof s === "object" ? s : {};
}
function isTypeScriptParser(context) {
  const parser = context.languageOptions?.parser;
  return /typescript/i.test(parser?.meta?.name ?? "");
}
function createRule(id) {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`port-lint/eslint: no port-lint rule "${id}"`);
  const ruleOptionsSchema = rule.meta.optionsSchema?.properties ?? {};
  return {
    meta: {
      type: "problem",
      docs: { description: rule.meta.description, url: ruleDocUrl(id), recommended: true },
      messages: { ...rule.meta.messages, ...PLUGIN_MESSAGES },
      ...FIXABLE.has(id) && { fixable: "code" },
      ...SUGGESTING.has(id) && { hasSuggestions: true },
      schema: [
        {
          type: "object",
          additionalProperties: false,
          properties: {
            config: { type: "string", description: "ports.yaml to use instead of the nearest one (relative to the working directory)" },
            ...ruleOptionsSchema
          }
        }
      ]
    },
    create(context) {
      const { config: optionConfig, ...options } = context.options[0] ?? {};
      const config = optionConfig ?? settingsOf(context).config;
      const req = {
        sourceCode: context.sourceCode,
        filename: context.filename,
        cwd: context.cwd,
        typescriptParser: isTypeScriptParser(context),
        ...config !== void 0 && { config }
      };
      return {
        Program() {
          for (const p of problemsOf(id, req, options)) {
            const fix = p.fix;
            const suggestion = p.suggestion;
            context.report({
              messageId: p.messageId,
              data: Object.fromEntries(Object.entries(p.data).map(([k, v]) => [k, String(v)])),
              loc: p.loc,
              ...fix && { fix: (fixer) => fixer.replaceTextRange(fix.range, fix.text) },
              ...suggestion && {
                suggest: [
                  {
                    messageId: suggestion.messageId,
                    data: Object.fromEntries(Object.entries(suggestion.data).map(([k, v]) => [k, String(v)])),
                    fix: (fixer) => fixer.replaceTextRange(suggestion.edit.range, suggestion.edit.text)
                  }
                ]
              }
            });
          }
        }
      };
    }
  };
}
var rules = Object.fromEntries(RULE_IDS.map((id) => [id, createRule(id)]));
var recommendedRules = Object.fromEntries(
  RULE_IDS.map((id) => [`port-lint/${id}`, RULES_BY_ID.get(id).meta.severity === "error" ? "error" : "warn"])
);
var plugin = {
  meta: { name: "port-lint", version: VERSION, namespace: "port-lint" },
  rules,
  configs: {}
};
plugin.configs.recommended = {
  name: "port-lint/recommended",
  plugins: { "port-lint": plugin },
  rules: recommendedRules
};
var eslint_default = plugin;
export {
  RULE_IDS,
  eslint_default as default
};
