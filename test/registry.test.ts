// The registry: the seed's ports.yaml loads unchanged, extensions load, discovery finds the right file.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, findRepoRoot } from '../src/registry/find.js';
import { loadRegistry, parseSize } from '../src/registry/load.js';
import { loadSchema } from '../src/registry/schema.js';
import { REPO } from './helpers/run.js';

describe('loading ports.yaml', () => {
  it("loads the seed's registry exactly as the seed writes it", () => {
    const r = loadRegistry(path.join(REPO, 'fixtures/registry/seed-ports.yaml'), { root: REPO });
    expect(r.services.map((s) => [s.name, s.default, s.envVar, s.range])).toEqual([
      ['api', 8000, 'CONTIMG_API_PORT', [8000, 8009]],
      ['docs', 8001, 'CONTIMG_DOCS_PORT', [8001, 8001]],
      ['metrics', 8002, 'CONTIMG_METRICS_PORT', [8002, 8002]],
      ['frontend_dev', 5173, 'CONTIMG_FRONTEND_DEV_PORT', [5173, 5173]],
      ['dashboard', 3210, 'CONTIMG_DASHBOARD_PORT', [3210, 3220]],
      ['dashboard_docker', 3000, 'CONTIMG_DASHBOARD_DOCKER_PORT', [3000, 3000]],
      ['mcp_http', 3111, 'CONTIMG_MCP_HTTP_PORT', [3111, 3111]],
      ['mcp_ws', 9009, null, [9009, 9009]],
      ['chrome_debug', 9222, 'CONTIMG_CHROME_DEBUG_PORT', [9222, 9222]],
      ['redis', 6379, 'REDIS_PORT', [6379, 6379]],
    ]);
    expect(r.service('metrics')?.optional).toBe(true);
    expect(r.service('mcp_ws')?.immutable).toBe(true);
    expect(r.service('dashboard_docker')?.conflictCheck).toBe(true);
    expect(r.service('api')?.description).toBe('Backend FastAPI server');
    expect(r.conflictDetection).toEqual({ enabled: true, checkOnStartup: true, autoResolve: true, warnOnConflict: true });
    expect(r.reserved.map((x) => [x.port, x.service, x.note])).toEqual([
      [3000, 'Grafana (external)', 'Check before using dashboard_docker'],
      [8080, 'Pipeline (external Docker)', 'External service, not managed'],
    ]);
    expect(r.categories).toEqual([]);
  });

  it('loads the bundled example with the seed category of every service', () => {
    const r = loadRegistry(path.join(REPO, 'config/ports.yaml'), { root: REPO });
    expect(r.file).toBe('config/ports.yaml');
    expect(r.categories.map((c) => [c.name, c.range])).toEqual([
      ['core', [8000, 8099]],
      ['alternative', [8100, 8199]],
      ['dev_tools', [8200, 8299]],
      ['external', [9000, 9099]],
      ['frontend', [3000, 3099]],
      ['development', [5000, 5199]],
      ['optional', [6000, 6099]],
      ['dashboard', [3200, 3299]],
    ]);
    expect(Object.fromEntries(r.services.map((s) => [s.name, s.category]))).toEqual({
      api: 'core',
      docs: 'core',
      metrics: 'core',
      frontend_dev: 'development',
      dashboard: 'dashboard',
      dashboard_docker: 'dashboard',
      mcp_http: 'external',
      mcp_ws: 'external',
      chrome_debug: 'external',
      redis: 'optional',
    });
  });

  it('keeps the position of every value for findings', () => {
    const r = loadRegistry(path.join(REPO, 'config/ports.yaml'), { root: REPO });
    const api = r.service('api')!;
    expect(api.loc.default).toEqual({ start: { line: 12, column: 14 }, end: { line: 12, column: 18 } });
    expect(api.loc.range?.start).toEqual({ line: 15, column: 12 });
    expect(r.lineText(12)).toBe('default: 8000');
  });

  it('loads extensions: categories (inferred), environments, lint settings, BOM and CRLF', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-reg-'));
    const file = path.join(dir, 'ports.yaml');
    writeFileSync(
      file,
      '\uFEFF' +
        [
          'ports:',
          '  api:',
          '    default: 8000',
          '    service_command: uvicorn',
          '  web:',
          '    default: 5173',
          '    protocol: tcp',
          'categories:',
          '  core: { range: [8000, 8099], description: Core }',
          'environments:',
          '  production:',
          '    description: prod',
          '    ports:',
          '      api: { default: 8080, range: [8080, 8089] }',
          'lint:',
          '  include: ["src/**"]',
          '  exclude: ["**/*.test.ts"]',
          '  max_file_size: 2MiB',
          '  rules:',
          '    duplicate-port: warn',
          '    undocumented-port: [error, { allowPorts: [22] }]',
          '    reserved-port: 0',
          '',
        ].join('\r\n'),
    );
    const r = loadRegistry(file, { root: dir });
    expect(r.service('api')?.category).toBe('core');
    expect(r.service('api')?.categoryDeclared).toBe(false);
    expect(r.service('api')?.serviceCommand).toEqual(['uvicorn']);
    expect(r.service('web')?.category).toBeUndefined();
    expect(r.environments.production?.ports.api).toEqual({ default: 8080, range: [8080, 8089] });
    expect(r.lint.include).toEqual(['src/**']);
    expect(r.lint.exclude).toEqual(['**/*.test.ts']);
    expect(r.lint.maxFileSize).toBe(2 * 1024 * 1024);
    expect(r.lint.rules['duplicate-port']?.severity).toBe('warning');
    expect(r.lint.rules['undocumented-port']).toMatchObject({ severity: 'error', options: { allowPorts: [22] } });
    expect(r.lint.rules['reserved-port']?.severity).toBe('off');
    expect(r.service('api')?.loc.default?.start).toEqual({ line: 3, column: 14 });
  });

  it('reads sizes', () => {
    expect(parseSize('1MiB')).toBe(1048576);
    expect(parseSize('512KB')).toBe(512000);
    expect(parseSize(4096)).toBe(4096);
    expect(parseSize('lots')).toBeUndefined();
    expect(parseSize(0)).toBeUndefined();
  });
});

describe('the JSON Schema', () => {
  it('describes every key, so editors can complete and explain it', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties) {
        for (const [key, child] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (!child.description && !child.$ref) undocumented.push(`${at}.${key}`);
          walk(child, `${at}.${key}`);
        }
      }
      for (const k of ['additionalProperties', 'items', 'definitions']) {
        const child = n[k];
        if (k === 'definitions' && child) for (const [name, d] of Object.entries(child as object)) walk(d, `#${name}`);
        else if (Array.isArray(child)) child.forEach((c, i) => walk(c, `${at}[${i}]`));
        else walk(child, `${at}.${k}`);
      }
    };
    walk(loadSchema(), '');
    expect(undocumented).toEqual([]);
  });
});

describe('finding ports.yaml', () => {
  const make = (files: string[]): string => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-find-'));
    mkdirSync(path.join(dir, '.git'));
    for (const f of files) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), 'ports: {}\n');
    }
    return dir;
  };

  it('prefers ports.yaml, then config/ports.yaml, then .ports.yaml in one directory', () => {
    const dir = make(['ports.yaml', 'config/ports.yaml', '.ports.yaml']);
    expect(findConfig(dir)).toBe(path.join(dir, 'ports.yaml'));
    const dir2 = make(['config/ports.yaml', '.ports.yaml']);
    expect(findConfig(dir2)).toBe(path.join(dir2, 'config/ports.yaml'));
    const dir3 = make(['.ports.yaml']);
    expect(findConfig(dir3)).toBe(path.join(dir3, '.ports.yaml'));
  });

  it('searches from the working directory up to the repository root, nearest first', () => {
    const dir = make(['config/ports.yaml', 'services/api/ports.yaml', 'services/web/src/x']);
    expect(findConfig(path.join(dir, 'services/api'))).toBe(path.join(dir, 'services/api/ports.yaml'));
    expect(findConfig(path.join(dir, 'services/web/src'))).toBe(path.join(dir, 'config/ports.yaml'));
    expect(findRepoRoot(path.join(dir, 'services/web/src'))).toBe(dir);
  });

  it('does not look above the repository root', () => {
    const outer = make(['ports.yaml']);
    const inner = path.join(outer, 'vendor-repo');
    mkdirSync(path.join(inner, '.git'), { recursive: true });
    expect(findConfig(inner)).toBeUndefined();
  });
});

describe('the precompiled schema validator', () => {
  it('matches config/ports.schema.json (scripts/schema-validator.mjs --check)', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync(process.execPath, [path.join(REPO, 'scripts', 'schema-validator.mjs'), '--check'], { encoding: 'utf8' });
    expect(out).toContain('up to date');
  });
});
