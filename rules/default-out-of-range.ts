// default-out-of-range: a service's default port lies outside its own range in ports.yaml.
import { defineRule } from '../src/rule.js';
import { formatRange, inRange } from '../src/registry/registry.js';

export default defineRule({
  id: 'default-out-of-range',
  meta: {
    description: "A service's default port lies outside its own range",
    severity: 'error',
    scope: 'registry',
    tags: ['ports', 'registry', 'correctness'],
    precision: 'very-high',
    messages: {
      outside: 'Default port {{port}} of {{service}} is outside its range {{range}}; move the default into the range or widen the range',
    },
    defaultOptions: {},
  },
  create(ctx) {
    return {
      registry() {
        for (const s of ctx.registry.services) {
          if (inRange(s.default, s.range)) continue;
          ctx.report({
            messageId: 'outside',
            data: { port: s.default, service: s.name, range: formatRange(s.range) },
            at: ctx.registryLocation(s.loc.default ?? s.loc.key),
            port: s.default,
            service: s.name,
          });
        }
      },
    };
  },
});
