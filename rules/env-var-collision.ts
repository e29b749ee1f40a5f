// env-var-collision: two services of ports.yaml read the same environment variable.
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'env-var-collision',
  meta: {
    description: 'Two services in ports.yaml read the same environment variable',
    severity: 'error',
    scope: 'registry',
    tags: ['ports', 'registry', 'correctness'],
    precision: 'very-high',
    messages: {
      collision: '{{service}} reads {{envVar}}, which {{other}} ({{where}}) reads too; setting it would move both services',
    },
    defaultOptions: {},
  },
  create(ctx) {
    return {
      registry() {
        const first = new Map<string, (typeof ctx.registry.services)[number]>();
        for (const s of ctx.registry.services) {
          if (!s.envVar) continue;
          const other = first.get(s.envVar);
          if (!other) {
            first.set(s.envVar, s);
            continue;
          }
          ctx.report({
            messageId: 'collision',
            data: { service: s.name, envVar: s.envVar, other: other.name, where: ctx.registry.where(other.loc.envVar ?? other.loc.key) },
            at: ctx.registryLocation(s.loc.envVar ?? s.loc.key),
            port: s.default,
            service: s.name,
          });
        }
      },
    };
  },
});
