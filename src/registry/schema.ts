// Validates parsed ports.yaml data against config/ports.schema.json and words ajv's errors for humans.
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packagePath } from '../paths.js';
// Precompiled from config/ports.schema.json by scripts/schema-validator.mjs (a test checks it is current).
import precompiled from './ports-schema-validator.js';
import { quote } from '../util/echo.js';
import { suggest } from '../util/suggest.js';

export interface SchemaProblem {
  path: (string | number)[];
  message: string;
  /** Point at the key rather than the value (unknown and missing keys). */
  atKey: boolean;
}

export function loadSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath('config', 'ports.schema.json'), 'utf8')) as Record<string, unknown>;
}

export function validateSchema(data: unknown): SchemaProblem[] {
  const validate = precompiled as unknown as ValidateFunction;
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // An anyOf failure explains itself; the errors of its branches would only repeat it.
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  // A bad name fails the name's own pattern and then propertyNames: the second says it better.
  const kept = errors.filter(
    (e) =>
      e.propertyName === undefined &&
      (e.keyword === 'anyOf' || !anyOfPaths.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`))),
  );
  const seen = new Set<string>();
  const problems: SchemaProblem[] = [];
  for (const e of kept) {
    const problem = describe(e);
    const key = `${problem.path.join('\u0000')}\u0001${problem.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

function toPath(instancePath: string): (string | number)[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function got(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return quote(value);
  return String(JSON.stringify(value));
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
  null: 'null',
};

function describe(e: ErrorObject): SchemaProblem {
  const path = toPath(e.instancePath);
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  const params = e.params as Record<string, unknown>;
  const isPort = e.parentSchema && (e.parentSchema as { maximum?: number }).maximum === 65535;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object }).properties ?? {});
      return { path: [...path, key], message: `unknown key ${quote(key)}${suggest(key, allowed)}`, atKey: true };
    }
    case 'required':
      return { path, message: `missing required key "${String(params.missingProperty)}"`, atKey: true };
    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]);
      const wanted = types.map((t) => TYPE_NAMES[t] ?? t).join(' or ');
      if (parent === 'compose_sets')
        return { path, message: `must be a list of compose files or a mapping { files, profiles }, got ${got(e.data)}`, atKey: false };
      if (parent === 'instances') return { path, message: `must be a port (1-65535) or a mapping { port, files }, got ${got(e.data)}`, atKey: false };
      if (isPort) return { path, message: `must be an integer port number (1-65535), got ${got(e.data)}`, atKey: false };
      if (last === 'ports' && path.length === 1)
        return { path, message: `must be a mapping of service name to settings, got ${got(e.data)}`, atKey: false };
      if (parent === 'ports' && path.length === 2)
        return { path, message: `must be a mapping of settings (default, env_var, range, ...), got ${got(e.data)}`, atKey: false };
      return { path, message: `must be ${wanted}, got ${got(e.data)}`, atKey: false };
    }
    case 'minimum':
    case 'maximum':
      return { path, message: `port ${String(e.data)} is out of range; a port is 1-65535`, atKey: false };
    case 'minItems':
    case 'maxItems':
      if (parent === 'compose_sets' || (last === 'files' && path[path.length - 3] === 'compose_sets'))
        return { path, message: 'must list at least one compose file', atKey: false };
      return { path, message: `must be a [low, high] pair, got ${(e.data as unknown[]).length} item(s)`, atKey: false };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).filter((v) => typeof v === 'string').join(', ');
      return { path, message: `must be one of ${allowed}, got ${got(e.data)}`, atKey: false };
    }
    case 'anyOf':
      return { path, message: `must be a severity (off, warn, error) or [severity, { options }], got ${got(e.data)}`, atKey: false };
    case 'pattern':
      if (last === 'env_var')
        return { path, message: `${got(e.data)} is not a valid environment variable name`, atKey: false };
      return { path, message: `${got(e.data)} does not match ${String(params.pattern)}`, atKey: false };
    case 'minProperties':
      if (last === 'instances') return { path, message: 'must name at least one instance (compose service: port)', atKey: false };
      return { path, message: e.message ?? 'is invalid', atKey: false };
    case 'propertyNames':
      if (last === 'instances')
        return {
          path: [...path, String(params.propertyName)],
          message: `invalid instance name ${quote(String(params.propertyName))}; an instance is a compose service name: letters, digits, _ . - (not first)`,
          atKey: true,
        };
      return {
        path: [...path, String(params.propertyName)],
        message: `invalid name ${quote(String(params.propertyName))}; a name starts with a letter or _ and holds letters, digits, _ . -`,
        atKey: true,
      };
    default:
      return { path, message: e.message ?? 'is invalid', atKey: false };
  }
}

