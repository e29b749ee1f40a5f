// `port-lint init` on annotated fixture repositories: what it registers, reserves and only lists, that the
// proposal lints with no ports.yaml finding, and that it does not depend on the order files are read in.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAll } from '../src/engine.js';
import { isPlaceholderName, isTestPath } from '../src/init-evidence.js';
import { nameFromBinding, proposeRegistry, renderProposal, repositoryPrefix } from '../src/init-proposal.js';
import { loadRegistry, parseRegistry } from '../src/registry/load.js';
import { REPO, runCli } from './helpers/run.js';

const FIXTURES = ['fixtures/init/stack', 'fixtures/init/client', 'fixtures/init/image'];

interface Expectation {
  kind: 'service' | 'reserved' | 'seen' | 'note';
  args: string[];
  /** file:line of the line the annotation stands above, as init writes it. */
  at: string;
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesOf(p) : [p];
  });
}

/** `# init: service api 8000 SHOP_API_PORT` (or `// init: …`) above a line, in every file of the fixture. */
function expectations(fixture: string): Expectation[] {
  const out: Expectation[] = [];
  for (const file of filesOf(path.join(REPO, fixture))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const rel = path.relative(REPO, file).split(path.sep).join('/');
    lines.forEach((line, i) => {
      const m = /^\s*(?:#|\/\/) init: (service|reserved|seen|note) (.*)$/.exec(line);
      if (!m) return;
      let target = i + 1;
      while (/^\s*(?:#|\/\/) init: /.test(lines[target] ?? '')) target++;
      out.push({ kind: m[1] as Expectation['kind'], args: m[2]!.trim().split(/\s+/), at: `${rel}:${target + 1}` });
    });
  }
  return out;
}

/** The `# from:` and `# note:` comments above each service key of a proposal. */
function commentsByService(text: string): Map<string, { from: string[]; notes: string[] }> {
  const out = new Map<string, { from: string[]; notes: string[] }>();
  let from: string[] = [];
  let notes: string[] = [];
  for (const line of text.split('\n')) {
    const f = /^ {2}# from: (\S+)/.exec(line);
    const n = /^ {2}# note: (.*)$/.exec(line);
    const key = /^ {2}([A-Za-z_][\w.-]*):$/.exec(line);
    if (f) from.push(f[1]!);
    else if (n) notes.push(n[1]!);
    else if (key) {
      out.set(key[1]!, { from, notes });
      from = [];
      notes = [];
    }
  }
  return out;
}

/** `#   587: why — a.py:3, b.py:4` lines of the "seen but not registered" section. */
function seenLines(text: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of text.matchAll(/^# {3}(\d+): (.*)$/gm)) out.set(Number(m[1]), m[2]!);
  return out;
}

async function proposalFor(fixture: string): Promise<{ text: string; file: string }> {
  const run = await runCli(['init', fixture]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-init-'));
  const file = path.join(dir, 'ports.yaml');
  writeFileSync(file, run.stdout);
  return { text: run.stdout, file };
}

describe.each(FIXTURES)('init %s', (fixture) => {
  it('registers, reserves and lists exactly what the annotations say', async () => {
    const { text, file } = await proposalFor(fixture);
    const registry = loadRegistry(file, { root: REPO });
    const expected = expectations(fixture);
    const comments = commentsByService(text);
    const seen = seenLines(text);

    const services = expected.filter((e) => e.kind === 'service');
    expect(registry.services.map((s) => s.name).sort()).toEqual([...new Set(services.map((e) => e.args[0]))].sort());
    for (const e of services) {
      const [name, port, envVar] = e.args as [string, string, string];
      const s = registry.service(name)!;
      expect({ name, default: s.default, envVar: s.envVar }).toEqual({ name, default: Number(port), envVar: envVar === 'null' ? null : envVar });
      // Where it came from: the annotated line is among the service's `from:` places.
      expect(comments.get(name)!.from, `${name} from ${e.at}`).toContain(e.at);
      // No variable is invented: a service without one says why, for the maintainer to decide.
      const line = text.slice(text.indexOf(`  ${name}:\n`)).split('\n').find((l) => l.startsWith('    env_var: '))!;
      expect(line.startsWith(`    env_var: ${s.envVar ?? 'null'}`)).toBe(true);
      expect(line.includes('#')).toBe(s.envVar === null);
    }

    const reserved = expected.filter((e) => e.kind === 'reserved').map((e) => Number(e.args[0]));
    expect(registry.reserved.map((r) => r.port).sort((a, b) => a - b)).toEqual(reserved.sort((a, b) => a - b));

    const seenPorts = [...new Set(expected.filter((e) => e.kind === 'seen').map((e) => Number(e.args[0])))];
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(seenPorts.sort((a, b) => a - b));
    for (const e of expected.filter((x) => x.kind === 'seen')) expect(seen.get(Number(e.args[0])), `${e.args[0]} at ${e.at}`).toContain(e.at);

    for (const e of expected.filter((x) => x.kind === 'note')) {
      const notes = [...comments.values()].flatMap((c) => c.notes);
      expect(notes.some((n) => n.includes(` ${e.args[0]} at `) && n.includes(e.at)), `note on ${e.args[0]} at ${e.at}`).toBe(true);
    }

    // No placeholder names (a compose service's own name, generic or not, is the stack's word for it), no
    // shared default or variable (the registry rules check that too, below).
    for (const s of registry.services) expect(isPlaceholderName(s.name) && s.description !== `compose service ${s.name}`, s.name).toBe(false);
    const envVars = registry.services.map((s) => s.envVar).filter((v) => v !== null);
    expect(new Set(envVars).size).toBe(envVars.length);
    expect(new Set(registry.services.map((s) => s.default)).size).toBe(registry.services.length);
  });

  it('lints with no finding on the proposed ports.yaml itself', async () => {
    const { file } = await proposalFor(fixture);
    const lint = await runCli(['--config', file, '-f', 'json', fixture]);
    expect(lint.code).not.toBe(2);
    const results = JSON.parse(lint.stdout).results as { ruleId: string; file: string; message: string }[];
    expect(results.filter((r) => r.file.endsWith('ports.yaml'))).toEqual([]);
  });

  it('proposes the same file whatever the order occurrences arrive in', async () => {
    const root = path.join(REPO, fixture);
    const registry = parseRegistry('ports: {}\n', { displayPath: 'ports.yaml', absolutePath: path.join(root, 'ports.yaml'), root });
    const { occurrences, filesScanned } = await extractAll({ cwd: root, root, registry, paths: [] });
    const first = renderProposal(proposeRegistry(occurrences), filesScanned);
    // A fixed shuffle (a linear congruential generator), so a failure reproduces.
    let seed = 7;
    const shuffled = [...occurrences];
    for (let i = shuffled.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(renderProposal(proposeRegistry(shuffled), filesScanned)).toBe(first);
    expect(renderProposal(proposeRegistry([...occurrences].reverse()), filesScanned)).toBe(first);
    const again = await runCli(['init', '-j', '1', fixture]);
    const parallel = await runCli(['init', '-j', '2', fixture]);
    expect(parallel.stdout).toBe(again.stdout);
  });
});

describe('init evidence', () => {
  it('tells test files from code', () => {
    for (const f of ['tests/test_api.py', 'app/test_api.py', 'app/api_test.py', 'conftest.py', 'src/a.test.ts', 'src/a.spec.tsx', 'src/Page.stories.tsx', 'frontend/e2e/x.ts', 'docker-compose.test.yml', 'src/__tests__/x.js']) {
      expect(isTestPath(f), f).toBe(true);
    }
    for (const f of ['app/settings.py', 'src/testimonials.ts', 'latest/api.py', 'docker-compose.yml', 'compose.override.yaml', 'contest.py']) expect(isTestPath(f), f).toBe(false);
  });

  it('names from bindings without port words or the prefix, and rejects placeholders', () => {
    expect(nameFromBinding('CONTIMG_API_PORT', 'CONTIMG_')).toBe('api');
    expect(nameFromBinding('POSTGRES_HOST_PORT', '')).toBe('postgres');
    expect(nameFromBinding('OTEL_COLLECTOR_PORT_GRPC', '')).toBe('otel_collector_grpc');
    expect(nameFromBinding('metricsPort', '')).toBe('metrics');
    expect(nameFromBinding('PROSODY_S2S_PORT', '')).toBe('prosody_s2s');
    expect(nameFromBinding('http2Port', '')).toBe('http2');
    expect(nameFromBinding('--httpport', '')).toBe('http');
    expect(nameFromBinding('PAPERLESS_DBPORT', 'PAPERLESS_')).toBe('db');
    expect(nameFromBinding('--port', '')).toBe('');
    for (const n of ['p', 'p_2', 'service', 'service_2', 'host', 'port_8080', 'available', 'external_tool_ranges']) expect(isPlaceholderName(n), n).toBe(true);
    for (const n of ['api', 'app', 'postgres', 'hoppscotch_backend', 'otel_collector_grpc', 'db']) expect(isPlaceholderName(n), n).toBe(false);
  });

  it('takes a prefix only when most prefixed port variables share it', () => {
    expect(repositoryPrefix(['CONTIMG_API_PORT', 'CONTIMG_DOCS_PORT', 'CONTIMG_DASHBOARD_PORT', 'REDIS_PORT', 'API_PORT', 'ABSURD_DB_PORT'])).toBe('CONTIMG_');
    // Three FLAGD_ variables among many others are not a convention (`REDIS_P_PORT` came from one).
    expect(repositoryPrefix(['FLAGD_PORT', 'FLAGD_UI_PORT', 'FLAGD_OFREP_PORT', 'JAEGER_UI_PORT', 'JAEGER_GRPC_PORT', 'OTEL_COLLECTOR_PORT_GRPC', 'ENVOY_ADMIN_PORT', 'AD_PROMETHEUS_PORT'])).toBe('');
    expect(repositoryPrefix(['REDIS_HTTP_PORT', 'POSTGRES_PORT'])).toBe('');
  });
});
