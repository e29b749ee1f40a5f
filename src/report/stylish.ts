// stylish: findings grouped by file, one aligned line each, then a summary — ESLint's default shape.
import { Chalk } from 'chalk';
import type { Finding } from '../types.js';
import { visible } from '../util/echo.js';
import { plural } from '../util/text.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

export const stylish: Formatter = (findings, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const out: string[] = [];
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.file);
    if (list) list.push(f);
    else groups.set(f.file, [f]);
  }
  for (const [file, list] of groups) {
    // File names and messages carry user text: a newline or a terminal escape in them is written as an
    // escape, so each finding stays one line and nothing reaches the terminal as a control sequence.
    out.push(c.underline(visible(displayPath(file, ctx.root, ctx.cwd), Infinity)));
    const cells = list.map((f) => ({
      pos: `${f.range.start.line}:${f.range.start.column}`,
      sev: f.severity,
      msg: visible(f.message, Infinity),
      rule: f.ruleId,
    }));
    const posWidth = widest(cells, (x) => x.pos);
    const sevWidth = widest(cells, (x) => x.sev);
    const msgWidth = widest(cells, (x) => x.msg);
    for (const x of cells) {
      const sev = x.sev === 'error' ? c.red(x.sev.padEnd(sevWidth)) : c.yellow(x.sev.padEnd(sevWidth));
      out.push(`  ${c.dim(x.pos.padStart(posWidth))}  ${sev}  ${x.msg.padEnd(msgWidth)}  ${c.dim(x.rule)}`.trimEnd());
    }
    out.push('');
  }
  if (ctx.notices.length > 0) {
    for (const n of ctx.notices) {
      const where = n.file ? `${visible(displayPath(n.file, ctx.root, ctx.cwd), Infinity)}: ` : '';
      out.push(c.dim(`${n.level === 'note' ? 'note' : n.level}: ${where}${visible(n.message, Infinity)}`));
    }
    out.push('');
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const suppressed = (ctx.suppressed ? `, ${ctx.suppressed} suppressed` : '') + (ctx.baselined ? `, ${ctx.baselined} in the baseline` : '');
  const files = `${plural(ctx.filesScanned, 'file')} scanned`;
  if (findings.length === 0) {
    out.push(c.green(`✔ no problems (${files}${suppressed})`));
  } else {
    const summary = `✖ ${plural(findings.length, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}) — ${files}${suppressed}`;
    out.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  return `${out.join('\n')}\n`;
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
