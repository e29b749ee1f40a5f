// The loaded registry: ports.yaml's data plus the lookups rules and the runtime need.
import type { SourceRange } from '../types.js';
import type {
  Category,
  ConflictDetection,
  Environment,
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
    }
  }

  service(name: string): Service | undefined {
    return this.byName.get(name);
  }

  /** Services whose default is `port`, then those whose range contains it, in declaration order. */
  servicesForPort(port: number): Service[] {
    const exact = this.byDefault.get(port) ?? [];
    const ranged = this.services.filter((s) => s.default !== port && inRange(port, s.range));
    return [...exact, ...ranged];
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
