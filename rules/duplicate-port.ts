// duplicate-port: two services of ports.yaml share a default port, or their ranges overlap.
import { defineRule } from '../src/rule.js';
import { formatRange, inRange, rangesOverlap } from '../src/registry/registry.js';
import type { Instance, Service } from '../src/registry/types.js';

export default defineRule({
  id: 'duplicate-port',
  meta: {
    description: 'Two services in ports.yaml share a default port, or their ranges overlap',
    severity: 'error',
    scope: 'both',
    tags: ['ports', 'registry', 'correctness'],
    precision: 'very-high',
    messages: {
      sharedDefault: 'Port {{port}} is the default of both {{other}} ({{where}}) and {{service}}; give each service its own port',
      overlap:
        "Range {{range}} of {{service}} overlaps range {{otherRange}} of {{other}} ({{where}}); a fallback could hand one service the other's port",
      instance:
        'Port {{port}} of instance {{instance}} of {{service}} is {{what}} ({{where}}); give the instance a port no other service has',
    },
    defaultOptions: {},
  },
  create(ctx) {
    /** Shared defaults, reported at the end: two containers may each listen on 8080 (see inContainersOnly). */
    const shared: [Service, Service][] = [];
    /** Services a compose file runs, and those of them whose port a compose file publishes on the host. */
    const composed = new Set<Service>();
    const published = new Set<Service>();
    return {
      occurrence(o) {
        // A compose document is read as one wherever it is (`monitoring.yml`): its occurrences name their service.
        if (o.language !== 'compose' && o.service === undefined) return;
        const byVar = o.variable !== undefined ? ctx.registry.serviceForEnvVar(o.variable) : undefined;
        const byService = o.service !== undefined ? ctx.attribution.serviceForHost(o.service) : undefined;
        for (const s of [byVar, byService]) {
          if (!s) continue;
          composed.add(s);
          if (o.kind === 'publish-host' && (s === byVar || o.port === s.default)) published.add(s);
        }
      },
      end() {
        for (const [service, other] of shared) {
          // envoy, frontend and firepit on 8080 in containers of their own, only envoy's published on the
          // host: nothing clashes (each container has its own network namespace).
          if (composed.has(service) && composed.has(other) && !(published.has(service) && published.has(other))) continue;
          ctx.report({
            messageId: 'sharedDefault',
            data: { port: service.default, service: service.name, other: other.name, where: ctx.registry.where(other.loc.key) },
            at: ctx.registryLocation(service.loc.default ?? service.loc.key),
            port: service.default,
            service: service.name,
          });
        }
      },
      registry() {
        const services = ctx.registry.services;
        services.forEach((service, i) => {
          for (const other of services.slice(0, i)) {
            if (service.default === other.default) {
              shared.push([service, other]);
            } else if (rangesOverlap(service.range, other.range)) {
              ctx.report({
                messageId: 'overlap',
                data: {
                  service: service.name,
                  range: formatRange(service.range),
                  other: other.name,
                  otherRange: formatRange(other.range),
                  where: ctx.registry.where(other.loc.range ?? other.loc.key),
                },
                at: ctx.registryLocation(service.loc.range ?? service.loc.default ?? service.loc.key),
                port: Math.max(service.range[0], other.range[0]),
                service: service.name,
              });
            }
          }
        });
        // Instances of one service may share a port (each container has its own network namespace), but
        // a port of another service's is ambiguous wherever it is written: whose is it?
        for (const service of services) {
          for (const instance of service.instances) {
            const clash = otherOwner(services, service, instance);
            if (!clash) continue;
            ctx.report({
              messageId: 'instance',
              data: { port: instance.port, instance: instance.name, service: service.name, what: clash.what, where: clash.where },
              at: ctx.registryLocation(instance.loc.port),
              port: instance.port,
              service: service.name,
            });
          }
        }
      },
    };

    /** The first other service that has the instance's port: as its default, in its range, or as an instance's. */
    function otherOwner(services: Service[], self: Service, instance: Instance): { what: string; where: string } | undefined {
      const where = (range: Parameters<typeof ctx.registry.where>[0]): string => ctx.registry.where(range);
      let before = true;
      for (const other of services) {
        if (other === self) {
          before = false;
          continue;
        }
        if (other.default === instance.port) return { what: `the default of ${other.name}`, where: where(other.loc.default ?? other.loc.key) };
        if (inRange(instance.port, other.range))
          return { what: `in the range ${formatRange(other.range)} of ${other.name}`, where: where(other.loc.range ?? other.loc.key) };
        // Two services' instances on one port: reported once, at the later one.
        const theirs = before ? other.instances.find((i) => i.port === instance.port) : undefined;
        if (theirs) return { what: `the port of instance ${theirs.name} of ${other.name}`, where: where(theirs.loc.port) };
      }
      return undefined;
    }
  },
});
