// publish-conflict: two compose services publish the same host port, or one publishes another service's port.
import path from 'node:path';
import { formatPorts } from '../src/describe.js';
import { normalizeServiceName } from '../src/occurrence-facts.js';
import { formatRange, inRange } from '../src/registry/registry.js';
import type { Service } from '../src/registry/types.js';
import { defineRule } from '../src/rule.js';
import type { PortOccurrence } from '../src/types.js';

const ALL_INTERFACES = new Set(['', '0.0.0.0', '::', '[::]', '*']);

function sameInterface(a: PortOccurrence, b: PortOccurrence): boolean {
  const ia = a.hostIp ?? '';
  const ib = b.hostIp ?? '';
  return ALL_INTERFACES.has(ia) || ALL_INTERFACES.has(ib) || ia === ib;
}

function overlap(a: PortOccurrence, b: PortOccurrence): boolean {
  return a.port! <= (b.portEnd ?? b.port!) && b.port! <= (a.portEnd ?? a.port!);
}

/** Compose merges the base file first, then overrides, then the rest: report a clash where it is introduced. */
function fileRank(file: string): number {
  const base = path.posix.basename(file);
  if (/^(?:docker-)?compose\.ya?ml$/.test(base)) return 0;
  if (/\.override\.ya?ml$/.test(base)) return 1;
  return 2;
}

/**
 * Files `docker compose up` reads together without `-f`: one file with itself, or the base file with
 * its override. Others (docker-compose.dev.yml, compose.prod.yaml) are alternatives or opt-in layers.
 */
function mergedByDefault(a: string, b: string): boolean {
  if (a === b) return true;
  const ranks = [fileRank(a), fileRank(b)].sort();
  return ranks[0] === 0 && ranks[1] === 1;
}

function disjointProfiles(a: PortOccurrence, b: PortOccurrence): boolean {
  const pa = a.profiles ?? [];
  const pb = b.profiles ?? [];
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p));
}

/** One name extends the other (`dashboard` / `dashboard_docker`, `api` / `api-backup`). */
function relatedNames(a: string, b: string): boolean {
  const x = normalizeServiceName(a);
  const y = normalizeServiceName(b);
  return x !== y && (x.startsWith(`${y}_`) || y.startsWith(`${x}_`));
}

export default defineRule({
  id: 'publish-conflict',
  meta: {
    description:
      'Two compose services publish the same host port (within one file or across the compose files of one directory), or a compose service publishes another registered service\'s port',
    severity: 'error',
    scope: 'code',
    tags: ['ports', 'compose', 'conflict'],
    precision: 'very-high',
    messages: {
      conflict: 'Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; the second to start fails to bind',
      conflictFiles:
        'Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; their files are merged only when given together (`-f`), and then they clash',
      conflictProfiles:
        'Host port {{port}} is published by compose services {{other}} ({{where}}) and {{service}}; their profiles ({{otherProfiles}} / {{profiles}}) are disjoint, so they clash only when both profiles are enabled',
      foreign: 'Compose service {{service}} publishes {{port}}, the port of {{owner}} in ports.yaml ({{where}}); {{service}} is registered with {{own}}',
    },
    defaultOptions: {},
  },
  create(ctx) {
    const registry = ctx.registry;
    const byProject = new Map<string, PortOccurrence[]>();
    /** The registry service a compose service is: same name (dashboard-dev ~ dashboard_dev), or the owner of the variable it publishes. */
    const identity = (o: PortOccurrence): Service | undefined =>
      registry.service(normalizeServiceName(o.service!)) ??
      registry.services.find((s) => normalizeServiceName(s.name) === normalizeServiceName(o.service!)) ??
      (o.variable ? registry.serviceForEnvVar(o.variable) : undefined);
    return {
      occurrence(o) {
        if (o.comment || o.kind !== 'publish-host' || o.port === null || o.service === undefined) return;
        const dir = path.posix.dirname(o.file);
        const list = byProject.get(dir);
        if (list) list.push(o);
        else byProject.set(dir, [o]);
        const self = identity(o);
        if (!self || inRange(o.port, self.range)) return;
        const owners = registry.servicesForPort(o.port).filter((s) => s !== self);
        // `dashboard` publishing 3000 may well be `dashboard_docker`: when a service owning the port has
        // a related name, the name match to `self` is not strong enough to call the port foreign.
        const owner = owners[0];
        if (!owner || owners.some((s) => relatedNames(s.name, o.service!))) return;
        ctx.report({
          messageId: 'foreign',
          data: {
            service: o.service,
            port: formatPorts(o),
            owner: owner.name,
            where: registry.where(owner.loc.default ?? owner.loc.key),
            own: self.envVar ? `${formatRange(self.range)} (${self.envVar})` : formatRange(self.range),
          },
          occurrence: o,
          service: self.name,
        });
      },
      end() {
        for (const unsorted of byProject.values()) {
          const list = unsorted
            .map((o, i) => ({ o, i }))
            .sort((a, b) => fileRank(a.o.file) - fileRank(b.o.file) || a.i - b.i)
            .map((x) => x.o);
          list.forEach((o, i) => {
            const other = list
              .slice(0, i)
              .find((p) => p.service !== o.service && (p.protocol ?? 'tcp') === (o.protocol ?? 'tcp') && sameInterface(p, o) && overlap(p, o));
            if (!other) return;
            const where = `${other.file}:${other.range.start.line}`;
            const data = { port: formatPorts(o), service: o.service!, other: other.service!, where };
            if (!mergedByDefault(o.file, other.file)) {
              ctx.report({ messageId: 'conflictFiles', data, occurrence: o, severity: 'warning' });
            } else if (disjointProfiles(o, other)) {
              ctx.report({
                messageId: 'conflictProfiles',
                data: { ...data, profiles: o.profiles!.join(', '), otherProfiles: other.profiles!.join(', ') },
                occurrence: o,
                severity: 'warning',
              });
            } else {
              ctx.report({ messageId: 'conflict', data, occurrence: o });
            }
          });
        }
      },
    };
  },
});
