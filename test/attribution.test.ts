// Attribution (issue 12, item 1): whose port a literal is, and the evidence each finding carries.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDataFile, isLocalHost, isOtherMachineIp, isTestFile } from '../src/attribution.js';
import { runCli } from './helpers/run.js';

describe('host, file and data predicates', () => {
  it('knows this machine from another one', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '0.0.0.0', '::1', '[::1]', '::', 'host.docker.internal', 'app.localhost']) expect(isLocalHost(h), h).toBe(true);
    for (const h of ['10.0.1.5', '192.168.0.24', 'redis', 'api.example.com', 'localhost.example.com']) expect(isLocalHost(h), h).toBe(false);
    for (const h of ['10.0.1.5', '192.168.0.24', '8.8.8.8', 'fe80::1']) expect(isOtherMachineIp(h), h).toBe(true);
    for (const h of ['127.0.0.1', '::1', 'redis', 'api.internal']) expect(isOtherMachineIp(h), h).toBe(false);
  });

  it('knows test files and data files', () => {
    for (const f of ['tests/test_api.py', 'src/__tests__/a.ts', 'pkg/x.spec.ts', 'a/b.test.js', 'conftest.py', 'e2e/run.ts', 'tests/fixtures/x.json', 'web/src/__e2e__/api.ts', 'src/a.servertest.ts', 'src/b.clienttest.tsx', 'src/c.integrationtest.ts', 'scripts/setup.test.sh']) expect(isTestFile(f), f).toBe(true);
    for (const f of ['src/testing_utils_x.py', 'src/contest.py', 'src/latest/app.ts', 'attest.ts', 'fixtures/legacy-pipeline/src/app.py', 'src/contest.ts', 'src/a.latest.ts']) expect(isTestFile(f), f).toBe(false);
    expect(isDataFile('reports/run-2024.json', 'json')).toBe(true);
    expect(isDataFile('tsconfig.base.json', 'json')).toBe(false);
    expect(isDataFile('.devcontainer/devcontainer.json', 'json')).toBe(false);
    expect(isDataFile('tests/cassettes/a.yaml', 'yaml')).toBe(true);
    expect(isDataFile('k8s/deploy.yaml', 'yaml')).toBe(false);
  });
});

describe('findings carry their evidence', () => {
  it('in JSON and SARIF', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-evidence-'));
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n');
    // API_PORT moves the container's port too (passed in, both sides of the mapping), so a URL on the stack's
    // network to api:8000 is a copy of it.
    writeFileSync(path.join(dir, 'docker-compose.yml'), 'services:\n  api:\n    ports: ["${API_PORT:-8000}:${API_PORT:-8000}"]\n    environment: ["API_PORT=${API_PORT:-8000}"]\n');
    writeFileSync(path.join(dir, 'worker.py'), 'API_URL = "http://api:8000/jobs"\n');
    writeFileSync(path.join(dir, 'client.js'), "const API = 'http://localhost:8000';\n");
    const json = JSON.parse((await runCli(['-f', 'json'], dir)).stdout);
    const evidence = json.results.map((r: { file: string; evidence: unknown }) => [r.file, r.evidence]);
    expect(evidence).toEqual([
      ['client.js', [{ kind: 'local-host', detail: 'localhost' }]],
      ['worker.py', [{ kind: 'service-host', detail: 'api' }]],
    ]);
    const sarif = JSON.parse((await runCli(['-f', 'sarif'], dir)).stdout);
    expect(sarif.runs[0].results.map((r: { properties: { evidence: unknown } }) => r.properties.evidence)).toEqual(evidence.map((e: unknown[]) => e[1]));
  });
});

describe('several services on one port', () => {
  it('goes to the one the evidence names best: the compose service that reads its variable lends its name', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-evidence-'));
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  web: { default: 8090, env_var: WEB_PORT }\n  proxy: { default: 8090, env_var: PROXY_PORT }\n');
    writeFileSync(path.join(dir, 'docker-compose.yml'), 'services:\n  web-proxy:\n    ports: ["${PROXY_PORT:-8090}:8090"]\n');
    writeFileSync(path.join(dir, 'mobile.env'), 'EXPO_PUBLIC_WEB_PROXY_PORT=8090\nWEB_URL=http://localhost:8090\n');
    const json = JSON.parse((await runCli(['-f', 'json', '--rule', 'duplicate-port=off'], dir)).stdout);
    expect(json.results.map((r: { line: number; service: string }) => [r.line, r.service])).toEqual([
      [1, 'proxy'],
      [2, 'web'],
    ]);
  });
});

describe('audit says whose port each use is', () => {
  it('with the evidence, or why a use of a registered number is not the service', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-evidence-'));
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  api: { default: 8000, env_var: API_PORT }\n');
    writeFileSync(path.join(dir, 'app.py'), 'API_PORT = 8000\nUPSTREAM = "http://10.0.0.5:8000"\n');
    const audit = JSON.parse((await runCli(['audit', '-f', 'json'], dir)).stdout);
    const uses = audit.ports.find((p: { port: number }) => p.port === 8000).uses;
    expect(uses.map((u: { line: number; attributed?: unknown; unattributed?: string }) => [u.line, u.attributed ?? u.unattributed])).toEqual([
      [1, { service: 'api', evidence: 'name API_PORT' }],
      [2, '10.0.0.5 is another machine'],
    ]);
  });
});
