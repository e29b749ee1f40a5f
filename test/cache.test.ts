// The extraction cache: reused for unchanged files, refreshed for changed ones, never trusted when corrupt
// or foreign.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-cachet-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n');
  writeFileSync(path.join(dir, 'a.js'), 'const A_PORT = 7001;\n');
  writeFileSync(path.join(dir, 'b.js'), 'app.listen(8000);\n');
  return dir;
}

const results = (stdout: string) => JSON.parse(stdout).results.map((r: { file: string; port: number; ruleId: string }) => `${r.file} ${r.port} ${r.ruleId}`);

describe('--cache', () => {
  it('writes .port-lint-cache in the root, reuses it, and re-extracts a changed file', async () => {
    const dir = repo();
    const first = await runCli(['-f', 'json', '--cache'], dir);
    expect(results(first.stdout)).toEqual(['a.js 7001 undocumented-port', 'b.js 8000 hardcoded-port']);
    const cache = JSON.parse(readFileSync(path.join(dir, '.port-lint-cache'), 'utf8'));
    expect(Object.keys(cache.files).sort()).toEqual(['a.js', 'b.js']);
    // Plant a marker in the cached result of a.js: a warm run must serve it from the cache…
    cache.files['a.js'].result.occurrences[0].port = 7999;
    writeFileSync(path.join(dir, '.port-lint-cache'), JSON.stringify(cache));
    expect(results((await runCli(['-f', 'json', '--cache'], dir)).stdout)).toEqual(['a.js 7999 undocumented-port', 'b.js 8000 hardcoded-port']);
    // …and a change to a.js's content must bypass it.
    writeFileSync(path.join(dir, 'a.js'), 'const A_PORT = 7002;\n');
    expect(results((await runCli(['-f', 'json', '--cache'], dir)).stdout)).toEqual(['a.js 7002 undocumented-port', 'b.js 8000 hardcoded-port']);
  });

  it('re-runs the registry rules on cached extraction', async () => {
    const dir = repo();
    await runCli(['--cache'], dir);
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n  a: { default: 7001, env_var: A_PORT }\n');
    expect(results((await runCli(['-f', 'json', '--cache'], dir)).stdout)).toEqual(['a.js 7001 hardcoded-port', 'b.js 8000 hardcoded-port']);
  });

  it('ignores a corrupt cache with a notice and rebuilds it', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'c.json'), '{"tool": "port-lint", "files": {');
    const run = await runCli(['-f', 'json', '--cache-location', 'c.json'], dir);
    const out = JSON.parse(run.stdout);
    expect(out.notices).toEqual([{ level: 'note', message: `cache ${path.join(dir, 'c.json')} is corrupt; ignored and rebuilt` }]);
    expect(out.results).toHaveLength(2);
    expect(JSON.parse(readFileSync(path.join(dir, 'c.json'), 'utf8')).format).toBe(1);
  });

  it('ignores a file that is not a port-lint cache', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ files: { 'a.js': { hash: 'x', result: { occurrences: [] } } } }));
    const out = JSON.parse((await runCli(['-f', 'json', '--cache-location', 'c.json'], dir)).stdout);
    expect(out.notices[0].message).toMatch(/is not a port-lint cache of this format; ignored and rebuilt$/);
    expect(out.results).toHaveLength(2);
  });

  it('does not trust entries made by other extractor code', async () => {
    const dir = repo();
    await runCli(['--cache'], dir);
    const cache = JSON.parse(readFileSync(path.join(dir, '.port-lint-cache'), 'utf8'));
    cache.files['a.js'].result.occurrences[0].port = 7999;
    cache.key = 'another-version';
    writeFileSync(path.join(dir, '.port-lint-cache'), JSON.stringify(cache));
    expect(results((await runCli(['-f', 'json', '--cache'], dir)).stdout)).toEqual(['a.js 7001 undocumented-port', 'b.js 8000 hardcoded-port']);
  });
});
