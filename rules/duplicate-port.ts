// duplicate-port: two services of ports.yaml share a default port, or their ranges overlap.
import { defineRule } from '../src/rule.js';
import { formatRange, rangesOverlap } from '../src/registry/registry.js';

export default defineRule({
  id: 'duplicate-port',
  meta: {
    description: 'Two services in ports.yaml share a default port, or their ranges overlap',
    severity: 'error',
    scope: 'registry',
    tags: ['ports', 'registry', 'correctness'],
    precision: 'very-high',
    messages: {
      sharedDefault: 'Port {{port}} is the default of both {{other}} ({{where}}) and {{service}}; give each service its own port',
      overlap:
        "Range {{range}} of {{service}} overlaps range {{otherRange}} of {{other}} ({{where}}); a fallback could hand one service the other's port",
    },
    defaultOptions: {},
  },
  create(ctx) {
    return {
      registry() {
        const services = ctx.registry.services;
        services.forEach((service, i) => {
          for (const other of services.slice(0, i)) {
            if (service.default === other.default) {
              ctx.report({
                messageId: 'sharedDefault',
                data: { port: service.default, service: service.name, other: other.name, where: ctx.registry.where(other.loc.key) },
                at: ctx.registryLocation(service.loc.default ?? service.loc.key),
                port: service.default,
                service: service.name,
              });
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
      },
    };
  },
});
