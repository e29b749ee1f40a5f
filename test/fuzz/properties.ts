// The properties the fuzz campaign checks, as plain functions: each returns why its input breaks the
// contract (or false), so test/fuzz/properties.test.ts can show that each catches what it is meant to.
import { parseAllDocuments } from 'yaml';
import { SourceText } from '../../src/extract/source.js';
import { grammar, type GrammarId } from '../../src/extract/tree-sitter.js';
import type { LanguageId, PortOccurrence } from '../../src/types.js';

/** Why an occurrence list breaks the extractor contract for `text`, or undefined when it holds. */
export function occurrenceProblem(file: string, language: LanguageId, text: string, list: readonly PortOccurrence[]): string | undefined {
  const src = new SourceText(file, language, text);
  const lastLine = src.position(text.length).line;
  let previous = -1;
  for (const o of list) {
    const at = `${o.kind} ${o.port} ${JSON.stringify(o.text)} at ${o.range.start.line}:${o.range.start.column}-${o.range.end.line}:${o.range.end.column}`;
    if (o.file !== file || o.language !== language) return `file/language ${o.file}/${o.language}: ${at}`;
    for (const p of [o.range.start, o.range.end]) {
      if (!Number.isInteger(p.line) || !Number.isInteger(p.column) || p.line < 1 || p.column < 1) return `position not 1-based integers: ${at}`;
      if (p.line > lastLine) return `line past the end of the file (${lastLine} lines): ${at}`;
      if (p.column > src.lineText(p.line).length + 1) return `column past the end of line ${p.line} (${src.lineText(p.line).length} chars): ${at}`;
    }
    const start = src.offset(o.range.start);
    const end = src.offset(o.range.end);
    if (!(start < end)) return `empty or reversed range: ${at}`;
    if (text.slice(start, end) !== o.text) return `text at the range is ${JSON.stringify(text.slice(start, end))}: ${at}`;
    if (o.port !== null && !(Number.isInteger(o.port) && o.port >= 1 && o.port <= 65535)) return `port out of 1-65535: ${at}`;
    if (o.portEnd !== undefined && !(o.port !== null && Number.isInteger(o.portEnd) && o.portEnd >= o.port && o.portEnd <= 65535)) return `bad port range end ${o.portEnd}: ${at}`;
    // Written literally: the digits at the range are the port (a range `8000-8010` starts with it).
    if (o.port !== null && /^\d/.test(o.text) && Number(/^\d+/.exec(o.text)![0]) !== o.port) return `digits at the range are not the port: ${at}`;
    if (o.port === null && /^\d+$/.test(o.text)) return `a literal number without a port: ${at}`;
    // Not written literally: then a variable (or name) that holds it is what the range covers.
    if (!/\d/.test(o.text) && !/[A-Za-z_]/.test(o.text)) return `range holds neither the port nor a name: ${at}`;
    // The trimmed line; a line over 500 characters (minified, one-line JSON) gives a window of at most 160
    // characters of it around the occurrence (src/extract/source.ts, SourceText.snippet).
    const line = src.lineText(o.range.start.line);
    const snippetOk = line.length <= 500 ? o.snippet === line.trim() : o.snippet.length <= 160 && line.includes(o.snippet);
    if (!snippetOk) return `snippet is not the line's text: ${at}`;
    if (start < previous) return `occurrences not sorted by position: ${at}`;
    previous = start;
  }
  return undefined;
}

/** A config error line: `ports.yaml:LINE:COL: …`, one line, no stack, a position inside the file. */
export function lineProblem(line: string, lines: number): string | undefined {
  const m = /^ports\.yaml:(\d+):(\d+): /.exec(line);
  if (!m) return 'not "ports.yaml:line:col: …"';
  if (/[\r\n]/.test(line)) return 'spans several lines';
  // a terminal would act on them (ESC sequences), or they hide what the message says
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(line)) return 'holds control characters';
  if (/\n\s+at |\bat .*\.(?:ts|js):\d+/.test(line)) return 'holds a stack trace';
  if (Number(m[1]) > lines + 1) return `line ${m[1]} is past the end of the file (${lines} lines)`;
  if (line.length > 1000) return `is ${line.length} characters long`;
  return undefined;
}

const GRAMMAR: Partial<Record<LanguageId, GrammarId>> = { javascript: 'javascript', typescript: 'typescript', tsx: 'tsx', python: 'python', shell: 'bash' };

/** Whether `text` parses cleanly as `language` (tree-sitter, or yaml for compose); undefined: no parser. */
export function parsesCleanly(language: LanguageId, text: string): boolean | undefined {
  if (language === 'compose') return parseAllDocuments(text).every((d) => d.errors.length === 0);
  const id = GRAMMAR[language];
  if (!id) return undefined;
  const tree = grammar(id).parser.parse(text);
  if (!tree) return false;
  try {
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}

/** Whether `after` is `before` with only the spans changed: `before` outside them, in order (a glob match). */
export function onlySpansChanged(before: string, after: string, spans: [number, number][]): boolean {
  const merged: [number, number][] = [];
  for (const [a, b] of spans.sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const kept: string[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    kept.push(before.slice(at, a));
    at = b;
  }
  kept.push(before.slice(at));
  // First piece anchored at the start, last at the end, each one between found leftmost (exact for `*` globs).
  if (!after.startsWith(kept[0]!)) return false;
  let pos = kept[0]!.length;
  for (let i = 1; i < kept.length - 1; i++) {
    const found = after.indexOf(kept[i]!, pos);
    if (found < 0) return false;
    pos = found + kept[i]!.length;
  }
  const tail = kept[kept.length - 1]!;
  return kept.length === 1 ? after === tail : after.length - tail.length >= pos && after.endsWith(tail);
}

/** Whether the module binds `os` with a top-level `import os` (or `import os.path`) above `line` (1-based). */
export function importsOsAbove(text: string, line: number): boolean {
  const tree = grammar('python').parser.parse(text);
  if (!tree) return false;
  try {
    return tree.rootNode.children.some(
      (n) => n !== null && n.type === 'import_statement' && n.startPosition.row + 1 < line && n.namedChildren.some((c) => c !== null && c.type === 'dotted_name' && /^os(?:\.\w+)*$/.test(c.text)),
    );
  } finally {
    tree.delete();
  }
}
