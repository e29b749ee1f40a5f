// Applies an `environments:` overlay of ports.yaml (chosen with --env NAME or PORT_LINT_ENV) to a registry.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { UsageError } from '../errors.js';
import type { SourceRange } from '../types.js';
import { nameList, quote } from '../util/echo.js';
import { suggest } from '../util/suggest.js';
import { inRange, Registry } from './registry.js';
import type { PortRange, Service } from './types.js';

/** The environment variable naming the environment when --env is not given. */
export const ENVIRONMENT_VARIABLE = 'PORT_LINT_ENV';

/** Where an environment name came from, for messages. */
export interface EnvironmentChoice {
  name: string;
  origin: string;
}

/** `--env NAME`, else PORT_LINT_ENV; an empty value means none (as `${VAR:-}` would). */
export function chooseEnvironment(option: string | undefined, variables: Record<string, string | undefined>): EnvironmentChoice | undefined {
  if (option !== undefined && option !== '') return { name: option, origin: '--env' };
  const fromVariable = variables[ENVIRONMENT_VARIABLE];
  if (fromVariable !== undefined && fromVariable !== '') return { name: fromVariable, origin: ENVIRONMENT_VARIABLE };
  return undefined;
}

/**
 * The registry as environment `name` has it: each overridden service takes the overlay's default,
 * range, env var and optional flag, and points at the overlay's lines so rule findings land there.
 * A service without a declared range keeps following its (new) default. Unknown name → UsageError.
 */
export function applyEnvironment(registry: Registry, name: string, origin = '--env'): Registry {
  const env = Object.hasOwn(registry.environments, name) ? registry.environments[name] : undefined;
  if (!env) {
    const known = Object.keys(registry.environments);
    throw new UsageError(
      known.length === 0
        ? `${origin}: unknown environment ${quote(name)}: ${registry.file} declares no environments`
        : `${origin}: unknown environment ${quote(name)}${suggest(name, known)}; ${registry.file} declares: ${nameList(known)}`,
    );
  }
  if (registry.environment !== undefined) {
    if (registry.environment === name) return registry;
    throw new UsageError(`${origin}: environment "${registry.environment}" is already applied; cannot apply "${name}" on top of it`);
  }
  const locate = overlayLocator(registry);
  const services = registry.services.map((s): Service => {
    // Own keys only: a service called toString is not overridden by Object.prototype.toString.
    const o = Object.hasOwn(env.ports, s.name) ? env.ports[s.name] : undefined;
    if (!o) return s;
    const dflt = o.default ?? s.default;
    const range: PortRange = o.range ?? (s.rangeDeclared ? s.range : [dflt, dflt]);
    const out: Service = {
      ...s,
      default: dflt,
      envVar: o.envVar !== undefined ? o.envVar : s.envVar,
      range,
      rangeDeclared: s.rangeDeclared || o.range !== undefined,
      optional: o.optional ?? s.optional,
      loc: { ...s.loc },
    };
    if (!s.categoryDeclared) {
      // An inferred category follows the default: the environment's block, not the base one.
      const category = registry.categories.find((c) => inRange(dflt, c.range))?.name;
      if (category === undefined) delete out.category;
      else out.category = category;
    }
    const at = ['environments', name, 'ports', s.name];
    if (o.default !== undefined) out.loc.default = locate([...at, 'default']) ?? s.loc.default!;
    if (o.range !== undefined) out.loc.range = locate([...at, 'range']) ?? s.loc.range!;
    if (o.envVar !== undefined) out.loc.envVar = locate([...at, 'env_var']) ?? s.loc.envVar!;
    return out;
  });
  return new Registry({
    file: registry.file,
    path: registry.path,
    lines: registry.lines,
    services,
    categories: registry.categories,
    reserved: registry.reserved,
    conflictDetection: registry.conflictDetection,
    environments: registry.environments,
    lint: registry.lint,
    environment: name,
  });
}

/** `registry` with the chosen environment applied, or unchanged when none is chosen. */
export function withEnvironment(registry: Registry, choice: EnvironmentChoice | undefined): Registry {
  return choice ? applyEnvironment(registry, choice.name, choice.origin) : registry;
}

/**
 * Positions of overlay keys in ports.yaml. The loader keeps positions of the base services only, so
 * the overlay's are found again in the same text (parsed once, only when an overlay is applied).
 */
function overlayLocator(registry: Registry): (keyPath: string[]) => SourceRange | undefined {
  let parsed: { doc: Document; lines: LineCounter } | undefined;
  return (keyPath) => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { doc: parseDocument(registry.lines.join('\n'), { lineCounter: lines, merge: true, logLevel: 'error' }), lines };
    }
    const node: unknown = parsed.doc.getIn(keyPath, true);
    const r = (node as { range?: [number, number, number] } | undefined)?.range;
    if (!r) return undefined;
    const start = parsed.lines.linePos(r[0]);
    const end = parsed.lines.linePos(r[1]);
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } };
  };
}
