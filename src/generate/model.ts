// What every generator starts from: the base registry, the environment chosen, the header, and shared text helpers.
import { applyEnvironment } from '../registry/environment.js';
import type { Registry } from '../registry/registry.js';
import type { Service } from '../registry/types.js';
import type { HeaderInfo } from './header.js';
import { formatRange } from '../registry/registry.js';

export interface GenerateContext {
  /** The registry as loaded, without an environment applied. */
  registry: Registry;
  /** --env NAME: the values of that environment (shell, env, markdown, json), or the default environment of the python/typescript modules. */
  environment?: string;
  header: HeaderInfo;
}

export type Generator = (ctx: GenerateContext) => string;

/** The registry with the chosen environment applied. */
export function appliedRegistry(ctx: GenerateContext): Registry {
  return ctx.environment === undefined ? ctx.registry : applyEnvironment(ctx.registry, ctx.environment);
}

/** For each environment of ports.yaml, the services it overrides, with the overlay applied. */
export function environmentOverlays(registry: Registry): [string, Service[]][] {
  return Object.keys(registry.environments)
    .sort()
    .map((name) => {
      const overridden = new Set(Object.keys(registry.environments[name]!.ports));
      return [name, applyEnvironment(registry, name).services.filter((s) => overridden.has(s.name))];
    });
}

/** Free text (a description, a note) on one line, for comments and table cells. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Each service's part in a file of env vars (ports.sh, .env), in ports.yaml order: its one-line summary,
 * and whether it has no variable (`fixed`), declares its variable (`own`), or reads one a service
 * above it already declares (`shared`, with that service).
 */
export type EnvVarRole = { service: Service; what: string } & (
  | { role: 'fixed' }
  | { role: 'own'; envVar: string }
  | { role: 'shared'; envVar: string; first: Service }
);

export function envVarRoles(services: readonly Service[]): EnvVarRole[] {
  const firstOf = new Map<string, Service>();
  return services.map((s): EnvVarRole => {
    const what = `${s.name}: ${oneLine(s.description) || 'no description'}; range ${formatRange(s.range)}`;
    if (!s.envVar) return { service: s, what, role: 'fixed' };
    const first = firstOf.get(s.envVar);
    if (first) return { service: s, what, role: 'shared', envVar: s.envVar, first };
    firstOf.set(s.envVar, s);
    return { service: s, what, role: 'own', envVar: s.envVar };
  });
}

/** Lines between an opening and a closing bracket: none at all when empty (`{}`, not a blank line). */
export function block(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}
