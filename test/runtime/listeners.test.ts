// Every probe against real sockets on loopback and wildcard addresses, TCP and UDP, IPv4 and IPv6.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { endianness, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectProbe } from '../../src/runtime/connect.js';
import { findExecutable } from '../../src/runtime/lsof.js';
import { systemProbe, type PortProbe } from '../../src/runtime/listeners.js';
import { hasIpv6Loopback, hold, ownProcessName, type Address } from './sockets.js';

const ipv6 = await hasIpv6Loopback();
const linux = process.platform === 'linux';
const lsof = findExecutable('lsof');
const ADDRESSES: Address[] = ['127.0.0.1', '::1', '0.0.0.0', '::'];

/** IPv6 cases run only where there is an IPv6 loopback; the test name says when that is not so. */
function needs(address: Address): { skip: boolean; suffix: string } {
  const v6 = address.includes(':');
  return { skip: v6 && !ipv6, suffix: v6 && !ipv6 ? ' (skipped: no IPv6 loopback on this machine)' : '' };
}

const PROBES: { name: string; available: boolean; why: string; make: () => PortProbe; protocols: ('tcp' | 'udp')[]; owners: boolean }[] = [
  { name: '/proc/net', available: linux, why: 'Linux only', make: () => systemProbe(), protocols: ['tcp', 'udp'], owners: true },
  {
    name: 'lsof',
    available: lsof !== undefined,
    why: 'lsof is not installed',
    make: () => systemProbe({ platform: 'darwin', lsof: lsof! }),
    protocols: ['tcp', 'udp'],
    owners: true,
  },
  {
    name: 'connect probe',
    available: true,
    why: '',
    make: () => systemProbe({ platform: 'darwin', lsof: false }),
    protocols: ['tcp'],
    owners: false,
  },
];

for (const probe of PROBES) {
  describe.skipIf(!probe.available)(`${probe.name} probe${probe.available ? '' : ` (skipped: ${probe.why})`}`, () => {
    it('is the method systemProbe picks for that situation', () => {
      expect(probe.make().method).toBe({ '/proc/net': 'proc', lsof: 'lsof', 'connect probe': 'connect' }[probe.name]);
    });

    for (const protocol of probe.protocols) {
      for (const address of ADDRESSES) {
        const { skip, suffix } = needs(address);
        it.skipIf(skip)(`sees a ${protocol} socket bound to ${address}${suffix}`, async () => {
          const held = await hold(protocol, address);
          try {
            const snapshot = await probe.make().inspect([held.port]);
            const found = snapshot.listeners.filter((l) => l.port === held.port && l.protocol === protocol);
            expect(found).toHaveLength(1);
            const l = found[0]!;
            if (probe.owners) {
              expect(l.address).toBe(address);
              expect(l.family).toBe(address.includes(':') ? 6 : 4);
              expect(l.owners.map((o) => o.pid)).toEqual([process.pid]);
              expect(l.owners[0]!.process).toBe(ownProcessName());
              expect(l.owners[0]!.command).toContain(process.argv0.split('/').pop()!);
            } else {
              // A connect reaches a wildcard listener through the loopback of its family (:: is dual-stack).
              expect(['127.0.0.1', '::1']).toContain(l.address);
              expect(l.owners).toEqual([]);
            }
            expect(snapshot.unknown.filter((u) => u.protocol === protocol)).toEqual([]);
          } finally {
            await held.close();
          }
        });
      }
    }

    it('reports a closed port as free', async () => {
      const held = await hold('tcp', '127.0.0.1');
      await held.close();
      const snapshot = await probe.make().inspect([held.port]);
      expect(snapshot.listeners.filter((l) => l.protocol === 'tcp')).toEqual([]);
      expect(snapshot.unknown.filter((u) => u.protocol === 'tcp')).toEqual([]);
    });
  });
}

describe('connect probe limits', () => {
  it('says UDP cannot be checked rather than calling it free', async () => {
    const held = await hold('udp', '127.0.0.1');
    try {
      const snapshot = await systemProbe({ platform: 'darwin', lsof: false }).inspect([held.port]);
      expect(snapshot.listeners).toEqual([]);
      expect(snapshot.unknown).toEqual([{ port: held.port, protocol: 'udp', reason: 'UDP cannot be checked without /proc/net or lsof' }]);
      expect(snapshot.notes.join('\n')).toContain('process names are unavailable');
    } finally {
      await held.close();
    }
  });
});

describe('/proc probe owners', () => {
  // A procfs tree of our own: one socket held by a readable process, one by a process whose fd
  // directory cannot be read (another user's), as `ls /proc/1/fd` fails for non-root users.
  function fakeProc(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'port-lint-proc-'));
    const loopback = endianness() === 'LE' ? '0100007F' : '7F000001';
    const line = (sl: number, port: number, inode: number): string =>
      `   ${sl}: ${loopback}:${port.toString(16).toUpperCase().padStart(4, '0')} 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 ${inode} 1 0000000000000000 100 0 0 10 0`;
    mkdirSync(path.join(root, 'net'));
    writeFileSync(path.join(root, 'net', 'tcp'), ['  sl  local_address rem_address   st', line(0, 8000, 4242), line(1, 8001, 4343)].join('\n'));
    mkdirSync(path.join(root, '77', 'fd'), { recursive: true });
    writeFileSync(path.join(root, '77', 'comm'), 'uvicorn\n');
    writeFileSync(path.join(root, '77', 'cmdline'), 'python3\0-m\0uvicorn\0app:app\0');
    symlinkSync('socket:[4242]', path.join(root, '77', 'fd', '5'));
    // Not a directory: reading it fails, as reading another user's fd directory does.
    mkdirSync(path.join(root, '1'));
    writeFileSync(path.join(root, '1', 'fd'), '');
    return root;
  }

  it('maps sockets to processes, and says why the others have none', async () => {
    const snapshot = await systemProbe({ platform: 'linux', procRoot: fakeProc() }).inspect([8000, 8001, 8002]);
    expect(snapshot.listeners.map((l) => [l.port, l.owners])).toEqual([
      [8000, [{ pid: 77, process: 'uvicorn', command: 'python3 -m uvicorn app:app' }]],
      [8001, []],
    ]);
    expect(snapshot.notes).toEqual([
      "the process of 1 socket is unknown: 1 process could not be inspected (another user's; run as root to see them)",
    ]);
  });
});

describe('connectProbe outcomes', () => {
  const answers =
    (v4: string, v6: string) =>
    async (host: string): Promise<string> =>
      host === '::1' ? v6 : v4;

  it.each([
    ['open', 'ECONNREFUSED', { state: 'in-use', address: '127.0.0.1', family: 4 }],
    ['ECONNREFUSED', 'open', { state: 'in-use', address: '::1', family: 6 }],
    ['ECONNREFUSED', 'ECONNREFUSED', { state: 'free' }],
    // No IPv6 loopback on this machine: says nothing about the port.
    ['ECONNREFUSED', 'EADDRNOTAVAIL', { state: 'free' }],
    ['ECONNREFUSED', 'EAFNOSUPPORT', { state: 'free' }],
    // Errors are not "free" (the seed's connect_ex took any non-zero result as free).
    ['timeout', 'ECONNREFUSED', { state: 'unknown', reason: '127.0.0.1: no answer within 1000 ms' }],
    ['EACCES', 'ECONNREFUSED', { state: 'unknown', reason: '127.0.0.1: EACCES' }],
    ['ECONNREFUSED', 'ETIMEDOUT', { state: 'unknown', reason: '::1: ETIMEDOUT' }],
  ])('127.0.0.1 %s, ::1 %s → %j', async (v4, v6, expected) => {
    expect(await connectProbe(4242, 1000, answers(v4, v6))).toEqual(expected);
  });
});
