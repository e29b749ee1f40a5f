// discover outside a git work tree: the directory walk honours .gitignore files as git does — git itself,
// run on a copy of the same tree, is the oracle.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';

/** A plain directory (no .git) holding `files`; a name ending in .gitignore gets the given rules. */
function plainTree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-walk-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

/** What git lists of the same tree as untracked and not ignored: a copy with `git init`. */
function gitView(dir: string): string[] {
  const copy = mkdtempSync(path.join(tmpdir(), 'port-lint-walk-git-'));
  cpSync(dir, copy, { recursive: true });
  execFileSync('git', ['init', '-q'], { cwd: copy });
  const out = execFileSync('git', ['ls-files', '-z', '--others', '--exclude-standard'], { cwd: copy, encoding: 'utf8' });
  return out.split('\0').filter(Boolean).sort();
}

async function walked(dir: string, paths: string[] = []): Promise<string[]> {
  // Every kind of file (.txt too) would be dropped by language: compare the names of files port-lint reads.
  return (await discover({ cwd: dir, root: dir, paths, include: [], exclude: [] })).map((f) => f.file);
}

const readable = (files: string[]) => files.filter((f) => /\.(?:py|sh|ts|js|json)$/.test(f));

const TREE: Record<string, string> = {
  '.gitignore': '*.log.py\n/top-only.py\nbuild-out/\ndocs/**/gen-*.ts\n!keep.log.py\n',
  'a.py': 'x\n',
  'top-only.py': 'x\n',
  'keep.log.py': 'x\n',
  'drop.log.py': 'x\n',
  'sub/top-only.py': 'x\n',
  'sub/build-out/x.py': 'x\n',
  'sub/.gitignore': '# nested rules are relative to sub/\nlocal.py\n!drop.log.py\n',
  'sub/local.py': 'x\n',
  'sub/drop.log.py': 'x\n',
  'other/local.py': 'x\n',
  'docs/a/gen-x.ts': 'x\n',
  'docs/a/hand.ts': 'x\n',
  // globby never read .gitignore files under coverage/, flow-typed/ or node_modules/; git does.
  'coverage/.gitignore': '*.json\n',
  'coverage/summary.json': '{}\n',
  'coverage/run.sh': 'x\n',
  'flow-typed/.gitignore': 'defs.js\n',
  'flow-typed/defs.js': 'x\n',
  'flow-typed/other.js': 'x\n',
  'spaced/.gitignore': 'trailing.py   \n',
  'spaced/trailing.py': 'x\n',
};

describe('discover outside git', () => {
  it('lists what git lists: nested, anchored, negated and directory rules', async () => {
    const dir = plainTree(TREE);
    const expected = readable(gitView(dir));
    // The oracle itself must see the rules (or the comparison proves nothing).
    expect(expected).not.toContain('drop.log.py');
    expect(expected).toContain('sub/drop.log.py');
    expect(await walked(dir)).toEqual(expected);
  });

  it('applies .gitignore files in coverage/ and flow-typed/ as git does', async () => {
    const dir = plainTree(TREE);
    const files = await walked(dir);
    expect(files).not.toContain('coverage/summary.json');
    expect(files).not.toContain('flow-typed/defs.js');
    expect(files).toContain('coverage/run.sh');
    expect(files).toContain('flow-typed/other.js');
  });

  it('applies the .gitignore files above a named directory', async () => {
    const dir = plainTree(TREE);
    expect(await walked(dir, ['sub'])).toEqual(readable(gitView(dir)).filter((f) => f.startsWith('sub/')));
  });
});
