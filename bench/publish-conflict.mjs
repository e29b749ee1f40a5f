// Times port-lint on compose projects of many services (reliability attack H1: publish-conflict was pairwise).
//
//   node bench/publish-conflict.mjs [--files 1,13] [--services 21000] [--runs 1] [--jobs N] [--bin bin/port-lint.js]
//
// Builds, for each file count, one directory holding that many compose files of `--services` services
// each (every service publishes one host port; ports.yaml's lint.compose_sets makes the files one
// deployment, so every file's services clash with the same ports of the others) under bench/.corpus/publish-conflict/,
// runs `port-lint -f json -o /dev/null` on it under bench/measure.py, and prints wall time, CPU time,
// peak RSS and the number of findings. Nothing is asserted: timings depend on the machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const HERE = import.meta.dirname;
const MEASURE = path.join(HERE, 'measure.py');
const CORPUS = path.join(HERE, '.corpus', 'publish-conflict');

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const fileCounts = opt('files', '1,13').split(',').map(Number);
const services = Number(opt('services', '21000'));
const runs = Number(opt('runs', '1'));
const jobs = opt('jobs', undefined);
// Another build (e.g. a checkout of an older commit) to compare with.
const BIN = path.resolve(opt('bin', path.join(HERE, '..', 'bin', 'port-lint.js')));

/**
 * One compose file: services <prefix>svc0..svcN-1, each publishing 10000+j (the shape of the attack
 * report's files). The prefix differs per file, so each service clashes with its namesake of every
 * other file (the same name would be the same service, merged).
 */
function composeFile(n, prefix) {
  let text = 'services:\n';
  for (let j = 0; j < n; j++) text += `  ${prefix}svc${j}:\n    ports:\n      - "${10000 + (j % 50000)}:${80 + (j % 5)}"\n`;
  return text;
}

function build(files) {
  const dir = path.join(CORPUS, `${files}x${services}-v3`);
  const stamp = path.join(dir, '.built');
  if (existsSync(stamp)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // A repository of its own: bench/.corpus is git-ignored in port-lint's, which discovery honours.
  spawnSync('git', ['init', '-q'], { cwd: dir });
  // Files `docker compose` takes as alternatives unless run together (-f): one compose set holds them
  // all, so every pair is compared.
  const names = Array.from({ length: files }, (_, f) => (f === 0 ? 'compose.yaml' : `compose.part${f}.yaml`));
  writeFileSync(path.join(dir, 'ports.yaml'), `ports: {}\nlint:\n  compose_sets:\n    all: [${names.join(', ')}]\n`);
  names.forEach((name, f) => writeFileSync(path.join(dir, name), composeFile(services, f === 0 ? '' : `p${f}`)));
  writeFileSync(stamp, '');
  return dir;
}

console.log(`publish-conflict bench: ${services} services per file, ${runs} run(s), port-lint ${readFileSync(path.join(HERE, '..', 'package.json'), 'utf8').match(/"version": "([^"]+)"/)[1]}`);
console.log(`${BIN}\nfiles  wall s   cpu s   peak RSS MiB  findings (publish-conflict)`);
for (const files of fileCounts) {
  const dir = build(files);
  for (let r = 0; r < runs; r++) {
    const cmd = [process.execPath, BIN, '-f', 'json', '-o', path.join(dir, '.out.json'), ...(jobs ? ['-j', jobs] : []), '.'];
    const m = spawnSync('python3', ['-S', MEASURE, '--stdout', 'null', '--cwd', dir, '--', ...cmd], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (m.status !== 0) throw new Error(`measure.py failed: ${m.stderr}`);
    const result = JSON.parse(m.stdout.trim().split('\n').at(-1));
    const findings = JSON.parse(readFileSync(path.join(dir, '.out.json'), 'utf8'));
    const count = `${findings.results.length} (${findings.results.filter((f) => f.ruleId === 'publish-conflict').length})`;
    console.log(
      `${String(files).padStart(5)}  ${result.wallSeconds.toFixed(1).padStart(6)}  ${result.cpuSeconds.toFixed(1).padStart(6)}  ${(result.peakRssBytes / 2 ** 20).toFixed(0).padStart(12)}  ${count} (exit ${result.exitCode})`,
    );
  }
}
