// The loaded registry: ports.yaml's data plus the lookups rules and the runtime need.
import picomatch from 'picomatch';
import type { SourceRange } from '../types.js';
import type {
  Category,
  ConflictDetection,
  Environment,
  Instance,
  LintSettings,
  PortRange,
  ReservedPort,
  Service,
} from './types.js';

export interface RegistryData {
  /** Path of ports.yaml relative to the scan root (POSIX), as findings name it. */
  file: string;
  /** Absolute path of ports.yaml. */
  path: string;
  /** ports.yaml's lines, for finding snippets. */
  lines: string[];
  services: Service[];
  categories: Category[];
  reserved: ReservedPort[];
  conflictDetection: ConflictDetection;
  environments: Record<string, Environment>;
  lint: LintSettings;
  /** The environment overlay applied, if any. */
  environment?: string;
}

export function inRange(port: number, range: PortRange): boolean {
  return port >= range[0] && port <= range[1];
}

export function rangesOverlap(a: PortRange, b: PortRange): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export function formatRange(range: PortRange): string {
  return range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`;
}

/** Whether a port is one a service may be given: in its range, or the port of one of its instances. */
export function allowsPort(service: Service, port: number): boolean {
  return inRange(port, service.range) || service.instances.some((i) => i.port === port);
}

/** A service's instances for messages: "redis-node-1 7001, redis-node-2 7002, 3 more". */
export function formatInstances(service: Service, max = 4): string {
  const shown = service.instances.slice(0, max).map((i) => `${i.name} ${i.port}`);
  if (service.instances.length > max) shown.push(`${service.instances.length - max} more`);
  return shown.join(', ');
}

/** `redis-node-1` ~ `redis_node_1` ~ `Redis.Node.1`: compose and registry names compared loosely. */
function looseName(name: string): string {
  return name.toLowerCase().replace(/[-.\s]+/g, '_');
}

/** Where an occurrence is: its file, and the compose service it belongs to. */
export interface Place {
  file: string;
  service?: string;
}

export class Registry implements RegistryData {
  readonly file: string;
  readonly path: string;
  readonly lines: string[];
  readonly services: Service[];
  readonly categories: Category[];
  readonly reserved: ReservedPort[];
  readonly conflictDetection: ConflictDetection;
  readonly environments: Record<string, Environment>;
  readonly lint: LintSettings;
  readonly environment?: string;
  private readonly byName = new Map<string, Service>();
  private readonly byEnvVar = new Map<string, Service[]>();
  private readonly byDefault = new Map<number, Service[]>();
  private readonly byInstancePort = new Map<number, Service[]>();
  private readonly byInstanceName = new Map<string, { service: Service; instance: Instance }>();
  private readonly instanceGlobs = new Map<Instance, (file: string) => boolean>();

  constructor(data: RegistryData) {
    this.file = data.file;
    this.path = data.path;
    this.lines = data.lines;
    this.services = data.services;
    this.categories = data.categories;
    this.reserved = data.reserved;
    this.conflictDetection = data.conflictDetection;
    this.environments = data.environments;
    this.lint = data.lint;
    if (data.environment !== undefined) this.environment = data.environment;
    for (const s of this.services) {
      this.byName.set(s.name, s);
      if (s.envVar) push(this.byEnvVar, s.envVar, s);
      push(this.byDefault, s.default, s);
      for (const i of s.instances) {
        const owners = this.byInstancePort.get(i.port);
        if (i.port !== s.default && !owners?.includes(s)) push(this.byInstancePort, i.port, s);
        const key = looseName(i.name);
        if (!this.byInstanceName.has(key)) this.byInstanceName.set(key, { service: s, instance: i });
      }
    }
  }

  service(name: string): Service | undefined {
    return this.byName.get(name);
  }

  /**
   * Services whose default is `port`, then those with an instance on it, then those whose range
   * contains it, in declaration order.
   */
  servicesForPort(port: number): Service[] {
    const exact = this.byDefault.get(port) ?? [];
    const instances = (this.byInstancePort.get(port) ?? []).filter((s) => !exact.includes(s));
    const ranged = this.services.filter((s) => s.default !== port && !instances.includes(s) && inRange(port, s.range));
    return [...exact, ...instances, ...ranged];
  }

  /** The instance of `service` that `place` belongs to: its compose service, or a file its globs match. */
  instanceAt(service: Service, place: Place): Instance | undefined {
    if (service.instances.length === 0) return undefined;
    if (place.service !== undefined) {
      const name = looseName(place.service);
      const byService = service.instances.find((i) => looseName(i.name) === name);
      if (byService) return byService;
    }
    return service.instances.find((i) => i.files.length > 0 && this.globsOf(i)(place.file));
  }

  /** The registry service and instance a compose service is, when it is declared as an instance. */
  instanceNamed(composeService: string): { service: Service; instance: Instance } | undefined {
    return this.byInstanceName.get(looseName(composeService));
  }

  private globsOf(instance: Instance): (file: string) => boolean {
    let match = this.instanceGlobs.get(instance);
    if (!match) {
      match = picomatch(instance.files, { dot: true });
      this.instanceGlobs.set(instance, match);
    }
    return match;
  }

  /** The service a port most plausibly belongs to: the one whose default it is, else whose range holds it. */
  serviceForPort(port: number): Service | undefined {
    return this.servicesForPort(port)[0];
  }

  /** Services reading this env var (more than one is an env-var-collision). */
  servicesForEnvVar(name: string): Service[] {
    return this.byEnvVar.get(name) ?? [];
  }

  serviceForEnvVar(name: string): Service | undefined {
    return this.byEnvVar.get(name)?.[0];
  }

  reservedFor(port: number): ReservedPort | undefined {
    return this.reserved.find((r) => r.port === port);
  }

  category(name: string): Category | undefined {
    return this.categories.find((c) => c.name === name);
  }

  /** The trimmed text of a line of ports.yaml (1-based). */
  lineText(line: number): string {
    return (this.lines[line - 1] ?? '').trim();
  }

  /** Where a service is declared, for messages: "config/ports.yaml:12". */
  where(range: SourceRange): string {
    return `${this.file}:${range.start.line}`;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
