// Fuzz campaign (c): `--fix` through the real pipeline (scan → fixFiles) on mutated fixture files in a
// temporary repository with their fixture's ports.yaml: the fixed text parses wherever the original did,
// a second run changes nothing, and no byte outside the rewritten spans moves.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/engine.js';
import { extractText, prepareExtractors } from '../../src/extract/index.js';
import { SourceText } from '../../src/extract/source.js';
import { fixFiles, type FileChange } from '../../src/fix.js';
import { configureRules } from '../../src/lint.js';
import { loadRegistry } from '../../src/registry/load.js';
import { RULES } from '../../src/rules.js';
import type { Finding, LanguageId } from '../../src/types.js';
import { REPO } from '../helpers/run.js';
import { Failure, openFindings, runCampaign, settings, testTimeout, type FuzzCase, type Target } from './campaign.js';
import { KNOWN_FIX } from './known.js';
import { CI_SCALE, describeOps, FILE_NAME, LONG_SCALE, mutated, PORT_TOKENS, seedFiles } from './inputs.js';
import { importsOsAbove, onlySpansChanged, parsesCleanly } from './properties.js';

await prepareExtractors();

const s = settings(250);
const scale = s.long ? LONG_SCALE : CI_SCALE;
const DEFAULT_REGISTRY = path.join(REPO, 'config', 'ports.yaml');
// Files fixes apply to: --fix rewrites literals in these languages only (env files and JSON are left alone).
const FIXABLE = new Set<LanguageId>(['typescript', 'tsx', 'javascript', 'python', 'shell', 'dockerfile', 'compose']);
const seeds = seedFiles().filter((f) => FIXABLE.has(f.language));
const donors = seedFiles().map((f) => f.text);
/** The registries' ports as tokens too, so mutations add literals that the rules want fixed. */
const registryPorts = [...new Set(seeds.map((f) => f.registry ?? DEFAULT_REGISTRY))].flatMap((r) => [...readFileSync(r, 'utf8').matchAll(/default:\s*(\d+)/g)].map((m) => m[1]!));
const TOKENS = [...PORT_TOKENS, ...new Set(registryPorts)].flatMap((t) => [t, ` ${t} `]);

/**
 * A registry for a file: its fixture's ports.yaml, or one that registers every port the file holds (each
 * with an env var), so that most literals become hardcoded-port findings with fixes to apply.
 */
function registryFor(name: string, language: LanguageId, text: string, own: string | undefined, synthesize: boolean): string {
  if (!synthesize) return readFileSync(own ?? DEFAULT_REGISTRY, 'utf8');
  const ports = [...new Set(extractText(name, language, text).flatMap((o) => (o.port === null || o.comment ? [] : [o.port])))].slice(0, 40);
  return `ports:\n${ports.map((p, i) => `  fuzz${i}:\n    default: ${p}\n    env_var: FUZZ${i}_PORT\n`).join('')}${ports.length === 0 ? '  api:\n    default: 8000\n    env_var: CONTIMG_API_PORT\n' : ''}`;
}

const target: Target = {
  name: 'fix',
  arbitrary: fc.tuple(mutated(seeds, donors, scale, TOKENS), fc.boolean()).map(([m, synthesize]): FuzzCase => {
    const name = m.seed.origin.includes('#') ? FILE_NAME[m.seed.language] : path.basename(m.seed.origin);
    return {
      label: m.seed.language,
      name,
      data: m.text,
      origin: `${m.seed.origin} ${describeOps(m.ops)}${synthesize ? ' (registry of its own ports)' : ''}`,
      context: registryFor(name, m.seed.language, m.text, m.seed.registry, synthesize),
    };
  }),
  check: checkFix,
  known: KNOWN_FIX,
  stats: () => ({ ...stats }),
};

const stats = { 'inputs with a fix': 0, 'files rewritten': 0, 'fixes applied': 0 };
const work = mkdtempSync(path.join(tmpdir(), 'port-lint-fuzz-fix-'));
async function runFix(dir: string, registryFile: string): Promise<{ changes: FileChange[]; findings: Finding[] }> {
  const registry = loadRegistry(registryFile, { root: dir });
  const rules = configureRules(RULES, registry, {});
  const result = await scan({ cwd: dir, root: dir, registry, paths: [], rules, jobs: 1 });
  const changes = await fixFiles(dir, result.findings, () => {});
  return { changes, findings: result.findings };
}

let counter = 0;

async function checkFix(input: FuzzCase, fresh: boolean): Promise<void> {
  const dir = path.join(work, String(counter++ % 16));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const registryFile = path.join(dir, 'ports.yaml');
  writeFileSync(registryFile, input.context!);
  const file = path.join(dir, input.name);
  writeFileSync(file, input.data);
  const language = input.label as LanguageId;
  const where = (e: Error): string => /\/((?:src|rules)\/[^:)]+)/.exec((e.stack ?? '').split('\n').slice(1).find((l) => /\/(?:src|rules)\//.test(l)) ?? '')?.[1] ?? '?';

  let first: Awaited<ReturnType<typeof runFix>>;
  try {
    first = await runFix(dir, registryFile);
  } catch (err) {
    const e = err as Error;
    throw new Failure(`scan or fix throws ${e.name} @ ${where(e)} (${language})`, `${e.name}: ${e.message}\n${e.stack ?? ''}`);
  }
  if (first.changes.length === 0) return;
  if (fresh) stats['inputs with a fix']++;
  for (const change of first.changes) {
    const before = change.before.replace(/^\uFEFF/, '');
    const after = change.after.replace(/^\uFEFF/, '');
    const src = new SourceText(change.file, language, before);
    const spans = first.findings
      .filter((f) => f.file === change.file && f.fix)
      // a lookup may take the quotes around the literal into its span (`'8000'` → `(process.env.X ?? '8000')`)
      .map((f): [number, number] => [Math.max(0, src.offset(f.fix!.range.start) - 1), src.offset(f.fix!.range.end) + 1]);
    if (!onlySpansChanged(before, after, spans)) throw new Failure(`bytes outside the fixed spans changed (${language})`, `${change.file}:\n--- before\n${before.slice(0, 2000)}\n--- after\n${after.slice(0, 2000)}`);
    if (parsesCleanly(language, before) === true && parsesCleanly(language, after) === false) {
      throw new Failure(`fixed text does not parse (${language})`, `${change.file} parsed before --fix and not after:\n${after.slice(0, 2000)}`);
    }
    // (only where the file parsed: in a broken one, tree-sitter may wrap a top-level import in an error)
    if (language === 'python' && parsesCleanly('python', before) === true && after.split('os.environ').length > before.split('os.environ').length) {
      const firstFix = Math.min(...first.findings.filter((f) => f.file === change.file && f.fix).map((f) => f.fix!.range.start.line));
      if (!importsOsAbove(after, firstFix)) throw new Failure('python fix uses os without a top-level import os', `${change.file}:\n${after.slice(0, 2000)}`);
    }
    if (fresh) {
      stats['files rewritten']++;
      stats['fixes applied'] += change.applied;
    }
    writeFileSync(path.join(dir, change.file), change.after);
  }
  let second: Awaited<ReturnType<typeof runFix>>;
  try {
    second = await runFix(dir, registryFile);
  } catch (err) {
    const e = err as Error;
    throw new Failure(`second scan or fix throws ${e.name} @ ${where(e)} (${language})`, `${e.name}: ${e.message}\n${e.stack ?? ''}`);
  }
  if (second.changes.length > 0) {
    const c = second.changes[0]!;
    const a = c.before.split('\n');
    const b = c.after.split('\n');
    const changed = a.flatMap((l, i) => (l === b[i] ? [] : [`- ${l}`, `+ ${b[i]}`])).slice(0, 6);
    // W1's shape: the second run wraps a lookup in another of the same variable (`${X:-${X:-8000}}`).
    const nests = /\$\{(\w+):-\$\{\1:-/.test(c.after) && !/\$\{(\w+):-\$\{\1:-/.test(c.before);
    // F1's: the second run gives a default to a `${X}` left on a line where the first gave one to another.
    const secondReference = !nests && changed.some((l) => /^- .*\$\{(\w+):-[^}]*\}.*\$\{\1\}|^- .*\$\{(\w+)\}.*\$\{\2:-/.test(l));
    const shape = nests ? ': a lookup nests in itself' : secondReference ? ': a second ${VAR} on the line gets its default' : '';
    throw new Failure(`not idempotent${shape} (${language})`, `a second --fix changes ${c.file} again:\n${changed.join('\n')}`);
  }
}

describe('fuzz: --fix', () => {
  it(
    `keeps files parsing, is idempotent and touches only its spans (${s.long ? `${s.seconds} s` : `${s.runs} seeded inputs`})`,
    async () => {
      const report = await runCampaign(target, s);
      expect(report.inputs).toBeGreaterThanOrEqual(s.long ? 1 : s.runs!);
      // the campaign is worth its time only if it makes fixes to check (one input in 100 at least: --fix
      // needs evidence that names the service, which a synthesized registry's names seldom give, and
      // leaves a file that does not parse alone, which most mutated inputs are)
      expect(report.stats['files rewritten']).toBeGreaterThan(s.long ? 0 : s.runs! / 100);
      expect(openFindings(report, s)).toEqual([]);
    },
    testTimeout(s),
  );
});
