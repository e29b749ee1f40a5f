// discover: the files to scan — globs, .gitignore, include/exclude — each with its language.
import { lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { globby } from 'globby';
import { UsageError } from './errors.js';
import { languageByName, mayHaveShebang } from './languages.js';
import type { LanguageId } from './types.js';

/** Directories never scanned, whatever .gitignore says. */
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/dist/**', '**/build/**', '**/vendor/**'];

export interface SourceFile {
  /** Path relative to the scan root, POSIX separators. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Known by name; undefined for extensionless files whose shebang decides. */
  language: LanguageId | undefined;
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
}

const toPosix = (p: string) => p.split(path.sep).join('/');

function escapeGlob(p: string): string {
  return p.replace(/[*?[\]{}()!]/g, '\\$&');
}

/** Every file to scan, sorted by path; explicitly named files are kept even when ignored. */
export async function discover(options: DiscoverOptions): Promise<SourceFile[]> {
  const root = path.resolve(options.root);
  const targets = options.paths.length > 0 ? options.paths : ['.'];
  const dirPatterns: string[] = [];
  const explicit: string[] = [];
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
    if (isDir) {
      const base = rel === '' ? '' : `${escapeGlob(rel)}/`;
      const includes = options.include.length > 0 ? options.include : ['**/*'];
      for (const inc of includes) dirPatterns.push(rel === '' ? inc : `${base}${inc.replace(/^\.\//, '')}`);
    } else {
      explicit.push(rel);
    }
  }
  const found = new Set<string>(explicit);
  if (dirPatterns.length > 0) {
    // Symbolic links are listed, not followed: a link to a file is scanned through it, a link to a
    // directory is not entered (no loops), and a dangling or looping link reaches the reader, which
    // reports it as skipped.
    const entries = await globby(dirPatterns, {
      cwd: root,
      gitignore: true,
      ignore: [...DEFAULT_IGNORES, ...options.exclude],
      dot: true,
      onlyFiles: false,
      markDirectories: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      objectMode: true,
    });
    for (const e of entries) {
      if (e.dirent.isFile() || (e.dirent.isSymbolicLink() && !isSymlinkToDirectory(path.join(root, e.path)))) {
        found.add(toPosix(e.path));
      }
    }
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
