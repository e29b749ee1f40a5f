// Linux: listening TCP and bound UDP sockets from /proc/net/{tcp,tcp6,udp,udp6}, owners from /proc/<pid>/fd.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { endianness } from 'node:os';
import path from 'node:path';
import type { Listener, SocketOwner } from './listeners.js';

/** The kernel's TCP_LISTEN state, as /proc/net/tcp prints it. */
const TCP_LISTEN = '0A';

const TABLES = [
  { file: 'tcp', protocol: 'tcp', family: 4 },
  { file: 'tcp6', protocol: 'tcp', family: 6 },
  { file: 'udp', protocol: 'udp', family: 4 },
  { file: 'udp6', protocol: 'udp', family: 6 },
] as const;

export interface ProcTables {
  listeners: Listener[];
  /** Tables that exist but could not be read (a hardened /proc): their sockets are unknown. */
  unreadable: { file: string; protocol: 'tcp' | 'udp'; reason: string }[];
}

/**
 * Every listening TCP socket and every bound UDP socket of this network namespace, or undefined when
 * `<procRoot>/net/tcp` does not exist (not Linux, or no procfs). A missing tcp6/udp6 means the kernel
 * has no IPv6, hence no IPv6 sockets.
 */
export function readProcTables(procRoot = '/proc', byteOrder: 'LE' | 'BE' = endianness()): ProcTables | undefined {
  const listeners: Listener[] = [];
  const unreadable: ProcTables['unreadable'] = [];
  for (const table of TABLES) {
    let text: string;
    try {
      text = readFileSync(path.join(procRoot, 'net', table.file), 'latin1');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') {
        if (table.file === 'tcp') return undefined;
        continue;
      }
      unreadable.push({ file: path.join(procRoot, 'net', table.file), protocol: table.protocol, reason: code ?? String(err) });
      continue;
    }
    // A loop, not push(...): a table can hold more sockets than a call can take arguments.
    for (const l of parseProcNet(text, table.protocol, table.family, byteOrder)) listeners.push(l);
  }
  return { listeners, unreadable };
}

/** Parses one /proc/net table: `sl local_address rem_address st … uid timeout inode …` per line. */
export function parseProcNet(text: string, protocol: 'tcp' | 'udp', family: 4 | 6, byteOrder: 'LE' | 'BE'): Listener[] {
  const out: Listener[] = [];
  for (const line of text.split('\n').slice(1)) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 10) continue;
    const [, local, , state] = fields;
    const inode = Number(fields[9]);
    const colon = local!.lastIndexOf(':');
    const port = parseInt(local!.slice(colon + 1), 16);
    if (!(port > 0)) continue;
    // TCP: only listeners; a connected socket's local port is not something another service could take.
    // UDP has no listen(): any bound socket holds its port.
    if (protocol === 'tcp' && state !== TCP_LISTEN) continue;
    const listener: Listener = { protocol, family, address: decodeAddress(local!.slice(0, colon), byteOrder), port, owners: [] };
    if (Number.isInteger(inode) && inode > 0) listener.inode = inode;
    out.push(listener);
  }
  return out;
}

/**
 * The kernel prints addresses as 32-bit words in host byte order: 127.0.0.1 is "0100007F" on
 * little-endian machines and "7F000001" on big-endian ones; IPv6 is four such words.
 */
export function decodeAddress(hex: string, byteOrder: 'LE' | 'BE'): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes: number[] = [];
  for (const w of words) {
    const b = [0, 2, 4, 6].map((i) => parseInt(w.slice(i, i + 2), 16));
    bytes.push(...(byteOrder === 'LE' ? b.reverse() : b));
  }
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.length !== 16) return hex;
  const mapped = bytes.slice(0, 10).every((b) => b === 0) && bytes[10] === 0xff && bytes[11] === 0xff;
  if (mapped) return `::ffff:${bytes.slice(12).join('.')}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16));
  return compressIpv6(groups);
}

/** RFC 5952 text: the longest run of two or more zero groups becomes "::". */
function compressIpv6(groups: string[]): string {
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < groups.length && groups[j] === '0') j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLen).join(':')}`;
}

export interface OwnerLookup {
  owners: Map<number, SocketOwner[]>;
  /** Processes whose descriptors could not be read (other users' processes without privileges). */
  unreadable: number;
}

/**
 * Which processes hold the socket inodes `wanted`: every /proc/<pid>/fd/* link reading
 * `socket:[inode]`. A socket shared by a pre-forked server's workers has several owners, lowest pid
 * first. Processes we may not inspect are counted, never guessed.
 */
export function findOwners(wanted: ReadonlySet<number>, procRoot = '/proc'): OwnerLookup {
  const owners = new Map<number, SocketOwner[]>();
  let unreadable = 0;
  if (wanted.size === 0) return { owners, unreadable };
  let pids: number[];
  try {
    pids = readdirSync(procRoot)
      .filter((d) => /^[0-9]+$/.test(d))
      .map(Number)
      .sort((a, b) => a - b);
  } catch {
    return { owners, unreadable };
  }
  for (const pid of pids) {
    const fdDir = path.join(procRoot, String(pid), 'fd');
    let fds: string[];
    try {
      fds = readdirSync(fdDir);
    } catch (err) {
      // ENOENT: the process ended while we looked. EACCES: another user's process.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') unreadable++;
      continue;
    }
    let info: SocketOwner | undefined;
    let deniedLinks = 0;
    for (const fd of fds) {
      let link: string;
      try {
        link = readlinkSync(path.join(fdDir, fd));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') deniedLinks++;
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(link);
      if (!m) continue;
      const inode = Number(m[1]);
      if (!wanted.has(inode)) continue;
      info ??= processInfo(pid, procRoot);
      const list = owners.get(inode) ?? [];
      if (!list.some((o) => o.pid === pid)) list.push(info);
      owners.set(inode, list);
    }
    if (deniedLinks > 0 && deniedLinks === fds.length) unreadable++;
  }
  return { owners, unreadable };
}

/** A process's short name (comm) and command line; "unknown" where they cannot be read. */
export function processInfo(pid: number, procRoot = '/proc'): SocketOwner {
  const read = (file: string): string | undefined => {
    try {
      return readFileSync(path.join(procRoot, String(pid), file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const comm = read('comm')?.trim();
  const cmdline = read('cmdline')
    ?.split('\0')
    .filter((part) => part !== '')
    .join(' ');
  return { pid, process: comm || 'unknown', command: cmdline || comm || '' };
}
