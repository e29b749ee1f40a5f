// The port inventory of a repository: every port, where it appears and what it is — the data behind
// `port-lint audit` (a report); `port-lint init` proposes a ports.yaml from the occurrences (init-proposal.ts).
import { Attributor, formatEvidence } from './attribution.js';
import { isExternalHost } from './describe.js';
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
  /**
   * With a registry: whose port this use is and why (`attributed`: the service, the evidence), or why it is
   * not the registered service's although the number is (`unattributed`) — the same decision hardcoded-port
   * and --fix make (src/attribution.ts).
   */
  attributed?: { service: string; evidence: string };
  unattributed?: string;
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
  const attributor = registry ? new Attributor(registry, occurrences) : undefined;
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
    if (attributor && e.registered !== undefined) {
      const a = attributor.attribute(o);
      if (a.service) use.attributed = { service: a.service.name, evidence: formatEvidence(a.evidence) };
      else use.unattributed = a.why;
    }
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
