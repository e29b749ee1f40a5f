// The accuracy corpus (fixtures/corpus/<repo>/) matches its labels port by port, and scripts/accuracy.mjs
// reads and scores those labels the way this test does. Known extractor gaps are `todoruleid` / `todook`
// marks: tolerated here, counted as errors by `npm run accuracy`, and reported when they become right.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Expectation } from './helpers/annotations.js';
import { fixtureExpectations } from './helpers/fixture-check.js';
import { REPO, scanFixture } from './helpers/run.js';
import type { Finding } from '../src/types.js';
// @ts-expect-error -- a plain ESM script without type declarations
import { parseAnnotations as scriptParse, repoExpectations, score } from '../scripts/accuracy.mjs';

const RULE = 'undocumented-port';
const CORPUS = path.join(REPO, 'fixtures', 'corpus');
const REPOS = readdirSync(CORPUS)
  .filter((name) => existsSync(path.join(CORPUS, name, 'ports.yaml')))
  .sort();

/**
 * Port-level comparison of one line: every `ruleid` port is found; a `todoruleid` port is not found
 * (else it is fixed: promote it); any other found port is covered by a `todook` (listing it, or listing
 * no ports); a `todook` that covers nothing is stale.
 */
function compareCorpus(findings: Finding[], expectations: Expectation[]): string[] {
  const problems: string[] = [];
  const key = (file: string, line: number) => `${file}:${line}`;
  const found = new Map<string, Map<number, string>>();
  for (const f of findings) {
    if (f.ruleId !== RULE || f.port === undefined) continue;
    const k = key(f.file, f.range.start.line);
    const ports = found.get(k) ?? new Map<number, string>();
    if (!ports.has(f.port)) ports.set(f.port, f.message);
    found.set(k, ports);
  }
  const marks = new Map<string, Expectation[]>();
  for (const e of expectations) {
    if (e.rule !== RULE) continue;
    if ((e.mark === 'ruleid' || e.mark === 'todoruleid') && e.ports.length === 0)
      problems.push(`${key(e.file, e.line)}: ${e.mark} must list the line's ports`);
    const k = key(e.file, e.line);
    marks.set(k, [...(marks.get(k) ?? []), e]);
  }
  for (const k of new Set([...found.keys(), ...marks.keys()])) {
    const got = found.get(k) ?? new Map<number, string>();
    const m = marks.get(k) ?? [];
    const portsOf = (mark: Expectation['mark']) => new Set(m.filter((e) => e.mark === mark).flatMap((e) => e.ports));
    const want = portsOf('ruleid');
    const todo = portsOf('todoruleid');
    const todook = m.filter((e) => e.mark === 'todook');
    const tolerated = (p: number) => todook.some((e) => e.ports.length === 0 || e.ports.includes(p));
    for (const p of want) if (!got.has(p)) problems.push(`${k}: expected port ${p}, got none`);
    for (const p of todo) if (got.has(p)) problems.push(`${k}: todoruleid ${p} is now found — change it to ruleid`);
    const extra = [...got].filter(([p]) => !want.has(p) && !todo.has(p));
    for (const [p, message] of extra) if (!tolerated(p)) problems.push(`${k}: unexpected port ${p}: ${message}`);
    for (const e of todook) {
      const covers = e.ports.length === 0 ? extra.length > 0 : e.ports.some((p) => got.has(p) && !want.has(p));
      if (!covers) problems.push(`${k}: todook no longer needed — change it to ok`);
    }
  }
  return problems.sort();
}

describe('accuracy corpus', () => {
  it('has the mini-repositories the accuracy report reads', () => {
    expect(REPOS.length).toBeGreaterThanOrEqual(5);
  });

  for (const repo of REPOS) {
    it(`${repo} matches its labels`, async () => {
      const dir = path.join(CORPUS, repo);
      const expectations = fixtureExpectations(dir);
      expect(expectations.filter((e) => e.mark === 'ruleid' || e.mark === 'todoruleid').length).toBeGreaterThan(0);
      const result = await scanFixture(dir, { only: [RULE] });
      expect(result.notices.filter((n) => n.level === 'error')).toEqual([]);
      expect(compareCorpus(result.findings, expectations)).toEqual([]);
    });

    it(`${repo}: scripts/accuracy.mjs reads the same labels as the test harness`, () => {
      const dir = path.join(CORPUS, repo);
      const norm = (list: Expectation[]) =>
        list.map((e) => `${e.file}:${e.line} ${e.mark} ${e.rule} ${e.ports.join(' ')}`).sort();
      expect(norm(repoExpectations(dir) as Expectation[])).toEqual(norm(fixtureExpectations(dir)));
    });
  }
});

describe('accuracy scoring', () => {
  const exp = (line: number, mark: Expectation['mark'], ports: number[] = []): Expectation => ({
    file: 'a.sh',
    line,
    mark,
    rule: RULE,
    ports,
  });
  const hit = (line: number, port: number) => ({ file: 'a.sh', line, port, message: `port ${port}` });

  it('counts todo marks as errors, and ports per line as sets', () => {
    const expectations = [
      exp(1, 'ruleid', [8080, 80]),
      exp(2, 'todoruleid', [5432]),
      exp(3, 'todook'),
      exp(4, 'ok'),
      exp(5, 'ruleid', [3000]),
      exp(5, 'todoruleid', [3001]),
    ];
    const findings = [hit(1, 8080), hit(1, 8080), hit(3, 204), hit(5, 3000), hit(6, 9)];
    const { byLanguage, falsePositives, falseNegatives } = score(expectations, findings, () => 'shell');
    const c = byLanguage.get('shell');
    expect({ expected: c.expected, found: c.found, tp: c.tp, fp: c.fp, fn: c.fn }).toEqual({
      expected: 5,
      found: 4,
      tp: 2,
      fp: 2,
      fn: 3,
    });
    expect(falsePositives.map((f: { line: number; port: number }) => `${f.line}:${f.port}`)).toEqual(['3:204', '6:9']);
    expect(falseNegatives.map((f: { line: number; port: number }) => `${f.line}:${f.port}`)).toEqual(['1:80', '2:5432', '5:3001']);
  });

  it('rejects a ruleid label without ports', () => {
    expect(() => score([exp(1, 'ruleid')], [], () => 'shell')).toThrow(/must list its ports/);
  });

  it('parses annotations like the test helper', () => {
    const text = ['x = 1', '# ruleid: undocumented-port 8000 8001', '# todook: undocumented-port', 'y = 8000'].join('\n');
    expect(scriptParse('f.py', text)).toEqual([
      { file: 'f.py', line: 4, mark: 'ruleid', rule: RULE, ports: [8000, 8001] },
      { file: 'f.py', line: 4, mark: 'todook', rule: RULE, ports: [] },
    ]);
  });
});

describe('corpus comparison', () => {
  const finding = (line: number, port: number): Finding =>
    ({ ruleId: RULE, file: 'a.sh', range: { start: { line, column: 1 }, end: { line, column: 2 } }, port, message: `p${port}` }) as Finding;
  const exp = (line: number, mark: Expectation['mark'], ports: number[] = []): Expectation => ({ file: 'a.sh', line, mark, rule: RULE, ports });

  it('accepts exact matches and tolerated gaps', () => {
    expect(
      compareCorpus(
        [finding(1, 80), finding(1, 8080), finding(3, 204), finding(5, 3000)],
        [exp(1, 'ruleid', [8080, 80]), exp(2, 'todoruleid', [5432]), exp(3, 'todook'), exp(5, 'ruleid', [3000]), exp(5, 'todoruleid', [3001])],
      ),
    ).toEqual([]);
  });

  it('reports misses, extras, fixed todos and stale todooks', () => {
    expect(
      compareCorpus(
        [finding(1, 8080), finding(2, 5432), finding(4, 9)],
        [exp(1, 'ruleid', [8080, 80]), exp(2, 'todoruleid', [5432]), exp(3, 'todook'), exp(4, 'ok')],
      ),
    ).toEqual([
      'a.sh:1: expected port 80, got none',
      'a.sh:2: todoruleid 5432 is now found — change it to ruleid',
      'a.sh:3: todook no longer needed — change it to ok',
      'a.sh:4: unexpected port 9: p9',
    ]);
  });
});
