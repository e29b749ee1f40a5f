#!/usr/bin/env node
// Copies the tree-sitter grammars port-lint loads (.wasm and licence) from the pinned devDependencies into
// grammars/<lang>/ and writes grammars/manifest.json (package, version, licence, sha256). `--check` verifies
// the vendored files against the installed packages and the manifest instead of writing.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** grammar id → where it comes from and where it goes (the directory of its queries). */
export const GRAMMARS = [
  { grammar: 'bash', package: 'tree-sitter-bash', file: 'tree-sitter-bash.wasm', dir: 'bash' },
  { grammar: 'javascript', package: 'tree-sitter-javascript', file: 'tree-sitter-javascript.wasm', dir: 'javascript' },
  { grammar: 'json', package: 'tree-sitter-json', file: 'tree-sitter-json.wasm', dir: 'json' },
  { grammar: 'python', package: 'tree-sitter-python', file: 'tree-sitter-python.wasm', dir: 'python' },
  { grammar: 'tsx', package: 'tree-sitter-typescript', file: 'tree-sitter-tsx.wasm', dir: 'typescript' },
  { grammar: 'typescript', package: 'tree-sitter-typescript', file: 'tree-sitter-typescript.wasm', dir: 'typescript' },
  // The parser runtime itself (what web-tree-sitter's Parser.init loads), bundled into lib/ as JavaScript.
  { grammar: 'runtime', package: 'web-tree-sitter', file: 'web-tree-sitter.wasm', dir: '.', license: 'LICENSE.web-tree-sitter' },
];

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

function installed(pkg) {
  const dir = path.join(root, 'node_modules', pkg);
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { dir, version: manifest.version, license: manifest.license };
}

function main() {
  const check = process.argv.includes('--check');
  const pins = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies ?? {};
  const entries = [];
  const problems = [];
  for (const g of GRAMMARS) {
    const src = installed(g.package);
    if (pins[g.package] !== src.version) problems.push(`${g.package}: installed ${src.version}, devDependencies pin ${pins[g.package] ?? 'nothing'}`);
    const from = path.join(src.dir, g.file);
    const to = path.join(root, 'grammars', g.dir, g.file);
    const licenceName = g.license ?? 'LICENSE';
    const licenceTo = path.join(root, 'grammars', g.dir, licenceName);
    const bytes = readFileSync(from);
    if (check) {
      if (!existsSync(to) || sha256(readFileSync(to)) !== sha256(bytes)) problems.push(`grammars/${path.posix.join(g.dir, g.file)} differs from ${g.package}@${src.version}`);
    } else {
      copyFileSync(from, to);
      copyFileSync(path.join(src.dir, 'LICENSE'), licenceTo);
    }
    entries.push({
      grammar: g.grammar,
      file: path.posix.join(g.dir, g.file),
      package: g.package,
      version: src.version,
      license: src.license,
      licenseFile: path.posix.join(g.dir, licenceName),
      bytes: bytes.length,
      sha256: sha256(bytes),
    });
  }
  const text = `${JSON.stringify({ comment: 'Written by scripts/vendor-grammars.mjs; do not edit.', grammars: entries }, null, 2)}\n`;
  const manifestPath = path.join(root, 'grammars', 'manifest.json');
  if (check) {
    if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== text) problems.push('grammars/manifest.json is stale');
  } else {
    writeFileSync(manifestPath, text);
  }
  for (const p of problems) console.error(`vendor-grammars: ${p}`);
  if (problems.length > 0) {
    if (check) console.error('vendor-grammars: run `npm run vendor-grammars` to refresh');
    process.exitCode = 1;
    return;
  }
  console.log(check ? `vendor-grammars: ${entries.length} grammars match their packages` : `vendor-grammars: wrote ${entries.length} grammars and grammars/manifest.json`);
}

main();
