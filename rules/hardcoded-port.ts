// hardcoded-port: a literal equal to a registered service's port, outside the places allowed to hold it.
import { isExternalHost } from '../src/describe.js';
import { isPortName } from '../src/extract/port-text.js';
import { boundService, envBinding, isContainerSide, isReservedOwner, lookupExample } from '../src/occurrence-facts.js';
import { defineRule } from '../src/rule.js';

export default defineRule({
  id: 'hardcoded-port',
  meta: {
    description: "A literal equal to a registered service's port, where the code should read it from the registry",
    severity: 'error',
    scope: 'code',
    tags: ['ports', 'hardcoded', 'maintainability'],
    precision: 'high',
    messages: {
      hardcoded: 'Port {{port}} of {{service}} is hardcoded; read {{envVar}} instead: {{example}}',
      hardcodedInRange: 'Port {{port}} is in the range {{range}} of {{service}} and is hardcoded; read {{envVar}} instead: {{example}}',
      immutable:
        'Port {{port}} of {{service}} is fixed (immutable, {{where}}) and repeated here; inside the stack address it by its service name ({{service}}:{{port}}), elsewhere read it from a file generated from ports.yaml (`port-lint generate`)',
      noVariable:
        'Port {{port}} of {{service}} is hardcoded, and ports.yaml gives {{service}} no env var ({{where}}); if its image or protocol fixes the port, mark it `immutable: true` there, and if it can change, give it an env_var and read that here',
      noVariableBound:
        'Port {{port}} of {{service}} is given to {{binding}} here, but ports.yaml gives {{service}} no env var ({{where}}); if {{binding}} is how {{service}} is configured, write `env_var: {{binding}}` there, and if its image or protocol fixes the port, mark it `immutable: true`',
      instance:
        'Port {{port}} of instance {{instance}} of {{service}} ({{where}}) is hardcoded; {{envVar}} has another value in each instance, so reach it by its name inside the stack ({{instance}}:{{port}}) or read it from a file generated from ports.yaml (`port-lint generate`)',
    },
    defaultOptions: {},
  },
  create(ctx) {
    const registry = ctx.registry;
    return {
      occurrence(o) {
        if (o.comment || o.port === null || isContainerSide(o)) return;
        if ((o.kind === 'url' || o.kind === 'address') && isExternalHost(o.host)) return;
        const service = registry.serviceForPort(o.port);
        if (!service) return;
        // Grafana publishing 3000, which is reserved for it: the owner's own port, not a copy of ours.
        const reserved = registry.reservedFor(o.port);
        if (reserved && isReservedOwner(o, reserved.service)) return;
        // A lookup of the service's own variable (`${CONTIMG_API_PORT:-8000}`, CONTIMG_API_PORT=8000 in
        // an env file) is configuration, checked by out-of-range and env-default-mismatch instead.
        if (boundService(o, registry)) return;
        // CONTIMG_HEALTH_PORT=8003 inside api's fallback range: another (unregistered) service's port,
        // which unknown-port-variable and undocumented-port speak about, not a copy of api's.
        const binding = envBinding(o);
        if (binding && o.port !== service.default && isPortName(binding)) return;
        const where = registry.where(service.loc.default ?? service.loc.key);
        if (service.immutable || !service.envVar) {
          // `kafka:9092` in a config of the stack, kafka publishing 9092: the fixed port used as intended,
          // not a copy that should read a variable (fixtures/rules/hardcoded-port/stack.env).
          if (isOwnAddress(o, service)) return;
          // KAFKA_PORT=9092 in .env, os.environ.get("JAEGER_UI_PORT", "16686"): the repository already has the
          // variable the registry lacks, so name it.
          if (!service.immutable && binding !== undefined && isPortName(binding)) {
            ctx.report({ messageId: 'noVariableBound', data: { port: o.port, service: service.name, where, binding }, occurrence: o, service: service.name });
            return;
          }
          ctx.report({ messageId: service.immutable ? 'immutable' : 'noVariable', data: { port: o.port, service: service.name, where }, occurrence: o, service: service.name });
          return;
        }
        // An instance's port (7003 of redis-node-3): its own compose service and files hold it as that
        // container's value; elsewhere there is no one variable to read, since each instance has its own.
        const instance = o.port === service.default ? undefined : service.instances.find((i) => i.port === o.port);
        if (instance) {
          if (registry.instanceAt(service, o) === instance || (o.host !== undefined && isOwnName(o.host, instance.name))) return;
          ctx.report({
            messageId: 'instance',
            data: { port: o.port, service: service.name, instance: instance.name, envVar: service.envVar, where: registry.where(instance.loc.port) },
            occurrence: o,
            service: service.name,
          });
          return;
        }
        const exact = service.default === o.port;
        ctx.report({
          messageId: exact ? 'hardcoded' : 'hardcodedInRange',
          data: {
            port: o.port,
            service: service.name,
            envVar: service.envVar,
            range: `${service.range[0]}-${service.range[1]}`,
            example: lookupExample(o.language, service.envVar, service.default),
          },
          occurrence: o,
          service: service.name,
          // Only the default itself becomes a lookup: `${VAR:-8000}` for 8000 keeps the value; for another
          // port of the range it would not.
          // Nor a range (`"8000-8001:…"`), nor a shell loop's or comparison's bound.
          // Nor the default of another variable (`${API_PORT:-8000}`): wrapping it would nest a lookup in a
          // lookup, one more layer each run; which variable should win is a person's decision.
          ...(exact &&
            o.portEnd === undefined &&
            o.variable === undefined &&
            !(o.language === 'shell' && o.kind === 'constant') && { fix: { range: o.range, lookup: { envVar: service.envVar, port: service.default } } }),
        });
      },
    };
  },
});

/** Loosely equal names: `Kafka-Broker` ~ `kafka_broker`. */
function sameName(a: string, b: string): boolean {
  const norm = (x: string): string => x.toLowerCase().replace(/[-.\s]+/g, '_');
  return norm(a) === norm(b);
}

/**
 * An occurrence that reaches a service by the service's own name on the container network
 * (`kafka:9092`, `http://kafka.svc:9092`: the first label of a dotted name), or that is the service's
 * own compose service publishing its port.
 */
// Types imported inline: the import block at the top is another change's (attribution) territory.
function isOwnAddress(o: import('../src/types.js').PortOccurrence, service: import('../src/registry/types.js').Service): boolean {
  const names = [service.name, ...service.instances.map((i) => i.name)];
  if (o.kind === 'publish-host' && o.service !== undefined && names.some((n) => sameName(o.service!, n))) return true;
  return o.host !== undefined && names.some((n) => isOwnName(o.host!, n));
}

/** A host that is `name` on the container network: the name itself, or the first label of a dotted name. */
function isOwnName(host: string, name: string): boolean {
  if (/^[\d.]+$|:/.test(host)) return false;
  return sameName(host.split('.')[0]!, name);
}
