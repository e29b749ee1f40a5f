// `port-lint check` on real sockets: every registered, reserved and in-range port, PID and process, exit 1 for intruders.
import { describe, expect, it } from 'vitest';
import { parseRegistry } from '../../src/registry/load.js';
import { runCheck, type CheckReport, type CheckRow } from '../../src/runtime/check.js';
import { systemProbe, type PortProbe } from '../../src/runtime/listeners.js';
import { runCli } from '../helpers/run.js';
import { hasIpv6Loopback, heldWithFreeNeighbour, hold, methodText, ownProcessName, tempRepo, type Held } from './sockets.js';

const ipv6 = await hasIpv6Loopback();
const me = ownProcessName();

function registry(yaml: string) {
  return parseRegistry(yaml, { displayPath: 'ports.yaml', absolutePath: '/repo/ports.yaml', root: '/repo' });
}

async function check(yaml: string, variables: Record<string, string> = {}, probe: PortProbe = systemProbe()): Promise<CheckReport> {
  return runCheck(registry(yaml), probe, variables);
}

function row(report: CheckReport, port: number): CheckRow[] {
  return report.rows.filter((r) => r.port === port);
}

async function withHeld<T>(holds: Promise<Held>[], body: (ports: number[]) => Promise<T>): Promise<T> {
  const held = await Promise.all(holds);
  try {
    return await body(held.map((h) => h.port));
  } finally {
    await Promise.all(held.map((h) => h.close()));
  }
}

describe('rows', () => {
  it('shows each listener with protocol, address, pid and process', async () => {
    const v6: Promise<Held>[] = ipv6 ? [hold('udp', '::1')] : [];
    await withHeld([hold('tcp', '127.0.0.1'), hold('tcp', '0.0.0.0'), ...v6], async ([a, b, c]) => {
      const yaml = [
        'ports:',
        `  api: { default: ${a}, description: "API" }`,
        `  web: { default: ${b} }`,
        ...(c === undefined ? [] : [`  stats: { default: ${c}, protocol: udp, optional: true }`]),
        '',
      ].join('\n');
      const report = await check(yaml);
      expect(row(report, a!)).toEqual([
        {
          port: a,
          service: 'api',
          kind: 'service',
          state: 'listening',
          pid: process.pid,
          process: me,
          command: expect.any(String) as string,
          sockets: ['tcp 127.0.0.1'],
          note: '',
          failing: false,
        },
      ]);
      expect(row(report, b!)[0]).toMatchObject({ service: 'web', state: 'listening', pid: process.pid, sockets: ['tcp 0.0.0.0'] });
      if (c !== undefined) {
        expect(row(report, c)[0]).toMatchObject({ service: 'stats', state: 'listening', sockets: ['udp6 ::1'], note: 'optional' });
      }
      expect(report.rows).toHaveLength(c === undefined ? 2 : 3);
      expect(report.exitCode).toBe(0);
    });
  });

  it('reports a free port as free', async () => {
    const h = await hold('tcp', '127.0.0.1');
    await h.close();
    const report = await check(`ports:\n  idle: { default: ${h.port}, optional: true }\n`);
    expect(report.rows).toEqual([
      { port: h.port, service: 'idle', kind: 'service', state: 'free', pid: null, process: null, command: null, sockets: [], note: 'optional', failing: false },
    ]);
  });

  it('checks the port the env var gives', async () => {
    await withHeld([heldWithFreeNeighbour()], async ([p]) => {
      const report = await check(`ports:\n  api: { default: ${p! + 1}, env_var: API_PORT, range: [${p}, ${p! + 1}] }\n`, { API_PORT: String(p) });
      expect(row(report, p!)[0]).toMatchObject({ service: 'api', state: 'listening', note: 'from API_PORT' });
      expect(row(report, p! + 1)).toEqual([]);
    });
  });

  it('shows reserved ports, and notes a service port that is also reserved', async () => {
    await withHeld([hold('tcp', '127.0.0.1'), hold('tcp', '127.0.0.1')], async ([r, s]) => {
      const yaml = [
        'ports:',
        `  dash: { default: ${s} }`,
        'reserved:',
        `  - { port: ${r}, service: "Grafana (external)", note: "not ours" }`,
        `  - { port: ${s}, service: "Old dashboard" }`,
        '',
      ].join('\n');
      const report = await check(yaml);
      expect(row(report, r!)[0]).toMatchObject({ service: 'Grafana (external)', kind: 'reserved', state: 'listening', pid: process.pid, note: 'reserved: not ours' });
      expect(row(report, s!)).toHaveLength(1);
      expect(row(report, s!)[0]).toMatchObject({ service: 'dash', kind: 'service', note: 'reserved for Old dashboard' });
    });
  });

  it('shows a listener inside a range on no service port, and a fallback instance as its service', async () => {
    await withHeld([heldWithFreeNeighbour(), heldWithFreeNeighbour()], async ([p, q]) => {
      const yaml = [
        'ports:',
        `  api: { default: ${p! + 1}, range: [${p}, ${p! + 1}] }`,
        `  web: { default: ${q! + 1}, range: [${q}, ${q! + 1}], service_command: ${JSON.stringify(me)} }`,
        '',
      ].join('\n');
      const report = await check(yaml);
      expect(row(report, p!)[0]).toMatchObject({
        service: null,
        kind: 'range',
        state: 'listening',
        pid: process.pid,
        note: `inside the range of api (${p}-${p! + 1}); no service has this port`,
      });
      expect(row(report, q!)[0]).toMatchObject({ service: 'web', kind: 'range', note: `web on a fallback port (range ${q}-${q! + 1})` });
      expect(report.exitCode).toBe(0);
    });
  });
});

describe('conflicts and the exit code', () => {
  it('is 1 when a required service port is held by a process that does not match its service_command', async () => {
    await withHeld([hold('tcp', '127.0.0.1')], async ([p]) => {
      const report = await check(`ports:\n  api: { default: ${p}, service_command: [uvicorn, gunicorn] }\n`);
      expect(row(report, p!)[0]).toMatchObject({ state: 'conflict', failing: true, note: 'not api: command has none of "uvicorn", "gunicorn"' });
      expect(report.exitCode).toBe(1);
    });
  });

  it('is 0 when the holder matches service_command', async () => {
    await withHeld([hold('tcp', '::').catch(() => hold('tcp', '0.0.0.0'))], async ([p]) => {
      const report = await check(`ports:\n  api: { default: ${p}, service_command: [uvicorn, ${JSON.stringify(me)}] }\n`);
      expect(row(report, p!)[0]).toMatchObject({ state: 'listening', failing: false, pid: process.pid });
      expect(report.exitCode).toBe(0);
    });
  });

  it('names another service whose service_command the holder matches', async () => {
    await withHeld([hold('tcp', '127.0.0.1'), hold('tcp', '127.0.0.1')], async ([p, q]) => {
      const yaml = `ports:\n  api: { default: ${p} }\n  vite: { default: ${q}, service_command: ${JSON.stringify(me)} }\n`;
      const report = await check(yaml);
      expect(row(report, p!)[0]).toMatchObject({ service: 'api', state: 'conflict', failing: true, note: `held by vite (command has "${me}")` });
      expect(row(report, q!)[0]).toMatchObject({ service: 'vite', state: 'listening', failing: false });
      expect(report.exitCode).toBe(1);
    });
  });

  it('reports an optional service held by another process as a conflict without failing', async () => {
    await withHeld([hold('udp', '0.0.0.0')], async ([p]) => {
      const report = await check(`ports:\n  dns: { default: ${p}, protocol: udp, optional: true, service_command: dnsmasq }\n`);
      expect(row(report, p!)[0]).toMatchObject({ state: 'conflict', failing: false, note: 'not dns: command has none of "dnsmasq"; optional' });
      expect(report.exitCode).toBe(0);
    });
  });

  it('does not judge a socket of the other protocol', async () => {
    await withHeld([hold('udp', '127.0.0.1')], async ([p]) => {
      const report = await check(`ports:\n  api: { default: ${p}, service_command: uvicorn }\n`);
      expect(row(report, p!)[0]).toMatchObject({ state: 'listening', failing: false, note: 'udp only; api uses tcp' });
      expect(report.exitCode).toBe(0);
    });
  });

  it('does not judge a holder whose process is unknown', async () => {
    const probe: PortProbe = {
      method: 'proc',
      listsAll: true,
      async inspect() {
        return {
          method: 'proc',
          listeners: [{ protocol: 'tcp', family: 4, address: '0.0.0.0', port: 7000, inode: 1, owners: [] }],
          unknown: [],
          notes: ["the process of 1 socket is unknown: 1 process could not be inspected (another user's; run as root to see them)"],
        };
      },
    };
    const report = await check('ports:\n  api: { default: 7000, service_command: uvicorn }\n', {}, probe);
    expect(report.rows).toEqual([
      {
        port: 7000,
        service: 'api',
        kind: 'service',
        state: 'listening',
        pid: null,
        process: 'unknown',
        command: null,
        sockets: ['tcp 0.0.0.0'],
        note: 'process unknown: cannot tell whether it is api',
        failing: false,
      },
    ]);
    expect(report.notes).toEqual(["the process of 1 socket is unknown: 1 process could not be inspected (another user's; run as root to see them)"]);
  });
});

describe('without /proc/net or lsof', () => {
  it('checks TCP by connecting, says what it cannot see, and marks UDP services unknown', async () => {
    await withHeld([hold('tcp', '127.0.0.1'), hold('udp', '127.0.0.1')], async ([t, u]) => {
      const yaml = `ports:\n  api: { default: ${t} }\n  stats: { default: ${u}, protocol: udp }\n`;
      const report = await check(yaml, {}, systemProbe({ platform: 'darwin', lsof: false }));
      expect(report.method).toBe('connect');
      expect(row(report, t!)[0]).toMatchObject({ state: 'listening', pid: null, process: 'unknown', sockets: ['tcp 127.0.0.1'] });
      expect(row(report, u!)[0]).toMatchObject({ state: 'unknown', note: 'udp: UDP cannot be checked without /proc/net or lsof' });
      expect(report.notes).toEqual([
        'process names are unavailable: this system has neither /proc/net nor lsof; only TCP on 127.0.0.1 and ::1 was checked',
        "listeners elsewhere in the services' ranges are not shown: this probe only checks the ports it is given",
      ]);
    });
  });
});

describe('port-lint check (CLI)', () => {
  it('prints the table, the summary, and exits 1 for an intruder', async () => {
    await withHeld([hold('tcp', '127.0.0.1')], async ([p]) => {
      const dir = tempRepo(`ports:\n  api: { default: ${p}, service_command: uvicorn }\n`);
      const run = await runCli(['check'], dir);
      expect(run.stderr).toBe('');
      const lines = run.stdout.split('\n');
      expect(lines[0]).toBe(`ports.yaml: ${methodText()}`);
      expect(lines[2]).toMatch(/^PORT +SERVICE +STATE +PID +PROCESS +NOTE$/);
      expect(lines[3]!.split(/ {2,}/)).toEqual([String(p), 'api', 'conflict', String(process.pid), me, 'tcp 127.0.0.1; not api: command has none of "uvicorn"']);
      expect(run.stdout.trimEnd().split('\n').pop()).toBe(
        "✖ 1 required service's port is held by another process (0 listening, 0 free, 1 conflict, 0 unknown)",
      );
      expect(run.code).toBe(1);
    });
  });

  it('writes JSON with --format json', async () => {
    await withHeld([hold('tcp', '127.0.0.1')], async ([p]) => {
      const dir = tempRepo(`ports:\n  api: { default: ${p} }\n`);
      const run = await runCli(['check', '--format', 'json'], dir);
      const data = JSON.parse(run.stdout) as { rows: CheckRow[]; summary: Record<string, number>; method: string };
      expect(data.method).toBe(systemProbe().method);
      expect(data.rows).toEqual([expect.objectContaining({ port: p, service: 'api', state: 'listening', pid: process.pid, process: me })]);
      expect(data.summary).toEqual({ listening: 1, free: 0, conflict: 0, unknown: 0, failing: 0 });
      expect(run.code).toBe(0);
    });
  });

  it('fails with one line and exit 2 for an invalid env value', async () => {
    const dir = tempRepo('ports:\n  api: { default: 8000, env_var: API_PORT, range: [8000, 8009] }\n');
    const run = await runCli(['check'], dir, { API_PORT: '80O0' });
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('API_PORT="80O0" is not a port number; api takes an integer in 8000-8009\n');
    expect(run.code).toBe(2);
  });
});
