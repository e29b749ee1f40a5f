// The vendored grammars (grammars/<lang>/*.wasm) are what grammars/manifest.json says, and every grammar
// the extractor loads is vendored with its licence.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIME_WASM, WASM } from '../src/extract/tree-sitter.js';
import { PACKAGE_ROOT } from '../src/paths.js';

interface Entry {
  grammar: string;
  file: string;
  package: string;
  version: string;
  license: string;
  licenseFile: string;
  bytes: number;
  sha256: string;
}

const grammars = path.join(PACKAGE_ROOT, 'grammars');
const manifest = JSON.parse(readFileSync(path.join(grammars, 'manifest.json'), 'utf8')) as { grammars: Entry[] };
const pkg = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('vendored grammars', () => {
  it('lists exactly the grammars the extractor loads, and the parser runtime', () => {
    expect(manifest.grammars.map((e) => [e.grammar, e.file]).sort()).toEqual([...Object.entries(WASM), ['runtime', RUNTIME_WASM]].sort());
  });

  it.each(manifest.grammars.map((e) => [e.grammar, e] as const))('%s: checksum, size and licence match', (_, e) => {
    const bytes = readFileSync(path.join(grammars, e.file));
    expect(bytes.length).toBe(e.bytes);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(e.sha256);
    expect(existsSync(path.join(grammars, e.licenseFile))).toBe(true);
    expect(e.license).toBe('MIT');
  });

  it('come from pinned devDependencies; port-lint has no runtime dependency (lib/ bundles the rest)', () => {
    for (const e of manifest.grammars) expect(pkg.devDependencies[e.package]).toBe(e.version);
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('match the installed packages (scripts/vendor-grammars.mjs --check)', () => {
    const out = execFileSync(process.execPath, [path.join(PACKAGE_ROOT, 'scripts', 'vendor-grammars.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/7 grammars match their packages/);
  });
});
