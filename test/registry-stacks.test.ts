// ports.yaml's model of real stacks: per-container values of one variable (instances) and the compose files
// run together (lint.compose_sets) — loading, config errors with file:line:column, and what the runtime and
// `generate` make of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { generateJson } from '../src/generate/json.js';
import { generateMarkdown } from '../src/generate/markdown.js';
import { generatePython } from '../src/generate/python.js';
import { generateShell } from '../src/generate/shell.js';
import { generateTypescript } from '../src/generate/typescript.js';
import { parseRegistry } from '../src/registry/load.js';
import { configuredPort } from '../src/runtime/resolve.js';
import { InvalidPortEnvError } from '../src/index.js';
import { runCli } from './helpers/run.js';

function repoWith(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-stacks-'));
  mkdirSync(path.join(dir, '.git'));
  writeFileSync(path.join(dir, 'ports.yaml'), yaml);
  return dir;
}

const parse = (yaml: string) => parseRegistry(yaml, { displayPath: 'ports.yaml', absolutePath: '/r/ports.yaml', root: '/r' });

const REDIS = [
  'ports:',
  '  redis:',
  '    default: 7000',
  '    env_var: REDIS_PORT_NUMBER',
  '    instances:',
  '      redis-node-1: 7001',
  '      redis-node-2: { port: 7002, files: ["./deploy/node-2.env", "deploy/node-2/**"] }',
  '',
].join('\n');

describe('instances', () => {
  it('load with their ports, files (normalized) and positions', () => {
    const redis = parse(REDIS).service('redis')!;
    expect(redis.instances.map((i) => [i.name, i.port, i.files, i.loc.key.start.line, i.loc.port.start.line, i.loc.port.start.column])).toEqual([
      ['redis-node-1', 7001, [], 6, 6, 21],
      ['redis-node-2', 7002, ['deploy/node-2.env', 'deploy/node-2/**'], 7, 7, 29],
    ]);
  });

  it('belong to the service for attribution, and are found by compose service or file glob', () => {
    const registry = parse(REDIS);
    const redis = registry.service('redis')!;
    expect(registry.servicesForPort(7002).map((s) => s.name)).toEqual(['redis']);
    expect(registry.instanceAt(redis, { file: 'x/docker-compose.yml', service: 'Redis_Node_1' })?.name).toBe('redis-node-1');
    expect(registry.instanceAt(redis, { file: 'deploy/node-2/redis.conf' })?.name).toBe('redis-node-2');
    expect(registry.instanceAt(redis, { file: 'deploy/node-3.env' })).toBeUndefined();
    expect(registry.instanceNamed('redis-node-2')?.service.name).toBe('redis');
  });

  const ERRORS: [string, string, string][] = [
    ['an instance port out of range', 'ports:\n  r:\n    default: 7000\n    instances:\n      n1: 70000\n', 'ports.yaml:5:11: ports.r.instances.n1: port 70000 is out of range; a port is 1-65535'],
    ['an instance that is neither a port nor a mapping', 'ports:\n  r:\n    default: 7000\n    instances:\n      n1: "7001"\n', 'ports.yaml:5:11: ports.r.instances.n1: must be a port (1-65535) or a mapping { port, files }, got "7001"'],
    ['an instance mapping without a port', 'ports:\n  r:\n    default: 7000\n    instances:\n      n1: { files: a.env }\n', 'ports.yaml:5:7: ports.r.instances.n1: missing required key "port"'],
    ['an unknown instance key', 'ports:\n  r:\n    default: 7000\n    instances:\n      n1: { port: 7001, file: a.env }\n', 'ports.yaml:5:25: ports.r.instances.n1.file: unknown key "file" (did you mean "files"?)'],
    ['an instance name that is no compose service name', 'ports:\n  r:\n    default: 7000\n    instances:\n      "-n1": 7001\n', 'ports.yaml:5:7: ports.r.instances.-n1: invalid instance name "-n1"; an instance is a compose service name: letters, digits, _ . - (not first)'],
    ['no instances at all', 'ports:\n  r:\n    default: 7000\n    instances: {}\n', 'ports.yaml:4:16: ports.r.instances: must name at least one instance (compose service: port)'],
    ['instances on an immutable service', 'ports:\n  r:\n    default: 7000\n    immutable: true\n    instances:\n      n1: 7001\n', 'ports.yaml:5:5: ports.r.instances: an immutable service has one port, and instances give "r" one per container; drop immutable: true or the instances'],
    ['an instance glob that leaves the repository', 'ports:\n  r:\n    default: 7000\n    instances:\n      n1: { port: 7001, files: [a.env, ../b.env] }\n', 'ports.yaml:5:40: ports.r.instances.n1.files[1]: "../b.env" leaves the repository (..); write it relative to the repository root'],
  ];
  for (const [name, yaml, message] of ERRORS) {
    it(`report ${name} on one line and exit 2`, async () => {
      const run = await runCli([], repoWith(yaml));
      expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
    });
  }

  it("let the runtime accept an instance's port as a value of the variable, and nothing else outside the range", () => {
    const redis = parse(REDIS).service('redis')!;
    expect(configuredPort(redis, { REDIS_PORT_NUMBER: '7002' })).toEqual({ port: 7002, source: 'env' });
    expect(() => configuredPort(redis, { REDIS_PORT_NUMBER: '7003' })).toThrow(InvalidPortEnvError);
  });

  const shells = ['bash', 'sh'].filter((s) => spawnSync(s, ['-c', 'true']).status === 0);
  it.each(shells)("give ports.sh's get_port an instance's port as PortManager does (%s)", (shell) => {
    const registry = parse(REDIS);
    const text = generateShell({ registry, header: { source: 'ports.yaml', command: 'port-lint generate shell' } });
    expect(text).toContain('# redis instances, one value per container: redis-node-1 7001, redis-node-2 7002');
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-stacks-sh-'));
    writeFileSync(path.join(dir, 'ports.sh'), text);
    const run = (value: string) =>
      spawnSync(shell, ['-c', '. ./ports.sh\nget_port redis'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', REDIS_PORT_NUMBER: value } });
    for (const [value, stdout, status] of [['7002', '7002\n', 0], ['07001', '7001\n', 0], ['', '7000\n', 0], ['7003', '', 2], ['0', '', 2]] as const) {
      expect([value, run(value).stdout, run(value).status]).toEqual([value, stdout, status]);
    }
  });

  const python = ['python3', 'python'].find((p) => spawnSync(p, ['-c', 'import sys; assert sys.version_info >= (3, 7)']).status === 0);
  it.runIf(python)("give the generated Python module an instance's port as PortManager does", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-stacks-py-'));
    writeFileSync(path.join(dir, 'ports.py'), generatePython({ registry: parse(REDIS), header: { source: 'ports.yaml', command: 'port-lint generate python' } }));
    const script = [
      'import ports',
      'for value in ("7002", "7003"):',
      '    try:',
      '        print(ports.PortManager(environ={"REDIS_PORT_NUMBER": value}).get_port("redis"))',
      '    except ports.InvalidPortError as e:',
      '        print("invalid", value)',
    ].join('\n');
    const run = spawnSync(python!, ['-W', 'error', '-c', script], { cwd: dir, encoding: 'utf8' });
    expect([run.stderr, run.stdout]).toEqual(['', '7002\ninvalid 7003\n']);
  });

  it("give the generated TypeScript module an instance's port as PortManager does, and it type-checks", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-stacks-ts-'));
    const text = generateTypescript({ registry: parse(REDIS), header: { source: 'ports.yaml', command: 'port-lint generate typescript' } });
    writeFileSync(path.join(dir, 'ports.ts'), text);
    const program = ts.createProgram([path.join(dir, 'ports.ts')], {
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      types: [],
      lib: ['lib.es2022.d.ts'],
      noEmit: true,
    });
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    writeFileSync(path.join(dir, 'ports.mjs'), ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    const mod = (await import(path.join(dir, 'ports.mjs'))) as { getPort(s: string, o?: object): number };
    expect(mod.getPort('redis', { variables: { REDIS_PORT_NUMBER: '7002' } })).toBe(7002);
    expect(() => mod.getPort('redis', { variables: { REDIS_PORT_NUMBER: '7003' } })).toThrow(/outside the range/);
  });

  it('are listed by generate json and markdown', () => {
    const registry = parse(REDIS);
    const header = { source: 'ports.yaml', command: 'port-lint generate' };
    const json = JSON.parse(generateJson({ registry, header })) as { ports: { redis: { instances: unknown } } };
    expect(json.ports.redis.instances).toEqual({ 'redis-node-1': 7001, 'redis-node-2': { port: 7002, files: ['deploy/node-2.env', 'deploy/node-2/**'] } });
    expect(generateMarkdown({ registry, header })).toContain('| 7002 | `redis-node-2` | `redis` | `REDIS_PORT_NUMBER` |');
  });
});

describe('lint.compose_sets', () => {
  it('load with their files normalized, in -f order', () => {
    const registry = parse('ports: {}\nlint:\n  compose_sets:\n    full: [compose.yaml, ./compose.full.yaml]\n');
    expect(registry.lint.composeSets.map((s) => [s.name, s.files, s.loc.start.line])).toEqual([['full', ['compose.yaml', 'compose.full.yaml'], 4]]);
    const withProfiles = parse('ports: {}\nlint:\n  compose_sets:\n    all: { files: [compose.yaml], profiles: [app, admin] }\n');
    expect(withProfiles.lint.composeSets.map((s) => [s.name, s.files, s.profiles])).toEqual([['all', ['compose.yaml'], ['app', 'admin']]]);
  });

  const ERRORS: [string, string, string][] = [
    ['an empty set', 'ports: {}\nlint:\n  compose_sets:\n    full: []\n', 'ports.yaml:4:11: lint.compose_sets.full: must list at least one compose file'],
    ['a set that is not a list', 'ports: {}\nlint:\n  compose_sets:\n    full: compose.yaml\n', 'ports.yaml:4:11: lint.compose_sets.full: must be a list of compose files or a mapping { files, profiles }, got "compose.yaml"'],
    ['an absolute path', 'ports: {}\nlint:\n  compose_sets:\n    full: [compose.yaml, /srv/compose.full.yaml]\n', 'ports.yaml:4:26: lint.compose_sets.full[1]: "/srv/compose.full.yaml" is absolute; write it relative to the repository root'],
    ['a file listed twice', 'ports: {}\nlint:\n  compose_sets:\n    full: [compose.yaml, ./compose.yaml]\n', 'ports.yaml:4:26: lint.compose_sets.full[1]: "./compose.yaml" is listed twice in this set'],
    ['a set with no files', 'ports: {}\nlint:\n  compose_sets:\n    full: { files: [], profiles: [app] }\n', 'ports.yaml:4:20: lint.compose_sets.full.files: must list at least one compose file'],
    ['a path in a set with profiles that leaves the repository', 'ports: {}\nlint:\n  compose_sets:\n    full: { files: [../compose.yaml] }\n', 'ports.yaml:4:21: lint.compose_sets.full.files[0]: "../compose.yaml" leaves the repository (..); write it relative to the repository root'],
    ['an empty path', 'ports: {}\nlint:\n  compose_sets:\n    full: [""]\n', 'ports.yaml:4:12: lint.compose_sets.full[0]: an empty path; name a file relative to the repository root'],
  ];
  for (const [name, yaml, message] of ERRORS) {
    it(`report ${name} on one line and exit 2`, async () => {
      const run = await runCli([], repoWith(yaml));
      expect(run).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
    });
  }
});
