// What port-lint finds in the one file an ESLint run hands over: its own extraction (tree-sitter over the
// text ESLint read), its own rules and port-lint-disable comments, turned into ESLint locations and fixes.
import path from 'node:path';
import { Attributor } from '../attribution.js';
import { extractText } from '../extract/index.js';
import { SourceText } from '../extract/source.js';
import { grammar, type GrammarId } from '../extract/tree-sitter.js';
import { applyFixes } from '../fix.js';
import { isGeneratedFile } from '../generate/header.js';
import { languageByName } from '../languages.js';
import { formatMessage, type Report } from '../rule.js';
import { RULES, RULES_BY_ID } from '../rules.js';
import { mayHoldPorts } from '../scan-file.js';
import { applySuppressions, parseDirectives, type Directive } from '../suppress.js';
import type { Finding, Fix, LanguageId, PortOccurrence } from '../types.js';
import { toPosix } from '../util/text.js';
import { registryFor, type LoadedRegistry } from './registry-cache.js';

/** The languages whose extractor the plugin runs (the grammars loaded at import). */
export const CODE_LANGUAGES: readonly LanguageId[] = ['typescript', 'tsx', 'javascript'];

const GRAMMAR_OF: Record<string, GrammarId> = { typescript: 'typescript', tsx: 'tsx', javascript: 'javascript' };

/** ESLint's 1-based line and 0-based column. */
export interface EslintPosition {
  line: number;
  column: number;
}

/** The part of ESLint's SourceCode the plugin reads (ESLint 9 and 10 both have it). */
export interface SourceLike {
  text: string;
  getLocFromIndex(index: number): EslintPosition;
}

export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface PortLintProblem {
  messageId: string;
  data: Record<string, string | number>;
  loc: { start: EslintPosition; end: EslintPosition };
  /** Applied by `eslint --fix`: what `port-lint --fix` would write. */
  fix?: TextEdit;
  /** Offered, not applied: an edit a person should choose. */
  suggestion?: { messageId: string; data: Record<string, string | number>; edit: TextEdit };
}

/** Message ids the plugin adds to every rule's own. */
export const PLUGIN_MESSAGES = {
  portLintError: 'port-lint: {{message}}',
  useDefaultLookup: 'Read {{envVar}} instead (its default is {{default}}, not {{port}})',
} as const;

type Analysis =
  | { kind: 'none' }
  | { kind: 'error'; message: string; reportedBy?: string }
  | {
      kind: 'ready';
      state: LoadedRegistry;
      file: string;
      language: LanguageId;
      src: SourceText;
      occurrences: PortOccurrence[];
      directives: Directive[];
      /** Syntax errors of the text as it is, counted on the first fix (a fix must not add any). */
      errorsBefore?: number;
    };

/** One analysis per lint of a file (ESLint makes a SourceCode per run), shared by the plugin's rules. */
const analyses = new WeakMap<object, Map<string, Analysis>>();

export interface LintRequest {
  sourceCode: SourceLike;
  /** context.filename: absolute, or `<input>`/`<text>` for text without a name. */
  filename: string;
  cwd: string;
  /** A ports.yaml named by the rule's option or the shared setting, relative to cwd. */
  config?: string;
  /** Whether ESLint parses the text as TypeScript (decides the grammar of a file without a name). */
  typescriptParser: boolean;
}

/** The language port-lint reads the file as, or undefined for a file it has no ESLint support for. */
export function languageFor(filename: string, typescriptParser: boolean): LanguageId | undefined {
  if (!path.isAbsolute(filename)) {
    if (/^<\w+>$/.test(filename)) return typescriptParser ? 'typescript' : 'javascript';
  }
  const language = languageByName(filename);
  return language !== undefined && CODE_LANGUAGES.includes(language) ? language : undefined;
}

function analyse(req: LintRequest): Analysis {
  const text = req.sourceCode.text;
  const language = languageFor(req.filename, req.typescriptParser);
  if (!language) return { kind: 'none' };
  // The CLI's prefilter, before anything else: most files hold no port and cost one pass of a few regexes.
  const named = path.isAbsolute(req.filename);
  if (!mayHoldPorts(text, language, named ? toPosix(req.filename) : undefined)) return { kind: 'none' };
  // `port-lint generate typescript` output holds every registered port as a literal, by design; the CLI
  // never scans it (read.ts), and neither does the plugin.
  if (isGeneratedFile(text)) return { kind: 'none' };
  const state = registryFor(named ? req.filename : path.join(req.cwd, 'stdin'), req.cwd, req.config);
  if (!state) return { kind: 'none' };
  if (state.kind === 'broken') return { kind: 'error', message: state.message };
  const file = named ? toPosix(path.relative(state.root, req.filename)) : req.filename;
  // ports.yaml's lint.include / lint.exclude keep applying: a file the CLI leaves out gets no findings here.
  if (named && !state.covers(file)) return { kind: 'none' };
  try {
    const occurrences = extractText(file, language, text);
    return { kind: 'ready', state, file, language, src: new SourceText(file, language, text), occurrences, directives: parseDirectives(text) };
  } catch (err) {
    return { kind: 'error', message: `could not scan ${file}: ${(err as Error).message}` };
  }
}

function analysisFor(req: LintRequest): Analysis {
  let byConfig = analyses.get(req.sourceCode);
  if (!byConfig) {
    byConfig = new Map();
    analyses.set(req.sourceCode, byConfig);
  }
  const key = req.config ?? '';
  let a = byConfig.get(key);
  if (!a) {
    a = analyse(req);
    byConfig.set(key, a);
  }
  return a;
}

const KNOWN_RULES = RULES.map((r) => r.id);

/**
 * The problems port-lint rule `id` finds in the file, after port-lint-disable comments; `options`
 * (ESLint's, minus `config`) go over ports.yaml's `lint.rules` options for the rule. A rule ports.yaml
 * turns off reports nothing. A ports.yaml that does not load is reported once per file, by the first rule.
 */
export function problemsOf(id: string, req: LintRequest, options: Record<string, unknown>): PortLintProblem[] {
  const a = analysisFor(req);
  if (a.kind === 'none') return [];
  if (a.kind === 'error') {
    if (a.reportedBy !== undefined && a.reportedBy !== id) return [];
    a.reportedBy = id;
    const at = req.sourceCode.getLocFromIndex(0);
    return [{ messageId: 'portLintError', data: { message: a.message }, loc: { start: at, end: at } }];
  }
  const rule = RULES_BY_ID.get(id);
  const enabled = a.state.rules.get(id);
  if (!rule || !enabled) return [];
  const registry = a.state.registry;
  const reports: Report<string>[] = [];
  const visitor = rule.create({
    registry,
    attribution: new Attributor(registry, a.occurrences),
    options: { ...enabled.options, ...options },
    severity: enabled.severity,
    report: (r) => reports.push(r),
    registryLocation: (range) => ({ file: registry.file, range, snippet: registry.lineText(range.start.line) }),
  });
  visitor.registry?.();
  for (const o of a.occurrences) visitor.occurrence?.(o);
  visitor.end?.();

  // Findings about ports.yaml itself (reserved-port's registry check) belong to the CLI, not to this file.
  const own = reports.filter((r): r is Report<string> & { occurrence: PortOccurrence } => r.occurrence !== undefined && r.occurrence.file === a.file);
  const findings = own.map((r) => toFinding(id, r, rule.meta.messages[r.messageId] ?? r.messageId));
  const kept = new Set(
    a.directives.length === 0
      ? findings
      : applySuppressions(findings, new Map([[a.file, a.directives]]), { reportUnused: 'off', knownRules: KNOWN_RULES }).kept,
  );
  const problems: PortLintProblem[] = [];
  own.forEach((r, i) => {
    const finding = findings[i]!;
    if (!kept.has(finding)) return;
    const p: PortLintProblem = {
      messageId: r.messageId,
      data: r.data ?? {},
      loc: { start: locOf(a, req, finding.range.start), end: locOf(a, req, finding.range.end) },
    };
    const fix = r.fix && editFor(a, r.fix);
    if (fix) p.fix = fix;
    else if (id === 'hardcoded-port' && r.messageId === 'hardcodedInRange') {
      // Another port of the service's range: the lookup would read the default instead, a change a
      // person decides on, so it is a suggestion where `port-lint --fix` leaves the literal alone.
      const service = registry.services.find((s) => s.name === r.service);
      if (service?.envVar) {
        const edit = editFor(a, { range: r.occurrence.range, lookup: { envVar: service.envVar, port: service.default } });
        if (edit) p.suggestion = { messageId: 'useDefaultLookup', data: { envVar: service.envVar, default: service.default, port: r.occurrence.port ?? '' }, edit };
      }
    }
    problems.push(p);
  });
  return problems;
}

function toFinding(id: string, r: Report<string> & { occurrence: PortOccurrence }, template: string): Finding {
  const f: Finding = {
    ruleId: id,
    severity: 'error',
    message: formatMessage(template, r.data),
    file: r.occurrence.file,
    range: r.occurrence.range,
    fingerprint: '',
    snippet: r.occurrence.snippet,
  };
  if (r.fix) f.fix = r.fix;
  return f;
}

function locOf(a: Extract<Analysis, { kind: 'ready' }>, req: LintRequest, pos: { line: number; column: number }): EslintPosition {
  // Through the offset, so ESLint's own idea of lines (it also breaks at U+2028) decides the position.
  return req.sourceCode.getLocFromIndex(a.src.offset(pos));
}

/**
 * The edit `port-lint --fix` makes for one fix, as ESLint wants it: applyFixes rewrites the text, and the
 * changed span is what differs between the two texts. Undefined where the fixer declines or its result
 * would not parse (the CLI's rule for --fix).
 */
function editFor(a: Extract<Analysis, { kind: 'ready' }>, fix: Fix): TextEdit | undefined {
  const before = a.src.text;
  const finding: Finding = { ruleId: '', severity: 'error', message: '', file: a.file, range: fix.range, fingerprint: '', snippet: '', fix };
  const { text: after, applied } = applyFixes(before, a.language, [finding]);
  if (applied === 0 || after === before) return undefined;
  a.errorsBefore ??= syntaxErrors(a.language, before);
  if (syntaxErrors(a.language, after) > a.errorsBefore) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { range: [start, before.length - tail], text: after.slice(start, after.length - tail) };
}

/** Syntax errors of `text` by the grammar port-lint reads it with (loaded at import: synchronous). */
function syntaxErrors(language: LanguageId, text: string): number {
  const tree = grammar(GRAMMAR_OF[language]!).parser.parse(text);
  if (!tree) return 1;
  try {
    return tree.rootNode.descendantsOfType(['ERROR']).length + (tree.rootNode.hasError ? 1 : 0);
  } finally {
    tree.delete();
  }
}
