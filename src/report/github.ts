// github: GitHub Actions workflow commands, so findings show as annotations on the pull request.
import type { Formatter } from './types.js';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions — data and property escaping.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (findings, ctx) =>
  findings
    .map((f) => {
      const props = [
        `file=${escapeProperty(f.file)}`,
        `line=${f.range.start.line}`,
        `col=${f.range.start.column}`,
        `endLine=${f.range.end.line}`,
        `endColumn=${f.range.end.column}`,
        `title=${escapeProperty(`port-lint (${f.ruleId})`)}`,
      ].join(',');
      return `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(f.message)}\n`;
    })
    .join('') +
  // Files skipped or only partly read (a crash, a size limit) are annotated too; routine notes (a file a
  // lint.exclude covers) are not, or every pull request would carry them.
  ctx.notices
    .filter((n) => n.level !== 'note')
    .map((n) => {
      const props = [...(n.file ? [`file=${escapeProperty(n.file)}`] : []), `title=${escapeProperty('port-lint')}`].join(',');
      return `::${n.level} ${props}::${escapeData(n.message)}\n`;
    })
    .join('');
