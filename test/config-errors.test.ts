// Bad ports.yaml input: one line on stderr with file:line:column and key path, exit 2, never a stack trace.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-config-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const CASES: [string, string, string][] = [
  ['malformed YAML', 'ports:\n  api: [8000, 8001\n', 'ports.yaml:3:1: ports.api[1]: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'],
  ['a string default', 'ports:\n  api:\n    default: "abc"\n', 'ports.yaml:3:14: ports.api.default: must be an integer port number (1-65535), got "abc"'],
  ['a quoted numeric default', 'ports:\n  api:\n    default: "8000"\n', 'ports.yaml:3:14: ports.api.default: must be an integer port number (1-65535), got "8000"'],
  ['a reversed range', 'ports:\n  api:\n    default: 8000\n    range: [8009, 8000]\n', 'ports.yaml:4:12: ports.api.range: range [8009, 8000] is reversed; write [8000, 8009]'],
  ['port 0', 'ports:\n  api:\n    default: 0\n', 'ports.yaml:3:14: ports.api.default: port 0 is out of range; a port is 1-65535'],
  ['port 70000', 'ports:\n  api:\n    default: 70000\n', 'ports.yaml:3:14: ports.api.default: port 70000 is out of range; a port is 1-65535'],
  ['port 70000 in a range', 'ports:\n  api:\n    default: 8000\n    range: [8000, 70000]\n', 'ports.yaml:4:19: ports.api.range[1]: port 70000 is out of range; a port is 1-65535'],
  ['an unknown service key', 'ports:\n  api:\n    default: 8000\n    defualt: 8001\n', 'ports.yaml:4:5: ports.api.defualt: unknown key "defualt" (did you mean "default"?)'],
  ['an unknown top-level key', 'ports: {}\nreserverd: []\n', 'ports.yaml:2:1: reserverd: unknown key "reserverd" (did you mean "reserved"?)'],
  ['an empty file', '', 'ports.yaml:1:1: ports: the file is empty; expected a mapping with a "ports" key'],
  ['a file of comments only', '# nothing yet\n', 'ports.yaml:1:1: ports: the file is empty; expected a mapping with a "ports" key'],
  ['a duplicate key', 'ports:\n  api:\n    default: 8000\n    default: 8001\n', 'ports.yaml:4:5: ports.api.default: duplicate key "default"'],
  ['a duplicate service', 'ports:\n  api:\n    default: 8000\n  api:\n    default: 8001\n', 'ports.yaml:4:3: ports.api: duplicate key "api"'],
  ['a list for ports', 'ports:\n  - api\n  - docs\n', 'ports.yaml:2:3: ports: must be a mapping of service name to settings, got a list'],
  ['a scalar for ports', 'ports: 8000\n', 'ports.yaml:1:8: ports: must be a mapping of service name to settings, got 8000'],
  ['a scalar service', 'ports:\n  api: 8000\n', 'ports.yaml:2:8: ports.api: must be a mapping of settings (default, env_var, range, ...), got 8000'],
  ['a missing default', 'ports:\n  api:\n    env_var: API_PORT\n', 'ports.yaml:2:3: ports.api: missing required key "default"'],
  ['a missing ports key', 'reserved: []\n', 'ports.yaml:1:1: (root): missing required key "ports"'],
  ['a scalar document', 'just text\n', 'ports.yaml:1:1: (root): must be a mapping with a "ports" key, got "just text"'],
  ['a bad env var name', 'ports:\n  api:\n    default: 8000\n    env_var: "API PORT"\n', 'ports.yaml:4:14: ports.api.env_var: "API PORT" is not a valid environment variable name'],
  ['a one-element range', 'ports:\n  api:\n    default: 8000\n    range: [8000]\n', 'ports.yaml:4:12: ports.api.range: must be a [low, high] pair, got 1 item(s)'],
  ['a non-boolean flag', 'ports:\n  api:\n    default: 8000\n    optional: "yes"\n', 'ports.yaml:4:15: ports.api.optional: must be true or false, got "yes"'],
  ['an unknown category', 'categories:\n  core:\n    range: [8000, 8099]\nports:\n  api:\n    default: 8000\n    category: cor\n', 'ports.yaml:7:15: ports.api.category: unknown category "cor" (did you mean "core"?); declared: core'],
  ['a bad rule severity', 'ports: {}\nlint:\n  rules:\n    duplicate-port: loud\n', 'ports.yaml:4:21: lint.rules.duplicate-port: must be a severity (off, warn, error) or [severity, { options }], got "loud"'],
  ['an unknown rule', 'ports: {}\nlint:\n  rules:\n    duplicate-ports: warn\n', 'ports.yaml:4:5: lint.rules.duplicate-ports: unknown rule "duplicate-ports" (did you mean "duplicate-port"?)'],
  ['an environment naming an unknown service', 'ports:\n  api:\n    default: 8000\nenvironments:\n  prod:\n    ports:\n      apj:\n        default: 8080\n', 'ports.yaml:7:7: environments.prod.ports.apj: unknown service "apj" (did you mean "api"?)'],
  ['tabs for indentation', 'ports:\n\tapi:\n', 'ports.yaml:2:1: (root): invalid YAML: Tabs are not allowed as indentation'],
];

describe('bad ports.yaml', () => {
  for (const [name, yaml, message] of CASES) {
    it(`reports ${name} on one line and exits 2`, async () => {
      const dir = repoWith({ 'ports.yaml': yaml });
      const run = await runCli([], dir);
      expect(run.stderr).toBe(`${message}\n`);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
    });
  }

  it('reports a missing --config file with its name', async () => {
    const dir = repoWith({});
    const run = await runCli(['--config', 'nope.yaml'], dir);
    expect(run.stderr).toBe('nope.yaml:1:1: (file): file not found\n');
    expect(run.code).toBe(2);
  });

  it('reports a directory given as --config', async () => {
    const dir = repoWith({ 'conf/x': '' });
    const run = await runCli(['--config', 'conf'], dir);
    expect(run.stderr).toBe('conf:1:1: (file): is a directory, not a file\n');
    expect(run.code).toBe(2);
  });

  it('reports every problem of a file with several, one line each, in file order', async () => {
    const dir = repoWith({ 'ports.yaml': 'ports:\n  api:\n    default: 0\n  docs:\n    default: "x"\n    colour: red\n' });
    const run = await runCli([], dir);
    expect(run.stderr).toBe(
      [
        'ports.yaml:3:14: ports.api.default: port 0 is out of range; a port is 1-65535',
        'ports.yaml:5:14: ports.docs.default: must be an integer port number (1-65535), got "x"',
        'ports.yaml:6:5: ports.docs.colour: unknown key "colour"',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(2);
  });

  it('says where it looked when there is no ports.yaml', async () => {
    const dir = repoWith({ 'src/app.py': 'x = 1\n' });
    const run = await runCli([], path.join(dir, 'src'));
    expect(run.stderr).toMatch(/^no ports\.yaml found: looked for ports\.yaml, config\/ports\.yaml, \.ports\.yaml in .*src and its parents up to .*; create one .* or pass --config FILE\n$/);
    expect(run.code).toBe(2);
  });

  it('names the file relative to the working directory', async () => {
    const dir = repoWith({ 'config/ports.yaml': 'ports:\n  api:\n    default: 0\n' });
    const run = await runCli([], path.join(dir));
    expect(run.stderr).toBe('config/ports.yaml:3:14: ports.api.default: port 0 is out of range; a port is 1-65535\n');
  });
});
