// Fuzz inputs: the seed corpora (fixture files by language, registries, the code strings of the extractor
// tests) and fast-check arbitraries that mutate them or make text and bytes from nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import ts from 'typescript';
import { languageByName, languageByShebang } from '../../src/languages.js';
import type { LanguageId } from '../../src/types.js';
import { REPO } from '../helpers/run.js';
import type { FuzzCase } from './campaign.js';

export const LANGUAGES: readonly LanguageId[] = [
  'typescript',
  'tsx',
  'javascript',
  'python',
  'shell',
  'dockerfile',
  'compose',
  'yaml',
  'json',
  'env',
  'package-json',
];

/** A file name each language is read as, for inputs that have none of their own. */
export const FILE_NAME: Record<LanguageId, string> = {
  typescript: 'server.ts',
  tsx: 'App.tsx',
  javascript: 'server.js',
  python: 'app.py',
  shell: 'run.sh',
  dockerfile: 'Dockerfile',
  compose: 'docker-compose.yml',
  yaml: 'config.yaml',
  json: 'settings.json',
  env: '.env',
  'package-json': 'package.json',
  'ports-yaml': 'ports.yaml',
};

export interface SeedFile {
  /** Repository-relative path, or `<test file>#<n>` for a string from a test. */
  origin: string;
  language: LanguageId;
  text: string;
  /** The registry of the fixture repository it belongs to (nearest ports.yaml above it), if any. */
  registry?: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function nearestRegistry(file: string): string | undefined {
  for (let dir = path.dirname(file); dir.startsWith(path.join(REPO, 'fixtures')); dir = path.dirname(dir)) {
    for (const name of ['ports.yaml', 'ports.yml', '.ports.yaml']) {
      const candidate = path.join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here; look one level up
      }
    }
  }
  return undefined;
}

/** Which language a test file's code strings are written in (by its name). */
const TEST_LANGUAGE: Record<string, LanguageId | undefined> = {
  'compose.test.ts': 'compose',
  'dockerfile.test.ts': 'dockerfile',
  'env.test.ts': 'env',
  'javascript.test.ts': 'typescript',
  'json.test.ts': 'json',
  'package-json.test.ts': 'package-json',
  'python.test.ts': 'python',
  'shell.test.ts': 'shell',
  'yaml.test.ts': 'yaml',
};

/** String and template literals of a test file that look like code (several characters, a digit or `$`). */
function testStrings(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && node.text.length >= 8 && /[\d$]/.test(node.text)) out.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

let seeds: SeedFile[] | undefined;

/** Every fixture file port-lint reads, by language, and the code strings of test/extract/*.test.ts. */
export function seedFiles(): SeedFile[] {
  if (seeds) return seeds;
  seeds = [];
  for (const file of walk(path.join(REPO, 'fixtures')).sort()) {
    const rel = path.relative(REPO, file);
    if (statSync(file).size > 256 * 1024) continue;
    const text = readFileSync(file, 'utf8');
    const language = languageByName(rel) ?? languageByShebang(text.slice(0, text.indexOf('\n') >>> 0));
    if (!language || language === 'ports-yaml') continue;
    const registry = nearestRegistry(file);
    seeds.push({ origin: rel, language, text, ...(registry ? { registry } : {}) });
  }
  const testDir = path.join(REPO, 'test', 'extract');
  for (const name of readdirSync(testDir).sort()) {
    const language = TEST_LANGUAGE[name];
    if (!language) continue;
    testStrings(path.join(testDir, name)).forEach((text, i) => seeds!.push({ origin: `test/extract/${name}#${i}`, language, text }));
  }
  return seeds;
}

/** Registries to mutate: config/ports.yaml, fixtures/registry/* and every fixture repository's ports.yaml. */
export function seedRegistries(): SeedFile[] {
  const files = walk(path.join(REPO, 'fixtures'))
    .filter((f) => /(?:^|\/)\.?ports\.ya?ml$/.test(f) || f.includes(`${path.sep}fixtures${path.sep}registry${path.sep}`))
    .sort();
  return [path.join(REPO, 'config', 'ports.yaml'), ...files].map((f) => ({ origin: path.relative(REPO, f), language: 'ports-yaml', text: readFileSync(f, 'utf8') }));
}

/** Tokens that look like ports, or break parsers and position arithmetic. */
export const PORT_TOKENS = [
  ':8000',
  '8000',
  '${X:-8000}',
  '${API_PORT:-8000}',
  '${CONTIMG_API_PORT:-8000}',
  '${PORT:?set PORT}',
  '${PORT-3000}',
  '$PORT',
  '${A:-${B:-8000}}',
  'localhost:8080',
  'http://0.0.0.0:65535/x',
  'http://[::1]:9000',
  'redis://user:pw@cache:6379/0',
  '--port 9000',
  '--port=9000',
  '-p 8080:80',
  '"8000:8000"',
  '127.0.0.1:5432:5432/udp',
  '8000-8010',
  '8000-7000',
  'EXPOSE 8000',
  'PORT=3000',
  'port=8000',
  'port: 8000',
  '"port": 8000',
  'listen(8000)',
  '.listen(process.env.PORT ?? 3000)',
  'os.environ.get("PORT", "8000")',
  'int(os.getenv("PORT", 8000))',
  '0',
  '65536',
  '-1',
  '99999999999999999999999',
  '1e400',
  '0x1F40',
  '8_000',
  '８０００',
  '٨٠٠٠',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '😀',
  '\u0301',
  '\u2028',
  '\u202E',
  '\r',
  '\r\n',
  '\t',
  '\\',
  '"',
  "'",
  '`',
  '"""',
  '${',
  '}',
  '$(',
  ')',
  '((',
  '<<EOF\n',
  '\nEOF\n',
  '#',
  '//',
  '/*',
  '*/',
  '<!--',
  '- ',
  ': ',
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '? ',
  '---\n',
  '{{ .Values.port }}',
] as const;

/** Tokens for ports.yaml: keys, values and YAML syntax that the loader must survive. */
export const REGISTRY_TOKENS = [
  'ports:',
  'ports: {}',
  'default:',
  'env_var:',
  'range:',
  'range: [1, 0]',
  'range: [8000, 8009]',
  'description:',
  'optional: true',
  'immutable: yes',
  'conflict_check: false',
  'category:',
  'categories:',
  'environments:',
  'reserved:',
  '- port: 22',
  'conflict_detection:',
  'lint:',
  'include: ["**"]',
  'exclude:',
  'rules:',
  'hardcoded-port: off',
  'max_file_size: 4MiB',
  'protocol: udp',
  'service_command:',
  '__proto__:',
  'constructor:',
  'toString:',
  'api:',
  '  ',
  '    ',
  '\n',
  '\n  ',
  '\t',
  ': ',
  '- ',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '&a ',
  '*a',
  '<<: *a',
  '!!binary ',
  '!!int ',
  '!!str ',
  '!custom ',
  '? ',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '# comment',
  '8000',
  '-8000',
  '0',
  '65536',
  '99999999999999999999',
  '1e400',
  '.inf',
  '.nan',
  '~',
  'null',
  '0x1F40',
  '"8000"',
  'CONTIMG_API_PORT',
  '"A\\nB"',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '😀',
  '\u2028',
] as const;

/** Scales: CI inputs stay small; the long campaign goes deeper and bigger. */
export interface Scale {
  maxOps: number;
  maxDepth: number;
  maxLength: number;
}

export const CI_SCALE: Scale = { maxOps: 6, maxDepth: 300, maxLength: 16 * 1024 };
export const LONG_SCALE: Scale = { maxOps: 12, maxDepth: 5000, maxLength: 128 * 1024 };

/** One edit of a text: positions are taken modulo its length, so any op applies to any text. */
export type Op =
  | { op: 'flip'; at: number; code: number }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number; to: number }
  | { op: 'insert'; at: number; token: string }
  | { op: 'splice'; at: number; donor: number; line: number; lines: number }
  | { op: 'nest'; at: number; depth: number; pair: number; token: string }
  | { op: 'indent'; line: number; by: string }
  | { op: 'swap'; a: number; b: number }
  | { op: 'truncate'; at: number }
  | { op: 'repeat'; at: number; len: number; times: number };

const NESTING: readonly [string, string][] = [
  ['[', ']'],
  ['{', '}'],
  ['(', ')'],
  ['{"a":', '}'],
  ['${A:-', '}'],
  ['$(', ')'],
  ['`', '`'],
  ['- ', '\n'],
  ['  ', ''],
  ['f(', ')'],
  ['"', '"'],
];

export function opArbitrary(scale: Scale, tokens: readonly string[]): fc.Arbitrary<Op> {
  const at = fc.nat();
  return fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('flip' as const), at, code: fc.oneof(fc.integer({ min: 0, max: 127 }), fc.integer({ min: 0, max: 0xffff })) }), weight: 3 },
    { arbitrary: fc.record({ op: fc.constant('delete' as const), at, len: fc.integer({ min: 1, max: 200 }) }), weight: 3 },
    { arbitrary: fc.record({ op: fc.constant('duplicate' as const), at, len: fc.integer({ min: 1, max: 200 }), to: fc.nat() }), weight: 2 },
    { arbitrary: fc.record({ op: fc.constant('insert' as const), at, token: fc.constantFrom(...tokens) }), weight: 6 },
    { arbitrary: fc.record({ op: fc.constant('splice' as const), at, donor: fc.nat(), line: fc.nat(), lines: fc.integer({ min: 1, max: 8 }) }), weight: 3 },
    {
      arbitrary: fc.record({ op: fc.constant('nest' as const), at, depth: fc.integer({ min: 1, max: scale.maxDepth }), pair: fc.nat({ max: NESTING.length - 1 }), token: fc.constantFrom(...tokens) }),
      weight: 1,
    },
    { arbitrary: fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.constantFrom(' ', '  ', '\t', '    ', '') }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('truncate' as const), at }), weight: 1 },
    { arbitrary: fc.record({ op: fc.constant('repeat' as const), at, len: fc.integer({ min: 1, max: 80 }), times: fc.integer({ min: 2, max: 50 }) }), weight: 1 },
  );
}

/** Applies edits in order; `donors` are the texts a splice takes lines from. */
export function applyOps(text: string, ops: readonly Op[], donors: readonly string[], maxLength: number): string {
  let t = text;
  const pos = (n: number): number => (t.length === 0 ? 0 : n % (t.length + 1));
  for (const o of ops) {
    switch (o.op) {
      case 'flip': {
        if (t.length === 0) break;
        const i = o.at % t.length;
        t = t.slice(0, i) + String.fromCharCode(o.code) + t.slice(i + 1);
        break;
      }
      case 'delete': {
        const i = pos(o.at);
        t = t.slice(0, i) + t.slice(i + o.len);
        break;
      }
      case 'duplicate': {
        const i = pos(o.at);
        const piece = t.slice(i, i + o.len);
        const j = pos(o.to);
        t = t.slice(0, j) + piece + t.slice(j);
        break;
      }
      case 'insert': {
        const i = pos(o.at);
        t = t.slice(0, i) + o.token + t.slice(i);
        break;
      }
      case 'splice': {
        if (donors.length === 0) break;
        const donor = donors[o.donor % donors.length]!.split('\n');
        const from = o.line % donor.length;
        const piece = donor.slice(from, from + o.lines).join('\n');
        // at a line start, so whole lines land as lines
        const i = t.lastIndexOf('\n', pos(o.at) - 1) + 1;
        t = `${t.slice(0, i)}${piece}\n${t.slice(i)}`;
        break;
      }
      case 'nest': {
        const [open, close] = NESTING[o.pair]!;
        const i = pos(o.at);
        t = t.slice(0, i) + open.repeat(o.depth) + o.token + close.repeat(o.depth) + t.slice(i);
        break;
      }
      case 'indent': {
        const lines = t.split('\n');
        const k = o.line % lines.length;
        lines[k] = o.by === '' ? lines[k]!.trimStart() : o.by + lines[k];
        t = lines.join('\n');
        break;
      }
      case 'swap': {
        const lines = t.split('\n');
        const a = o.a % lines.length;
        const b = o.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        t = lines.join('\n');
        break;
      }
      case 'truncate':
        t = t.slice(0, pos(o.at));
        break;
      case 'repeat': {
        const i = pos(o.at);
        t = t.slice(0, i) + t.slice(i, i + o.len).repeat(o.times) + t.slice(i);
        break;
      }
    }
    if (t.length > maxLength) t = t.slice(0, maxLength);
  }
  return t;
}

/** Random text made of tokens, words, numbers, punctuation and any UTF-16 unit, line by line. */
export function tokenText(scale: Scale, tokens: readonly string[]): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...tokens), weight: 5 },
    { arbitrary: fc.constantFrom('\n', ' ', '  ', '=', ':', ',', ';', '.', '/', '-', '--', '"', "'", '(', ')', '[', ']', '{', '}'), weight: 4 },
    { arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,12}$/), weight: 3 },
    { arbitrary: fc.integer({ min: 0, max: 70000 }).map(String), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  );
  return fc.array(piece, { maxLength: 300 }).map((parts) => parts.join('').slice(0, scale.maxLength));
}

/** A mutated seed: which seed (by index), and the edits. */
export function mutated(
  pool: readonly SeedFile[],
  donors: readonly string[],
  scale: Scale,
  tokens: readonly string[],
): fc.Arbitrary<{ seed: SeedFile; ops: Op[]; text: string }> {
  return fc
    .record({ index: fc.nat({ max: pool.length - 1 }), ops: fc.array(opArbitrary(scale, tokens), { minLength: 1, maxLength: scale.maxOps }) })
    .map(({ index, ops }) => {
      const seed = pool[index]!;
      return { seed, ops, text: applyOps(seed.text.slice(0, scale.maxLength), ops, donors, scale.maxLength) };
    });
}

/** A short description of edits, for reports: `insert@12 ":8000", delete@40+3`. */
export function describeOps(ops: readonly Op[]): string {
  return ops
    .map((o) => {
      const { op, ...rest } = o;
      return `${op}(${Object.values(rest)
        .map((v) => (typeof v === 'string' ? JSON.stringify(v).slice(0, 20) : v))
        .join(',')})`;
    })
    .join(' ');
}

/** Convenience for targets: a case from a seed and edits. */
export function caseOf(label: string, name: string, data: string | Uint8Array, origin: string): FuzzCase {
  return { label, name, data, origin };
}
