// Start-up benchmark (`npm run bench:startup`): wall time of short port-lint runs — `--version` and one
// small file of each language, with and without a port — next to `node -e 0`, medians of several runs
// taken round-robin so a noisy machine slows every row alike. Prints each row's ratio to `node -e 0`
// (issue 13's target: ≤ 4× wall for one small file), and the CPU ratio, which a loaded machine distorts
// less. A report, not a test: nothing is asserted.
//
//   npm run bench:startup                  # 7 runs of each row
//   npm run bench:startup -- --runs 11 --only py,sh
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CLI = path.join(ROOT, 'bin', 'port-lint.js');
const MEASURE = path.join(ROOT, 'bench', 'measure.py');
/** The bundled example's registry: service api is 8000, frontend_dev 5173 … */
const CONFIG = path.join(ROOT, 'config', 'ports.yaml');
const TARGET_RATIO = 4;

/** One small file per language: `port` holds a registered port, `plain` holds numbers but no port. */
const FILES = [
  { id: 'py', name: 'app.py', port: 'import uvicorn\n\nuvicorn.run("main:app", host="0.0.0.0", port=8000)\n', plain: 'def area(r):\n    return 3.14159 * r ** 2\n\nprint(area(2))\n' },
  { id: 'sh', name: 'run.sh', port: '#!/bin/sh\nset -e\nexec uvicorn main:app --host 0.0.0.0 --port 8000\n', plain: '#!/bin/sh\nset -e\nfor i in 1 2 3; do\n  echo "step $i"\ndone\n' },
  { id: 'ts', name: 'server.ts', port: "import express from 'express';\n\nconst app = express();\napp.listen(8000);\n", plain: 'export function area(r: number): number {\n  return 3.14159 * r ** 2;\n}\n' },
  { id: 'js', name: 'server.js', port: "const http = require('node:http');\n\nhttp.createServer(() => {}).listen(5173);\n", plain: 'export function area(r) {\n  return 3.14159 * r ** 2;\n}\n' },
  { id: 'dockerfile', name: 'Dockerfile', port: 'FROM python:3.12-slim\nCOPY . /app\nEXPOSE 8000\nCMD ["uvicorn", "main:app", "--port", "8000"]\n', plain: 'FROM python:3.12-slim\nCOPY . /app\nRUN pip install -r requirements.txt\nCMD ["python3", "main.py"]\n' },
  { id: 'compose', name: 'docker-compose.yml', port: 'services:\n  api:\n    image: app:1.2\n    ports:\n      - "8000:8000"\n', plain: 'services:\n  api:\n    image: app:1.2\n    restart: unless-stopped\n' },
  { id: 'env', name: '.env', port: 'CONTIMG_API_PORT=8000\nLOG_LEVEL=info\n', plain: 'LOG_LEVEL=info\nWORKERS=4\n' },
];

const USAGE = `usage: npm run bench:startup -- [--runs N] [--only LIST]

  --runs N     timed runs of each row (default 7, at least 3); one untimed warm-up run first
  --only LIST  file rows to run, among ${FILES.map((f) => f.id).join(',')} (default all); node -e 0 and --version always run
  -h, --help   this help
`;

function parseArgs(argv) {
  const opts = { runs: 7, only: FILES.map((f) => f.id) };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') opts.help = true;
    else if (a === '--runs') {
      const v = argv[++i] ?? '';
      if (!/^\d+$/.test(v) || Number(v) < 3) throw new Error(`--runs needs an integer of at least 3, got "${v}"`);
      opts.runs = Number(v);
    } else if (a === '--only') {
      opts.only = (argv[++i] ?? '').split(',').filter(Boolean);
      const unknown = opts.only.filter((id) => !FILES.some((f) => f.id === id));
      if (unknown.length > 0 || opts.only.length === 0) throw new Error(`--only takes ${FILES.map((f) => f.id).join(',')}`);
    } else throw new Error(`unknown option ${a}`);
  }
  return opts;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Wall and CPU seconds of one run, measured by bench/measure.py (Node cannot read a child's CPU time; CPU
 * is the steadier number on a loaded machine). Exit 0 (nothing found) and 1 (findings) are a normal end.
 */
function timeRun(row) {
  const r = spawnSync('python3', ['-S', MEASURE, '--cwd', row.cwd, '--', process.execPath, ...row.args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${row.label}: measure.py failed (${r.error ?? r.status})\n${r.stderr}`);
  const m = JSON.parse(r.stdout);
  if (m.exitCode !== 0 && m.exitCode !== 1) throw new Error(`${row.label}: exit ${m.exitCode}\n${m.stderr}`);
  return { wall: m.wallSeconds, cpu: m.cpuSeconds };
}

/**
 * The file with a port must yield an occurrence of its port, the other none (checked with `audit`, which
 * lists every occurrence, before any timing): a run that found nothing where it should have would not
 * measure the extraction.
 */
function checkOccurrences(row) {
  const r = spawnSync(process.execPath, [CLI, 'audit', '-f', 'json', '--config', CONFIG, row.file], { cwd: row.cwd, encoding: 'utf8' });
  let uses = -1;
  try {
    uses = JSON.parse(r.stdout).ports.reduce((n, p) => n + p.uses.length, 0);
  } catch {
    throw new Error(`${row.label}: audit failed (exit ${r.status})\n${r.stderr}`);
  }
  if ((uses > 0) !== row.withPort) throw new Error(`${row.label}: audit found ${uses} occurrences\n${r.stdout}`);
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench:startup: ${err.message}\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'port-lint-startup-'));
  try {
    const rows = [
      { label: 'node -e 0', args: ['-e', '0'], cwd: dir },
      { label: '--version', args: [CLI, '--version'], cwd: dir },
    ];
    for (const f of FILES.filter((f) => opts.only.includes(f.id))) {
      for (const variant of ['port', 'plain']) {
        const sub = path.join(dir, `${f.id}-${variant}`);
        mkdirSync(sub);
        writeFileSync(path.join(sub, f.name), f[variant]);
        const row = { label: `${f.name} ${variant === 'port' ? 'with a port' : 'without a port'}`, args: [CLI, '--config', CONFIG, f.name], cwd: sub, file: f.name, withPort: variant === 'port' };
        checkOccurrences(row);
        rows.push(row);
      }
    }
    for (const row of rows) {
      timeRun(row); // warm-up: page cache, and the exit code checked before any timing
      row.times = [];
    }
    for (let run = 0; run < opts.runs; run++) for (const row of rows) row.times.push(timeRun(row));
    const base = median(rows[0].times.map((t) => t.wall));
    const baseCpu = median(rows[0].times.map((t) => t.cpu));
    const width = Math.max(...rows.map((r) => r.label.length));
    process.stdout.write(`start-up, medians of ${opts.runs} runs, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)} at the end\n`);
    process.stdout.write(`${'run'.padEnd(width)}  wall s  min s  cpu s  wall ratio  cpu ratio  (to node -e 0; target ≤ ${TARGET_RATIO}×)\n`);
    for (const row of rows) {
      const wall = median(row.times.map((t) => t.wall));
      const ratio = wall / base;
      const cpu = median(row.times.map((t) => t.cpu));
      // Under load `node -e 0` waits for a CPU longer than a run that holds one, so a wall ratio alone can
      // pass where the CPU ratio does not: ok only when both are within the target.
      const mark = row === rows[0] ? '' : ratio <= TARGET_RATIO && cpu / baseCpu <= TARGET_RATIO ? '  ok' : '  over';
      const cells = [wall.toFixed(3).padStart(6), Math.min(...row.times.map((t) => t.wall)).toFixed(3).padStart(5), cpu.toFixed(3).padStart(5)];
      process.stdout.write(`${row.label.padEnd(width)}  ${cells.join('  ')}  ${`${ratio.toFixed(1)}×`.padStart(10)}  ${`${(cpu / baseCpu).toFixed(1)}×`.padStart(9)}${mark}\n`);
    }
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
