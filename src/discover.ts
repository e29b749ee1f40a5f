// discover: the files to scan — globs, .gitignore, include/exclude — each with its language.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { globby } from 'globby';
import picomatch from 'picomatch';
import { UsageError } from './errors.js';
import { languageByName, mayHaveShebang } from './languages.js';
import type { LanguageId } from './types.js';
import { toPosix } from './util/text.js';

/** Directories never scanned, whatever .gitignore says. */
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/build/**', '**/vendor/**'];

export interface SourceFile {
  /** Path relative to the scan root, POSIX separators. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Known by name; undefined for extensionless files whose shebang decides. */
  language: LanguageId | undefined;
  /** The file's bytes when already read (a cache miss): extraction uses them instead of reading again. */
  bytes?: Uint8Array;
}

export interface DiscoverOptions {
  cwd: string;
  root: string;
  /** Files and directories (relative to cwd); none means cwd. */
  paths: string[];
  include: string[];
  exclude: string[];
  /** Absolute paths never scanned (ports.yaml itself). */
  skip?: string[];
  /** Told of each file named on the command line that lint.exclude or a built-in ignore leaves out. */
  onIgnored?: (file: string) => void;
}


function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!]/g, '\\$&');
}

/**
 * Whether globs would take a whole directory away (or in): `fixtures/**` covers `fixtures/legacy/…`.
 * A directory named on the command line is scanned even when lint.exclude covers it whole, and even
 * when it lies outside every lint.include glob — the user asked for it.
 */
function coversDirectory(globs: readonly string[], dir: string): boolean {
  if (globs.length === 0) return false;
  const probe = `${dir === '' ? '' : `${dir}/`}__port_lint_probe__/x`;
  return picomatch(globs as string[], { dot: true })(probe);
}

/** Whether glob `g` can match a file below `dir`: its static base is an ancestor or descendant of dir. */
function mayReach(g: string, dir: string): boolean {
  const base = picomatch.scan(g).base;
  return base === '' || dir === '' || base === dir || base.startsWith(`${dir}/`) || dir.startsWith(`${base}/`);
}

/**
 * Files below `dir` (root-relative) as git sees them — tracked, plus untracked ones .gitignore does not
 * exclude — when `root` is a git work tree; undefined otherwise. git applies its own ignore rules
 * exactly (nested .gitignore, .git/info/exclude, the global excludes file) and lists 100k files in a
 * fraction of a second, where walking the tree and re-implementing .gitignore takes seconds.
 */
function gitFiles(root: string, dir: string): string[] | undefined {
  if (!existsSync(path.join(root, '.git'))) return undefined;
  const list = (args: string[]) =>
    execFileSync('git', ['--literal-pathspecs', '-c', 'core.quotePath=false', 'ls-files', '-z', ...args, '--', dir === '' ? '.' : dir], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\0')
      .filter(Boolean);
  try {
    const deleted = new Set(list(['--deleted']));
    const files = new Set<string>();
    for (const f of list(['--cached', '--others', '--exclude-standard'])) if (!deleted.has(f)) files.add(f);
    return [...files];
  } catch {
    return undefined; // not a work tree after all, or git is missing: walk the tree instead
  }
}

/**
 * Files below `dir` by walking the tree, honouring .gitignore files (outside git work trees). Symbolic
 * links are listed, not followed: a link to a file is scanned through it, a link to a directory is not
 * entered (no loops), and a dangling or looping link reaches the reader, which reports it as skipped.
 */
async function globFiles(root: string, dir: string): Promise<string[]> {
  const entries = await globby(dir === '' ? '**/*' : `${escapeGlob(dir)}/**/*`, {
    cwd: root,
    gitignore: true,
    ignore: DEFAULT_IGNORES,
    dot: true,
    onlyFiles: false,
    markDirectories: true,
    followSymbolicLinks: false,
    suppressErrors: true,
    objectMode: true,
  });
  return entries
    .filter((e) => e.dirent.isFile() || (e.dirent.isSymbolicLink() && !isSymlinkToDirectory(path.join(root, e.path))))
    .map((e) => toPosix(e.path));
}

/** Every file to scan, sorted by path; explicitly named files are kept even when ignored. */
export async function discover(options: DiscoverOptions): Promise<SourceFile[]> {
  const root = path.resolve(options.root);
  const named = options.paths.length > 0;
  const targets = named ? options.paths : ['.'];
  const explicit: string[] = [];
  const found = new Set<string>();
  for (const target of targets) {
    const abs = path.resolve(options.cwd, target);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      throw new UsageError(`no such file or directory: ${target}`);
    }
    const rel = toPosix(path.relative(root, abs));
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new UsageError(`${target} is outside the repository root ${root}; run port-lint from inside it`);
    }
    if (!isDir) {
      explicit.push(rel);
      continue;
    }
    // lint.exclude and lint.include are globs relative to the root; see coversDirectory for named ones.
    const excludes = named && coversDirectory(options.exclude, rel) ? options.exclude.filter((g) => !coversDirectory([g], rel)) : options.exclude;
    const includes = named && !options.include.some((g) => mayReach(g, rel)) ? [] : options.include;
    const included = includes.length > 0 ? picomatch(includes, { dot: true }) : () => true;
    const ignored = picomatch([...DEFAULT_IGNORES, ...excludes], { dot: true });
    const listed = gitFiles(root, rel) ?? (await globFiles(root, rel));
    for (const file of listed) if (included(file) && !ignored(file)) found.add(file);
  }
  // A file named on the command line (a pre-commit hook names every staged file) still honours
  // lint.exclude and the built-in ignores, as ESLint does; the caller hears of each one left out.
  const ignoredByConfig = picomatch([...DEFAULT_IGNORES, ...options.exclude], { dot: true });
  for (const f of explicit) {
    if (ignoredByConfig(f)) options.onIgnored?.(f);
    else found.add(f);
  }
  const skip = new Set((options.skip ?? []).map((p) => path.resolve(p)));
  const files: SourceFile[] = [];
  for (const file of [...found].sort()) {
    const abs = path.join(root, file);
    if (skip.has(abs)) continue;
    const language = languageByName(file);
    if (language === undefined && !mayHaveShebang(file)) continue;
    files.push({ file, path: abs, language });
  }
  return files;
}

function isSymlinkToDirectory(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink() && statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
