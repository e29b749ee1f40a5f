// Issue 11, fault isolation end to end: a file that kills its extraction worker (or whose extraction throws
// in this thread) is one notice in every output format — SARIF as a tool execution notification — and the
// scan reports every other file and exits by its findings.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from './helpers/sarif-schema.js';
import { runCli } from './helpers/run.js';

const CULPRIT = 's040-culprit.sh';

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fault-'));
  writeFileSync(path.join(dir, 'ports.yaml'), 'ports: {}\n');
  for (let i = 0; i < 80; i++) {
    const file = i === 40 ? CULPRIT : `s${String(i).padStart(3, '0')}.sh`;
    writeFileSync(path.join(dir, file), `ssh -p ${2000 + i} host\n`);
  }
  return dir;
}

afterEach(() => {
  delete process.env.PORT_LINT_TEST_CRASH_ON;
  delete process.env.PORT_LINT_TEST_CRASH_MODE;
});

describe('a file whose extraction dies', () => {
  it('is one notice in every format, and every other file is reported, with or without workers', async () => {
    const dir = repo();
    const cleanRun = await runCli(['-j', '1', '-f', 'json', '.'], dir);
    const clean = JSON.parse(cleanRun.stdout);
    expect(clean.results).toHaveLength(80);
    // undocumented-port warns: the exit code is that of the findings, with or without the culprit.
    expect(cleanRun.code).toBe(0);

    process.env.PORT_LINT_TEST_CRASH_ON = '-culprit';
    const runs: [string, string][] = [
      ['exit', '2'],
      ['oom', '4'],
      ['throw', '1'],
    ];
    for (const [mode, jobs] of runs) {
      process.env.PORT_LINT_TEST_CRASH_MODE = mode;
      const json = await runCli(['-j', jobs, '-f', 'json', '.'], dir);
      expect(json.stderr).toBe('');
      expect(json.code).toBe(0);
      const doc = JSON.parse(json.stdout);
      // Every finding of the clean run but the culprit's.
      expect(doc.results).toEqual(clean.results.filter((r: { file: string }) => r.file !== CULPRIT));
      const notices = doc.notices.filter((n: { file?: string }) => n.file === CULPRIT);
      expect(notices).toHaveLength(1);
      expect(notices[0].message).toMatch(mode === 'oom' ? /^skipped: extraction ran out of memory \(\d+ bytes\)$/ : /^skipped: extraction crashed \(.+\)$/);
      const message: string = notices[0].message;

      const sarif = await runCli(['-j', jobs, '-f', 'sarif', '.'], dir);
      expect(sarif.code).toBe(0);
      const log = JSON.parse(sarif.stdout);
      expect(sarifSchemaErrors(log)).toEqual([]);
      expect(log.runs[0].results).toHaveLength(79);
      expect(log.runs[0].invocations[0].toolExecutionNotifications).toContainEqual({
        level: 'error',
        message: { text: message },
        locations: [{ physicalLocation: { artifactLocation: { uri: CULPRIT, uriBaseId: '%SRCROOT%' } } }],
      });

      if (mode !== 'exit') continue;
      for (const format of ['stylish', 'markdown', 'github']) {
        const out = await runCli(['-j', jobs, '-f', format, '.'], dir);
        expect(out.code, format).toBe(0);
        expect(out.stdout, format).toContain(CULPRIT);
        expect(out.stdout, format).toContain(message);
      }
      const github = await runCli(['-j', jobs, '-f', 'github', '.'], dir);
      expect(github.stdout).toContain(`::error file=${CULPRIT},title=port-lint::${message}\n`);
    }
  }, 180_000);
});
