// --fix: applies the fixes of findings to file texts — replacing literals with registry lookups in the
// file's own language and quoting, and only where that is safe.
import { SourceText } from './extract/source.js';
import type { Finding, Fix, LanguageId } from './types.js';

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

/** How `envVar` (default `port`) is read in `language` at [start, end); undefined when not safe. */
function renderLookup(text: string, language: LanguageId, lineStart: number, start: number, end: number, envVar: string, port: number): { start: number; end: number; text: string } | undefined {
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
      const lookup = `\${${envVar}:-${port}}`;
      // A whole unquoted word gets quotes (`--port "${API_PORT:-8000}"`); inside a word or a "string" not.
      const wholeWord = quote === '' && /^(?:[\s=]|)$/.test(before ?? '') && /^(?:\s|;|\)|)$/.test(after ?? '');
      return { start, end, text: wholeWord ? `"${lookup}"` : lookup };
    }
    case 'javascript':
    case 'typescript':
    case 'tsx':
      if (quote === '') return { start, end, text: `Number(process.env.${envVar} ?? ${port})` };
      if (wholeString) return { start: start - 1, end: end + 1, text: `(process.env.${envVar} ?? ${quote}${port}${quote})` };
      return undefined;
    case 'python':
      // Only where `os` is already imported: a fix must not leave a NameError behind.
      if (!/^(?:import os\b|import os,|from os import environ\b)/m.test(text)) return undefined;
      if (quote === '') return { start, end, text: `int(os.environ.get("${envVar}", "${port}"))` };
      if (wholeString) return { start: start - 1, end: end + 1, text: `os.environ.get("${envVar}", ${quote}${port}${quote})` };
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
export function applyFixes(text: string, language: LanguageId, findings: readonly Finding[]): FixResult {
  const src = new SourceText('', language, text);
  const edits: { start: number; end: number; text: string }[] = [];
  for (const f of findings) {
    const fix: Fix | undefined = f.fix;
    if (!fix) continue;
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
