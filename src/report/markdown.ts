// markdown: a summary and a findings table, for pull-request comments and job summaries.
import { ruleDocUrl } from '../rule-docs.js';
import type { Formatter } from './types.js';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export const markdown: Formatter = (findings, ctx) => {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const lines = ['## port-lint', ''];
  if (findings.length === 0) {
    lines.push(`No problems in ${ctx.filesScanned} scanned files.`);
  } else {
    lines.push(`**${errors}** error(s), **${warnings}** warning(s) in ${ctx.filesScanned} scanned files.`, '');
    lines.push('| Severity | Location | Port | Message | Rule |', '| --- | --- | --- | --- | --- |');
    for (const f of findings) {
      const icon = f.severity === 'error' ? '❌ error' : '⚠️ warning';
      lines.push(
        `| ${icon} | \`${cell(f.file)}:${f.range.start.line}:${f.range.start.column}\` | ${f.port ?? ''} | ${cell(f.message)} | [${f.ruleId}](${ruleDocUrl(f.ruleId)}) |`,
      );
    }
  }
  if (ctx.notices.length > 0) {
    lines.push('', '<details><summary>Notices</summary>', '');
    for (const n of ctx.notices) lines.push(`- ${n.file ? `\`${cell(n.file)}\`: ` : ''}${cell(n.message)}`);
    lines.push('', '</details>');
  }
  return `${lines.join('\n')}\n`;
};
