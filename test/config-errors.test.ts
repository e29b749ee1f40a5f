// Bad ports.yaml input: one line on stderr with file:line:column and key path, exit 2, never a stack trace.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../src/registry/load.js';
import { REPO, runCli } from './helpers/run.js';

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
    expect(run.stderr).toMatch(/^no ports\.yaml found: looked for ports\.yaml, config\/ports\.yaml, \.ports\.yaml in .*src and its parents up to .*; run `port-lint audit` to see the ports the code uses and `port-lint init` to propose a ports\.yaml from them, or pass --config FILE\n$/);
    expect(run.code).toBe(2);
  });

  it('names the file relative to the working directory', async () => {
    const dir = repoWith({ 'config/ports.yaml': 'ports:\n  api:\n    default: 0\n' });
    const run = await runCli([], path.join(dir));
    expect(run.stderr).toBe('config/ports.yaml:3:14: ports.api.default: port 0 is out of range; a port is 1-65535\n');
  });
});

/** Runs the built CLI as a process, so that a read that blocks forever fails the test instead of hanging it. */
function runProcess(args: string[], cwd: string) {
  const bin = path.join(REPO, 'bin', 'port-lint.js');
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, signal: run.signal };
}

describe('hostile ports.yaml (reliability attack H3 and bad messages)', () => {
  it('refuses a FIFO given as --config without blocking', () => {
    const dir = repoWith({});
    execFileSync('mkfifo', [path.join(dir, 'fifo.yaml')]);
    const run = runProcess(['--config', 'fifo.yaml'], dir);
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe('fifo.yaml:1:1: (file): not a regular file (a FIFO, socket or device)\n');
    expect(run.code).toBe(2);
  });

  it('refuses a FIFO found as ports.yaml by the search, and /dev/zero as --config', () => {
    const dir = repoWith({});
    execFileSync('mkfifo', [path.join(dir, 'ports.yaml')]);
    const found = runProcess([], dir);
    expect(found.signal).toBeNull();
    expect(found.stderr).toBe('ports.yaml:1:1: (file): not a regular file (a FIFO, socket or device)\n');
    expect(found.code).toBe(2);
    const zero = runProcess(['--config', '/dev/zero'], dir);
    expect(zero.signal).toBeNull();
    expect(zero.stderr).toMatch(/^\S*dev\/zero:1:1: \(file\): not a regular file \(a FIFO, socket or device\)\n$/);
    expect(zero.code).toBe(2);
  });

  it('refuses a ports.yaml over 4 MiB', async () => {
    const dir = repoWith({ 'ports.yaml': `ports: {}\n${'#'.repeat(4 * 1024 * 1024)}\n` });
    const run = await runCli([], dir);
    expect(run.stderr).toBe(`ports.yaml:1:1: (file): ${4 * 1024 * 1024 + 11} bytes is over the 4194304-byte limit\n`);
    expect(run.code).toBe(2);
  });

  it('reports a YAML alias bomb at the alias, not as an internal error', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [i, name] of ['b', 'c', 'd', 'e', 'f', 'g'].entries()) {
      const prev = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const dir = repoWith({ 'ports.yaml': `ports: {}\nx:\n${levels.map((l) => `  ${l}`).join('\n')}\n` });
    const run = await runCli([], dir);
    expect(run.stderr).toBe('ports.yaml:7:10: x.e[0]: aliases expand the file past 10000 values (a "billion laughs" document?); write the values out instead\n');
    expect(run.code).toBe(2);
  });

  it('refuses a binary file in one short line', async () => {
    const dir = repoWith({});
    writeFileSync(path.join(dir, 'ports.yaml'), Buffer.concat([Buffer.from('ports:\n  a'), Buffer.from([0, 1, 2, 0xff, 0xfe]), Buffer.alloc(3000, 7)]));
    const run = await runCli([], dir);
    expect(run.stderr).toBe('ports.yaml:2:4: (file): not a text file (a NUL byte); ports.yaml must be UTF-8 text\n');
    expect(run.code).toBe(2);
    writeFileSync(path.join(dir, 'ports.yaml'), Buffer.concat([Buffer.from('ports:\n  caf'), Buffer.from([0xe9]), Buffer.from(':\n    default: 1\n')]));
    const latin1 = await runCli([], dir);
    expect(latin1.stderr).toBe('ports.yaml:2:6: (file): not UTF-8 text (an invalid byte); ports.yaml must be UTF-8 text\n');
    expect(latin1.code).toBe(2);
  });

  it('cuts a 3 MB scalar short when it echoes it', async () => {
    const dir = repoWith({ 'ports.yaml': `ports:\n  api:\n    default: "${'x'.repeat(3_000_000)}"\n` });
    const run = await runCli([], dir);
    expect(run.stderr).toBe(`ports.yaml:3:14: ports.api.default: must be an integer port number (1-65535), got "${'x'.repeat(80)}…" (3000000 characters)\n`);
    expect(run.code).toBe(2);
  });

  it('escapes a newline in a service name, one line per problem', async () => {
    const dir = repoWith({ 'ports.yaml': 'ports:\n  "a\\nb\\u202e":\n    default: x\n' });
    const run = await runCli([], dir);
    expect(run.stderr).toBe(
      [
        'ports.yaml:2:3: ports["a\\nb\\u202e"]: invalid name "a\\nb\\u202e"; a name starts with a letter or _ and holds letters, digits, _ . -',
        'ports.yaml:3:14: ports["a\\nb\\u202e"].default: must be an integer port number (1-65535), got "x"',
        '',
      ].join('\n'),
    );
    expect(run.code).toBe(2);
  });

  it('refuses a complex key as a config error, without a Node warning', () => {
    const dir = repoWith({ 'ports.yaml': 'ports:\n  ? [a, b]\n  : 1\n' });
    const run = runProcess([], dir);
    expect(run.stderr).toBe('ports.yaml:2:5: ports: a key must be a name, not a list or mapping\n');
    expect(run.code).toBe(2);
  });

  it('refuses 5000-deep (flow) and 300-deep (block) nesting with a short key path', async () => {
    for (const [name, value] of [
      ['flow', `${'['.repeat(5000)}${']'.repeat(5000)}`],
      ['block', `\n${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i + 5)}a:`).join('\n')}`],
    ] as const) {
      const dir = repoWith({ 'ports.yaml': `ports:\n  api:\n    default: ${value}\n` });
      const run = await runCli([], dir);
      expect(run.stderr, name).toMatch(/^ports\.yaml:\d+:\d+: ports\.api\.default\S*…\S*: nested more than 64 levels deep\n$/);
      expect(run.stderr.length, name).toBeLessThan(200);
      expect(run.code).toBe(2);
    }
  });

  it('refuses a merge key of something other than mappings (found by fuzzing the loader)', async () => {
    const dir = repoWith({ 'ports.yaml': 'base: &b [1]\nports:\n  api:\n    <<: *b\n    default: 8000\n' });
    const run = await runCli([], dir);
    expect(run.stderr).toBe('ports.yaml:4:9: ports.api.<<: a merge key (<<) takes a mapping, an alias of one, or a list of them\n');
    expect(run.code).toBe(2);
  });

  it('names an alias without an anchor where it stands, as a value or a key (found by fuzzing the loader)', async () => {
    for (const [text, expected] of [
      ['ports:\n  api: *nope\n', 'ports.yaml:2:8: ports.api: the alias *nope refers to no anchor; an anchor &nope must come before it\n'],
      ['ports:\n  *x : 1\n', 'ports.yaml:2:3: ports: the alias *x refers to no anchor; an anchor &x must come before it\n'],
    ] as const) {
      const run = await runCli([], repoWith({ 'ports.yaml': text }));
      expect(run.stderr).toBe(expected);
      expect(run.code).toBe(2);
    }
  });

  it('refuses a second YAML document where it starts', async () => {
    const dir = repoWith({ 'ports.yaml': 'ports:\n  api:\n    default: 8000\n---\nports:\n  x: 1\n' });
    const run = await runCli([], dir);
    expect(run.stderr).toBe('ports.yaml:4:1: (root): a second YAML document starts here; ports.yaml holds one document (remove the "---" line)\n');
    expect(run.code).toBe(2);
  });

  it('escapes and cuts names it echoes from lint.rules and environments', async () => {
    const long = 'r'.repeat(1000); // YAML's longest implicit key
    const dir = repoWith({
      'ports.yaml': `ports:\n  api:\n    default: 8000\nlint:\n  rules:\n    "bad\\nrule": warn\nenvironments:\n  prod:\n    ports:\n      ${long}:\n        default: 1\n`,
    });
    const run = await runCli([], dir);
    const lines = run.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThan(400);
    expect(lines[0]).toBe(`ports.yaml:10:7: environments.prod.ports.${'r'.repeat(40)}…: unknown service "${'r'.repeat(80)}…" (1000 characters)`);
    expect(lines[1]).toBe('ports.yaml:6:5: lint.rules["bad\\nrule"]: unknown rule "bad\\nrule"');
    expect(run.code).toBe(2);
  });
});

describe('a registry of 21,000 services', () => {
  // Loading it took minutes when every key was looked up by a pass over its mapping (its timing is
  // measured by bench/registry-load.mjs); here only its results are checked.
  const services = Array.from({ length: 21_000 }, (_, j) => `  svc${j}:\n    default: ${1000 + j}\n    env_var: SVC${j}_PORT\n`).join('');

  it('loads with every service where it is written', () => {
    const registry = parseRegistry(`ports:\n${services}`, { displayPath: 'ports.yaml', absolutePath: '/r/ports.yaml', root: '/r' });
    expect(registry.services).toHaveLength(21_000);
    expect(registry.service('svc20999')!.loc.default).toEqual({ start: { line: 63_000, column: 14 }, end: { line: 63_000, column: 19 } });
  });

  it('reports a duplicate service at its second declaration', () => {
    expect(() => parseRegistry(`ports:\n${services}  svc7:\n    default: 9\n`, { displayPath: 'ports.yaml', absolutePath: '/r/ports.yaml', root: '/r' })).toThrow(
      'ports.yaml:63002:3: ports.svc7: duplicate key "svc7"',
    );
  });
});
