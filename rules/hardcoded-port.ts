// hardcoded-port: a literal equal to a registered service's port, outside the places allowed to hold it.
import { distinctiveWords, impliedVariable, isContainerScript, isDataFile, isLocalHost, isTestFile, overrideDefaultOf, type Evidence } from '../src/attribution.js';
import { isPortName } from '../src/extract/port-text.js';
import { boundService, envBinding, isClientSide, isContainerSide, isReservedOwner, normalizeServiceName, readAdvice } from '../src/occurrence-facts.js';
import { defineRule } from '../src/rule.js';
import type { Service } from '../src/registry/types.js';
import type { PortOccurrence } from '../src/types.js';

export default defineRule({
  id: 'hardcoded-port',
  meta: {
    description: "A literal equal to a registered service's port, where the code should read it from the registry",
    severity: 'error',
    scope: 'code',
    tags: ['ports', 'hardcoded', 'maintainability'],
    precision: 'high',
    messages: {
      hardcoded: 'Port {{port}} of {{service}} is hardcoded; {{advice}}',
      hardcodedData: 'Port {{port}} of {{service}} is hardcoded here and {{more}} more {{times}} in this data file; {{advice}}',
      otherVariable:
        'Port {{port}} of {{service}} is the default of {{binding}} here, but ports.yaml says {{service}} reads {{envVar}}; read {{envVar}} instead, or make {{binding}} its env_var in ports.yaml',
      urlDefault:
        'Port {{port}} of {{service}} is written in the default of {{binding}} here, which ports.yaml does not know; ports.yaml says {{service}} reads {{envVar}}: build the default from {{envVar}}, or leave the address to {{binding}} and suppress this line',
      hardcodedInRange: 'Port {{port}} is in the range {{range}} of {{service}} and is hardcoded; {{advice}}',
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
    /** Data files (recordings, reports, fixtures): one finding per file and port, with the count. */
    const inData = new Map<string, { o: PortOccurrence; service: Service; evidence: Evidence[]; count: number }>();
    /** Where each variable is read: on the host side of a published port, inside containers, or anywhere. */
    const reach = new Map<string, { host: boolean; container: boolean }>();
    /** Reports that depend on where the service's variable reaches, decided once every occurrence is seen. */
    const sided: { side: 'host' | 'container'; envVar: string; report: () => void }[] = [];
    return {
      end() {
        for (const { side, envVar, report } of sided) {
          const r = reach.get(envVar);
          // `127.0.0.1:${JICOFO_REST_PORT:-8888}:8888`: the variable moves the host side only, so `jicofo:8888`
          // on the container network is the fixed container port; PAPERLESS_PORT, read only inside the image,
          // does not move the `"8000:8000"` a compose file publishes. A variable read nowhere could go anywhere.
          if (!r || r[side]) report();
        }
        for (const { o, service, evidence, count } of inData.values()) {
          const advice = readAdvice(o, service.envVar!, service.default);
          if (count === 1) ctx.report({ messageId: 'hardcoded', data: { port: o.port!, service: service.name, advice }, occurrence: o, service: service.name, evidence });
          else {
            const data = { port: o.port!, service: service.name, advice, more: count - 1, times: count === 2 ? 'time' : 'times' };
            ctx.report({ messageId: 'hardcodedData', data, occurrence: o, service: service.name, evidence });
          }
        }
      },
      occurrence(o) {
        if (!o.comment) {
          // The variable the literal belongs to, and every variable the line expands: in
          // `${GRANIAN_PORT:-${PAPERLESS_PORT:-8000}}` the port is GRANIAN_PORT's, but PAPERLESS_PORT is read there too.
          // (Not on a compose line: `"127.0.0.1:${DOCS_PORT:-8101}:8101"` reads DOCS_PORT on its host side only.)
          const compose = o.language === 'compose' || o.service !== undefined;
          const reads = new Set(compose ? [] : [...o.snippet.matchAll(/\$\{?([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1]!));
          const read = envBinding(o);
          if (read !== undefined) reads.add(read);
          const side = sideOf(o);
          for (const v of reads) {
            const r = reach.get(v) ?? { host: false, container: false };
            if (side !== 'container') r.host = true;
            if (side !== 'host') r.container = true;
            reach.set(v, r);
          }
        }
        if (o.comment || o.port === null || isContainerSide(o)) return;
        // Only a literal something ties to the service (src/attribution.ts): a port on another machine, in a
        // client's test data or under another service's name is not a copy of this one's, whatever its number.
        const attributed = ctx.attribution.attribute(o);
        const service = attributed.service;
        if (!service) return;
        // Grafana publishing 3000, which is reserved for it: the owner's own port, not a copy of ours.
        const reserved = registry.reservedFor(o.port);
        if (reserved && isReservedOwner(o, reserved.service)) return;
        // A lookup of the service's own variable (`${CONTIMG_API_PORT:-8000}`, CONTIMG_API_PORT=8000 in
        // an env file) is configuration, checked by out-of-range and env-default-mismatch instead.
        if (boundService(o, registry)) return;
        // CONTIMG_HEALTH_PORT=8003 inside api's fallback range: another (unregistered) service's port,
        // which unknown-port-variable and undocumented-port speak about, not a copy of api's.
        const binding = envBinding(o) ?? impliedVariable(o);
        if (binding && o.port !== service.default && isPortName(binding)) return;
        const evidence = attributed.evidence;
        const where = registry.where(service.loc.default ?? service.loc.key);
        // `os.environ.get("REDASH_REDIS_URL", "redis://localhost:6379/0")`: the port is configured through the
        // URL's variable; with no variable of its own in ports.yaml, that is how the service moves. (An
        // immutable service's port never moves: the default is a copy of a fixed value, reported below.)
        const urlVariable = overrideDefaultOf(o);
        if (service.immutable || !service.envVar) {
          if (urlVariable !== undefined && !service.immutable) return;
          // `kafka:9092` in a config of the stack, kafka publishing 9092: the fixed port used as intended,
          // not a copy that should read a variable (fixtures/rules/hardcoded-port/stack.env).
          if (evidence.some((e) => e.kind === 'service-host' || e.kind === 'compose-service') || isOwnAddress(o, service)) return;
          // KAFKA_PORT=9092 in .env, os.environ.get("JAEGER_UI_PORT", "16686"): the repository already has the
          // variable the registry lacks, so name it.
          if (!service.immutable && binding !== undefined && isPortName(binding)) {
            ctx.report({ messageId: 'noVariableBound', data: { port: o.port, service: service.name, where, binding }, occurrence: o, service: service.name, evidence });
            return;
          }
          ctx.report({ messageId: service.immutable ? 'immutable' : 'noVariable', data: { port: o.port, service: service.name, where }, occurrence: o, service: service.name, evidence });
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
            evidence,
          });
          return;
        }
        // healthcheck.sh probing localhost:3000 inside the image: the container's own port, which the service's
        // variable (its published host port) does not move.
        if (isContainerScript(o.file, o.language)) return;
        const exact = service.default === o.port;
        // `${API_PORT:-8000}`, `configService.get('PORT') || 3170`: the code already reads a variable, just not
        // the one ports.yaml names; which of the two is right is the question, not where to read it from.
        // `os.getenv("API_URL", "http://localhost:8000")` with api reading CONTIMG_API_PORT: two variables
        // could move the port; which should is a person's call, so no advice to rewrite and no fix.
        if (urlVariable !== undefined && exact) {
          ctx.report({ messageId: 'urlDefault', data: { port: o.port, service: service.name, binding: urlVariable, envVar: service.envVar }, occurrence: o, service: service.name, evidence });
          return;
        }
        if (binding !== undefined && o.kind !== 'env-assign' && isPortName(binding)) {
          ctx.report({ messageId: 'otherVariable', data: { port: o.port, service: service.name, binding, envVar: service.envVar }, occurrence: o, service: service.name, evidence });
          return;
        }
        if (exact && isDataFile(o.file, o.language)) {
          const key = `${o.file}\u0000${o.port}`;
          const seen = inData.get(key);
          if (seen) seen.count++;
          else inData.set(key, { o, service, evidence, count: 1 });
          return;
        }
        const envVar = service.envVar;
        const report = (): void =>
          ctx.report({
            messageId: exact ? 'hardcoded' : 'hardcodedInRange',
            data: {
              port: o.port!,
              service: service.name,
              range: `${service.range[0]}-${service.range[1]}`,
              advice: readAdvice(o, envVar, service.default),
            },
            occurrence: o,
            service: service.name,
            evidence,
            ...(exact && urlVariable === undefined && fixable(o, attributed.strength) && distinctiveWords(envVar).length > 0 && { fix: { range: o.range, lookup: { envVar, port: service.default } } }),
          });
        if (o.kind === 'publish-host') sided.push({ side: 'host', envVar, report });
        else if (evidence.some((e) => e.kind === 'service-host')) sided.push({ side: 'container', envVar, report });
        else report();
      },
    };
  },
});

/**
 * Which side of a container a variable is read on: a compose file's published host port is interpolated on
 * the host; the rest of a compose service (environment, command, container ports), a Dockerfile and the
 * scripts and templates of an image run inside it; anything else (code, env files, configs) may run on either.
 */
function sideOf(o: PortOccurrence): 'host' | 'container' | 'both' {
  if (o.language === 'compose' || o.service !== undefined) return o.kind === 'publish-host' ? 'host' : 'container';
  if (o.language === 'dockerfile' || isContainerScript(o.file, o.language)) return 'container';
  return 'both';
}

/**
 * Whether `--fix` may turn the literal into a lookup: only the service's default itself (`${VAR:-8000}` for
 * another port of the range would change it), and only where the rewrite keeps behaviour with the variable
 * unset and a reviewer would keep it. Never a range or a shell loop's bound; never the default of another
 * variable (a lookup nested in a lookup; which should win is a person's call), nor a value assigned to one
 * (`PORT=3000` reading API_PORT would tie two variables); never a URL to a host that is not this machine
 * or the service itself; never in a test file (the expectation would read a variable its input does not);
 * never without evidence that names the service or binds the port here; never to read a variable that names
 * no service (`PORT`: a platform or the container sets it for whatever runs there, and the host's shell
 * would move a compose mapping with it).
 */
function fixable(o: PortOccurrence, strength: 'strong' | 'local'): boolean {
  if (o.portEnd !== undefined || envBinding(o) !== undefined) return false;
  if (o.language === 'shell' && o.kind === 'constant') return false;
  if (isTestFile(o.file)) return false;
  if (isClientSide(o) && o.host !== undefined && !isLocalHost(o.host) && strength !== 'strong') return false;
  if (strength === 'strong' || (isClientSide(o) && isLocalHost(o.host))) return true;
  // Evidence that only says "a port is bound here" (`listen(8000)`, `--port 8000`, `port=8000`): the literal is
  // this machine's port whoever reads it, so reading the service's variable keeps it with the variable unset.
  return ['listen', 'cli-flag', 'property', 'parameter-default', 'constant'].includes(o.kind);
}

/** Loosely equal names: `Kafka-Broker` ~ `kafka_broker`. */
function sameName(a: string, b: string): boolean {
  return normalizeServiceName(a) === normalizeServiceName(b);
}

/**
 * An occurrence that reaches a service by the service's own name on the container network
 * (`kafka:9092`, `http://kafka.svc:9092`: the first label of a dotted name), or that is the service's
 * own compose service publishing its port.
 */
function isOwnAddress(o: PortOccurrence, service: Service): boolean {
  const names = [service.name, ...service.instances.map((i) => i.name)];
  if (o.kind === 'publish-host' && o.service !== undefined && names.some((n) => sameName(o.service!, n))) return true;
  return o.host !== undefined && names.some((n) => isOwnName(o.host!, n));
}

/** A host that is `name` on the container network: the name itself, or the first label of a dotted name. */
function isOwnName(host: string, name: string): boolean {
  if (/^[\d.]+$|:/.test(host)) return false;
  return sameName(host.split('.')[0]!, name);
}
