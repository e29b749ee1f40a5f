// The bundle in lib/ loads ajv and dockerfile-ast (lib/vendor/, scripts/bundle.mjs) only in runs
// that use them, so a one-file lint neither parses nor evaluates them; the runs that do use them work.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/run.js';

/** Runs the bundled CLI with Node's module log (which names every CommonJS file it loads). */
function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [path.join(REPO, 'bin', 'port-lint.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_DEBUG: 'module', NO_COLOR: '1' },
  });
  const loaded = new Set([...r.stderr.matchAll(/load "[^"]*[\\/]lib[\\/]vendor[\\/]([\w-]+)\.cjs"/g)].map((m) => m[1]!));
  return { status: r.status, stdout: r.stdout, loaded: [...loaded].sort() };
}

describe('the bundle', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-lazy-'));
  writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n');
  writeFileSync(path.join(dir, 'app.py'), 'import uvicorn\nuvicorn.run(app, port=8000)\n');
  writeFileSync(path.join(dir, 'Dockerfile'), 'FROM python:3.12\nEXPOSE 8000\nCMD uvicorn main:app --port 8000\n');

  it('loads none of its lazy packages to lint one Python file', () => {
    const r = run(['app.py'], dir);
    expect(r.stdout).toMatch(/app\.py\n\s+2:23\s+error\s+Port 8000 of api is hardcoded/);
    expect(r.loaded).toEqual([]);
  });

  it('loads dockerfile-ast for a Dockerfile and ajv for rule options; a directory needs neither', () => {
    expect(run(['--version'], dir).loaded).toEqual([]);
    const docker = run(['audit', '-f', 'json', 'Dockerfile'], dir);
    expect(docker.loaded).toEqual(['dockerfile-ast']);
    expect(JSON.parse(docker.stdout).ports[0].uses.map((u: { kind: string }) => u.kind)).toEqual(['expose', 'cli-flag']);
    const tree = run(['--rule', 'undocumented-port=["warn", {"allowPorts": [9000]}]', '.'], dir);
    expect(tree.loaded).toEqual(['ajv', 'dockerfile-ast']);
    expect(tree.stdout).toMatch(/2 files scanned/);
  });
});
