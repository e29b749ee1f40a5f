// Finds the repository root and the ports.yaml that applies to a working directory.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** File names tried in each directory, in order. */
export const CONFIG_NAMES = ['ports.yaml', 'config/ports.yaml', '.ports.yaml'] as const;

/** The nearest directory at or above `start` holding `.git` (a directory, or a file for worktrees). */
export function findRepoRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/**
 * ports.yaml for `cwd`: the first of CONFIG_NAMES found in `cwd`, then in each parent up to the
 * repository root (only `cwd` itself outside a repository).
 */
export function findConfig(cwd: string): string | undefined {
  const stop = findRepoRoot(cwd) ?? path.resolve(cwd);
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      // Anything but a directory: a FIFO or device named ports.yaml is refused when it is read, with
      // its name, rather than passed over for a ports.yaml further up.
      if (existsSync(candidate) && !statSync(candidate).isDirectory()) return candidate;
    }
    if (dir === stop) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
