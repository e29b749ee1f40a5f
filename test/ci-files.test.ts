// action.yml, its run script and .pre-commit-hooks.yaml parse, reference what exists, and work.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { REPO, runCli } from './helpers/run.js';

const action = parse(readFileSync(path.join(REPO, 'action.yml'), 'utf8'));
const script = readFileSync(path.join(REPO, 'scripts', 'action-run.sh'), 'utf8');

describe('action.yml', () => {
  it('is a composite action with documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    for (const name of ['paths', 'config', 'format', 'baseline', 'category', 'fail-on']) {
      expect(action.inputs[name]?.description, name).toBeTruthy();
    }
  });

  it('passes every input it declares to the run step, and the step runs a script that exists', () => {
    const lint = action.runs.steps.find((s: { id?: string }) => s.id === 'lint');
    expect(lint.run).toBe('bash "$GITHUB_ACTION_PATH/scripts/action-run.sh"');
    const used = Object.values(lint.env as Record<string, string>).map((v) => /inputs\.([\w-]+)/.exec(v)?.[1]);
    for (const name of Object.keys(action.inputs)) {
      if (name === 'upload-sarif') continue;
      expect(used, name).toContain(name);
    }
    for (const v of Object.keys(lint.env)) expect(script, v).toContain(v);
  });

  it('uses only port-lint flags that --help lists', async () => {
    const help = (await runCli(['--help'])).stdout;
    const flags = new Set([...script.matchAll(/(?<![\w-])--[a-z][a-z-]+/g)].map((m) => m[0]));
    expect(flags.size).toBeGreaterThan(3);
    for (const f of flags) expect(help, f).toContain(f);
    expect(script).toContain('$GITHUB_ACTION_PATH/bin/port-lint.js');
    expect(existsSync(path.join(REPO, 'bin', 'port-lint.js'))).toBe(true);
  });

  it('uploads with codeql-action/upload-sarif and the category input', () => {
    const upload = action.runs.steps.find((s: { uses?: string }) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload.with.category).toBe('${{ inputs.category }}');
  });

  it("runs its lint step: SARIF for code scanning, annotations in the log, the exit code for later steps", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-action-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: CONTIMG_API_PORT }\n');
    mkdirSync(path.join(dir, 'src'));
    writeFileSync(path.join(dir, 'src', 'app.js'), 'app.listen(8000);\nconst METRICS_PORT = 9100;\n');
    const out = path.join(dir, 'github-output');
    writeFileSync(out, '');
    const run = spawnSync('bash', [path.join(REPO, 'scripts', 'action-run.sh')], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GITHUB_ACTION_PATH: REPO,
        GITHUB_OUTPUT: out,
        RUNNER_TEMP: dir,
        PL_PATHS: '.',
        PL_FORMAT: 'github',
        PL_CATEGORY: 'ports',
        PL_FAIL_ON: 'error',
      },
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('::error file=src/app.js,line=1');
    expect(run.stdout).toContain('::warning file=src/app.js,line=2');
    const outputs = readFileSync(out, 'utf8');
    expect(outputs).toContain('exit-code=1');
    expect(outputs).toContain(`sarif-file=${path.join(dir, 'port-lint.sarif')}`);
    const log = JSON.parse(readFileSync(path.join(dir, 'port-lint.sarif'), 'utf8'));
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].automationDetails.id).toBe('ports/');
    expect(log.runs[0].results).toHaveLength(2);
    // One scan gives both the log and the SARIF.
    expect(script.match(/node "\$bin"/g)).toHaveLength(1);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  it('declares a port-lint hook on staged files that runs the package bin', () => {
    const hooks = parse(readFileSync(path.join(REPO, '.pre-commit-hooks.yaml'), 'utf8'));
    const hook = hooks.find((h: { id: string }) => h.id === 'port-lint');
    expect(hook).toMatchObject({ entry: 'port-lint', language: 'node', pass_filenames: true });
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    expect(existsSync(path.join(REPO, pkg.bin[hook.entry]))).toBe(true);
    // pre-commit installs a node hook with `npm install -g git+file://…`, where a prepare script would run
    // without devDependencies (npm/cli#8440): the bin runs the committed bundle, nothing is built.
    expect(pkg.scripts.prepare).toBeUndefined();
    expect(readFileSync(path.join(REPO, pkg.bin[hook.entry]), 'utf8')).toContain('../lib/cli.js');
  });

  it('lints the files it is given, and reports ports.yaml only when it is among them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-precommit-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  a: { default: 8000 }\n  b: { default: 8000 }\n');
    writeFileSync(path.join(dir, 'a.js'), 'const A_PORT = 7001;\n');
    writeFileSync(path.join(dir, 'b.js'), 'const B_PORT = 7002;\n');
    const staged = await runCli(['-f', 'json', 'a.js'], dir);
    expect(JSON.parse(staged.stdout).results.map((r: { file: string }) => r.file)).toEqual(['a.js']);
    const withRegistry = await runCli(['-f', 'json', 'a.js', 'ports.yaml'], dir);
    expect(JSON.parse(withRegistry.stdout).results.map((r: { file: string }) => r.file)).toEqual(['a.js', 'ports.yaml']);
  });
});
