// JavaScript / TypeScript / TSX extraction: exact kinds, names, env vars and ranges of the port forms
// that Node, Deno, Bun and browser code use, and the look-alikes that must stay silent.
import { describe, expect, it } from 'vitest';
import type { LanguageId } from '../../src/types.js';
import { occurrences, summary } from '../helpers/extract.js';

/** Summary lines, after checking every range covers exactly the port as written (or the variable when port is null). */
function pinned(language: LanguageId, code: string, file = 'snippet'): string[] {
  for (const o of occurrences(language, code, file)) {
    const written = o.port === null ? o.text === o.variable : o.text === String(o.port);
    expect(written, `${o.kind} ${o.port} at ${o.range.start.line}:${o.range.start.column} covers "${o.text}"`).toBe(true);
  }
  return summary(language, code, file);
}

const js = (code: string, file?: string) => pinned('javascript', code, file);
const ts = (code: string, file?: string) => pinned('typescript', code, file);
const tsx = (code: string) => pinned('tsx', code);

describe('JavaScript: servers and clients', () => {
  it('listen, connect and bind calls', () => {
    expect(
      js(`server.listen(3000);
http.createServer(app).listen("8080", () => {});
net.connect(6379, "cache");
tls.connect(443, host);
dgram.createSocket("udp4").bind(41234);
const redis = new Redis(6380, "cache");
`),
    ).toEqual([
      '3000 listen 1:15-1:19',
      '8080 listen 2:32-2:36',
      '6379 connect 3:13-3:17',
      '443 connect 4:13-4:16',
      '41234 listen 5:33-5:38',
      '6380 connect 6:25-6:29',
    ]);
  });

  it('a port read only from the environment is recorded with its variable and no port', () => {
    expect(js('app.listen(process.env.PORT);\nconst port = process.env.API_PORT;\n')).toEqual([
      'null listen 1:24-1:28 var=PORT',
      'null constant 2:26-2:34 name=port var=API_PORT',
    ]);
  });

  it('a variable-only port bound to a name loses its "no default" when the name gets a fallback', () => {
    expect(js('const port = process.env.PORT;\napp.listen(port || 3000);\nconst apiPort = process.env.API_PORT;\napp.listen(apiPort);\n')).toEqual([
      '3000 listen 2:20-2:24 name=port',
      'null constant 3:29-3:37 name=apiPort var=API_PORT',
    ]);
  });

  it('option objects: { port } in server, WebSocket, Deno and Bun calls', () => {
    expect(
      js(`new WebSocketServer({ port: 8080 });
Deno.serve({ port: 8000, hostname: "0.0.0.0" }, handler);
Bun.serve({ port: 3000, fetch });
export default { server: { port: 5173, hmr: { clientPort: 24678 } } };
`),
    ).toEqual([
      '8080 property 1:29-1:33 name=port',
      '8000 property 2:20-2:24 name=port',
      '3000 property 3:19-3:23 name=port',
      '5173 property 4:34-4:38 name=port',
      '24678 property 4:59-4:64 name=clientPort',
    ]);
  });
});

describe('JavaScript: env defaults', () => {
  it('|| and ?? fallbacks name the variable they default, through conversions and chains (and the binding when it says port)', () => {
    expect(
      js(`const PORT = process.env.PORT || 3000;
const port = parseInt(process.env.VITE_PORT || process.env.PORT || "5173", 10);
Number(process.env.X_PORT ?? 8000);
const dev = import.meta.env.VITE_PORT ?? 5174;
const deno = Deno.env.get("DENO_PORT") ?? "8100";
const sub = process.env["API_PORT"] || "8001";
`),
    ).toEqual([
      '3000 env-default 1:34-1:38 name=PORT var=PORT',
      '5173 env-default 2:69-2:73 name=port var=PORT',
      '8000 env-default 3:30-3:34 var=X_PORT',
      '5174 env-default 4:42-4:46 var=VITE_PORT',
      '8100 env-default 5:44-5:48 var=DENO_PORT',
      '8001 env-default 6:41-6:45 var=API_PORT',
    ]);
  });

  it('destructuring from process.env, ||= and ??=, and assignments to it', () => {
    expect(
      js(`const { PORT = 3000, HOST = "0.0.0.0" } = process.env;
process.env.PORT ??= "3001";
process.env.INSPECT_PORT = "9229";
process.env.NODE_ENV = "3000";
`),
    ).toEqual([
      '3000 env-default 1:16-1:20 var=PORT',
      '3001 env-default 2:23-2:27 var=PORT',
      '9229 env-assign 3:29-3:33 name=INSPECT_PORT',
    ]);
  });

  it('a conditional defaults the variable its true branch reads, not the one its condition tests', () => {
    expect(
      js(`const devPort = process.env.DEV_PORT ? parseInt(process.env.DEV_PORT) : 4000;
const p = process.env.NODE_ENV === "production" ? 443 : 3000;
`),
    ).toEqual(['4000 env-default 1:73-1:77 name=devPort var=DEV_PORT']);
  });

  it('a fallback after a port-named property or identifier is that property', () => {
    expect(js('listenOn(options.port || 4006);\nconst p = port ?? 8080;\n')).toEqual([
      '4006 property 1:26-1:30 name=port',
      '8080 property 2:19-2:23 name=port',
    ]);
  });

  it('a fallback after anything not port-named is not a port', () => {
    expect(js('const t = process.env.TIMEOUT || 3000;\nconst n = opts.retries ?? 5000;\nconst w = width || 1024;\n')).toEqual([]);
  });
});

describe('JavaScript: bindings', () => {
  it('constants, arrays, port maps, assignments, parameters and destructuring defaults', () => {
    expect(
      js(`const API_PORT = 8000;
export const PORTS = [3000, 3001];
const SERVICE_PORTS = { api: 8100, web: [3100, 3101] };
this.port = 4000;
port = 4001;
function serve(port = 4002, { adminPort = 4003 } = {}) {}
const { port: p = 4004 } = options;
`),
    ).toEqual([
      '8000 constant 1:18-1:22 name=API_PORT',
      '3000 constant 2:23-2:27 name=PORTS',
      '3001 constant 2:29-2:33 name=PORTS',
      '8100 constant 3:30-3:34 name=api',
      '3100 constant 3:42-3:46 name=web',
      '3101 constant 3:48-3:52 name=web',
      '4000 property 4:13-4:17 name=port',
      '4001 constant 5:8-5:12 name=port',
      '4002 parameter-default 6:23-6:27 name=port',
      '4003 parameter-default 6:43-6:47 name=adminPort',
      '4004 parameter-default 7:19-7:23 name=port',
    ]);
  });

  it('app.set("port"), comparisons and class fields', () => {
    expect(
      js(`app.set("port", 3000);
if (url.port === "443") {}
class S { port = 3002; static PORT = process.env.PORT || 8080 }
`),
    ).toEqual([
      '3000 property 1:17-1:21 name=port',
      '443 property 2:19-2:22 name=port',
      '3002 property 3:18-3:22 name=port',
      '8080 env-default 3:58-3:62 name=PORT var=PORT',
    ]);
  });

  it('a name that does not say port holds one only when a port context reads it', () => {
    expect(
      js(`const DEFAULT = 4009;
const TIMEOUT = 3000;
app.listen(DEFAULT);
const SHARDS = [7100, 7101];
for (const port of SHARDS) connectTo(port);
const SERVICES = { billing: 7001 };
for (const [name, port] of Object.entries(SERVICES)) {}
`),
    ).toEqual([
      '4009 constant 1:17-1:21 name=DEFAULT',
      '7100 constant 4:17-4:21 name=SHARDS',
      '7101 constant 4:23-4:27 name=SHARDS',
      '7001 constant 6:29-6:33 name=billing',
    ]);
  });

  it('functions, getters and arrow functions that return a port', () => {
    expect(
      js(`function getPort() { return Number(process.env.PORT) || 3000 }
const port = () => 3001;
class C { get port() { return 3002 } timeout() { return 3003 } }
`),
    ).toEqual([
      '3000 env-default 1:57-1:61 name=getPort var=PORT',
      '3001 constant 2:20-2:24 name=port',
      '3002 property 3:31-3:35 name=port',
    ]);
  });

  it('a flag and its value in one string, and Electron command-line switches', () => {
    expect(
      js(`launch({ args: ["--remote-debugging-port=9222", "--window-size=1280,800", "--port-retries=5"] });
app.commandLine.appendSwitch("remote-debugging-port", "9223");
`),
    ).toEqual(['9222 cli-flag 1:42-1:46 name=--remote-debugging-port', '9223 property 2:56-2:60 name=remote-debugging-port']);
  });

  it('port-named quantities are not ports: counts, timeouts, retries, indexes, hardware port numbers', () => {
    expect(js('const maxPorts = 10;\nconst portTimeout = 3000;\nconst port_retries = 5;\nconst serialPort = 1;\nconst portIndex = 2000;\n')).toEqual(
      [],
    );
  });

  it('option schemas: commander, yargs, convict (env), envalid and zod defaults', () => {
    expect(
      js(`program.option("-p, --port <port>", "port to listen on", "3000");
yargs.option("port", { alias: "p", default: 8080, min: 1 });
convict({ port: { doc: "The port", format: "port", default: 8081, env: "PORT" } });
cleanEnv(process.env, { PORT: port({ default: 8082 }) });
const schema = z.object({ PORT: z.coerce.number().int().max(65535).default(8083) });
`),
    ).toEqual([
      '3000 cli-flag 1:59-1:63 name=--port',
      '8080 property 2:45-2:49 name=port',
      '8081 env-default 3:61-3:65 name=port var=PORT',
      // Fields of env schemas (envalid, zod): the defaults of their variables.
      '8082 property 4:47-4:51 name=PORT var=PORT',
      '8083 property 5:76-5:80 name=PORT var=PORT',
    ]);
  });
});

describe('JavaScript: ports modules', () => {
  const chat = `// Every port the chat stack uses, in one place.
module.exports = {
  HTTP: 3000,
  WEBSOCKET: 8081,
  TURN_RELAY_RANGE: [49152, 49200],
  BROKERS: [9092, 9093, 9094],
  admin: { metrics: 9090 },
  API: Number(process.env.API_PORT) || 8000,
  TIMEOUT_MS: 3000,
  SESSION_TTL: 86400,
  HOST: "0.0.0.0",
  KEY: "12345",
  RETRIES: 3,
};
exports.REDIS = 6379;
function pick() { const fallback = 8000; return fallback; }
`;

  it('in a file named ports.*, the numbers of the exported object are ports, a two-port array a range', () => {
    expect(js(chat, 'server/ports.js')).toEqual([
      '3000 constant 3:9-3:13 name=HTTP',
      '8081 constant 4:14-4:18 name=WEBSOCKET',
      '49152-49200 constant 5:22-5:27 name=TURN_RELAY_RANGE',
      '9092 constant 6:13-6:17 name=BROKERS',
      '9093 constant 6:19-6:23 name=BROKERS',
      '9094 constant 6:25-6:29 name=BROKERS',
      '9090 constant 7:21-7:25 name=metrics',
      '8000 env-default 8:40-8:44 var=API_PORT',
      '6379 constant 15:17-15:21 name=REDIS',
    ]);
  });

  it('the same exports in any other file are plain numbers (only the env default stays)', () => {
    expect(js(chat, 'server/constants.js')).toEqual(['8000 env-default 8:40-8:44 var=API_PORT']);
    expect(js(chat, 'server/transports.js')).toEqual(['8000 env-default 8:40-8:44 var=API_PORT']);
    expect(js(chat, 'server/ports.test.js')).toEqual(['8000 env-default 8:40-8:44 var=API_PORT']);
  });

  it('TypeScript: exported top-level constants and export default of ports.ts', () => {
    const code = `export const HTTP = 4000;
export const GRPC: number = 4001;
const TIMEOUT_MS = 4000;
export const HOSTNAME = "dashboard.local";
export default { otlp: 4317, exportIntervalMs: 5000 } satisfies Record<string, number>;
`;
    expect(ts(code, 'constants/ports.ts')).toEqual([
      '4000 constant 1:21-1:25 name=HTTP',
      '4001 constant 2:29-2:33 name=GRPC',
      '4317 constant 5:24-5:28 name=otlp',
    ]);
    expect(ts(code, 'constants/limits.ts')).toEqual([]);
  });

  it('port maps by name in any file, nested in module.exports too', () => {
    expect(js('const SERVICE_PORTS = { api: 8000 };\nmodule.exports = { PORTS: { db: 5432 }, ports: { web: 3000 } };\n')).toEqual([
      '8000 constant 1:30-1:34 name=api',
      '5432 property 2:33-2:37 name=db',
      '3000 property 2:55-2:59 name=web',
    ]);
  });
});

describe('JavaScript: arguments of port-named parameters', () => {
  it('the argument at a port-named parameter in calls of the function, the arrow, the method or the class', () => {
    expect(
      js(`function listenOn(port, cb) { return server.listen(port, cb); }
const serve = (host, metricsPort) => listenOn(metricsPort);
const probe = port => fetch(port);
class Relay { constructor(port) {} forward(host, targetPort) {} }
listenOn(4000, () => {});
serve("0.0.0.0", 9464);
probe(4100);
const relay = new Relay(7070);
relay.forward("upstream", 7443);
listenOn(DEFAULT);
const DEFAULT = 4006;
listenOn(Number(process.env.PORT) || 4007);
`),
    ).toEqual([
      '4000 argument 5:10-5:14 name=port',
      '9464 argument 6:18-6:22 name=metricsPort',
      '4100 argument 7:7-7:11 name=port',
      '7070 argument 8:25-8:29 name=port',
      '7443 argument 9:27-9:31 name=targetPort',
      '4006 constant 11:17-11:21 name=DEFAULT',
      '4007 env-default 12:38-12:42 var=PORT',
    ]);
  });

  it('TypeScript: typed and optional parameters, a this parameter takes no position', () => {
    expect(ts('function openTunnel(this: Ctx, host: string, localPort: number, remotePort?: number) {}\nopenTunnel("bastion", 2222, 22);\n')).toEqual([
      '2222 argument 2:23-2:27 name=localPort',
      '22 argument 2:29-2:31 name=remotePort',
    ]);
  });

  it('quantities, rest parameters, spread arguments, other functions and destructured options stay silent', () => {
    expect(
      js(`function retry(times, portAttempts) {}
retry(3, 5000);
function spread(...ports) {}
spread(6000, 6001);
function listenOn(port) {}
listenOn(...args, 6002);
other(6003);
obj.listenOn(6004);
function withOptions({ port }) {}
withOptions(6005);
`),
    ).toEqual([]);
  });
});

describe('JavaScript: URLs, templates, commands and comments', () => {
  it('URLs in strings and template literals, with the host as written', () => {
    expect(
      js(`fetch("http://localhost:8000/api");
new WebSocket(\`ws://\${host}:8081/feed\`);
const r = \`redis://\${process.env.REDIS_HOST ?? "localhost"}:6379\`;
`),
    ).toEqual([
      '8000 url 1:25-1:29 host=localhost',
      '8081 url 2:29-2:33 host=${host}',
      '6379 url 3:61-3:65 host=${process.env.REDIS_HOST ?? "localhost"}',
    ]);
  });

  it('argument vectors and env objects of child processes', () => {
    expect(
      js(`spawn("uvicorn", ["app:app", "--port", "8002"]);
const args = ["redis-server", "--port", 6380];
spawn("node", ["server.js"], { env: { ...process.env, PORT: "5000" } });
`),
    ).toEqual([
      '8002 cli-flag 1:41-1:45 name=--port',
      '6380 cli-flag 2:41-2:45 name=--port',
      '5000 env-assign 3:62-3:66 name=PORT',
    ]);
  });

  it('comments are recorded as comment occurrences', () => {
    expect(js('// the API listens on http://localhost:8000\n/** @param port defaults to 3000 */\n')).toEqual([
      '8000 url 1:40-1:44 host=localhost comment',
    ]);
  });
});

describe('JavaScript: look-alikes', () => {
  it('timers, statuses, sizes, exits, MessagePort, regex exec and Function.bind stay silent', () => {
    expect(
      js(`setTimeout(fn, 3000);
setInterval(poll, 8080);
res.status(404);
ws.close(1000);
process.exit(1);
const size = { width: 1024, maxBuffer: 10485760, timeout: 30000 };
const { port1, port2 } = new MessageChannel();
port1.postMessage(3000);
const first = event.ports[0];
/(\\d+)/.exec("--port 8000");
handler.bind(null, 3000);
const at = "10:30:00", where = "src/a.js:3:29", v = "1.2.3", day = "2024-01-01";
`),
    ).toEqual([]);
  });
});

describe('TypeScript and TSX', () => {
  it('typed parameters, class fields, enums, as const and satisfies', () => {
    expect(
      ts(`export const API_PORT: number = 8000;
class A { private readonly port: number = 8030; constructor(private adminPort = 8032) {} }
function start(listenPort: number = 8033, host?: string) {}
enum Port { Api = 8010 }
enum Limits { Timeout = 30000, MetricsPort = 9090 }
const PORTS = { api: 8020 } as const;
const c = { server: { port: 8041 } } satisfies Config;
const m = parseInt(process.env.METRICS_PORT!, 10) || 8002;
`),
    ).toEqual([
      '8000 constant 1:33-1:37 name=API_PORT',
      '8030 property 2:43-2:47 name=port',
      '8032 parameter-default 2:81-2:85 name=adminPort',
      '8033 parameter-default 3:37-3:41 name=listenPort',
      '8010 property 4:19-4:23 name=Api',
      '9090 property 5:46-5:50 name=MetricsPort',
      '8020 constant 6:22-6:26 name=api',
      '8041 property 7:29-7:33 name=port',
      '8002 env-default 8:54-8:58 var=METRICS_PORT',
    ]);
  });

  it('interface members are types, not values', () => {
    expect(ts('interface Options { port?: number; timeout: 3000 }\ntype P = { port: 8080 };\n')).toEqual([]);
  });

  it('TSX props and children', () => {
    expect(
      tsx(`export const A = () => <Panel port={9000} refresh={5000}>
  Open http://localhost:5173
</Panel>;
`),
    ).toEqual(['9000 property 1:37-1:41 name=port', '5173 url 2:25-2:29 host=localhost']);
  });
});

describe('JavaScript: host-and-port arguments, listen keys, encoded and templated URLs', () => {
  it('a local host literal then a number, `listen: 7781`, a percent-encoded URL, a placeholder inside a host name', () => {
    expect(
      js(`connectFirestoreEmulator(db, '127.0.0.1', 8080);
const relay = { listen: 7781, verbose: true };
const u = 'a?redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcb';
const n = \`node-\${i}.redis:6379\`;
`),
    ).toEqual([
      '8080 address 1:43-1:47',
      '7781 listen 2:25-2:29 name=listen',
      '3000 url 3:52-3:56 host=localhost',
      '6379 address 4:28-4:32 host=node-${i}.redis',
    ]);
  });

  it('look-alikes: a small number after a host string, `listen: true`', () => {
    expect(js(`console.log('localhost', 3);\nconst f = { listen: true };\n`)).toEqual([]);
  });
});

describe('port mappings whose keys do not say "port"', () => {
  it('container/host, internal/external, target/published beside a tcp/udp protocol, in either order', () => {
    expect(js(`const p = [{ container: 25565, host: 25565, proto: 'tcp' }];\nconst q = { protocol: "udp", target: 53, published: 5353 };\n`)).toEqual([
      '25565 property 1:25-1:30 name=container',
      '25565 property 1:38-1:43 name=host',
      '53 property 2:38-2:40 name=target',
      '5353 property 2:53-2:57 name=published',
    ]);
  });

  it('look-alikes: the same keys without a tcp/udp protocol, a protocol beside other keys', () => {
    expect(js(`const a = { x: 100, y: 200, protocol: 'tcp' };\nconst b = { retries: 3, host: 5, protocol: 'https' };\nconst c = { container: 8080, host: 80 };\n`)).toEqual([]);
  });
});
