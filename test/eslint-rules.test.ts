// The ESLint plugin's rules under ESLint's own RuleTester: exact line/column/endLine/endColumn and
// messageId for each rule, fixes and suggestions from port-lint's fixer, port-lint-disable comments.
import tsParser from '@typescript-eslint/parser';
import { RuleTester } from 'eslint';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import plugin from '../src/eslint/index.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = afterAll;

// The registry of fixtures/rules/*: api takes a range, mcp_ws and relay are immutable, 3000 is reserved.
const REGISTRY = [
  'ports:',
  '  api:',
  '    default: 8000',
  '    env_var: CONTIMG_API_PORT',
  '    range: [8000, 8009]',
  '  docs:',
  '    default: 8101',
  '    env_var: CONTIMG_DOCS_PORT',
  '  dashboard:',
  '    default: 3210',
  '    env_var: CONTIMG_DASHBOARD_PORT',
  '    range: [3210, 3220]',
  '  mcp_ws:',
  '    default: 9009',
  '    env_var: null',
  '    immutable: true',
  '  relay:',
  '    default: 9300',
  '    env_var: RELAY_PORT',
  '    immutable: true',
  'reserved:',
  '  - port: 3000',
  '    service: "Grafana (external)"',
  '',
].join('\n');

// Outside any git repository, ports.yaml is looked up in the file's own directory only.
const project = mkdtempSync(path.join(tmpdir(), 'port-lint-eslint-rules-'));
writeFileSync(path.join(project, 'ports.yaml'), REGISTRY);
const ts = path.join(project, 'server.ts');
/** A tool's config file (its name says so): it runs in Node, where process.env exists. */
const tool = path.join(project, 'server.config.ts');
const js = path.join(project, 'server.js');
const tsx = path.join(project, 'App.tsx');

const tester = new RuleTester({ languageOptions: { parser: tsParser } });
const jsTester = new RuleTester();

const rule = (id: keyof typeof plugin.rules) => plugin.rules[id];

describe('port-lint/eslint', () => {
  it('has meta, the eight code rules and a recommended config at port-lint severities', async () => {
    const { expect } = await import('vitest');
    expect(plugin.meta.name).toBe('port-lint');
    expect(Object.keys(plugin.rules).sort()).toEqual([
      'env-default-mismatch',
      'hardcoded-port',
      'immutable-port',
      'missing-default',
      'out-of-range',
      'reserved-port',
      'undocumented-port',
      'unknown-port-variable',
    ]);
    expect(plugin.configs.recommended.rules).toEqual({
      'port-lint/hardcoded-port': 'error',
      'port-lint/undocumented-port': 'warn',
      'port-lint/out-of-range': 'error',
      'port-lint/env-default-mismatch': 'warn',
      'port-lint/missing-default': 'warn',
      'port-lint/unknown-port-variable': 'warn',
      'port-lint/reserved-port': 'warn',
      'port-lint/immutable-port': 'error',
    });
    expect(plugin.configs.recommended.plugins?.['port-lint']).toBe(plugin);
    expect(plugin.rules['hardcoded-port'].meta?.docs?.url).toBe('https://github.com/port-lint/port-lint/blob/main/rules/hardcoded-port.md');
  });
});

tester.run('hardcoded-port', rule('hardcoded-port'), {
  valid: [
    { filename: ts, code: 'const port = Number(process.env.CONTIMG_API_PORT ?? 8000);\napp.listen(port);\n' },
    { filename: ts, code: 'const timeout = 8000;\nsetTimeout(done, 8000);\n' },
    { filename: ts, code: '// port-lint-disable-next-line hardcoded-port -- the test server\napp.listen(8000);\n' },
    { filename: ts, code: 'app.listen(8000); // port-lint-disable-line\n' },
    { filename: ts, code: "const docs = 'https://example.com:8000/x';\n" },
    // No ports.yaml at or above the file: nothing to check against.
    { filename: path.join(tmpdir(), 'port-lint-eslint-no-registry', 'server.ts'), code: 'app.listen(8000);\n' },
    // Not a language port-lint reads.
    { filename: path.join(project, 'notes.vue'), code: 'app.listen(8000);\n' },
  ],
  invalid: [
    {
      name: 'listen(8000) becomes a lookup of the registered variable',
      filename: ts,
      code: 'app.listen(8000);\n',
      output: 'app.listen(Number(process.env.CONTIMG_API_PORT ?? 8000));\n',
      errors: [{ messageId: 'hardcoded', line: 1, column: 12, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'a default parameter',
      filename: tool,
      code: 'export function start(port: number = 8000): void {\n  serve(port);\n}\n',
      output: 'export function start(port: number = Number(process.env.CONTIMG_API_PORT ?? 8000)): void {\n  serve(port);\n}\n',
      errors: [{ messageId: 'hardcoded', line: 1, column: 38, endLine: 1, endColumn: 42 }],
    },
    {
      name: 'a URL string: reported, not rewritten (the fixer leaves a port inside a string alone)',
      filename: ts,
      code: "const api = 'http://localhost:8000/v1';\n",
      output: null,
      errors: [{ messageId: 'hardcoded', line: 1, column: 31, endLine: 1, endColumn: 35 }],
    },
    {
      name: 'a whole-string port becomes a string lookup',
      filename: tool,
      code: "const port = '8000';\n",
      output: "const port = (process.env.CONTIMG_API_PORT ?? '8000');\n",
      errors: [{ messageId: 'hardcoded', line: 1, column: 15, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'code with no sign of running in Node (a browser bundle has no process.env): reported, not rewritten',
      filename: ts,
      code: "const port = '8000';\n",
      output: null,
      errors: [{ messageId: 'hardcoded', line: 1, column: 15, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'another port of the range: a suggestion, not a fix',
      filename: ts,
      code: 'server.listen(8003);\n',
      output: null,
      errors: [
        {
          messageId: 'hardcodedInRange',
          line: 1,
          column: 15,
          endLine: 1,
          endColumn: 19,
          suggestions: [{ messageId: 'useDefaultLookup', output: 'server.listen(Number(process.env.CONTIMG_API_PORT ?? 8000));\n' }],
        },
      ],
    },
    {
      name: 'an immutable service',
      filename: ts,
      code: 'server.listen(9009);\n',
      output: null,
      errors: [{ messageId: 'immutable', line: 1, column: 15, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'columns count UTF-16 code units after non-ASCII text, and lines CRLF breaks',
      filename: ts,
      code: "// ünïcödé 🚀\r\nconst url = `🚀 http://localhost:${'x'}` + 'http://localhost:8000';\r\n",
      output: null,
      errors: [{ messageId: 'hardcoded', line: 2, column: 62, endLine: 2, endColumn: 66 }],
    },
    {
      name: 'a port-lint-disable comment for another rule does not hide it',
      filename: ts,
      code: '// port-lint-disable-next-line undocumented-port\napp.listen(8000);\n',
      output: '// port-lint-disable-next-line undocumented-port\napp.listen(Number(process.env.CONTIMG_API_PORT ?? 8000));\n',
      errors: [{ messageId: 'hardcoded', line: 2, column: 12, endLine: 2, endColumn: 16 }],
    },
    {
      name: 'a TSX file',
      filename: tsx,
      code: 'export const App = () => <Dev url="http://localhost:8000" />;\n',
      output: null,
      errors: [{ messageId: 'hardcoded', line: 1, column: 53, endLine: 1, endColumn: 57 }],
      languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    {
      name: 'a ports.yaml named by the rule option',
      filename: path.join(tmpdir(), 'port-lint-eslint-no-registry', 'server.ts'),
      code: 'app.listen(8000);\n',
      options: [{ config: path.join(project, 'ports.yaml') }],
      output: 'app.listen(Number(process.env.CONTIMG_API_PORT ?? 8000));\n',
      errors: [{ messageId: 'hardcoded', line: 1, column: 12, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'a ports.yaml named by the shared setting',
      filename: path.join(tmpdir(), 'port-lint-eslint-no-registry', 'server.ts'),
      code: 'app.listen(8000);\n',
      settings: { 'port-lint': { config: path.join(project, 'ports.yaml') } },
      output: 'app.listen(Number(process.env.CONTIMG_API_PORT ?? 8000));\n',
      errors: [{ messageId: 'hardcoded', line: 1, column: 12, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'a named ports.yaml that is not there is reported, once, at the top of the file',
      filename: ts,
      code: 'app.listen(8000);\n',
      options: [{ config: path.join(project, 'missing.yaml') }],
      errors: [{ messageId: 'portLintError', line: 1, column: 1, endLine: 1, endColumn: 1 }],
    },
  ],
});

jsTester.run('hardcoded-port (JavaScript, espree)', rule('hardcoded-port'), {
  valid: [{ filename: js, code: 'app.listen(Number(process.env.CONTIMG_API_PORT ?? 8000));\n' }],
  invalid: [
    {
      filename: js,
      code: "const http = require('http');\nhttp.createServer(handler).listen(8000, () => {});\n",
      output: "const http = require('http');\nhttp.createServer(handler).listen(Number(process.env.CONTIMG_API_PORT ?? 8000), () => {});\n",
      errors: [{ messageId: 'hardcoded', line: 2, column: 35, endLine: 2, endColumn: 39 }],
    },
  ],
});

tester.run('undocumented-port', rule('undocumented-port'), {
  valid: [
    { filename: ts, code: 'const cfg = { port: 8000 };\n' },
    { filename: ts, code: 'const cfg = { port: 4444 };\n', options: [{ allowPorts: [4444] }] },
    { filename: ts, code: "const api = 'https://api.example.com:4444/';\n" },
  ],
  invalid: [
    {
      filename: ts,
      code: 'const cfg = { port: 4444 };\n',
      errors: [{ messageId: 'undocumented', line: 1, column: 21, endLine: 1, endColumn: 25 }],
    },
    {
      filename: ts,
      code: "const api = 'https://api.example.com:4444/';\n",
      options: [{ externalHosts: true }],
      errors: [{ messageId: 'undocumented', line: 1, column: 38, endLine: 1, endColumn: 42 }],
    },
  ],
});

tester.run('out-of-range', rule('out-of-range'), {
  valid: [{ filename: ts, code: 'const dash = Number(process.env.CONTIMG_DASHBOARD_PORT ?? 3212);\n' }],
  invalid: [
    {
      filename: ts,
      code: 'const api = Number(process.env.CONTIMG_API_PORT ?? 9100);\n',
      errors: [{ messageId: 'outside', line: 1, column: 52, endLine: 1, endColumn: 56 }],
    },
  ],
});

tester.run('env-default-mismatch', rule('env-default-mismatch'), {
  valid: [{ filename: ts, code: 'const api = Number(process.env.CONTIMG_API_PORT ?? 8000);\n' }],
  invalid: [
    {
      filename: ts,
      code: 'const dash = Number(process.env.CONTIMG_DASHBOARD_PORT ?? 3212);\n',
      output: 'const dash = Number(process.env.CONTIMG_DASHBOARD_PORT ?? 3210);\n',
      errors: [{ messageId: 'mismatch', line: 1, column: 59, endLine: 1, endColumn: 63 }],
    },
  ],
});

tester.run('missing-default', rule('missing-default'), {
  valid: [{ filename: ts, code: 'app.listen(Number(process.env.CONTIMG_API_PORT ?? 8000));\n' }],
  invalid: [
    {
      // The digit matters: port-lint's prefilter (and so the CLI) skips a file with neither a digit nor a `$`.
      filename: ts,
      code: 'const retries = 3;\napp.listen(process.env.CONTIMG_API_PORT);\n',
      errors: [{ messageId: 'missing', line: 2, column: 24, endLine: 2, endColumn: 40 }],
    },
  ],
});

tester.run('unknown-port-variable', rule('unknown-port-variable'), {
  valid: [{ filename: ts, code: 'const docs = Number(process.env.CONTIMG_DOCS_PORT ?? 8101);\n' }],
  invalid: [
    {
      filename: ts,
      code: 'const web = Number(process.env.CONTIMG_WEB_PORT ?? 7000);\n',
      errors: [{ messageId: 'unknown', line: 1, column: 52, endLine: 1, endColumn: 56 }],
    },
  ],
});

tester.run('reserved-port', rule('reserved-port'), {
  valid: [{ filename: ts, code: "fetch('http://grafana.internal:3000/api');\n" }],
  invalid: [
    {
      filename: ts,
      code: 'server.listen(3000);\n',
      errors: [{ messageId: 'code', line: 1, column: 15, endLine: 1, endColumn: 19 }],
    },
  ],
});

tester.run('immutable-port', rule('immutable-port'), {
  valid: [{ filename: ts, code: 'const relay = Number(process.env.RELAY_PORT ?? 9300);\n' }],
  invalid: [
    {
      filename: ts,
      code: 'const relay = Number(process.env.RELAY_PORT ?? 9400);\n',
      errors: [{ messageId: 'envSet', line: 1, column: 48, endLine: 1, endColumn: 52 }],
    },
  ],
});
