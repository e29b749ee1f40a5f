// Builds the benchmark tree: real source files found on this machine plus generated deployment files,
// chosen deterministically (seeded shuffle), so the same machine gets the same tree at every build.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, generatedFile } from './synthetic.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Seed of every shuffle and generated file. Changing it changes every tree. */
export const SEED = 0x5eed2024;

/**
 * Shares of the tree by kind of file; the rest (20 %) is generated compose files, Dockerfiles and
 * .env files in equal parts. A group this machine has no files for gives its share to `js`.
 */
export const SHARES = { js: 0.4, python: 0.3, shell: 0.1 };

/**
 * Files larger than this are left out: it is port-lint's default lint.max_file_size, so every tool
 * reads the same files (port-lint would skip a bigger one, ast-grep and rg would not).
 */
export const MAX_FILE_BYTES = 1024 * 1024;

const JS_EXTENSIONS = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);
const SHELL_EXTENSIONS = new Set(['.sh', '.bash', '.zsh', '.ksh']);
const SHELL_SHEBANG = /^#!.*\b(?:ba|da|z|k|a)?sh\b/;
/** Directory names port-lint never scans (src/discover.ts DEFAULT_IGNORES): renamed in the tree. */
const IGNORED_NAMES = new Set(['node_modules', '.git', 'dist', 'build', 'vendor']);

/** "1k" → 1000, "100k" → 100000, "2500" → 2500. */
export function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`not a size: "${text}" (write e.g. 1k, 10k, 100k or 2500)`);
  const factor = m[2] === '' ? 1 : m[2].toLowerCase() === 'k' ? 1000 : 1_000_000;
  const n = Math.round(Number(m[1]) * factor);
  if (n < 10) throw new Error(`size ${text} is too small: at least 10 files`);
  return n;
}

export function formatSize(n) {
  if (n % 1_000_000 === 0) return `${n / 1_000_000}m`;
  if (n % 1000 === 0) return `${n / 1000}k`;
  return String(n);
}

/** A path component safe in the tree: not a directory port-lint ignores, not hidden (rg skips those). */
function safeComponent(name) {
  if (IGNORED_NAMES.has(name)) return `${name}_`;
  if (name.startsWith('.')) return `_${name.slice(1)}`;
  return name;
}

function safeRelative(rel) {
  return rel.split(path.sep).map(safeComponent).join('/');
}

/** Regular files under `dir` (symlinks are not followed), each with its size and mtime. */
function walk(dir, accept, out, skipDir = () => false) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!skipDir(e.name)) walk(abs, accept, out, skipDir);
    } else if (e.isFile()) {
      let st;
      try {
        st = lstatSync(abs);
      } catch {
        continue;
      }
      if (st.size > MAX_FILE_BYTES || !accept(abs, e.name)) continue;
      out.push({ abs, size: st.size, mtimeMs: Math.floor(st.mtimeMs) });
    }
  }
  return out;
}

function firstLine(abs) {
  let fd;
  try {
    fd = openSync(abs, 'r');
    const buf = Buffer.alloc(256);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('latin1').split('\n', 1)[0];
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Directories holding Python's library: the stdlib of the python3 on PATH, and the system's. */
function pythonRoots() {
  const roots = [];
  const probe = spawnSync('python3', ['-c', 'import sysconfig; print(sysconfig.get_paths()["stdlib"])'], { encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim()) roots.push(probe.stdout.trim());
  for (const base of ['/usr/lib', '/usr/local/lib']) {
    let names = [];
    try {
      names = readdirSync(base);
    } catch {
      continue;
    }
    for (const name of names.sort()) if (/^python3(?:\.\d+)?$/.test(name)) roots.push(path.join(base, name));
  }
  const seen = new Set();
  const unique = [];
  for (const r of roots) {
    let real;
    try {
      real = realpathSync(r);
    } catch {
      continue;
    }
    if (!seen.has(real)) {
      seen.add(real);
      unique.push(real);
    }
  }
  // Drop a root inside another (it would be read twice).
  return unique.filter((r) => !unique.some((o) => o !== r && r.startsWith(o + path.sep))).sort();
}

/**
 * The real files available on this machine, by group, each with the path it gets in the tree
 * (relative to its group's copy directory), sorted.
 */
export function collectSources(projectRoot) {
  const js = walk(path.join(projectRoot, 'node_modules'), (_abs, name) => JS_EXTENSIONS.has(path.extname(name)), []).map((f) => ({
    ...f,
    rel: safeRelative(path.relative(path.join(projectRoot, 'node_modules'), f.abs)),
  }));

  const roots = pythonRoots();
  const python = [];
  roots.forEach((root, i) => {
    for (const f of walk(root, (_abs, name) => name.endsWith('.py'), [], (d) => d === '__pycache__')) {
      python.push({ ...f, rel: `lib${i}/${safeRelative(path.relative(root, f.abs))}` });
    }
  });

  const shell = [];
  const isShell = (abs, name) => SHELL_EXTENSIONS.has(path.extname(name)) || SHELL_SHEBANG.test(firstLine(abs));
  for (const [dir, label, recurse] of [
    ['/usr/bin', 'usr-bin', false],
    ['/etc', 'etc', true],
  ]) {
    const found = walk(dir, isShell, [], () => !recurse);
    for (const f of found) {
      let rel = safeRelative(path.relative(dir, f.abs));
      // ast-grep picks a language by extension only, so extensionless scripts get `.sh`; port-lint
      // would read their shebang, ast-grep would skip them, and the two would not do the same work.
      if (!SHELL_EXTENSIONS.has(path.extname(rel))) rel += '.sh';
      shell.push({ ...f, rel: `${label}/${rel}` });
    }
  }
  return { js, python, shell, pythonRoots: roots };
}

function shuffled(items, seed) {
  const r = createRandom(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r.next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** How many files of each group a tree of `size` files holds. */
export function groupCounts(sources, size) {
  const counts = { js: Math.round(size * SHARES.js), python: Math.round(size * SHARES.python), shell: Math.round(size * SHARES.shell) };
  for (const g of ['python', 'shell']) {
    if (sources[g].length === 0) {
      counts.js += counts[g];
      counts[g] = 0;
    }
  }
  counts.generated = size - counts.js - counts.python - counts.shell;
  if (counts.js > 0 && sources.js.length === 0) {
    throw new Error('no JavaScript/TypeScript files under node_modules: run `npm ci` first');
  }
  return counts;
}

/**
 * The tree's files: for each group, the first `count` files of its seeded shuffle; when the machine has
 * fewer, the list goes round again into the next numbered directory (js/001/…), so the tree only ever
 * holds real files. Because the shuffle does not depend on the size, a smaller tree is a subset of a
 * larger one.
 */
export function planTree(sources, size) {
  const counts = groupCounts(sources, size);
  const plan = [];
  for (const [gi, group] of ['js', 'python', 'shell'].entries()) {
    const order = shuffled(sources[group], SEED + gi);
    for (let i = 0; i < counts[group]; i++) {
      const src = order[i % order.length];
      const copy = Math.floor(i / order.length);
      plan.push({ dest: `${group}/${String(copy).padStart(3, '0')}/${src.rel}`, group, src: src.abs, size: src.size, mtimeMs: src.mtimeMs, copy });
    }
  }
  for (let i = 0; i < counts.generated; i++) {
    const dir = `deploy/svc-${String(Math.floor(i / 3)).padStart(5, '0')}`;
    plan.push({ dest: dir, group: 'generated', index: i });
  }
  return { counts, plan };
}

/** What the tree depends on: the plan and the code that writes it. Same key → same tree. */
function planKey(size, plan) {
  const h = createHash('sha256');
  h.update(`size ${size} seed ${SEED}\n`);
  for (const file of ['corpus.mjs', 'synthetic.mjs']) h.update(readFileSync(path.join(HERE, file)));
  for (const p of plan) h.update(p.group === 'generated' ? `${p.dest}\tgen\t${p.index}\n` : `${p.dest}\t${p.src}\t${p.size}\t${p.mtimeMs}\n`);
  return h.digest('hex');
}

function commentFor(dest) {
  return /\.(?:[cm]?[jt]sx?)$/.test(dest) ? '//' : '#';
}

/**
 * Writes the tree for `size` files into `dir` (replacing an older one), unless the tree there was
 * built from the same plan. Returns what it holds.
 */
export function buildTree(dir, sources, size, { rebuild = false, log = () => {} } = {}) {
  const { counts, plan } = planTree(sources, size);
  const key = planKey(size, plan);
  const manifestFile = `${dir}.manifest.json`;
  if (!rebuild && existsSync(dir) && existsSync(manifestFile)) {
    try {
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
      if (manifest.key === key) return { ...manifest, reused: true };
    } catch {
      // An unreadable manifest: build again.
    }
  }
  log(`building ${path.relative(process.cwd(), dir) || dir} (${size} files)…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const made = new Set();
  const ensureDir = (d) => {
    if (!made.has(d)) {
      mkdirSync(d, { recursive: true });
      made.add(d);
    }
  };
  const files = [];
  let bytes = 0;
  let duplicated = 0;
  const byKind = { js: 0, python: 0, shell: 0, compose: 0, dockerfile: 0, env: 0 };
  for (const p of plan) {
    if (p.group === 'generated') {
      const g = generatedFile(SEED, p.index);
      const dest = `${p.dest}/${g.name}`;
      ensureDir(path.join(dir, p.dest));
      writeFileSync(path.join(dir, dest), g.text);
      files.push([dest, Buffer.byteLength(g.text)]);
      bytes += Buffer.byteLength(g.text);
      byKind[g.kind]++;
      continue;
    }
    const abs = path.join(dir, p.dest);
    ensureDir(path.dirname(abs));
    if (p.copy === 0) {
      copyFileSync(p.src, abs);
      files.push([p.dest, p.size]);
      bytes += p.size;
    } else {
      // A second copy of a file gets a comment line, so no two files of the tree have the same content
      // (a tool that skipped duplicate contents would otherwise gain from the duplication).
      const text = Buffer.concat([readFileSync(p.src), Buffer.from(`\n${commentFor(p.dest)} bench copy ${p.copy}\n`)]);
      writeFileSync(abs, text);
      files.push([p.dest, text.length]);
      bytes += text.length;
      duplicated++;
    }
    byKind[p.group]++;
  }
  writeFileSync(path.join(dir, 'ports.yaml'), '# Benchmark registry: empty, so port-lint reports every port it finds.\nports: {}\n');
  // The tree is its own repository: port-lint, rg and ast-grep all stop looking for .gitignore files
  // at a repository root, and this project's .gitignore ignores bench/.corpus/.
  const git = spawnSync('git', ['init', '-q', dir], { encoding: 'utf8' });
  if (git.status !== 0) mkdirSync(path.join(dir, '.git'), { recursive: true });
  const fingerprint = createHash('sha256');
  for (const [f, n] of files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) fingerprint.update(`${f}\t${n}\n`);
  const manifest = {
    key,
    size,
    files: files.length,
    bytes,
    duplicated,
    counts,
    byKind,
    fingerprint: fingerprint.digest('hex').slice(0, 16),
    builtAt: new Date().toISOString(),
  };
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { ...manifest, reused: false };
}

/** Reads every file of the tree once, so the timed runs all start with the same warm page cache. */
export function warmPageCache(dir) {
  const stack = [dir];
  let bytes = 0;
  while (stack.length > 0) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const abs = path.join(d, e.name);
      if (e.isDirectory()) stack.push(abs);
      else if (e.isFile()) bytes += readFileSync(abs).length;
    }
  }
  return bytes;
}
