// markdown: a summary and a findings table, for pull-request comments and job summaries.
import { ruleDocUrl } from '../rule-docs.js';
import { countErrors } from './fields.js';
import type { ReportWriter } from './types.js';

/**
 * Plain text inside a table cell: one line, and nothing a renderer would read as markup — file text
 * and service names reach messages, so `<img onerror=…>` must not become HTML in a pull-request
 * comment, nor `[x](url)` a link. Backslash escapes for markdown, entities for HTML.
 */
function text(s: string): string {
  return s
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*[\]|~]/g, (c) => `\\${c}`)
    // An underscore between letters or digits (dashboard_docker) never starts emphasis in GFM.
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A code span holding `s` literally (a file name may hold backticks): the fence is one backtick longer
 * than the longest run inside, padded with a space when the text starts or ends with a backtick.
 * A pipe is escaped even here: GFM splits table cells before it reads code spans.
 */
function code(s: string): string {
  const body = s.replace(/\r?\n|\r/g, ' ').replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** One piece per line, each ending with a newline, as the lines of the whole text joined. */
export const markdown: ReportWriter = function* (findings, ctx) {
  const errors = countErrors(findings);
  const warnings = findings.length - errors;
  yield '## port-lint\n\n';
  if (findings.length === 0) {
    yield `No problems in ${ctx.filesScanned} scanned files.\n`;
  } else {
    yield `**${errors}** error(s), **${warnings}** warning(s) in ${ctx.filesScanned} scanned files.\n\n`;
    yield '| Severity | Location | Port | Message | Rule |\n| --- | --- | --- | --- | --- |\n';
    for (const f of findings) {
      const icon = f.severity === 'error' ? '❌ error' : '⚠️ warning';
      yield `| ${icon} | ${code(`${f.file}:${f.range.start.line}:${f.range.start.column}`)} | ${f.port ?? ''} | ${text(f.message)} | [${f.ruleId}](${ruleDocUrl(f.ruleId)}) |\n`;
    }
  }
  if (ctx.notices.length > 0) {
    yield '\n<details><summary>Notices</summary>\n\n';
    for (const n of ctx.notices) yield `- ${n.file ? `${code(n.file)}: ` : ''}${text(n.message)}\n`;
    yield '\n</details>\n';
  }
};
