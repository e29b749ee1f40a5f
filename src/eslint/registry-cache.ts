// The ports.yaml an ESLint rule run uses: found as the CLI finds it, loaded once per process and reloaded
// when the file changes, because editors keep one ESLint process alive for hours.
import { statSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, ConfigErrors } from '../errors.js';
import { configureRules, type EnabledRule } from '../lint.js';
import { findConfig, findRepoRoot } from '../registry/find.js';
import { loadRegistry } from '../registry/load.js';
import type { Registry } from '../registry/registry.js';
import { RULES } from '../rules.js';
import { toPosix } from '../util/text.js';

export interface LoadedRegistry {
  kind: 'loaded';
  file: string;
  /** Directory occurrence paths are relative to (for `ignoreFiles` globs): the repository root, as the CLI's. */
  root: string;
  registry: Registry;
  /** Each rule's severity and options from ports.yaml's `lint.rules` over its defaults (absent = off there). */
  rules: ReadonlyMap<string, EnabledRule>;
  /** Whether ports.yaml's lint.include and lint.exclude (globs relative to `root`) let the CLI scan a file. */
  covers(file: string): boolean;
}

export interface BrokenRegistry {
  kind: 'broken';
  file: string;
  /** One line naming the file, line and key, as the CLI prints it. */
  message: string;
}

export type RegistryState = LoadedRegistry | BrokenRegistry;

interface Entry {
  mtimeMs: number;
  size: number;
  ino: number;
  state: RegistryState;
}

const loaded = new Map<string, Entry>();

/**
 * The registry for `file` (an absolute path): `configOption` when given (relative to `cwd`), else the
 * nearest ports.yaml at or above the file's directory up to its repository root — the CLI's search, run
 * from the file rather than from the editor's working directory, so each package of a monorepo gets its own.
 * Undefined when there is none.
 */
export function registryFor(file: string, cwd: string, configOption: string | undefined): RegistryState | undefined {
  const start = path.isAbsolute(file) ? path.dirname(file) : cwd;
  const configFile = configOption ? path.resolve(cwd, configOption) : findConfig(start);
  if (!configFile) return undefined;
  let stat;
  try {
    stat = statSync(configFile);
  } catch {
    loaded.delete(configFile);
    // A named file that is not there is a mistake to show; a found one just vanished between two calls.
    return configOption ? { kind: 'broken', file: configFile, message: `${configOption}: file not found` } : undefined;
  }
  const cached = loaded.get(configFile);
  // mtime alone misses two saves within the clock's resolution; size and inode (an editor's atomic
  // rename) catch most of those.
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.ino === stat.ino) return cached.state;
  const state = load(configFile, cwd);
  loaded.set(configFile, { mtimeMs: stat.mtimeMs, size: stat.size, ino: stat.ino, state });
  return state;
}

function load(configFile: string, cwd: string): RegistryState {
  const root = findRepoRoot(path.dirname(configFile)) ?? path.dirname(configFile);
  const display = toPosix(path.relative(cwd, configFile)) || path.basename(configFile);
  try {
    const registry = loadRegistry(configFile, { displayPath: display, root });
    const rules = new Map(configureRules(RULES, registry).map((r) => [r.rule.id, r]));
    const { include, exclude } = registry.lint;
    const included = include.length > 0 ? picomatch(include, { dot: true }) : () => true;
    const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
    return { kind: 'loaded', file: configFile, root, registry, rules, covers: (file) => included(file) && !excluded(file) };
  } catch (err) {
    if (err instanceof ConfigErrors && err.errors.length > 1) {
      return { kind: 'broken', file: configFile, message: `${err.errors[0]!.message} (and ${err.errors.length - 1} more: run port-lint to see them)` };
    }
    if (err instanceof ConfigError || err instanceof ConfigErrors) return { kind: 'broken', file: configFile, message: firstLine(err.message) };
    return { kind: 'broken', file: configFile, message: `${display}: ${firstLine((err as Error).message)}` };
  }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}

/** Forgets every loaded registry (tests). */
export function clearRegistryCache(): void {
  loaded.clear();
}
