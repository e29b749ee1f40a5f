// Times loading a ports.yaml of many services (the loader looked up every key by a pass over its mapping).
//
//   npm run build && node bench/registry-load.mjs [--services 21000] [--runs 3] [--dist DIR]
//
// Writes the registry to a temporary file, loads it with loadRegistry from `--dist` (default: this
// checkout's dist/), and prints the time of each run. Nothing is asserted.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const services = Number(opt('services', '21000'));
const runs = Number(opt('runs', '3'));
const dist = path.resolve(opt('dist', path.join(import.meta.dirname, '..', 'dist')));

const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-registry-bench-'));
const file = path.join(dir, 'ports.yaml');
let text = 'ports:\n';
for (let j = 0; j < services; j++) text += `  svc${j}:\n    default: ${1000 + (j % 60000)}\n    env_var: SVC${j}_PORT\n    range: [${1000 + (j % 60000)}, ${1000 + (j % 60000)}]\n`;
writeFileSync(file, text);

const { loadRegistry } = await import(path.join(dist, 'src', 'registry', 'load.js'));
console.log(`${services} services, ${(text.length / 2 ** 20).toFixed(1)} MiB, ${dist}`);
for (let r = 0; r < runs; r++) {
  const start = performance.now();
  const registry = loadRegistry(file, { root: dir });
  console.log(`run ${r + 1}: ${((performance.now() - start) / 1000).toFixed(2)} s (${registry.services.length} services)`);
}
