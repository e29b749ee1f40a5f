// git queries for diff-aware scans: the merge-base with a ref, the files and lines changed since it.
import { execFileSync } from 'node:child_process';
import { UsageError } from './errors.js';
import { suggest } from './util/suggest.js';

/** Runs git; a failure (no git, a git too old for an option) is a one-line UsageError, not a stack trace. */
function git(cwd: string, args: string[]): string {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { stderr?: string };
    const why = e.code === 'ENOENT' ? 'git is not installed' : (e.stderr ?? '').trim().split('\n')[0] || e.message;
    const sub = args.find((a) => !a.startsWith('-') && !a.includes('=')) ?? '';
    throw new UsageError(`--changed-since: git ${sub} failed: ${why} (port-lint needs git 2.28 or later)`);
  }
}

function tryGit(cwd: string, args: string[]): string | undefined {
  try {
    return git(cwd, args);
  } catch {
    return undefined;
  }
}

/**
 * What to do about a ref git does not know: the closest branch or tag it does know; fetching it when a
 * remote could have it (a remote-tracking name, or a repository with remotes); that there is no remote to
 * fetch from otherwise.
 */
function unknownRefAdvice(root: string, ref: string, shallow: boolean): string {
  const refs = (tryGit(root, ['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/remotes', 'refs/tags']) ?? '')
    .split('\n')
    .filter((r) => r !== '' && !r.endsWith('/HEAD'));
  const remotes = (tryGit(root, ['remote']) ?? '').split('\n').filter((r) => r !== '');
  const near = suggest(ref, refs);
  const parts: string[] = [];
  if (near) parts.push(`not a branch, tag or commit here${near}`);
  if (remotes.length > 0) {
    const remote = remotes.includes('origin') ? 'origin' : remotes[0]!;
    parts.push(`if it is on ${remote}, fetch it first (git fetch ${remote} ${ref.replace(new RegExp(`^${remote}/`), '')})`);
    if (shallow) parts.push('and fetch full history in shallow clones (actions/checkout with fetch-depth: 0)');
  } else {
    const heads = refs.filter((r) => !r.includes('/')).slice(0, 5);
    parts.push(`this repository has no remote to fetch it from; name a local branch${heads.length > 0 ? ` (${heads.join(', ')})` : ''}, a tag or a commit`);
  }
  return parts.join('; ');
}

/** The merge-base of `ref` and HEAD; a UsageError saying how to fix an unknown ref or a shallow clone. */
export function mergeBase(root: string, ref: string): string {
  // An empty ref (an unset CI variable: --changed-since "$BASE") must not mean "everything changed".
  if (ref.trim() === '') throw new UsageError('--changed-since: the ref is empty; name a branch, tag or commit (e.g. origin/main)');
  if (tryGit(root, ['rev-parse', '--git-dir']) === undefined) {
    throw new UsageError(`--changed-since: ${root} is not inside a git repository`);
  }
  const shallow = tryGit(root, ['rev-parse', '--is-shallow-repository'])?.trim() === 'true';
  if (tryGit(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) === undefined) {
    throw new UsageError(`--changed-since: unknown revision "${ref}"; ${unknownRefAdvice(root, ref, shallow)}`);
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
  // Prefixes pinned whatever the user's git config says (diff.noprefix, diff.mnemonicPrefix).
  const diff = git(root, [
    '-c',
    'diff.noprefix=false',
    '-c',
    'diff.mnemonicPrefix=false',
    'diff',
    '-U0',
    '--no-color',
    '--no-ext-diff',
    '-M',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--no-relative',
    base,
  ]);
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const target = diffPath(line.slice(4));
      if (target === undefined) {
        current = undefined;
        continue;
      }
      current = new Set<number>();
      out.set(target, current);
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

/**
 * The path of a `+++` line: `b/dir/a b.js` followed by a TAB when it holds spaces, or C-quoted
 * (`"b/tab\tx.js"`, octal bytes for non-ASCII) when it holds special characters; undefined for /dev/null.
 */
export function diffPath(raw: string): string | undefined {
  let text = raw.replace(/\t$/, '');
  if (text === '/dev/null') return undefined;
  if (text.startsWith('"') && text.endsWith('"')) {
    const bytes: number[] = [];
    const body = text.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (c !== '\\') {
        bytes.push(...Buffer.from(c, 'utf8'));
        continue;
      }
      const next = body[++i]!;
      const octal = /^[0-7]{3}/.exec(body.slice(i));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += 2;
      } else {
        const map: Record<string, string> = { t: '\t', n: '\n', r: '\r', '"': '"', '\\': '\\', a: '\u0007', b: '\b', f: '\f', v: '\v' };
        bytes.push(...Buffer.from(map[next] ?? next, 'utf8'));
      }
    }
    text = Buffer.from(bytes).toString('utf8');
  }
  return text.replace(/^b\//, '');
}
