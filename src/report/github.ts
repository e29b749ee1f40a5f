// github: GitHub Actions workflow commands, so findings show as annotations on the pull request.
import type { Formatter } from './types.js';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions — data and property escaping.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Formatter = (findings) =>
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
    .join('');
