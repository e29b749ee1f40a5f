// Generated deployment files for the benchmark tree — compose files, Dockerfiles and .env files — with
// ports drawn from a seeded PRNG, so every build of the tree writes the same bytes.
//
// Real repositories rarely ship enough of these for a 100k-file tree, so they are generated; the
// shapes follow what real ones contain (short and long port syntax, ${VAR:-default} interpolation,
// URLs in environment values, healthchecks, shell-form and exec-form commands), plus numbers that are
// not ports (timeouts, worker counts, memory sizes), so an extractor has to tell them apart.

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same sequence everywhere. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [lo, hi]. */
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/** Seed of item `index` of a stream: each generated file gets its own, so file i is the same at any size. */
export function seedFor(base, index) {
  return (Math.imul(base ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

const SERVICES = [
  { name: 'api', image: 'python:3.12-slim', port: 8000, kind: 'python' },
  { name: 'web', image: 'node:20-alpine', port: 3000, kind: 'node' },
  { name: 'frontend', image: 'node:20-bookworm-slim', port: 5173, kind: 'node' },
  { name: 'db', image: 'postgres:16.2', port: 5432, kind: 'store' },
  { name: 'redis', image: 'redis:7.2-alpine', port: 6379, kind: 'store' },
  { name: 'mongo', image: 'mongo:7.0', port: 27017, kind: 'store' },
  { name: 'grafana', image: 'grafana/grafana:10.4.2', port: 3000, kind: 'ui' },
  { name: 'prometheus', image: 'prom/prometheus:v2.51.0', port: 9090, kind: 'ui' },
  { name: 'nginx', image: 'nginx:1.25-alpine', port: 80, extra: 443, kind: 'proxy' },
  { name: 'rabbitmq', image: 'rabbitmq:3.13-management', port: 5672, extra: 15672, kind: 'store' },
  { name: 'minio', image: 'minio/minio:RELEASE.2024-03-15T01-07-19Z', port: 9000, extra: 9001, kind: 'store' },
  { name: 'jaeger', image: 'jaegertracing/all-in-one:1.55', port: 16686, udp: 6831, kind: 'ui' },
  { name: 'mailhog', image: 'mailhog/mailhog:v1.0.1', port: 8025, extra: 1025, kind: 'ui' },
  { name: 'elasticsearch', image: 'docker.elastic.co/elasticsearch/elasticsearch:8.13.0', port: 9200, extra: 9300, kind: 'store' },
  { name: 'worker', image: 'python:3.11-slim', port: null, kind: 'python' },
  { name: 'scheduler', image: 'python:3.11-slim', port: null, kind: 'python' },
];

function hostPort(r, port) {
  if (r.chance(0.45)) return port;
  if (r.chance(0.5)) return port + r.int(1, 9);
  return r.int(1024, 65000);
}

function composePortLine(r, svc) {
  const host = hostPort(r, svc.port);
  const upper = svc.name.toUpperCase();
  switch (r.int(0, 7)) {
    case 0:
      return [`      - "${host}:${svc.port}"`];
    case 1:
      return [`      - "127.0.0.1:${host}:${svc.port}"`];
    case 2:
      return [`      - "\${${upper}_PORT:-${host}}:${svc.port}"`];
    case 3:
      return [`      - ${svc.port}`];
    case 4:
      return [`      - target: ${svc.port}`, `        published: "${host}"`, '        protocol: tcp', '        mode: host'];
    case 5:
      return [`      - "${host}-${host + 2}:${svc.port}-${svc.port + 2}"`];
    case 6:
      return [`      - ${host}:${svc.port}`];
    default:
      return [`      - "0.0.0.0:${host}:${svc.port}/tcp"`];
  }
}

function commandFor(r, svc, port) {
  if (svc.kind === 'python') {
    return port === null
      ? r.pick(['celery -A app.worker worker --concurrency=4', 'python -m app.scheduler --interval 60'])
      : r.pick([
          `uvicorn app.main:app --host 0.0.0.0 --port ${port} --workers 2`,
          `gunicorn -b 0.0.0.0:${port} -w 4 --timeout 120 app.wsgi:application`,
          `python manage.py runserver 0.0.0.0:${port}`,
        ]);
  }
  if (svc.kind === 'node') return r.pick([`node dist/server.js --port ${port}`, `npm run start -- --port ${port}`, `npx vite --host --port ${port}`]);
  return undefined;
}

/** A docker-compose file with 2–6 services. */
export function composeFile(seed, index) {
  const r = createRandom(seedFor(seed, index));
  const lines = [];
  if (r.chance(0.3)) lines.push(`version: "${r.pick(['3.8', '3.9', '3'])}"`, '');
  lines.push('services:');
  const count = r.int(2, 6);
  const chosen = [];
  for (let i = 0; i < count; i++) {
    const svc = r.pick(SERVICES);
    if (!chosen.includes(svc)) chosen.push(svc);
  }
  const stores = chosen.filter((s) => s.kind === 'store').map((s) => s.name);
  for (const svc of chosen) {
    lines.push(`  ${svc.name}:`);
    if (svc.kind === 'python' || svc.kind === 'node') {
      lines.push('    build:', `      context: ./${svc.name}`, `      dockerfile: ${r.pick(['Dockerfile', 'Dockerfile.dev', 'docker/Dockerfile'])}`);
    } else {
      lines.push(`    image: ${svc.image}`);
    }
    lines.push(`    restart: ${r.pick(['unless-stopped', 'always', 'on-failure'])}`);
    if (svc.port !== null) {
      lines.push('    ports:');
      lines.push(...composePortLine(r, svc));
      if (svc.extra && r.chance(0.7)) lines.push(`      - "${hostPort(r, svc.extra)}:${svc.extra}"`);
      if (svc.udp) lines.push(`      - "${svc.udp}:${svc.udp}/udp"`);
      if (r.chance(0.2)) lines.push('    expose:', `      - "${svc.port}"`);
    }
    const env = [];
    if (svc.port !== null && (svc.kind === 'python' || svc.kind === 'node')) env.push(`PORT: "${svc.port}"`);
    if (stores.includes('db')) env.push(`DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD:-secret}@db:5432/app`);
    if (stores.includes('redis')) env.push(`REDIS_URL: redis://redis:6379/${r.int(0, 3)}`);
    if (r.chance(0.5)) env.push(`WORKERS: ${r.int(1, 8)}`);
    if (r.chance(0.4)) env.push(`REQUEST_TIMEOUT: ${r.pick([10, 30, 60, 120])}`);
    if (r.chance(0.3)) env.push(`OTEL_EXPORTER_OTLP_ENDPOINT: http://jaeger:${r.pick([4317, 4318])}`);
    if (env.length > 0) {
      lines.push('    environment:');
      for (const e of env) lines.push(`      ${e}`);
    }
    const command = commandFor(r, svc, svc.port);
    if (command) lines.push(`    command: ${command}`);
    if (svc.port !== null && r.chance(0.6)) {
      lines.push('    healthcheck:');
      lines.push(
        r.chance(0.5)
          ? `      test: ["CMD", "curl", "-fsS", "http://localhost:${svc.port}/health"]`
          : `      test: wget -qO- http://127.0.0.1:${svc.port}/ || exit 1`,
      );
      lines.push(`      interval: ${r.pick(['10s', '30s', '1m'])}`, `      timeout: ${r.int(2, 10)}s`, `      retries: ${r.int(3, 5)}`);
    }
    if (r.chance(0.4)) {
      lines.push('    deploy:', '      resources:', '        limits:', `          cpus: "${r.pick(['0.50', '1.0', '2'])}"`, `          memory: ${r.pick([256, 512, 1024])}M`);
    }
    const deps = stores.filter((s) => s !== svc.name);
    if (deps.length > 0 && svc.kind !== 'store') {
      lines.push('    depends_on:');
      for (const d of deps) lines.push(`      - ${d}`);
    }
    if (svc.kind === 'store') lines.push('    volumes:', `      - ${svc.name}-data:/data`);
  }
  const volumes = chosen.filter((s) => s.kind === 'store');
  if (volumes.length > 0) {
    lines.push('', 'volumes:');
    for (const v of volumes) lines.push(`  ${v.name}-data: {}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A Dockerfile for a Node or Python service, sometimes multi-stage. */
export function dockerfile(seed, index) {
  const r = createRandom(seedFor(seed ^ 0x0d0c, index));
  const node = r.chance(0.5);
  const port = node ? r.pick([3000, 4000, 5173, 8080]) : r.pick([5000, 8000, 8080, 8888]);
  const lines = [];
  if (r.chance(0.4)) lines.push('# syntax=docker/dockerfile:1.6');
  if (node) {
    lines.push(`FROM node:${r.pick(['18', '20', '22'])}-${r.pick(['alpine', 'bookworm-slim'])} AS build`, 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci', 'COPY . .', 'RUN npm run build', '');
    lines.push(`FROM node:${r.pick(['18', '20', '22'])}-alpine`, 'WORKDIR /app', 'ENV NODE_ENV=production');
    lines.push('COPY --from=build /app/dist ./dist', 'COPY --from=build /app/node_modules ./node_modules');
  } else {
    lines.push(`FROM python:${r.pick(['3.10', '3.11', '3.12'])}-slim`, 'WORKDIR /srv');
    lines.push('RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*');
    lines.push('COPY requirements.txt .', 'RUN pip install --no-cache-dir -r requirements.txt', 'COPY . .');
  }
  const byArg = r.chance(0.4);
  if (byArg) lines.push(`ARG PORT=${port}`, 'ENV PORT=${PORT}');
  else if (r.chance(0.5)) lines.push(`ENV PORT=${port}`);
  else lines.push(`ENV APP_PORT ${port}`);
  lines.push(byArg ? 'EXPOSE ${PORT}' : `EXPOSE ${port}${r.chance(0.3) ? ` ${r.pick([9229, 9100, 5678])}/tcp` : ''}`);
  if (r.chance(0.6)) {
    lines.push(`HEALTHCHECK --interval=${r.pick([15, 30, 60])}s --timeout=${r.int(2, 5)}s --retries=3 \\`, `  CMD curl -fsS http://localhost:${port}/health || exit 1`);
  }
  if (node) {
    lines.push('USER node');
    lines.push(r.chance(0.5) ? `CMD ["node", "dist/server.js", "--port", "${port}"]` : 'CMD ["npm", "run", "start"]');
  } else if (r.chance(0.5)) {
    lines.push(`CMD ["gunicorn", "-b", "0.0.0.0:${port}", "-w", "${r.int(2, 8)}", "app.wsgi:application"]`);
  } else {
    lines.push(`CMD uvicorn app.main:app --host 0.0.0.0 --port ${port}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A .env file: ports, URLs with ports, and numbers that are not ports. */
export function envFile(seed, index) {
  const r = createRandom(seedFor(seed ^ 0xe417, index));
  const lines = [`# Settings for service ${index} (generated by bench/synthetic.mjs)`];
  lines.push(`APP_ENV=${r.pick(['development', 'staging', 'production'])}`);
  const port = r.pick([3000, 5000, 8000, 8080, 8888, 9000]) + r.int(0, 9);
  lines.push(`${r.chance(0.3) ? 'export ' : ''}PORT=${port}`);
  if (r.chance(0.6)) lines.push(`API_PORT=${port + 1}`);
  if (r.chance(0.5)) lines.push(`METRICS_PORT=${r.pick([9100, 9102, 9464])}`);
  lines.push(`DATABASE_URL=postgres://app:secret@${r.pick(['db', 'localhost', '127.0.0.1'])}:${r.pick([5432, 5433, 15432])}/app`);
  if (r.chance(0.7)) lines.push(`REDIS_URL=redis://redis:${r.pick([6379, 6380])}/${r.int(0, 3)}`);
  if (r.chance(0.4)) lines.push(`PUBLIC_URL="https://app.example.com"`, `GRAFANA_URL='http://localhost:${r.pick([3000, 3001])}'`);
  if (r.chance(0.4)) lines.push('SMTP_HOST=mail', `SMTP_PORT=${r.pick([25, 587, 1025])}`);
  lines.push('', '# not ports');
  lines.push(`WORKERS=${r.int(1, 16)}`, `REQUEST_TIMEOUT=${r.pick([10, 30, 60])}`, `MAX_UPLOAD_MB=${r.pick([10, 25, 100])}`);
  if (r.chance(0.5)) lines.push(`CACHE_TTL_SECONDS=${r.pick([300, 3600, 86400])}`);
  if (r.chance(0.3)) lines.push(`RELEASE=2024.${r.int(1, 12)}.${r.int(0, 30)}`);
  return `${lines.join('\n')}\n`;
}

export const COMPOSE_NAMES = ['docker-compose.yml', 'compose.yaml', 'docker-compose.override.yml', 'docker-compose.prod.yml'];
export const DOCKERFILE_NAMES = ['Dockerfile', 'Dockerfile', 'Dockerfile.dev', 'Containerfile'];
export const ENV_NAMES = ['.env', '.env.example', '.env.local', '.env.production'];

/** Name and text of generated file `index` (a compose file, a Dockerfile or a .env file, in turn). */
export function generatedFile(seed, index) {
  const r = createRandom(seedFor(seed ^ 0x4a3e, index));
  switch (index % 3) {
    case 0:
      return { kind: 'compose', name: r.pick(COMPOSE_NAMES), text: composeFile(seed, index) };
    case 1:
      return { kind: 'dockerfile', name: r.pick(DOCKERFILE_NAMES), text: dockerfile(seed, index) };
    default:
      return { kind: 'env', name: r.pick(ENV_NAMES), text: envFile(seed, index) };
  }
}
