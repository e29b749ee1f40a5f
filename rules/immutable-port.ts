// immutable-port: an immutable service's port is overridden — its env var set, or published elsewhere.
import { boundService, envBinding } from '../src/occurrence-facts.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'immutable-port',
  meta: {
    description: "An immutable service's port is overridden: its env var is set, or it is published on another port",
    severity: 'error',
    scope: 'code',
    tags: ['ports', 'correctness'],
    precision: 'very-high',
    messages: {
      envSet: '{{service}} is immutable ({{where}}): {{envVar}} must not override its port {{default}}',
      republished: 'Container port {{default}} of immutable {{service}} is published on {{port}} ({{where}}): clients expect {{default}} on the host',
    },
    defaultOptions: {},
  },
  create(ctx) {
    const immutable = ctx.registry.services.filter((s) => s.immutable);
    return {
      occurrence(o) {
        if (o.comment || immutable.length === 0) return;
        const bound = boundService(o, ctx.registry);
        if (bound?.immutable && (o.port === null || o.port !== bound.default || o.kind === 'env-assign')) {
          ctx.report({
            messageId: 'envSet',
            data: { service: bound.name, envVar: envBinding(o)!, default: bound.default, where: ctx.registry.where(bound.loc.key) },
            occurrence: o,
            service: bound.name,
          });
          return;
        }
        if (o.kind === 'publish-host' && o.port !== null && o.target !== undefined) {
          const s = immutable.find((x) => x.default === o.target && x.default !== o.port);
          if (!s) return;
          ctx.report({
            messageId: 'republished',
            data: { service: s.name, default: s.default, port: o.port, where: ctx.registry.where(s.loc.key) },
            occurrence: o,
            service: s.name,
          });
        }
      },
    };
  },
});
