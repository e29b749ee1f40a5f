// The long fuzz campaign: runs test/fuzz/<target>.test.ts one target after another in long mode, watches
// for hangs, and prints per target how many inputs ran and what was found, with reproducers.
//
//   npm run fuzz                                 # 300 s per target (registry, extract, fix), seed 20261207
//   npm run fuzz -- --seconds 60 --seed 7        # shorter, another seed
//   npm run fuzz -- --target extract --runs 5000 # one target, stop after 5000 inputs (or --seconds)
//   npm run fuzz -- --json                       # the summaries as JSON
//
// Flags: --seconds N (per target), --runs N, --seed N, --target a,b, --out DIR (default /tmp/port-lint-fuzz),
// --budget-ms N (an input slower than this twice in a row is a finding, default 2000), --hang-seconds N (no
// new input for this long kills the target and reports the input it was on, default 120), --strict (known
// issues count as failures). The same settings as environment variables: FUZZ_SECONDS, FUZZ_RUNS,
// FUZZ_SEED, FUZZ_OUT, FUZZ_BUDGET_MS, FUZZ_STRICT=1. Replay one fast-check counterexample:
// FUZZ_SEED=<seed> FUZZ_PATH=<path> npx vitest run test/fuzz/<target>.test.ts
//
// Exit code: 0 when nothing new was found, 1 when a target found a failure that is not a known issue or hung.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGETS = ['registry', 'extract', 'fix'];

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: process.env.FUZZ_SECONDS ?? '300' },
    runs: { type: 'string', default: process.env.FUZZ_RUNS ?? '' },
    seed: { type: 'string', default: process.env.FUZZ_SEED ?? '20261207' },
    target: { type: 'string', default: TARGETS.join(',') },
    out: { type: 'string', default: process.env.FUZZ_OUT ?? '/tmp/port-lint-fuzz' },
    'budget-ms': { type: 'string', default: process.env.FUZZ_BUDGET_MS ?? '2000' },
    'hang-seconds': { type: 'string', default: '120' },
    strict: { type: 'boolean', default: process.env.FUZZ_STRICT === '1' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n') + '\n');
  process.exit(0);
}
for (const key of ['seconds', 'seed', 'budget-ms', 'hang-seconds', ...(values.runs ? ['runs'] : [])]) {
  if (!/^\d+$/.test(values[key])) {
    process.stderr.write(`fuzz: --${key} must be a whole number, got "${values[key]}"\n`);
    process.exit(2);
  }
}
const targets = values.target.split(',').map((t) => t.trim());
for (const t of targets) {
  if (!TARGETS.includes(t)) {
    process.stderr.write(`fuzz: unknown target "${t}"; targets: ${TARGETS.join(', ')}\n`);
    process.exit(2);
  }
}
mkdirSync(values.out, { recursive: true });

/** Runs one target's campaign in vitest; kills it when its heartbeat stops (a hang). */
function runTarget(target) {
  const summary = path.join(values.out, `summary-${target}.json`);
  const heartbeat = path.join(values.out, `${target}.current`);
  rmSync(summary, { force: true });
  rmSync(heartbeat, { force: true });
  const env = {
    ...process.env,
    FUZZ_LONG: '1',
    FUZZ_SECONDS: values.seconds,
    FUZZ_SEED: values.seed,
    FUZZ_OUT: values.out,
    FUZZ_BUDGET_MS: values['budget-ms'],
    FUZZ_STRICT: values.strict ? '1' : '',
    FUZZ_RUNS: values.runs,
  };
  const vitest = path.join(REPO, 'node_modules', 'vitest', 'vitest.mjs');
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [vitest, 'run', `test/fuzz/${target}.test.ts`], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let hang;
    const hangMs = Number(values['hang-seconds']) * 1000;
    const watch = setInterval(() => {
      const last = existsSync(heartbeat) ? statSync(heartbeat).mtimeMs : started;
      if (Date.now() - last > hangMs) {
        hang = path.join(values.out, `${target}-hang-${Date.now()}.txt`);
        if (existsSync(heartbeat)) copyFileSync(heartbeat, hang);
        process.kill(-child.pid, 'SIGKILL');
      }
    }, 2000);
    child.on('exit', (code) => {
      clearInterval(watch);
      let report;
      try {
        report = JSON.parse(readFileSync(summary, 'utf8'));
      } catch {
        report = { target, inputs: 0, byLabel: {}, findings: [], stats: {}, seconds: (Date.now() - started) / 1000, slowest: { ms: 0 } };
      }
      if (hang) {
        report.findings.push({ signature: `hang: no new input for ${values['hang-seconds']} s`, message: 'the input it was on (first line: label, name, origin)', file: hang, count: 1 });
      } else if (code !== 0 && !report.findings.some((f) => values.strict || !f.known)) {
        // vitest failed without a finding to show for it (a broken test file, an import error)
        report.findings.push({ signature: `vitest exited ${code}`, message: output.split('\n').slice(-30).join('\n'), file: '-', count: 1 });
      }
      resolve(report);
    });
  });
}

const reports = [];
for (const target of targets) {
  process.stderr.write(`fuzz: ${target}: ${values.runs ? `${values.runs} inputs or ` : ''}${values.seconds} s, seed ${values.seed} …\n`);
  reports.push(await runTarget(target));
}

let open = 0;
if (values.json) process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
for (const r of reports) {
  const labels = Object.entries(r.byLabel)
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const stats = Object.entries(r.stats ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const fresh = r.findings.filter((f) => values.strict || !f.known);
  open += fresh.length;
  if (values.json) continue;
  process.stdout.write(`\n${r.target}: ${r.inputs} inputs in ${r.seconds} s (seed ${values.seed}) — ${labels || 'none'}\n`);
  if (stats) process.stdout.write(`  ${stats}\n`);
  process.stdout.write(`  slowest input ${r.slowest?.ms ?? 0} ms; ${r.shrinkRuns ?? 0} extra runs shrinking and minimising\n`);
  process.stdout.write(`  findings: ${fresh.length} new, ${r.findings.length - fresh.length} known\n`);
  for (const f of r.findings) {
    process.stdout.write(`  [${f.known ?? 'NEW'}] ${f.signature} (×${f.count})\n`);
    process.stdout.write(`      ${String(f.message).split('\n')[0].slice(0, 200)}\n`);
    process.stdout.write(`      input: ${f.file}${f.bytes !== undefined ? ` (${f.bytes} bytes, ${f.label})` : ''}\n`);
    if (f.path) process.stdout.write(`      replay: FUZZ_SEED=${f.seed} FUZZ_PATH=${f.path} npx vitest run test/fuzz/${r.target}.test.ts\n`);
  }
}
process.exit(open > 0 ? 1 : 0);
