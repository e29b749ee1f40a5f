// Fuzz campaign (b): every extractor, on mutated fixtures and test strings, random text and random UTF-16,
// never throws, never hangs, and every occurrence lies inside the file at text that can be the port.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText, prepareExtractors } from '../../src/extract/index.js';
import { SourceText } from '../../src/extract/source.js';
import type { LanguageId, PortOccurrence } from '../../src/types.js';
import { Failure, openFindings, runCampaign, settings, testTimeout, type FuzzCase, type Target } from './campaign.js';
import { CI_SCALE, describeOps, FILE_NAME, LANGUAGES, LONG_SCALE, mutated, PORT_TOKENS, seedFiles, tokenText } from './inputs.js';

await prepareExtractors();

/** Why an occurrence list breaks the extractor contract for `text`, or undefined when it holds. */
export function occurrenceProblem(file: string, language: LanguageId, text: string, list: readonly PortOccurrence[]): string | undefined {
  const src = new SourceText(file, language, text);
  const lastLine = src.position(text.length).line;
  let previous = -1;
  for (const o of list) {
    const at = `${o.kind} ${o.port} ${JSON.stringify(o.text)} at ${o.range.start.line}:${o.range.start.column}-${o.range.end.line}:${o.range.end.column}`;
    if (o.file !== file || o.language !== language) return `file/language ${o.file}/${o.language}: ${at}`;
    for (const p of [o.range.start, o.range.end]) {
      if (!Number.isInteger(p.line) || !Number.isInteger(p.column) || p.line < 1 || p.column < 1) return `position not 1-based integers: ${at}`;
      if (p.line > lastLine) return `line past the end of the file (${lastLine} lines): ${at}`;
      if (p.column > src.lineText(p.line).length + 1) return `column past the end of line ${p.line} (${src.lineText(p.line).length} chars): ${at}`;
    }
    const start = src.offset(o.range.start);
    const end = src.offset(o.range.end);
    if (!(start < end)) return `empty or reversed range: ${at}`;
    if (text.slice(start, end) !== o.text) return `text at the range is ${JSON.stringify(text.slice(start, end))}: ${at}`;
    if (o.port !== null && !(Number.isInteger(o.port) && o.port >= 1 && o.port <= 65535)) return `port out of 1-65535: ${at}`;
    if (o.portEnd !== undefined && !(o.port !== null && Number.isInteger(o.portEnd) && o.portEnd >= o.port && o.portEnd <= 65535)) return `bad port range end ${o.portEnd}: ${at}`;
    // Written literally: the digits at the range are the port (a range `8000-8010` starts with it).
    if (o.port !== null && /^\d/.test(o.text) && Number(/^\d+/.exec(o.text)![0]) !== o.port) return `digits at the range are not the port: ${at}`;
    if (o.port === null && /^\d+$/.test(o.text)) return `a literal number without a port: ${at}`;
    // Not written literally: then a variable (or name) that holds it is what the range covers.
    if (!/\d/.test(o.text) && !/[A-Za-z_]/.test(o.text)) return `range holds neither the port nor a name: ${at}`;
    if (o.snippet !== src.lineText(o.range.start.line).trim()) return `snippet is not the line's text: ${at}`;
    if (start < previous) return `occurrences not sorted by position: ${at}`;
    previous = start;
  }
  return undefined;
}

const s = settings(1200);
const scale = s.long ? LONG_SCALE : CI_SCALE;
const seeds = seedFiles();
const donors = seeds.map((f) => f.text);
const byLanguage = new Map(LANGUAGES.map((l) => [l, seeds.filter((f) => f.language === l)]));

function inputsFor(language: LanguageId): fc.Arbitrary<FuzzCase> {
  const name = FILE_NAME[language];
  const own = byLanguage.get(language)!;
  return fc.oneof(
    { arbitrary: mutated(own, donors, scale, PORT_TOKENS).map((m) => ({ label: language, name, data: m.text, origin: `${m.seed.origin} ${describeOps(m.ops)}` })), weight: 12 },
    // another language's file read as this one: shell in YAML, JSON in Python, …
    { arbitrary: mutated(seeds, donors, scale, PORT_TOKENS).map((m) => ({ label: language, name, data: m.text, origin: `${m.seed.origin} (as ${language}) ${describeOps(m.ops)}` })), weight: 3 },
    { arbitrary: tokenText(scale, PORT_TOKENS).map((t) => ({ label: language, name, data: t, origin: 'token text' })), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }).map((t) => ({ label: language, name, data: t, origin: 'random UTF-16' })), weight: 2 },
  );
}

const target: Target = {
  name: 'extract',
  arbitrary: fc.constantFrom(...LANGUAGES).chain(inputsFor),
  check(input) {
    const language = input.label as LanguageId;
    const text = input.data as string;
    let first: PortOccurrence[];
    try {
      first = extractText(input.name, language, text);
    } catch (err) {
      const e = err as Error;
      const frame = /\/(src\/[^:)]+:\d+)/.exec((e.stack ?? '').split('\n').slice(1).find((l) => l.includes('/src/')) ?? '')?.[1] ?? '?';
      throw new Failure(`throws ${e.name} @ ${frame.replace(/:\d+$/, '')} (${language})`, `${e.name}: ${e.message}\n${e.stack ?? ''}`);
    }
    const problem = occurrenceProblem(input.name, language, text, first);
    if (problem) throw new Failure(`occurrence outside the contract (${language}): ${problem.replace(/:.*$/, '')}`, problem);
    const again = extractText(input.name, language, text);
    if (JSON.stringify(again) !== JSON.stringify(first)) throw new Failure(`not deterministic (${language})`, 'a second extraction of the same text gave other occurrences');
  },
};

describe('fuzz: extractors', () => {
  it(
    `never throw or hang, and every occurrence lies inside the file (${s.long ? `${s.seconds} s` : `${s.runs} seeded inputs`})`,
    async () => {
      const report = await runCampaign(target, s);
      expect(report.inputs).toBeGreaterThanOrEqual(s.long ? 1 : s.runs!);
      expect(openFindings(report, s)).toEqual([]);
    },
    testTimeout(s),
  );
});
