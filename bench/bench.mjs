// The benchmark harness (`npm run bench`): builds trees of 1k/10k/100k files, times port-lint cold and
// warm against ast-grep and ripgrep on them, prints medians, ratios and the targets, saves raw numbers.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTree, collectSources, formatSize, parseSize, warmPageCache } from './corpus.mjs';
import { phaseTable, profileScan } from './phases.mjs';
import { materialiseAll } from './standing-set.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);
const CORPUS_DIR = path.join(HERE, '.corpus');
const RESULTS_DIR = path.join(HERE, 'results');
const MEASURE = path.join(HERE, 'measure.py');
const SGCONFIG = path.join(HERE, 'ast-grep', 'sgconfig.yml');

/**
 * The text floor's regex: lines where a port is likely — a port/listen/expose word followed by a
 * number, or `:` followed by 2–5 digits (URLs, host:port, compose mappings).
 */
export const PORT_REGEX = String.raw`(?i)(?:port|listen|expose)\w*\W{1,4}\d{2,5}\b|:\d{2,5}\b`;

/** The targets of issue 6, printed against the measurements (never asserted). */
const TARGETS = {
  coldVsAstGrep: 1.0,
  warmShareOfCold: 0.1,
  wallAt100k: 60,
  rssAt100kBytes: 400 * 1024 * 1024,
  /** Growth exponent (log t2/t1 ÷ log n2/n1) still called linear. */
  linearExponent: 1.1,
};

const USAGE = `usage: npm run bench -- [options]

  --sizes LIST     tree sizes, comma-separated: 1k, 10k, 100k or a number (default 1k,10k,100k)
  --skip-100k      drop 100k from the sizes
  --runs N         timed runs of each command (default 3 for sizes under 100k, 1 for 100k and over)
  --jobs N         threads for every tool: port-lint --jobs, ast-grep --threads, rg --threads
                   (default: each tool's own default, the available cores)
  --tools LIST     among port-lint,ast-grep,rg (default all three)
  --no-cache-run   also time port-lint without --cache (pure extraction, nothing written)
  --ast-grep-json  run ast-grep with --json=stream instead of --report-style short
  --rebuild        rebuild the trees even when they are up to date
  --corpus-only    build the trees and stop
  --out FILE       where to write the raw numbers (default bench/results/<timestamp>.json)
  -h, --help       this help

Real trees instead of the generated ones:
  --tree DIR       benchmark any directory (repeatable): port-lint cold, warm (--cache), cold -j 1,
                   ast-grep with its default threads and with 1, rg; medians of --runs (default 3)
  --standing-set   the pinned public repositories of bench/standing-set.mjs (fetched by commit)
  --phases         also profile one cold port-lint run per tree, -j 1 and default (bench/phases.mjs)
`;

function fail(message) {
  process.stderr.write(`bench: ${message}\n`);
  process.exitCode = 2;
  return undefined;
}

function parseArgs(argv) {
  const opts = { trees: [], standingSet: false, phases: false, sizes: ['1k', '10k', '100k'], runs: undefined, jobs: undefined, tools: ['port-lint', 'ast-grep', 'rg'], plain: false, rebuild: false, corpusOnly: false, out: undefined, skip100k: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const positive = (v) => {
      if (!/^[1-9]\d*$/.test(v)) throw new Error(`${a} needs a positive integer, got "${v}"`);
      return Number(v);
    };
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--sizes') opts.sizes = value().split(',').filter(Boolean);
    else if (a === '--skip-100k') opts.skip100k = true;
    else if (a === '--runs') opts.runs = positive(value());
    else if (a === '--jobs') opts.jobs = positive(value());
    else if (a === '--tools') {
      opts.tools = value().split(',').filter(Boolean);
      for (const t of opts.tools) if (!['port-lint', 'ast-grep', 'rg'].includes(t)) throw new Error(`unknown tool "${t}" (port-lint, ast-grep, rg)`);
    } else if (a === '--no-cache-run') opts.plain = true;
    else if (a === '--ast-grep-json') opts.astGrepJson = true;
    else if (a === '--rebuild') opts.rebuild = true;
    else if (a === '--corpus-only') opts.corpusOnly = true;
    else if (a === '--out') opts.out = path.resolve(value());
    else if (a === '--tree') opts.trees.push(path.resolve(value()));
    else if (a === '--standing-set') opts.standingSet = true;
    else if (a === '--phases') opts.phases = true;
    else throw new Error(`unknown option ${a}\n\n${USAGE}`);
  }
  opts.sizes = [...new Set(opts.sizes.map(parseSize))].sort((a, b) => a - b);
  if (opts.skip100k) opts.sizes = opts.sizes.filter((n) => n < 100_000);
  if (opts.sizes.length === 0) throw new Error('no sizes left to run');
  return opts;
}

function run(cmd, args, options = {}) {
  return spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
}

/** The first line of `cmd --version`, or undefined when it cannot run. */
function versionOf(cmd, args = ['--version']) {
  const r = run(cmd, args);
  if (r.error || r.status !== 0) return undefined;
  return r.stdout.split('\n')[0].trim();
}

/** Whether `file` is a script (starts with #!) rather than a native executable. */
function isScript(file) {
  try {
    return readFileSync(file).subarray(0, 2).toString('latin1') === '#!';
  } catch {
    return true;
  }
}

/**
 * The ast-grep executable. A native binary is preferred over the `ast-grep` shim of @ast-grep/cli:
 * when npm skipped the package's postinstall script, the shim is a Node script that looks for the
 * binary at every call, and its start-up would be timed as ast-grep's. Not `sg` from PATH: on Linux
 * that is usually shadow-utils' sg (run a command as another group).
 */
function findAstGrep() {
  const scope = path.join(ROOT, 'node_modules', '@ast-grep');
  const shim = path.join(scope, 'cli', 'ast-grep');
  const platformPackage = { linux: `cli-linux-${process.arch}-gnu`, darwin: `cli-darwin-${process.arch}` }[process.platform];
  const candidates = [
    ...(existsSync(shim) && !isScript(shim) ? [shim] : []),
    ...(platformPackage ? [path.join(scope, platformPackage, 'ast-grep')] : []),
    shim,
    'ast-grep',
  ];
  for (const c of candidates) {
    if (c !== 'ast-grep' && !existsSync(c)) continue;
    const v = versionOf(c);
    if (!v || !/^ast-grep\b/.test(v)) continue;
    if (c !== 'ast-grep' && isScript(c)) {
      process.stderr.write(`bench: using the ast-grep shim ${path.relative(ROOT, c)}: its timings include a Node start-up\n`);
    }
    return { path: c, version: v };
  }
  return undefined;
}

function detectTools(opts) {
  const tools = {};
  const python = versionOf('python3', ['-S', '-c', 'import sys; print("Python " + sys.version.split()[0])']);
  if (!python) {
    fail('python3 is needed to measure CPU time and peak RSS of each run (bench/measure.py); install it (apt-get install python3)');
    return undefined;
  }
  tools.python = { version: python };
  if (opts.tools.includes('port-lint')) {
    if (!existsSync(path.join(ROOT, 'lib', 'cli.js'))) {
      fail('port-lint is not built: run `npm run build` first');
      return undefined;
    }
    const v = versionOf(process.execPath, [path.join(ROOT, 'bin', 'port-lint.js'), '--version']);
    if (!v) {
      fail('`node bin/port-lint.js --version` failed: run `npm run build` and check the output');
      return undefined;
    }
    tools['port-lint'] = { path: path.join(ROOT, 'bin', 'port-lint.js'), version: `port-lint ${v}` };
  }
  if (opts.tools.includes('ast-grep')) {
    const ag = findAstGrep();
    if (ag) tools['ast-grep'] = ag;
    else process.stderr.write('bench: ast-grep not found — it is a devDependency (@ast-grep/cli): run `npm ci`; skipping it\n');
  }
  if (opts.tools.includes('rg')) {
    const v = versionOf('rg');
    if (v) tools.rg = { path: 'rg', version: v };
    else process.stderr.write('bench: rg (ripgrep) not found — install it: `apt-get install ripgrep` (Debian/Ubuntu), `brew install ripgrep` (macOS); skipping it\n');
  }
  return tools;
}

/** Runs one command under measure.py; returns its measurement (times in seconds, RSS in bytes). */
function measure(command, stdout = 'drain') {
  const r = run('python3', ['-S', MEASURE, '--stdout', stdout, '--cwd', ROOT, '--', ...command]);
  if (r.status !== 0) throw new Error(`measure.py failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** The commands of one size: each with how to prepare for a run and what to read from its output. */
function variantsFor(tools, tree, size, opts) {
  const variants = [];
  const label = formatSize(size);
  const cacheFile = path.join(CORPUS_DIR, `${label}.port-lint-cache`);
  const report = path.join(CORPUS_DIR, `${label}.report.json`);
  const jobs = opts.jobs ? ['--jobs', String(opts.jobs)] : [];
  if (tools['port-lint']) {
    const base = [process.execPath, tools['port-lint'].path, '--config', path.join(tree, 'ports.yaml'), '-f', 'json', '-o', report, ...jobs];
    // Reads what port-lint did from its report: files scanned and findings (the port inventory).
    const work = () => {
      try {
        const json = JSON.parse(readFileSync(report, 'utf8'));
        return { files: json.summary?.filesScanned, findings: json.results?.length };
      } catch {
        return {};
      }
    };
    const ok = (m) => m.exitCode === 0 || m.exitCode === 1;
    if (opts.plain) variants.push({ id: 'port-lint-plain', tool: 'port-lint', label: 'port-lint (no cache)', command: [...base, tree], prepare: () => rmSync(report, { force: true }), work, ok });
    variants.push({
      id: 'port-lint-cold',
      tool: 'port-lint',
      label: 'port-lint cold',
      command: [...base, '--cache', '--cache-location', cacheFile, tree],
      prepare: () => {
        rmSync(cacheFile, { force: true });
        rmSync(report, { force: true });
      },
      work,
      ok,
    });
    // A warm run that hits the cache for every file leaves the cache file as it was; one that rewrote
    // it extracted files again: port-lint's code changed since the cold run (a rebuild during the
    // benchmark changes the cache key), and the run was not warm.
    let before;
    const cacheStamp = () => {
      try {
        const st = statSync(cacheFile);
        return `${st.size} ${st.mtimeMs}`;
      } catch {
        return 'missing';
      }
    };
    variants.push({
      id: 'port-lint-warm',
      tool: 'port-lint',
      label: 'port-lint warm',
      command: [...base, '--cache', '--cache-location', cacheFile, tree],
      prepare: () => {
        rmSync(report, { force: true });
        before = cacheStamp();
      },
      work,
      ok,
      check: () =>
        before === 'missing'
          ? 'no cache file from the cold run'
          : cacheStamp() !== before
            ? 'not warm: port-lint rewrote its cache (was port-lint rebuilt during the benchmark?)'
            : undefined,
    });
  }
  if (tools['ast-grep']) {
    variants.push({
      id: 'ast-grep',
      tool: 'ast-grep',
      label: 'ast-grep scan',
      // One short line per match by default: --json=stream repeats the whole source line of every
      // match, and a minified bundle's line is 100 KB, so at 1k files it prints 130 MB and the timing
      // is mostly JSON writing (--ast-grep-json measures that anyway). --no-ignore parent: the tree is
      // its own repository, but say so rather than rely on where ast-grep stops looking for .gitignore
      // files (this project's ignores bench/.corpus/).
      command: [
        tools['ast-grep'].path,
        'scan',
        '--config',
        SGCONFIG,
        ...(opts.astGrepJson ? ['--json=stream'] : ['--report-style', 'short', '--color', 'never']),
        '--inspect',
        'summary',
        '--no-ignore',
        'parent',
        ...(opts.jobs ? ['--threads', String(opts.jobs)] : []),
        tree,
      ],
      prepare: () => {},
      work: (m) => {
        const files = /scannedFileCount=(\d+)/.exec(m.stderr)?.[1];
        return { files: files === undefined ? undefined : Number(files), matches: m.stdoutLines };
      },
      ok: (m) => m.exitCode === 0,
    });
  }
  if (tools.rg) {
    variants.push({
      id: 'rg',
      tool: 'rg',
      label: 'rg (text floor)',
      // --hidden: port-lint reads .env files, so rg reads them too; .git is left out.
      command: ['rg', '-n', '--no-heading', '--hidden', '--no-ignore-parent', '-g', '!.git', ...(opts.jobs ? ['--threads', String(opts.jobs)] : []), '-e', PORT_REGEX, tree],
      prepare: () => {},
      work: (m) => ({ matches: m.stdoutLines }),
      ok: (m) => m.exitCode === 0 || m.exitCode === 1,
    });
  }
  return variants;
}

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const fmtSeconds = (s) => (s === undefined ? '—' : s < 10 ? s.toFixed(3) : s.toFixed(1));
const fmtMb = (b) => (b === undefined ? '—' : (b / (1024 * 1024)).toFixed(1));
const fmtRatio = (r) => (r === undefined || !Number.isFinite(r) ? '—' : `${r.toFixed(2)}×`);
const fmtPercent = (r) => (r === undefined || !Number.isFinite(r) ? '—' : `${(r * 100).toFixed(1)} %`);
const ratio = (a, b) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);

function table(rows, align) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (align[c] === 'r' ? String(cell).padStart(widths[c]) : String(cell).padEnd(widths[c])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function summarize(measurements) {
  const bySizeVariant = new Map();
  for (const m of measurements) {
    const key = `${m.size}\t${m.variant}`;
    if (!bySizeVariant.has(key)) bySizeVariant.set(key, []);
    bySizeVariant.get(key).push(m);
  }
  const summary = [];
  for (const [key, ms] of bySizeVariant) {
    const [, variant] = key.split('\t');
    const good = ms.filter((m) => m.ok);
    summary.push({
      // A generated tree's size in files, or a real tree's label (--tree, --standing-set).
      size: ms[0].size,
      variant,
      tool: ms[0].tool,
      label: ms[0].label,
      runs: good.length,
      failed: ms.length - good.length,
      wallSeconds: median(good.map((m) => m.wallSeconds)),
      cpuSeconds: median(good.map((m) => m.cpuSeconds)),
      userSeconds: median(good.map((m) => m.userSeconds)),
      sysSeconds: median(good.map((m) => m.sysSeconds)),
      peakRssBytes: median(good.map((m) => m.peakRssBytes)),
      work: good.at(-1)?.work ?? {},
    });
  }
  return summary;
}

function workText(w) {
  const parts = [];
  if (w.files !== undefined) parts.push(`${w.files} files`);
  if (w.findings !== undefined) parts.push(`${w.findings} findings`);
  if (w.matches !== undefined) parts.push(`${w.matches} matches`);
  return parts.join(', ');
}

function report(summary, sizes, rssFloor) {
  const get = (size, variant) => summary.find((s) => s.size === size && s.variant === variant);
  const out = [];
  const rows = [['size', 'command', 'runs', 'wall s', 'cpu s', 'user s', 'sys s', 'peak RSS MB', 'work (last run)']];
  for (const size of sizes) {
    for (const s of summary.filter((x) => x.size === size)) {
      rows.push([formatSize(size), s.label, s.failed ? `${s.runs} (+${s.failed} failed)` : s.runs, fmtSeconds(s.wallSeconds), fmtSeconds(s.cpuSeconds), fmtSeconds(s.userSeconds), fmtSeconds(s.sysSeconds), fmtMb(s.peakRssBytes), workText(s.work)]);
    }
  }
  out.push('Medians:', table(rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l']), '');
  out.push(`(peak RSS below ~${fmtMb(rssFloor)} MB is the measuring wrapper's floor, not the tool's)`, '');

  const ratioRows = [['size', 'ratio', 'wall', 'cpu', 'peak RSS']];
  const ratios = [];
  for (const size of sizes) {
    const cold = get(size, 'port-lint-cold');
    const warm = get(size, 'port-lint-warm');
    for (const [name, other] of [
      ['port-lint cold / ast-grep', get(size, 'ast-grep')],
      ['port-lint cold / rg', get(size, 'rg')],
      ['port-lint warm / cold', warm && cold ? cold : undefined],
    ]) {
      const a = name.includes('warm /') ? warm : cold;
      if (!a || !other) continue;
      const r = { size, name, wall: ratio(a.wallSeconds, other.wallSeconds), cpu: ratio(a.cpuSeconds, other.cpuSeconds), rss: ratio(a.peakRssBytes, other.peakRssBytes) };
      ratios.push(r);
      ratioRows.push([formatSize(size), name, fmtRatio(r.wall), fmtRatio(r.cpu), fmtRatio(r.rss)]);
    }
  }
  if (ratioRows.length > 1) out.push('Ratios (of medians):', table(ratioRows, ['l', 'l', 'r', 'r', 'r']), '');

  const targets = [];
  const status = (value, met) => (value === undefined ? 'not measured' : met ? 'met' : 'NOT met');
  for (const size of sizes) {
    const cold = get(size, 'port-lint-cold');
    const ag = get(size, 'ast-grep');
    const warm = get(size, 'port-lint-warm');
    const r1 = ratio(cold?.wallSeconds, ag?.wallSeconds);
    targets.push({ target: `cold wall ≤ ${TARGETS.coldVsAstGrep}× ast-grep`, size, value: fmtRatio(r1), status: status(r1, r1 <= TARGETS.coldVsAstGrep) });
    const r2 = ratio(warm?.wallSeconds, cold?.wallSeconds);
    targets.push({ target: `warm ≤ ${TARGETS.warmShareOfCold * 100} % of cold`, size, value: fmtPercent(r2), status: status(r2, r2 <= TARGETS.warmShareOfCold) });
  }
  const big = sizes.find((n) => n === 100_000);
  const cold100k = big ? get(big, 'port-lint-cold') : undefined;
  targets.push({ target: `100k files under ${TARGETS.wallAt100k} s (cold wall)`, size: 100_000, value: cold100k ? `${fmtSeconds(cold100k.wallSeconds)} s` : '—', status: status(cold100k?.wallSeconds, cold100k?.wallSeconds < TARGETS.wallAt100k) });
  const rss100k = big ? Math.max(...['port-lint-cold', 'port-lint-warm', 'port-lint-plain'].map((v) => get(big, v)?.peakRssBytes ?? 0)) : undefined;
  targets.push({ target: 'peak RSS under 400 MB at 100k', size: 100_000, value: rss100k ? `${fmtMb(rss100k)} MB` : '—', status: status(rss100k || undefined, rss100k < TARGETS.rssAt100kBytes) });
  // Linear growth: the exponent k in t ∝ n^k between successive sizes (1 is linear).
  // The CPU exponent is shown beside it: on a shared machine wall time carries the others' load.
  const colds = sizes.map((n) => [n, get(n, 'port-lint-cold')]).filter(([, s]) => s?.wallSeconds !== undefined);
  const exponent = (a, b, n1, n2) => Math.log(b / a) / Math.log(n2 / n1);
  for (let i = 1; i < colds.length; i++) {
    const [n1, s1] = colds[i - 1];
    const [n2, s2] = colds[i];
    const k = exponent(s1.wallSeconds, s2.wallSeconds, n1, n2);
    const kCpu = exponent(s1.cpuSeconds, s2.cpuSeconds, n1, n2);
    const perFile = (t, n) => ((t / n) * 1e3).toFixed(2);
    targets.push({
      target: `linear growth (cold wall ∝ files^k, k ≤ ${TARGETS.linearExponent})`,
      size: `${formatSize(n1)}→${formatSize(n2)}`,
      value: `k = ${k.toFixed(2)}, cpu k = ${kCpu.toFixed(2)}; ${perFile(s1.wallSeconds, n1)} → ${perFile(s2.wallSeconds, n2)} ms/file`,
      status: status(k, k <= TARGETS.linearExponent),
    });
  }
  if (colds.length < 2) targets.push({ target: 'linear growth', size: '—', value: '—', status: 'not measured (needs two sizes)' });
  const targetRows = [['target', 'size', 'measured', 'status'], ...targets.map((t) => [t.target, typeof t.size === 'number' ? formatSize(t.size) : t.size, t.value, t.status])];
  out.push('Targets (issue 6; reported, not asserted):', table(targetRows, ['l', 'l', 'r', 'l']));
  return { text: out.join('\n'), ratios, targets };
}

/** A file name for a tree's label (its path, or owner+name). */
const slug = (label) => label.replace(/[^\w+-]+/g, '_').replace(/^_+|_+$/g, '') || 'tree';

/**
 * Refuses a tree its enclosing git repository ignores: port-lint (which scans from the repository root)
 * and ast-grep would then see none of its files, and the timings would measure nothing.
 */
function checkTree(tree) {
  if (!existsSync(tree) || !statSync(tree).isDirectory()) return `${tree} is not a directory`;
  const top = run('git', ['-C', tree, 'rev-parse', '--show-toplevel']);
  if (top.status === 0 && path.resolve(top.stdout.trim()) !== path.resolve(tree)) {
    const ignored = run('git', ['-C', tree, 'check-ignore', '-q', '.']);
    if (ignored.status === 0) return `${tree} lies inside the git work tree ${top.stdout.trim()}, which ignores it: no tool would see its files; copy it elsewhere (or run git init in it)`;
  }
  return undefined;
}

/** Commands of one real tree: port-lint cold/warm/-j 1 (cwd = the tree, `ports: {}`), ast-grep default/-j 1, rg. */
function treeVariants(tools, tree, label, opts) {
  const variants = [];
  const base = path.join(CORPUS_DIR, 'trees', slug(label));
  const cacheFile = `${base}.port-lint-cache`;
  const report = `${base}.report.json`;
  const config = `${base}.ports.yaml`;
  // Every port is undocumented against an empty registry, so the report is the full inventory.
  writeFileSync(config, 'ports: {}\n');
  const work = () => {
    try {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      return { files: json.summary?.filesScanned, findings: json.results?.length };
    } catch {
      return {};
    }
  };
  const ok = (m) => m.exitCode === 0 || m.exitCode === 1;
  if (tools['port-lint']) {
    const pl = (jobs) => [process.execPath, tools['port-lint'].path, '--config', config, '-f', 'json', '-o', report, ...(jobs ? ['--jobs', String(jobs)] : []), '--cache', '--cache-location', cacheFile, '.'];
    const cold = (id, lbl, jobs) => ({
      id,
      tool: 'port-lint',
      label: lbl,
      command: pl(jobs),
      cwd: tree,
      prepare: () => {
        rmSync(cacheFile, { force: true });
        rmSync(report, { force: true });
      },
      work,
      ok,
    });
    variants.push(cold('port-lint-cold', `port-lint cold${opts.jobs ? ` -j ${opts.jobs}` : ''}`, opts.jobs));
    variants.push({ ...cold('port-lint-warm', `port-lint warm${opts.jobs ? ` -j ${opts.jobs}` : ''}`, opts.jobs), prepare: () => rmSync(report, { force: true }) });
    if (opts.jobs !== 1) variants.push(cold('port-lint-cold-j1', 'port-lint cold -j 1', 1));
  }
  if (tools['ast-grep']) {
    const ag = (threads) => [tools['ast-grep'].path, 'scan', '--config', SGCONFIG, '--report-style', 'short', '--color', 'never', '--inspect', 'summary', ...(threads ? ['--threads', String(threads)] : []), '.'];
    const agWork = (m) => {
      const files = /scannedFileCount=(\d+)/.exec(m.stderr)?.[1];
      return { files: files === undefined ? undefined : Number(files), matches: m.stdoutLines };
    };
    variants.push({ id: 'ast-grep', tool: 'ast-grep', label: `ast-grep${opts.jobs ? ` -j ${opts.jobs}` : ''}`, command: ag(opts.jobs), cwd: tree, prepare: () => {}, work: agWork, ok: (m) => m.exitCode === 0 });
    if (opts.jobs !== 1) variants.push({ id: 'ast-grep-j1', tool: 'ast-grep', label: 'ast-grep -j 1', command: ag(1), cwd: tree, prepare: () => {}, work: agWork, ok: (m) => m.exitCode === 0 });
  } else variants.push({ id: 'ast-grep', tool: 'ast-grep', label: 'ast-grep', missing: 'not installed (npm ci installs @ast-grep/cli)' });
  if (tools.rg) {
    variants.push({
      id: 'rg',
      tool: 'rg',
      label: 'rg (text floor)',
      command: ['rg', '-n', '--no-heading', '--hidden', '-g', '!.git', ...(opts.jobs ? ['--threads', String(opts.jobs)] : []), '-e', PORT_REGEX, '.'],
      cwd: tree,
      prepare: () => {},
      work: (m) => ({ matches: m.stdoutLines }),
      ok: (m) => m.exitCode === 0 || m.exitCode === 1,
    });
  } else variants.push({ id: 'rg', tool: 'rg', label: 'rg (text floor)', missing: 'not installed (apt-get install ripgrep)' });
  return variants;
}

/** The report of the real-tree mode: medians per tree, then the ratios that matter. */
function treeReport(summary, labels) {
  const get = (label, variant) => summary.find((s) => s.size === label && s.variant === variant);
  const rows = [['tree', 'command', 'runs', 'wall s', 'cpu s', 'peak RSS MB', 'work (last run)']];
  for (const label of labels) {
    for (const s of summary.filter((x) => x.size === label)) {
      if (s.missing) rows.push([label, s.label, '—', s.missing, '', '', '']);
      else rows.push([label, s.label, s.failed ? `${s.runs} (+${s.failed} failed)` : s.runs, fmtSeconds(s.wallSeconds), fmtSeconds(s.cpuSeconds), fmtMb(s.peakRssBytes), workText(s.work)]);
    }
  }
  const ratioRows = [['tree', 'ratio', 'wall', 'cpu', 'peak RSS']];
  const ratios = [];
  for (const label of labels) {
    for (const [name, a, b] of [
      ['port-lint cold / ast-grep', 'port-lint-cold', 'ast-grep'],
      ['port-lint cold -j 1 / ast-grep -j 1', 'port-lint-cold-j1', 'ast-grep-j1'],
      ['port-lint -j 1 / default (speed-up)', 'port-lint-cold-j1', 'port-lint-cold'],
      ['port-lint warm / cold', 'port-lint-warm', 'port-lint-cold'],
      ['port-lint cold / rg', 'port-lint-cold', 'rg'],
    ]) {
      const x = get(label, a);
      const y = get(label, b);
      if (!x || !y || x.missing || y.missing) continue;
      const r = { tree: label, name, wall: ratio(x.wallSeconds, y.wallSeconds), cpu: ratio(x.cpuSeconds, y.cpuSeconds), rss: ratio(x.peakRssBytes, y.peakRssBytes) };
      ratios.push(r);
      ratioRows.push([label, name, fmtRatio(r.wall), fmtRatio(r.cpu), fmtRatio(r.rss)]);
    }
  }
  const text = ['Medians:', table(rows, ['l', 'l', 'r', 'r', 'r', 'r', 'l']), '', 'Ratios (of medians):', table(ratioRows, ['l', 'l', 'r', 'r', 'r'])].join('\n');
  return { text, ratios };
}

/** `--tree DIR` / `--standing-set`: real directories, every tool in the same loop, medians of --runs. */
async function runTrees(opts, tools, log, startedAt) {
  const trees = opts.trees.map((dir) => {
    const rel = path.relative(process.cwd(), dir);
    return { dir, label: rel === '' ? path.basename(dir) : rel.startsWith('..') ? dir : rel };
  });
  if (opts.standingSet) {
    log('standing set:');
    for (const e of materialiseAll({ log })) trees.push({ dir: e.dir, label: `${e.repo}@${e.commit.slice(0, 7)}`, shape: e.shape });
  }
  for (const t of trees) {
    const problem = checkTree(t.dir);
    if (problem) return fail(problem);
  }
  mkdirSync(path.join(CORPUS_DIR, 'trees'), { recursive: true });
  const runs = opts.runs ?? 3;
  const measurements = [];
  let failures = 0;
  for (const t of trees) {
    const bytes = warmPageCache(t.dir);
    const variants = treeVariants(tools, t.dir, t.label, opts);
    log(`\n${t.label}${t.shape ? ` (${t.shape})` : ''}: ${(bytes / 2 ** 20).toFixed(0)} MiB; ${runs} round(s) of ${variants.filter((v) => !v.missing).map((v) => v.label).join(', ')}`);
    for (const v of variants.filter((x) => x.missing)) {
      log(`  ${v.label}: ${v.missing}`);
      measurements.push({ size: t.label, variant: v.id, tool: v.tool, label: v.label, missing: v.missing });
    }
    // Rounds, not blocks: port-lint and ast-grep run in the same loop, so a change in the machine's load
    // lands on both.
    for (let round = 1; round <= runs; round++) {
      for (const v of variants.filter((x) => !x.missing)) {
        v.prepare();
        const r = run('python3', ['-S', MEASURE, '--stdout', 'drain', '--cwd', v.cwd, '--', ...v.command]);
        if (r.status !== 0) throw new Error(`measure.py failed (${r.status}): ${r.stderr}`);
        const m = JSON.parse(r.stdout);
        const problem = v.ok(m) ? undefined : `exited ${m.exitCode}: ${m.stderr.trim().split('\n').slice(0, 5).join(' | ')}`;
        const work = v.work(m);
        if (problem) {
          failures++;
          log(`  ! ${v.label}: ${problem}`);
        }
        log(`  run ${round} ${v.label.padEnd(22)} wall ${fmtSeconds(m.wallSeconds).padStart(7)} s  cpu ${fmtSeconds(m.cpuSeconds).padStart(7)} s  rss ${fmtMb(m.peakRssBytes).padStart(7)} MB  ${workText(work)}`);
        measurements.push({ size: t.label, variant: v.id, tool: v.tool, label: v.label, run: round, command: v.command, cwd: v.cwd, ok: !problem, exitCode: m.exitCode, wallSeconds: m.wallSeconds, cpuSeconds: m.cpuSeconds, userSeconds: m.userSeconds, sysSeconds: m.sysSeconds, peakRssBytes: m.peakRssBytes, work, problem });
      }
    }
  }
  const summary = summarize(measurements.filter((m) => !m.missing));
  for (const m of measurements.filter((x) => x.missing)) summary.push({ size: m.size, variant: m.variant, tool: m.tool, label: m.label, missing: m.missing });
  const rep = treeReport(summary, trees.map((t) => t.label));
  process.stdout.write(`\n${rep.text}\n`);
  const phases = [];
  if (opts.phases && tools['port-lint']) {
    for (const t of trees) {
      for (const jobs of [1, undefined]) {
        const config = path.join(CORPUS_DIR, 'trees', `${slug(t.label)}.ports.yaml`);
        const p = profileScan(t.dir, { jobs, config });
        phases.push({ tree: t.label, jobs: jobs ?? 'default', ...p });
        process.stdout.write(`\nWhere the time goes: ${t.label}, ${jobs ? '-j 1' : 'default jobs'} (one run under --cpu-prof, wall ${p.wallSeconds.toFixed(2)} s)\n${phaseTable(p)}\n`);
      }
    }
  }
  const out = opts.out ?? path.join(RESULTS_DIR, `${timestamp(startedAt)}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  const cpus = os.cpus();
  writeFileSync(
    out,
    `${JSON.stringify({ schemaVersion: 1, mode: 'trees', startedAt: startedAt.toISOString(), finishedAt: new Date().toISOString(), machine: { cpus: cpus.length, cpuModel: cpus[0]?.model, loadAvgAtStart: os.loadavg(), node: process.version }, tools: Object.fromEntries(Object.entries(tools).map(([k, t]) => [k, t.version])), trees, measurements, summary, ratios: rep.ratios, phases }, null, 2)}\n`,
  );
  log(`\nraw numbers: ${path.relative(process.cwd(), out)}`);
  if (failures > 0) {
    log(`bench: ${failures} run(s) failed; their numbers are left out of the medians`);
    process.exitCode = 1;
  }
}

function timestamp(d) {
  return d.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
}

async function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    return fail(err.message);
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return;
  }
  const log = (line) => process.stderr.write(`${line}\n`);
  const startedAt = new Date();
  const tools = detectTools(opts);
  if (!tools) return;
  const cpus = os.cpus();
  log(`machine: ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  log(`tools: ${Object.entries(tools).map(([k, t]) => (k === 'python' ? `${t.version} (measuring)` : t.version)).join(', ')}`);
  if (opts.trees.length > 0 || opts.standingSet) return runTrees(opts, tools, log, startedAt);

  log('collecting real files…');
  const sources = collectSources(ROOT);
  log(`  ${sources.js.length} JS/TS files under node_modules, ${sources.python.length} Python files (${sources.pythonRoots.join(', ') || 'no Python library found'}), ${sources.shell.length} shell scripts in /usr/bin and /etc`);
  mkdirSync(CORPUS_DIR, { recursive: true });
  const corpora = {};
  for (const size of opts.sizes) {
    const dir = path.join(CORPUS_DIR, formatSize(size));
    const t0 = Date.now();
    const c = buildTree(dir, sources, size, { rebuild: opts.rebuild, log });
    corpora[size] = { dir: path.relative(ROOT, dir), ...c };
    const k = c.byKind;
    log(
      `  ${formatSize(size)}: ${c.files} files, ${(c.bytes / 2 ** 20).toFixed(0)} MiB (${k.js} JS/TS, ${k.python} Python, ${k.shell} shell, ` +
        `${k.compose} compose, ${k.dockerfile} Dockerfile, ${k.env} .env; ${c.duplicated} duplicated) fingerprint ${c.fingerprint}` +
        `${c.reused ? ' (up to date)' : ` built in ${((Date.now() - t0) / 1000).toFixed(1)} s`}`,
    );
  }
  if (opts.corpusOnly) return;

  const rssFloor = measure(['true']).peakRssBytes;
  const measurements = [];
  let failures = 0;
  for (const size of opts.sizes) {
    const tree = path.join(CORPUS_DIR, formatSize(size));
    const runs = opts.runs ?? (size >= 100_000 ? 1 : 3);
    warmPageCache(tree);
    const variants = variantsFor(tools, tree, size, opts);
    log(`\n${formatSize(size)}: ${runs} run(s) of ${variants.map((v) => v.label).join(', ')}`);
    // Rounds, not blocks: each round runs every command once, so a change in machine load during the
    // benchmark spreads over all of them instead of landing on one.
    for (let round = 1; round <= runs; round++) {
      for (const v of variants) {
        v.prepare();
        const m = measure(v.command);
        const problem = v.ok(m) ? v.check?.() : `exited ${m.exitCode}: ${m.stderr.trim().split('\n').slice(0, 5).join(' | ')}`;
        const ok = problem === undefined;
        const work = v.work(m);
        if (!ok) {
          failures++;
          log(`  ! ${v.label}: ${problem}`);
        }
        log(`  run ${round} ${v.label.padEnd(20)} wall ${fmtSeconds(m.wallSeconds).padStart(7)} s  cpu ${fmtSeconds(m.cpuSeconds).padStart(7)} s  rss ${fmtMb(m.peakRssBytes).padStart(7)} MB  ${workText(work)}`);
        measurements.push({
          size,
          variant: v.id,
          tool: v.tool,
          label: v.label,
          run: round,
          command: v.command.map((a) => (path.isAbsolute(a) && a.startsWith(ROOT) ? path.relative(ROOT, a) || '.' : a)),
          ok,
          exitCode: m.exitCode,
          wallSeconds: m.wallSeconds,
          cpuSeconds: m.cpuSeconds,
          userSeconds: m.userSeconds,
          sysSeconds: m.sysSeconds,
          peakRssBytes: m.peakRssBytes,
          stdoutBytes: m.stdoutBytes,
          work,
          problem,
          stderr: ok ? undefined : m.stderr.slice(0, 4000),
        });
      }
    }
  }
  const summary = summarize(measurements);
  const rep = report(summary, opts.sizes, rssFloor);
  process.stdout.write(`\n${rep.text}\n`);

  const out = opts.out ?? path.join(RESULTS_DIR, `${timestamp(startedAt)}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  const result = {
    schemaVersion: 1,
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { platform: `${os.platform()} ${os.release()}`, arch: os.arch(), cpus: cpus.length, cpuModel: cpus[0]?.model, totalMemBytes: os.totalmem(), loadAvgAtStart: os.loadavg(), node: process.version },
    tools: Object.fromEntries(Object.entries(tools).map(([k, t]) => [k, t.version])),
    options: { sizes: opts.sizes, runs: opts.runs ?? 'default', jobs: opts.jobs ?? 'default', tools: opts.tools, noCacheRun: opts.plain, astGrepJson: Boolean(opts.astGrepJson) },
    portRegex: PORT_REGEX,
    rssFloorBytes: rssFloor,
    corpora,
    measurements,
    summary,
    ratios: rep.ratios,
    targets: rep.targets,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  log(`\nraw numbers: ${path.relative(process.cwd(), out)}`);
  if (failures > 0) {
    log(`bench: ${failures} run(s) failed or were not what they claim; their numbers are left out of the medians`);
    process.exitCode = 1;
  }
}

await main(process.argv.slice(2));
