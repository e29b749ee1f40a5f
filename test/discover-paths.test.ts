// Named paths and odd trees (attack report H2, W3, W7 and the named-path messages): symbolic links that
// lead out of the root or to /, unreadable directories and files, names that are not UTF-8, link loops.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, runCli } from './helpers/run.js';

const REGISTRY = 'ports:\n  api:\n    default: 8000\n    env_var: API_PORT\n';

/** A directory holding `repo/` (a git work tree unless `git` is false, with ports.yaml and app.py) and `outside/`. */
function sandbox(git = true): { repo: string; outside: string } {
  const top = mkdtempSync(path.join(tmpdir(), 'port-lint-paths-'));
  const repo = path.join(top, 'repo');
  const outside = path.join(top, 'outside');
  mkdirSync(repo);
  mkdirSync(outside);
  if (git) execFileSync('git', ['init', '-q'], { cwd: repo });
  writeFileSync(path.join(repo, 'ports.yaml'), REGISTRY);
  writeFileSync(path.join(repo, 'app.py'), 'app.run(port=8000)\n');
  writeFileSync(path.join(outside, 'server.js'), 'app.listen(8000)\n');
  return { repo, outside };
}

const locked: string[] = [];
afterEach(() => {
  for (const p of locked.splice(0)) chmodSync(p, 0o755); // so the temporary tree can be removed
});

function lock(p: string): void {
  chmodSync(p, 0);
  locked.push(p);
}

/**
 * Runs the built CLI where permissions hold: as root (which reads anything) the process gives up the
 * capabilities that bypass file permissions, through setpriv.
 */
function runUnprivileged(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const bin = path.join(REPO, 'bin', 'port-lint.js');
  const cmd = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search', process.execPath, bin] : [process.execPath, bin];
  const r = spawnSync(cmd[0]!, [...cmd.slice(1), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('H2: named symbolic links', () => {
  for (const git of [true, false]) {
    it(`a link to a directory outside the root is refused like any outside path (${git ? 'git work tree' : 'plain directory'})`, async () => {
      const { repo, outside } = sandbox(git);
      symlinkSync(outside, path.join(repo, 'outlink'));
      symlinkSync(path.join(outside, 'server.js'), path.join(repo, 'outfile.js'));
      // Outside a work tree a path through a link (`outlink/server.js`) is its own root, as `../outside/server.js` is.
      for (const target of git ? ['outlink', 'outfile.js', 'outlink/server.js'] : ['outlink', 'outfile.js']) {
        const r = await runCli([target], repo);
        expect(r.code, target).toBe(2);
        expect(r.stderr, target).toBe(
          `${target} leads outside the repository root ${repo} (through a symbolic link, to ${path.join(outside, target.replace('outlink', '').replace('outfile.js', 'server.js'))}); name ${path.join(outside, target.replace('outlink', '').replace('outfile.js', 'server.js'))} itself to scan it there\n`,
        );
        expect(r.stdout).toBe('');
      }
      // The tree itself is scanned as before, the link listed but not followed.
      const all = JSON.parse((await runCli(['-f', 'json'], repo)).stdout);
      expect(all.results.map((f: { file: string }) => f.file)).not.toContain('outlink/server.js');
    });

    it(`a link to / is refused at once, never walked (${git ? 'git work tree' : 'plain directory'})`, async () => {
      const { repo } = sandbox(git);
      symlinkSync('/', path.join(repo, 'rootlink'));
      symlinkSync('/proc', path.join(repo, 'proclink'));
      for (const target of ['rootlink', 'proclink', 'rootlink/proc']) {
        const r = await runCli([target], repo);
        expect(r.code, target).toBe(2);
        expect(r.stderr, target).toMatch(/outside the repository root|does not scan the whole file system/);
      }
    });
  }

  it('the file-system root itself is refused, from anywhere', async () => {
    const { repo } = sandbox(false);
    const r = await runCli(['--config', path.join(repo, 'ports.yaml')], '/');
    expect(r).toEqual({ code: 2, stdout: '', stderr: '.: port-lint does not scan the whole file system or a kernel file system; name the directories to scan\n' });
    const proc = await runCli(['--config', path.join(repo, 'ports.yaml'), '/proc/self'], repo);
    expect(proc.code).toBe(2);
    expect(proc.stderr).toContain('does not scan the whole file system or a kernel file system');
  });

  it('a link to a directory inside the root is scanned where it leads', async () => {
    const { repo } = sandbox(true);
    mkdirSync(path.join(repo, 'services'));
    writeFileSync(path.join(repo, 'services', 'api.py'), 'app.run(port=8000)\n');
    symlinkSync('services', path.join(repo, 'svc'));
    const json = JSON.parse((await runCli(['-f', 'json', 'svc'], repo)).stdout);
    expect(json.results.map((f: { file: string }) => f.file)).toEqual(['services/api.py']);
  });
});

describe('W3 and named-path errors: unreadable, looping and dangling paths', () => {
  for (const git of [true, false]) {
    it(`an unreadable directory in the tree is a warning naming it (${git ? 'git work tree' : 'plain directory'})`, () => {
      const { repo } = sandbox(git);
      mkdirSync(path.join(repo, 'secret'));
      writeFileSync(path.join(repo, 'secret', 'db.py'), 'connect(port=8000)\n');
      lock(path.join(repo, 'secret'));
      const r = runUnprivileged(['-f', 'json', '.'], repo);
      expect(r.code, r.stderr).toBe(1);
      expect(JSON.parse(r.stdout).notices).toEqual([
        { file: 'secret', level: 'warning', message: 'skipped: directory cannot be read (permission denied); files below it were not scanned' },
      ]);
    });
  }

  it('a named unreadable directory or file is an error that says so, not "no problems (0 files)"', () => {
    const { repo } = sandbox(true);
    mkdirSync(path.join(repo, 'secret'));
    writeFileSync(path.join(repo, 'secret', 'db.py'), 'connect(port=8000)\n');
    writeFileSync(path.join(repo, 'locked.env'), 'API_PORT=8000\n');
    lock(path.join(repo, 'locked.env'));
    lock(path.join(repo, 'secret'));
    expect(runUnprivileged(['secret'], repo)).toEqual({ code: 2, stdout: '', stderr: 'cannot read directory secret: permission denied\n' });
    expect(runUnprivileged(['locked.env'], repo)).toEqual({ code: 2, stdout: '', stderr: 'cannot read file locked.env: permission denied\n' });
    expect(runUnprivileged(['secret/db.py'], repo)).toEqual({ code: 2, stdout: '', stderr: 'cannot read secret/db.py: permission denied\n' });
  });

  it('a named link loop or dangling link says what it is, not "no such file or directory"', async () => {
    const { repo } = sandbox(true);
    symlinkSync('loop', path.join(repo, 'loop'));
    symlinkSync('missing.py', path.join(repo, 'dangling.py'));
    expect(await runCli(['loop'], repo)).toEqual({ code: 2, stdout: '', stderr: 'cannot read loop: symbolic link loop\n' });
    expect(await runCli(['dangling.py'], repo)).toEqual({
      code: 2,
      stdout: '',
      stderr: 'cannot read dangling.py: broken symbolic link (its target missing.py does not exist)\n',
    });
    expect(await runCli(['nope.py'], repo)).toEqual({ code: 2, stdout: '', stderr: 'no such file or directory: nope.py\n' });
    expect((await runCli(['app.py/x'], repo)).stderr).toBe('cannot read app.py/x: a component of the path is not a directory\n');
    // Found in the tree, they are notices that say the same.
    const json = JSON.parse((await runCli(['-f', 'json'], repo)).stdout);
    expect(json.notices).toEqual([
      { file: 'dangling.py', level: 'warning', message: 'skipped: broken symbolic link' },
      { file: 'loop', level: 'warning', message: 'skipped: symbolic link loop' },
    ]);
  });
});

describe('W7: file names that are not UTF-8', () => {
  for (const mode of ['untracked', 'tracked', 'plain directory'] as const) {
    it(`are scanned, and reported with \\xNN for the invalid bytes (${mode})`, async () => {
      const { repo } = sandbox(mode !== 'plain directory');
      const root = Buffer.from(`${repo}/`);
      writeFileSync(Buffer.concat([root, Buffer.from('caf\xe9.py', 'latin1')]), 'app.run(port=8000)\n');
      mkdirSync(Buffer.concat([root, Buffer.from('d\xe8p', 'latin1')]));
      writeFileSync(Buffer.concat([root, Buffer.from('d\xe8p/run.sh', 'latin1')]), 'serve --port 8000\n');
      // Two names a lossy decoding would merge into one.
      writeFileSync(Buffer.concat([root, Buffer.from('caf\xe8.py', 'latin1')]), 'app.run(port=8000)\n');
      if (mode === 'tracked') execFileSync('git', ['add', '-A'], { cwd: repo });
      const json = JSON.parse((await runCli(['-f', 'json'], repo)).stdout);
      expect(json.notices).toEqual([]);
      expect(json.results.map((f: { file: string }) => f.file)).toEqual(['app.py', 'caf\\xe8.py', 'caf\\xe9.py', 'd\\xe8p/run.sh']);
    });
  }
});
