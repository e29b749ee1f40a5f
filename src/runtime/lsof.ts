// Non-Linux systems: listening TCP and bound UDP sockets with their processes from `lsof -F` (and `ps` for command lines).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { Listener, SocketOwner } from './listeners.js';

/** Where lsof lives (macOS keeps it in /usr/sbin, which a restricted PATH may lack), or undefined. */
export function findExecutable(name: string, pathVariable = process.env.PATH ?? ''): string | undefined {
  const dirs = [...pathVariable.split(path.delimiter).filter(Boolean), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export interface LsofResult {
  listeners: Listener[];
  error?: string;
}

/** Runs `lsof -nP -w -i -F pcftPnT` and keeps TCP listeners and bound UDP sockets. */
export function readLsof(lsof: string): LsofResult {
  const run = spawnSync(lsof, ['-nP', '-w', '-i', '-F', 'pcftPnT'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) return { listeners: [], error: `${lsof}: ${run.error.message}` };
  // lsof exits 1 when it found nothing to list; anything on stderr then is a real failure.
  if (run.status !== 0 && (run.status !== 1 || run.stderr.trim() !== '')) {
    return { listeners: [], error: `${lsof} exited with ${run.status}: ${run.stderr.trim().split('\n')[0] ?? ''}` };
  }
  const listeners = parseLsof(run.stdout);
  const commands = commandLines([...new Set(listeners.flatMap((l) => l.owners.map((o) => o.pid)))]);
  for (const l of listeners) {
    for (const o of l.owners) o.command = commands.get(o.pid) ?? o.command;
  }
  return { listeners };
}

/**
 * Parses lsof's field output: `p<pid>` and `c<command>` per process, then per file `f<fd>`,
 * `t<IPv4|IPv6>`, `P<TCP|UDP>`, `n<local>[-><remote>]`, `TST=<state>`. Local names look like
 * `127.0.0.1:8000`, `[::1]:8000` or `*:8000`.
 */
export function parseLsof(text: string): Listener[] {
  const out: Listener[] = [];
  let owner: SocketOwner | undefined;
  let file: { type?: string; protocol?: string; name?: string; state?: string } | undefined;
  const flush = (): void => {
    const f = file;
    file = undefined;
    if (!f || !owner) return;
    const protocol = f.protocol?.toLowerCase();
    const family = f.type === 'IPv6' ? 6 : f.type === 'IPv4' ? 4 : undefined;
    const local = f.name?.split('->')[0];
    if ((protocol !== 'tcp' && protocol !== 'udp') || family === undefined || local === undefined) return;
    // TCP: listeners only (a connection's local port is no one's service port). UDP: every bound socket.
    if (protocol === 'tcp' && f.state !== 'LISTEN') return;
    const m = /^(.*):(\d+)$/.exec(local);
    if (!m) return;
    const host = m[1]!.replace(/^\[(.*)\]$/, '$1');
    const address = host === '*' ? (family === 6 ? '::' : '0.0.0.0') : host;
    out.push({ protocol, family, address, port: Number(m[2]), owners: [{ ...owner }] });
  };
  for (const line of text.split('\n')) {
    const value = line.slice(1);
    switch (line[0]) {
      case 'p':
        flush();
        owner = { pid: Number(value), process: 'unknown', command: '' };
        break;
      case 'c':
        if (owner) owner.process = owner.command = value;
        break;
      case 'f':
        flush();
        file = {};
        break;
      case 't':
        if (file) file.type = value;
        break;
      case 'P':
        if (file) file.protocol = value;
        break;
      case 'n':
        if (file) file.name = value;
        break;
      case 'T':
        if (file && value.startsWith('ST=')) file.state = value.slice(3);
        break;
      default:
        break;
    }
  }
  flush();
  return out;
}

/** Full command lines by pid from `ps` (lsof gives only the first 15 characters of the name). */
function commandLines(pids: number[]): Map<number, string> {
  const out = new Map<number, string>();
  if (pids.length === 0) return out;
  const run = spawnSync('ps', ['-ww', '-o', 'pid=', '-o', 'args=', '-p', pids.join(',')], { encoding: 'utf8' });
  if (run.error || typeof run.stdout !== 'string') return out;
  for (const line of run.stdout.split('\n')) {
    const m = /^\s*(\d+)\s+(.*)$/.exec(line);
    if (m) out.set(Number(m[1]), m[2]!.trim());
  }
  return out;
}
