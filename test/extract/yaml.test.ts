// Generic YAML extraction: port keys, k8s and Helm shapes, CI workflows, scalar styles mapped to exact ranges.
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

const yaml = (body: string) => pinned('yaml', body);

describe('scalar styles map to exact file positions', () => {
  it('plain, single, double (with escapes), multi-line plain, literal and folded blocks', () => {
    expect(
      yaml(`a: http://localhost:8000
b: 'http://localhost:8001'
c: "tab\\there \\"q\\" http://localhost:8002"
d: first line
  then http://localhost:8003
e: |  # header: port 9999
  line one
  curl http://localhost:8004/x
f: >-
  folded text
  http://localhost:8005
g: "multi
  line http://localhost:8006"
`),
    ).toEqual([
      '8000 url 1:21-1:25 host=localhost',
      '8001 url 2:22-2:26 host=localhost',
      '8002 url 3:38-3:42 host=localhost',
      '8003 url 5:25-5:29 host=localhost',
      '9999 property 6:22-6:26 name=port comment',
      '8004 url 8:25-8:29 host=localhost',
      '8005 url 11:20-11:24 host=localhost',
      '8006 url 13:25-13:29 host=localhost',
    ]);
  });

  it('a line break folded into a space maps to the break, not to a later space (found by the fuzz campaign)', () => {
    // `'` then `PORT=32 2`: the scalar is " PORT=32 2"; its folded space was matched to the space after 32
    expect(yaml("'\nPORT=32 2")).toEqual(['32 property 2:6-2:8 name=PORT']);
    expect(yaml("url: 'see\n  http://localhost:8005 x'\n")).toEqual(['8005 url 2:20-2:24 host=localhost']);
    expect(yaml('cmd: "a\r\n  PORT=8000 b"\n')).toEqual(['8000 env-assign 2:8-2:12 name=PORT']);
  });

  it('CRLF line ends', () => {
    expect(yaml('server:\r\n  port: 8000\r\n  url: "http://localhost:8001"\r\n')).toEqual([
      '8000 property 2:9-2:13 name=port',
      '8001 url 3:26-3:30 host=localhost',
    ]);
  });
});

describe('port keys', () => {
  it('numbers and strings under port-ish keys; env-shaped names are env assignments', () => {
    expect(
      yaml(`port: 80
containerPort: "8080"
metrics_port: 9100
API_PORT: 8000
port_range: 8000-8009
redis_port: \${REDIS_PORT:-6380}
from_env_port: \${SOME_PORT}
ports: [8000, 8001]
extraPorts: "9000,9001"
transport: 4000
support: 5000
`),
    ).toEqual([
      '80 property 1:7-1:9 name=port',
      '8080 property 2:17-2:21 name=containerPort',
      '9100 property 3:15-3:19 name=metrics_port',
      '8000 env-assign 4:11-4:15 name=API_PORT',
      '8000-8009 property 5:13-5:22 name=port_range',
      '6380 env-default 6:27-6:31 name=redis_port var=REDIS_PORT',
      'null property 7:16-7:28 name=from_env_port var=SOME_PORT',
      '8000 property 8:9-8:13 name=ports',
      '8001 property 8:15-8:19 name=ports',
      '9000 property 9:14-9:18 name=extraPorts',
      '9001 property 9:19-9:23 name=extraPorts',
    ]);
  });

  it('a plural ports map names its children (or its keys when they are ports); other port-ish maps do not', () => {
    expect(
      yaml(`ports:
  http: 8080
  https: "8443"
portsAttributes:
  "3000": { label: web }
port_forwarding:
  timeout: 30
  max: 10
`),
    ).toEqual(['8080 property 2:9-2:13 name=ports', '8443 property 3:11-3:15 name=ports', '3000 property 5:4-5:8 name=portsAttributes']);
  });

  it('a singular port key holding a mapping: k8s Ingress and Istio `port: {number: 80}`', () => {
    expect(
      yaml(`backend:
  service:
    name: api
    port:
      number: 8080
      name: http
servers:
  - port: { number: 443, name: https, protocol: HTTPS }
`),
    ).toEqual(['8080 property 5:15-5:19 name=port', '443 property 8:21-8:24 name=port']);
  });

  it('k8s: container ports, env name/value items, probes, Service ports; images', () => {
    expect(
      yaml(`apiVersion: v1
kind: Pod
spec:
  containers:
    - name: api
      image: localhost:5000/api:1.4
      ports:
        - containerPort: 8080
          protocol: TCP
      env:
        - name: PORT
          value: "8080"
        - name: WORKERS
          value: "4"
      livenessProbe:
        httpGet: { path: /, port: 8080 }
        initialDelaySeconds: 10
        timeoutSeconds: 30
      resources: { limits: { memory: 512Mi } }
---
kind: Service
spec:
  ports:
    - { port: 80, targetPort: 8080, nodePort: 30080 }
`),
    ).toEqual([
      '5000 address 6:24-6:28 host=localhost',
      '8080 property 8:26-8:30 name=containerPort',
      '8080 env-assign 12:19-12:23 name=PORT',
      '8080 property 16:35-16:39 name=port',
      '80 property 24:15-24:17 name=port',
      '8080 property 24:31-24:35 name=targetPort',
      '30080 property 24:47-24:52 name=nodePort',
    ]);
  });
});

describe('files held in strings', () => {
  it('ConfigMap data: config files by extension, shell scripts, plain values', () => {
    expect(
      yaml(`data:
  redis.conf: |
    port 7000
    cluster-node-timeout 5000
  app.properties: |
    server.port=8081
    spring.datasource.url=jdbc:postgresql://db:5432/app
  bootstrap.sh: |
    redis-cli -h redis-0.redis -p 7000 ping
  notes.txt: |
    port 7001 is not read from a plain text file
`),
    ).toEqual([
      '7000 property 3:10-3:14 name=port',
      '8081 property 6:17-6:21 name=server.port',
      '5432 url 7:48-7:52 host=db',
      '7000 cli-flag 9:35-9:39 name=-p',
    ]);
  });
});

describe('config files held in block scalars', () => {
  it('a YAML or JSON file under a key naming one is parsed where it stands: flow maps, nested keys; its comments are comments', () => {
    expect(
      yaml(`data:
  envoy.yaml: |
    # admin on http://localhost:9901
    static_resources:
      listeners:
        - address:
            socket_address: { address: 0.0.0.0, port_value: 8081 }
          per_connection_buffer_limit_bytes: 32768
    clusters:
      - connect_timeout: 5000
        endpoint: { address: api, port_value: 8083 }
  config.json: |
    {"port": 8088, "upstream": "http://api:8089", "timeout": 3000}
`),
    ).toEqual([
      '9901 url 3:33-3:37 host=localhost comment',
      '8081 property 7:61-7:65 name=port_value',
      '8083 property 11:47-11:51 name=port_value',
      '8088 property 13:14-13:18 name=port',
      '8089 url 13:44-13:48 host=api',
    ]);
  });

  it('other multi-line config: key: value lines, list items and flow-map entries of port-named keys', () => {
    expect(
      yaml(`data:
  gateway: |
    server:
      port: 8094
      "grpcPort": 8097,
    routes:
      - { prefix: /, port_value: 8084 }
      - listen_port: 8093 # the public side
    http_port = 8095
    port_timeout: 3000
    drain_seconds: 30
    admin: { timeout: 8000, port: 8096 }
  app.conf: |
    - metrics_port: 9100
`),
    ).toEqual([
      '8094 property 4:13-4:17 name=port',
      '8097 property 5:19-5:23 name=grpcPort',
      '8084 property 7:34-7:38 name=port_value',
      '8093 property 8:22-8:26 name=listen_port',
      '8095 property 9:17-9:21 name=http_port',
      '8096 property 12:35-12:39 name=port',
      '9100 property 14:21-14:25 name=metrics_port',
    ]);
  });

  it('a file name wins over the port word in it; a one-line JSON string is read for its pairs', () => {
    expect(
      yaml(`data:
  ports.yaml: |
    api: { port: 8086 }
  port-config.json: '{"port": 8087, "timeout_ms": 3000}'
`),
    ).toEqual(['8086 property 3:18-3:22 name=port', '8087 property 4:31-4:35 name=port']);
  });

  it('a YAML file that does not parse is read as text; prose and one-line strings are not config', () => {
    expect(
      yaml(`data:
  broken.yaml: |
    listeners: [
    metricsPort: 8090
  NOTES.txt: |
    port: 7001
  README.md: |
    - port: 7002
  summary: "port: 7003"
`),
    ).toEqual(['8090 property 4:18-4:22 name=metricsPort']);
  });
});

describe('template defaults', () => {
  it('Helm: a default literal under a port key, or defaulting a port-named value, in pipe and function form', () => {
    expect(
      yaml(`spec:
  ports:
    - port: {{ .Values.service.metricsPort | default 9464 }}
      targetPort: {{ default 8080 .Values.service.targetPort }}
      nodePort: {{- .Values.nodePort | default "30080" | quote -}}
    - name: {{ .Values.metrics.port | default 9465 | quote }}
  args: ["--listen={{ .Values.listenPort | default .Values.global.port | default 7000 }}"]
`),
    ).toEqual([
      '9464 property 3:54-3:58 name=port',
      '8080 property 4:30-4:34 name=targetPort',
      '30080 property 5:49-5:54 name=nodePort',
      '9465 property 6:47-6:51 name=port',
      '7000 property 7:82-7:86 name=listenPort',
    ]);
  });

  it('Jinja (Ansible): default() and d() filters', () => {
    expect(yaml(`nginx_port: "{{ nginx_port | default(8080) }}"\nupstream: "{{ app.port | d('9000', true) }}"\n`)).toEqual([
      '8080 property 1:38-1:42 name=nginx_port',
      '9000 property 2:29-2:33 name=port',
    ]);
  });

  it('defaults of values that are not ports, quantities, template comments and commented-out lines stay silent', () => {
    expect(
      yaml(`spec:
  replicas: {{ .Values.replicas | default 3 }}
  timeoutPort: {{ .Values.timeout | default 3000 }}
  sessionAffinity: {{ .Values.affinityTimeout | default 10800 }}
  name: {{ .Values.portName | default "http" }}
  image: {{ .Values.image | default "nginx:1.25" }}
  # port: {{ .Values.port | default 8091 }}
  note: {{/* port default 8092 */}}
`),
    ).toEqual([]);
  });
});

describe('templated YAML', () => {
  it('Helm templates: template actions are blanked, the YAML around them is read at the same positions', () => {
    expect(
      yaml(`{{- if .Values.ingress.enabled -}}
kind: Ingress
metadata:
  name: {{ include "x.fullname" . }}
  annotations:
    backend: http://backend.local:8081
spec:
  rules:
    {{- range .Values.ingress.hosts }}
    - host: {{ .host | quote }}
      backend: { service: { port: { number: 8080 } } }
    {{- end }}
{{- end }}
`),
    ).toEqual(['8081 url 6:35-6:39 host=backend.local', '8080 property 11:45-11:49 name=port']);
  });

  it('YAML that parses is left alone, even with template-like text', () => {
    expect(yaml(`run: echo "\${{ matrix.port }}" http://localhost:8000\nport: "{{ port }}"\n`)).toEqual(['8000 url 1:49-1:53 host=localhost']);
  });
});

describe('CI workflows', () => {
  it('GitHub Actions: service containers are compose-like, run: is shell, versions and cron are not ports', () => {
    const code = `on: { push: {}, schedule: [{ cron: "0 3 * * *" }] }
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:15
        ports: ["5432:5432"]
      redis:
        image: redis:7
        ports: [6379]
    steps:
      - uses: actions/setup-node@v4
        with: { node-version: 20, fetch-depth: 0, python-version: "3.11" }
      - run: |
          curl http://localhost:8000/health
`;
    expect(yaml(code)).toEqual([
      '5432 publish-host 8:18-8:22 service=postgres',
      '5432 publish-container 8:23-8:27 service=postgres',
      '6379 publish-container 11:17-11:21 service=redis',
      '8000 url 16:33-16:37 host=localhost',
    ]);
    expect(occurrences('yaml', code)[0]!.target).toBe(5432);
  });

  it('GitLab CI script lists and variables', () => {
    expect(
      yaml(`variables:
  APP_PORT: "8000"
test:
  image: python:3.12
  script:
    - pytest --base-url http://localhost:8001
`),
    ).toEqual(['8000 env-assign 2:14-2:18 name=APP_PORT', '8001 url 6:42-6:46 host=localhost']);
  });
});

describe('compose detection and hard negatives', () => {
  it('a YAML file that looks like compose is read as compose', () => {
    expect(yaml(`services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n    profiles: [edge]\n`)).toEqual([
      '80 publish-host 4:14-4:16 service=web',
      '80 publish-container 4:17-4:19 service=web',
    ]);
    expect(occurrences('yaml', `services:\n  web:\n    image: nginx\n    ports: ["80:80"]\n    profiles: [edge]\n`)[0]!.profiles).toEqual(['edge']);
  });

  it('hard negatives stay silent', () => {
    expect(
      yaml(`version: 2
replicas: 3
timeoutSeconds: 30
initialDelaySeconds: 10
memory: 512Mi
image: x:1.2
image2: app:1.2.3
protocol: TCP
python-version: "3.11"
node-version: 20
runs-on: ubuntu-latest
cron: "0 3 * * *"
fetch-depth: 0
time: "10:30"
checksum: "sha256:abcdef0123"
`),
    ).toEqual([]);
  });

  it('aliases and merges are followed without re-reading a node in the same context (no alias bombs)', () => {
    const bomb = ['a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]'];
    for (let i = 0; i < 20; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      bomb.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    bomb.push('ports: *u');
    // The same with merge keys: each level merges the previous one twice.
    bomb.push('m0: &m0 { port: 8000 }');
    for (let i = 1; i <= 30; i++) bomb.push(`m${i}: &m${i} { <<: [*m${i - 1}, *m${i - 1}], k${i}: v }`);
    bomb.push('top: { <<: *m30 }');
    const started = Date.now();
    expect(yaml(bomb.join('\n'))).toEqual(['8000 property 23:17-23:21 name=port']);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('embedded port syntaxes', () => {
  it('ingress-nginx TCP/UDP service maps, template defaults of env_var, GitHub Actions service ports, ip#port', () => {
    expect(
      yaml(`tcp:
  "5432": "data/postgres:5433"
udp:
  "53": kube-system/kube-dns:53
port: "{{ env_var('DBT_PG_PORT', '5433') | as_number }}"
url: postgres://u@localhost:\${{ job.services.postgres.ports[5432] }}/db
dns: 127.0.0.1#5335
`),
    ).toEqual([
      '5432 listen 2:4-2:8 name=tcp',
      '5433 connect 2:26-2:30 host=postgres.data',
      '53 listen 4:4-4:6 name=udp',
      '53 connect 4:30-4:32 host=kube-dns.kube-system',
      '5433 env-default 5:35-5:39 name=port var=DBT_PG_PORT',
      '5432 connect 6:61-6:65 host=postgres',
      '5335 address 7:16-7:20 host=127.0.0.1',
    ]);
  });

  it('k8s NetworkPolicy endPort ends the range its port starts', () => {
    expect(summary('yaml', 'egress:\n  - ports:\n      - port: 32000\n        endPort: 32768\n      - { port: 9000, endPort: 9000 }\n')).toEqual([
      '32000-32768 property 3:15-3:20 name=port',
      '9000 property 5:17-5:21 name=port',
    ]);
  });

  it('look-alikes: numeric keys outside a TCP/UDP service map, a count default of env_var', () => {
    expect(yaml(`versions:\n  "2024": "notes/spring:12"\nthreads: "{{ env_var('DBT_THREADS', '4') | as_number }}"\n`)).toEqual([]);
  });
});

describe('host-less listen addresses', () => {
  it('`:80` under a key naming an address (Traefik, Caddy), with a protocol; times and quantities are not', () => {
    expect(yaml('entryPoints:\n  web:\n    address: ":80"\n  mqtt:\n    address: ":8883/tcp"\nlisten: [":443", "10:30"]\nread_timeout: ":30"\nlisten_timeout: ":30"\n')).toEqual([
      '80 listen 3:16-3:18 name=address host=',
      '8883 listen 5:16-5:20 name=address host=',
      '443 listen 6:12-6:15 name=listen host=',
    ]);
  });

  it('a flag or key naming an address with a host-less value, in an argument string; quantities are not', () => {
    expect(yaml('extraArgs:\n  - --metrics-listen=:9100\nflags: "--grpc-addr :8502 --listen-backlog=:30 ratio=:30"\n')).toEqual([
      '9100 listen 2:23-2:27 name=--metrics-listen host=',
      '8502 listen 3:22-3:26 name=--grpc-addr host=',
    ]);
  });

  it('hosts held in variables: Prometheus relabeling and Kubernetes dependent variables', () => {
    expect(yaml("relabel_configs:\n  - replacement: '${1}:9102'\n  - replacement: $1:9103\n  - replacement: '${1}:3'\nenv:\n  - name: BROKER\n    value: \"$(RELEASE_NAME)-kafka:9092\"\n")).toEqual([
      '9102 address 2:24-2:28 host=${1}',
      '9103 address 3:21-3:25 host=$1',
      '9092 address 7:35-7:39 host=$(RELEASE_NAME)-kafka',
    ]);
  });
});

describe('commands under keys that end in "commands", and port mappings beside a protocol', () => {
  it('Ray head_start_ray_commands lines are shell; a list of single words under `…_command` is argv', () => {
    expect(yaml('head_start_ray_commands:\n  - ray stop\n  - ray start --head --port=6379\nstart_command: [jupyter, lab, --port=8890]\nretry_commands: 3\n')).toEqual([
      '6379 cli-flag 3:29-3:33 name=--port',
      '8890 cli-flag 4:38-4:42 name=--port',
    ]);
  });

  it('{container, host, proto: tcp} items; the same keys beside another protocol stay silent', () => {
    expect(yaml('ports:\n  - container: 7777\n    host: 7778\n    proto: tcp\nlimits: {public: 10, private: 20, protocol: https}\n')).toEqual([
      '7777 property 2:16-2:20 name=container',
      '7778 property 3:11-3:15 name=host',
    ]);
  });
});
