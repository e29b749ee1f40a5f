// Last-resort TCP check where neither /proc/net nor lsof exists: connect to the port on 127.0.0.1 and ::1.
import net from 'node:net';

export const CONNECT_TIMEOUT_MS = 1000;

/** The IPv6 loopback is absent on this machine: not a sign that the port is free or taken. */
const NO_IPV6 = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT', 'ENETUNREACH', 'EPROTONOSUPPORT']);

export type ConnectOutcome =
  | { state: 'in-use'; address: string; family: 4 | 6 }
  | { state: 'free' }
  | { state: 'unknown'; reason: string };

/**
 * Whether something accepts TCP connections on `port` at 127.0.0.1 or ::1. A listener on 0.0.0.0 or
 * :: accepts on the loopback too. Refused means free; an answer means taken; a timeout or any other
 * error means we cannot tell — reported as such, never taken as free (the seed's mistake).
 */
export async function connectProbe(port: number, timeoutMs = CONNECT_TIMEOUT_MS, attempt: Attempt = tryConnect): Promise<ConnectOutcome> {
  const reasons: string[] = [];
  for (const [host, family] of [
    ['127.0.0.1', 4],
    ['::1', 6],
  ] as const) {
    const r = await attempt(host, port, timeoutMs);
    if (r === 'open') return { state: 'in-use', address: host, family };
    if (r === 'ECONNREFUSED') continue;
    if (family === 6 && NO_IPV6.has(r)) continue;
    reasons.push(`${host}: ${r === 'timeout' ? `no answer within ${timeoutMs} ms` : r}`);
  }
  return reasons.length > 0 ? { state: 'unknown', reason: reasons.join('; ') } : { state: 'free' };
}

/** One connection attempt: "open", "timeout", or the error code (ECONNREFUSED, …). */
export type Attempt = (host: string, port: number, timeoutMs: number) => Promise<string>;

function tryConnect(host: string, port: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (result: string): void => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(timeoutMs, () => done('timeout'));
    socket.once('connect', () => done('open'));
    socket.once('error', (err: NodeJS.ErrnoException) => done(err.code ?? err.message));
  });
}
