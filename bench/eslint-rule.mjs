#!/usr/bin/env node
// What the ESLint plugin (lib/eslint.js, the committed bundle) costs: its import (the grammars load once
// per process), and the time its eight rules take per file inside ESLint, for TS files the prefilter skips
// and for files it parses. Prints numbers; asserts nothing (timings depend on the machine).
//
//   node bench/eslint-rule.mjs [--runs N] [files or directories…]   (default: this repository's src/ and rules/)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 20;
const targets = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else targets.push(path.resolve(args[i]));
}
if (targets.length === 0) targets.push(path.join(root, 'src'), path.join(root, 'rules'));

const t0 = performance.now();
const plugin = (await import(path.join(root, 'lib', 'eslint.js'))).default;
const importMs = performance.now() - t0;
const { Linter } = await import('eslint');
const tsParser = (await import('@typescript-eslint/parser')).default;
const { mayHoldPorts } = await import(path.join(root, 'dist', 'src', 'scan-file.js')).catch(() => ({ mayHoldPorts: undefined }));

// Each rule wrapped so that the time spent in its create() and Program() is summed per file.
let spent = 0;
const timed = Object.fromEntries(
  Object.entries(plugin.rules).map(([id, rule]) => [
    id,
    {
      meta: rule.meta,
      create(context) {
        const start = performance.now();
        const visitor = rule.create(context);
        spent += performance.now() - start;
        return {
          Program(node) {
            const s = performance.now();
            visitor.Program(node);
            spent += performance.now() - s;
          },
        };
      },
    },
  ]),
);
const config = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser } },
  { files: ['**/*.ts'], plugins: { 'port-lint': { ...plugin, rules: timed } }, rules: plugin.configs.recommended.rules },
];

function listTs(p) {
  if (statSync(p).isFile()) return p.endsWith('.ts') ? [p] : [];
  return readdirSync(p, { withFileTypes: true }).flatMap((e) => (e.name === 'node_modules' ? [] : listTs(path.join(p, e.name))));
}

const files = targets.flatMap(listTs).sort();
// cwd at the file-system root: a flat config's `files` globs match only under cwd, and the files may lie anywhere.
const linter = new Linter({ cwd: path.parse(root).root });
const groups = { skipped: [], parsed: [] };
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const group = mayHoldPorts && !mayHoldPorts(text, 'typescript', path.relative(root, file)) ? 'skipped' : 'parsed';
  const times = [];
  for (let r = 0; r < runs; r++) {
    spent = 0;
    linter.verify(text, config, { filename: file });
    times.push(spent);
  }
  times.sort((a, b) => a - b);
  groups[group].push({ file: path.relative(root, file), bytes: text.length, median: times[times.length >> 1], max: times[times.length - 1] });
}

const ms = (n) => `${n.toFixed(3)} ms`;
console.log(`import of lib/eslint.js (runtime + JS/TS/TSX/bash grammars and queries): ${ms(importMs)}`);
console.log(`${files.length} TS files, ${runs} lints each; time inside the eight port-lint rules per lint of one file:`);
for (const [name, list] of Object.entries(groups)) {
  if (list.length === 0) continue;
  if (list.every((f) => f.max === 0)) throw new Error('the rules never ran: does the config match the files?');
  const medians = list.map((f) => f.median).sort((a, b) => a - b);
  const worst = list.reduce((a, b) => (b.median > a.median ? b : a));
  const mean = medians.reduce((a, b) => a + b, 0) / medians.length;
  console.log(
    `  ${name === 'skipped' ? 'prefilter skips' : 'parsed        '} ${String(list.length).padStart(4)} files: ` +
      `median ${ms(medians[medians.length >> 1])}, mean ${ms(mean)}, slowest file ${ms(worst.median)} (${worst.file}, ${worst.bytes} chars)`,
  );
}
if (!mayHoldPorts) console.log('  (dist/ not built: run `npx tsc -p tsconfig.json` to split the files by the prefilter)');
