// The fuzz campaign can fail: each property catches the breakage it is meant to, and the engine finds a
// planted bug, shrinks and minimises it, writes the reproducer and tells known issues from new ones.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText, prepareExtractors } from '../../src/extract/index.js';
import { Failure, openFindings, runCampaign, type Settings } from './campaign.js';
import { importsOsAbove, lineProblem, occurrenceProblem, onlySpansChanged, parsesCleanly } from './properties.js';

await prepareExtractors();

describe('fuzz properties', () => {
  const text = 'x = 1\nPORT = 8000\n';
  const good = extractText('app.py', 'python', text);

  it('hold for a real extraction', () => {
    expect(good.map((o) => `${o.port} ${o.range.start.line}:${o.range.start.column}`)).toEqual(['8000 2:8']);
    expect(occurrenceProblem('app.py', 'python', text, good)).toBeUndefined();
  });

  it('catch an occurrence outside the file, at the wrong text or with a port that is not written there', () => {
    const o = good[0]!;
    const at = (start: [number, number], end: [number, number]) => ({ start: { line: start[0], column: start[1] }, end: { line: end[0], column: end[1] } });
    expect(occurrenceProblem('app.py', 'python', text, [{ ...o, range: at([4, 1], [4, 5]) }])).toMatch(/^line past the end/);
    expect(occurrenceProblem('app.py', 'python', text, [{ ...o, range: at([2, 8], [2, 40]) }])).toMatch(/^column past the end of line 2/);
    expect(occurrenceProblem('app.py', 'python', text, [{ ...o, range: at([2, 9], [2, 8]) }])).toMatch(/^empty or reversed/);
    expect(occurrenceProblem('app.py', 'python', text, [{ ...o, range: at([2, 7], [2, 11]) }])).toMatch(/^text at the range is " 800"/);
    expect(occurrenceProblem('app.py', 'python', text, [{ ...o, port: 8001 }])).toMatch(/^digits at the range are not the port/);
    expect(occurrenceProblem('app.py', 'python', text, [{ ...o, port: 70000 }])).toMatch(/^port out of 1-65535/);
    expect(occurrenceProblem('app.py', 'python', text, [{ ...o, snippet: 'PORT' }])).toMatch(/^snippet/);
  });

  it('catch a config error that is not one file:line:col line', () => {
    expect(lineProblem('ports.yaml:2:3: ports.api.default: must be an integer', 4)).toBeUndefined();
    expect(lineProblem('internal error: boom', 4)).toMatch(/^not "ports.yaml/);
    expect(lineProblem('ports.yaml:2:3: ports.a\nb: invalid name', 4)).toBe('spans several lines');
    expect(lineProblem('ports.yaml:2:3: ports.a\u001b[31m: invalid name', 4)).toBe('holds control characters');
    expect(lineProblem('ports.yaml:9:1: x: y', 4)).toMatch(/past the end of the file/);
    expect(lineProblem(`ports.yaml:1:1: ${'a.'.repeat(600)}: too deep`, 4)).toMatch(/characters long/);
  });

  it('catch bytes changed outside the fixed spans', () => {
    const before = 'a = 8000; b = "x"; c = 8000;';
    const at = (s: string, from = 0): [number, number] => [before.indexOf(s, from), before.indexOf(s, from) + s.length];
    const spans = [at('8000'), at('8000', 10)];
    expect(onlySpansChanged(before, 'a = LOOKUP; b = "x" c = LOOKUP;', spans)).toBe(false);
    expect(onlySpansChanged(before, 'a = LOOKUP; b = "x"; c = LOOKUP;', spans)).toBe(true);
    expect(onlySpansChanged(before, 'a = LOOKUP; b = "y"; c = LOOKUP;', spans)).toBe(false);
    expect(onlySpansChanged(before, 'a = LOOKUP; b = "x"; c = LOOKUP;\n', spans)).toBe(false);
  });

  it('tell text that parses from text that does not, and a bound `os` from an unbound one', () => {
    expect(parsesCleanly('python', 'x = int(os.environ.get("P", "8000"))\n')).toBe(true);
    expect(parsesCleanly('python', 'x = int(os.environ.get("P", "8000")\n')).toBe(false);
    expect(parsesCleanly('compose', 'services:\n  a: [\n')).toBe(false);
    expect(parsesCleanly('dockerfile', 'EXPOSE 8000\n')).toBeUndefined();
    expect(importsOsAbove('import os\nP = os.environ["P"]\n', 2)).toBe(true);
    expect(importsOsAbove('def f():\n    import os\nP = os.environ["P"]\n', 3)).toBe(false);
    expect(importsOsAbove('"""\nimport os\n"""\nP = os.environ["P"]\n', 4)).toBe(false);
    expect(importsOsAbove('P = os.environ["P"]\nimport os\n', 1)).toBe(false);
  });
});

describe('fuzz campaign engine', () => {
  const settings = (over: Partial<Settings> = {}): Settings => ({
    long: false,
    seed: 42,
    runs: 300,
    seconds: 0,
    budgetMs: 60_000,
    out: mkdtempSync(path.join(tmpdir(), 'port-lint-fuzz-engine-')),
    strict: false,
    replayPath: undefined,
    ...over,
  });
  // A planted bug: any input holding "99" fails.
  const target = {
    name: 'planted',
    arbitrary: fc.string({ unit: fc.constantFrom('9', '1', ' ', 'x'), minLength: 5, maxLength: 40 }).map((t) => ({ label: 'text', name: 'in.txt', data: t, origin: 'planted' })),
    check: (input: { data: string | Uint8Array }) => {
      if (String(input.data).includes('99')) throw new Failure('planted: 99', `found 99 in ${JSON.stringify(input.data)}`);
    },
  };

  it('finds a planted bug, minimises it to its cause and writes the reproducer', async () => {
    const s = settings();
    const report = await runCampaign(target, s);
    expect(report.inputs).toBe(300);
    expect(report.findings.map((f) => [f.signature, f.bytes])).toEqual([['planted: 99', 2]]);
    expect(readFileSync(report.findings[0]!.file, 'utf8')).toBe('99');
    expect(report.findings[0]!.count).toBeGreaterThan(1);
    expect(openFindings(report, s)).toHaveLength(1);
    expect(existsSync(path.join(s.out, 'summary-planted.json'))).toBe(true);
  });

  it('counts a known issue without failing, unless strict', async () => {
    const known = [{ id: 'K1', matches: (f: Failure) => f.signature === 'planted: 99' }];
    const lax = settings();
    const report = await runCampaign({ ...target, known }, lax);
    expect(report.findings.map((f) => f.known)).toEqual(['K1']);
    expect(openFindings(report, lax)).toEqual([]);
    const strict = settings({ strict: true });
    expect(openFindings(await runCampaign({ ...target, known }, strict), strict)).toHaveLength(1);
  });
});
