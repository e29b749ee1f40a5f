// --fix: applies the fixes of findings to files — replacing literals with registry lookups in the file's
// own language and quoting, only where that is safe, and never leaving a file that no longer parses.
import { statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { SourceFile } from './discover.js';
import { prepareLanguage } from './extract/index.js';
import { SourceText } from './extract/source.js';
import { grammar, type GrammarId } from './extract/tree-sitter.js';
import type { Tree } from 'web-tree-sitter';
import { languageByName } from './languages.js';
import { normalizeSnippet } from './fingerprint.js';
import { decodeSource, readBytes } from './read.js';
import { safeWriteFile, WriteError } from './safe-write.js';
import { compareStrings, type Finding, type Fix, type LanguageId } from './types.js';
import { plural } from './util/text.js';

/** The quote the offset sits inside on its line: `"`, `'`, `` ` `` or '' (none). */
function quoteAt(text: string, lineStart: number, offset: number): string {
  let quote = '';
  for (let i = lineStart; i < offset; i++) {
    const c = text[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote === '' && (c === '"' || c === "'" || c === '`')) quote = c;
    else if (c === quote) quote = '';
  }
  return quote;
}

/**
 * Lines (1-based) inside heredoc bodies (`<<EOF`, `<<-'END-PY'`, `<<\\EOF`): what is written there is data,
 * quoted or not. For Dockerfiles (`RUN <<EOF`); shell scripts take them from the bash tree instead, which
 * also tells `<<<` and `$(( a << b ))` apart.
 */
export function heredocLines(text: string): Set<number> {
  const lines = text.split('\n');
  const inside = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const m = /(?<!<)<<-?(?!<)\s*\\?(['"]?)([^\s'"<>|;&()]+)\1/.exec(lines[i]!);
    if (!m) continue;
    const end = m[2]!;
    let j = i + 1;
    for (; j < lines.length && lines[j]!.replace(/^\t+/, '').trimEnd() !== end; j++) inside.add(j + 1);
    i = j;
  }
  return inside;
}

/** Heredoc body lines of a shell script, by its bash tree. */
async function shellHeredocLines(text: string): Promise<Set<number>> {
  await prepareLanguage('shell');
  const tree = grammar('bash').parser.parse(text);
  const inside = new Set<number>();
  if (!tree) return inside;
  try {
    for (const r of tree.rootNode.descendantsOfType('heredoc_redirect')) {
      if (!r) continue;
      // From the line after `<<EOF` to the line before the terminator (rows are 0-based, lines 1-based).
      for (let row = r.startPosition.row + 1; row < r.endPosition.row; row++) inside.add(row + 1);
    }
  } finally {
    tree.delete();
  }
  return inside;
}

/**
 * Where `os` is bound for the rest of a Python module: the end offset of the first `import os` (or
 * `import os.path`, `import sys, os`) that is a statement of the module itself — not one inside a function,
 * a class, an `if` or a `try`, nor text in a string or docstring — or undefined when there is none. Not
 * `import os as _os` nor `from os import environ`: neither binds `os`.
 */
async function pythonOsBoundFrom(text: string): Promise<number | undefined> {
  await prepareLanguage('python');
  const tree = grammar('python').parser.parse(text);
  if (!tree) return undefined;
  try {
    for (const statement of tree.rootNode.namedChildren) {
      if (statement?.type !== 'import_statement') continue;
      const binds = statement.childrenForFieldName('name').some((n) => n?.type === 'dotted_name' && n.namedChildren[0]?.text === 'os');
      if (binds) return statement.endIndex;
    }
    return undefined;
  } finally {
    tree.delete();
  }
}

/**
 * Whether the literal at [start, end) is one element of a list (`ALLOWED_PORTS = [80, 443, 8000]`,
 * `NO_PROXY: "localhost:8000,redis:6379"`'s siblings, `("smtp", 25, 465)`) or one side of a `A:B` pair inside
 * a string (`sed "s/8000:8000/…/"`, `"3000:3000"` written by a script): an allow or deny list, or a mapping,
 * where reading a variable changes what the value means. When in doubt, report and do not rewrite.
 */
export function inListOrPair(text: string, lineStart: number, start: number, end: number): boolean {
  const lineEnd = text.indexOf('\n', end) >>> 0;
  const line = text.slice(lineStart, lineEnd);
  const at = start - lineStart;
  const to = end - lineStart;
  // The string or bare word around the literal: its neighbours inside the same quotes.
  // The container side of `8010:8000` (never the host side, which is what a lookup is for); not `127.0.0.1:8000`.
  if (/(?:^|[^\d.:])\d{1,5}:$/.test(line.slice(0, at))) return true;
  const quote = quoteAt(text, lineStart, start);
  const left = line.slice(0, at);
  const right = line.slice(to);
  // Step out of the string (or the bare literal) the port sits in.
  const open = quote === '' ? at : left.lastIndexOf(quote);
  const close = quote === '' ? 0 : right.indexOf(quote) + 1;
  if (quote !== '' && close === 0) return false;
  const before = line.slice(0, open).trimEnd();
  const after = line.slice(to + close).trimStart();
  // `[80, 8000]`, `(25, 465)`, `{8000, 8001}`: an element (right after the opener or a comma, not a
  // `key: value`) of a bracket that is a list, set or tuple — not a call's arguments (`listen(8000, cb)`).
  if (/[[{(,]$/.test(before) && (before.endsWith(',') || after.startsWith(','))) {
    let depth = 0;
    for (let i = before.length - 1; i >= 0; i--) {
      const c = before[i]!;
      if (c === ')' || c === ']' || c === '}') depth++;
      else if (c === '(' || c === '[' || c === '{') {
        if (depth > 0) {
          depth--;
          continue;
        }
        if (c !== '(') return true;
        return !/[\w$)\]]\s*$/.test(before.slice(0, i));
      }
    }
    // The opener is on an earlier line (a list written one element per line): an element all the same.
    return true;
  }
  // A comma-separated list inside one string: `"localhost:8000,127.0.0.1:8000"`.
  if (quote !== '') {
    const inner = left.slice(open + 1) + text.slice(start, end) + right.slice(0, close - 1);
    if (/[,;|]/.test(inner.replace(/\$\{[^}]*\}/g, ''))) return true;
  }
  return false;
}

/** Whether a JS/TS file shows it runs in Node (where `process.env` exists), not in a browser bundle. */
export function runsInNode(text: string, file = ''): boolean {
  if (/(?:^|\/)[^/]*\.config\.[cm]?[jt]s$|\.[cm]js$|(?:^|\/)(?:scripts?|bin|server|tools?)\//.test(file)) return true;
  return /^#!|\bprocess\.(?:env|argv|exit|cwd)\b|\brequire\(\s*['"]|\b(?:from|import)\s*\(?\s*['"]node:|\bdefineConfig\s*\(|\bmodule\.exports\b|\.listen\s*\(|\bcreateServer\s*\(/m.test(text);
}

/** How `envVar` (default `port`) is read in `language` at [start, end); undefined when not safe. */
function renderLookup(
  text: string,
  language: LanguageId,
  lineStart: number,
  start: number,
  end: number,
  envVar: string,
  port: number,
  osFrom: number | undefined,
  file: string,
): { start: number; end: number; text: string } | undefined {
  if (inListOrPair(text, lineStart, start, end)) return undefined;
  const quote = quoteAt(text, lineStart, start);
  const before = text[start - 1];
  const after = text[end];
  const wholeString = quote !== '' && before === quote && after === quote;
  switch (language) {
    case 'compose':
      // Compose interpolates `${…}` in every scalar, quoted or not (YAML quoting is not shell quoting).
      return { start, end, text: `\${${envVar}:-${port}}` };
    // Not env files: systemd's EnvironmentFile does not expand `${…}`, so a lookup there would be literal text.
    case 'shell':
    case 'dockerfile': {
      if (quote === "'" || quote === '`') return undefined;
      // Exec form (`CMD ["uvicorn", "--port", "8000"]`) runs no shell: `${…}` there would stay literal text.
      if (language === 'dockerfile' && /^\s*(?:(?:RUN|CMD|ENTRYPOINT)\s+|HEALTHCHECK\s.*?\bCMD\s+)\[/i.test(text.slice(lineStart, text.indexOf('\n', lineStart) >>> 0))) return undefined;
      const lookup = `\${${envVar}:-${port}}`;
      // A whole unquoted word gets quotes (`--port "${API_PORT:-8000}"`); inside a word or a "string" not.
      const wholeWord = quote === '' && /^(?:[\s=]|)$/.test(before ?? '') && /^(?:\s|;|\)|)$/.test(after ?? '');
      return { start, end, text: wholeWord ? `"${lookup}"` : lookup };
    }
    case 'javascript':
    case 'typescript':
    case 'tsx':
      // `process.env` exists in Node; in code bundled for a browser it is a ReferenceError (Vite has
      // import.meta.env). Only where the file already runs in Node: it reads process or node: modules,
      // requires, has a shebang, or is a tool's config (defineConfig).
      if (!runsInNode(text, file)) return undefined;
      if (quote === '') return { start, end, text: `Number(process.env.${envVar} ?? ${port})` };
      // `port="8000"` may be a JSX attribute, where an expression needs braces: leave it to a person.
      // Nor a tagged template (tag`8000`): the tag would be left calling the lookup.
      if (wholeString && text[start - 2] !== '=' && !/[\w$]/.test(text[start - 2] ?? '')) return { start: start - 1, end: end + 1, text: `(process.env.${envVar} ?? ${quote}${port}${quote})` };
      return undefined;
    case 'python':
      // Only after a module-level `import os`: a fix must not leave a NameError behind. A use above the
      // import would run first at import time (fixtures in test/fix.test.ts, "W2").
      if (osFrom === undefined || start < osFrom) return undefined;
      if (quote === '') return { start, end, text: `int(os.environ.get("${envVar}", "${port}"))` };
      // A prefixed string (u"8000", b'8000', f"8000") would keep its prefix glued to the lookup.
      if (wholeString && !/\w/.test(text[start - 2] ?? '')) return { start: start - 1, end: end + 1, text: `os.environ.get("${envVar}", ${quote}${port}${quote})` };
      return undefined;
    default:
      return undefined;
  }
}

export interface FixResult {
  text: string;
  applied: number;
}

/** What the fixer knows of a file besides its findings. */
export interface FixContext {
  /** 1-based lines inside heredoc bodies (shell, Dockerfile): data, never rewritten. */
  heredocs?: ReadonlySet<number>;
  /** Python: the offset from which `os` is bound by a module-level `import os` (see pythonOsBoundFrom). */
  osFrom?: number;
}

/** Languages whose lookups are checked against the syntax tree before they are written. */
const TREE_CHECKED: Partial<Record<LanguageId, GrammarId>> = { javascript: 'javascript', typescript: 'typescript', tsx: 'tsx', python: 'python' };

/**
 * Whether [start, end) is, by the syntax tree, a number literal or the whole content of a one-line string —
 * the two things a lookup replaces. Text inside a longer or multi-line string (an nginx block in a Python
 * string, a usage text in a JS comment the extractor did not see as one), a template or a comment is not,
 * whatever the characters around it look like on its line.
 */
export function literalAt(tree: Tree, start: number, end: number): 'number' | 'string' | 'other' {
  const node = tree.rootNode.descendantForIndex(start, end);
  if (!node || node.startIndex !== start || node.endIndex !== end) {
    // The digits of `'5173'`: the string's content node, or (JS) the string itself minus its quotes.
    const parent = node?.type === 'string' ? node : node?.parent;
    if (parent?.type === 'string' && parent.startIndex === start - 1 && parent.endIndex === end + 1 && parent.startPosition.row === parent.endPosition.row) return 'string';
    return 'other';
  }
  if (node.type === 'integer' || node.type === 'number') return 'number';
  if ((node.type === 'string_fragment' || node.type === 'string_content') && node.parent?.type === 'string') {
    const p = node.parent;
    if (p.startIndex === start - 1 && p.endIndex === end + 1 && p.startPosition.row === p.endPosition.row) return 'string';
  }
  return 'other';
}

/** Applies the fixes of `findings` (all of one file) that do not overlap; later ones yield to earlier. */
export function applyFixes(text: string, language: LanguageId, findings: readonly Finding[], context: FixContext = {}): FixResult {
  const checked = TREE_CHECKED[language];
  let tree: Tree | null | undefined;
  try {
    return applyFixesWith(text, language, findings, context, (start, end) => {
      if (!checked) return true;
      if (tree === undefined) {
        try {
          tree = grammar(checked).parser.parse(text);
        } catch {
          tree = null; // grammar not loaded: no lookup is written blind
        }
      }
      return tree !== null && literalAt(tree, start, end) !== 'other';
    });
  } finally {
    tree?.delete();
  }
}

function applyFixesWith(
  text: string,
  language: LanguageId,
  findings: readonly Finding[],
  context: FixContext,
  isLiteral: (start: number, end: number) => boolean,
): FixResult {
  const heredocs = context.heredocs ?? (language === 'shell' || language === 'dockerfile' ? heredocLines(text) : new Set<number>());
  const src = new SourceText('', language, text);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const f of findings) {
    const fix: Fix | undefined = f.fix;
    if (!fix || heredocs.has(fix.range.start.line)) continue;
    const start = src.offset(fix.range.start);
    const end = src.offset(fix.range.end);
    if ('lookup' in fix && !isLiteral(start, end)) continue;
    // `EXPOSE ${AD_PORT}` → `${AD_PORT:-9555}` in a Dockerfile that never declares AD_PORT: the variable
    // cannot be set at build time, so the rewrite would only bake the literal in where the image had none.
    if ('text' in fix && language === 'dockerfile') {
      const v = /^\$\{(\w+):-/.exec(fix.text)?.[1];
      if (v !== undefined && !new RegExp(`^\\s*(?:ARG|ENV)\\s+${v}\\b`, 'im').test(text.slice(0, start))) continue;
    }
    const edit =
      'lookup' in fix
        ? renderLookup(text, language, src.lineStart(fix.range.start.line), start, end, fix.lookup.envVar, fix.lookup.port, context.osFrom, f.file)
        : { start, end, text: fix.text };
    if (!edit) continue;
    if (edits.some((e) => edit.start < e.end && edit.end > e.start)) continue;
    edits.push(edit);
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, applied: edits.length };
}

/**
 * The first fix of `findings` whose span no longer holds what the scan saw there — its line (as the
 * finding's snippet) and, where the scan recorded it, the exact text — or undefined when all still do.
 * The file may have been edited between the scan and --fix: offsets from the scan would then land on
 * other text (`port=1234` rewritten where `8000` was).
 */
export function staleFix(text: string, language: LanguageId, findings: readonly Finding[]): Finding | undefined {
  const src = new SourceText('', language, text);
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
    if (fix.expect !== undefined && text.slice(a, b) !== fix.expect) return f;
  }
  return undefined;
}

const GRAMMAR_OF: Partial<Record<LanguageId, GrammarId>> = {
  javascript: 'javascript',
  typescript: 'typescript',
  tsx: 'tsx',
  python: 'python',
  shell: 'bash',
  json: 'json',
  'package-json': 'json',
};

/** Syntax errors in `text`, by the parser port-lint reads the language with (0 where it has none). */
async function syntaxErrors(language: LanguageId, text: string): Promise<number> {
  if (language === 'compose' || language === 'yaml') return parseAllDocuments(text).reduce((n, d) => n + (d.errors?.length ?? 0), 0);
  const id = GRAMMAR_OF[language];
  if (!id) return 0;
  await prepareLanguage(language);
  const tree = grammar(id).parser.parse(text);
  if (!tree) return 1;
  try {
    return tree.rootNode.descendantsOfType(['ERROR']).length + (tree.rootNode.hasError ? 1 : 0);
  } finally {
    tree.delete();
  }
}

export interface FileChange {
  file: string;
  /** The file's whole text as --fix read it (BOM included): written only if the file still holds it. */
  before: string;
  after: string;
  applied: number;
}

export function countFixes(changes: readonly FileChange[]): string {
  return plural(
    changes.reduce((n, c) => n + c.applied, 0),
    'problem',
  );
}

/** Called with each root-relative file just before --fix reads it (planning) and again before it writes it. */
type FixHook = (file: string, stage: 'read' | 'write') => void;
let fixHook: FixHook | undefined;

/**
 * Tests only: runs `hook` between the scan and --fix's reads and writes, to edit a file as a person or
 * another tool might while a long scan runs. Returns a function that removes it.
 */
export function setFixHook(hook: FixHook | undefined): () => void {
  const previous = fixHook;
  fixHook = hook;
  return () => {
    fixHook = previous;
  };
}

/** The bytes of a file for --fix as text with its BOM, or undefined when --fix keeps its hands off it. */
function readForFix(sf: SourceFile): { decoded: Extract<ReturnType<typeof decodeSource>, { kind: 'text' }>; bom: string } | undefined {
  const read = readBytes(sf, Number.MAX_SAFE_INTEGER);
  if (read.kind !== 'bytes') return undefined;
  const decoded = decodeSource(sf, read.bytes);
  if (decoded.kind !== 'text' || decoded.notices.length > 0) return undefined; // binary, generated, not UTF-8: hands off
  const bom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? '\uFEFF' : '';
  return { decoded, bom };
}

/**
 * The files the findings' fixes change, with their text before and after (a BOM kept as it was). Each
 * file is read again and every fix's span checked against what the scan saw: a file edited since is left
 * alone, as is one whose fixed text would have more syntax errors than before, each with a note on `warn`.
 */
export async function fixFiles(root: string, findings: readonly Finding[], warn: (text: string) => void): Promise<FileChange[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) if (f.fix) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const changes: FileChange[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => compareStrings(a, b))) {
    fixHook?.(file, 'read');
    const sf: SourceFile = { file, path: path.join(root, file), language: languageByName(file) };
    const read = readForFix(sf);
    if (!read) continue;
    const { decoded, bom } = read;
    if (staleFix(decoded.text, decoded.language, list)) {
      warn(`port-lint: --fix left ${file} alone: it changed since the scan read it; run port-lint --fix again\n`);
      continue;
    }
    const context: FixContext = {};
    if (TREE_CHECKED[decoded.language]) await prepareLanguage(decoded.language);
    if (decoded.language === 'shell') context.heredocs = await shellHeredocLines(decoded.text);
    if (decoded.language === 'python') {
      const osFrom = await pythonOsBoundFrom(decoded.text);
      if (osFrom !== undefined) context.osFrom = osFrom;
    }
    const { text, applied } = applyFixes(decoded.text, decoded.language, list, context);
    if (applied === 0 || text === decoded.text) continue;
    // A file that does not parse as it is: where a literal sits in it is a guess, and a rewrite can change
    // how the rest of it parses (a second --fix would then find other spans). Report, do not rewrite.
    const errorsBefore = await syntaxErrors(decoded.language, decoded.text);
    if (errorsBefore > 0) {
      warn(`port-lint: --fix left ${file} alone: it does not parse as it is\n`);
      continue;
    }
    if ((await syntaxErrors(decoded.language, text)) > errorsBefore) {
      warn(`port-lint: --fix left ${file} alone: the fixed text would not parse\n`);
      continue;
    }
    changes.push({ file, before: bom + decoded.text, after: bom + text, applied });
  }
  return changes;
}

export interface FixWrite {
  /** The changes written. */
  written: FileChange[];
  /** Files left alone on purpose (edited since they were read, outside the root): a note each. */
  skipped: { file: string; reason: string }[];
  /** Files that could not be written (disk full, permissions, read-only): unchanged, and an error. */
  failed: { file: string; reason: string }[];
}

/** Words for a write failure's errno code. */
function describeWriteCode(code: string): string {
  switch (code) {
    case 'ENOSPC':
      return 'no space left on device (ENOSPC)';
    case 'EDQUOT':
      return 'disk quota exceeded (EDQUOT)';
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`;
    case 'EROFS':
      return 'read-only file system (EROFS)';
    default:
      return code;
  }
}

/**
 * Writes the changes one file at a time, each atomically (src/safe-write.ts) and never outside `root`.
 * Right before each write the file is read again: if it no longer holds the text the fix was computed
 * from, it is left alone. A failure costs only its own file: the others are still written.
 */
export function writeFixes(root: string, changes: readonly FileChange[]): FixWrite {
  const out: FixWrite = { written: [], skipped: [], failed: [] };
  for (const c of changes) {
    fixHook?.(c.file, 'write');
    const full = path.join(root, c.file);
    const sf: SourceFile = { file: c.file, path: full, language: languageByName(c.file) };
    const now = readForFix(sf);
    if (!now || now.bom + now.decoded.text !== c.before) {
      out.skipped.push({ file: c.file, reason: 'it changed since port-lint read it; run port-lint --fix again' });
      continue;
    }
    try {
      // Root may write any file, but a file nobody may write was made read-only on purpose.
      if ((statSync(full).mode & 0o222) === 0) {
        out.failed.push({ file: c.file, reason: 'the file is read-only' });
        continue;
      }
      safeWriteFile(full, c.after, { root });
      out.written.push(c);
    } catch (err) {
      if (err instanceof WriteError && (err.code === 'EOUTSIDE' || err.code === 'ESYMLINK')) {
        out.skipped.push({ file: c.file, reason: err.detail });
      } else {
        const code = err instanceof WriteError ? err.code : ((err as NodeJS.ErrnoException).code ?? String(err));
        out.failed.push({ file: c.file, reason: describeWriteCode(code) });
      }
    }
  }
  return out;
}

/** A unified diff of two versions of one file, for --fix-dry-run (whole changed lines, no context). */
export function lineDiff(file: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return `--- a/${file}\n+++ b/${file}\n(line count changed)\n`;
  const out = [`--- a/${file}`, `+++ b/${file}`];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    out.push(`@@ -${i + 1} +${i + 1} @@`, `-${a[i]}`, `+${b[i]}`);
  }
  return `${out.join('\n')}\n`;
}
