// `port-lint get`: only the number on stdout, warnings on stderr, every error one line with exit 2.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run.js';
import { heldWithFreeNeighbour, hold, ownProcessName, tempRepo } from './sockets.js';

describe('port-lint get', () => {
  it('prints the number and a newline, nothing else', async () => {
    expect(await runCli(['get', 'api'])).toEqual({ code: 0, stdout: '8000\n', stderr: '' });
    expect(await runCli(['get', 'dashboard'], undefined, { CONTIMG_DASHBOARD_PORT: '3217' })).toEqual({ code: 0, stdout: '3217\n', stderr: '' });
    expect(await runCli(['get', 'mcp_ws', '--config', 'config/ports.yaml'])).toEqual({ code: 0, stdout: '9009\n', stderr: '' });
  });

  it.each([
    [['get', 'apu'], {}, 'unknown service "apu" (did you mean "api"?); ports.yaml declares: api, docs, metrics, frontend_dev, dashboard, dashboard_docker, mcp_http, mcp_ws, chrome_debug, redis'],
    [['get', 'api'], { CONTIMG_API_PORT: 'eighty' }, 'CONTIMG_API_PORT="eighty" is not a port number; api takes an integer in 8000-8009'],
    [['get', 'api'], { CONTIMG_API_PORT: '8080' }, 'CONTIMG_API_PORT=8080 is outside the range of api (8000-8009)'],
    [['get', 'api', '--env', 'production'], {}, '--env: unknown environment "production": config/ports.yaml declares no environments'],
    [['get', 'api', '--config', 'nope.yaml'], {}, 'nope.yaml:1:1: (file): file not found'],
  ])('%j fails with one line and exit 2', async (args, env, line) => {
    expect(await runCli(args, undefined, env)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('needs a service name', async () => {
    const run = await runCli(['get']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: missing required argument 'service'\n");
  });

  it('says where it looked when there is no ports.yaml', async () => {
    const dir = tempRepo('ports: {}\n');
    rmSync(path.join(dir, 'ports.yaml'));
    const run = await runCli(['get', 'api'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^no ports\.yaml found: looked for ports\.yaml, config\/ports\.yaml, \.ports\.yaml in .*\n$/);
  });

  it('is one line with exit 2 for an invalid ports.yaml', async () => {
    const dir = tempRepo('ports:\n  api: { default: 70000 }\n');
    const run = await runCli(['get', 'api'], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('ports.yaml:2:19: ports.api.default: port 70000 is out of range; a port is 1-65535\n');
  });

  describe('--check', () => {
    it('prints a free port as it is', async () => {
      const gone = await hold('tcp', '127.0.0.1');
      await gone.close();
      const dir = tempRepo(`ports:\n  svc: { default: ${gone.port} }\n`);
      expect(await runCli(['get', 'svc', '--check'], dir)).toEqual({ code: 0, stdout: `${gone.port}\n`, stderr: '' });
    });

    it('moves off a taken port within the range and says so on stderr', async () => {
      const held = await heldWithFreeNeighbour('tcp', '0.0.0.0');
      try {
        const p = held.port;
        const dir = tempRepo(`ports:\n  svc: { default: ${p}, range: [${p}, ${p + 1}] }\nconflict_detection: { auto_resolve: true }\n`);
        expect(await runCli(['get', 'svc', '--check'], dir)).toEqual({
          code: 0,
          stdout: `${p + 1}\n`,
          stderr: `port-lint: svc: port ${p} is in use (tcp 0.0.0.0:${p}, pid ${process.pid} ${ownProcessName()}); using ${p + 1} from its range ${p}-${p + 1}\n`,
        });
        // Without --check nothing is looked at.
        expect(await runCli(['get', 'svc'], dir)).toEqual({ code: 0, stdout: `${p}\n`, stderr: '' });
      } finally {
        await held.close();
      }
    });

    it('fails with one line when the port is taken and may not move', async () => {
      const held = await hold('udp', '127.0.0.1');
      try {
        const p = held.port;
        const dir = tempRepo(`ports:\n  svc: { default: ${p}, protocol: udp }\n`);
        expect(await runCli(['get', 'svc', '--check'], dir)).toEqual({
          code: 2,
          stdout: '',
          stderr: `port ${p} of svc is in use (udp 127.0.0.1:${p}, pid ${process.pid} ${ownProcessName()}); conflict_detection.auto_resolve is off, so it does not move\n`,
        });
      } finally {
        await held.close();
      }
    });
  });
});
