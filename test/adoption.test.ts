// Adoption in CI, through the CLI on temporary git repositories: inline suppressions, baselines,
// diff-aware scans and --stdin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

const REGISTRY = 'ports:\n  api:\n    default: 8000\n    env_var: CONTIMG_API_PORT\n';

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

/** A new git repository with `files`, committed on branch main. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-ci-'));
  git(dir, 'init', '-q', '-b', 'main');
  for (const [f, t] of Object.entries(files)) write(dir, f, t);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
  return dir;
}

interface JsonResult {
  ruleId: string;
  file: string;
  line: number;
  port?: number;
  message: string;
}

async function lintJson(dir: string, ...args: string[]): Promise<{ code: number; results: JsonResult[]; stderr: string }> {
  const run = await runCli(['-f', 'json', ...args], dir);
  expect(run.stderr).not.toContain('internal error');
  return { code: run.code, results: run.stdout ? (JSON.parse(run.stdout).results as JsonResult[]) : [], stderr: run.stderr };
}

describe('inline suppressions', () => {
  const files = {
    'ports.yaml': REGISTRY,
    'src/server.js': [
      '// port-lint-disable-next-line hardcoded-port -- the vendor SDK takes a number',
      'const API_PORT = 8000;',
      'const OTHER_PORT = 8765; // port-lint-disable-line',
      '// port-lint-disable-next-line undocumented-port',
      'const retries = 3;',
      'const SECOND_PORT = 8766;',
      '',
    ].join('\n'),
    'src/legacy.js': '// port-lint-disable-file -- scheduled for removal\nconst LEGACY_PORT = 7001;\n',
  };

  it('drops covered findings and reports the unused suppression', async () => {
    const dir = repo(files);
    const { code, results } = await lintJson(dir);
    expect(results.map((r) => `${r.file}:${r.line} ${r.ruleId}`)).toEqual([
      'src/server.js:4 unused-suppression',
      'src/server.js:6 undocumented-port',
    ]);
    expect(code).toBe(0);
  });

  it('--no-inline-config ignores every suppression', async () => {
    const dir = repo(files);
    const { results } = await lintJson(dir, '--no-inline-config');
    expect(results.map((r) => `${r.file}:${r.line} ${r.ruleId}`)).toEqual([
      'src/legacy.js:2 undocumented-port',
      'src/server.js:2 hardcoded-port',
      'src/server.js:3 undocumented-port',
      'src/server.js:6 undocumented-port',
    ]);
  });

  it('--report-unused-suppressions=off silences unused ones; =error makes them fail the run', async () => {
    const dir = repo(files);
    const off = await lintJson(dir, '--report-unused-suppressions', 'off');
    expect(off.results.map((r) => r.ruleId)).toEqual(['undocumented-port']);
    const error = await lintJson(dir, '--report-unused-suppressions', 'error');
    expect(error.code).toBe(1);
  });

  it('counts suppressed findings in the summary', async () => {
    const dir = repo(files);
    const run = await runCli([], dir);
    expect(run.stdout).toMatch(/3 suppressed/);
  });
});

describe('baseline', () => {
  const app = ['const API_PORT = 8000;', 'const METRICS_PORT = 9100;', 'const UI_PORT = 5173;', ''].join('\n');

  it('takes a baseline, survives edits above and renames, catches new findings, drops fixed ones', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'src/api/app.js': app });

    // Day one: three findings, recorded.
    const first = await runCli(['--update-baseline', '--baseline', 'port-lint-baseline.json'], dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('port-lint: wrote port-lint-baseline.json: 3 findings in 3 entries\n');
    const text = readFileSync(path.join(dir, 'port-lint-baseline.json'), 'utf8');
    const baseline = JSON.parse(text);
    expect(baseline.version).toBe(1);
    expect(baseline.entries.map((e: { file: string; rule: string }) => `${e.file} ${e.rule}`)).toEqual([
      'src/api/app.js hardcoded-port',
      'src/api/app.js undocumented-port',
      'src/api/app.js undocumented-port',
    ]);
    expect(text).not.toContain(dir);
    expect(text).not.toMatch(/"line"|"column"/);
    for (const e of baseline.entries) expect(Object.keys(e).sort()).toEqual(['count', 'file', 'fingerprint', 'rule', 'snippet']);

    const clean = await lintJson(dir, '--baseline', 'port-lint-baseline.json');
    expect(clean.results).toEqual([]);
    expect(clean.code).toBe(0);

    // Lines inserted above the known findings.
    write(dir, 'src/api/app.js', `// header\n\n'use strict';\n${app}`);
    expect((await lintJson(dir, '--baseline', 'port-lint-baseline.json')).results).toEqual([]);

    // The file renamed within the tree.
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'edit');
    git(dir, 'mv', 'src/api/app.js', 'src/api/server.js');
    expect((await lintJson(dir, '--baseline', 'port-lint-baseline.json')).results).toEqual([]);

    // A new hardcoded port is reported and fails the run.
    write(dir, 'src/api/server.js', `${readFileSync(path.join(dir, 'src/api/server.js'), 'utf8')}app.listen(8000);\n`);
    const fresh = await lintJson(dir, '--baseline', 'port-lint-baseline.json');
    expect(fresh.results.map((r) => `${r.file}:${r.line} ${r.ruleId} ${r.port}`)).toEqual(['src/api/server.js:7 hardcoded-port 8000']);
    expect(fresh.code).toBe(1);

    // One old finding fixed: the run says the baseline has a stale entry, and --update-baseline drops it.
    write(dir, 'src/api/server.js', readFileSync(path.join(dir, 'src/api/server.js'), 'utf8').replace('const UI_PORT = 5173;\n', '').replace('app.listen(8000);\n', ''));
    const fixed = await lintJson(dir, '--baseline', 'port-lint-baseline.json');
    expect(fixed.results).toEqual([]);
    expect(fixed.stderr).toBe('port-lint: 1 baseline entry no longer matches (fixed); run with --update-baseline to drop it\n');
    const update = await runCli(['--update-baseline', '--baseline', 'port-lint-baseline.json'], dir);
    expect(update.stderr).toBe('port-lint: wrote port-lint-baseline.json: 2 findings in 2 entries; 1 stale entry (fixed since) dropped\n');
    const after = JSON.parse(readFileSync(path.join(dir, 'port-lint-baseline.json'), 'utf8'));
    expect(after.entries.map((e: { file: string }) => e.file)).toEqual(['src/api/server.js', 'src/api/server.js']);
  });

  it('counts identical findings per fingerprint', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'app.listen(8000);\napp.listen(8000);\n' });
    await runCli(['--update-baseline'], dir);
    const b = JSON.parse(readFileSync(path.join(dir, '.port-lint-baseline.json'), 'utf8'));
    expect(b.entries).toHaveLength(1);
    expect(b.entries[0].count).toBe(2);
    write(dir, 'a.js', 'app.listen(8000);\napp.listen(8000);\napp.listen(8000);\n');
    const third = await lintJson(dir, '--baseline', '.port-lint-baseline.json');
    expect(third.results.map((r) => r.line)).toEqual([3]);
  });

  it('is a clear error when the baseline is missing or not a baseline', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'bad.json': '{"entries": 1}' });
    const missing = await runCli(['--baseline', 'nope.json'], dir);
    expect(missing.stderr).toBe('--baseline: nope.json does not exist; create it with --update-baseline\n');
    expect(missing.code).toBe(2);
    const bad = await runCli(['--baseline', 'bad.json'], dir);
    expect(bad.stderr).toMatch(/^--baseline: .*bad\.json: not a port-lint baseline of version 1; recreate it with --update-baseline\n$/);
    expect(bad.code).toBe(2);
  });
});

describe('damaged baselines (C4, bad messages, H3)', () => {
  const lines = (entries: unknown) => JSON.stringify({ version: 1, tool: 'port-lint', entries });
  const good = { rule: 'hardcoded-port', file: 'a.js', fingerprint: '0123456789abcdef0123456789abcdef', count: 1, snippet: 'x' };
  const cases: [string, string, RegExp][] = [
    ['null', 'null', /^--baseline: b\.json: not a port-lint baseline \(the file holds null, not an object\); recreate it with --update-baseline\n$/],
    ['entry null', lines([null]), /^--baseline: b\.json: not a valid port-lint baseline: entries\[0\] must be object; fix it or recreate it with --update-baseline\n$/],
    ['entry 5', lines([good, 5]), /^--baseline: b\.json: not a valid port-lint baseline: entries\[1\] must be object; /],
    ['entry {}', lines([{}]), /^--baseline: b\.json: not a valid port-lint baseline: entries\[0\] must have required property 'rule'; /],
    ['file 123', lines([{ ...good, file: 123 }]), /^--baseline: b\.json: not a valid port-lint baseline: entries\[0\]\.file must be string; /],
    ['count 1e999 (Infinity)', lines([good]).replace('"count":1', '"count":1e999'), /entries\[0\]\.count must be <= 9007199254740991; /],
    ['count -230', lines([{ ...good, count: -230 }]), /entries\[0\]\.count must be >= 1; /],
    ['truncated', lines([good, good]).slice(0, 60), /^--baseline: b\.json: not a port-lint baseline \(invalid JSON: .*\); recreate it with --update-baseline\n$/],
    ['truncated in its header', '{\n  "vers', /^--baseline: b\.json: not a port-lint baseline \(invalid JSON: .*\); recreate it with --update-baseline\n$/],
    ['empty', '', /^--baseline: b\.json: not a port-lint baseline \(the file is empty\); recreate it with --update-baseline\n$/],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: one clear line naming the file and what is wrong, exit 2; --update-baseline replaces it`, async () => {
      const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'app.listen(8000);\n', 'b.json': text });
      const run = await runCli(['--baseline', 'b.json'], dir);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.code).toBe(2);
      const update = await runCli(['--update-baseline', '--baseline', 'b.json'], dir);
      expect(update.code).toBe(0);
      expect(update.stderr).toMatch(/^port-lint: replaced a damaged baseline: b\.json: .*\nport-lint: wrote b\.json: 1 finding in 1 entry\n$/);
      expect((await runCli(['--baseline', 'b.json'], dir)).code).toBe(0);
    });
  }

  it('--update-baseline does not overwrite a file that is not a baseline', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'app.listen(8000);\n', 'package.json': '{"name": "x"}\n', 'NOTES.md': '# notes\n' });
    for (const f of ['package.json', 'NOTES.md', 'ports.yaml']) {
      const before = readFileSync(path.join(dir, f), 'utf8');
      const run = await runCli(['--update-baseline', '--baseline', f], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`^--update-baseline: ${f.replace('.', '\\.')}: not a port-lint baseline.*; port-lint will not overwrite it\n$`));
      expect(readFileSync(path.join(dir, f), 'utf8')).toBe(before);
    }
  });

  it('accepts a baseline with a UTF-8 BOM; an invisible character in a message is shown escaped', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'app.listen(8000);\n' });
    await runCli(['--update-baseline'], dir);
    const text = readFileSync(path.join(dir, '.port-lint-baseline.json'), 'utf8');
    writeFileSync(path.join(dir, '.port-lint-baseline.json'), `\uFEFF${text}`);
    const run = await runCli(['--baseline', '.port-lint-baseline.json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    writeFileSync(path.join(dir, 'odd.json'), '\u200B{"version": 1, "entries": []}');
    const odd = await runCli(['--baseline', 'odd.json'], dir);
    expect(odd.stderr).toMatch(/\\u200b/);
    expect(odd.stderr).not.toMatch(/\u200B/);
  });

  it('H3: a FIFO, a device or a huge file as --baseline is a clear error, not a hang', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'app.listen(8000);\n' });
    execFileSync('mkfifo', [path.join(dir, 'fifo.json')]);
    const fifo = await runCli(['--baseline', 'fifo.json'], dir);
    expect(fifo.stderr).toBe('--baseline: fifo.json: not a regular file (a FIFO, socket or device)\n');
    expect(fifo.code).toBe(2);
    const zero = await runCli(['--baseline', '/dev/zero'], dir);
    expect(zero.stderr).toBe('--baseline: /dev/zero: not a regular file (a FIFO, socket or device)\n');
    execFileSync('truncate', ['-s', '300M', path.join(dir, 'huge.json')]);
    const huge = await runCli(['--baseline', 'huge.json'], dir);
    expect(huge.stderr).toBe('--baseline: huge.json: 314572800 bytes is over the 268435456-byte limit\n');
    expect(huge.code).toBe(2);
    // --update-baseline does not replace them either.
    expect((await runCli(['--update-baseline', '--baseline', 'fifo.json'], dir)).code).toBe(2);
  });
});

describe('--changed-since', () => {
  function branchRepo(): string {
    const dir = repo({
      'ports.yaml': REGISTRY,
      'committed.js': 'const A_PORT = 7001;\n',
      'staged.js': 'const B_PORT = 7002;\n',
      'unstaged.js': 'const C_PORT = 7003;\n',
      'untouched.js': 'const D_PORT = 7004;\n',
    });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'committed.js', 'const A_PORT = 7001;\nconst A2_PORT = 7011;\n');
    git(dir, 'commit', '-q', '-am', 'feature work');
    write(dir, 'staged.js', 'const B_PORT = 7002;\nconst B2_PORT = 7012;\n');
    git(dir, 'add', 'staged.js');
    write(dir, 'unstaged.js', 'const C2_PORT = 7013;\nconst C_PORT = 7003;\n');
    write(dir, 'untracked.js', 'const E_PORT = 7005;\n');
    return dir;
  }

  it('lints only files changed since the merge-base: committed, staged, unstaged and untracked', async () => {
    const dir = branchRepo();
    const { results } = await lintJson(dir, '--changed-since', 'main');
    expect(results.map((r) => `${r.file}:${r.line}`)).toEqual([
      'committed.js:1',
      'committed.js:2',
      'staged.js:1',
      'staged.js:2',
      'unstaged.js:1',
      'unstaged.js:2',
      'untracked.js:1',
    ]);
  });

  it('with --changed-lines reports only findings on changed lines', async () => {
    const dir = branchRepo();
    const { results } = await lintJson(dir, '--changed-since', 'main', '--changed-lines');
    expect(results.map((r) => `${r.file}:${r.line}`)).toEqual(['committed.js:2', 'staged.js:2', 'unstaged.js:1', 'untracked.js:1']);
  });

  it('reads changed lines of paths git quotes, whatever the diff settings', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'dir with space/é.js': 'const A_PORT = 7001;\n', 'tab\tname.js': 'const B_PORT = 7002;\n' });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'dir with space/é.js', 'const A_PORT = 7001;\nconst A2_PORT = 7011;\n');
    write(dir, 'tab\tname.js', 'const B2_PORT = 7012;\nconst B_PORT = 7002;\n');
    // Settings that change diff headers: no a/ b/ prefixes, mnemonic prefixes, relative paths.
    git(dir, 'config', 'diff.noprefix', 'true');
    git(dir, 'config', 'diff.mnemonicPrefix', 'true');
    git(dir, 'config', 'diff.relative', 'true');
    const { results } = await lintJson(dir, '--changed-since', 'main', '--changed-lines');
    expect(results.map((r) => `${r.file}:${r.line}`)).toEqual(['dir with space/é.js:2', 'tab\tname.js:1']);
  });

  it('leaves out ports.yaml findings unless ports.yaml changed', async () => {
    const dir = repo({ 'ports.yaml': 'ports:\n  a: { default: 8000 }\n  b: { default: 8000 }\n', 'x.js': '\n' });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'x.js', 'const X_PORT = 7001;\n');
    expect((await lintJson(dir, '--changed-since', 'main')).results.map((r) => r.ruleId)).toEqual(['undocumented-port']);
    write(dir, 'ports.yaml', 'ports:\n  a: { default: 8000 }\n  b: { default: 8000 }\n  c: { default: 8001 }\n');
    expect((await lintJson(dir, '--changed-since', 'main')).results.map((r) => r.ruleId)).toEqual(['duplicate-port', 'undocumented-port']);
  });

  it('is a clear error for an unknown ref, with advice that fits the repository', async () => {
    const dir = branchRepo();
    // No remote: fetching cannot help; the local branches can.
    const none = await runCli(['--changed-since', 'origin/nope'], dir);
    expect(none.stderr).toBe(
      '--changed-since: unknown revision "origin/nope"; this repository has no remote to fetch it from; name a local branch (feature, main), a tag or a commit\n',
    );
    expect(none.code).toBe(2);
    // A typo of a branch that exists.
    const typo = await runCli(['--changed-since', 'mian'], dir);
    expect(typo.stderr).toMatch(/^--changed-since: unknown revision "mian"; not a branch, tag or commit here \(did you mean "main"\?\); /);
    // With a remote, fetching it is the advice.
    git(dir, 'remote', 'add', 'origin', path.join(dir, 'elsewhere.git'));
    const remote = await runCli(['--changed-since', 'origin/nope'], dir);
    expect(remote.stderr).toBe('--changed-since: unknown revision "origin/nope"; if it is on origin, fetch it first (git fetch origin nope)\n');
  });

  it('is a clear error, naming fetch-depth: 0, in a clone too shallow for the merge-base', async () => {
    const origin = branchRepo();
    git(origin, 'add', '-A');
    git(origin, 'commit', '-q', '-m', 'more');
    for (let i = 0; i < 3; i++) {
      write(origin, 'committed.js', `const A_PORT = ${7100 + i};\n`);
      git(origin, 'commit', '-q', '-am', `step ${i}`);
    }
    const clone = mkdtempSync(path.join(tmpdir(), 'port-lint-shallow-'));
    git(clone, 'clone', '-q', '--depth', '1', '--no-single-branch', `file://${origin}`, 'repo');
    const dir = path.join(clone, 'repo');
    const run = await runCli(['--changed-since', 'origin/main'], dir);
    expect(run.stderr).toBe(
      '--changed-since: the clone is too shallow to find the merge-base of origin/main and HEAD; fetch full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)\n',
    );
    expect(run.code).toBe(2);
  });

  it('--changed-lines needs --changed-since', async () => {
    const dir = branchRepo();
    const run = await runCli(['--changed-lines'], dir);
    expect(run.stderr).toBe('--changed-lines needs --changed-since <ref>\n');
    expect(run.code).toBe(2);
  });
});

describe('--stdin', () => {
  it('lints standard input as the named file, reporting that path', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'src/app.js': '\n' });
    const run = await runCli(['-f', 'json', '--stdin', '--stdin-filename', 'src/app.js'], dir, {}, 'const x = 1;\napp.listen(8000);\n');
    const results = JSON.parse(run.stdout).results as JsonResult[];
    expect(results.map((r) => `${r.file}:${r.line} ${r.ruleId}`)).toEqual(['src/app.js:2 hardcoded-port']);
    expect(run.code).toBe(1);
  });

  it('honours suppressions in the text and ignores the file on disk', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'src/app.js': 'app.listen(8000);\n' });
    const run = await runCli(['--stdin', '--stdin-filename', 'src/app.js'], dir, {}, 'app.listen(8000); // port-lint-disable-line\n');
    expect(run.code).toBe(0);
  });

  it('needs --stdin-filename', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY });
    const run = await runCli(['--stdin'], dir, {}, 'x');
    expect(run.stderr).toBe('--stdin needs --stdin-filename <path> to know what kind of file it reads\n');
    expect(run.code).toBe(2);
  });
});

it('keeps renamed-file matching to files the baseline no longer finds', async () => {
  // A copy (old file still present) is a new file: its findings are new.
  const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'const A_PORT = 7001;\n' });
  await runCli(['--update-baseline'], dir);
  writeFileSync(path.join(dir, 'b.js'), 'const A_PORT = 7001;\n');
  expect((await lintJson(dir, '--baseline', '.port-lint-baseline.json')).results.map((r) => r.file)).toEqual(['b.js']);
  renameSync(path.join(dir, 'a.js'), path.join(dir, 'c.js'));
  // a.js is gone now: its entry may excuse one of the two identical new findings, not both.
  expect((await lintJson(dir, '--baseline', '.port-lint-baseline.json')).results).toHaveLength(1);
});

describe('baselines and partial scans', () => {
  it('numbers fingerprints before the baseline filters: a new copy of a baselined line keeps its own', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'app.listen(8000);\n' });
    await runCli(['--update-baseline'], dir);
    writeFileSync(path.join(dir, 'a.js'), 'app.listen(8000);\napp.listen(8000);\n');
    const all = JSON.parse((await runCli(['-f', 'json'], dir)).stdout).results as { line: number; fingerprint: string }[];
    const fresh = JSON.parse((await runCli(['-f', 'json', '--baseline', '.port-lint-baseline.json'], dir)).stdout).results as { line: number; fingerprint: string }[];
    expect(fresh.map((r) => r.line)).toEqual([2]);
    expect(fresh[0]!.fingerprint).toBe(all.find((r) => r.line === 2)!.fingerprint);
    expect(fresh[0]!.fingerprint).not.toBe(all.find((r) => r.line === 1)!.fingerprint);
  });

  it('keeps the entries of files outside a path-limited --update-baseline, and calls none of them stale', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'a/x.js': 'const A_PORT = 7001;\n', 'b/y.js': 'const B_PORT = 7002;\nconst C_PORT = 7003;\n' });
    await runCli(['--update-baseline'], dir);
    const partial = await runCli(['--update-baseline', 'a'], dir);
    expect(partial.stderr).toBe('port-lint: wrote .port-lint-baseline.json: 1 finding in 1 entry; 2 entries of files outside this scan kept; 0 stale entries (fixed since) dropped\n');
    const checkPartial = await runCli(['--baseline', '.port-lint-baseline.json', 'a'], dir);
    expect(checkPartial.stderr).toBe('');
    const full = await lintJson(dir, '--baseline', '.port-lint-baseline.json');
    expect(full.results).toEqual([]);
    expect(full.stderr).toBe('');
  });

  it('drops, in a full --update-baseline, the entries of a file lint.exclude now leaves out', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'const A_PORT = 7001;\n', 'legacy/b.js': 'const B_PORT = 7002;\n' });
    await runCli(['--update-baseline'], dir);
    writeFileSync(path.join(dir, 'ports.yaml'), `${REGISTRY}lint:\n  exclude: ["legacy/**"]\n`);
    const run = await runCli(['--update-baseline'], dir);
    expect(run.stderr).toBe('port-lint: wrote .port-lint-baseline.json: 1 finding in 1 entry; 1 stale entry (fixed since) dropped\n');
    const b = JSON.parse(readFileSync(path.join(dir, '.port-lint-baseline.json'), 'utf8'));
    expect(b.entries.map((e: { file: string }) => e.file)).toEqual(['a.js']);
  });

  it('never lints its own baseline or an --output report left in the tree', async () => {
    const dir = repo({ 'ports.yaml': REGISTRY, 'a.js': 'app.listen(8000);\n' });
    await runCli(['--update-baseline'], dir);
    await runCli(['-f', 'json', '-o', 'report.json'], dir);
    await runCli(['-f', 'sarif', '-o', 'report.sarif'], dir);
    const { results } = await lintJson(dir);
    expect(results.map((r) => r.file)).toEqual(['a.js']);
  });
});
