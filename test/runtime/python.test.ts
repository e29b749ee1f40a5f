// The generated Python module, imported and exercised by python3 on real sockets, must behave as the TS PortManager does.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATORS, generateCommand } from '../../src/generate/index.js';
import { PortManager } from '../../src/index.js';
import { systemProbe } from '../../src/runtime/listeners.js';
import { loadRegistry } from '../../src/registry/load.js';
import { REPO } from '../helpers/run.js';
import { hasIpv6Loopback, heldWithFreeNeighbour, hold, tempRepo, type Held } from './sockets.js';

const python = ['python3', 'python'].find((p) => spawnSync(p, ['-c', 'import sys; assert sys.version_info >= (3, 7)']).status === 0);
const ipv6 = await hasIpv6Loopback();

interface Case {
  name: string;
  service?: string;
  call?: 'get_port' | 'list_ports' | 'validate_all';
  check?: boolean;
  env?: string;
  environ?: Record<string, string>;
  /** Take /proc/net away: the Python module then connects, the TS API uses its connect probe. */
  noProc?: boolean;
  /** Compare the error class only (the two say different things about what they lack). */
  classOnly?: boolean;
}

interface Outcome {
  value?: unknown;
  error?: string;
  message?: string;
  warnings: string[];
}

/** Drives the generated module: one PortManager per case, results and logged warnings as JSON. */
const DRIVER = `
import json, logging, sys
sys.path.insert(0, sys.argv[1])
import ports

warnings = []

class Collect(logging.Handler):
    def emit(self, record):
        warnings.append(record.getMessage())

log = logging.getLogger("ports")
log.addHandler(Collect())
log.propagate = False
out = []
for case in json.load(sys.stdin):
    del warnings[:]
    ports._PROC_NET = "/nonexistent" if case.get("noProc") else "/proc/net"
    try:
        pm = ports.PortManager(env=case.get("env"), environ=case.get("environ", {}))
        call = case.get("call", "get_port")
        if call == "get_port":
            kwargs = {"check_conflict": case["check"]} if "check" in case else {}
            value = pm.get_port(case["service"], **kwargs)
        elif call == "list_ports":
            value = pm.list_ports()
        else:
            value = pm.validate_all()
        out.append({"value": value, "warnings": list(warnings)})
    except ports.PortError as err:
        out.append({"error": type(err).__name__, "message": str(err), "warnings": list(warnings)})
print(json.dumps(out))
`;

/** The same case through the TS API, in the Python module's vocabulary. */
async function viaTypescript(config: string, c: Case): Promise<Outcome> {
  const warnings: string[] = [];
  try {
    const pm = PortManager.load(config, {
      variables: c.environ ?? {},
      warn: (m) => warnings.push(m),
      probe: c.noProc ? systemProbe({ platform: 'darwin', lsof: false }) : systemProbe(),
      ...(c.env !== undefined && { env: c.env }),
    });
    let value: unknown;
    if ((c.call ?? 'get_port') === 'get_port') {
      value = await pm.getPort(c.service!, c.check === undefined ? {} : { checkConflict: c.check });
    } else if (c.call === 'list_ports') {
      value = pm.listPorts();
    } else {
      value = Object.fromEntries(Object.entries(await pm.validateAll()).map(([k, v]) => [k, v.ok]));
    }
    return { value, warnings: warnings.map(withoutPid) };
  } catch (err) {
    const name = (err as Error).name === 'InvalidPortEnvError' ? 'InvalidPortError' : (err as Error).name;
    return { error: name, message: withoutPid((err as Error).message), warnings: warnings.map(withoutPid) };
  }
}

/** The TS API also names the process holding a socket; Python's module does not look for it. */
function withoutPid(text: string): string {
  return text.replace(/, pid \d+ [^,)]+/g, '');
}

describe.skipIf(!python)(`the generated Python module${python ? '' : ' (skipped: no python3 on this machine)'}`, () => {
  const held: Held[] = [];
  let config = '';
  let moduleDir = '';
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    const add = async (name: string, h: Promise<Held>): Promise<void> => {
      const x = await h;
      held.push(x);
      ports[name] = x.port;
    };
    await add('t4', hold('tcp', '127.0.0.1'));
    await add('w4', hold('tcp', '0.0.0.0'));
    await add('u4', hold('udp', '127.0.0.1'));
    await add('uw4', hold('udp', '0.0.0.0'));
    if (ipv6) {
      await add('t6', hold('tcp', '::1'));
      await add('w6', hold('tcp', '::'));
      await add('u6', hold('udp', '::1'));
    }
    await add('fb', heldWithFreeNeighbour());
    const gone = await hold('tcp', '127.0.0.1');
    await gone.close();
    ports.idle = gone.port;
    const p = ports;
    const yaml = [
      'ports:',
      `  t4: { default: ${p.t4} }`,
      `  w4: { default: ${p.w4} }`,
      `  u4: { default: ${p.u4}, protocol: udp }`,
      `  uw4: { default: ${p.uw4}, protocol: both }`,
      ...(ipv6 ? [`  t6: { default: ${p.t6} }`, `  w6: { default: ${p.w6} }`, `  u6: { default: ${p.u6}, protocol: udp }`] : []),
      `  fb: { default: ${p.fb}, env_var: FB_PORT, range: [${p.fb}, ${p.fb! + 1}] }`,
      `  fixed: { default: ${p.fb}, env_var: FIXED_PORT, immutable: true, range: [${p.fb}, ${p.fb! + 1}] }`,
      `  idle: { default: ${p.idle}, env_var: IDLE_PORT }`,
      '  api: { default: 8000, env_var: API_PORT, range: [8000, 8009], description: "API \\"v2\\" — ünïcode" }',
      'conflict_detection: { enabled: true, check_on_startup: false, auto_resolve: true, warn_on_conflict: true }',
      'environments:',
      '  production: { ports: { api: { default: 8080, range: [8080, 8089] } } }',
      '',
    ].join('\n');
    const dir = tempRepo(yaml);
    config = path.join(dir, 'ports.yaml');
    moduleDir = mkdtempSync(path.join(tmpdir(), 'port-lint-python-'));
    const file = path.join(moduleDir, 'ports.py');
    const registry = loadRegistry(config, { root: dir });
    const command = generateCommand({ format: 'python', config, output: file, root: dir });
    writeFileSync(file, GENERATORS.python({ registry, header: { source: registry.file, command } }));
  });

  afterAll(async () => {
    await Promise.all(held.map((h) => h.close()));
  });

  function runPython(cases: Case[]): Outcome[] {
    const run = spawnSync(python!, ['-c', DRIVER, moduleDir], { input: JSON.stringify(cases), encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout) as Outcome[];
  }

  function cases(): Case[] {
    const socketCases: Case[] = ['t4', 'w4', 'u4', 'uw4', ...(ipv6 ? ['t6', 'w6', 'u6'] : [])].flatMap((s) => [
      { name: `${s}: a held port is a conflict`, service: s, check: true },
      { name: `${s}: without /proc/net`, service: s, check: true, noProc: true, classOnly: s.startsWith('u') },
    ]);
    return [
      ...socketCases,
      { name: 'fallback to the free neighbour, with a warning', service: 'fb', check: true },
      { name: 'fallback without /proc/net', service: 'fb', check: true, noProc: true },
      { name: 'no check by default (check_on_startup off, no conflict_check)', service: 'fb' },
      { name: 'explicit no check', service: 'fb', check: false },
      { name: 'an immutable service does not move', service: 'fixed', check: true },
      { name: 'an immutable service ignores its env var', service: 'fixed', environ: { FIXED_PORT: String(ports.fb! + 1) } },
      { name: 'a free port is returned', service: 'idle', check: true },
      { name: 'a free port is returned without /proc/net', service: 'idle', check: true, noProc: true },
      ...['8005', '', 'abc', '8010', '08003', '8000 ', '٨٠٠١', '99999999999999999999'].map((v) => ({
        name: `API_PORT=${JSON.stringify(v)}`,
        service: 'api',
        environ: { API_PORT: v },
      })),
      { name: 'environment from the constructor', service: 'api', env: 'production' },
      { name: 'environment from PORT_LINT_ENV', service: 'api', environ: { PORT_LINT_ENV: 'production', API_PORT: '8089' } },
      { name: "the environment's range", service: 'api', env: 'production', environ: { API_PORT: '8005' } },
      { name: 'unknown environment', service: 'api', env: 'staging' },
      { name: 'unknown service', service: 'zzz_unknown' },
      { name: 'list_ports', call: 'list_ports', environ: { API_PORT: '8003' } },
      { name: 'list_ports does not warn about an ignored env var', call: 'list_ports', environ: { FIXED_PORT: '1' } },
      { name: 'validate_all does not warn either', call: 'validate_all', environ: { FIXED_PORT: '1' } },
      { name: 'list_ports with a bad value', call: 'list_ports', environ: { IDLE_PORT: 'x' } },
      { name: 'validate_all', call: 'validate_all' },
    ];
  }

  it('gives the results, errors and warnings the TS PortManager gives', async () => {
    const all = cases();
    const fromPython = runPython(all);
    for (const [i, c] of all.entries()) {
      const expected = await viaTypescript(config, c);
      const got = fromPython[i]!;
      if (c.classOnly) {
        expect({ error: got.error, value: got.value }, c.name).toEqual({ error: expected.error, value: expected.value });
      } else {
        expect(got, c.name).toEqual(expected);
      }
    }
  });

  it('finds every held socket, and the fallback is the neighbour (not a tautology of the comparison)', () => {
    const out = runPython([
      { name: '', service: 't4', check: true },
      { name: '', service: 'u4', check: true },
      { name: '', service: 'fb', check: true },
      { name: '', service: 'idle', check: true },
      { name: '', service: 'u4', check: true, noProc: true },
    ]);
    expect(out[0]).toEqual({
      error: 'PortConflictError',
      message: `port ${ports.t4} of t4 is in use (tcp 127.0.0.1:${ports.t4}); its range ${ports.t4} has no other port`,
      warnings: [],
    });
    expect(out[1]!.message).toBe(`port ${ports.u4} of u4 is in use (udp 127.0.0.1:${ports.u4}); its range ${ports.u4} has no other port`);
    expect(out[2]).toEqual({
      value: ports.fb! + 1,
      warnings: [`fb: port ${ports.fb} is in use (tcp 127.0.0.1:${ports.fb}); using ${ports.fb! + 1} from its range ${ports.fb}-${ports.fb! + 1}`],
    });
    expect(out[3]).toEqual({ value: ports.idle, warnings: [] });
    expect(out[4]).toEqual({
      error: 'PortCheckError',
      message: `cannot tell whether port ${ports.u4} is free: UDP cannot be checked without /proc/net`,
      warnings: [],
    });
  });

  it('without /proc/net, treats connect errors as unknown, never as free', () => {
    // Replace socket.socket inside the module's process: each host answers as the case says.
    const script = (v4: string, v6: string): string =>
      [
        'import errno, socket, sys',
        `sys.path.insert(0, ${JSON.stringify(moduleDir)})`,
        'import ports',
        'ports._PROC_NET = "/nonexistent"',
        `ANSWERS = {socket.AF_INET: ${JSON.stringify(v4)}, socket.AF_INET6: ${JSON.stringify(v6)}}`,
        'class Fake:',
        '    def __init__(self, family, kind): self.answer = ANSWERS[family]',
        '    def __enter__(self): return self',
        '    def __exit__(self, *a): return False',
        '    def settimeout(self, t): pass',
        '    def connect_ex(self, address):',
        '        if self.answer == "timeout": raise socket.timeout()',
        '        return 0 if self.answer == "open" else getattr(errno, self.answer)',
        'socket.socket = Fake',
        'try:',
        `    print(ports.PortManager(environ={}).is_port_in_use(${ports.idle}))`,
        'except ports.PortCheckError as err:',
        '    print(err)',
      ].join('\n');
    const run = (v4: string, v6: string): string => spawnSync(python!, ['-c', script(v4, v6)], { encoding: 'utf8' }).stdout.trim();
    expect(run('open', 'ECONNREFUSED')).toBe('True');
    expect(run('ECONNREFUSED', 'open')).toBe('True');
    expect(run('ECONNREFUSED', 'ECONNREFUSED')).toBe('False');
    expect(run('ECONNREFUSED', 'EADDRNOTAVAIL')).toBe('False');
    expect(run('timeout', 'ECONNREFUSED')).toBe(`cannot tell whether port ${ports.idle} is free: 127.0.0.1: no answer within 1000 ms`);
    expect(run('EACCES', 'ECONNREFUSED')).toBe(`cannot tell whether port ${ports.idle} is free: 127.0.0.1: EACCES`);
    expect(run('ECONNREFUSED', 'ETIMEDOUT')).toBe(`cannot tell whether port ${ports.idle} is free: ::1: ETIMEDOUT`);
  });

  it("keeps the seed's call sites working on the bundled registry", () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-python-'));
    const registry = loadRegistry(path.join(REPO, 'config/ports.yaml'), { root: REPO });
    writeFileSync(
      path.join(dir, 'ports.py'),
      GENERATORS.python({ registry, header: { source: registry.file, command: 'port-lint generate python --config config/ports.yaml' } }),
    );
    const script = [
      'import sys',
      `sys.path.insert(0, ${JSON.stringify(dir)})`,
      'from ports import PortManager',
      'pm = PortManager(environ={"CONTIMG_API_PORT": "8004"})',
      'print(pm.get_port("api", check_conflict=False))',
      'print(sorted(pm.list_ports().items()))',
      'print(sorted(pm.validate_all()))',
      'try:',
      '    PortManager(environ={"CONTIMG_API_PORT": "9000"}).get_port("api", check_conflict=False)',
      'except ValueError as err:',  // the seed's callers catch ValueError
      '    print(err)',
    ].join('\n');
    const run = spawnSync(python!, ['-c', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      '8004',
      "[('api', 8004), ('chrome_debug', 9222), ('dashboard', 3210), ('dashboard_docker', 3000), ('docs', 8001), ('frontend_dev', 5173), ('mcp_http', 3111), ('mcp_ws', 9009), ('metrics', 8002), ('redis', 6379)]",
      "['api', 'chrome_debug', 'dashboard', 'dashboard_docker', 'docs', 'frontend_dev', 'mcp_http', 'mcp_ws', 'metrics', 'redis']",
      'CONTIMG_API_PORT=9000 is outside the range of api (8000-8009)',
      '',
    ]);
  });
});
