// The port inventory of a repository: every port, where it appears and what it is — the data behind
// `port-lint audit` (a report) and `port-lint init` (a proposed ports.yaml).
import { isExternalHost } from './describe.js';
import { identifierWords } from './extract/port-text.js';
import type { Registry } from './registry/registry.js';
import { compareStrings, type OccurrenceKind, type PortOccurrence } from './types.js';

export interface PortUse {
  file: string;
  line: number;
  column: number;
  kind: OccurrenceKind;
  name?: string;
  variable?: string;
  service?: string;
  host?: string;
}

export interface InventoryEntry {
  port: number;
  /** The registered service whose default or range holds the port, if any. */
  registered?: string;
  /** The owner when the port is reserved. */
  reserved?: string;
  uses: PortUse[];
  /** Env vars the port is the value or default of. */
  variables: string[];
  /** Compose services publishing it on the host. */
  publishedBy: string[];
}

/** Ports a repository binds or serves (not comments, not URLs to other people's hosts), by port. */
export function buildInventory(occurrences: readonly PortOccurrence[], registry?: Registry): InventoryEntry[] {
  const byPort = new Map<number, InventoryEntry>();
  for (const o of occurrences) {
    if (o.comment || o.port === null) continue;
    if ((o.kind === 'url' || o.kind === 'address') && isExternalHost(o.host)) continue;
    let e = byPort.get(o.port);
    if (!e) {
      e = { port: o.port, uses: [], variables: [], publishedBy: [] };
      const service = registry?.serviceForPort(o.port);
      if (service) e.registered = service.name;
      const reserved = registry?.reservedFor(o.port);
      if (reserved) e.reserved = reserved.service;
      byPort.set(o.port, e);
    }
    const use: PortUse = { file: o.file, line: o.range.start.line, column: o.range.start.column, kind: o.kind };
    if (o.name !== undefined) use.name = o.name;
    if (o.variable !== undefined) use.variable = o.variable;
    if (o.service !== undefined) use.service = o.service;
    if (o.host !== undefined) use.host = o.host;
    e.uses.push(use);
    const variable = o.variable ?? (o.kind === 'env-assign' ? o.name : undefined);
    if (variable && !e.variables.includes(variable)) e.variables.push(variable);
    if (o.kind === 'publish-host' && o.service && !e.publishedBy.includes(o.service)) e.publishedBy.push(o.service);
  }
  const entries = [...byPort.values()].sort((a, b) => a.port - b.port);
  for (const e of entries) {
    e.uses.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
    e.variables.sort();
    e.publishedBy.sort();
  }
  return entries;
}

export interface ProposedService {
  name: string;
  default: number;
  envVar: string;
  description: string;
  /** Why this name and port: the places that suggested them. */
  evidence: string[];
}

/** `CONTIMG_API_PORT` → `api` (with the shared prefix `CONTIMG_` removed), `metricsPort` → `metrics`. */
function serviceNameOf(binding: string, prefix: string): string {
  const stripped = binding.startsWith(prefix) ? binding.slice(prefix.length) : binding;
  const words = identifierWords(stripped).filter((w) => !/^ports?$/.test(w) && w !== 'number' && w !== 'default');
  return words.join('_') || 'service';
}

/** The prefix (`CONTIMG_`) shared by at least two port variables, as the registry should keep it. */
function sharedPrefix(variables: string[]): string {
  const counts = new Map<string, number>();
  for (const v of variables) {
    const cut = v.indexOf('_');
    if (cut > 0 && v.indexOf('_', cut + 1) > 0) counts.set(v.slice(0, cut + 1), (counts.get(v.slice(0, cut + 1)) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 1;
  for (const [p, n] of counts) if (n > bestCount || (n === bestCount && p < best)) [best, bestCount] = [p, n];
  return best;
}

/**
 * A registry proposal from an inventory: a service per port variable (its most frequent default), per
 * compose service publishing a literal port, and per remaining port bound to a port-named constant,
 * flag or key. Ports that are only reached (URLs, connects) are left out: they are someone's service
 * but the inventory cannot say whose.
 */
export function proposeRegistry(entries: InventoryEntry[]): ProposedService[] {
  const prefix = sharedPrefix(entries.flatMap((e) => e.variables));
  const services = new Map<string, ProposedService>();
  const taken = new Set<number>();
  const add = (name: string, port: number, envVar: string, evidence: string[]): void => {
    let unique = name;
    for (let i = 2; services.has(unique); i++) unique = `${name}_${i}`;
    services.set(unique, { name: unique, default: port, envVar, description: '', evidence });
    taken.add(port);
  };
  const where = (u: PortUse) => `${u.file}:${u.line}`;
  // 1. Port variables: CONTIMG_API_PORT=8000, ${API_PORT:-8000}.
  const byVariable = new Map<string, Map<number, PortUse[]>>();
  for (const e of entries) {
    for (const u of e.uses) {
      const v = u.variable ?? (u.kind === 'env-assign' ? u.name : undefined);
      if (!v) continue;
      const ports = byVariable.get(v) ?? new Map<number, PortUse[]>();
      ports.set(e.port, [...(ports.get(e.port) ?? []), u]);
      byVariable.set(v, ports);
    }
  }
  for (const [variable, ports] of [...byVariable].sort((a, b) => compareStrings(a[0], b[0]))) {
    const [port, uses] = [...ports].sort((a, b) => b[1].length - a[1].length || a[0] - b[0])[0]!;
    add(serviceNameOf(variable, prefix), port, variable, uses.slice(0, 3).map(where));
  }
  // 2. Compose services publishing a literal host port.
  for (const e of entries) {
    if (taken.has(e.port)) continue;
    const published = e.uses.filter((u) => u.kind === 'publish-host' && u.service);
    if (published.length === 0) continue;
    const name = serviceNameOf(published[0]!.service!, '');
    add(name, e.port, `${prefix}${name.toUpperCase()}_PORT`, published.slice(0, 3).map(where));
  }
  // 3. Ports bound to a port-named constant, key, flag or parameter, or listened on.
  for (const e of entries) {
    if (taken.has(e.port)) continue;
    // A generic `port` constant (a loop bound, `{ port: 3000 }` in a test) says too little to make a service.
    const generic = (u: PortUse) => !u.name || /^-*ports?$/i.test(u.name);
    const bound = e.uses.filter(
      (u) => ['listen', 'expose', 'cli-flag'].includes(u.kind) || (['constant', 'property', 'parameter-default'].includes(u.kind) && !generic(u)),
    );
    if (bound.length === 0) continue;
    const named = bound.find((u) => !generic(u));
    const name = named ? serviceNameOf(named.name!.replace(/^-+/, ''), prefix) : `port_${e.port}`;
    add(name, e.port, `${prefix}${name.toUpperCase()}_PORT`, bound.slice(0, 3).map(where));
  }
  return [...services.values()]
    .map((s) => ({ ...s, description: `found at ${s.evidence.join(', ')}` }))
    .sort((a, b) => a.default - b.default || compareStrings(a.name, b.name));
}
