// Where a port-lint scan spends its CPU: runs the CLI under `node --cpu-prof` (the main thread and every
// worker write a profile) and sorts each sample into a phase by the functions on its stack.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);

/**
 * Phases in the order they are tested: a sample belongs to the first phase one of whose functions is on
 * its stack. The names are the functions of src/ (the bundle keeps them) and of web-tree-sitter; a rename
 * there moves time into "other", which the table shows, so a stale list cannot hide a phase.
 */
export const PHASES = [
  ['discovery', ['discover', 'globFiles', 'gitFiles', 'linguistAttributes']],
  ['lint', ['lintUnsorted', 'finalize', 'applySuppressions', 'applyBaseline']],
  ['report', ['emit', 'json', 'sarif', 'stylish', 'github', 'markdown']],
  ['grammar + query compile', ['loadGrammar', 'prepareLanguage', 'initParser', 'Query', 'prepareGrammars']],
  ['query (matches)', ['queryMatches', 'matches']],
  ['parse', ['parse']],
  ['JS extraction', ['extractText']],
  ['prefilter', ['mayHoldPorts', 'wantsParse']],
  ['read + decode', ['readBytes', 'decodeSource', 'scanFile', 'scanLoaded']],
  ['worker messages', ['compact', 'emitMessage', 'onMessage', 'postMessage']],
];
const PARSE_CONTEXT = new Set(['extractTreeSitter', 'parseTree']);
const STARTUP = new Set(['compileSourceTextModule', 'run', 'link', 'instantiate', 'evaluate', 'import', '__require', '__require2', 'loadESM']);

/** Milliseconds by phase of one .cpuprofile. */
export function phasesOf(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map();
  const phaseOf = (id) => {
    if (memo.has(id)) return memo.get(id);
    const names = [];
    for (let x = id; x !== undefined; x = parent.get(x)) names.push(byId.get(x).callFrame.functionName);
    const leaf = names[0];
    let phase;
    if (leaf === '(idle)') phase = 'idle (waiting)';
    else if (leaf === '(garbage collector)') phase = 'GC';
    else {
      const set = new Set(names);
      for (const [name, fns] of PHASES) {
        if (!fns.some((f) => set.has(f))) continue;
        // `parse` is also YAML's and a few others': only a parse under the tree-sitter extractor counts.
        if (name === 'parse' && !names.some((f) => PARSE_CONTEXT.has(f))) continue;
        phase = name;
        break;
      }
      phase ??= names.some((f) => STARTUP.has(f)) ? 'start-up (module loading)' : 'other';
    }
    memo.set(id, phase);
    return phase;
  };
  const out = {};
  profile.samples.forEach((id, i) => {
    const p = phaseOf(id);
    out[p] = (out[p] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return out;
}

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c]))).join('  ')).join('\n');
}

/** Runs port-lint on `tree` under --cpu-prof; returns { threads: [{ thread, phases }], total, wallSeconds }. */
export function profileScan(tree, { jobs, config, bin = path.join(ROOT, 'bin', 'port-lint.js') } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'port-lint-phases-'));
  try {
    let cfg = config;
    if (!cfg) {
      cfg = path.join(dir, 'ports.yaml');
      writeFileSync(cfg, 'ports: {}\n');
    }
    const t0 = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      ['--cpu-prof', '--cpu-prof-dir', path.join(dir, 'prof'), bin, '--config', cfg, '-f', 'json', '-o', path.join(dir, 'report.json'), ...(jobs ? ['--jobs', String(jobs)] : []), tree],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const wallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0 && r.status !== 1) throw new Error(`port-lint exited ${r.status}: ${r.stderr.split('\n', 3).join(' | ')}`);
    const threads = [];
    // Node names a profile CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the main thread.
    for (const f of readdirSync(path.join(dir, 'prof')).sort()) {
      const thread = Number(f.split('.')[4] ?? 0);
      threads.push({ thread: thread === 0 ? 'main' : `worker ${thread}`, phases: phasesOf(JSON.parse(readFileSync(path.join(dir, 'prof', f), 'utf8'))) });
    }
    const total = {};
    for (const t of threads) for (const [p, ms] of Object.entries(t.phases)) total[p] = (total[p] ?? 0) + ms;
    return { threads, total, wallSeconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The phase table: milliseconds and share of the busy (non-idle) time, per thread and in total. */
export function phaseTable(result) {
  const names = [...new Set([...PHASES.map(([n]) => n), 'start-up (module loading)', 'GC', 'other', 'idle (waiting)'])].filter((n) => result.total[n] !== undefined);
  const busy = Object.entries(result.total).reduce((s, [p, ms]) => (p === 'idle (waiting)' ? s : s + ms), 0);
  const header = ['phase', ...result.threads.map((t) => `${t.thread} ms`), 'total ms', 'share of busy'];
  const rows = [header];
  for (const n of names) {
    rows.push([n, ...result.threads.map((t) => (t.phases[n] ?? 0).toFixed(0)), result.total[n].toFixed(0), n === 'idle (waiting)' ? '—' : `${((100 * result.total[n]) / busy).toFixed(1)} %`]);
  }
  rows.push(['busy (all but idle)', ...result.threads.map((t) => Object.entries(t.phases).reduce((s, [p, ms]) => (p === 'idle (waiting)' ? s : s + ms), 0).toFixed(0)), busy.toFixed(0), '100 %']);
  return table(rows);
}

const USAGE = 'usage: node bench/phases.mjs [--jobs N] [--config ports.yaml] [--runs N] DIR\n';

async function main(argv) {
  let jobs;
  let config;
  let runs = 1;
  let tree;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jobs' || a === '-j') jobs = Number(argv[++i]);
    else if (a === '--config') config = path.resolve(argv[++i]);
    else if (a === '--runs') runs = Number(argv[++i]);
    else if (a === '-h' || a === '--help') return void process.stdout.write(USAGE);
    else if (tree === undefined && !a.startsWith('-')) tree = path.resolve(a);
    else return void ((process.exitCode = 2), process.stderr.write(`phases: unknown argument ${a}\n${USAGE}`));
  }
  if (!tree) return void ((process.exitCode = 2), process.stderr.write(USAGE));
  // Several runs: the run whose busy time is the median (a profile is one run; its phases belong together).
  const results = [];
  for (let k = 0; k < runs; k++) results.push(profileScan(tree, { jobs, config }));
  const busyOf = (r) => Object.entries(r.total).reduce((s, [p, ms]) => (p === 'idle (waiting)' ? s : s + ms), 0);
  results.sort((a, b) => busyOf(a) - busyOf(b));
  const mid = results[Math.floor(results.length / 2)];
  process.stdout.write(`${tree}${jobs ? ` -j ${jobs}` : ''}: wall ${mid.wallSeconds.toFixed(2)} s (median-busy run of ${runs})\n${phaseTable(mid)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
