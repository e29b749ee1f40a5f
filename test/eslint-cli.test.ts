// The ESLint plugin as people run it: the real `eslint` CLI with @typescript-eslint/parser on a small TS
// project (files and `--stdin --stdin-filename`, as editors call it), loading the committed bundle
// lib/eslint.js; and a long-lived ESLint that picks up an edited ports.yaml.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/eslint/index.js';
import { registryFor } from '../src/eslint/registry-cache.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ESLINT = path.join(ROOT, 'node_modules', '.bin', 'eslint');
const require = createRequire(import.meta.url);

const REGISTRY = 'ports:\n  api:\n    default: 8000\n    env_var: API_PORT\n    range: [8000, 8009]\n';

const A_TS = [
  "import http from 'node:http';",
  '',
  "export const apiUrl = 'http://localhost:8000/v1';",
  '',
  'export function start(port: number = 8000): http.Server {',
  '  const server = http.createServer();',
  '  server.listen(8000);',
  '  return server;',
  '}',
  '',
  'export const fromEnv = Number(process.env.API_PORT ?? 8000);',
  '// eslint-disable-next-line port-lint/hardcoded-port',
  "export const allowed = 'http://localhost:8000/health';",
  '// port-lint-disable-next-line hardcoded-port -- the docs quote it',
  "export const quoted = 'http://localhost:8000/docs';",
  '',
].join('\n');

function project(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-eslint-cli-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
  writeFileSync(path.join(dir, 'package.json'), '{ "name": "demo", "private": true, "type": "module" }\n');
  // The flat config of docs/eslint.md, with the packages named by path since this project installs nothing.
  const parser = pathToFileURL(require.resolve('@typescript-eslint/parser')).href;
  const portLint = pathToFileURL(path.join(ROOT, 'lib', 'eslint.js')).href;
  writeFileSync(
    path.join(dir, 'eslint.config.js'),
    [
      `import tsParser from ${JSON.stringify(parser)};`,
      `import portLint from ${JSON.stringify(portLint)};`,
      '',
      'export default [',
      "  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },",
      "  { files: ['**/*.ts'], ...portLint.configs.recommended },",
      '];',
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src', 'a.ts'), A_TS);
  return dir;
}

interface EslintMessage {
  ruleId: string | null;
  message: string;
  severity: number;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fix?: unknown;
}

function eslint(cwd: string, args: string[], input?: string): { status: number | null; results: { filePath: string; messages: EslintMessage[] }[]; stderr: string } {
  const r = spawnSync(ESLINT, ['-f', 'json', ...args], { cwd, encoding: 'utf8', ...(input !== undefined && { input }) });
  return { status: r.status, results: r.stdout ? JSON.parse(r.stdout) : [], stderr: r.stderr };
}

const brief = (m: EslintMessage) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.messageId}${m.fix ? ' (fix)' : ''}`;

// Each test spawns ESLint (with the TS parser and the grammars) once or twice: seconds each, minutes on a
// loaded machine, so these get more than the suite's 30 s.
describe('eslint CLI with port-lint/eslint', { timeout: 180_000 }, () => {
  it('reports hardcoded ports of a TS file at their exact places, honours eslint-disable and port-lint-disable', () => {
    const dir = project();
    const r = eslint(dir, ['src/a.ts']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.results).toHaveLength(1);
    expect(r.results[0]!.messages.map(brief)).toEqual([
      '3:41-3:45 port-lint/hardcoded-port hardcoded',
      '5:38-5:42 port-lint/hardcoded-port hardcoded (fix)',
      '7:17-7:21 port-lint/hardcoded-port hardcoded (fix)',
    ]);
    // The same places and messages as the port-lint CLI, less the line eslint-disable hides.
    const cli = JSON.parse(spawnSync(process.execPath, [path.join(ROOT, 'bin', 'port-lint.js'), '-f', 'json', 'src/a.ts'], { cwd: dir, encoding: 'utf8' }).stdout) as {
      results: { ruleId: string; message: string; line: number; column: number; endLine: number; endColumn: number }[];
    };
    const fromCli = cli.results.filter((f) => f.line !== 13).map((f) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} port-lint/${f.ruleId} ${f.message}`);
    expect(r.results[0]!.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`)).toEqual(fromCli);
  });

  it('lints text on stdin under --stdin-filename, as editors call it', () => {
    const dir = project();
    // A Node server's config (node:http): --fix may write process.env there.
    const text = "import 'node:http';\nexport const cfg = { port: 8000 };\nexport const other = { port: 4444 };\n";
    const r = eslint(dir, ['--stdin', '--stdin-filename', 'src/b.ts'], text);
    expect(r.stderr).toBe('');
    expect(r.results[0]!.filePath).toBe(path.join(dir, 'src', 'b.ts'));
    expect(r.results[0]!.messages.map(brief)).toEqual([
      '2:28-2:32 port-lint/hardcoded-port hardcoded (fix)',
      '3:30-3:34 port-lint/undocumented-port undocumented',
    ]);
  });

  it('rewrites with --fix exactly as port-lint --fix does', () => {
    const dir = project();
    const r = spawnSync(ESLINT, ['--fix-dry-run', '-f', 'json', 'src/a.ts'], { cwd: dir, encoding: 'utf8' });
    const output = (JSON.parse(r.stdout) as { output: string }[])[0]!.output;
    expect(output).toContain('export function start(port: number = Number(process.env.API_PORT ?? 8000)): http.Server {');
    expect(output).toContain('  server.listen(Number(process.env.API_PORT ?? 8000));');
    spawnSync(process.execPath, [path.join(ROOT, 'bin', 'port-lint.js'), '--fix', 'src/a.ts'], { cwd: dir, encoding: 'utf8' });
    expect(readFileSync(path.join(dir, 'src', 'a.ts'), 'utf8')).toBe(output);
  });
});

describe('a long-running ESLint (an editor)', () => {
  it('reloads ports.yaml when it changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-eslint-reload-'));
    const registry = path.join(dir, 'ports.yaml');
    writeFileSync(registry, REGISTRY);
    const linter = new Linter({ cwd: dir });
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { files: ['**/*.ts'], ...plugin.configs.recommended }];
    const lint = () => linter.verify('app.listen(8000);\napp.listen(8100);\n', config, { filename: path.join(dir, 'server.ts') }).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(lint()).toEqual(['1:12 port-lint/hardcoded-port', '2:12 port-lint/undocumented-port']);
    writeFileSync(registry, REGISTRY.replace('8000', '8100').replace('[8000, 8009]', '[8100, 8109]'));
    expect(lint()).toEqual(['1:12 port-lint/undocumented-port', '2:12 port-lint/hardcoded-port']);
  });

  it('loads ports.yaml once while it is unchanged', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-eslint-once-'));
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    const file = path.join(dir, 'server.ts');
    const first = registryFor(file, dir, undefined);
    expect(first?.kind).toBe('loaded');
    expect(registryFor(file, dir, undefined)).toBe(first);
    writeFileSync(path.join(dir, 'ports.yaml'), `${REGISTRY}  # edited\n`);
    const second = registryFor(file, dir, undefined);
    expect(second).not.toBe(first);
    expect(registryFor(file, dir, undefined)).toBe(second);
  });

  it('reports a ports.yaml that does not load once per file, at its first line, and recovers when it is fixed', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-eslint-broken-'));
    const registry = path.join(dir, 'ports.yaml');
    writeFileSync(registry, 'ports:\n  api:\n    default: eighty\n');
    const linter = new Linter({ cwd: dir });
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { files: ['**/*.ts'], ...plugin.configs.recommended }];
    const lint = () => linter.verify('app.listen(8000);\n', config, { filename: path.join(dir, 'server.ts') });
    const broken = lint();
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatchObject({ line: 1, column: 1, messageId: 'portLintError' });
    expect(broken[0]!.message).toMatch(/^port-lint: ports\.yaml:3:\d+: /);
    writeFileSync(registry, REGISTRY);
    expect(lint().map((m) => m.ruleId)).toEqual(['port-lint/hardcoded-port']);
  });

  it('leaves the ports module `port-lint generate typescript` writes alone, as the CLI does', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-eslint-generated-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    execFileSync(process.execPath, [path.join(ROOT, 'bin', 'port-lint.js'), 'generate', 'typescript', '-o', 'ports.ts'], { cwd: dir });
    const text = readFileSync(path.join(dir, 'ports.ts'), 'utf8');
    expect(text).toMatch(/default: 8000/);
    const linter = new Linter({ cwd: dir });
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { files: ['**/*.ts'], ...plugin.configs.recommended }];
    expect(linter.verify(text, config, { filename: path.join(dir, 'ports.ts') })).toEqual([]);
  });

  it("applies ports.yaml's lint.rules (off, options) and lint.exclude, as the CLI does", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-eslint-lintcfg-'));
    // A repository, so that generated/server.ts finds the ports.yaml above it.
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(
      path.join(dir, 'ports.yaml'),
      `${REGISTRY}lint:\n  exclude: ['generated/**']\n  rules:\n    env-default-mismatch: off\n    undocumented-port: [warn, { allowPorts: [4444] }]\n`,
    );
    const linter = new Linter({ cwd: dir });
    const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, { files: ['**/*.ts'], ...plugin.configs.recommended }];
    const text = 'app.listen(Number(process.env.API_PORT ?? 8001));\nconst a = { port: 4444 };\nconst b = { port: 5555 };\napp.listen(8000);\n';
    const lint = (file: string) => linter.verify(text, config, { filename: path.join(dir, file) }).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(lint('server.ts')).toEqual(['3:19 port-lint/undocumented-port', '4:12 port-lint/hardcoded-port']);
    expect(lint('generated/server.ts')).toEqual([]);
  });
});

describe('the port-lint/eslint package entry', { timeout: 180_000 }, () => {
  it('resolves to the committed bundle with its types, and is packed', async () => {
    // Self-reference through package.json "exports", as an installed copy is imported.
    expect(fileURLToPath(import.meta.resolve('port-lint/eslint'))).toBe(path.join(ROOT, 'lib', 'eslint.js'));
    const bundled = (await import('port-lint/eslint')).default as typeof plugin;
    expect(Object.keys(bundled.rules)).toEqual(Object.keys(plugin.rules));
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
    const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['lib/eslint.js', 'lib/eslint.d.ts']));
  });
});
