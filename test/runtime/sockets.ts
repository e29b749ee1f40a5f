// Real sockets for runtime tests: listeners on loopback/wildcard addresses, IPv6 detection, temp registries.
import { spawnSync } from 'node:child_process';
import dgram from 'node:dgram';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { systemProbe } from '../../src/runtime/listeners.js';

export type Address = '127.0.0.1' | '::1' | '0.0.0.0' | '::';

export interface Held {
  port: number;
  close(): Promise<void>;
}

/** A TCP listener on `address`, on `port` or an ephemeral port. */
export function listenTcp(address: Address, port = 0): Promise<Held> {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once('error', reject);
    server.listen({ host: address, port, exclusive: true }, () => {
      const bound = (server.address() as net.AddressInfo).port;
      resolve({ port: bound, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** A bound UDP socket on `address`. */
export function bindUdp(address: Address, port = 0): Promise<Held> {
  return new Promise((resolve, reject) => {
    const socket = dgram.createSocket(address.includes(':') ? 'udp6' : 'udp4');
    socket.once('error', reject);
    socket.bind(port, address, () => {
      resolve({ port: socket.address().port, close: () => new Promise((done) => socket.close(() => done())) });
    });
  });
}

export function hold(protocol: 'tcp' | 'udp', address: Address, port = 0): Promise<Held> {
  return protocol === 'tcp' ? listenTcp(address, port) : bindUdp(address, port);
}

/** Whether this machine has an IPv6 loopback: detected by binding to it, never assumed. */
export async function hasIpv6Loopback(): Promise<boolean> {
  try {
    const held = await listenTcp('::1');
    await held.close();
    return true;
  } catch {
    return false;
  }
}

/**
 * A port P held by a TCP listener (on `address`) whose neighbour P+1 is free on every address, so a
 * fallback test can expect exactly P+1. The neighbour is verified by binding it (in the test only:
 * port-lint itself never probes by binding).
 */
export async function heldWithFreeNeighbour(protocol: 'tcp' | 'udp' = 'tcp', address: Address = '127.0.0.1'): Promise<Held> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const held = await hold(protocol, address);
    if (held.port < 65535 && (await isFree(held.port + 1))) return held;
    await held.close();
  }
  throw new Error('could not find a port with a free neighbour');
}

async function isFree(port: number): Promise<boolean> {
  const v4only: Address[] = ['0.0.0.0'];
  const candidates: Address[] = (await hasIpv6Loopback()) ? ['::', ...v4only] : v4only;
  for (const address of candidates) {
    for (const protocol of ['tcp', 'udp'] as const) {
      try {
        const h = await hold(protocol, address, port);
        await h.close();
      } catch {
        return false;
      }
    }
  }
  return true;
}

/** A temporary repository (with .git) holding `ports.yaml` with this text; returns its directory. */
export function tempRepo(portsYaml: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-runtime-'));
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, 'ports.yaml'), portsYaml);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** This process's short name as the system reports it (what `check` must show for sockets the test holds). */
export function ownProcessName(): string {
  if (process.platform === 'linux') return readFileSync('/proc/self/comm', 'utf8').trim();
  const ps = spawnSync('ps', ['-o', 'comm=', '-p', String(process.pid)], { encoding: 'utf8' });
  return path.basename(ps.stdout.trim());
}

/** How `port-lint check` names where this machine's sockets come from (its first line). */
export function methodText(): string {
  return { proc: 'sockets from /proc/net', lsof: 'sockets from lsof', connect: 'TCP connect probe on 127.0.0.1 and ::1 (no /proc/net, no lsof)' }[
    systemProbe().method
  ];
}
