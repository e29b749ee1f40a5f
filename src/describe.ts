// Words for occurrences in messages: "published by compose service api", "in URL …", "default of X".
import type { PortOccurrence } from './types.js';

export function formatPorts(o: Pick<PortOccurrence, 'port' | 'portEnd'>): string {
  return o.portEnd !== undefined && o.portEnd !== o.port ? `${o.port}-${o.portEnd}` : String(o.port);
}

/** A short phrase saying what the port is doing where it is written. */
export function describeOccurrence(o: PortOccurrence): string {
  const svc = o.service ? ` of compose service ${o.service}` : '';
  switch (o.kind) {
    case 'publish-host':
      return `published on the host${svc}`;
    case 'publish-container':
      return `container port${svc}`;
    case 'expose':
      return `exposed${svc}`;
    case 'listen':
      return 'listened on';
    case 'connect':
      return `connected to${o.host ? ` ${o.host}` : ''}`;
    case 'url': {
      const scheme = o.scheme ? `${o.scheme} ` : '';
      return `in ${/^[aeiou]/i.test(scheme) ? 'an' : 'a'} ${scheme}URL to ${o.host ?? 'a host'}`;
    }
    case 'address':
      return o.host ? `address ${o.host}:${o.port}` : `listen address :${o.port}`;
    case 'env-assign':
      return `assigned to ${o.name ?? o.variable ?? 'a variable'}`;
    case 'env-default':
      return `default of ${o.variable ?? o.name ?? 'an env lookup'}`;
    case 'cli-flag':
      return `given to ${o.name ?? 'a flag'}`;
    case 'property':
      return `value of ${o.name ?? 'a port key'}`;
    case 'parameter-default':
      return `default of parameter ${o.name ?? ''}`.trim();
    case 'constant':
      return `constant ${o.name ?? ''}`.trim();
    case 'argument':
      return `argument${o.name ? ` of ${o.name}` : ''}`;
  }
}

// Not `.example` or `.invalid` (RFC 2606): documentation's stand-ins for someone else's host, not this machine's.
const LOCAL_SUFFIXES = ['.local', '.internal', '.localhost', '.lan', '.svc', '.home', '.test', '.localdomain'];

/** Whether a URL/address host is outside the deployment (a public domain), not a local or service name. */
export function isExternalHost(host: string | undefined): boolean {
  if (!host) return false;
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!h.includes('.')) return false;
  if (/^[\d.]+$/.test(h) || h.includes(':') || h.startsWith('$') || h.startsWith('{')) return false;
  if (h.endsWith('.cluster.local') || LOCAL_SUFFIXES.some((s) => h.endsWith(s))) return false;
  return true;
}
