// discover: .gitignore, built-in ignores, lint.include/exclude (relative to the root), named paths,
// and classification by name, extension and shebang.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';
import { languageByName, languageByShebang, mayHaveShebang } from '../src/languages.js';

function tree(files: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-discover-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  for (const f of files) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), f.endsWith('.gitignore') ? 'generated/\n' : 'x\n');
  }
  return dir;
}

const FILES = [
  '.gitignore',
  'src/app.py',
  'src/generated/out.py',
  'node_modules/pkg/index.js',
  'dist/bundle.js',
  'build/x.js',
  'vendor/lib.py',
  'fixtures/demo/app.py',
  'fixtures/demo/sub/run.sh',
  'docs/readme.md',
  'docker-compose.yml',
];

async function files(dir: string, paths: string[], include: string[] = [], exclude: string[] = []): Promise<string[]> {
  return (await discover({ cwd: dir, root: dir, paths, include, exclude })).map((f) => f.file);
}

describe('discover', () => {
  it('honours .gitignore and skips node_modules, dist, build and vendor', async () => {
    const dir = tree(FILES);
    expect(await files(dir, [])).toEqual(['docker-compose.yml', 'fixtures/demo/app.py', 'fixtures/demo/sub/run.sh', 'src/app.py']);
  });

  it('applies lint.exclude and lint.include relative to the root', async () => {
    const dir = tree(FILES);
    expect(await files(dir, [], [], ['fixtures/**'])).toEqual(['docker-compose.yml', 'src/app.py']);
    expect(await files(dir, [], ['src/**'])).toEqual(['src/app.py']);
    expect(await files(dir, [], ['**/*.sh'])).toEqual(['fixtures/demo/sub/run.sh']);
    expect(await files(dir, ['src'], [], ['fixtures/**'])).toEqual(['src/app.py']);
  });

  it('scans a named directory even when lint.exclude covers it whole or lint.include lies elsewhere', async () => {
    const dir = tree(FILES);
    expect(await files(dir, ['fixtures/demo'], [], ['fixtures/**'])).toEqual(['fixtures/demo/app.py', 'fixtures/demo/sub/run.sh']);
    expect(await files(dir, ['fixtures/demo'], [], ['**/sub/**'])).toEqual(['fixtures/demo/app.py']);
    expect(await files(dir, ['fixtures/demo'], ['src/**'])).toEqual(['fixtures/demo/app.py', 'fixtures/demo/sub/run.sh']);
    expect(await files(dir, ['fixtures/demo'], ['**/*.sh'])).toEqual(['fixtures/demo/sub/run.sh']);
  });

  it('keeps a named file even when it is ignored', async () => {
    const dir = tree(FILES);
    expect(await files(dir, ['src/generated/out.py'])).toEqual(['src/generated/out.py']);
  });

  it('leaves out a named file lint.exclude covers, and says so (a pre-commit hook names every staged file)', async () => {
    const dir = tree(FILES);
    const ignored: string[] = [];
    const found = await discover({ cwd: dir, root: dir, paths: ['fixtures/demo/app.py', 'src/app.py'], include: [], exclude: ['fixtures/**'], onIgnored: (f) => ignored.push(f) });
    expect(found.map((f) => f.file)).toEqual(['src/app.py']);
    expect(ignored).toEqual(['fixtures/demo/app.py']);
  });
});

describe('languages', () => {
  it('classifies by name and extension', () => {
    const cases: [string, string | undefined][] = [
      ['app.ts', 'typescript'],
      ['app.mts', 'typescript'],
      ['app.cts', 'typescript'],
      ['App.tsx', 'tsx'],
      ['app.jsx', 'javascript'],
      ['app.mjs', 'javascript'],
      ['app.cjs', 'javascript'],
      ['app.py', 'python'],
      ['run.sh', 'shell'],
      ['run.bash', 'shell'],
      ['Dockerfile', 'dockerfile'],
      ['Dockerfile.dev', 'dockerfile'],
      ['api.Dockerfile', 'dockerfile'],
      ['Containerfile', 'dockerfile'],
      ['dockerfile.ts', 'typescript'],
      ['Dockerfile.md', undefined],
      ['docker-compose.yml', 'compose'],
      ['docker-compose.override.yaml', 'compose'],
      ['compose.yaml', 'compose'],
      ['compose.prod.yml', 'compose'],
      ['.env', 'env'],
      ['.env.production', 'env'],
      ['contimg.env', 'env'],
      ['env.example', 'env'],
      ['env.sample', 'env'],
      ['package.json', 'package-json'],
      ['ports.yaml', 'ports-yaml'],
      ['k8s/deploy.yaml', 'yaml'],
      ['.devcontainer/devcontainer.json', 'json'],
      ['package-lock.json', undefined],
      ['README.md', undefined],
    ];
    for (const [file, lang] of cases) expect(languageByName(file), file).toBe(lang);
  });

  it('classifies extensionless scripts by shebang', () => {
    expect(languageByShebang('#!/usr/bin/env python3')).toBe('python');
    expect(languageByShebang('#!/bin/bash')).toBe('shell');
    expect(languageByShebang('#!/bin/sh')).toBe('shell');
    expect(languageByShebang('#!/usr/bin/env zsh')).toBe('shell');
    expect(languageByShebang('#!/usr/bin/env node')).toBe('javascript');
    expect(languageByShebang('#!/usr/bin/perl')).toBeUndefined();
    expect(languageByShebang('echo hi')).toBeUndefined();
  });

  it('reads the shebang of extensionless files and job scripts, not of files of other kinds', () => {
    for (const f of ['bin/serve', 'jobs/train.sbatch', 'jobs/run.SLURM', 'pbs/serve.pbs', 'lsf/job.bsub', 'cgi-bin/status.cgi', 'Launch.command']) {
      expect(mayHaveShebang(f), f).toBe(true);
    }
    for (const f of ['README.md', 'logo.png', 'main.go', 'notes.txt', 'app.rb', 'job.sbatch.bak']) expect(mayHaveShebang(f), f).toBe(false);
  });
});
