// reserved-port: a service in ports.yaml, or a literal in the code, uses a port reserved for something else.
import { bindsHere } from '../src/attribution.js';
import { describeOccurrence } from '../src/describe.js';
import { boundService, isClientSide, isContainerSide, isReservedOwner } from '../src/occurrence-facts.js';
import { defineRule } from '../src/rule.js';
import { formatRange, inRange } from '../src/registry/registry.js';

export default defineRule({
  id: 'reserved-port',
  meta: {
    description: 'A port listed under `reserved` (owned by something outside the registry) is taken by a service of ports.yaml or bound in the code',
    severity: 'warning',
    scope: 'both',
    tags: ['ports', 'registry', 'conflict'],
    precision: 'high',
    messages: {
      serviceDefault: '{{service}} uses port {{port}}, which is reserved for {{owner}}{{note}}',
      serviceRange: 'Range {{range}} of {{service}} includes port {{port}}, which is reserved for {{owner}}{{note}}',
      code: 'Port {{port}} ({{what}}) is reserved for {{owner}}{{note}}; pick a port of your own',
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
      occurrence(o) {
        // Talking to the owner (a URL to Grafana on 3000) is what a reserved port is for; a container's
        // inside port binds nothing on the host. Only binding or publishing it clashes.
        if (o.comment || o.port === null || isClientSide(o) || isContainerSide(o)) return;
        // Only a bind clashes: `EMAIL_PORT=587` or `port = 8125` in a statsd client is configuration that
        // points at the owner, which is what the reservation is for. A listen, a published port, a server's
        // --port flag or a parameter default of a serve function take the port on this machine.
        if (!bindsHere(o)) return;
        // CONTIMG_DASHBOARD_DOCKER_PORT=3000: the registry's own finding on that service already says it.
        if (boundService(o, registry)) return;
        const r = registry.reservedFor(o.port);
        if (!r || isReservedOwner(o, r.service)) return;
        ctx.report({
          messageId: 'code',
          data: { port: o.port, what: describeOccurrence(o), owner: r.service, note: r.note ? ` (${r.note})` : '' },
          occurrence: o,
        });
      },
    };
  },
});
