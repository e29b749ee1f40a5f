// PortManager: services read their port from ports.yaml at runtime (env override → range check → conflict check → fallback).
import path from 'node:path';
import { applyEnvironment, ENVIRONMENT_VARIABLE } from '../registry/environment.js';
import { findConfig } from '../registry/find.js';
import { loadRegistry } from '../registry/load.js';
import { formatRange, type Registry } from '../registry/registry.js';
import type { PortRange, Service } from '../registry/types.js';
import { suggest } from '../util/suggest.js';
import {
  NoFreePortError,
  PortCheckError,
  PortError,
  PortConflictError,
  RegistryNotFoundError,
  UnknownEnvironmentError,
  UnknownServiceError,
} from './errors.js';
import { describeHolders, systemProbe, type Listener, type PortProbe, type Protocol, type Snapshot } from './listeners.js';
import { configuredPort, protocolsOf, type Variables } from './resolve.js';

export interface PortManagerOptions {
  /** Environment overlay of ports.yaml to use (default: PORT_LINT_ENV from `variables`, else none). */
  env?: string;
  /** Where services' env vars are read (default process.env). */
  variables?: Variables;
  /** Receives warnings: a fallback port, an ignored env var (default: a line on stderr). */
  warn?: (message: string) => void;
  /** How ports are checked (default systemProbe(): /proc/net on Linux, lsof elsewhere, else a connect probe). */
  probe?: PortProbe;
}

export interface LoadOptions extends PortManagerOptions {
  /** Directory ports.yaml is searched from when no file is given (default process.cwd()). */
  cwd?: string;
}

export interface GetPortOptions {
  /**
   * Check that the port is free first. Default: `conflict_detection.enabled` and either
   * `check_on_startup` or the service's own `conflict_check`.
   */
  checkConflict?: boolean;
  /** Environment overlay for this call (default: the manager's). */
  env?: string;
}

export interface PortValidation {
  /** The configured port (env var or default); undefined when the env var is invalid. */
  port?: number;
  /** True when the port is valid and nothing listens on it. */
  ok: boolean;
  /** Why not ok. */
  problem?: string;
}

export interface FindFreePortOptions {
  /** Protocols that must be free (default ['tcp']). */
  protocols?: Protocol[];
  /** Ports to pass over even when free. */
  exclude?: Iterable<number>;
}

/** The runtime view of a registry, as the seed's Python PortManager meant it and the generated Python module mirrors. */
export class PortManager {
  readonly registry: Registry;
  private readonly envName: string | undefined;
  private readonly variables: Variables;
  private readonly warn: (message: string) => void;
  private probeInstance: PortProbe | undefined;
  private readonly applied = new Map<string, Registry>();

  /** A manager for an already loaded registry (the base registry; environments are applied per call). */
  constructor(registry: Registry, options: PortManagerOptions = {}) {
    this.registry = registry;
    this.variables = options.variables ?? process.env;
    const fromVariable = this.variables[ENVIRONMENT_VARIABLE];
    // A registry that already has an environment applied (the CLI's --env) keeps it.
    this.envName = options.env ?? registry.environment ?? (fromVariable === '' ? undefined : fromVariable);
    this.warn = options.warn ?? ((m) => void process.stderr.write(`port-lint: ${m}\n`));
    this.probeInstance = options.probe;
    // An unknown environment is an error now, not at the first getPort.
    this.view(undefined);
  }

  /**
   * Loads `file` (default: ports.yaml, config/ports.yaml or .ports.yaml found from `cwd` up to the
   * repository root). A missing or invalid file throws (RegistryNotFoundError, ConfigError): never a
   * silent default.
   */
  static load(file?: string, options: LoadOptions = {}): PortManager {
    const cwd = options.cwd ?? process.cwd();
    const resolved = file !== undefined ? path.resolve(cwd, file) : findConfig(cwd);
    if (resolved === undefined) throw new RegistryNotFoundError(cwd);
    return new PortManager(loadRegistry(resolved, { root: cwd }), options);
  }

  /** The registry with the environment of this call (or the manager's) applied. */
  view(env: string | undefined): Registry {
    const name = env ?? this.envName;
    if (name === undefined || name === this.registry.environment) return this.registry;
    if (this.registry.environment !== undefined) {
      throw new PortError(`the registry has environment "${this.registry.environment}" applied; load the base registry to use "${name}"`);
    }
    let registry = this.applied.get(name);
    if (!registry) {
      if (!Object.hasOwn(this.registry.environments, name)) {
        const known = Object.keys(this.registry.environments).sort();
        throw new UnknownEnvironmentError(
          name,
          known.length === 0
            ? `unknown environment "${name}"; ports.yaml declares no environments`
            : `unknown environment "${name}"${suggest(name, known)}; ports.yaml declares: ${known.join(', ')}`,
        );
      }
      registry = applyEnvironment(this.registry, name);
      this.applied.set(name, registry);
    }
    return registry;
  }

  /** Service names in ports.yaml order. */
  services(): string[] {
    return this.registry.services.map((s) => s.name);
  }

  /**
   * The port `service` should use: its env var when set (strictly an integer inside the service's
   * range, else InvalidPortEnvError; never for an immutable service), else its default. With a
   * conflict check, a port something already listens on (TCP or UDP as the service's protocol, on any
   * address) moves to the first free port of the range when `conflict_detection.auto_resolve` allows,
   * with a warning naming that port; otherwise PortConflictError.
   */
  async getPort(service: string, options: GetPortOptions = {}): Promise<number> {
    const registry = this.view(options.env);
    const s = this.service(registry, service);
    const configured = configuredPort(s, this.variables);
    if (configured.ignored) this.warn(configured.ignored);
    const cd = registry.conflictDetection;
    const check = options.checkConflict ?? (cd.enabled && (cd.checkOnStartup || s.conflictCheck));
    if (!check) return configured.port;

    const protocols = protocolsOf(s);
    const port = configured.port;
    const snapshot = await this.probe().inspect([port]);
    const holders = taken(snapshot, port, protocols);
    if (holders.length === 0) return port;
    const holder = describeHolders(holders);
    if (s.immutable) throw new PortConflictError(s.name, port, holder, `${s.name} is immutable and never moves`);
    if (!cd.autoResolve) throw new PortConflictError(s.name, port, holder, 'conflict_detection.auto_resolve is off, so it does not move');
    if (s.range[0] === s.range[1]) throw new PortConflictError(s.name, port, holder, `its range ${formatRange(s.range)} has no other port`);
    const exclude = new Set<number>([port, ...registry.reserved.map((r) => r.port)]);
    for (const other of registry.services) if (other.name !== s.name) exclude.add(other.default);
    const free = await this.findFreePort(s.range, { protocols, exclude });
    if (cd.warnOnConflict) this.warn(`${s.name}: port ${port} is in use (${holder}); using ${free} from its range ${formatRange(s.range)}`);
    return free;
  }

  /** Every service's configured port (env var or default), without conflict checks: the seed's list_ports(). */
  listPorts(options: { env?: string } = {}): Record<string, number> {
    const registry = this.view(options.env);
    // fromEntries, not assignment: `out["__proto__"] = …` would set the prototype, not a key.
    return Object.fromEntries(registry.services.map((s) => [s.name, configuredPort(s, this.variables).port]));
  }

  /**
   * For every service: is its configured port valid and free right now? The seed's validate_all(),
   * run before starting services: nothing moves, nothing is warned about.
   */
  async validateAll(options: { env?: string } = {}): Promise<Record<string, PortValidation>> {
    const registry = this.view(options.env);
    const ports = new Map<string, number>();
    // A Map: a service may be called __proto__ or constructor.
    const out = new Map<string, PortValidation>();
    for (const s of registry.services) {
      try {
        ports.set(s.name, configuredPort(s, this.variables).port);
      } catch (err) {
        out.set(s.name, { ok: false, problem: (err as Error).message });
      }
    }
    const snapshot = await this.probe().inspect(ports.values(), { owners: true });
    for (const s of registry.services) {
      const port = ports.get(s.name);
      if (port === undefined) continue;
      const protocols = protocolsOf(s);
      const unknown = snapshot.unknown.find((u) => u.port === port && protocols.includes(u.protocol));
      const holders = snapshot.listeners.filter((l) => l.port === port && protocols.includes(l.protocol));
      if (holders.length > 0) out.set(s.name, { port, ok: false, problem: `port ${port} is in use (${describeHolders(holders)})` });
      else if (unknown) out.set(s.name, { port, ok: false, problem: `cannot tell whether port ${port} is free: ${unknown.reason}` });
      else out.set(s.name, { port, ok: true });
    }
    return Object.fromEntries(registry.services.map((s) => [s.name, out.get(s.name)!]));
  }

  /** The first port of `range` that nothing listens on, passing over `exclude`; NoFreePortError when none. */
  async findFreePort(range: PortRange, options: FindFreePortOptions = {}): Promise<number> {
    if (!(Number.isInteger(range[0]) && Number.isInteger(range[1]) && range[0] >= 1 && range[1] <= 65535 && range[0] <= range[1])) {
      throw new RangeError(`not a port range: [${range[0]}, ${range[1]}]`);
    }
    const protocols = options.protocols ?? ['tcp'];
    const exclude = new Set(options.exclude ?? []);
    const candidates: number[] = [];
    for (let p = range[0]; p <= range[1]; p++) if (!exclude.has(p)) candidates.push(p);
    if (candidates.length === 0) throw new NoFreePortError(range, ': every port in it is excluded (reserved or another service\'s default)');
    const snapshot = await this.probe().inspect(candidates, { owners: false });
    let unchecked = 0;
    for (const port of candidates) {
      const reasons: string[] = [];
      if (taken(snapshot, port, protocols, reasons).length > 0) continue;
      // A port whose state is unknown is never handed out as free.
      if (reasons.length > 0) unchecked++;
      else return port;
    }
    throw new NoFreePortError(
      range,
      unchecked > 0
        ? `: ${candidates.length - unchecked} in use, ${unchecked} could not be checked`
        : `: ${candidates.length === 1 ? 'its only candidate is' : `all ${candidates.length} candidates are`} in use`,
    );
  }

  private probe(): PortProbe {
    this.probeInstance ??= systemProbe();
    return this.probeInstance;
  }

  private service(registry: Registry, name: string): Service {
    const s = registry.service(name);
    if (!s) {
      const known = registry.services.map((x) => x.name);
      throw new UnknownServiceError(name, known, suggest(name, known));
    }
    return s;
  }
}

/**
 * The sockets holding `port` for these protocols. A port whose state is unknown counts as taken when
 * `unknowns` is not given (getPort: PortCheckError), else the reasons are collected there.
 */
function taken(snapshot: Snapshot, port: number, protocols: readonly Protocol[], unknowns?: string[]): Listener[] {
  const holders = snapshot.listeners.filter((l) => l.port === port && protocols.includes(l.protocol));
  if (holders.length > 0) return holders;
  const unknown = snapshot.unknown.find((u) => u.port === port && protocols.includes(u.protocol));
  if (unknown) {
    if (unknowns === undefined) throw new PortCheckError(port, unknown.reason);
    unknowns.push(unknown.reason);
  }
  return [];
}
