// github: GitHub Actions workflow commands, so findings show as annotations on the pull request.
import type { ReportWriter } from './types.js';

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions — data and property escaping.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: ReportWriter = function* (findings, ctx) {
  for (const f of findings) {
    const props = [
      `file=${escapeProperty(f.file)}`,
      `line=${f.range.start.line}`,
      `col=${f.range.start.column}`,
      `endLine=${f.range.end.line}`,
      `endColumn=${f.range.end.column}`,
      `title=${escapeProperty(`port-lint (${f.ruleId})`)}`,
    ].join(',');
    yield `::${f.severity === 'error' ? 'error' : 'warning'} ${props}::${escapeData(f.message)}\n`;
  }
  // Files skipped or only partly read (a crash, a size limit) are annotated too; routine notes (a file a
  // lint.exclude covers) are not, or every pull request would carry them.
  for (const n of ctx.notices) {
    if (n.level === 'note') continue;
    const props = [...(n.file ? [`file=${escapeProperty(n.file)}`] : []), `title=${escapeProperty('port-lint')}`].join(',');
    yield `::${n.level} ${props}::${escapeData(n.message)}\n`;
  }
};
