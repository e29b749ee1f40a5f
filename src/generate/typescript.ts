// `generate typescript`: the registry as typed constants with a dependency-free getPort() (no conflict check).
import type { Service } from '../registry/types.js';
import { commentSafe, headerLines } from './header.js';
import { block, environmentOverlays, type Generator } from './model.js';

export const generateTypescript: Generator = (ctx) => {
  const registry = ctx.registry;
  const [marker, regenerate] = headerLines(ctx.header);
  const names = registry.services.map((s) => s.name);
  const envNames = Object.keys(registry.environments).sort();
  const envList = envNames.length === 0 ? 'declares no environments' : `declares: ${envNames.join(', ')}`;
  const services = registry.services.map((s) => `  ${key(s.name)}: ${servicePort(s, '  ')},`);
  const environments = environmentOverlays(registry).map(([name, list]) =>
    [`  ${key(name)}: {`, ...list.map((s) => `    ${key(s.name)}: ${servicePort(s, '    ')},`), '  },'].join('\n'),
  );
  const reserved = registry.reserved.map((r) => `  { port: ${r.port}, service: ${ts(r.service)}, note: ${ts(r.note)} },`);
  return `// ${marker}
// ${regenerate}
/**
 * The ports of ${commentSafe(ctx.header.source)} as typed constants, and getPort() resolving a service's port the way
 * port-lint's PortManager does: its env var when set (digits only, inside the service's range, else
 * InvalidPortEnvError), never for an immutable service; else its default. No dependencies and no
 * conflict check: to check that a port is free, use PortManager from the port-lint package.
 */

export interface ServicePort {
  readonly default: number;
  readonly envVar: string | null;
  readonly description: string;
  readonly range: readonly [number, number];
  readonly optional: boolean;
  readonly immutable: boolean;
  readonly conflictCheck: boolean;
  readonly category: string | null;
  readonly protocol: "tcp" | "udp" | "both";
  readonly serviceCommand: readonly string[];
  /** Ports of the containers that each give envVar their own value (ports.yaml instances), allowed besides range. */
  readonly instancePorts?: readonly number[];
}

/** The ports.yaml this file was generated from. */
export const SOURCE = ${ts(ctx.header.source)};

/** The environment used when neither the env option nor PORT_LINT_ENV names one. */
export const DEFAULT_ENVIRONMENT: string | null = ${ctx.environment === undefined ? 'null' : ts(ctx.environment)};

export const SERVICES = {${block(services)}} as const satisfies { readonly [service: string]: ServicePort };

export type ServiceName = keyof typeof SERVICES;

/** Per environment, the services it overrides, complete with the overlay applied. */
export const ENVIRONMENTS: { readonly [environment: string]: { readonly [S in ServiceName]?: ServicePort } } = {${block(environments)}};

/** Ports owned by something outside the registry. */
export const RESERVED: readonly { readonly port: number; readonly service: string; readonly note: string }[] = [${block(reserved)}];

export type Variables = { readonly [name: string]: string | undefined };

export interface GetPortOptions {
  /** An environment of ports.yaml (default: PORT_LINT_ENV, else DEFAULT_ENVIRONMENT). */
  env?: string | undefined;
  /** Where env vars are read (default: process.env where there is one). */
  variables?: Variables | undefined;
}

/** A service's env var holds something that is not a port of its range. */
export class InvalidPortEnvError extends Error {
  readonly service: string;
  readonly variable: string;
  readonly value: string;
  readonly range: readonly [number, number];

  constructor(service: string, variable: string, value: string, range: readonly [number, number]) {
    super(
      /^[0-9]+$/.test(value)
        ? \`\${variable}=\${value} is outside the range of \${service} (\${rangeText(range)})\`
        : \`\${variable}=\${JSON.stringify(value)} is not a port number; \${service} takes an integer in \${rangeText(range)}\`,
    );
    this.name = "InvalidPortEnvError";
    this.service = service;
    this.variable = variable;
    this.value = value;
    this.range = range;
  }
}

/** The port \`service\` should use. */
export function getPort(service: ServiceName, options: GetPortOptions = {}): number {
  const variables = options.variables ?? processEnv();
  const s = serviceIn(service, environmentOf(options, variables));
  const value = s.envVar === null ? undefined : variables[s.envVar];
  if (s.envVar === null || value === undefined || value === "" || s.immutable) return s.default;
  if (!/^[0-9]+$/.test(value)) throw new InvalidPortEnvError(service, s.envVar, value, s.range);
  const port = Number(value);
  if ((port < s.range[0] || port > s.range[1]) && (s.instancePorts ?? []).indexOf(port) < 0) throw new InvalidPortEnvError(service, s.envVar, value, s.range);
  return port;
}

/** Every service's port, as getPort gives it. */
export function listPorts(options: GetPortOptions = {}): Record<ServiceName, number> {
  // fromEntries defines keys: \`out[name] = …\` would set the prototype for a service named __proto__.
  return Object.fromEntries((Object.keys(SERVICES) as ServiceName[]).map((name) => [name, getPort(name, options)])) as Record<ServiceName, number>;
}

function environmentOf(options: GetPortOptions, variables: Variables): string | null {
  const fromVariable = variables["PORT_LINT_ENV"];
  return options.env ?? (fromVariable === undefined || fromVariable === "" ? DEFAULT_ENVIRONMENT : fromVariable);
}

function serviceIn(service: ServiceName, env: string | null): ServicePort {
  if (!Object.prototype.hasOwnProperty.call(SERVICES, service)) {
    throw new Error(\`unknown service "\${String(service)}"; ports.yaml declares: ${names.join(', ') || '(none)'}\`);
  }
  const base: ServicePort = SERVICES[service];
  if (env === null) return base;
  if (!Object.prototype.hasOwnProperty.call(ENVIRONMENTS, env)) {
    throw new Error(\`unknown environment "\${env}"; ports.yaml ${envList}\`);
  }
  const overlay: { readonly [S in ServiceName]?: ServicePort } = ENVIRONMENTS[env] ?? {};
  return Object.prototype.hasOwnProperty.call(overlay, service) ? (overlay[service] ?? base) : base;
}

function rangeText(range: readonly [number, number]): string {
  return range[0] === range[1] ? String(range[0]) : \`\${range[0]}-\${range[1]}\`;
}

function processEnv(): Variables {
  // Typed without @types/node, so the module also compiles for browsers and Deno.
  return (globalThis as { process?: { env?: Variables } }).process?.env ?? {};
}
`;
};

function servicePort(s: Service, indent: string): string {
  const i = `${indent}  `;
  return [
    '{',
    `${i}default: ${s.default},`,
    `${i}envVar: ${s.envVar === null ? 'null' : ts(s.envVar)},`,
    `${i}description: ${ts(s.description)},`,
    `${i}range: [${s.range[0]}, ${s.range[1]}],`,
    `${i}optional: ${s.optional},`,
    `${i}immutable: ${s.immutable},`,
    `${i}conflictCheck: ${s.conflictCheck},`,
    `${i}category: ${s.category === undefined ? 'null' : ts(s.category)},`,
    `${i}protocol: ${ts(s.protocol)},`,
    `${i}serviceCommand: [${s.serviceCommand.map(ts).join(', ')}],`,
    ...(s.instances.length > 0 ? [`${i}instancePorts: [${s.instances.map((x) => x.port).join(', ')}],`] : []),
    `${indent}}`,
  ].join('\n');
}

/** A string literal; JSON's escapes are valid TypeScript, and U+2028/9 are escaped for older parsers. */
function ts(text: string): string {
  return JSON.stringify(text).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * An object key: bare when it is an identifier, quoted otherwise (service names may hold "." and "-").
 * `__proto__` is computed (`["__proto__"]`): written bare or quoted, an object literal would take it
 * as the object's prototype, not as a key.
 */
function key(name: string): string {
  if (name === '__proto__') return `[${ts(name)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : ts(name);
}
