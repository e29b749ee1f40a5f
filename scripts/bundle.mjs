#!/usr/bin/env node
// Builds lib/, the committed bundle that `bin/port-lint.js` and the package entry run, so that no way of
// installing port-lint (npm tarball, git URL, pre-commit, the Action) needs a build step: esbuild bundles
// src/cli.ts, src/worker.ts, src/index.ts and src/eslint/index.ts (the ESLint plugin) with all their
// dependencies (web-tree-sitter's runtime .wasm is vendored in grammars/), and dts-bundle-generator writes
// lib/index.d.ts and lib/eslint.d.ts. `--check` builds in memory and fails when lib/ differs, which `npm test`
// runs so a stale bundle cannot land.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lib = path.join(root, 'lib');

/**
 * Packages that a short run seldom needs, with the names port-lint imports from them. Each is bundled on
 * its own into lib/vendor/<package>.cjs and loaded on first use, so a run that does not use it neither
 * parses nor evaluates it: ajv (options of rules, the cache and baseline files) and dockerfile-ast with
 * its language-server types (Dockerfiles). (Directories are walked with readdir and the ignore package
 * since issue 14; globby is no longer imported.) An import of one from port-lint's sources becomes a proxy that loads the package when
 * it is first called, constructed or read.
 */
const LAZY_PACKAGES = {
  ajv: ['Ajv'],
  'dockerfile-ast': ['DockerfileParser'],
};

const vendorFile = (pkg) => `vendor/${pkg}.cjs`;

const LAZY_RUNTIME = `
export function lazyValue(load) {
  let value;
  const real = () => (value ??= load());
  const proxy = new Proxy(function lazy() {}, {
    apply: (_, self, args) => Reflect.apply(real(), self, args),
    construct: (_, args, newTarget) => Reflect.construct(real(), args, newTarget === proxy ? real() : newTarget),
    get: (_, key) => (key === 'prototype' ? real().prototype : Reflect.get(real(), key)),
    has: (_, key) => Reflect.has(real(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(real()),
  });
  return proxy;
}`;

/** An esbuild plugin: imports of LAZY_PACKAGES from port-lint's sources resolve to lazy facades. */
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    const names = Object.keys(LAZY_PACKAGES).map((p) => p.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(?:${names.join('|')})$`) }, (args) => {
      if (args.kind !== 'import-statement' || /[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
      return { path: args.path, namespace: 'lazy-package' };
    });
    build.onResolve({ filter: /^lazy-runtime$/ }, () => ({ path: 'lazy-runtime', namespace: 'lazy-package' }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => {
      if (args.path === 'lazy-runtime') return { contents: LAZY_RUNTIME, loader: 'js' };
      const lines = [
        "import { lazyValue } from 'lazy-runtime';",
        "import { packagePath } from './src/paths.ts';",
        'let pkg;',
        // The chunk's own require (BANNER), with the vendored file's absolute path: esbuild leaves it be.
        `const load = () => (pkg ??= require(packagePath('lib', ${JSON.stringify(vendorFile(args.path))})));`,
      ];
      for (const n of LAZY_PACKAGES[args.path]) lines.push(`export const ${n} = lazyValue(() => load().${n});`);
      return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
    });
  },
};

/** lib/vendor/<package>.cjs: one LAZY_PACKAGES package and its dependencies as one CommonJS file. */
async function vendorBundle(pkg) {
  const result = await esbuild.build({
    absWorkingDir: root,
    stdin: { contents: `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: root, sourcefile: `vendor-${pkg}.cjs` },
    outfile: path.join('lib', vendorFile(pkg)),
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  return result;
}

// ESM output that bundles CommonJS dependencies (ajv, commander …) needs a `require` of its own.
const BANNER = "import { createRequire as __plCreateRequire } from 'node:module';\nconst require = __plCreateRequire(import.meta.url);";

async function bundle() {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts', worker: 'src/worker.ts', index: 'src/index.ts', eslint: 'src/eslint/index.ts' },
    outdir: 'lib',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: BANNER },
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [lazyPackages],
  });
  const vendored = await Promise.all(Object.keys(LAZY_PACKAGES).map((pkg) => vendorBundle(pkg)));
  const files = new Map();
  for (const r of [result, ...vendored]) for (const f of r.outputFiles) files.set(path.relative(lib, f.path).split(path.sep).join('/'), Buffer.from(f.contents));
  files.set('THIRD-PARTY-LICENSES.txt', Buffer.from(thirdPartyLicences([result, ...vendored].map((r) => r.metafile))));
  return files;
}

/** The licence text of every npm package bundled into lib/ (their MIT/ISC/BSD terms ask for it). */
function thirdPartyLicences(metafiles) {
  const packages = new Map();
  for (const input of metafiles.flatMap((m) => Object.keys(m.inputs))) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (!m) continue;
    const dir = path.join(root, input.slice(0, m.index + m[0].length));
    if (packages.has(m[1])) continue;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    packages.set(m[1], {
      version: manifest.version,
      license: manifest.license ?? 'UNKNOWN',
      text: licenceFile ? readFileSync(path.join(dir, licenceFile), 'utf8').trim() : '(no licence file in the package)',
    });
  }
  const names = [...packages.keys()].sort();
  let out = 'Third-party software bundled into lib/ by scripts/bundle.mjs.\n';
  for (const name of names) {
    const p = packages.get(name);
    out += `\n${'='.repeat(78)}\n${name}@${p.version} (${p.license})\n${'='.repeat(78)}\n\n${p.text}\n`;
  }
  return out;
}

/** The .d.ts of each package entry: `port-lint` (src/index.ts) and `port-lint/eslint` (src/eslint/index.ts). */
async function declarations() {
  const { generateDtsBundle } = await import('dts-bundle-generator');
  const entries = [
    { name: 'index.d.ts', src: 'src/index.ts', what: 'the port-lint package entry' },
    { name: 'eslint.d.ts', src: 'src/eslint/index.ts', what: 'the port-lint/eslint plugin entry' },
  ];
  const dts = generateDtsBundle(
    entries.map((e) => ({ filePath: path.join(root, e.src), output: { noBanner: true } })),
    { preferredConfigPath: path.join(root, 'tsconfig.json') },
  );
  return entries.map((e, i) => [e.name, Buffer.from(`// Types of ${e.what}, generated by scripts/bundle.mjs from ${e.src}.\n${dts[i]}`)]);
}

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + e.name;
    if (e.isDirectory()) out.push(...listFiles(path.join(dir, e.name), `${rel}/`));
    else out.push(rel);
  }
  return out;
}

const sha = (b) => createHash('sha256').update(b).digest('hex');

async function main() {
  const check = process.argv.includes('--check');
  const files = await bundle();
  for (const [name, bytes] of await declarations()) files.set(name, bytes);
  if (check) {
    const stale = [];
    for (const [rel, bytes] of files) {
      const f = path.join(lib, rel);
      if (!existsSync(f) || sha(readFileSync(f)) !== sha(bytes)) stale.push(rel);
    }
    for (const rel of listFiles(lib)) if (!files.has(rel)) stale.push(`${rel} (no longer built)`);
    if (stale.length > 0) {
      console.error(`bundle: lib/ does not match the sources (${stale.sort().join(', ')}); run \`npm run build\` and commit lib/`);
      process.exitCode = 1;
      return;
    }
    console.log(`bundle: lib/ matches the sources (${files.size} files)`);
    return;
  }
  rmSync(lib, { recursive: true, force: true });
  for (const [rel, bytes] of files) {
    const f = path.join(lib, rel);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileSync(f, bytes);
  }
  console.log(`bundle: wrote ${files.size} files to lib/`);
}

await main();
