// Peak memory and wall time of port-lint on issue 11's forty-file reproduction, at several --jobs.
//
//   node bench/memory.mjs [--dir /tmp/port-lint-memory] [--runs 3] [--jobs 1,2,4,default] [--format json]
//                         [--bin bin/port-lint.js] [--node-option --max-old-space-size=200]
//
// Builds the tree of the issue (14 minified bundles, 13 one-line JSON files of URL records, 13 compose
// files of ~9,000 services; python3, seeded) under --dir, then runs
//   /usr/bin/time -v node BIN [-j N] --config DIR/empty.yaml -f FORMAT -o DIR/out-N-RUN.FORMAT .
// in DIR/tree, --runs times per --jobs value, and prints the median of "Maximum resident set size" and of
// the wall time, the exit codes, and whether every report is byte-identical. Nothing is asserted: the
// numbers depend on the machine and on what else runs on it.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
}
const dir = path.resolve(option('--dir', '/tmp/port-lint-memory'));
const runs = Number(option('--runs', '3'));
const jobsList = option('--jobs', '1,2,4,default').split(',');
const format = option('--format', 'json');
const bin = path.resolve(option('--bin', path.join(here, '..', 'bin', 'port-lint.js')));
const nodeOptions = args.flatMap((a, i) => (args[i - 1] === '--node-option' ? [a] : []));

if (!existsSync('/usr/bin/time')) {
  console.error('bench/memory.mjs needs GNU time at /usr/bin/time (apt-get install -y time)');
  process.exit(2);
}

// The reproduction of issue 11, as the issue gives it.
const GENERATE = String.raw`
import random, json; random.seed(7)
for i in range(40):
    k = i % 3
    if k == 0: open(f"bundle{i}.min.js","w").write("var "+",".join(f"a{j}={random.choice([80,443,3000,5432,6379,8080,9090])}+{j}" for j in range(90000))[:1000000]+";\n")
    elif k == 1: open(f"data{i}.json","w").write(json.dumps([{"url":f"http://localhost:{random.choice([3000,8000,8080])}/p/{j}","port":8000+j%50,"n":j} for j in range(12000)])[:1000000].rsplit("},",1)[0]+"}]\n")
    else: open(f"compose{i}.yml","w").write("services:\n"+"".join(f"  svc{j}:\n    ports:\n      - \"{10000+j}:{80+j%5}\"\n" for j in range(9000))[:1000000].rsplit("\n  svc",1)[0]+"\n")
`;

const tree = path.join(dir, 'tree');
const config = path.join(dir, 'empty.yaml');
const stamp = path.join(dir, 'tree.sha256');
const generatorHash = createHash('sha256').update(GENERATE).digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== generatorHash) {
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const gen = spawnSync('python3', ['-c', GENERATE], { cwd: tree, stdio: 'inherit' });
  if (gen.status !== 0) process.exit(2);
  writeFileSync(stamp, generatorHash);
}
writeFileSync(config, 'ports: {}\n');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`port-lint ${bin}; tree ${tree}; -f ${format}; ${runs} run(s) each${nodeOptions.length ? `; node ${nodeOptions.join(' ')}` : ''}`);
console.log(`load average before: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
const digests = new Set();
for (const jobs of jobsList) {
  const rss = [];
  const wall = [];
  const codes = new Set();
  for (let run = 0; run < runs; run++) {
    const out = path.join(dir, `out-${jobs}-${run}.${format}`);
    const cli = [...nodeOptions, bin, ...(jobs === 'default' ? [] : ['-j', jobs]), '--config', config, '-f', format, '-o', out, '.'];
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...cli], { cwd: tree, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
    const elapsed = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(r.stderr)?.[1] ?? '0';
    const seconds = elapsed.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
    rss.push(kb / 1024);
    wall.push(seconds);
    codes.add(r.status);
    if (existsSync(out)) {
      digests.add(createHash('sha256').update(readFileSync(out)).digest('hex'));
      rmSync(out);
    } else {
      digests.add(`no report (exit ${r.status}): ${r.stderr.split('\n').find((l) => l.startsWith('port-lint')) ?? ''}`);
    }
  }
  console.log(`-j ${jobs.padEnd(7)}  peak RSS ${median(rss).toFixed(0).padStart(5)} MiB (${rss.map((x) => x.toFixed(0)).join(', ')})  wall ${median(wall).toFixed(1).padStart(6)} s  exit ${[...codes].join(',')}`);
}
console.log(`load average after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
console.log(digests.size === 1 ? 'reports: byte-identical at every -j and run' : `reports DIFFER: ${[...digests].join(' | ')}`);
