// --fix: applies the fixes of findings to files — replacing literals with registry lookups in the file's
// own language and quoting, only where that is safe, and never leaving a file that no longer parses.
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { SourceFile } from './discover.js';
import { prepareLanguage } from './extract/index.js';
import { SourceText } from './extract/source.js';
import { grammar, type GrammarId } from './extract/tree-sitter.js';
import { languageByName } from './languages.js';
import { decodeSource, readBytes } from './read.js';
import type { Finding, Fix, LanguageId } from './types.js';
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

/** Python code that has `os` bound by a plain `import os` (not `import os as _os`, not `from os …`). */
const IMPORTS_OS = /^[ \t]*import[ \t]+(?:[\w.]+[ \t]*,[ \t]*)*os(?:\.path)?[ \t]*(?:,[ \t]*[\w.]+[ \t]*)*(?:#.*)?$/m;

/** How `envVar` (default `port`) is read in `language` at [start, end); undefined when not safe. */
function renderLookup(
  text: string,
  language: LanguageId,
  lineStart: number,
  start: number,
  end: number,
  envVar: string,
  port: number,
): { start: number; end: number; text: string } | undefined {
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
      if (quote === '') return { start, end, text: `Number(process.env.${envVar} ?? ${port})` };
      // `port="8000"` may be a JSX attribute, where an expression needs braces: leave it to a person.
      // Nor a tagged template (tag`8000`): the tag would be left calling the lookup.
      if (wholeString && text[start - 2] !== '=' && !/[\w$]/.test(text[start - 2] ?? '')) return { start: start - 1, end: end + 1, text: `(process.env.${envVar} ?? ${quote}${port}${quote})` };
      return undefined;
    case 'python':
      // Only where `os` is bound by `import os`: a fix must not leave a NameError behind.
      if (!IMPORTS_OS.test(text)) return undefined;
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

/** Applies the fixes of `findings` (all of one file) that do not overlap; later ones yield to earlier. */
export function applyFixes(
  text: string,
  language: LanguageId,
  findings: readonly Finding[],
  heredocs: ReadonlySet<number> = language === 'shell' || language === 'dockerfile' ? heredocLines(text) : new Set<number>(),
): FixResult {
  const src = new SourceText('', language, text);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const f of findings) {
    const fix: Fix | undefined = f.fix;
    if (!fix || heredocs.has(fix.range.start.line)) continue;
    const start = src.offset(fix.range.start);
    const end = src.offset(fix.range.end);
    const edit =
      'lookup' in fix
        ? renderLookup(text, language, src.lineStart(fix.range.start.line), start, end, fix.lookup.envVar, fix.lookup.port)
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

/**
 * The files the findings' fixes change, with their text before and after (a BOM kept as it was). A
 * file whose fixed text would have more syntax errors than before is left alone, with a note on `warn`.
 */
export async function fixFiles(root: string, findings: readonly Finding[], warn: (text: string) => void): Promise<FileChange[]> {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) if (f.fix) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const changes: FileChange[] = [];
  for (const [file, list] of byFile) {
    const sf: SourceFile = { file, path: path.join(root, file), language: languageByName(file) };
    const read = readBytes(sf, Number.MAX_SAFE_INTEGER);
    if (read.kind !== 'bytes') continue;
    const decoded = decodeSource(sf, read.bytes);
    if (decoded.kind !== 'text' || decoded.notices.length > 0) continue; // binary, generated, not UTF-8: hands off
    const bom = read.bytes[0] === 0xef && read.bytes[1] === 0xbb && read.bytes[2] === 0xbf ? '\uFEFF' : '';
    const heredocs = decoded.language === 'shell' ? await shellHeredocLines(decoded.text) : undefined;
    const { text, applied } = applyFixes(decoded.text, decoded.language, list, heredocs);
    if (applied === 0 || text === decoded.text) continue;
    if ((await syntaxErrors(decoded.language, text)) > (await syntaxErrors(decoded.language, decoded.text))) {
      warn(`port-lint: --fix left ${file} alone: the fixed text would not parse\n`);
      continue;
    }
    changes.push({ file, before: bom + decoded.text, after: bom + text, applied });
  }
  return changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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
