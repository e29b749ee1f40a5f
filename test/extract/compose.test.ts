// Compose extraction: exact kinds, ranges, services, profiles and mapping details of each port form.
import { describe, expect, it } from 'vitest';
import { parsePortMapping } from '../../src/extract/compose-ports.js';
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

const compose = (body: string) => pinned('compose', body);

describe('parsePortMapping', () => {
  const parts = (text: string) => {
    const m = parsePortMapping(text);
    return m && { hostIp: m.hostIp?.text, host: m.host?.text, container: m.container.text, protocol: m.protocol };
  };

  it('splits like compose: last part container, then host, then host IP', () => {
    expect(parts('3000')).toEqual({ hostIp: undefined, host: undefined, container: '3000', protocol: undefined });
    expect(parts('8000:8000')).toEqual({ hostIp: undefined, host: '8000', container: '8000', protocol: undefined });
    expect(parts('127.0.0.1:5000-5010:5000-5010')).toEqual({ hostIp: '127.0.0.1', host: '5000-5010', container: '5000-5010', protocol: undefined });
    expect(parts('127.0.0.1::5000')).toEqual({ hostIp: '127.0.0.1', host: '', container: '5000', protocol: undefined });
    expect(parts('6060:6060/UDP')).toEqual({ hostIp: undefined, host: '6060', container: '6060', protocol: 'udp' });
  });

  it('keeps ${…} and [IPv6] whole', () => {
    expect(parts('[::1]:6001:6001')?.hostIp).toBe('[::1]');
    expect(parts('::1:6001:6001')?.hostIp).toBe('::1');
    expect(parts('${IP:-0.0.0.0}:${A:-${B:-8000}}:8000')).toEqual({ hostIp: '${IP:-0.0.0.0}', host: '${A:-${B:-8000}}', container: '8000', protocol: undefined });
  });

  it('rejects what is not a mapping', () => {
    expect(parsePortMapping('db:5432')).toBeUndefined();
    expect(parsePortMapping('10.0.0.1')).toBeUndefined();
    expect(parsePortMapping('8000:http')).toBeUndefined();
    expect(parsePortMapping('${UNCLOSED:-8000')).toBeUndefined();
  });
});

describe('compose ports', () => {
  it('short syntax: container only, ranges, host:container, host IP, IPv6, protocol', () => {
    expect(
      compose(`services:
  api:
    ports:
      - "3000"
      - "3000-3005"
      - "8000:8000"
      - "9090-9091:8080-8081"
      - "127.0.0.1:8001:8001"
      - "[::1]:6001:6001"
      - '6060:6060/udp'
      - 8080:80
      - 3001
`),
    ).toEqual([
      '3000 publish-container 4:10-4:14 service=api',
      '3000-3005 publish-container 5:10-5:19 service=api',
      '8000 publish-host 6:10-6:14 service=api',
      '8000 publish-container 6:15-6:19 service=api',
      '9090-9091 publish-host 7:10-7:19 service=api',
      '8080-8081 publish-container 7:20-7:29 service=api',
      '8001 publish-host 8:20-8:24 service=api',
      '8001 publish-container 8:25-8:29 service=api',
      '6001 publish-host 9:16-9:20 service=api',
      '6001 publish-container 9:21-9:25 service=api',
      '6060 publish-host 10:10-10:14 service=api',
      '6060 publish-container 10:15-10:19 service=api',
      '8080 publish-host 11:9-11:13 service=api',
      '80 publish-container 11:14-11:16 service=api',
      '3001 publish-container 12:9-12:13 service=api',
    ]);
  });

  it('carries target, hostIp and protocol', () => {
    const list = occurrences('compose', `services:\n  api:\n    ports: ["127.0.0.1:8001:81/udp", "[::1]:6001:6001"]\n`);
    expect(list.map((o) => [o.kind, o.port, o.target, o.hostIp, o.protocol])).toEqual([
      ['publish-host', 8001, 81, '127.0.0.1', 'udp'],
      ['publish-container', 81, undefined, undefined, 'udp'],
      ['publish-host', 6001, 6001, '::1', undefined],
      ['publish-container', 6001, undefined, undefined, undefined],
    ]);
  });

  it('interpolation: defaults, nesting, required and variable-only ports', () => {
    expect(
      compose(`services:
  api:
    ports:
      - "\${CONTIMG_API_PORT:-8000}:8000"
      - "\${VAR-8001}:8001"
      - "\${VAR:?set it}:8002"
      - "\${A:-\${B:-8003}}:8003"
      - "\${CONTIMG_API_PORT}:\${CONTIMG_API_PORT}"
      - "\${BIND:-127.0.0.1}:8004:8004"
`),
    ).toEqual([
      '8000 publish-host 4:30-4:34 var=CONTIMG_API_PORT service=api',
      '8000 publish-container 4:36-4:40 service=api',
      '8001 publish-host 5:16-5:20 var=VAR service=api',
      '8001 publish-container 5:22-5:26 service=api',
      'null publish-host 6:10-6:24 var=VAR service=api',
      '8002 publish-container 6:25-6:29 service=api',
      '8003 publish-host 7:20-7:24 var=A service=api',
      '8003 publish-container 7:27-7:31 service=api',
      'null publish-host 8:10-8:29 var=CONTIMG_API_PORT service=api',
      'null publish-container 8:30-8:49 var=CONTIMG_API_PORT service=api',
      '8004 publish-host 9:29-9:33 service=api',
      '8004 publish-container 9:34-9:38 service=api',
    ]);
    const bound = occurrences('compose', `services:\n  api:\n    ports: ["\${BIND:-127.0.0.1}:8004:8004"]\n`);
    expect(bound[0]!.hostIp).toBe('127.0.0.1');
  });

  it('long syntax: target, published as number, string or range, host_ip, protocol', () => {
    const list = occurrences(
      'compose',
      `services:
  web:
    ports:
      - target: 80
        published: 8080
        host_ip: 127.0.0.1
        protocol: UDP
        mode: host
      - target: 81
        published: "8000-8010"
      - target: 82
        published: \${WEB_PORT:-8090}
`,
    );
    expect(list.map((o) => `${o.kind} ${o.port}${o.portEnd ? `-${o.portEnd}` : ''} ${o.range.start.line}:${o.range.start.column} target=${o.target} ip=${o.hostIp} proto=${o.protocol} var=${o.variable}`)).toEqual([
      'publish-container 80 4:17 target=undefined ip=undefined proto=udp var=undefined',
      'publish-host 8080 5:20 target=80 ip=127.0.0.1 proto=udp var=undefined',
      'publish-container 81 9:17 target=undefined ip=undefined proto=undefined var=undefined',
      'publish-host 8000-8010 10:21 target=81 ip=undefined proto=undefined var=undefined',
      'publish-container 82 11:17 target=undefined ip=undefined proto=undefined var=undefined',
      'publish-host 8090 12:32 target=82 ip=undefined proto=undefined var=WEB_PORT',
    ]);
  });

  it('expose: numbers, strings, ranges and protocols', () => {
    expect(compose(`services:\n  db:\n    expose: [5432, "9100", "9200-9201", "9300/udp"]\n`)).toEqual([
      '5432 expose 3:14-3:18 service=db',
      '9100 expose 3:21-3:25 service=db',
      '9200-9201 expose 3:29-3:38 service=db',
      '9300 expose 3:42-3:46 service=db',
    ]);
  });
});

describe('compose services, profiles, anchors and merges', () => {
  it('stamps service and profiles; a merged anchor belongs to the first service that merges it', () => {
    const list = occurrences(
      'compose',
      `x-ports: &ports
  - "5678:5678"
x-env: &env
  METRICS_PORT: 9100
services:
  worker:
    profiles: [jobs, debug]
    ports: *ports
    environment: *env
  beat:
    environment:
      <<: *env
      METRICS_PORT: 9101
`,
    );
    expect(list.map((o) => `${o.port} ${o.kind} ${o.range.start.line} ${o.service} ${o.profiles?.join(',')}`)).toEqual([
      '5678 publish-host 2 worker jobs,debug',
      '5678 publish-container 2 worker jobs,debug',
      '9100 env-assign 4 worker jobs,debug',
      '9101 env-assign 13 beat undefined',
    ]);
  });

  it('reads x- fragments nothing merges, without a service', () => {
    expect(compose(`x-unused:\n  ports: ["7777:7777"]\nservices: {}\n`)).toEqual(['7777 publish-host 2:12-2:16', '7777 publish-container 2:17-2:21']);
    expect(compose(`x-debug-ports: &p ["5678:5678"]\nservices: {}\n`)).toEqual(['5678 publish-host 1:21-1:25', '5678 publish-container 1:26-1:30']);
  });

  it('merges a list of anchors, the service\'s own keys winning', () => {
    expect(
      compose(`x-a: &a
  ports: ["1111:1111"]
x-b: &b
  ports: ["2222:2222"]
  expose: [3333]
services:
  s:
    <<: [*a, *b]
`),
    ).toEqual([
      '1111 publish-host 2:12-2:16 service=s',
      '1111 publish-container 2:17-2:21 service=s',
      // x-b's ports are shadowed by x-a's in the merge; read later as an unowned fragment.
      '2222 publish-host 4:12-4:16',
      '2222 publish-container 4:17-4:21',
      '3333 expose 5:12-5:16 service=s',
    ]);
  });
});

describe('compose environment, labels, shell and images', () => {
  it('environment as list and map: env-assign, env-default, URLs', () => {
    expect(
      compose(`services:
  api:
    environment:
      - API_PORT=8000
      - WEB_PORT=\${WEB_PORT:-3000}
      - DATABASE_URL=postgres://db:5432/app
      - WORKERS=4
  web:
    environment:
      API_PORT: 8001
      PGPORT: "\${X:-5433}"
      NEXT_PUBLIC_API: "http://localhost:\${API_PORT:-8002}/v1"
      REDIS_URL: \${REDIS_URL:-redis://redis:6379/0}
      PASSTHROUGH_PORT:
      PRICE: "$$8000"
`),
    ).toEqual([
      '8000 env-assign 4:18-4:22 name=API_PORT service=api',
      '3000 env-default 5:30-5:34 name=WEB_PORT var=WEB_PORT service=api',
      '5432 url 6:36-6:40 host=db service=api',
      '8001 env-assign 10:17-10:21 name=API_PORT service=web',
      '5433 env-default 11:21-11:25 name=PGPORT var=X service=web',
      '8002 url 12:54-12:58 var=API_PORT host=localhost service=web',
      '6379 url 13:45-13:49 host=redis service=web',
    ]);
  });

  it('lists of URLs: Kafka listeners with an empty host, CORS origins', () => {
    expect(
      compose(`services:
  kafka:
    environment:
      KAFKA_CFG_LISTENERS: PLAINTEXT://:9092,CONTROLLER://:9093
      CORS_ORIGINS: http://localhost:3000,http://localhost:3001
`),
    ).toEqual([
      '9092 url 4:41-4:45 host= service=kafka',
      '9093 url 4:60-4:64 host= service=kafka',
      '3000 url 5:38-5:42 host=localhost service=kafka',
      '3001 url 5:60-5:64 host=localhost service=kafka',
    ]);
  });

  it('labels: a port-named label is a port, URLs in others', () => {
    expect(
      compose(`services:
  api:
    labels:
      - "traefik.http.services.api.loadbalancer.server.port=8080"
      - traefik.http.routers.api.rule=Host(\`api.localhost\`)
  web:
    labels:
      traefik.http.services.web.loadbalancer.server.port: "3000"
      com.example.docs: http://docs.localhost:8088/
`),
    ).toEqual([
      '8080 property 4:61-4:65 name=traefik.http.services.api.loadbalancer.server.port service=api',
      '3000 property 8:60-8:64 name=traefik.http.services.web.loadbalancer.server.port service=web',
      '8088 url 9:47-9:51 host=docs.localhost service=web',
    ]);
  });

  it('healthcheck test forms and command lists go to the shell extractor with file positions', () => {
    expect(
      compose(`services:
  api:
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8000"]
      interval: 30s
      retries: 5
  db:
    healthcheck:
      test: ["CMD-SHELL", "curl -f http://localhost:8001 || exit 1"]
  web:
    healthcheck:
      test: wget -qO- http://127.0.0.1:8002/ready
    command:
      - sh
      - -c
      - |
        echo start
        exec serve --url http://0.0.0.0:8003/
`),
    ).toEqual([
      '8000 url 4:53-4:57 host=localhost service=api',
      '8001 url 9:53-9:57 host=localhost service=db',
      '8002 url 12:40-12:44 host=127.0.0.1 service=web',
      '8003 url 18:41-18:45 host=0.0.0.0 service=web',
    ]);
  });

  it('images: the tag is never a port, a registry port is an address', () => {
    expect(
      compose(`services:
  a: { image: "postgres:15" }
  b: { image: node:20-alpine }
  c: { image: app:8080 }
  d: { image: registry.example.com:5000/app:1.2 }
  e: { image: "localhost:5001/app@sha256:abc" }
  f: { image: "\${REGISTRY:-localhost:5002}/app:\${TAG:-8080}" }
`),
    ).toEqual([
      '5000 address 5:36-5:40 host=registry.example.com service=d',
      '5001 address 6:26-6:30 host=localhost service=e',
      '5002 address 7:38-7:42 host=localhost service=f',
    ]);
  });

  it('hard negatives stay silent', () => {
    expect(
      compose(`version: "3.8"
services:
  api:
    user: "1000:1000"
    ulimits: { nofile: 65535 }
    sysctls: { net.ipv4.ip_local_port_range: "1024 65000" }
    extra_hosts: ["somehost:162.242.195.82", "host.docker.internal:host-gateway"]
    mem_limit: 512m
    cpus: "0.5"
    shm_size: 2gb
    stop_grace_period: 1m30s
    deploy: { replicas: 3 }
    logging: { options: { max-size: "10m", max-file: "3" } }
    env_file: [ports-8000.env]
    volumes: ["./data:/data:ro", "/var/run/docker.sock:/var/run/docker.sock"]
    environment: { BACKUP_AT: "10:30", TIMEOUT: 3000 }
`),
    ).toEqual([]);
  });

  it('a YAML 1.1 document keeps 8080:80 as written (no sexagesimal 484880)', () => {
    expect(compose(`%YAML 1.1\n---\nservices:\n  a:\n    ports:\n      - 8080:80\n`)).toEqual([
      '8080 publish-host 6:9-6:13 service=a',
      '80 publish-container 6:14-6:16 service=a',
    ]);
  });

  it('comments are comment occurrences; broken YAML still yields what parses', () => {
    expect(compose(`# api on http://localhost:8000\nservices:\n  a:\n    ports: ["8001:8001"]\n  b: [\n`)).toEqual([
      '8000 url 1:27-1:31 host=localhost comment',
      '8001 publish-host 4:14-4:18 service=a',
      '8001 publish-container 4:19-4:23 service=a',
    ]);
  });
});

describe('image entrypoints and proxy labels', () => {
  it('flag-only commands of images whose entrypoint is a known server; caddy-docker-proxy upstreams', () => {
    expect(
      compose(`services:
  nats:
    image: nats:2.10
    command: ["-js", "-m", "8222"]
  web:
    image: app
    command: ["-p", "4"]
    labels:
      caddy.reverse_proxy: "{{upstreams http 8000}}"
`),
    ).toEqual(['8222 listen 4:29-4:33 name=-m service=nats', '8000 connect 9:46-9:50 service=web']);
  });
});

describe('hostile nesting', () => {
  it('flow collections nested 20,000 deep are read without a stack overflow, and the rest of the file too (found by the fuzz campaign)', () => {
    for (const [open, close] of [['[', ']'], ['{a: ', '}']] as const) {
      const deep = `services:\n  a:\n    command: ${open.repeat(20_000)}"localhost:8080"${close.repeat(20_000)}\n    ports: ["8000:80"]\n`;
      for (const language of ['compose', 'yaml'] as const) {
        expect(summary(language, deep)).toEqual(['8000 publish-host 4:14-4:18 service=a', '80 publish-container 4:19-4:21 service=a']);
      }
    }
  });
});
