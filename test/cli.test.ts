// The command line: exit codes 0/1/2, --max-warnings, --quiet, --rule, --output, colour, help, `rules`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules.js';
import { REPO, runCli } from './helpers/run.js';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';

const WARNINGS_ONLY = ['--config', 'fixtures/rules/reserved-port/ports.yaml', 'fixtures/rules/reserved-port/ports.yaml'];
const WITH_ERRORS = ['--config', 'fixtures/rules/duplicate-port/ports.yaml', 'fixtures/rules/duplicate-port/ports.yaml'];

describe('exit codes', () => {
  it('is 0 when there are only warnings', async () => {
    const run = await runCli(WARNINGS_ONLY);
    expect(run.stdout).toMatch(/warning .* reserved-port/);
    expect(run.code).toBe(0);
  });

  it('is 1 when there is an error-level finding', async () => {
    expect((await runCli(WITH_ERRORS)).code).toBe(1);
  });

  it('is 1 when warnings exceed --max-warnings, 0 when they do not', async () => {
    const over = await runCli([...WARNINGS_ONLY, '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('port-lint: 2 warnings exceed --max-warnings 1\n');
    expect((await runCli([...WARNINGS_ONLY, '--max-warnings', '2'])).code).toBe(0);
  });

  it('rejects a --max-warnings that is not a number with exit 2', async () => {
    const run = await runCli([...WARNINGS_ONLY, '--max-warnings', 'many']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("option '--max-warnings <n>' argument 'many' is invalid. expected a whole number");
  });

  it('is 2 for an unknown option, with a suggestion', async () => {
    const run = await runCli(['--formta', 'json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--formta'");
    expect(run.stderr).toContain('--format');
  });

  it('is 2 for an unknown format', async () => {
    const run = await runCli([...WARNINGS_ONLY, '-f', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Allowed choices are stylish, json, sarif, github, markdown');
  });
});

describe('--quiet', () => {
  it('reports errors only, so warnings neither print nor count', async () => {
    const run = await runCli([...WARNINGS_ONLY, '--quiet', '--max-warnings', '0']);
    expect(run.stdout).not.toContain('warning');
    expect(run.code).toBe(0);
    const errors = await runCli([...WITH_ERRORS, '--quiet']);
    expect(errors.stdout).toContain('error');
    expect(errors.stdout).not.toMatch(/\bwarning\b/);
  });
});

describe('--rule', () => {
  it('turns a rule off', async () => {
    const run = await runCli([...WITH_ERRORS, '--rule', 'duplicate-port=off']);
    expect(run.stdout).not.toContain('duplicate-port');
    expect(run.code).toBe(0);
  });

  it('lowers a rule to a warning, and raises one to an error', async () => {
    const lowered = await runCli([...WITH_ERRORS, '--rule', 'duplicate-port=warn']);
    expect(lowered.code).toBe(0);
    const raised = await runCli([...WARNINGS_ONLY, '--rule', 'reserved-port=error']);
    expect(raised.code).toBe(1);
    expect(raised.stdout).toMatch(/error .* reserved-port/);
  });

  it('overrides lint.rules in ports.yaml', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-rule-'));
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(
      path.join(dir, 'ports.yaml'),
      'ports:\n  a: { default: 8000 }\n  b: { default: 8000 }\nlint:\n  rules:\n    duplicate-port: warn\n',
    );
    expect((await runCli([], dir)).code).toBe(0);
    expect((await runCli(['--rule', 'duplicate-port=error'], dir)).code).toBe(1);
  });

  it('rejects an unknown rule or severity with exit 2', async () => {
    const unknown = await runCli([...WITH_ERRORS, '--rule', 'duplicate-ports=off']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('--rule: unknown rule "duplicate-ports" (did you mean "duplicate-port"?); `port-lint rules` lists them\n');
    const bad = await runCli([...WITH_ERRORS, '--rule', 'duplicate-port=loud']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('severity of duplicate-port must be off, warn or error, got "loud"');
  });
});

describe('output', () => {
  it('writes to --output instead of stdout', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-out-'));
    const file = path.join(dir, 'report.json');
    const run = await runCli([...WITH_ERRORS, '-f', 'json', '-o', file]);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(1);
    expect(run.code).toBe(1);
  });

  it('writes SARIF and JSON from the same scan with --sarif-output and --json-output, as separate runs would', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-out-'));
    const sarif = path.join(dir, 'r.sarif');
    const json = path.join(dir, 'r.json');
    const legacy = ['--config', 'config/ports.yaml', 'fixtures/legacy-pipeline'];
    const run = await runCli([...legacy, '-f', 'github', '--sarif-output', sarif, '--json-output', json]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe((await runCli([...legacy, '-f', 'github'])).stdout);
    expect(run.stdout).toMatch(/^::error file=/m);
    expect(readFileSync(sarif, 'utf8')).toBe((await runCli([...legacy, '-f', 'sarif'])).stdout);
    expect(readFileSync(json, 'utf8')).toBe((await runCli([...legacy, '-f', 'json'])).stdout);
    expect(sarifSchemaErrors(JSON.parse(readFileSync(sarif, 'utf8')))).toEqual([]);
    const bad = await runCli([...legacy, '--sarif-output', path.join(dir, 'missing', 'r.sarif')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sarif-output: cannot write .*r\.sarif/);
  });

  it('colours only when asked or on a terminal, never with NO_COLOR', async () => {
    const plain = await runCli(WITH_ERRORS);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await runCli([...WITH_ERRORS, '--color'], REPO, { NO_COLOR: undefined });
    expect(forced.stdout).toContain('\u001b[');
    const env = await runCli(WITH_ERRORS, REPO, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(env.stdout).toContain('\u001b[');
  });

  it('sorts findings by file, line and column', async () => {
    const run = await runCli([...WITH_ERRORS, '-f', 'json']);
    const results = JSON.parse(run.stdout).results as { file: string; line: number; column: number }[];
    const sorted = [...results].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
    expect(results).toEqual(sorted);
    expect(results.length).toBeGreaterThan(2);
  });
});

describe('help and rules', () => {
  it('lists every lint flag in --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const flag of ['--config', '--format', '--output', '--rule', '--max-warnings', '--quiet', '--color', '--no-color', '--sarif-category', '--version']) {
      expect(run.stdout).toContain(flag);
    }
  });

  it('`rules` lists every rule with its default severity and description', async () => {
    const run = await runCli(['rules']);
    expect(run.code).toBe(0);
    for (const r of RULES) expect(run.stdout).toMatch(new RegExp(`^${r.id} +${r.meta.severity} .*${r.meta.description.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
    const json = JSON.parse((await runCli(['rules', '-f', 'json'])).stdout);
    expect(json.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
  });
});

describe('the installed executable', () => {
  it('runs as bin/port-lint.js with the exit code of main', () => {
    const bin = path.join(REPO, 'bin', 'port-lint.js');
    const version = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(version.trim()).toBe(JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
    const run = spawnSync(process.execPath, [bin, '--config', 'config/ports.yaml', 'config/ports.yaml'], { cwd: REPO, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('reserved-port');
    const bad = spawnSync(process.execPath, [bin, '--config', 'nope.yaml'], { cwd: REPO, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('nope.yaml:1:1: (file): file not found\n');
  });
});

describe('documentation of the command line', () => {
  it('names every flag of every command in docs/cli.md, and every lint flag in the README', async () => {
    const { readFileSync: read } = await import('node:fs');
    const cliDoc = read(path.join(REPO, 'docs', 'cli.md'), 'utf8');
    const readme = read(path.join(REPO, 'README.md'), 'utf8');
    const flagsOf = (help: string) => [...help.matchAll(/^\s+(?:-\w, )?(--[a-z][a-z-]*)/gm)].map((m) => m[1]!);
    const lintFlags = flagsOf((await runCli(['--help'])).stdout);
    expect(lintFlags.length).toBeGreaterThan(20);
    for (const f of lintFlags) {
      expect(cliDoc, `docs/cli.md lacks ${f}`).toContain(f);
      expect(readme, `README lacks ${f}`).toContain(f);
    }
    for (const cmd of ['rules', 'get', 'check', 'generate', 'audit', 'init']) {
      for (const f of flagsOf((await runCli([cmd, '--help'])).stdout)) expect(cliDoc, `docs/cli.md lacks ${cmd} ${f}`).toContain(f);
    }
  });
});
