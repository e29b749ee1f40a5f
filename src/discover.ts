// discover: the files to scan — globs, .gitignore, include/exclude, generated and vendored files — each with its language.
import { spawnSync } from 'node:child_process';
import { closeSync, constants, existsSync, lstatSync, opendirSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from './errors.js';
import {
  ancestors,
  attributesFromFiles,
  classifyPath,
  gitAttributes,
  mentionsLinguist,
  readAttributesFile,
  splitNul,
  type Classification,
  type LinguistAttributes,
} from './generated.js';
import { languageByName, mayHaveShebang } from './languages.js';
import type { LanguageId, Notice } from './types.js';
import { describeFsError } from './user-file.js';
import { toPosix } from './util/text.js';

/**
 * Directories never listed, whatever .gitignore says: installed dependencies and git's own store. Build
 * output and vendored code (dist/, build/, vendor/, …) are listed and left out as generated or vendored
 * (src/generated.ts), so a scan says how many it left out and --include-generated reads them.
 */
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**'];

export interface SourceFile {
  /** Path relative to the scan root, POSIX separators; a byte of a name that is not UTF-8 shows as `\xNN`. */
  file: string;
  /** Absolute path. */
  path: string;
  /** Known by name; undefined for extensionless files whose shebang decides. */
  language: LanguageId | undefined;
  /** The file's bytes when already read (a cache miss): extraction uses them instead of reading again. */
  bytes?: Uint8Array;
  /** Whether `bytes` pass the prefilter, when the pool has already tested them (it weighs files ahead). */
  prefiltered?: boolean;
  /** Named on the command line (a generated one is then named back, not only counted). */
  named?: boolean;
  /** Test the bytes for a generated or minified file before extraction (off with --include-generated). */
  detectGenerated?: boolean;
  /** The absolute path's bytes, when the name is not valid UTF-8: what the file is read by. */
  rawPath?: Uint8Array;
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
  /** Read generated, minified and vendored files too (--include-generated). */
  includeGenerated?: boolean;
  /** Told of each file named on the command line that lint.exclude or a built-in ignore leaves out. */
  onIgnored?: (file: string) => void;
  /** Told of each file left out as generated or vendored by its path or by .gitattributes. */
  onGenerated?: (file: string, why: Classification, named: boolean) => void;
  /** Told of what the scan misses through no choice of the user: a directory that cannot be read. */
  onNotice?: (notice: Notice) => void;
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A listed name from its bytes. A name that is not valid UTF-8 (`caf\xe9.py`, written by a Latin-1
 * system) keeps its bytes to be read by, and is shown with each invalid byte as `\xNN` — decoding it
 * lossily would give a name no file has ("broken symbolic link"), and two such names could collide.
 */
function listedName(raw: Buffer): Listed {
  try {
    return { file: utf8.decode(raw) };
  } catch {
    return { file: escapeInvalidUtf8(raw), raw: Buffer.from(raw) };
  }
}

function escapeInvalidUtf8(raw: Buffer): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const b = raw[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len > 0 && i + len <= raw.length) {
      try {
        out += utf8.decode(raw.subarray(i, i + len));
        i += len;
        continue;
      } catch {
        // an invalid sequence: escape its first byte and go on
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i++;
  }
  return out;
}

/**
 * Files below `dir` (root-relative) as git sees them — tracked, plus untracked ones .gitignore does not
 * exclude — when `root` is a git work tree; undefined otherwise. git applies its own ignore rules
 * exactly (nested .gitignore, .git/info/exclude, the global excludes file) and lists 100k files in a
 * fraction of a second, where walking the tree and re-implementing .gitignore takes seconds. Names are
 * read as bytes (-z, no quoting); a directory git cannot open is passed to `unreadable`.
 */
function gitFiles(root: string, dir: string, unreadable: (dir: string, reason: string) => void): Listed[] | undefined {
  if (!existsSync(path.join(root, '.git'))) return undefined;
  const list = (args: string[]): Listed[] | undefined => {
    const r = spawnSync('git', ['--literal-pathspecs', 'ls-files', '-z', ...args, '--', dir === '' ? '.' : dir], {
      cwd: root,
      maxBuffer: 1024 * 1024 * 1024,
      // git's warnings are read for unreadable directories: in English whatever the user's locale.
      env: { ...process.env, LC_ALL: 'C', LANGUAGE: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (r.status !== 0 || r.error) return undefined; // not a work tree after all, or git is missing: walk the tree instead
    const stderr = r.stderr.toString('utf8');
    for (const m of stderr.matchAll(/^warning: could not open directory '(.*)': (.*)$/gm)) {
      unreadable(m[1]!.replace(/\/$/, ''), m[2]!.toLowerCase());
    }
    // The whole list at once when it is UTF-8 (nearly always); name by name, as bytes, when it is not.
    let text: string | undefined;
    try {
      text = utf8.decode(r.stdout);
    } catch {
      return splitNul(r.stdout)
        .filter((raw) => raw.length > 0)
        .map(listedName);
    }
    return text
      .split('\0')
      .filter(Boolean)
      .map((file) => ({ file }));
  };
  const deleted = list(['--deleted']);
  const all = deleted && list(['--cached', '--others', '--exclude-standard']);
  if (!deleted || !all) return undefined;
  const gone = new Set(deleted.map((l) => l.file));
  const files = new Map<string, Listed>();
  for (const l of all) if (!gone.has(l.file)) files.set(l.file, l);
  return [...files.values()];
}

/** One .gitignore's rules, and the root-relative directory they are relative to. */
interface IgnoreLevel {
  base: string;
  rules: Ignore;
}

/**
 * Whether `rel` (root-relative; a directory's with a trailing slash) is ignored by the .gitignore files
 * above it, as git decides: the deepest file with a rule that matches it (ignoring or re-including) wins.
 */
function gitignored(levels: readonly IgnoreLevel[], rel: string): boolean {
  for (let k = levels.length - 1; k >= 0; k--) {
    const { base, rules } = levels[k]!;
    const r = rules.test(base === '' ? rel : rel.slice(base.length + 1));
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

/** The rules of `<dir>/.gitignore`, or undefined when there is none (or it cannot be read). */
function readGitignore(absDir: string): Ignore | undefined {
  let text: string;
  try {
    text = readFileSync(path.join(absDir, '.gitignore'), 'utf8');
  } catch {
    return undefined;
  }
  return ignore({ allowRelativePaths: true }).add(text);
}

/**
 * Files below `dir` by walking the tree, honouring .gitignore files (outside git work trees). One
 * readdir per directory, and its entries' types from the directory itself: no stat per entry (a globby
 * walk with its gitignore option stat'ed every entry: 6.8 s on 27k files, against ~1 s for this). A
 * directory .gitignore excludes is not entered, as git does not. Symbolic links are listed, not
 * followed: a link to a file is scanned through it, a link to a directory is not entered (no loops), and
 * a dangling or looping link reaches the reader, which reports it as skipped. A directory that cannot be
 * read is passed to `unreadable`; names that are not UTF-8 (which a UTF-8 listing gives lossily) are
 * listed again from their directory, as bytes.
 */
function walkFiles(root: string, dir: string, unreadable: (dir: string, reason: string) => void): Listed[] {
  const out: Listed[] = [];
  const lossyParents: string[] = [];
  // The .gitignore files of the directories above `dir` apply to it too (git reads them all).
  const levels: IgnoreLevel[] = [];
  for (const d of dir === '' ? [] : ancestors(parentDir(dir))) {
    const rules = readGitignore(path.join(root, d));
    if (rules) levels.push({ base: d, rules });
  }
  const visit = (rel: string, levels: readonly IgnoreLevel[]): void => {
    const abs = rel === '' ? root : path.join(root, rel);
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (err) {
      unreadable(rel, describeFsError(err));
      return;
    }
    const own = entries.some((e) => e.name === '.gitignore') ? readGitignore(abs) : undefined;
    const here = own ? [...levels, { base: rel, rules: own }] : levels;
    for (const e of entries) {
      if (e.name.includes('\uFFFD')) {
        if (!lossyParents.includes(rel)) lossyParents.push(rel);
        continue;
      }
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        if (e.name === 'node_modules' || e.name === '.git' || gitignored(here, `${child}/`)) continue;
        visit(child, here);
      } else if (gitignored(here, child)) continue;
      else if (e.isFile() || (e.isSymbolicLink() && !isSymlinkToDirectory(path.join(abs, e.name)))) out.push({ file: child });
    }
  };
  visit(dir, levels);
  for (const parent of lossyParents) out.push(...rawWalk(root, parent, unreadable));
  return out;
}

/**
 * The entries below `parent` whose names are not UTF-8, walked with byte names (what the walker above
 * cannot do). .gitignore files are not applied below such a name; node_modules and .git are still skipped.
 */
function rawWalk(root: string, parent: string, unreadable: (dir: string, reason: string) => void, rawParent?: Buffer): Listed[] {
  const base = rawParent ?? Buffer.from(parent, 'utf8');
  const absDir = Buffer.concat([Buffer.from(`${root}${path.sep}`, 'utf8'), base]);
  let dirents: Dirent<Buffer>[];
  try {
    dirents = readdirSync(absDir, { encoding: 'buffer', withFileTypes: true });
  } catch (err) {
    unreadable(listedName(base).file, describeFsError(err));
    return [];
  }
  const out: Listed[] = [];
  for (const d of dirents) {
    const name = d.name as unknown as Buffer;
    const rawRel = base.length === 0 ? Buffer.from(name) : Buffer.concat([base, Buffer.from('/'), name]);
    const l = listedName(rawRel);
    // Only names that are not UTF-8 are missing from the walker's list (and what lies below them).
    if (!l.raw && rawParent === undefined && !l.file.includes('\uFFFD')) continue;
    if (d.isDirectory()) {
      const n = name.toString('latin1');
      if (n !== 'node_modules' && n !== '.git') out.push(...rawWalk(root, l.file, unreadable, rawRel));
    } else if (d.isFile() || (d.isSymbolicLink() && !isSymlinkToDirectory(Buffer.concat([Buffer.from(`${root}${path.sep}`, 'utf8'), rawRel])))) {
      out.push(l.raw ? l : { file: l.file, raw: rawRel });
    }
  }
  return out;
}

/**
 * linguist-generated / linguist-vendored of each candidate. Only when one of the .gitattributes files in
 * `dirs` (or .git/info/attributes) speaks of linguist is git asked (`git check-attr`, exact), or, outside
 * a work tree, the files parsed here.
 */
function linguistAttributes(root: string, candidates: readonly Listed[], dirs: ReadonlySet<string>): Map<string, LinguistAttributes> {
  const texts = new Map<string, string>();
  for (const d of dirs) texts.set(d, readAttributesFile(path.join(root, d, '.gitattributes')));
  const infoAttributes = readAttributesFile(path.join(root, '.git', 'info', 'attributes'));
  if (!mentionsLinguist([...texts.values(), infoAttributes])) return new Map();
  if (existsSync(path.join(root, '.git'))) {
    const fromGit = gitAttributes(root, candidates);
    if (fromGit) return fromGit;
  }
  return attributesFromFiles(
    candidates.map((c) => c.file),
    texts,
  );
}

function parentDir(file: string): string {
  const slash = file.lastIndexOf('/');
  return slash < 0 ? '' : file.slice(0, slash);
}

/** A listed file: its root-relative POSIX name, and its bytes when the name is not valid UTF-8. */
interface Listed {
  file: string;
  raw?: Buffer | undefined;
}

interface Candidate extends Listed {
  abs: string;
  language: LanguageId | undefined;
}

const NO_ATTRIBUTES: LinguistAttributes = {};

/** Every file to scan, sorted by path; explicitly named files are kept even when ignored. */
export async function discover(options: DiscoverOptions): Promise<SourceFile[]> {
  const root = path.resolve(options.root);
  // Resolved after the first target is found: a missing target is the root itself when no repository holds it.
  let realRoot: string | undefined;
  const getRealRoot = () => (realRoot ??= realPath(root, root));
  const named = options.paths.length > 0;
  const targets = named ? options.paths : ['.'];
  const explicit: Listed[] = [];
  const found = new Map<string, Listed>();
  // Directories that may hold a .gitattributes: those listed, and those above what was named (probed).
  const attributeDirs = new Set<string>();
  const probe = new Set<string>();
  for (const target of targets) {
    const { rel, isDir } = resolveTarget(options.cwd, root, getRealRoot, target);
    if (!isDir) {
      explicit.push({ file: rel });
      for (const d of ancestors(parentDir(rel))) probe.add(d);
      continue;
    }
    for (const d of ancestors(rel)) probe.add(d);
    // lint.exclude and lint.include are globs relative to the root; see coversDirectory for named ones.
    const excludes = named && coversDirectory(options.exclude, rel) ? options.exclude.filter((g) => !coversDirectory([g], rel)) : options.exclude;
    const includes = named && !options.include.some((g) => mayReach(g, rel)) ? [] : options.include;
    const included = includes.length > 0 ? picomatch(includes, { dot: true }) : () => true;
    const ignored = picomatch([...DEFAULT_IGNORES, ...excludes], { dot: true });
    const unreadable = (dir: string, reason: string) =>
      options.onNotice?.({ file: dir, level: 'warning', message: `skipped: directory cannot be read (${reason}); files below it were not scanned` });
    const listed = gitFiles(root, rel, unreadable) ?? walkFiles(root, rel, unreadable);
    for (const l of listed) {
      if (l.file === '.gitattributes' || l.file.endsWith('/.gitattributes')) attributeDirs.add(parentDir(l.file));
      if (included(l.file) && !ignored(l.file)) found.set(l.file, l);
    }
  }
  // A file named on the command line (a pre-commit hook names every staged file) still honours
  // lint.exclude and the built-in ignores, as ESLint does; the caller hears of each one left out.
  const ignoredByConfig = picomatch([...DEFAULT_IGNORES, ...options.exclude], { dot: true });
  const namedFiles = new Set<string>();
  for (const l of explicit) {
    if (ignoredByConfig(l.file)) options.onIgnored?.(l.file);
    else {
      found.set(l.file, l);
      namedFiles.add(l.file);
    }
  }
  const skip = new Set((options.skip ?? []).map((p) => path.resolve(p)));
  const candidates: Candidate[] = [];
  for (const file of [...found.keys()].sort()) {
    const l = found.get(file)!;
    const abs = path.join(root, file);
    if (!l.raw && skip.has(abs)) continue;
    const language = languageByName(file);
    if (language === undefined && !mayHaveShebang(file)) continue;
    candidates.push({ file, raw: l.raw, abs, language });
  }
  // Generated and vendored files (linguist's rules, .gitattributes) are left out unless --include-generated;
  // those known by their path are not even read. A named one is left out too, and named back to the caller.
  for (const d of probe) if (!attributeDirs.has(d) && existsSync(path.join(root, d, '.gitattributes'))) attributeDirs.add(d);
  const attributes = options.includeGenerated ? new Map<string, LinguistAttributes>() : linguistAttributes(root, candidates, attributeDirs);
  const files: SourceFile[] = [];
  for (const c of candidates) {
    const sf: SourceFile = { file: c.file, path: c.abs, language: c.language };
    if (!options.includeGenerated) {
      const attrs = attributes.get(c.file) ?? NO_ATTRIBUTES;
      const generated = classifyPath(c.file, attrs);
      if (generated) {
        options.onGenerated?.(c.file, generated, namedFiles.has(c.file));
        continue;
      }
      if (attrs.generated !== false) sf.detectGenerated = true;
    }
    if (namedFiles.has(c.file)) sf.named = true;
    if (c.raw) sf.rawPath = Buffer.concat([Buffer.from(`${root}${path.sep}`, 'utf8'), c.raw]);
    files.push(sf);
  }
  return files;
}

/**
 * The root-relative path a named target stands for, and whether it is a directory. A target is refused
 * (exit 2) when it does not exist, cannot be read, lies outside the root — by its own path or, for a
 * symbolic link, by where the link leads — or is the file-system root or a kernel file system. A named
 * directory reached through a symbolic link inside the root is scanned at its real place.
 */
function resolveTarget(cwd: string, root: string, realRoot: () => string, target: string): { rel: string; isDir: boolean } {
  const abs = path.resolve(cwd, target);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (err) {
    throw new UsageError(describeTargetError(abs, target, err));
  }
  const real = realPath(abs, target);
  if (real === path.parse(real).root || /^\/(?:proc|sys)(?:\/|$)|^\/dev$/.test(real)) {
    throw new UsageError(
      `${target}${real === abs ? '' : ` (a symbolic link to ${real})`}: port-lint does not scan the whole file system or a kernel file system; name the directories to scan`,
    );
  }
  const relReal = path.relative(realRoot(), real);
  if (relReal.startsWith('..') || path.isAbsolute(relReal)) {
    if (real !== abs) {
      throw new UsageError(`${target} leads outside the repository root ${root} (through a symbolic link, to ${real}); name ${real} itself to scan it there`);
    }
    throw new UsageError(`${target} is outside the repository root ${root}; run port-lint from inside it`);
  }
  // Named files keep the name they were given (a link inside the root reads through); directories are
  // walked where they really are, since git and the walker do not enter a symbolic link.
  const relNamed = path.relative(root, abs);
  const rel = !isDir && !relNamed.startsWith('..') && !path.isAbsolute(relNamed) ? relNamed : relReal;
  try {
    if (isDir) opendirSync(abs).closeSync();
    else closeSync(openSync(abs, constants.O_RDONLY | constants.O_NONBLOCK));
  } catch (err) {
    throw new UsageError(`cannot read ${isDir ? 'directory' : 'file'} ${target}: ${describeFsError(err)}`);
  }
  return { rel: toPosix(rel), isDir };
}

function realPath(abs: string, target: string): string {
  try {
    return realpathSync(abs);
  } catch (err) {
    throw new UsageError(describeTargetError(abs, target, err));
  }
}

/** Why a named path cannot be used, truthfully: a dangling link, a loop, a permission, not "no such file". */
function describeTargetError(abs: string, target: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') {
    let link: string | undefined;
    try {
      if (lstatSync(abs).isSymbolicLink()) link = readlinkSync(abs);
    } catch {
      // not there at all
    }
    if (link !== undefined) return `cannot read ${target}: broken symbolic link (its target ${link} does not exist)`;
    // Node reads the command line as UTF-8: a name in another encoding reaches it with U+FFFD in it.
    if (target.includes('\uFFFD')) return `no such file or directory: ${target} (its name is not valid UTF-8 as given; name its directory instead)`;
    return `no such file or directory: ${target}`;
  }
  return `cannot read ${target}: ${describeFsError(err)}`;
}

function isSymlinkToDirectory(abs: string | Buffer): boolean {
  try {
    return lstatSync(abs).isSymbolicLink() && statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
