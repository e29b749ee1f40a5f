// What every generator starts from: the base registry, the environment chosen, the header, and shared text helpers.
import { applyEnvironment } from '../registry/environment.js';
import type { Registry } from '../registry/registry.js';
import type { Service } from '../registry/types.js';
import type { HeaderInfo } from './header.js';

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

/** Services that read each env var, in ports.yaml order: the first declares it, the others are noted. */
export function envVarOwners(services: readonly Service[]): Map<string, Service[]> {
  const out = new Map<string, Service[]>();
  for (const s of services) if (s.envVar) out.set(s.envVar, [...(out.get(s.envVar) ?? []), s]);
  return out;
}

/** Lines between an opening and a closing bracket: none at all when empty (`{}`, not a blank line). */
export function block(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}
