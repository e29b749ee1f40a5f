// reserved-port: a service in ports.yaml, or a literal in the code, uses a port reserved for something else.
import { defineRule } from '../src/rule.js';
import { formatRange, inRange } from '../src/registry/registry.js';

export default defineRule({
  id: 'reserved-port',
  meta: {
    description: 'A port listed under `reserved` (owned by something outside the registry) is used by a service or in the code',
    severity: 'warning',
    scope: 'registry',
    tags: ['ports', 'registry', 'conflict'],
    precision: 'high',
    messages: {
      serviceDefault: '{{service}} uses port {{port}}, which is reserved for {{owner}}{{note}}',
      serviceRange: 'Range {{range}} of {{service}} includes port {{port}}, which is reserved for {{owner}}{{note}}',
    },
    defaultOptions: {},
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      registry() {
        for (const s of registry.services) {
          for (const r of registry.reserved) {
            if (!inRange(r.port, s.range) && s.default !== r.port) continue;
            const isDefault = s.default === r.port;
            ctx.report({
              messageId: isDefault ? 'serviceDefault' : 'serviceRange',
              data: {
                service: s.name,
                port: r.port,
                range: formatRange(s.range),
                owner: r.service,
                note: r.note ? ` (${r.note})` : '',
              },
              at: ctx.registryLocation((isDefault ? s.loc.default : s.loc.range) ?? s.loc.key),
              port: r.port,
              service: s.name,
            });
          }
        }
      },
    };
  },
});
