// PortManager: strict env parsing, immutability, conflict checks against real sockets, fallback, load errors.
import path from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import {
  InvalidPortEnvError,
  NoFreePortError,
  PortCheckError,
  PortConflictError,
  PortManager,
  RegistryNotFoundError,
  UnknownEnvironmentError,
  UnknownServiceError,
  type PortProbe,
  type Snapshot,
} from '../../src/index.js';
import { parseRegistry } from '../../src/registry/load.js';
import { REPO } from '../helpers/run.js';
import { hasIpv6Loopback, heldWithFreeNeighbour, hold, ownProcessName, tempRepo, type Address } from './sockets.js';

const ipv6 = await hasIpv6Loopback();

function registry(yaml: string) {
  return parseRegistry(yaml, { displayPath: 'ports.yaml', absolutePath: '/repo/ports.yaml', root: '/repo' });
}

/** A manager over `yaml` with these env vars, collecting warnings. */
function manager(yaml: string, variables: Record<string, string> = {}, probe?: PortProbe) {
  const warnings: string[] = [];
  const pm = new PortManager(registry(yaml), { variables, warn: (m) => warnings.push(m), ...(probe && { probe }) });
  return { pm, warnings };
}

const SEED = path.join(REPO, 'config/ports.yaml');

describe('getPort without a conflict check', () => {
  const pm = (variables: Record<string, string> = {}) => PortManager.load(SEED, { variables, warn: () => {} });

  it("returns the default, or the env var's value inside the range", async () => {
    expect(await pm().getPort('api', { checkConflict: false })).toBe(8000);
    expect(await pm({ CONTIMG_API_PORT: '8005' }).getPort('api', { checkConflict: false })).toBe(8005);
    expect(await pm({ CONTIMG_API_PORT: '8009' }).getPort('api', { checkConflict: false })).toBe(8009);
    // An empty value is unset, as ${VAR:-8000} in the generated shell file treats it.
    expect(await pm({ CONTIMG_API_PORT: '' }).getPort('api', { checkConflict: false })).toBe(8000);
  });

  it.each([
    ['abc', 'CONTIMG_API_PORT="abc" is not a port number; api takes an integer in 8000-8009'],
    ['8000.0', 'CONTIMG_API_PORT="8000.0" is not a port number; api takes an integer in 8000-8009'],
    [' 8000', 'CONTIMG_API_PORT=" 8000" is not a port number; api takes an integer in 8000-8009'],
    ['+8001', 'CONTIMG_API_PORT="+8001" is not a port number; api takes an integer in 8000-8009'],
    ['0x1f40', 'CONTIMG_API_PORT="0x1f40" is not a port number; api takes an integer in 8000-8009'],
    ['-1', 'CONTIMG_API_PORT="-1" is not a port number; api takes an integer in 8000-8009'],
    ['8010', 'CONTIMG_API_PORT=8010 is outside the range of api (8000-8009)'],
    ['80', 'CONTIMG_API_PORT=80 is outside the range of api (8000-8009)'],
    ['99999999999999999999', 'CONTIMG_API_PORT=99999999999999999999 is outside the range of api (8000-8009)'],
  ])('rejects CONTIMG_API_PORT=%j with a typed error naming the variable and the range', async (value, message) => {
    const err = await pm({ CONTIMG_API_PORT: value })
      .getPort('api', { checkConflict: false })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InvalidPortEnvError);
    expect((err as Error).message).toBe(message);
    expect(err).toMatchObject({ service: 'api', variable: 'CONTIMG_API_PORT', value, range: [8000, 8009] });
  });

  it('checks a single-port range too', async () => {
    await expect(pm({ CONTIMG_DOCS_PORT: '8002' }).getPort('docs', { checkConflict: false })).rejects.toThrow(
      'CONTIMG_DOCS_PORT=8002 is outside the range of docs (8001)',
    );
  });

  it('never honours the env var of an immutable service, and says so when it is set', async () => {
    const { pm: m, warnings } = manager('ports:\n  ws: { default: 9009, env_var: WS_PORT, immutable: true, range: [9009, 9010] }\n', {
      WS_PORT: '9010',
    });
    expect(await m.getPort('ws', { checkConflict: false })).toBe(9009);
    expect(warnings).toEqual(['WS_PORT=9010 is ignored: ws is immutable (always 9009)']);
  });

  it('names the service it does not know, with a suggestion', async () => {
    const err = await pm()
      .getPort('apu')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnknownServiceError);
    expect((err as Error).message).toBe(
      'unknown service "apu" (did you mean "api"?); ports.yaml declares: api, docs, metrics, frontend_dev, dashboard, dashboard_docker, mcp_http, mcp_ws, chrome_debug, redis',
    );
  });

  it('lists every configured port with env overrides, as the seed list_ports() did', () => {
    expect(pm({ CONTIMG_DASHBOARD_PORT: '3215' }).listPorts()).toEqual({
      api: 8000,
      docs: 8001,
      metrics: 8002,
      frontend_dev: 5173,
      dashboard: 3215,
      dashboard_docker: 3000,
      mcp_http: 3111,
      mcp_ws: 9009,
      chrome_debug: 9222,
      redis: 6379,
    });
    expect(() => pm({ REDIS_PORT: 'x' }).listPorts()).toThrow(InvalidPortEnvError);
  });
});

describe('loading the registry', () => {
  it('is an error when the file is missing, never a silent default', () => {
    expect(() => PortManager.load('/nonexistent/ports.yaml')).toThrow(ConfigError);
    expect(() => PortManager.load('/nonexistent/ports.yaml')).toThrow('/nonexistent/ports.yaml:1:1: (file): file not found');
  });

  it('is an error when the file is invalid', () => {
    const dir = tempRepo('ports:\n  api:\n    default: abc\n');
    expect(() => PortManager.load(undefined, { cwd: dir })).toThrow(/ports\.yaml:3:14: ports\.api\.default: /);
  });

  it('is an error when no ports.yaml is found', () => {
    const dir = tempRepo('ports: {}\n');
    rmSync(path.join(dir, 'ports.yaml'));
    expect(() => PortManager.load(undefined, { cwd: dir })).toThrow(RegistryNotFoundError);
    expect(() => PortManager.load(undefined, { cwd: dir })).toThrow(`no ports.yaml found from ${dir}; pass the path of ports.yaml`);
  });

  it('finds ports.yaml from cwd', async () => {
    const dir = tempRepo('ports:\n  web: { default: 4321 }\n');
    expect(await PortManager.load(undefined, { cwd: dir, variables: {} }).getPort('web', { checkConflict: false })).toBe(4321);
  });
});

describe('environments', () => {
  const yaml = [
    'ports:',
    '  api: { default: 8000, env_var: API_PORT, range: [8000, 8009] }',
    '  web: { default: 3000, env_var: WEB_PORT }',
    'environments:',
    '  production:',
    '    ports:',
    '      api: { default: 8080, range: [8080, 8089] }',
    '      web: { default: 3100 }',
    '',
  ].join('\n');

  it('applies the overlay per call, from the option, or from PORT_LINT_ENV', async () => {
    const { pm } = manager(yaml);
    expect(await pm.getPort('api', { checkConflict: false })).toBe(8000);
    expect(await pm.getPort('api', { checkConflict: false, env: 'production' })).toBe(8080);
    expect(pm.listPorts({ env: 'production' })).toEqual({ api: 8080, web: 3100 });
    const fromVariable = manager(yaml, { PORT_LINT_ENV: 'production', API_PORT: '8085' }).pm;
    expect(fromVariable.listPorts()).toEqual({ api: 8085, web: 3100 });
  });

  it("checks env values against the environment's range", async () => {
    const { pm } = manager(yaml, { API_PORT: '8005' });
    await expect(pm.getPort('api', { checkConflict: false, env: 'production' })).rejects.toThrow(
      'API_PORT=8005 is outside the range of api (8080-8089)',
    );
  });

  it('rejects an unknown environment by name, listing the known ones', async () => {
    const { pm } = manager(yaml);
    await expect(pm.getPort('api', { env: 'prod' })).rejects.toThrow(UnknownEnvironmentError);
    await expect(pm.getPort('api', { env: 'prod' })).rejects.toThrow(
      'unknown environment "prod"; ports.yaml declares: production',
    );
    expect(() => manager(yaml, { PORT_LINT_ENV: 'staging' })).toThrow('unknown environment "staging"');
  });
});

/** A registry with one service on `port`. */
function one(port: number, extra: { range?: [number, number]; protocol?: string; immutable?: boolean; conflict?: string } = {}): string {
  const range = extra.range ?? [port, port];
  return [
    'ports:',
    `  svc: { default: ${port}, env_var: SVC_PORT, range: [${range[0]}, ${range[1]}], protocol: ${extra.protocol ?? 'tcp'}, immutable: ${extra.immutable ?? false} }`,
    `conflict_detection: ${extra.conflict ?? '{ enabled: true, check_on_startup: false, auto_resolve: true, warn_on_conflict: true }'}`,
    '',
  ].join('\n');
}

describe('getPort with a conflict check, on real sockets', () => {
  for (const protocol of ['tcp', 'udp'] as const) {
    for (const address of ['127.0.0.1', '::1', '0.0.0.0', '::'] as Address[]) {
      const v6 = address.includes(':');
      it.skipIf(v6 && !ipv6)(
        `finds a ${protocol} socket on ${address}${v6 && !ipv6 ? ' (skipped: no IPv6 loopback on this machine)' : ''}`,
        async () => {
          const held = await hold(protocol, address);
          try {
            const { pm } = manager(one(held.port, { protocol }));
            const err = await pm.getPort('svc', { checkConflict: true }).catch((e: unknown) => e);
            expect(err).toBeInstanceOf(PortConflictError);
            const shown = v6 ? `[${address}]:${held.port}` : `${address}:${held.port}`;
            expect((err as Error).message).toBe(
              `port ${held.port} of svc is in use (${protocol} ${shown}, pid ${process.pid} ${ownProcessName()}); its range ${held.port} has no other port`,
            );
          } finally {
            await held.close();
          }
        },
      );
    }
  }

  it('does not count a socket of the other protocol', async () => {
    const held = await hold('tcp', '0.0.0.0');
    try {
      expect(await manager(one(held.port, { protocol: 'udp' })).pm.getPort('svc', { checkConflict: true })).toBe(held.port);
      await expect(manager(one(held.port, { protocol: 'both' })).pm.getPort('svc', { checkConflict: true })).rejects.toThrow(PortConflictError);
    } finally {
      await held.close();
    }
  });

  it('returns the port when nothing listens on it', async () => {
    const held = await hold('tcp', '127.0.0.1');
    await held.close();
    expect(await manager(one(held.port)).pm.getPort('svc', { checkConflict: true })).toBe(held.port);
  });

  it('falls back to the first free port of the range, with a warning naming it', async () => {
    const held = await heldWithFreeNeighbour();
    try {
      const p = held.port;
      const { pm, warnings } = manager(one(p, { range: [p, p + 1] }));
      expect(await pm.getPort('svc', { checkConflict: true })).toBe(p + 1);
      expect(warnings).toEqual([
        `svc: port ${p} is in use (tcp 127.0.0.1:${p}, pid ${process.pid} ${ownProcessName()}); using ${p + 1} from its range ${p}-${p + 1}`,
      ]);
      // The env var's port moves the same way.
      const fromEnv = manager(one(p - 1, { range: [p - 1, p + 1] }), { SVC_PORT: String(p) });
      const moved = await fromEnv.pm.getPort('svc', { checkConflict: true });
      expect(moved).not.toBe(p);
      expect(fromEnv.warnings[0]).toMatch(new RegExp(`^svc: port ${p} is in use .*; using ${moved} from its range ${p - 1}-${p + 1}$`));
    } finally {
      await held.close();
    }
  });

  it('falls back silently when warn_on_conflict is off', async () => {
    const held = await heldWithFreeNeighbour();
    try {
      const p = held.port;
      const cd = '{ enabled: true, auto_resolve: true, warn_on_conflict: false }';
      const { pm, warnings } = manager(one(p, { range: [p, p + 1], conflict: cd }));
      expect(await pm.getPort('svc', { checkConflict: true })).toBe(p + 1);
      expect(warnings).toEqual([]);
    } finally {
      await held.close();
    }
  });

  it('does not move when auto_resolve is off, nor an immutable service', async () => {
    const held = await heldWithFreeNeighbour();
    try {
      const p = held.port;
      const off = manager(one(p, { range: [p, p + 1], conflict: '{ enabled: true, auto_resolve: false }' })).pm;
      await expect(off.getPort('svc', { checkConflict: true })).rejects.toThrow(
        new RegExp(`^port ${p} of svc is in use \\(.*\\); conflict_detection.auto_resolve is off, so it does not move$`),
      );
      const fixed = manager(one(p, { range: [p, p + 1], immutable: true })).pm;
      await expect(fixed.getPort('svc', { checkConflict: true })).rejects.toThrow(/; svc is immutable and never moves$/);
    } finally {
      await held.close();
    }
  });

  it('throws NoFreePortError when the whole range is taken', async () => {
    const held = await hold('tcp', '127.0.0.1');
    const neighbour = await hold('tcp', '127.0.0.1', held.port + 1).catch(() => undefined);
    try {
      if (!neighbour) throw new Error(`port ${held.port + 1} was taken by something else; rerun`);
      const p = held.port;
      const { pm } = manager(one(p, { range: [p, p + 1] }));
      await expect(pm.getPort('svc', { checkConflict: true })).rejects.toThrow(NoFreePortError);
      await expect(pm.getPort('svc', { checkConflict: true })).rejects.toThrow(`no free port in ${p}-${p + 1}: its only candidate is in use`);
    } finally {
      await held.close();
      await neighbour?.close();
    }
  });

  it('passes over reserved ports and the defaults of other services when falling back', async () => {
    const held = await heldWithFreeNeighbour();
    try {
      const p = held.port;
      const yaml = [
        'ports:',
        `  svc: { default: ${p}, range: [${p}, ${p + 1}] }`,
        `  other: { default: ${p + 1} }`,
        'conflict_detection: { auto_resolve: true }',
        '',
      ].join('\n');
      await expect(manager(yaml).pm.getPort('svc', { checkConflict: true })).rejects.toThrow(
        `no free port in ${p}-${p + 1}: every port in it is excluded (reserved or another service's default)`,
      );
    } finally {
      await held.close();
    }
  });
});

describe('whether to check by default', () => {
  /** A probe that says every port is taken, counting how often it is asked. */
  function busy(): PortProbe & { calls: number } {
    const probe = {
      method: 'proc' as const,
      listsAll: true,
      calls: 0,
      async inspect(ports: Iterable<number>): Promise<Snapshot> {
        probe.calls++;
        return {
          method: 'proc',
          listeners: [...ports].map((port) => ({ protocol: 'tcp' as const, family: 4 as const, address: '127.0.0.1', port, owners: [] })),
          unknown: [],
          notes: [],
        };
      },
    };
    return probe;
  }
  const yaml = (cd: string, service = '') => `ports:\n  svc: { default: 7000 ${service} }\nconflict_detection: ${cd}\n`;

  it.each([
    ['check_on_startup checks every service', '{ enabled: true, check_on_startup: true }', '', true],
    ['conflict_check checks that service', '{ enabled: true, check_on_startup: false }', ', conflict_check: true', true],
    ['neither: no check', '{ enabled: true, check_on_startup: false }', '', false],
    ['enabled: false turns the default check off', '{ enabled: false, check_on_startup: true }', ', conflict_check: true', false],
  ])('%s', async (_name, cd, service, checks) => {
    const probe = busy();
    const { pm } = manager(yaml(cd, service), {}, probe);
    const got = pm.getPort('svc');
    if (checks) await expect(got).rejects.toThrow(PortConflictError);
    else expect(await got).toBe(7000);
    expect(probe.calls).toBe(checks ? 1 : 0);
  });

  it('checks when asked explicitly, whatever the registry says', async () => {
    const probe = busy();
    const { pm } = manager(yaml('{ enabled: false }'), {}, probe);
    await expect(pm.getPort('svc', { checkConflict: true })).rejects.toThrow(PortConflictError);
  });
});

describe('a port whose state cannot be told', () => {
  const unsure: PortProbe = {
    method: 'connect',
    listsAll: false,
    async inspect(ports) {
      return { method: 'connect', listeners: [], unknown: [...ports].map((port) => ({ port, protocol: 'tcp' as const, reason: '127.0.0.1: ETIMEDOUT' })), notes: [] };
    },
  };

  it('is an error for getPort, never assumed free', async () => {
    const { pm } = manager('ports:\n  svc: { default: 7000 }\n', {}, unsure);
    const err = await pm.getPort('svc', { checkConflict: true }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PortCheckError);
    expect((err as Error).message).toBe('cannot tell whether port 7000 is free: 127.0.0.1: ETIMEDOUT');
  });

  it('is never handed out by findFreePort', async () => {
    const { pm } = manager('ports:\n  svc: { default: 7000 }\n', {}, unsure);
    await expect(pm.findFreePort([7000, 7002])).rejects.toThrow('no free port in 7000-7002: 0 in use, 3 could not be checked');
  });

  it('is not ok for validateAll', async () => {
    const { pm } = manager('ports:\n  svc: { default: 7000 }\n', {}, unsure);
    expect(await pm.validateAll()).toEqual({ svc: { port: 7000, ok: false, problem: 'cannot tell whether port 7000 is free: 127.0.0.1: ETIMEDOUT' } });
  });
});

describe('validateAll and findFreePort', () => {
  it('reports each service: valid and free, in use, or with a bad env var', async () => {
    const held = await hold('tcp', '::').catch(() => hold('tcp', '0.0.0.0'));
    const free = await hold('tcp', '127.0.0.1');
    await free.close();
    try {
      const yaml = [
        'ports:',
        `  taken: { default: ${held.port} }`,
        `  idle: { default: ${free.port} }`,
        '  broken: { default: 7001, env_var: BROKEN_PORT }',
        '',
      ].join('\n');
      const { pm } = manager(yaml, { BROKEN_PORT: 'x' });
      const result = await pm.validateAll();
      expect(Object.keys(result)).toEqual(['taken', 'idle', 'broken']);
      expect(result.taken).toMatchObject({ port: held.port, ok: false });
      expect(result.taken!.problem).toMatch(new RegExp(`^port ${held.port} is in use \\(tcp6? .*:${held.port}, pid ${process.pid} `));
      expect(result.idle).toEqual({ port: free.port, ok: true });
      expect(result.broken).toEqual({ ok: false, problem: 'BROKEN_PORT="x" is not a port number; broken takes an integer in 7001' });
    } finally {
      await held.close();
    }
  });

  it('finds the first port nothing listens on', async () => {
    const held = await heldWithFreeNeighbour('udp', '0.0.0.0');
    try {
      const { pm } = manager('ports: {}\n');
      expect(await pm.findFreePort([held.port, held.port + 1], { protocols: ['udp'] })).toBe(held.port + 1);
      // The TCP side of the same port is free.
      expect(await pm.findFreePort([held.port, held.port + 1])).toBe(held.port);
      await expect(pm.findFreePort([10, 5])).rejects.toThrow(RangeError);
    } finally {
      await held.close();
    }
  });
});
