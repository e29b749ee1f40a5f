// Names that are also Object.prototype's (reliability attack W5): `__proto__`, `constructor`, `toString`
// as service and environment names reach the loader, the runtime and every generator as plain names.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { GENERATORS, generateCommand } from '../src/generate/index.js';
import { applyEnvironment } from '../src/registry/environment.js';
import { loadRegistry } from '../src/registry/load.js';
import { PortManager } from '../src/runtime/port-manager.js';
import { runCli } from './helpers/run.js';

const YAML = [
  'ports:',
  '  __proto__: { default: 8000, env_var: PROTO_PORT, range: [8000, 8009] }',
  '  constructor: { default: 8100 }',
  '  toString: { default: 8200 }',
  'environments:',
  '  __proto__:',
  '    ports:',
  '      __proto__: { default: 8001 }',
  '  prod:',
  '    ports:',
  '      constructor: { default: 8101 }',
  '',
].join('\n');

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-proto-'));
  writeFileSync(path.join(dir, 'ports.yaml'), YAML);
  return dir;
}

describe('__proto__ and other Object.prototype names', () => {
  it('loads them as services and environments', () => {
    const dir = repo();
    const registry = loadRegistry(path.join(dir, 'ports.yaml'), { root: dir });
    expect(registry.services.map((s) => s.name)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.keys(registry.environments)).toEqual(['__proto__', 'prod']);
    expect(applyEnvironment(registry, '__proto__').service('__proto__')!.default).toBe(8001);
    // prod overrides constructor only: toString is not "overridden" by Object.prototype.toString.
    const prod = applyEnvironment(registry, 'prod');
    expect(prod.services.map((s) => s.default)).toEqual([8000, 8101, 8200]);
    expect(prod.service('toString')!.loc).toEqual(registry.service('toString')!.loc);
  });

  it('answers get and lists them through PortManager', async () => {
    const dir = repo();
    expect((await runCli(['get', '__proto__', '--env', '__proto__'], dir)).stdout).toBe('8001\n');
    expect((await runCli(['get', 'toString', '--env', 'prod'], dir)).stdout).toBe('8200\n');
    const ports = PortManager.load(path.join(dir, 'ports.yaml'), { variables: {} }).listPorts();
    expect(Object.keys(ports)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(ports)).toBe(Object.prototype);
  });

  it('keeps them in the generated TypeScript module', async () => {
    const dir = repo();
    const registry = loadRegistry(path.join(dir, 'ports.yaml'), { root: dir });
    const file = path.join(dir, 'ports.ts');
    const command = generateCommand({ format: 'typescript', config: path.join(dir, 'ports.yaml'), output: file, root: dir });
    writeFileSync(file, GENERATORS.typescript({ registry, header: { source: 'ports.yaml', command } }));
    writeFileSync(path.join(dir, 'ports.mjs'), ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText);
    const mod = (await import(path.join(dir, 'ports.mjs'))) as {
      SERVICES: Record<string, { default: number }>;
      ENVIRONMENTS: Record<string, Record<string, { default: number }>>;
      getPort(s: string, o?: object): number;
      listPorts(o?: object): Record<string, number>;
    };
    expect(Object.keys(mod.SERVICES)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(mod.SERVICES)).toBe(Object.prototype);
    expect(Object.keys(mod.ENVIRONMENTS)).toEqual(['__proto__', 'prod']);
    expect(mod.getPort('__proto__', { variables: {} })).toBe(8000);
    expect(mod.getPort('__proto__', { env: '__proto__', variables: {} })).toBe(8001);
    expect(mod.getPort('__proto__', { variables: { PROTO_PORT: '8005' } })).toBe(8005);
    expect(mod.getPort('toString', { env: 'prod', variables: {} })).toBe(8200);
    expect(mod.getPort('constructor', { env: 'prod', variables: {} })).toBe(8101);
    expect(mod.listPorts({ variables: {} })).toEqual({ ['__proto__']: 8000, constructor: 8100, toString: 8200 });
    expect(Object.keys(mod.listPorts({ variables: {} }))).toEqual(['__proto__', 'constructor', 'toString']);
    expect(() => mod.getPort('hasOwnProperty', { variables: {} })).toThrow('unknown service "hasOwnProperty"');
  });

  it('keeps them in the generated JSON, env and shell files', async () => {
    const dir = repo();
    const json = JSON.parse((await runCli(['generate', 'json', '--env', '__proto__'], dir)).stdout);
    expect(Object.keys(json.ports)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(json.ports.__proto__.default).toBe(8001);
    expect((await runCli(['generate', 'env', '--env', '__proto__'], dir)).stdout).toContain('\nPROTO_PORT=8001\n');
    expect((await runCli(['generate', 'markdown'], dir)).stdout).toContain('`__proto__`');
  });

  it('refuses __proto__ as a rule id instead of dropping it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-proto-'));
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports: {}\nlint:\n  rules:\n    __proto__: warn\n');
    const run = await runCli([], dir);
    expect(run.stderr).toBe('ports.yaml:4:5: lint.rules.__proto__: unknown rule "__proto__"\n');
    expect(run.code).toBe(2);
  });
});
