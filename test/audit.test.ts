// `port-lint audit` (the inventory report) and `port-lint init` (a proposed ports.yaml).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../src/registry/load.js';
import { runCli } from './helpers/run.js';

describe('audit', () => {
  it('lists every port of the legacy pipeline with its uses and what the registry says', async () => {
    const run = await runCli(['audit', '--config', 'config/ports.yaml', 'fixtures/legacy-pipeline', '-f', 'json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { ports: { port: number; registered?: string; reserved?: string; uses: unknown[]; publishedBy: string[] }[] };
    expect(out.ports.map((p) => p.port)).toEqual([3000, 3111, 3210, 3211, 3220, 5173, 5174, 6379, 8000, 8001, 8002, 8003, 9009, 9010, 9090, 9222, 9223]);
    const p3000 = out.ports.find((p) => p.port === 3000)!;
    expect(p3000).toMatchObject({ registered: 'dashboard_docker', reserved: 'Grafana (external)', publishedBy: ['dashboard', 'grafana'] });
    expect(out.ports.find((p) => p.port === 5174)!.registered).toBeUndefined();
  });

  it('prints a markdown table with a conflicts section', async () => {
    const run = await runCli(['audit', '--config', 'config/ports.yaml', 'fixtures/legacy-pipeline']);
    expect(run.stdout).toMatch(/^# Port audit\n\n17 ports in \d+ places, in 15 scanned files\.\n/);
    expect(run.stdout).toContain('| 5174 | — | 1 |');
    expect(run.stdout).toContain('- 3000: reserved for Grafana (external), and bound here');
    expect(run.stdout).toContain('- 3000: published on the host by compose services dashboard, grafana');
  });
});

describe('init', () => {
  it('proposes a ports.yaml that loads, one service per port variable and per published port', async () => {
    const run = await runCli(['init', 'fixtures/legacy-pipeline']);
    expect(run.code).toBe(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-init-'));
    writeFileSync(path.join(dir, 'ports.yaml'), run.stdout);
    const registry = loadRegistry(path.join(dir, 'ports.yaml'), { root: dir });
    const byName = Object.fromEntries(registry.services.map((s) => [s.name, [s.default, s.envVar]]));
    expect(byName).toMatchObject({
      api: [8000, 'CONTIMG_API_PORT'],
      docs: [8001, 'CONTIMG_DOCS_PORT'],
      dashboard: [3210, 'CONTIMG_DASHBOARD_PORT'],
      dashboard_docker: [3000, 'CONTIMG_DASHBOARD_DOCKER_PORT'],
      redis: [6379, 'REDIS_PORT'],
      // Published as a literal and read from no variable: init invents none.
      dashboard_dev: [5174, null],
      health: [8003, 'CONTIMG_HEALTH_PORT'],
    });
    expect(Object.keys(byName)).not.toContain('port_3220');
  });

  it('writes -o, and never over an existing file without --force', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-init-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'app.js'), 'app.listen(4100);\nconst METRICS_PORT = 9100;\n');
    const first = await runCli(['init', '-o', 'ports.yaml'], dir);
    // listen(4100) has no name in the code: listed as seen, not registered as a placeholder `port_4100`.
    expect(first.stderr).toBe('port-lint: wrote ports.yaml with 1 service, 0 reserved ports and 1 port seen but not registered\n');
    expect(readFileSync(path.join(dir, 'ports.yaml'), 'utf8')).toContain('#   4100: no name for it in the code — app.js:1\n');
    expect(readFileSync(path.join(dir, 'ports.yaml'), 'utf8')).toContain('  metrics:\n    default: 9100\n');
    const again = await runCli(['init', '-o', 'ports.yaml'], dir);
    expect(again.stderr).toBe('init: ports.yaml exists; pass --force to overwrite it\n');
    expect(again.code).toBe(2);
    expect((await runCli(['init', '-o', 'ports.yaml', '--force'], dir)).code).toBe(0);
    // The registered constant is hardcoded; the unnamed listen port is still undocumented, for a person to name.
    const lint = await runCli(['-f', 'json'], dir);
    expect(JSON.parse(lint.stdout).results.map((r: { ruleId: string; line: number }) => `${r.ruleId}:${r.line}`)).toEqual(['undocumented-port:1', 'hardcoded-port:2']);
  });
});
