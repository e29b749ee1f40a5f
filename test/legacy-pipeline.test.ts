// The end-to-end fixture: the README's main job on fixtures/legacy-pipeline (a DSA-110-like repository
// before migration) against the bundled config/ports.yaml. Every finding is pinned; serial, parallel
// and cached scans must print the same bytes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { REPO, runCli } from './helpers/run.js';

const MAIN_JOB = ['--config', 'config/ports.yaml', 'fixtures/legacy-pipeline'];

describe('fixtures/legacy-pipeline', () => {
  it('gives the pinned findings', async () => {
    const run = await runCli([...MAIN_JOB, '-f', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const results = JSON.parse(run.stdout).results as { ruleId: string; file: string; line: number; column: number; message: string }[];
    const lines = results.map((r) => `${r.file}:${r.line}:${r.column} ${r.ruleId}: ${r.message}`).join('\n');
    await expect(`${lines}\n`).toMatchFileSnapshot('golden/legacy-pipeline.txt');
  });

  it('prints schema-valid SARIF', async () => {
    const run = await runCli([...MAIN_JOB, '-f', 'sarif']);
    const log = JSON.parse(run.stdout);
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0].results.length).toBeGreaterThan(20);
  });

  it('prints the same bytes twice, serially, in parallel and from a cold and a warm cache', async () => {
    const serial = await runCli([...MAIN_JOB, '-f', 'sarif', '--jobs', '1']);
    const again = await runCli([...MAIN_JOB, '-f', 'sarif', '--jobs', '1']);
    expect(again.stdout).toBe(serial.stdout);
    const parallel = await runCli([...MAIN_JOB, '-f', 'sarif', '--jobs', '2']);
    expect(parallel.stdout).toBe(serial.stdout);
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'port-lint-cache-')), 'cache.json');
    const cold = await runCli([...MAIN_JOB, '-f', 'sarif', '--cache-location', cache]);
    expect(cold.stdout).toBe(serial.stdout);
    const warm = await runCli([...MAIN_JOB, '-f', 'sarif', '--cache-location', cache, '--jobs', '2']);
    expect(warm.stdout).toBe(serial.stdout);
    expect(JSON.parse(readFileSync(cache, 'utf8')).tool).toBe('port-lint');
  });
});

describe('extraction fixtures, serial vs parallel vs cached', () => {
  it('gives byte-identical JSON over every fixture', async () => {
    const args = ['--config', 'config/ports.yaml', 'fixtures', '-f', 'json'];
    const serial = await runCli([...args, '--jobs', '1']);
    expect(JSON.parse(serial.stdout).results.length).toBeGreaterThan(200);
    const parallel = await runCli([...args, '--jobs', '2']);
    expect(parallel.stdout).toBe(serial.stdout);
    const cache = path.join(mkdtempSync(path.join(tmpdir(), 'port-lint-cache-')), 'c');
    expect((await runCli([...args, '--cache-location', cache])).stdout).toBe(serial.stdout);
    expect((await runCli([...args, '--cache-location', cache])).stdout).toBe(serial.stdout);
    // Four scans of every fixture, held-out sets included (round 7 holds whole files of real repositories):
    // 25 s on a loaded 2-core machine, too close to the default 30 s.
  }, 120_000);
});
