// What `port-lint init` may take as evidence that a port is a service of this repository: not a test, not
// a port on someone else's host, not the well-known port of a protocol the code is a client of.
import path from 'node:path';
import { isOtherMachineIp, isTestFile } from './attribution.js';
import { isExternalHost } from './describe.js';
import { isClientSide } from './occurrence-facts.js';
import type { PortOccurrence } from './types.js';

/**
 * Well-known ports of protocols: a repository binds them only as a reverse proxy or a protocol server,
 * and far more often reaches someone else's (a mail server's 587, a URL's 443). Never a `ports` entry.
 */
export const WELL_KNOWN_PORTS: ReadonlyMap<number, string> = new Map([
  [20, 'FTP data'],
  [21, 'FTP'],
  [22, 'SSH'],
  [23, 'Telnet'],
  [25, 'SMTP'],
  [53, 'DNS'],
  [80, 'HTTP'],
  [110, 'POP3'],
  [143, 'IMAP'],
  [389, 'LDAP'],
  [443, 'HTTPS'],
  [465, 'SMTPS'],
  [587, 'SMTP submission'],
  [636, 'LDAPS'],
  [993, 'IMAPS'],
  [995, 'POP3S'],
  // Metrics sinks an application reports to (statsd, Graphite's plaintext port).
  [2003, 'Graphite'],
  [8125, 'StatsD'],
]);

/**
 * A file that only tests run: its ports are inputs and expectations of tests, not ports the deployed
 * code binds — attribution.ts's test files, and (init judges paths below the folder it was pointed at)
 * fixture and mock folders too.
 */
export function isTestPath(file: string): boolean {
  return isTestFile(file) || /(?:^|\/)(?:__fixtures__|fixtures|mocks)\//i.test(file);
}

/**
 * A host that is not this deployment: a public domain, or an IP address that is neither a loopback nor
 * the wildcard (`10.0.1.5:6379` in a test of someone else's Redis). Compose service names and other
 * single-word hosts are local.
 */
export function isForeignHost(host: string | undefined): boolean {
  return isOtherMachineIp(host) || isExternalHost(host);
}

/** A URL, address or connect whose host is not this deployment's. */
export function reachesForeignHost(o: PortOccurrence): boolean {
  return isClientSide(o) && isForeignHost(o.host);
}

/**
 * A variable set inside one container (compose `environment:`, Dockerfile `ENV`/`ARG`): the image's own
 * setting, which nothing on the host reads, so not a variable to register (`GF_SERVER_HTTP_PORT`).
 */
export function isContainerSetting(o: PortOccurrence): boolean {
  return o.kind === 'env-assign' && (o.language === 'dockerfile' || (o.language === 'compose' && o.service !== undefined));
}

/** An upper-case variable as an environment would carry it (`POSTGRES_HOST_PORT`), not a shell local. */
export function isEnvVariableName(name: string): boolean {
  return /^[A-Z][A-Z0-9_]*$/.test(name);
}

/** Names that say nothing about which service a port is (`p`, `service`, `port_8080`, `available`). */
const PLACEHOLDER_NAMES = new Set([
  'a', 'all', 'available', 'base', 'bind', 'custom', 'default', 'dest', 'destination', 'dev', 'docker', 'external',
  'expose', 'exposed', 'first', 'forward', 'forwarded', 'free', 'host', 'http', 'https', 'internal', 'listen', 'local', 'main', 'my', 'new', 'next', 'old', 'other',
  'port', 'ports', 'primary', 'private', 'public', 'random', 'range', 'ranges', 'remote', 'second', 'secondary', 'server',
  'servers', 'service', 'services', 'src', 'source', 'target', 'tcp', 'test', 'the', 'udp', 'value'
]);

export function isPlaceholderName(name: string): boolean {
  if (name.length < 2 || PLACEHOLDER_NAMES.has(name)) return true;
  if (/^\d|(^|_)\d+$/.test(name)) return true; // port_8080, p_2, 3000
  const words = name.split('_');
  return words.some((w) => w === 'range' || w === 'ranges') || words.every((w) => PLACEHOLDER_NAMES.has(w));
}

const DOCKERFILE_DIR_PLACEHOLDERS = new Set(['.', '', 'docker', 'build', 'ops', 'deploy', 'deployment', 'images', 'image', 'src', 'app', 'container', 'containers']);

/** `src/opamp-server/Dockerfile` → `opamp-server` (`file` relative to the scanned folder): a Dockerfile's folder usually names its image. */
export function dockerfileImageName(file: string): string | undefined {
  // A Dockerfile at the top is the repository's own image: its folder is wherever it was cloned to.
  if (!file.includes('/')) return undefined;
  const dir = path.posix.basename(path.posix.dirname(file));
  return DOCKERFILE_DIR_PLACEHOLDERS.has(dir.toLowerCase()) ? undefined : dir;
}
