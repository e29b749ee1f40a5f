// `generate json`: the registry (with the environment applied) as JSON under ports.yaml's own key names.
import type { Registry } from '../registry/registry.js';
import type { Service } from '../registry/types.js';
import { headerLines } from './header.js';
import { appliedRegistry, type Generator } from './model.js';

export const generateJson: Generator = (ctx) => {
  const registry = appliedRegistry(ctx);
  const [marker, regenerate] = headerLines(ctx.header);
  const data = {
    // JSON has no comments: the header is the first key, where isGeneratedFile looks for it.
    $comment: `${marker} ${regenerate}`,
    source: ctx.header.source,
    environment: registry.environment ?? null,
    ports: Object.fromEntries(registry.services.map((s) => [s.name, serviceData(s)])),
    conflict_detection: conflictDetectionData(registry),
    reserved: registry.reserved.map((r) => ({ port: r.port, service: r.service, note: r.note })),
    categories: Object.fromEntries(registry.categories.map((c) => [c.name, { range: c.range, description: c.description }])),
  };
  return `${stringify(data, '')}\n`;
};

/**
 * A service under ports.yaml's key names, every key present (defaults filled in, category inferred),
 * but `instances` only when the service has some.
 */
export function serviceData(s: Service): Record<string, unknown> {
  return {
    default: s.default,
    env_var: s.envVar,
    description: s.description,
    range: s.range,
    optional: s.optional,
    immutable: s.immutable,
    conflict_check: s.conflictCheck,
    category: s.category ?? null,
    protocol: s.protocol,
    service_command: s.serviceCommand,
    ...(s.instances.length > 0 && {
      instances: Object.fromEntries(s.instances.map((i) => [i.name, i.files.length > 0 ? { port: i.port, files: i.files } : i.port])),
    }),
  };
}

export function conflictDetectionData(registry: Registry): Record<string, boolean> {
  const cd = registry.conflictDetection;
  return { enabled: cd.enabled, check_on_startup: cd.checkOnStartup, auto_resolve: cd.autoResolve, warn_on_conflict: cd.warnOnConflict };
}

/** JSON.stringify with two-space indentation, but arrays of scalars on one line ("range": [8000, 8009]). */
function stringify(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + stringify(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${stringify(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
