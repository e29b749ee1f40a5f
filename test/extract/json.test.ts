// JSON / JSONC extraction: port keys, port arrays, docker-style mappings, env objects, URLs, comments.
import { describe, expect, it } from 'vitest';
import type { LanguageId } from '../../src/types.js';
import { occurrences, summary } from '../helpers/extract.js';

/** Summary lines, after checking that every range covers exactly the port as written (or its variable). */
function pinned(language: LanguageId, code: string): string[] {
  for (const o of occurrences(language, code)) {
    const written = o.port === null ? /^\$/.test(o.text) : o.text === (o.portEnd !== undefined ? `${o.port}-${o.portEnd}` : String(o.port));
    expect(written, `${o.kind} ${o.port} at ${o.range.start.line}:${o.range.start.column} covers "${o.text}"`).toBe(true);
  }
  return summary(language, code);
}

const json = (body: string) => pinned('json', body);

describe('json', () => {
  it('port keys: numbers and strings, nested objects', () => {
    expect(json(`{ "port": 5173, "devPort": "3001", "server": { "hmrPort": 24678, "transport": 5000 } }`)).toEqual([
      '5173 property 1:11-1:15 name=port',
      '3001 property 1:29-1:33 name=devPort',
      '24678 property 1:59-1:64 name=hmrPort',
    ]);
  });

  it('arrays under port keys, docker-style mappings, ports as keys', () => {
    const code = `{
  "forwardPorts": [3000, "8000", "db:5432"],
  "appPort": ["127.0.0.1:8001:81", 9000],
  "portsAttributes": { "3000": { "label": "web" } }
}`;
    expect(json(code)).toEqual([
      '3000 property 2:20-2:24 name=forwardPorts',
      '8000 property 2:27-2:31 name=forwardPorts',
      '5432 address 2:38-2:42 host=db',
      '8001 publish-host 3:26-3:30 name=appPort',
      '81 publish-container 3:31-3:33 name=appPort',
      '9000 property 3:36-3:40 name=appPort',
      '3000 property 4:25-4:29 name=portsAttributes',
    ]);
    const host = occurrences('json', code).find((o) => o.kind === 'publish-host')!;
    expect([host.hostIp, host.target]).toEqual(['127.0.0.1', 81]);
  });

  it('env objects are env assignments; launch.json port; JSONC comments are comment occurrences', () => {
    expect(
      json(`{
  // attach to http://localhost:9229
  "configurations": [{ "port": 9229, "env": { "PORT": "3000", "NODE_ENV": "dev" } }],
  /* containerEnv */ "containerEnv": { "API_PORT": 8000 }
}`),
    ).toEqual([
      '9229 url 2:33-2:37 host=localhost comment',
      '9229 property 3:32-3:36 name=port',
      '3000 env-assign 3:56-3:60 name=PORT',
      '8000 env-assign 4:52-4:56 name=API_PORT',
    ]);
  });

  it('URLs in any string, including strings with escapes', () => {
    expect(json(`{ "proxy": "http://localhost:8000", "baseUrl": "http:\\/\\/x \\u0041 http://127.0.0.1:8080/api" }`)).toEqual([
      '8000 url 1:30-1:34 host=localhost',
      '8080 url 1:84-1:88 host=127.0.0.1',
    ]);
  });

  it('devcontainer lifecycle commands go to the shell extractor', () => {
    expect(json(`{ "postStartCommand": "curl -fsS http://localhost:8000/ready" }`)).toEqual(['8000 url 1:51-1:55 host=localhost']);
  });

  it('argv arrays: runtimeArgs go to the runtime (node by default), runArgs to docker run, args alone', () => {
    expect(
      json(`{
  "runtimeArgs": ["-r", "ts-node/register", "--inspect=9230"],
  "runArgs": ["-p", "127.0.0.1:5555:5555"],
  "args": ["serve", "--port", 8003],
  "command": "npm run dev -- --port 5174"
}`),
    ).toEqual([
      '9230 listen 2:56-2:60 name=--inspect',
      '5555 publish-host 3:32-3:36 name=-p',
      '5555 publish-container 3:37-3:41 name=-p',
      '8003 cli-flag 4:31-4:35 name=--port',
      '5174 cli-flag 5:37-5:41 name=--port',
    ]);
  });

  it('strings under command-line keys are shell (decoded), named commands too; a path stays quiet', () => {
    expect(
      json(`{
  "exec": "node --inspect=9229 server/index.js",
  "script": "src/index.js",
  "execMap": { "ts": "node --inspect=9230" },
  "postStartCommand": { "cache": ["redis-server", "--port", "6380"] },
  "shell": "env PORT=\\"8005\\" node app.js",
  "cmd": "ctrl+shift+p",
  "apps": [{ "script": "server.js", "args": "--port 3006" }]
}`),
    ).toEqual([
      '9229 listen 2:27-2:31 name=--inspect',
      '9230 listen 4:38-4:42 name=--inspect',
      '6380 cli-flag 5:62-5:66 name=--port',
      '8005 env-assign 6:24-6:28 name=PORT',
      '3006 cli-flag 8:53-8:57 name=--port',
    ]);
  });

  it("argv arrays: `args` go to a sibling `command`; command arrays; a health check's CMD-SHELL is shell", () => {
    expect(
      json(`{
  "command": "docker",
  "args": ["run", "-p", "5433:5432", "postgres:16"],
  "healthCheck": { "command": ["CMD-SHELL", "redis-cli -p 6381 ping"] },
  "containers": [{ "command": ["gunicorn"], "args": ["-b", ":8004"] }]
}`),
    ).toEqual([
      '5433 publish-host 3:26-3:30 name=-p',
      '5432 publish-container 3:31-3:35 name=-p',
      '6381 cli-flag 4:59-4:63 name=-p',
      '8004 listen 5:62-5:66 name=-b',
    ]);
  });

  it('hard negatives stay silent', () => {
    expect(
      json(`{
  "version": "1.2.3",
  "engines": { "node": ">=20.0.0" },
  "timeout": 5000,
  "maxFileSize": 1048576,
  "lineHeight": 24,
  "compilerOptions": { "target": "ES2022", "lib": ["ES2023"] },
  "supportPort": "none",
  "ports": [0, 70000, "http"]
}`),
    ).toEqual([]);
  });
});

describe('host-less listen addresses', () => {
  it('Caddy/Traefik JSON: `:443` under a key naming an address; times and quantities under such keys are not', () => {
    expect(summary('json', '{ "listen": [":443", "1:30"], "metricsAddr": ":9180/tcp", "read_timeout": ":30" }\n')).toEqual([
      '443 listen 1:16-1:19 name=listen host=',
      '9180 listen 1:48-1:52 name=metricsAddr host=',
    ]);
  });
});

describe('port mappings whose keys do not say "port"', () => {
  it('container/host, private/public beside a tcp/udp protocol; not beside another protocol', () => {
    expect(summary('json', '[{ "container": 25565, "host": 25566, "proto": "tcp" }, { "protocol": "udp", "private": 27015 }, { "public": 3, "protocol": "https" }]\n')).toEqual([
      '25565 property 1:17-1:22 name=container',
      '25566 property 1:32-1:37 name=host',
      '27015 property 1:89-1:94 name=private',
    ]);
  });
});
