// `port-lint check`: what listens on every registered, reserved and in-range port, and whose port is held by an intruder.
import { Chalk } from 'chalk';
import { formatRange, inRange, type Registry } from '../registry/registry.js';
import type { Service } from '../registry/types.js';
import type { Listener, PortProbe, ProbeMethod, Snapshot, SocketOwner } from './listeners.js';
import { configuredPort, protocolsOf, type Variables } from './resolve.js';

export type CheckState = 'free' | 'listening' | 'conflict' | 'unknown';

export interface CheckRow {
  port: number;
  /** The service, the reserved port's owner, or null for an unregistered listener inside a range. */
  service: string | null;
  kind: 'service' | 'reserved' | 'range';
  state: CheckState;
  /** Lowest pid holding the sockets; null when free or not known. */
  pid: number | null;
  /** Its name; "unknown" when it cannot be read; null when free. */
  process: string | null;
  command: string | null;
  /** "tcp 127.0.0.1", "tcp6 ::", "udp 0.0.0.0". */
  sockets: string[];
  note: string;
  /** A non-optional service's port held by another process: makes the exit code 1. */
  failing: boolean;
}

export interface CheckReport {
  registry: string;
  environment: string | null;
  method: ProbeMethod;
  rows: CheckRow[];
  notes: string[];
  exitCode: 0 | 1;
}

const METHOD_TEXT: Record<ProbeMethod, string> = {
  proc: 'sockets from /proc/net',
  lsof: 'sockets from lsof',
  connect: 'TCP connect probe on 127.0.0.1 and ::1 (no /proc/net, no lsof)',
};

/**
 * Looks at every service's configured port (env var or default), every reserved port and — when the
 * probe lists every socket — every listener inside a service's range. Env values are parsed as
 * getPort parses them: an invalid one throws InvalidPortEnvError.
 */
export async function runCheck(registry: Registry, probe: PortProbe, variables: Variables): Promise<CheckReport> {
  const services = registry.services.map((s) => ({ s, configured: configuredPort(s, variables) }));
  const servicePorts = new Set(services.map((x) => x.configured.port));
  const reservedPorts = new Set(registry.reserved.map((r) => r.port));
  const ports = new Set<number>([...servicePorts, ...reservedPorts]);
  if (probe.listsAll) for (const s of registry.services) for (let p = s.range[0]; p <= s.range[1]; p++) ports.add(p);
  const snapshot = await probe.inspect(ports, { owners: true });
  const rows: CheckRow[] = [];

  for (const { s, configured } of services) {
    const port = configured.port;
    const extra: string[] = [];
    if (s.optional) extra.push('optional');
    if (configured.source === 'env') extra.push(`from ${s.envVar}`);
    if (configured.ignored) extra.push(configured.ignored);
    for (const r of registry.reserved) if (r.port === port) extra.push(`reserved for ${r.service}`);
    const groups = byOwner(snapshot.listeners.filter((l) => l.port === port));
    if (groups.length === 0) {
      rows.push(emptyRow(port, s.name, 'service', snapshot, protocolsOf(s), extra));
      continue;
    }
    for (const group of groups) rows.push(serviceRow(registry, s, port, group, extra));
  }

  for (const r of registry.reserved) {
    if (servicePorts.has(r.port)) continue;
    const groups = byOwner(snapshot.listeners.filter((l) => l.port === r.port));
    const note = [`reserved${r.note ? `: ${r.note}` : ''}`];
    if (groups.length === 0) rows.push(emptyRow(r.port, r.service, 'reserved', snapshot, ['tcp', 'udp'], note));
    for (const group of groups) rows.push(holderRow(r.port, r.service, 'reserved', 'listening', group, note));
  }

  if (probe.listsAll) {
    const stray = snapshot.listeners.filter((l) => !servicePorts.has(l.port) && !reservedPorts.has(l.port));
    const byPort = new Map<number, Listener[]>();
    for (const l of stray) byPort.set(l.port, [...(byPort.get(l.port) ?? []), l]);
    for (const [port, listeners] of byPort) {
      const ranged = registry.services.filter((s) => inRange(port, s.range));
      for (const group of byOwner(listeners)) {
        const own = ranged.find((s) => matchedPattern(s, group.owners) !== undefined);
        const note = own
          ? `${own.name} on a fallback port (range ${formatRange(own.range)})`
          : `inside the range of ${ranged.map((s) => `${s.name} (${formatRange(s.range)})`).join(', ')}; no service has this port`;
        rows.push(holderRow(port, own?.name ?? null, 'range', 'listening', group, [note]));
      }
    }
  }

  const kindOrder = { service: 0, reserved: 1, range: 2 } as const;
  rows.sort(
    (a, b) =>
      a.port - b.port ||
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.service ?? '').localeCompare(b.service ?? '') ||
      (a.pid ?? 0) - (b.pid ?? 0),
  );
  const notes = [...snapshot.notes];
  if (!probe.listsAll) notes.push("listeners elsewhere in the services' ranges are not shown: this probe only checks the ports it is given");
  return {
    registry: registry.file,
    environment: registry.environment ?? null,
    method: snapshot.method,
    rows,
    notes,
    exitCode: rows.some((r) => r.failing) ? 1 : 0,
  };
}

interface OwnerGroup {
  owners: SocketOwner[];
  listeners: Listener[];
}

/** Sockets of one port grouped by the processes holding them (unknown holders form one group). */
function byOwner(listeners: Listener[]): OwnerGroup[] {
  const groups = new Map<string, OwnerGroup>();
  for (const l of listeners) {
    const key = l.owners.map((o) => o.pid).sort((a, b) => a - b).join(',') || '?';
    const g = groups.get(key) ?? { owners: [...l.owners].sort((a, b) => a.pid - b.pid), listeners: [] };
    g.listeners.push(l);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The first of a service's service_command patterns found in a holder's command line. */
function matchedPattern(s: Service, owners: SocketOwner[]): string | undefined {
  for (const pattern of s.serviceCommand) {
    if (pattern !== '' && owners.some((o) => o.command.includes(pattern) || o.process.includes(pattern))) return pattern;
  }
  return undefined;
}

function serviceRow(registry: Registry, s: Service, port: number, group: OwnerGroup, extra: string[]): CheckRow {
  const protocols = protocolsOf(s);
  const relevant = group.listeners.filter((l) => protocols.includes(l.protocol));
  if (relevant.length === 0) {
    const what = [...new Set(group.listeners.map((l) => l.protocol))].join('/');
    return holderRow(port, s.name, 'service', 'listening', group, [`${what} only; ${s.name} uses ${s.protocol}`, ...extra]);
  }
  if (matchedPattern(s, group.owners) !== undefined) return holderRow(port, s.name, 'service', 'listening', group, extra);
  if (group.owners.length === 0) {
    const why = s.serviceCommand.length > 0 ? [`process unknown: cannot tell whether it is ${s.name}`] : [];
    return holderRow(port, s.name, 'service', 'listening', group, [...why, ...extra]);
  }
  for (const other of registry.services) {
    if (other.name === s.name) continue;
    const pattern = matchedPattern(other, group.owners);
    if (pattern !== undefined) {
      return failingRow(holderRow(port, s.name, 'service', 'conflict', group, [`held by ${other.name} (command has "${pattern}")`, ...extra]), s);
    }
  }
  if (s.serviceCommand.length > 0) {
    const patterns = s.serviceCommand.map((p) => JSON.stringify(p)).join(', ');
    return failingRow(holderRow(port, s.name, 'service', 'conflict', group, [`not ${s.name}: command has none of ${patterns}`, ...extra]), s);
  }
  // Without service_command nothing tells the service from another process: report, do not judge.
  return holderRow(port, s.name, 'service', 'listening', group, extra);
}

function failingRow(row: CheckRow, s: Service): CheckRow {
  row.failing = !s.optional;
  return row;
}

function holderRow(
  port: number,
  service: string | null,
  kind: CheckRow['kind'],
  state: CheckState,
  group: OwnerGroup,
  notes: string[],
): CheckRow {
  const first = group.owners[0];
  const more = group.owners.length - 1;
  const sockets = [...new Set(group.listeners.map(socketText))].sort();
  const note = [...notes, ...(more > 0 ? [`and ${more} more process${more === 1 ? '' : 'es'}: ${group.owners.slice(1).map((o) => o.pid).join(', ')}`] : [])];
  return {
    port,
    service,
    kind,
    state,
    pid: first?.pid ?? null,
    process: first?.process ?? 'unknown',
    command: first?.command ?? null,
    sockets,
    note: note.join('; '),
    failing: false,
  };
}

function emptyRow(
  port: number,
  service: string,
  kind: CheckRow['kind'],
  snapshot: Snapshot,
  protocols: readonly ('tcp' | 'udp')[],
  notes: string[],
): CheckRow {
  const unknown = snapshot.unknown.filter((u) => u.port === port && protocols.includes(u.protocol));
  // A service that cannot be told for its own protocol is unknown; an unknown UDP side of a
  // reserved port (any protocol) is only worth a note when TCP is free.
  const blocking = kind === 'service' ? unknown : unknown.length === protocols.length ? unknown : [];
  const why = blocking.map((u) => `${u.protocol}: ${u.reason}`);
  return {
    port,
    service,
    kind,
    state: blocking.length > 0 ? 'unknown' : 'free',
    pid: null,
    process: null,
    command: null,
    sockets: [],
    note: [...why, ...notes].join('; '),
    failing: false,
  };
}

function socketText(l: Listener): string {
  return `${l.protocol}${l.family === 6 ? '6' : ''} ${l.address}`;
}

/** The table: port, service, state, pid, process, note — then a summary and what could not be seen. */
export function formatCheckStylish(report: CheckReport, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const header = ['PORT', 'SERVICE', 'STATE', 'PID', 'PROCESS', 'NOTE'];
  const cells = report.rows.map((r) => [
    String(r.port),
    r.service ?? '-',
    r.state,
    r.pid === null ? '' : String(r.pid),
    r.process ?? '',
    [r.sockets.join(', '), r.note].filter(Boolean).join('; '),
  ]);
  // A loop, not Math.max(...): one argument per row would overflow the stack on a large registry.
  const widths = header.map((h) => h.length);
  for (const row of cells) row.forEach((cell, i) => (widths[i] = Math.max(widths[i]!, cell.length)));
  const line = (row: string[], paint: (i: number, text: string) => string): string =>
    row
      .map((cell, i) => paint(i, i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out: string[] = [];
  const env = report.environment ? ` (environment: ${report.environment})` : '';
  out.push(`${report.registry}${env}: ${METHOD_TEXT[report.method]}`, '');
  out.push(line(header, (_, t) => c.dim(t)));
  for (const [i, row] of cells.entries()) {
    const r = report.rows[i]!;
    out.push(
      line(row, (col, t) => {
        if (col !== 2) return t;
        if (r.state === 'conflict') return r.failing ? c.red.bold(t) : c.red(t);
        if (r.state === 'unknown') return c.yellow(t);
        if (r.state === 'listening') return c.cyan(t);
        return c.green(t);
      }),
    );
  }
  out.push('');
  for (const n of report.notes) out.push(c.dim(`note: ${n}`));
  if (report.notes.length > 0) out.push('');
  const count = (state: CheckState): number => report.rows.filter((r) => r.state === state).length;
  const summary = `${count('listening')} listening, ${count('free')} free, ${count('conflict')} conflict${count('conflict') === 1 ? '' : 's'}, ${count('unknown')} unknown`;
  const failing = report.rows.filter((r) => r.failing).length;
  out.push(
    failing > 0
      ? c.red.bold(`✖ ${failing} required service${failing === 1 ? "'s port is" : "s' ports are"} held by another process (${summary})`)
      : c.green(`✔ no required service's port is held by another process (${summary})`),
  );
  return `${out.join('\n')}\n`;
}

export function formatCheckJson(report: CheckReport): string {
  const count = (state: CheckState): number => report.rows.filter((r) => r.state === state).length;
  return `${JSON.stringify(
    {
      schemaVersion: 1,
      registry: report.registry,
      environment: report.environment,
      method: report.method,
      rows: report.rows,
      notes: report.notes,
      summary: { listening: count('listening'), free: count('free'), conflict: count('conflict'), unknown: count('unknown'), failing: report.rows.filter((r) => r.failing).length },
    },
    null,
    2,
  )}\n`;
}
