// The socket-table parsers on fixed text: /proc/net lines (both byte orders), owners through a fake /proc, lsof -F output.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLsof } from '../../src/runtime/lsof.js';
import { decodeAddress, findOwners, parseProcNet, readProcTables } from '../../src/runtime/proc.js';

const TCP_HEADER = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode';
const TCP6_HEADER =
  '  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode';

// Lines as a little-endian (x86, arm64) kernel prints them.
const TCP = [
  TCP_HEADER,
  // 127.0.0.1:8000 LISTEN
  '   0: 0100007F:1F40 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4242 1 0000000000000000 100 0 0 10 0',
  // 0.0.0.0:3000 LISTEN
  '   1: 00000000:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4243 1 0000000000000000 100 0 0 10 0',
  // 127.0.0.1:41000 -> 127.0.0.1:8000 ESTABLISHED: a client's port, not a listener
  '   2: 0100007F:A028 0100007F:1F40 01 00000000:00000000 00:00000000 00000000  1000        0 4244 1 0000000000000000 20 4 30 10 -1',
  // 192.168.1.5:9222 TIME_WAIT
  '   3: 0501A8C0:2406 0A01A8C0:D431 06 00000000:00000000 03:00000F4D 00000000     0        0 0 3 0000000000000000',
].join('\n');

const TCP6 = [
  TCP6_HEADER,
  // [::1]:5173 LISTEN
  '   0: 00000000000000000000000001000000:1435 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 5001 1 0000000000000000 100 0 0 10 0',
  // [::]:9009 LISTEN
  '   1: 00000000000000000000000000000000:2331 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 5002 1 0000000000000000 100 0 0 10 0',
  // [::ffff:127.0.0.1]:6379 LISTEN
  '   2: 0000000000000000FFFF00000100007F:18EB 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 5003 1 0000000000000000 100 0 0 10 0',
].join('\n');

const UDP = [
  '   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops',
  // 0.0.0.0:5353, unconnected (state 07)
  '  100: 00000000:14E9 00000000:0000 07 00000000:00000000 00:00000000 00000000   104        0 6001 2 0000000000000000 0',
  // 127.0.0.1:8125 connected to 127.0.0.1:53 (state 01): still holds 8125
  '  101: 0100007F:1FBD 0100007F:0035 01 00000000:00000000 00:00000000 00000000  1000        0 6002 2 0000000000000000 0',
].join('\n');

describe('parseProcNet', () => {
  it('keeps TCP listeners only, with addresses and inodes', () => {
    expect(parseProcNet(TCP, 'tcp', 4, 'LE')).toEqual([
      { protocol: 'tcp', family: 4, address: '127.0.0.1', port: 8000, inode: 4242, owners: [] },
      { protocol: 'tcp', family: 4, address: '0.0.0.0', port: 3000, inode: 4243, owners: [] },
    ]);
  });

  it('decodes IPv6 loopback, wildcard and v4-mapped addresses', () => {
    expect(parseProcNet(TCP6, 'tcp', 6, 'LE').map((l) => [l.address, l.port])).toEqual([
      ['::1', 5173],
      ['::', 9009],
      ['::ffff:127.0.0.1', 6379],
    ]);
  });

  it('keeps every bound UDP socket, connected or not', () => {
    expect(parseProcNet(UDP, 'udp', 4, 'LE').map((l) => [l.address, l.port, l.inode])).toEqual([
      ['0.0.0.0', 5353, 6001],
      ['127.0.0.1', 8125, 6002],
    ]);
  });
});

describe('decodeAddress', () => {
  it('reads 32-bit words in the byte order of the kernel that printed them', () => {
    expect(decodeAddress('0100007F', 'LE')).toBe('127.0.0.1');
    expect(decodeAddress('7F000001', 'BE')).toBe('127.0.0.1');
    expect(decodeAddress('0501A8C0', 'LE')).toBe('192.168.1.5');
    expect(decodeAddress('00000000000000000000000001000000', 'LE')).toBe('::1');
    expect(decodeAddress('00000000000000000000000000000001', 'BE')).toBe('::1');
    // fd00::2 on a little-endian kernel: words 000000FD 00000000 00000000 02000000.
    expect(decodeAddress('000000FD000000000000000002000000', 'LE')).toBe('fd00::2');
    expect(decodeAddress('B80D0120000000000000000001000000', 'LE')).toBe('2001:db8::1');
  });
});

describe('readProcTables on a procfs tree', () => {
  function fakeProc(tables: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'port-lint-proc-'));
    mkdirSync(path.join(root, 'net'));
    for (const [name, text] of Object.entries(tables)) writeFileSync(path.join(root, 'net', name), text);
    return root;
  }

  it('is undefined without net/tcp (not Linux, or no procfs)', () => {
    expect(readProcTables(fakeProc({}), 'LE')).toBeUndefined();
  });

  it('reads whichever tables exist: a kernel without IPv6 has no tcp6/udp6', () => {
    const tables = readProcTables(fakeProc({ tcp: TCP, udp: UDP }), 'LE')!;
    expect(tables.listeners.map((l) => `${l.protocol}${l.family} ${l.address}:${l.port}`)).toEqual([
      'tcp4 127.0.0.1:8000',
      'tcp4 0.0.0.0:3000',
      'udp4 0.0.0.0:5353',
      'udp4 127.0.0.1:8125',
    ]);
    expect(tables.unreadable).toEqual([]);
  });
});

describe('findOwners', () => {
  it('maps socket inodes to every process holding them through fd links, lowest pid first', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'port-lint-proc-'));
    const proc = (pid: number, comm: string, cmdline: string[], fds: Record<string, string>): void => {
      mkdirSync(path.join(root, String(pid), 'fd'), { recursive: true });
      writeFileSync(path.join(root, String(pid), 'comm'), `${comm}\n`);
      writeFileSync(path.join(root, String(pid), 'cmdline'), `${cmdline.join('\0')}\0`);
      for (const [fd, target] of Object.entries(fds)) symlinkSync(target, path.join(root, String(pid), 'fd', fd));
    };
    // A pre-forked server: master and worker share the listening socket.
    proc(300, 'gunicorn', ['/usr/bin/python3', '/usr/bin/gunicorn', 'app:app'], { '3': 'socket:[4242]' });
    proc(301, 'gunicorn', ['/usr/bin/python3', '/usr/bin/gunicorn', 'app:app'], { '3': 'socket:[4242]', '4': 'pipe:[77]' });
    proc(40, 'redis-server', ['redis-server *:6379'], { '6': 'socket:[5003]', '7': 'socket:[9999]' });
    const { owners } = findOwners(new Set([4242, 5003, 123456]), root);
    expect(owners.get(4242)).toEqual([
      { pid: 300, process: 'gunicorn', command: '/usr/bin/python3 /usr/bin/gunicorn app:app' },
      { pid: 301, process: 'gunicorn', command: '/usr/bin/python3 /usr/bin/gunicorn app:app' },
    ]);
    expect(owners.get(5003)).toEqual([{ pid: 40, process: 'redis-server', command: 'redis-server *:6379' }]);
    expect(owners.has(123456)).toBe(false);
  });
});

describe('parseLsof', () => {
  // `lsof -nP -w -i -F pcftPnT` as lsof 4.95 prints it (captured on Linux; macOS prints the same fields).
  const output = [
    'p812',
    'cnode',
    'f19',
    'tIPv4',
    'PTCP',
    'n127.0.0.1:37161',
    'TST=LISTEN',
    'TQR=0',
    'TQS=0',
    'f20',
    'tIPv6',
    'PUDP',
    'n[::1]:43090',
    'TQR=0',
    'TQS=0',
    'f21',
    'tIPv4',
    'PUDP',
    'n*:44545',
    'f22',
    'tIPv4',
    'PTCP',
    'n127.0.0.1:48020->127.0.0.1:37161',
    'TST=ESTABLISHED',
    'p900',
    'cnginx',
    'f6',
    'tIPv6',
    'PTCP',
    'n*:8080',
    'TST=LISTEN',
    '',
  ].join('\n');

  it('keeps TCP listeners and bound UDP sockets with their process', () => {
    expect(parseLsof(output).map((l) => [l.protocol, l.family, l.address, l.port, l.owners[0]?.pid, l.owners[0]?.process])).toEqual([
      ['tcp', 4, '127.0.0.1', 37161, 812, 'node'],
      ['udp', 6, '::1', 43090, 812, 'node'],
      ['udp', 4, '0.0.0.0', 44545, 812, 'node'],
      ['tcp', 6, '::', 8080, 900, 'nginx'],
    ]);
  });
});
