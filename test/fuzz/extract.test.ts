// Fuzz campaign (b): every extractor, on mutated fixtures and test strings, random text and random UTF-16,
// never throws, never hangs, and every occurrence lies inside the file at text that can be the port.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText, prepareExtractors } from '../../src/extract/index.js';
import type { LanguageId, PortOccurrence } from '../../src/types.js';
import { Failure, openFindings, runCampaign, settings, testTimeout, type FuzzCase, type Target } from './campaign.js';
import { CI_SCALE, describeOps, FILE_NAME, LANGUAGES, LONG_SCALE, mutated, PORT_TOKENS, seedFiles, tokenText } from './inputs.js';
import { occurrenceProblem } from './properties.js';

await prepareExtractors();

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
