// The benchmark's standing set: public repositories of different shapes, pinned by commit and fetched
// (never vendored) into <tmpdir>/port-lint-standing-set/<owner>+<name>/, for `npm run bench -- --standing-set`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the trees go: <tmpdir>/port-lint-standing-set/, or PORT_LINT_STANDING_DIR. Not under this
 * project: a tree inside its git work tree (where .gitignore ignores bench/.corpus/) would be scanned
 * as part of this repository, and git would list none of its files.
 */
export const STANDING_DIR = process.env.PORT_LINT_STANDING_DIR ? path.resolve(process.env.PORT_LINT_STANDING_DIR) : path.join(os.tmpdir(), 'port-lint-standing-set');

/**
 * The repositories, each at one commit so every run measures the same files. `shape` says why it is in
 * the set. Add one by appending an entry: its repository is cloned at that commit on the next run.
 */
export const STANDING_SET = [
  { repo: 'open-telemetry/opentelemetry-demo', commit: '054282e318317f2be09f67dd9b0d7d1278566cfa', shape: 'compose stack, many languages' },
  { repo: 'healthchecks/healthchecks', commit: '29b5ec251059034b79e0120e2ff0c3e35d7bd9f8', shape: 'Python/Django application' },
  { repo: 'hoppscotch/hoppscotch', commit: 'afc2cf181c16e56647b099e5d18cfe55710c6cdd', shape: 'TypeScript monorepo' },
];

/** Where an entry is materialised: a plain export (no .git), like an unpacked release. */
export function treeDir(entry) {
  return path.join(STANDING_DIR, entry.repo.replace('/', '+'));
}

function git(args, cwd) {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) throw new Error(`git is needed to fetch the standing set: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr.trim().split('\n').at(-1)}`);
  return r.stdout;
}

/**
 * Makes `entry` present at its commit and returns its directory. A tree already there at that commit
 * (<name>.commit beside it says which) is reused. Otherwise the commit is fetched alone
 * (`git fetch --depth 1 origin <commit>`, which GitHub serves for any commit) and exported without
 * .git: the tools then see a plain directory, the same for every run. PORT_LINT_STANDING_SOURCES may
 * name a directory of exports already on this machine (`<owner>+<name>/`), copied instead of fetched.
 */
export function materialise(entry, { log = () => {} } = {}) {
  const dir = treeDir(entry);
  const stamp = `${dir}.commit`;
  if (existsSync(dir) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === entry.commit) return dir;
  mkdirSync(STANDING_DIR, { recursive: true });
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const local = process.env.PORT_LINT_STANDING_SOURCES && path.join(process.env.PORT_LINT_STANDING_SOURCES, entry.repo.replace('/', '+'));
  if (local && existsSync(local)) {
    log(`  ${entry.repo}: copying ${local} (PORT_LINT_STANDING_SOURCES; taken to be ${entry.commit.slice(0, 7)})`);
    cpSync(local, partial, { recursive: true, verbatimSymlinks: true });
  } else {
    log(`  ${entry.repo}: fetching ${entry.commit.slice(0, 7)} from GitHub`);
    const clone = `${dir}.git-tmp`;
    rmSync(clone, { recursive: true, force: true });
    mkdirSync(clone, { recursive: true });
    try {
      git(['init', '-q'], clone);
      git(['remote', 'add', 'origin', `https://github.com/${entry.repo}.git`], clone);
      git(['fetch', '-q', '--depth', '1', 'origin', entry.commit], clone);
      mkdirSync(partial, { recursive: true });
      // git archive | tar: the committed files only, no .git, symbolic links kept as links.
      const archive = spawnSync('git', ['archive', '--format=tar', entry.commit], { cwd: clone, maxBuffer: 4 * 1024 ** 3 });
      if (archive.status !== 0) throw new Error(`git archive failed: ${archive.stderr}`);
      const tar = spawnSync('tar', ['-x', '-C', partial], { input: archive.stdout });
      if (tar.status !== 0) throw new Error(`tar failed: ${tar.stderr}`);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  writeFileSync(stamp, `${entry.commit}\n`);
  return dir;
}

/** Every entry of the standing set, materialised; their directories in list order. */
export function materialiseAll(options) {
  return STANDING_SET.map((e) => ({ ...e, dir: materialise(e, options) }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const e of materialiseAll({ log: (l) => process.stderr.write(`${l}\n`) })) process.stdout.write(`${e.dir}\t${e.repo}@${e.commit.slice(0, 7)}\t${e.shape}\n`);
  } catch (err) {
    process.stderr.write(`standing-set: ${err.message}\n`);
    process.exitCode = 2;
  }
}
