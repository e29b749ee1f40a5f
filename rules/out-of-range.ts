// out-of-range: a value given to a registered service's env var lies outside that service's range.
import { isTestFile } from '../src/attribution.js';
import { AlternativeDefaults, boundService, envBinding } from '../src/occurrence-facts.js';
import { allowsPort, formatInstances, formatRange } from '../src/registry/registry.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'out-of-range',
  meta: {
    description: "A value given to a registered service's env var lies outside the service's range",
    severity: 'error',
    scope: 'code',
    tags: ['ports', 'configuration', 'correctness'],
    precision: 'very-high',
    messages: {
      outside: '{{envVar}} is given {{port}} here, outside the ports allowed for {{service}} ({{range}}, {{where}}); the service will refuse it',
      outsideInstances:
        "{{envVar}} is given {{port}} here, neither in {{service}}'s range {{range}} nor an instance's port ({{instances}}; {{where}}); the service will refuse it",
    },
    defaultOptions: {},
  },
  create(ctx) {
    const alternatives = new AlternativeDefaults(ctx.registry, isTestFile);
    return {
      end() {
        alternatives.end();
      },
      occurrence(o) {
        alternatives.see(o);
        // `monkeypatch.setenv("API_PORT", "8000")` in a test: the test's input (an override, a bad value to
        // reject), not the service's configuration.
        if (o.comment || o.port === null || isTestFile(o.file)) return;
        const service = boundService(o, ctx.registry);
        // An instance's port (REDIS_PORT_NUMBER=7003 for redis-node-3) is allowed too; whether it is the
        // right instance's is env-default-mismatch's question.
        if (!service || allowsPort(service, o.port)) return;
        // PAPERLESS_DBPORT=3306 where postgres reads PAPERLESS_DBPORT and mariadb is registered on 3306 with no
        // variable of its own: one client setting pointed at the other, fixed-port service (the MariaDB
        // alternative of the stack), not postgres moved outside its range.
        const port = o.port;
        if (ctx.registry.servicesForPort(port).some((other) => other !== service && other.envVar === null && other.default === port)) return;
        alternatives.hold(o, () => ctx.report({
          messageId: service.instances.length > 0 ? 'outsideInstances' : 'outside',
          data: {
            envVar: envBinding(o)!,
            port: o.port!,
            range: formatRange(service.range),
            instances: formatInstances(service),
            service: service.name,
            where: ctx.registry.where(service.loc.range ?? service.loc.default ?? service.loc.key),
          },
          occurrence: o,
          service: service.name,
        }));
      },
    };
  },
});
