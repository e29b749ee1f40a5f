// Environments: the overlay's values and positions, and --env / PORT_LINT_ENV in lint, get, check and generate.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { applyEnvironment, chooseEnvironment } from '../../src/registry/environment.js';
import { loadRegistry } from '../../src/registry/load.js';
import { REPO, runCli } from '../helpers/run.js';
import { hold, methodText, tempRepo } from './sockets.js';

const YAML = [
  'ports:', //                                                           1
  '  api:', //                                                           2
  '    default: 8000', //                                                3
  '    env_var: API_PORT', //                                            4
  '    range: [8000, 8009]', //                                          5
  '  web:', //                                                           6
  '    default: 3000', //                                                7
  '  worker:', //                                                        8
  '    default: 8100', //                                                9
  '    category: alt', //                                               10
  'categories:', //                                                     11
  '  core: { range: [8000, 8099] }', //                                 12
  '  alt: { range: [8100, 8199] }', //                                  13
  '  front: { range: [3000, 3099] }', //                                14
  '  prod: { range: [9000, 9099] }', //                                 15
  'environments:', //                                                   16
  '  production:', //                                                   17
  '    description: "the cluster"', //                                  18
  '    ports:', //                                                      19
  '      api:', //                                                      20
  '        default: 8080', //                                           21
  '        env_var: PROD_API_PORT', //                                  22
  '      web: { default: 9000, optional: true }', //                    23
  '  staging:', //                                                      24
  '    ports:', //                                                      25
  '      api: { default: 8005, range: [8005, 8006] }', //               26
  '',
].join('\n');

function load(yaml = YAML) {
  const dir = tempRepo(yaml);
  return { dir, registry: loadRegistry(path.join(dir, 'ports.yaml'), { root: dir }) };
}

describe('applyEnvironment', () => {
  it("takes the overlay's values, keeping the rest of the base", () => {
    const { registry } = load();
    const prod = applyEnvironment(registry, 'production');
    expect(prod.environment).toBe('production');
    expect(prod.service('api')).toMatchObject({ default: 8080, envVar: 'PROD_API_PORT', range: [8000, 8009], optional: false });
    // A range the base did not declare follows the new default.
    expect(prod.service('web')).toMatchObject({ default: 9000, range: [9000, 9000], optional: true, category: 'prod' });
    expect(prod.service('worker')).toBe(registry.service('worker'));
    const staging = applyEnvironment(registry, 'staging');
    expect(staging.service('api')).toMatchObject({ default: 8005, envVar: 'API_PORT', range: [8005, 8006], rangeDeclared: true });
    // The base registry is untouched.
    expect(registry.service('api')).toMatchObject({ default: 8000, envVar: 'API_PORT' });
    expect(registry.environment).toBeUndefined();
  });

  it("points the overridden values at the overlay's lines, so findings land there", () => {
    const { registry } = load();
    const api = applyEnvironment(registry, 'production').service('api')!;
    expect(api.loc.default!.start).toEqual({ line: 21, column: 18 });
    expect(api.loc.envVar!.start).toEqual({ line: 22, column: 18 });
    expect(api.loc.range!.start.line).toBe(5);
    expect(api.loc.key.start.line).toBe(2);
    expect(applyEnvironment(registry, 'staging').service('api')!.loc.range!.start).toEqual({ line: 26, column: 36 });
  });

  it('rejects an unknown environment, naming the known ones', () => {
    const { registry } = load();
    expect(() => applyEnvironment(registry, 'prod')).toThrow(UsageError);
    expect(() => applyEnvironment(registry, 'prodution')).toThrow(
      '--env: unknown environment "prodution" (did you mean "production"?); ports.yaml declares: production, staging',
    );
    expect(() => applyEnvironment(registry, 'constructor', 'PORT_LINT_ENV')).toThrow(
      'PORT_LINT_ENV: unknown environment "constructor"; ports.yaml declares: production, staging',
    );
    const bare = loadRegistry(path.join(REPO, 'config/ports.yaml'), { root: REPO });
    expect(() => applyEnvironment(bare, 'production')).toThrow('--env: unknown environment "production": config/ports.yaml declares no environments');
  });

  it('is chosen by --env, else PORT_LINT_ENV (an empty value is none)', () => {
    expect(chooseEnvironment('staging', { PORT_LINT_ENV: 'production' })).toEqual({ name: 'staging', origin: '--env' });
    expect(chooseEnvironment(undefined, { PORT_LINT_ENV: 'production' })).toEqual({ name: 'production', origin: 'PORT_LINT_ENV' });
    expect(chooseEnvironment(undefined, { PORT_LINT_ENV: '' })).toBeUndefined();
    expect(chooseEnvironment(undefined, {})).toBeUndefined();
  });
});

describe('--env on every command', () => {
  it('lint: the rules see the environment, and report at the overlay', async () => {
    const { dir } = load();
    const base = await runCli(['--format', 'json', '--rule', 'category-range=off'], dir);
    expect((JSON.parse(base.stdout) as { results: unknown[] }).results).toEqual([]);
    // production moves api's default out of the range it keeps from the base.
    for (const run of [
      await runCli(['--format', 'json', '--rule', 'category-range=off', '--env', 'production'], dir),
      await runCli(['--format', 'json', '--rule', 'category-range=off'], dir, { PORT_LINT_ENV: 'production' }),
    ]) {
      const results = (JSON.parse(run.stdout) as { results: { ruleId: string; file: string; line: number; column: number; message: string }[] }).results;
      expect(results.map((r) => [r.ruleId, r.file, r.line, r.column])).toEqual([['default-out-of-range', 'ports.yaml', 21, 18]]);
      expect(results[0]!.message).toContain('Default port 8080 of api is outside its range 8000-8009');
      expect(run.code).toBe(1);
    }
    const unknown = await runCli(['--env', 'qa'], dir);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: '--env: unknown environment "qa"; ports.yaml declares: production, staging\n' });
  });

  it('get', async () => {
    const { dir } = load();
    expect(await runCli(['get', 'api', '--env', 'production'], dir)).toEqual({ code: 0, stdout: '8080\n', stderr: '' });
    expect(await runCli(['get', 'api'], dir, { PORT_LINT_ENV: 'staging' })).toEqual({ code: 0, stdout: '8005\n', stderr: '' });
    // The environment's env var and range apply.
    expect(await runCli(['get', 'api', '--env', 'production'], dir, { PROD_API_PORT: '8003', API_PORT: '1' })).toEqual({
      code: 0,
      stdout: '8003\n',
      stderr: '',
    });
    expect(await runCli(['get', 'api', '--env', 'staging'], dir, { API_PORT: '8000' })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'API_PORT=8000 is outside the range of api (8005-8006)\n',
    });
    expect(await runCli(['get', 'api', '--env', 'staging'], dir, { PORT_LINT_ENV: 'production' })).toEqual({ code: 0, stdout: '8005\n', stderr: '' });
    expect((await runCli(['get', 'api'], dir, { PORT_LINT_ENV: 'qa' })).stderr).toBe(
      'PORT_LINT_ENV: unknown environment "qa"; ports.yaml declares: production, staging\n',
    );
  });

  it('check', async () => {
    const h = await hold('tcp', '127.0.0.1');
    try {
      const dir = tempRepo(
        [
          'ports:',
          '  api: { default: 1, range: [1, 1], service_command: no-such-server }',
          'environments:',
          `  ci: { ports: { api: { default: ${h.port}, range: [${h.port}, ${h.port}] } } }`,
          '',
        ].join('\n'),
      );
      const run = await runCli(['check', '--env', 'ci'], dir);
      expect(run.stdout.split('\n')[0]).toBe(`ports.yaml (environment: ci): ${methodText()}`);
      expect(run.stdout).toContain(`${h.port}`);
      expect(run.code).toBe(1);
      const json = JSON.parse((await runCli(['check', '-f', 'json'], dir, { PORT_LINT_ENV: 'ci' })).stdout) as { environment: string; rows: { port: number }[] };
      expect(json.environment).toBe('ci');
      expect(json.rows.map((r) => r.port)).toEqual([h.port]);
    } finally {
      await h.close();
    }
  });

  it('generate: values of the environment, and a header that says which', async () => {
    const { dir } = load();
    const run = await runCli(['generate', 'shell', '--env', 'production', '-o', 'ports.prod.sh'], dir);
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(dir, 'ports.prod.sh'), 'utf8');
    expect(text.split('\n').slice(0, 2)).toEqual([
      '# @generated by port-lint from ports.yaml (environment production); do not edit.',
      '# Regenerate from the repository root: port-lint generate shell --config ports.yaml --env production -o ports.prod.sh',
    ]);
    expect(text).toContain('export PROD_API_PORT="${PROD_API_PORT:-8080}"');
    expect(text).not.toContain('API_PORT:-8000');
    // PORT_LINT_ENV gives the same file, so --check holds either way.
    expect((await runCli(['generate', 'shell', '-o', 'ports.prod.sh', '--check'], dir, { PORT_LINT_ENV: 'production' })).code).toBe(0);
    expect((await runCli(['generate', 'shell', '-o', 'ports.prod.sh', '--check'], dir)).code).toBe(1);
    const md = await runCli(['generate', 'markdown', '--env', 'staging'], dir);
    expect(md.stdout).toContain('# Port assignments (staging)');
    expect(md.stdout).toContain('| 8005 | `api` | | `API_PORT` | 8005-8006 | |');
  });
});
