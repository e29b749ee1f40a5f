// Installing port-lint runs no build and no install script: the packed tarball holds the committed bundle
// and vendored grammars, and the real pre-commit framework installs and runs the hook from a clone.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/run.js';

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies?: Record<string, string>;
  files: string[];
};

/** The pre-commit executable: PORT_LINT_PRE_COMMIT, else `pre-commit` on PATH (e.g. a venv with `pip install pre-commit`). */
function findPreCommit(): string | undefined {
  const named = process.env.PORT_LINT_PRE_COMMIT;
  if (named) return named;
  const found = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? 'pre-commit' : undefined;
}
const preCommit = findPreCommit();

describe('installation', () => {
  it('has no lifecycle script that runs at install, and no runtime dependency', () => {
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack']) expect(pkg.scripts[s], s).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('packs the bundle, the grammars and the docs it reads at run time, and no sources', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    for (const f of ['bin/port-lint.js', 'lib/cli.js', 'lib/worker.js', 'lib/index.js', 'lib/index.d.ts', 'grammars/manifest.json', 'grammars/web-tree-sitter.wasm', 'grammars/bash/tree-sitter-bash.wasm', 'grammars/bash/ports.scm', 'config/ports.schema.json', 'rules/hardcoded-port.md']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('dist/') || f.startsWith('test/'))).toEqual([]);
  });

  // pre-commit installs node hooks with `npm install -g git+file://<clone>`; a prepare script would run there
  // without devDependencies (npm/cli#8440). Needs the pip package: `python3 -m venv v && v/bin/pip install
  // pre-commit`, then PATH or PORT_LINT_PRE_COMMIT=v/bin/pre-commit.
  const canTry = preCommit !== undefined && existsSync(path.join(REPO, '.git'));
  it.skipIf(!canTry)(
    canTry
      ? 'installs and runs as a hook under the real pre-commit framework'
      : 'installs and runs as a hook under the real pre-commit framework — SKIPPED: no pre-commit on PATH nor PORT_LINT_PRE_COMMIT (pip install pre-commit), or no .git',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-pre-commit-'));
      execFileSync('git', ['init', '-q'], { cwd: dir });
      writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n');
      writeFileSync(path.join(dir, 'app.py'), 'import uvicorn\nuvicorn.run(app, port=8000)\n');
      execFileSync('git', ['add', '-A'], { cwd: dir });
      const run = spawnSync(preCommit!, ['try-repo', REPO, 'port-lint', '--files', 'app.py'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, PRE_COMMIT_HOME: path.join(dir, '.pre-commit-home') },
        timeout: 300_000,
      });
      const output = run.stdout + run.stderr;
      expect(output).not.toMatch(/tsc: not found|npm error/);
      expect(output).toMatch(/app\.py\s+2:23\s+error\s+Port 8000 of api is hardcoded/);
      expect(run.status).toBe(1);
    },
    320_000,
  );
});
