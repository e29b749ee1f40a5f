// Fuzz campaign (a): the ports.yaml loader the CLI uses, on mutated registries, YAML-ish token text,
// registries built from random values and random bytes: a Registry or one-line file:line:col errors
// (exit 2), never another exception, a stack trace or a hang.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeKnownError } from '../../src/errors.js';
import { configureRules, lint } from '../../src/lint.js';
import { loadRegistry } from '../../src/registry/load.js';
import { RULES } from '../../src/rules.js';
import type { PortOccurrence } from '../../src/types.js';
import { runCli } from '../helpers/run.js';
import { Failure, openFindings, runCampaign, settings, testTimeout, type FuzzCase, type Target } from './campaign.js';
import { KNOWN_REGISTRY } from './known.js';
import { CI_SCALE, describeOps, LONG_SCALE, mutated, REGISTRY_TOKENS, seedRegistries, tokenText } from './inputs.js';
import { lineProblem } from './properties.js';

const s = settings(700);
const scale = s.long ? LONG_SCALE : CI_SCALE;
const registries = seedRegistries();
const donors = registries.map((r) => r.text);

/** Values a registry field may be given: right, wrong type, out of range, hostile strings. */
const value = fc.oneof(
  fc.integer({ min: -1, max: 70000 }),
  fc.constantFrom(0, 1, 8000, 65535, 65536, 1e21, 0.5, Number.MAX_SAFE_INTEGER, -0),
  fc.constantFrom('8000', 'CONTIMG_API_PORT', '', '__proto__', 'a\nb', 'x'.repeat(300), '${A:-8000}', '😀'),
  fc.boolean(),
  fc.constant(null),
  fc.tuple(fc.integer({ min: -5, max: 70000 }), fc.integer({ min: -5, max: 70000 })),
  fc.array(fc.integer({ min: 0, max: 70000 }), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('default', 'range', 'x'), fc.integer({ min: 0, max: 70000 }), { maxKeys: 2 }),
);
const serviceName = fc.oneof(fc.stringMatching(/^[a-z][a-z0-9_-]{0,10}$/), fc.constantFrom('__proto__', 'constructor', 'toString', 'a b', 'ä', '1', ''));
const service = fc.dictionary(
  fc.constantFrom('default', 'env_var', 'description', 'range', 'optional', 'immutable', 'conflict_check', 'category', 'protocol', 'service_command', 'unknown_key'),
  value,
  { maxKeys: 6 },
);
/** A registry as data, with the seed's keys and the extensions, some of them wrong. */
const structured = fc
  .record(
    {
      ports: fc.oneof(fc.dictionary(serviceName, fc.oneof(service, value), { maxKeys: 6 }), value),
      categories: fc.dictionary(serviceName, fc.record({ range: value, description: value }, { requiredKeys: [] }), { maxKeys: 3 }),
      reserved: fc.array(fc.record({ port: value, service: value, note: value }, { requiredKeys: [] }), { maxLength: 3 }),
      environments: fc.dictionary(serviceName, fc.dictionary(serviceName, fc.oneof(service, value), { maxKeys: 2 }), { maxKeys: 2 }),
      conflict_detection: fc.dictionary(fc.constantFrom('enabled', 'check_on_startup', 'x'), value, { maxKeys: 2 }),
      lint: fc.dictionary(fc.constantFrom('include', 'exclude', 'rules', 'max_file_size', 'x'), value, { maxKeys: 3 }),
    },
    { requiredKeys: [] },
  )
  .map((data) => stringify(data, { aliasDuplicateObjects: false }));

const target: Target = {
  name: 'registry',
  arbitrary: fc.oneof(
    { arbitrary: mutated(registries, donors, scale, REGISTRY_TOKENS).map((m): FuzzCase => ({ label: 'mutated', name: 'ports.yaml', data: m.text, origin: `${m.seed.origin} ${describeOps(m.ops)}` })), weight: 10 },
    { arbitrary: structured.map((t): FuzzCase => ({ label: 'structured', name: 'ports.yaml', data: t, origin: 'random registry data' })), weight: 4 },
    { arbitrary: tokenText(scale, REGISTRY_TOKENS).map((t): FuzzCase => ({ label: 'token-text', name: 'ports.yaml', data: t, origin: 'YAML-ish token text' })), weight: 4 },
    { arbitrary: fc.uint8Array({ maxLength: 4096 }).map((b): FuzzCase => ({ label: 'bytes', name: 'ports.yaml', data: b, origin: 'random bytes' })), weight: 2 },
  ),
  check: checkRegistry,
  known: KNOWN_REGISTRY,
};

const work = mkdtempSync(path.join(tmpdir(), 'port-lint-fuzz-registry-'));
/** A small tree for the end-to-end run: one file with ports in each of a few languages. */
const tree = path.join(work, 'tree');
mkdirSync(tree);
writeFileSync(path.join(tree, 'app.py'), 'import os\nPORT = 8000\nuvicorn.run(app, port=8080)\n');
writeFileSync(path.join(tree, 'docker-compose.yml'), 'services:\n  api:\n    ports:\n      - "8000:8000"\n      - "${API_PORT:-9000}:9000"\n');
writeFileSync(path.join(tree, 'run.sh'), '#!/bin/sh\nexec uvicorn app:app --port 8001\n');
const OCCURRENCES: PortOccurrence[] = [8000, 8001, 22, 65535].map((port, i) => ({
  file: 'app.py',
  language: 'python',
  range: { start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 5 } },
  port,
  text: String(port),
  kind: 'constant',
  name: 'PORT',
  comment: false,
  snippet: `PORT = ${port}`,
}));

let counter = 0;

async function checkRegistry(input: FuzzCase): Promise<void> {
  const dir = path.join(work, String(counter++ % 64));
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'ports.yaml');
  writeFileSync(file, input.data);
  const lines = (typeof input.data === 'string' ? input.data : Buffer.from(input.data).toString('utf8')).split(/\r\n|\r|\n/).length;
  // A Node warning goes to stderr around the CLI's own messages ("Keys with collection values will be stringified").
  const warnings: string[] = [];
  const onWarning = (w: Error): void => void warnings.push(w.message);
  process.on('warning', onWarning);
  try {
    await checkLoad(file, dir, lines);
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
  } finally {
    process.off('warning', onWarning);
  }
  if (warnings.length > 0) throw new Failure(`Node warning on stderr: ${warnings[0]!.replace(/"[^"]*"/g, 'N').slice(0, 60)}`, warnings.join('\n'));
}

async function checkLoad(file: string, dir: string, lines: number): Promise<void> {
  let loaded = false;
  try {
    const registry = loadRegistry(file, { displayPath: 'ports.yaml', root: dir });
    // A registry that loads must be usable: every rule configures (or its lint.rules entry is a
    // ConfigError, as the CLI reports it) and runs on a few occurrences.
    const rules = configureRules(RULES, registry, {});
    loaded = true;
    lint({ registry, occurrences: OCCURRENCES, rules });
  } catch (err) {
    const e = err as Error;
    const known = loaded ? undefined : describeKnownError(err);
    if (!known) {
      const frame = /\/((?:src|rules)\/[^:)]+)/.exec((e.stack ?? '').split('\n').slice(1).find((l) => /\/(?:src|rules)\//.test(l)) ?? '')?.[1] ?? '?';
      // the message (numbers and quoted values blurred) tells apart two bugs that throw from one place
      const gist = e.message.split('\n')[0]!.replace(/"[^"]*"|'[^']*'|\d+/g, 'N').slice(0, 60);
      throw new Failure(`${loaded ? 'loaded registry breaks the rules' : 'not a ConfigError'}: ${e.name}: ${gist} @ ${frame}`, `${e.name}: ${e.message.slice(0, 500)}\n${e.stack ?? ''}`);
    }
    for (const line of known) {
      const problem = lineProblem(line, lines);
      if (problem) throw new Failure(`config error message ${problem.replace(/\d+/g, 'N')}`, `${problem}: ${JSON.stringify(line.slice(0, 300))}`);
    }
  }
  // The whole CLI path: exit 0/1 with a registry, exit 2 with only the error lines on stderr.
  const run = await runCli(['--config', file, '-j', '1', '-f', 'json', tree], work);
  const stderr = run.stderr.split('\n').filter((l) => l !== '');
  if (run.code === 2) {
    if (stderr.length === 0) throw new Failure('exit 2 without a message', run.stdout.slice(0, 300));
    for (const line of stderr) {
      if (line.startsWith('port-lint: internal error')) throw new Failure(`CLI internal error: ${line.slice(0, 80).replace(/\d+/g, 'N')}`, stderr.join('\n'));
      // the CLI names the file relative to its cwd (`<n>/ports.yaml:…`), or to the scan root for lint.rules (`../<n>/ports.yaml:…`)
      const problem = lineProblem(line.replace(/^(?:\.\.\/)?\d+\/ports\.yaml:/, 'ports.yaml:'), lines);
      if (problem) throw new Failure(`CLI error line ${problem.replace(/\d+/g, 'N')}`, `${problem}: ${JSON.stringify(line.slice(0, 300))}`);
    }
  } else if (run.code !== 0 && run.code !== 1) {
    throw new Failure(`CLI exit ${run.code}`, run.stderr.slice(0, 500));
  }
}

describe('fuzz: ports.yaml loader', () => {
  it(
    `gives a registry or file:line:col config errors, never a crash (${s.long ? `${s.seconds} s` : `${s.runs} seeded inputs`})`,
    async () => {
      const report = await runCampaign(target, s);
      expect(report.inputs).toBeGreaterThanOrEqual(s.long ? 1 : s.runs!);
      expect(openFindings(report, s)).toEqual([]);
    },
    testTimeout(s),
  );
});
