// Every rule: registered under its file name, documented with ✗/✓ examples that themselves lint as claimed,
// and covered by an annotated fixture with both a `ruleid:` and an `ok:` case.
import { existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/rules.js';
import { fixtureExpectations } from './helpers/fixture-check.js';
import { REPO, scanFixture } from './helpers/run.js';

const RULES_DIR = path.join(REPO, 'rules');

interface Example {
  section: 'incorrect' | 'correct';
  info: string;
  file: string | undefined;
  code: string;
}

/** Code blocks under "## ✗ Incorrect" and "## ✓ Correct"; a block's file name is its info string's title="…". */
function examples(markdown: string): { registry: string | undefined; list: Example[] } {
  const list: Example[] = [];
  let registry: string | undefined;
  let section: Example['section'] | 'registry' | undefined;
  const re = /^## (.*)$|^```(.*)\n([\s\S]*?)^```$/gm;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    if (m[1] !== undefined) {
      section = m[1].startsWith('✗') ? 'incorrect' : m[1].startsWith('✓') ? 'correct' : /^Registry/.test(m[1]) ? 'registry' : undefined;
      continue;
    }
    const info = m[2]!.trim();
    const code = m[3]!;
    if (section === 'registry') registry = code;
    else if (section) list.push({ section, info, file: /title="([^"]+)"/.exec(info)?.[1], code });
  }
  return { registry, list };
}

describe('rules', () => {
  it('are exactly the files in rules/, each id equal to its file name', () => {
    const files = readdirSync(RULES_DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(RULES.map((r) => r.id)).toEqual(files);
    for (const r of RULES) expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const docPath = path.join(RULES_DIR, `${rule.id}.md`);

      it('has a doc page with what it catches, ✗ and ✓ examples, options and when not to use it', () => {
        expect(existsSync(docPath)).toBe(true);
        const doc = readFileSync(docPath, 'utf8');
        expect(doc.startsWith(`# ${rule.id}\n`)).toBe(true);
        for (const heading of ['## ✗ Incorrect', '## ✓ Correct', '## Options', '## When not to use it']) {
          expect(doc).toContain(heading);
        }
        const { list } = examples(doc);
        expect(list.some((e) => e.section === 'incorrect')).toBe(true);
        expect(list.some((e) => e.section === 'correct')).toBe(true);
      });

      it('has messages whose placeholders are all plain words', () => {
        for (const template of Object.values(rule.meta.messages) as string[]) {
          expect(template).not.toMatch(/\{\{(?!\s*\w+\s*\}\})/);
        }
      });

      it('has an annotated fixture with a ruleid and an ok case', () => {
        const dir = path.join(REPO, 'fixtures', 'rules', rule.id);
        expect(existsSync(dir)).toBe(true);
        const marks = fixtureExpectations(dir).filter((e) => e.rule === rule.id);
        expect(marks.some((e) => e.mark === 'ruleid')).toBe(true);
        expect(marks.some((e) => e.mark === 'ok')).toBe(true);
      });

      it('flags every ✗ example of its doc and none of the ✓ examples', async () => {
        const { registry, list } = examples(readFileSync(docPath, 'utf8'));
        for (const example of list) {
          const dir = mkdtempSync(path.join(tmpdir(), `port-lint-doc-${rule.id}-`));
          mkdirSync(path.join(dir, '.git'));
          const target = example.file ?? 'ports.yaml';
          mkdirSync(path.dirname(path.join(dir, target)), { recursive: true });
          writeFileSync(path.join(dir, target), example.code);
          if (target !== 'ports.yaml') writeFileSync(path.join(dir, 'ports.yaml'), registry ?? 'ports: {}\n');
          // Every rule runs (unused-suppression depends on the others); only this rule's findings count.
          const result = await scanFixture(dir);
          const hits = result.findings.filter((f) => f.ruleId === rule.id && f.file === target);
          const label = `${rule.id} ${example.section} example (${target}):\n${example.code}`;
          if (example.section === 'incorrect') expect(hits.length, label).toBeGreaterThan(0);
          else expect(hits.map((h) => h.message), label).toEqual([]);
        }
      });
    });
  }
});
