// .env files and systemd EnvironmentFiles (`.env`, `.env.*`, `*.env`): `[export] KEY=value` lines with
// unquoted, "double", 'single' or `backtick` values (double-quoted ones may span lines), `# comments`.
import type { PortOccurrence } from '../types.js';
import { addAssignment, type DecodedText } from './compose-values.js';
import { OccurrenceSet, scanComment, scanText } from './generic.js';
import { isPortName, parsePortSpec } from './port-text.js';
import { OffsetMap, type SourceText } from './source.js';

const ASSIGNMENT = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;

export function extractEnv(src: SourceText): PortOccurrence[] {
  const out = new OccurrenceSet(src);
  const text = src.text;
  let pos = 0;
  while (pos < text.length) {
    const lineEnd = endOfLine(text, pos);
    const line = text.slice(pos, lineEnd);
    const m = ASSIGNMENT.exec(line);
    let next = nextLine(text, lineEnd);
    if (m) {
      next = assignment(out, m[1]!, pos + m[0].length, lineEnd) ?? next;
    } else {
      const hash = line.search(/\S/);
      if (hash >= 0 && (line[hash] === '#' || line[hash] === ';')) scanComment(out, line.slice(hash), pos + hash);
    }
    pos = next;
  }
  return out.list;
}

/** Offset of the line break (or end of text) of the line starting at `pos`. */
function endOfLine(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  const end = nl < 0 ? text.length : nl;
  return end > pos && text[end - 1] === '\r' ? end - 1 : end;
}

function nextLine(text: string, lineEnd: number): number {
  const nl = text.indexOf('\n', lineEnd);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * The value of `name` starting at `start`. Returns where scanning resumes when a quoted value runs
 * past its first line, else undefined.
 */
function assignment(out: OccurrenceSet, name: string, start: number, lineEnd: number): number | undefined {
  const text = out.src.text;
  const quote = text[start];
  if (quote === '"' || quote === "'" || quote === '`') {
    const close = closingQuote(text, start + 1, quote);
    if (close >= 0) {
      const value: DecodedText = { text: text.slice(start + 1, close), map: OffsetMap.identity(close - start - 1, start + 1) };
      if (quote === "'") literal(out, name, value);
      else addAssignment(out, name, value, 'env-assign');
      const afterEnd = endOfLine(text, close);
      trailingComment(out, close + 1, afterEnd);
      return close > lineEnd ? nextLine(text, afterEnd) : undefined;
    }
  }
  // Unquoted: the value ends at a `#` preceded by whitespace (an inline comment) or at the line end.
  let end = lineEnd;
  const rest = text.slice(start, lineEnd);
  const comment = /(^|[ \t])#/.exec(rest);
  if (comment) {
    end = start + comment.index;
    trailingComment(out, end, lineEnd);
  }
  const raw = text.slice(start, end).replace(/[ \t]+$/, '');
  addAssignment(out, name, { text: raw, map: OffsetMap.identity(raw.length, start) }, 'env-assign');
  return undefined;
}

/** A single-quoted value is literal: no `${…}` interpolation, so only a bare port or a URL counts. */
function literal(out: OccurrenceSet, name: string, value: DecodedText): void {
  const spec = isPortName(name) ? parsePortSpec(value.text) : undefined;
  if (spec) {
    const digits = value.text.trim().replace(/\/\w+$/, '');
    const lead = value.text.indexOf(digits);
    const [s, e] = value.map.span(lead, lead + digits.length);
    const init: Parameters<OccurrenceSet['add']>[2] = { kind: 'env-assign', port: spec.port, name };
    if (spec.portEnd !== undefined) init.portEnd = spec.portEnd;
    if (spec.protocol !== undefined) init.protocol = spec.protocol;
    out.add(s, e, init);
    return;
  }
  scanText(out, value.text, value.map);
}

function closingQuote(text: string, from: number, quote: string): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\' && quote !== "'") i++;
    else if (text[i] === quote) return i;
  }
  return -1;
}

function trailingComment(out: OccurrenceSet, from: number, to: number): void {
  const rest = out.src.text.slice(from, to);
  const hash = rest.indexOf('#');
  if (hash >= 0) scanComment(out, rest.slice(hash), from + hash);
}
