// A service's configured port: its env var (parsed strictly, checked against the range) or its default.
import { envValue } from '../util/echo.js';
import { allowsPort } from '../registry/registry.js';
import type { Service } from '../registry/types.js';
import { InvalidPortEnvError } from './errors.js';

export type Variables = Readonly<Record<string, string | undefined>>;

export interface ConfiguredPort {
  port: number;
  /** Where the port came from. */
  source: 'default' | 'env';
  /** Set when an env value was present but not honoured (an immutable service): say so. */
  ignored?: string;
}

/**
 * The port a service is configured to use, before any conflict check. An empty variable counts as
 * unset, as `${VAR:-default}` in the generated shell file treats it. Only digits are a port:
 * " 8000", "8000.0", "+8000", "0x1f40" are errors, never silently the default.
 */
export function configuredPort(service: Service, variables: Variables): ConfiguredPort {
  const variable = service.envVar;
  const value = variable ? variables[variable] : undefined;
  if (variable === null || value === undefined || value === '') return { port: service.default, source: 'default' };
  if (service.immutable) {
    const same = /^[0-9]+$/.test(value) && Number(value) === service.default;
    return same
      ? { port: service.default, source: 'default' }
      : { port: service.default, source: 'default', ignored: `${variable}=${envValue(value)} is ignored: ${service.name} is immutable (always ${service.default})` };
  }
  if (!/^[0-9]+$/.test(value)) throw new InvalidPortEnvError(service.name, variable, value, service.range);
  const port = Number(value);
  // An instance's port (one REDIS_PORT_NUMBER per redis-cluster node) is a value of the variable too.
  if (!allowsPort(service, port)) throw new InvalidPortEnvError(service.name, variable, value, service.range);
  return { port, source: 'env' };
}

/** The protocols a service listens with. */
export function protocolsOf(service: Pick<Service, 'protocol'>): ('tcp' | 'udp')[] {
  return service.protocol === 'both' ? ['tcp', 'udp'] : [service.protocol];
}
