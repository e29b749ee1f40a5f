// Every fixtures/extract/<name>/ mini-repo matches its annotations: `ruleid: undocumented-port <ports>`
// above each line holding a port, `ok: undocumented-port` above hard negatives. The fixture's ports.yaml
// (usually `ports: {}`) makes undocumented-port the complete inventory of the files.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithAnnotations, fixtureExpectations } from './helpers/fixture-check.js';
import { REPO, scanFixture } from './helpers/run.js';

const FIXTURES = path.join(REPO, 'fixtures', 'extract');

describe('extraction fixtures', () => {
  for (const name of readdirSync(FIXTURES).sort()) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name);
      const expectations = fixtureExpectations(dir);
      expect(expectations.length).toBeGreaterThan(0);
      const rules = new Set(['undocumented-port', ...expectations.map((e) => e.rule)]);
      const result = await scanFixture(dir, { only: [...rules] });
      expect(result.notices.filter((n) => n.level === 'error')).toEqual([]);
      expect(compareWithAnnotations(result.findings, expectations, rules)).toEqual([]);
    });
  }
});
