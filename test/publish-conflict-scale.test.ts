// publish-conflict on large compose projects (reliability attack H1): the same findings as the pairwise
// definition, on inputs where a pairwise search would not finish (its timing is measured in bench/).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { parseRegistry } from '../src/registry/load.js';
import { RULES_BY_ID } from '../src/rules.js';
import type { Finding, PortOccurrence } from '../src/types.js';

const parse = (yaml: string) => parseRegistry(yaml, { displayPath: 'ports.yaml', absolutePath: '/repo/ports.yaml', root: '/repo' });
const registry = parse('ports: {}\n');
const rules = [{ rule: RULES_BY_ID.get('publish-conflict')!, severity: 'error' as const, options: {} }];

function publish(file: string, line: number, service: string, port: number, extra: Partial<PortOccurrence> = {}): PortOccurrence {
  return {
    file,
    language: 'compose',
    range: { start: { line, column: 9 }, end: { line, column: 14 } },
    port,
    text: String(port),
    kind: 'publish-host',
    service,
    comment: false,
    snippet: `- "${port}:80"`,
    ...extra,
  };
}

/** "port (where) and" of a finding: which earlier publication it clashes with. */
function clashWith(f: Finding): string {
  return /published by compose services (\S+) \((\S+)\) and/.exec(f.message)!.slice(1).join(' ');
}

/**
 * The rule's definition, pairwise (no profiles here): deployments are each directory's base files with
 * their override, every other file alone, then the compose sets; a publication is reported with the
 * first earlier one that clashes in the first deployment where one does.
 */
function pairwise(occurrences: PortOccurrence[], sets: string[][] = []): Map<string, string> {
  const rank = (f: string) => (/^(?:docker-)?compose\.ya?ml$/.test(path.posix.basename(f)) ? 0 : /^(?:docker-)?compose\.override\.ya?ml$/.test(path.posix.basename(f)) ? 1 : 2);
  const wild = new Set(['', '0.0.0.0', '::', '[::]', '*']);
  const byFile = new Map<string, PortOccurrence[]>();
  for (const o of occurrences) byFile.set(o.file, [...(byFile.get(o.file) ?? []), o]);
  const files = [...byFile.keys()].sort();
  const deployments: string[][] = [];
  for (const dir of [...new Set(files.map((f) => path.posix.dirname(f)))]) {
    const here = files.filter((f) => path.posix.dirname(f) === dir);
    const base = here.filter((f) => rank(f) === 0);
    if (base.length > 0) deployments.push([...base, ...here.filter((f) => rank(f) === 1)]);
    for (const f of here) if (rank(f) === 2 || (base.length === 0 && rank(f) === 1)) deployments.push([f]);
  }
  deployments.push(...sets);
  const out = new Map<string, string>();
  for (const deployment of deployments) {
    const list = deployment.flatMap((f) => [...(byFile.get(f) ?? [])].sort((a, b) => a.range.start.line - b.range.start.line));
    list.forEach((o, i) => {
      const key = `${o.file}:${o.range.start.line}`;
      if (out.has(key)) return;
      const other = list.slice(0, i).find(
        (p) =>
          p.service !== o.service &&
          (p.protocol ?? 'tcp') === (o.protocol ?? 'tcp') &&
          (wild.has(p.hostIp ?? '') || wild.has(o.hostIp ?? '') || p.hostIp === o.hostIp) &&
          p.port! <= (o.portEnd ?? o.port!) &&
          o.port! <= (p.portEnd ?? p.port!),
      );
      if (other) out.set(key, `${other.service} ${other.file}:${other.range.start.line}`);
    });
  }
  return out;
}

describe('publish-conflict at scale', () => {
  it('finds, for every publication, the same earlier clash as the pairwise definition', () => {
    // Seeded, so a failure reproduces: few ports, services, addresses and protocols, some ranges, so
    // that clashes, near-misses and ties are common.
    let seed = 11;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const files = ['a/compose.yaml', 'a/compose.override.yaml', 'a/compose.dev.yaml', 'a/docker-compose.yml', 'b/compose.yaml', 'b/other.yml'];
    const ips = [undefined, '0.0.0.0', '127.0.0.1', '::1', '[::]', '10.0.0.1'];
    const occurrences: PortOccurrence[] = [];
    const lines = new Map<string, number>();
    for (let k = 0; k < 4000; k++) {
      const file = files[rand(files.length)]!;
      const line = (lines.get(file) ?? 0) + 1;
      lines.set(file, line);
      const port = 8000 + rand(40);
      const extra: Partial<PortOccurrence> = {};
      const ip = ips[rand(ips.length)];
      if (ip !== undefined) extra.hostIp = ip;
      if (rand(5) === 0) extra.protocol = 'udp';
      if (rand(15) === 0) extra.portEnd = port + rand(6);
      occurrences.push(publish(file, line, `s${rand(30)}`, port, extra));
    }
    for (const sets of [[], [['a/compose.dev.yaml', 'b/other.yml'], ['b/compose.yaml', 'a/compose.yaml']]]) {
      const yaml = `ports: {}\nlint:\n  compose_sets:\n${sets.map((s, i) => `    s${i}: [${s.join(', ')}]\n`).join('')}`;
      const findings = lint({ registry: sets.length > 0 ? parse(yaml) : registry, occurrences, rules });
      const got = new Map(findings.map((f) => [`${f.file}:${f.range.start.line}`, clashWith(f)]));
      const expected = pairwise(occurrences, sets);
      expect(expected.size).toBeGreaterThan(1000);
      expect(got).toEqual(expected);
    }
  });

  it('reports 63,000 clashes among four compose files of 21,000 services each that a compose set runs together', () => {
    const files = ['docker-compose.yml', 'docker-compose.override.yml', 'docker-compose.dev.yml', 'docker-compose.prod.yml'];
    const occurrences = files.flatMap((file, f) => Array.from({ length: 21_000 }, (_, j) => publish(file, 3 * j + 3, `f${f}s${j}`, 10_000 + j)));
    const all = parse(`ports: {}\nlint:\n  compose_sets:\n    all: [${files.join(', ')}]\n`);
    const findings = lint({ registry: all, occurrences, rules });
    expect(findings).toHaveLength(63_000);
    for (const finding of findings) {
      const j = (finding.range.start.line - 3) / 3;
      expect(clashWith(finding)).toBe(`f0s${j} docker-compose.yml:${3 * j + 3}`);
      expect(finding.severity).toBe('error');
    }
    // Without the set, the dev and prod files are alternatives: only the override clashes with the base.
    const alone = lint({ registry, occurrences, rules });
    expect(alone).toHaveLength(21_000);
    expect(new Set(alone.map((f) => f.file))).toEqual(new Set(['docker-compose.override.yml']));
  });
});
