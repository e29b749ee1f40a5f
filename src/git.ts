// git queries for diff-aware scans: the merge-base with a ref, the files and lines changed since it.
import { execFileSync } from 'node:child_process';
import { UsageError } from './errors.js';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/** The merge-base of `ref` and HEAD; a UsageError saying how to fix an unknown ref or a shallow clone. */
export function mergeBase(root: string, ref: string): string {
  if (tryGit(root, ['rev-parse', '--git-dir']) === undefined) {
    throw new UsageError(`--changed-since: ${root} is not inside a git repository`);
  }
  const shallow = tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  if (tryGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === undefined) {
    throw new UsageError(
      `--changed-since: unknown revision "${ref}"; fetch it first (e.g. git fetch origin ${ref.replace(/^origin\//, '')})` +
        (shallow ? ', and fetch full history in shallow clones (actions/checkout with fetch-depth: 0)' : ''),
    );
  }
  const base = tryGit(root, ['merge-base', ref, 'HEAD'])?.trim();
  if (!base) {
    if (shallow) {
      throw new UsageError(
        `--changed-since: the clone is too shallow to find the merge-base of ${ref} and HEAD; fetch full history ` +
          '(actions/checkout with fetch-depth: 0, or git fetch --unshallow)',
      );
    }
    throw new UsageError(`--changed-since: ${ref} and HEAD have no common ancestor`);
  }
  return base;
}

/** Root-relative paths changed since `base`: committed, staged, unstaged, and new untracked files. */
export function changedFiles(root: string, base: string): Set<string> {
  const files = new Set<string>();
  for (const f of git(root, ['diff', '--name-only', '-z', '--no-renames', base]).split('\0')) if (f) files.add(f);
  for (const f of git(root, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) if (f) files.add(f);
  return files;
}

/** Lines added or changed since `base`, by root-relative file; new files count as changed throughout. */
export function changedLines(root: string, base: string): Map<string, Set<number> | 'all'> {
  const out = new Map<string, Set<number> | 'all'>();
  let current: Set<number> | undefined;
  for (const line of git(root, ['diff', '-U0', '--no-color', '--no-ext-diff', '-M', base]).split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = line.slice(4);
      if (target === '/dev/null') {
        current = undefined;
        continue;
      }
      current = new Set<number>();
      out.set(target.replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let i = 0; i < count; i++) current.add(start + i);
    }
  }
  for (const f of git(root, ['ls-files', '--others', '--exclude-standard', '-z']).split('\0')) if (f) out.set(f, 'all');
  return out;
}
