// stylish: findings grouped by file, one aligned line each, then a summary — ESLint's default shape.
import { Chalk } from 'chalk';
import type { Finding } from '../types.js';
import { visible } from '../util/echo.js';
import { plural } from '../util/text.js';
import { displayPath } from './paths.js';
import { countErrors } from './fields.js';
import type { ReportWriter } from './types.js';

/** One piece per file group: each line ends with a newline, as the lines of the whole text joined. */
export const stylish: ReportWriter = function* (findings, ctx) {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  for (const [file, list] of groups) {
    // File names and messages carry user text: a newline or a terminal escape in them is written as an
    // escape, so each finding stays one line and nothing reaches the terminal as a control sequence.
    yield `${c.underline(visible(displayPath(file, ctx.root, ctx.cwd), Infinity))}\n`;
    // Two passes, the widths first: no per-finding cells held for a file of 100,000 findings.
    const pos = (f: Finding) => `${f.range.start.line}:${f.range.start.column}`;
    const msg = (f: Finding) => visible(f.message, Infinity);
    const posWidth = widest(list, (f) => pos(f));
    const sevWidth = widest(list, (f) => f.severity);
    const msgWidth = widest(list, (f) => msg(f));
    for (const f of list) {
      const sev = f.severity === 'error' ? c.red(f.severity.padEnd(sevWidth)) : c.yellow(f.severity.padEnd(sevWidth));
      yield `${`  ${c.dim(pos(f).padStart(posWidth))}  ${sev}  ${msg(f).padEnd(msgWidth)}  ${c.dim(f.ruleId)}`.trimEnd()}\n`;
    }
    yield '\n';
  }
  if (ctx.notices.length > 0) {
    let out = '';
    for (const n of ctx.notices) {
      const where = n.file ? `${visible(displayPath(n.file, ctx.root, ctx.cwd), Infinity)}: ` : '';
      out += `${c.dim(`${n.level === 'note' ? 'note' : n.level}: ${where}${visible(n.message, Infinity)}`)}\n`;
    }
    yield `${out}\n`;
  }
  const errors = countErrors(findings);
  const warnings = findings.length - errors;
  const suppressed = (ctx.suppressed ? `, ${ctx.suppressed} suppressed` : '') + (ctx.baselined ? `, ${ctx.baselined} in the baseline` : '');
  const files = `${plural(ctx.filesScanned, 'file')} scanned`;
  if (findings.length === 0) {
    yield `${c.green(`✔ no problems (${files}${suppressed})`)}\n`;
  } else {
    const summary = `✖ ${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) — ${files}${suppressed}`;
    yield `${errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary)}\n`;
  }
};

/**
 * The length of the longest text in `items`. A loop, not `Math.max(...items.map(…))`: spreading one
 * argument per finding overflows the stack at ~120k findings in one file.
 */
function widest<T>(items: readonly T[], text: (item: T) => string): number {
  let width = 0;
  for (const item of items) width = Math.max(width, text(item).length);
  return width;
}
