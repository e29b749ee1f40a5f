// env-default-mismatch: a value given to a registered service's env var is in range but not the default.
import { isTestFile } from '../src/attribution.js';
import { boundService, envBinding } from '../src/occurrence-facts.js';
import { allowsPort } from '../src/registry/registry.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'env-default-mismatch',
  meta: {
    description: "A value or default given to a registered service's env var differs from the registered default",
    severity: 'warning',
    scope: 'code',
    tags: ['ports', 'configuration', 'drift'],
    precision: 'high',
    messages: {
      mismatch: '{{envVar}} is given {{port}} here, but ports.yaml says {{service}} defaults to {{default}} ({{where}}); use {{default}} or change the registry',
      instanceMismatch:
        '{{envVar}} is given {{port}} here, in instance {{instance}} of {{service}}, but ports.yaml gives {{instance}} {{expected}} ({{where}}); use {{expected}} or change the registry',
    },
    defaultOptions: {},
  },
  create(ctx) {
    return {
      occurrence(o) {
        // `monkeypatch.setenv("API_PORT", "8000")` in a test: the test's input (an override, a bad value to
        // reject), not the service's configuration.
        if (o.comment || o.port === null || isTestFile(o.file)) return;
        const service = boundService(o, ctx.registry);
        if (!service || !allowsPort(service, o.port)) return;
        // In an instance (redis-node-3's compose service, a file its globs name) the value expected is
        // the instance's; elsewhere any instance's value is one of the service's declared values.
        const instance = ctx.registry.instanceAt(service, o);
        if (instance) {
          if (o.port === instance.port) return;
          ctx.report({
            messageId: 'instanceMismatch',
            data: {
              envVar: envBinding(o)!,
              port: o.port,
              service: service.name,
              instance: instance.name,
              expected: instance.port,
              where: ctx.registry.where(instance.loc.port),
            },
            occurrence: o,
            service: service.name,
            ...(o.kind !== 'env-assign' && { fix: { range: o.range, text: String(instance.port) } }),
          });
          return;
        }
        if (o.port === service.default || service.instances.some((i) => i.port === o.port)) return;
        ctx.report({
          messageId: 'mismatch',
          data: {
            envVar: envBinding(o)!,
            port: o.port,
            service: service.name,
            default: service.default,
            where: ctx.registry.where(service.loc.default ?? service.loc.key),
          },
          occurrence: o,
          service: service.name,
          // A default that disagrees is drift; a value assigned (`API_PORT=8004` in .env.staging) may be meant.
          ...(o.kind !== 'env-assign' && { fix: { range: o.range, text: String(service.default) } }),
        });
      },
    };
  },
});
