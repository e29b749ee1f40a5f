// Compose port syntax: short strings `[[HOST_IP:]HOST:]CONTAINER[/PROTOCOL]` (with ranges, IPv6 and
// `${VAR:-8000}` interpolation), long-syntax items (target/published/host_ip/protocol), and expose:.
import type { DecodedText } from './compose-values.js';
import type { OccurrenceSet } from './generic.js';
import { findReferences, resolvePortExpression, type ResolvedPort } from './port-text.js';
import type { OccurrenceInit } from './source.js';

/** One `:`-separated part of a port mapping; offsets into the mapping's text. */
export interface MappingPart {
  text: string;
  start: number;
  end: number;
}

export interface PortMapping {
  hostIp?: MappingPart;
  /** Absent for a container-only `"3000"`, empty text for `"127.0.0.1::3000"` (a random host port). */
  host?: MappingPart;
  container: MappingPart;
  protocol?: string;
}

/**
 * Splits a short-syntax port string the way compose (docker/go-connections `nat.ParsePortSpec`) does —
 * the last part is the container port, the one before it the host port, everything before that the
 * host IP — except that `${…}` (whose `:-` is no separator) and `[…]` (IPv6) are kept whole.
 * Undefined when the parts are not port expressions (`"db:5432"` is an address, not a mapping).
 */
export function parsePortMapping(text: string): PortMapping | undefined {
  const parts: MappingPart[] = [];
  let partStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (i === text.length || c === ':') {
      parts.push({ text: text.slice(partStart, i), start: partStart, end: i });
      partStart = i + 1;
    } else if (c === '$' && text[i + 1] === '{') {
      const close = closingBrace(text, i + 1);
      if (close < 0) return undefined;
      i = close;
    } else if (c === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) return undefined;
      i = close;
    }
  }
  const trimmed = parts.map(trimPart);
  const last = trimmed[trimmed.length - 1]!;
  let protocol: string | undefined;
  const proto = /\/(tcp|udp|sctp)$/i.exec(last.text);
  if (proto) {
    protocol = proto[1]!.toLowerCase();
    last.text = last.text.slice(0, -proto[0].length);
    last.end -= proto[0].length;
  }
  if (!resolvePortExpression(last.text)) return undefined;
  const mapping: PortMapping = { container: last };
  if (protocol !== undefined) mapping.protocol = protocol;
  if (trimmed.length >= 2) {
    const host = trimmed[trimmed.length - 2]!;
    if (host.text !== '' && !resolvePortExpression(host.text)) return undefined;
    mapping.host = host;
  }
  if (trimmed.length >= 3) {
    const first = trimmed[0]!;
    const lastIp = trimmed[trimmed.length - 3]!;
    mapping.hostIp = { text: text.slice(first.start, lastIp.end), start: first.start, end: lastIp.end };
  }
  return mapping;
}

function trimPart(p: MappingPart): MappingPart {
  const lead = p.text.length - p.text.trimStart().length;
  const text = p.text.trim();
  return { text, start: p.start + lead, end: p.start + lead + text.length };
}

/** Index of the `}` closing the `{` at `open`, counting nested `${…}`; -1 when unclosed. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The bind address as written, or the default of `${BIND:-127.0.0.1}`; IPv6 brackets dropped. */
function hostIpValue(text: string): string {
  const refs = findReferences(text);
  const only = refs.length === 1 && refs[0]!.start === 0 && refs[0]!.end === text.length ? refs[0] : undefined;
  const value = only?.operand && (only.operator === ':-' || only.operator === '-') ? only.operand.text : text;
  return value.replace(/^\[(.*)\]$/, '$1');
}

/** Init fields common to both sides of a mapping, from one resolved side. */
function sideInit(kind: 'publish-host' | 'publish-container', r: ResolvedPort, extra: Partial<OccurrenceInit>): OccurrenceInit {
  const init: OccurrenceInit = { ...extra, kind, port: r.port };
  if (r.portEnd !== undefined) init.portEnd = r.portEnd;
  if (r.variable !== undefined) init.variable = r.variable;
  return init;
}

/**
 * A short-syntax port string: `"8000:8000"` gives publish-host 8000 (target 8000) and publish-container
 * 8000; `"3000"` publish-container only. Returns false when the text is not a port mapping.
 */
export function addPortMapping(out: OccurrenceSet, t: DecodedText, extra: Partial<OccurrenceInit> = {}): boolean {
  const m = parsePortMapping(t.text);
  if (!m) return false;
  const container = resolvePortExpression(m.container.text, m.container.start)!;
  const common: Partial<OccurrenceInit> = { ...extra };
  const protocol = m.protocol ?? container.protocol;
  if (protocol !== undefined) common.protocol = protocol;
  if (m.host && m.host.text !== '') {
    const host = resolvePortExpression(m.host.text, m.host.start);
    if (host) {
      const init = sideInit('publish-host', host, common);
      if (m.hostIp && m.hostIp.text !== '') init.hostIp = hostIpValue(m.hostIp.text);
      if (container.port !== null) init.target = container.port;
      const [start, end] = t.map.span(host.start, host.end);
      out.add(start, end, init);
    }
  }
  const [start, end] = t.map.span(container.start, container.end);
  out.add(start, end, sideInit('publish-container', container, common));
  return true;
}

/** A long-syntax port item's fields, each a mapped scalar text (or absent). */
export interface LongPort {
  target?: DecodedText;
  published?: DecodedText;
  hostIp?: string;
  protocol?: string;
}

/** `{target: 80, published: "8080", host_ip: 127.0.0.1, protocol: udp}`. */
export function addLongPort(out: OccurrenceSet, item: LongPort, extra: Partial<OccurrenceInit> = {}): void {
  const common: Partial<OccurrenceInit> = { ...extra };
  if (item.protocol) common.protocol = item.protocol.toLowerCase();
  const target = item.target ? resolvePortExpression(item.target.text) : undefined;
  if (item.published) {
    const published = resolvePortExpression(item.published.text);
    if (published) {
      const init = sideInit('publish-host', published, common);
      if (item.hostIp) init.hostIp = hostIpValue(item.hostIp);
      if (target && target.port !== null) init.target = target.port;
      const [start, end] = item.published.map.span(published.start, published.end);
      out.add(start, end, init);
    }
  }
  if (target && item.target) {
    const [start, end] = item.target.map.span(target.start, target.end);
    out.add(start, end, sideInit('publish-container', target, common));
  }
}

/** One `expose:` item: `3000`, `"8000-8010"`, `"3000/udp"`, `${METRICS_PORT:-9100}`. */
export function addExpose(out: OccurrenceSet, t: DecodedText, extra: Partial<OccurrenceInit> = {}): void {
  const r = resolvePortExpression(t.text);
  if (!r) return;
  const init: OccurrenceInit = { ...extra, kind: 'expose', port: r.port };
  if (r.portEnd !== undefined) init.portEnd = r.portEnd;
  if (r.protocol !== undefined) init.protocol = r.protocol;
  if (r.variable !== undefined) init.variable = r.variable;
  const [start, end] = t.map.span(r.start, r.end);
  out.add(start, end, init);
}
