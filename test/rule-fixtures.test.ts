// Every fixtures/rules/<id>/ mini-repo, scanned through the real pipeline, matches its annotations.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithAnnotations, fixtureExpectations } from './helpers/fixture-check.js';
import { REPO, scanFixture } from './helpers/run.js';

const FIXTURES = path.join(REPO, 'fixtures', 'rules');

describe('rule fixtures', () => {
  for (const id of readdirSync(FIXTURES).sort()) {
    it(id, async () => {
      const dir = path.join(FIXTURES, id);
      const expectations = fixtureExpectations(dir);
      const rules = new Set([id, ...expectations.map((e) => e.rule)]);
      const result = await scanFixture(dir, { only: [...rules] });
      expect(compareWithAnnotations(result.findings, expectations, rules)).toEqual([]);
    });
  }
});
