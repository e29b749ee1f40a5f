// What is listening on which port, and who holds it: /proc/net on Linux, lsof elsewhere, a connect probe as the last resort.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { connectProbe, CONNECT_TIMEOUT_MS } from './connect.js';
import { findExecutable, readLsof } from './lsof.js';
import { findOwners, readProcTables } from './proc.js';
import { plural } from '../util/text.js';

export type Protocol = 'tcp' | 'udp';

/** A process holding a socket. `process` is "unknown" when its name cannot be read. */
export interface SocketOwner {
  pid: number;
  /** Short name (Linux comm, lsof's command). */
  process: string;
  /** Full command line, as `service_command` patterns are matched against. */
  command: string;
}

/** A listening TCP socket or a bound UDP socket. */
export interface Listener {
  protocol: Protocol;
  family: 4 | 6;
  /** Local address: "127.0.0.1", "::1", "0.0.0.0", "::". */
  address: string;
  port: number;
  inode?: number;
  /** Processes holding it; empty when they could not be determined. */
  owners: SocketOwner[];
}

/** A port and protocol whose state could not be determined, and why. */
export interface UnknownPort {
  port: number;
  protocol: Protocol;
  reason: string;
}

export type ProbeMethod = 'proc' | 'lsof' | 'connect';

/** What a probe saw on the ports it was asked about. */
export interface Snapshot {
  method: ProbeMethod;
  listeners: Listener[];
  unknown: UnknownPort[];
  /** What could not be seen (process names of other users, UDP without /proc) — for the reader. */
  notes: string[];
}

export interface InspectOptions {
  /** Find the processes holding each socket (default true). */
  owners?: boolean;
}

/** Looks at sockets without ever binding one: binding races and can succeed beside a listener on another address. */
export interface PortProbe {
  readonly method: ProbeMethod;
  /** True when the probe sees sockets on every port, so a whole range costs no more than one port. */
  readonly listsAll: boolean;
  inspect(ports: Iterable<number>, options?: InspectOptions): Promise<Snapshot>;
}

export interface SystemProbeOptions {
  /** procfs mount point (default /proc). */
  procRoot?: string;
  /** Path of lsof, or false to never use it (default: found on PATH). */
  lsof?: string | false;
  /** Platform to behave as (default process.platform): /proc is read on Linux only. */
  platform?: NodeJS.Platform;
  connectTimeoutMs?: number;
}

/** At most this many ports are connect-probed in one inspection: beyond it a probe would take minutes. */
const MAX_CONNECT_PROBES = 1024;

/** The best probe this system offers: /proc/net on Linux, else lsof, else a TCP connect probe. */
export function systemProbe(options: SystemProbeOptions = {}): PortProbe {
  const procRoot = options.procRoot ?? '/proc';
  const platform = options.platform ?? process.platform;
  if (platform === 'linux' && existsSync(path.join(procRoot, 'net', 'tcp'))) return procProbe(procRoot);
  const lsof = options.lsof === false ? undefined : (options.lsof ?? findExecutable('lsof'));
  const timeout = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
  if (lsof !== undefined) return lsofProbe(lsof, timeout);
  return connectOnlyProbe(timeout);
}

function procProbe(procRoot: string): PortProbe {
  return {
    method: 'proc',
    listsAll: true,
    async inspect(ports, options = {}) {
      const wanted = new Set(ports);
      const tables = readProcTables(procRoot);
      if (!tables) throw new Error(`${path.join(procRoot, 'net', 'tcp')} disappeared`);
      const listeners = tables.listeners.filter((l) => wanted.has(l.port));
      const unknown: UnknownPort[] = [];
      for (const table of tables.unreadable) {
        for (const port of wanted) unknown.push({ port, protocol: table.protocol, reason: `cannot read ${table.file} (${table.reason})` });
      }
      const notes: string[] = [];
      if (options.owners !== false) {
        const inodes = new Set(listeners.flatMap((l) => (l.inode === undefined ? [] : [l.inode])));
        const found = findOwners(inodes, procRoot);
        for (const l of listeners) {
          if (l.inode !== undefined) l.owners = (found.owners.get(l.inode) ?? []).map((o) => ({ ...o }));
        }
        const orphans = listeners.filter((l) => l.owners.length === 0).length;
        if (orphans > 0) {
          notes.push(
            found.unreadable > 0
              ? `the process of ${plural(orphans, 'socket')} is unknown: ${plural(found.unreadable, 'process', 'processes')} could not be inspected (another user's; run as root to see them)`
              : `the process of ${plural(orphans, 'socket')} is unknown: no visible process holds it (another PID namespace, or it is closing)`,
          );
        }
      }
      return { method: 'proc', listeners, unknown: unknown.sort(compareUnknown), notes };
    },
  };
}

function lsofProbe(lsof: string, timeoutMs: number): PortProbe {
  return {
    method: 'lsof',
    listsAll: true,
    async inspect(ports) {
      const wanted = [...new Set(ports)].sort((a, b) => a - b);
      const run = readLsof(lsof);
      if (run.error !== undefined) {
        const fallback = await connectInspect(wanted, timeoutMs);
        return { ...fallback, method: 'lsof', notes: [`lsof failed (${run.error}); TCP was checked by connecting, UDP not at all`, ...fallback.notes] };
      }
      const wantedSet = new Set(wanted);
      const listeners = run.listeners.filter((l) => wantedSet.has(l.port));
      const notes: string[] = [];
      const unknown: UnknownPort[] = [];
      // Without root, lsof lists only this user's sockets. A connect probe still finds other users'
      // TCP listeners on the loopback and wildcard addresses, without their process.
      if (typeof process.getuid === 'function' && process.getuid() !== 0) {
        const seen = new Set(listeners.filter((l) => l.protocol === 'tcp').map((l) => l.port));
        const rest = wanted.filter((p) => !seen.has(p));
        const probed = await connectInspect(rest, timeoutMs);
        const hidden = probed.listeners;
        // Loops, not push(...): one argument per port would overflow the stack on a large registry.
        for (const l of hidden) listeners.push(l);
        for (const u of probed.unknown) if (u.protocol === 'tcp') unknown.push(u);
        if (hidden.length > 0) notes.push(`${plural(hidden.length, 'TCP listener')} belong to processes lsof cannot see (another user's; run as root to see them)`);
        notes.push("UDP sockets of other users are invisible to lsof without root");
      }
      return { method: 'lsof', listeners, unknown: unknown.sort(compareUnknown), notes };
    },
  };
}

function connectOnlyProbe(timeoutMs: number): PortProbe {
  return {
    method: 'connect',
    listsAll: false,
    async inspect(ports) {
      return connectInspect([...new Set(ports)].sort((a, b) => a - b), timeoutMs);
    },
  };
}

/** TCP by connecting to each port on the loopback; UDP cannot be told this way. */
async function connectInspect(ports: number[], timeoutMs: number): Promise<Snapshot> {
  const listeners: Listener[] = [];
  const unknown: UnknownPort[] = [];
  const notes = ['process names are unavailable: this system has neither /proc/net nor lsof; only TCP on 127.0.0.1 and ::1 was checked'];
  const probed = ports.slice(0, MAX_CONNECT_PROBES);
  for (const port of ports.slice(MAX_CONNECT_PROBES)) {
    unknown.push({ port, protocol: 'tcp', reason: `not probed: more than ${MAX_CONNECT_PROBES} ports asked at once` });
  }
  // A few at a time: every probe is a socket, and a refused one answers in well under a millisecond.
  for (let i = 0; i < probed.length; i += 32) {
    const batch = probed.slice(i, i + 32);
    const results = await Promise.all(batch.map((port) => connectProbe(port, timeoutMs)));
    results.forEach((r, j) => {
      const port = batch[j]!;
      if (r.state === 'in-use') listeners.push({ protocol: 'tcp', family: r.family, address: r.address, port, owners: [] });
      else if (r.state === 'unknown') unknown.push({ port, protocol: 'tcp', reason: r.reason });
    });
  }
  for (const port of ports) unknown.push({ port, protocol: 'udp', reason: 'UDP cannot be checked without /proc/net or lsof' });
  return { method: 'connect', listeners, unknown: unknown.sort(compareUnknown), notes };
}

function compareUnknown(a: UnknownPort, b: UnknownPort): number {
  return a.port - b.port || a.protocol.localeCompare(b.protocol);
}

/** "pid 123 (uvicorn)", "pid unknown" — the holder of a set of sockets, for messages. */
export function describeHolders(listeners: readonly Listener[]): string {
  const owners = new Map<number, SocketOwner>();
  for (const l of listeners) for (const o of l.owners) owners.set(o.pid, o);
  const sockets = [...new Set(listeners.map((l) => `${l.protocol} ${formatAddress(l.address, l.port)}`))].sort();
  const who = [...owners.values()].sort((a, b) => a.pid - b.pid).map((o) => `pid ${o.pid} ${o.process}`);
  return [sockets.join(', '), ...(who.length > 0 ? [who.join(', ')] : [])].join(', ');
}

/** "127.0.0.1:8000", "[::1]:8000". */
export function formatAddress(address: string, port: number): string {
  return address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`;
}
