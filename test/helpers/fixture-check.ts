// Compares a scan's findings with a fixture's annotations; returns the mismatches as readable lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../../src/types.js';
import { parseAnnotations, type Expectation } from './annotations.js';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full).map((f) => `${name}/${f}`));
    else out.push(name);
  }
  return out;
}

/** Every annotation in the fixture directory, keyed by root-relative POSIX path. */
export function fixtureExpectations(dir: string): Expectation[] {
  const out: Expectation[] = [];
  for (const rel of listFiles(dir)) {
    if (rel.endsWith('.expect')) continue;
    const full = path.join(dir, rel);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch {
      continue;
    }
    out.push(...parseAnnotations(rel, text, `${full}.expect`));
  }
  return out;
}

/**
 * Mismatches between findings and expectations for the rules under test:
 * a finding on a line without `ruleid`/`todook` for its rule, a `ruleid` without a finding,
 * ports differing from the annotation's, and a `todoruleid` that now matches (promote it).
 */
export function compareWithAnnotations(findings: Finding[], expectations: Expectation[], rules: Set<string>): string[] {
  const problems: string[] = [];
  const key = (file: string, line: number, rule: string) => `${file}:${line} ${rule}`;
  const byKey = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!rules.has(f.ruleId)) continue;
    const k = key(f.file, f.range.start.line, f.ruleId);
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const marks = new Map<string, Expectation[]>();
  for (const e of expectations) {
    if (!rules.has(e.rule)) continue;
    const k = key(e.file, e.line, e.rule);
    marks.set(k, [...(marks.get(k) ?? []), e]);
  }
  for (const [k, list] of byKey) {
    const m = marks.get(k) ?? [];
    const expected = m.find((e) => e.mark === 'ruleid');
    if (expected) {
      if (expected.ports.length > 0) {
        const got = [...new Set(list.map((f) => f.port))].sort((a, b) => (a ?? 0) - (b ?? 0));
        const want = [...new Set(expected.ports)].sort((a, b) => a - b);
        if (got.join(',') !== want.join(','))
          problems.push(`${k}: expected ports [${want.join(', ')}], found [${got.join(', ')}]: ${list.map((f) => f.message).join(' | ')}`);
      }
      continue;
    }
    if (m.some((e) => e.mark === 'todook')) continue;
    if (m.some((e) => e.mark === 'todoruleid')) {
      problems.push(`${k}: todoruleid now matches — change it to ruleid`);
      continue;
    }
    problems.push(`${k}: unexpected finding: ${list.map((f) => `${f.message} (port ${f.port ?? '-'})`).join(' | ')}`);
  }
  for (const [k, list] of marks) {
    if (list.some((e) => e.mark === 'ruleid') && !byKey.has(k)) problems.push(`${k}: expected a finding, got none`);
  }
  return problems.sort();
}
