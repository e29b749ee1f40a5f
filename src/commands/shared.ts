// Option parsing and set-up shared by commands: the registry, the root, colour, output.
import { closeSync, existsSync, lstatSync, openSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { UsageError } from '../errors.js';
import { safeWriteFile, WriteError, writeRootFor } from '../safe-write.js';
import { CONFIG_NAMES, findConfig, findRepoRoot } from '../registry/find.js';
import { loadRegistry, normalizeSeverity } from '../registry/load.js';
import { toPosix } from '../util/text.js';
import type { Registry } from '../registry/registry.js';
import type { RuleSetting } from '../registry/types.js';
import type { Io } from '../cli.js';

/**
 * The directory finding paths are relative to: the repository root holding the scanned paths (or cwd),
 * else that directory itself; when paths lie in different places, their common ancestor.
 */
export function scanRoot(cwd: string, paths: string[] = []): string {
  const targets = (paths.length > 0 ? paths : ['.']).map((p) => path.resolve(cwd, p));
  const roots = targets.map((t) => {
    // A named symbolic link belongs where it is written, not where it leads (discover refuses one leading out).
    const dir = existsSync(t) && (lstatSync(t).isSymbolicLink() || !statSync(t).isDirectory()) ? path.dirname(t) : t;
    return findRepoRoot(dir) ?? dir;
  });
  return roots.reduce((a, b) => commonAncestor(a, b));
}

function commonAncestor(a: string, b: string): string {
  const pa = a.split(path.sep);
  const pb = b.split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

/** Loads --config, or the ports.yaml discovered from cwd. */
export function openRegistry(io: Io, configOption: string | undefined, root: string): Registry {
  const file = configOption ? path.resolve(io.cwd, configOption) : findConfig(io.cwd);
  if (!file) {
    throw new UsageError(
      `no ports.yaml found: looked for ${CONFIG_NAMES.join(', ')} in ${io.cwd} and its parents up to ${root}; ` +
        'run `port-lint audit` to see the ports the code uses and `port-lint init` to propose a ports.yaml from them, or pass --config FILE',
    );
  }
  const display = toPosix(path.relative(io.cwd, file)) || path.basename(file);
  return loadRegistry(file, { displayPath: display, root });
}

/** `--rule id=severity` (repeatable), or `--rule 'id=["warn", {…}]'` with options. */
export function collectRule(value: string, previous: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new InvalidArgumentError(`expected id=off|warn|error, got "${value}"`);
  const id = value.slice(0, eq).trim();
  const spec = value.slice(eq + 1).trim();
  let severity: unknown = spec;
  let options: unknown;
  if (spec.startsWith('[')) {
    try {
      [severity, options] = JSON.parse(spec) as [unknown, unknown];
    } catch {
      throw new InvalidArgumentError(`"${spec}" is not valid JSON; write id='["warn", {"option": 1}]'`);
    }
  }
  if (!['off', 'warn', 'warning', 'error', 0, 1, 2, '0', '1', '2'].includes(severity as string)) {
    throw new InvalidArgumentError(`severity of ${id} must be off, warn or error, got "${String(severity)}"`);
  }
  const sev = typeof severity === 'string' && /^\d$/.test(severity) ? Number(severity) : (severity as string | number);
  const setting: RuleSetting = { severity: normalizeSeverity(sev) };
  if (options !== undefined) {
    if (typeof options !== 'object' || options === null || Array.isArray(options))
      throw new InvalidArgumentError(`options of ${id} must be a JSON object`);
    setting.options = options as Record<string, unknown>;
  }
  return { ...previous, [id]: setting };
}

export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected a whole number, got "${value}"`);
  return Number(value);
}

export function parsePositive(value: string): number {
  const n = parseCount(value);
  if (n < 1) throw new InvalidArgumentError(`expected a number of 1 or more, got "${value}"`);
  return n;
}

/** Colour only for a terminal, unless NO_COLOR / FORCE_COLOR / --color / --no-color say otherwise. */
export function useColor(io: Io, flag: boolean | undefined, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined) return io.env.FORCE_COLOR !== '0' && io.env.FORCE_COLOR !== 'false';
  return io.stdoutIsTTY;
}

/**
 * Writes a command's output to --output FILE, or stdout. A file is written atomically (src/safe-write.ts:
 * a full disk leaves the old file whole, the mode is kept) and never through a symlink that leaves `root`
 * (default: the repository holding the working directory) — or, for a path outside it, the directory it
 * names. A device or pipe (`-o /dev/null`, `-o >(gzip > r.gz)`) is written to as it is: it cannot be
 * replaced, and what it leads to is what the user asked for.
 */
export function emit(io: Io, text: string | Iterable<string>, output: string | undefined, root?: string, flag = '--output'): void {
  // A report in pieces (lint's findings) is written a piece at a time, never joined into one string.
  const pieces = typeof text === 'string' ? [text] : text;
  if (output === undefined) {
    for (const piece of pieces) io.stdout(piece);
    return;
  }
  const file = path.resolve(io.cwd, output);
  try {
    if (isStream(file)) {
      const fd = openSync(file, 'w');
      try {
        // writeFileSync on a descriptor writes all of a piece (a pipe may take less per call) and leaves it open.
        for (const piece of pieces) writeFileSync(fd, piece);
      } finally {
        closeSync(fd);
      }
      return;
    }
    safeWriteFile(file, pieces, { root: writeRootFor(file, root ?? findRepoRoot(io.cwd) ?? io.cwd) });
  } catch (err) {
    const why = err instanceof WriteError ? err.detail : ((err as NodeJS.ErrnoException).code ?? String(err));
    throw new UsageError(`${flag}: cannot write ${output}: ${why}`);
  }
}

/** A device, FIFO or socket, or a /dev/ or /proc/ path (`/dev/stdout` may lead to a regular file the shell opened). */
function isStream(file: string): boolean {
  if (/^\/(?:dev|proc)\//.test(file)) return true;
  try {
    const st = statSync(file);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}
