// The text prefilter is sound: no file it lets skip parsing holds a port the extractor would find.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageByName } from '../src/languages.js';
import { mayHoldPorts } from '../src/scan-file.js';
import { listFiles } from './helpers/fixture-check.js';
import { occurrences } from './helpers/extract.js';
import { REPO } from './helpers/run.js';

describe('mayHoldPorts', () => {
  it('keeps every fixture and corpus file the extractor finds a port in', () => {
    const lost: string[] = [];
    let skipped = 0;
    for (const root of ['fixtures', 'test']) {
      for (const rel of listFiles(path.join(REPO, root))) {
        const file = `${root}/${rel}`;
        const language = languageByName(file);
        if (!language || language === 'ports-yaml') continue;
        const text = readFileSync(path.join(REPO, file), 'utf8');
        if (mayHoldPorts(text, language, file)) continue;
        skipped++;
        const found = occurrences(language, text, file).filter((o) => !o.comment);
        if (found.length > 0) lost.push(`${file}: ${found.map((o) => `${o.range.start.line}:${o.port}`).join(', ')}`);
      }
    }
    expect(lost).toEqual([]);
    expect(skipped).toBeGreaterThan(0);
  });

  it('keeps every sample line of the JS/TS/Python query files the extractor finds a port in', () => {
    const lost: string[] = [];
    let checked = 0;
    for (const [dir, language] of [
      ['python', 'python'],
      ['javascript', 'javascript'],
      ['jsx', 'tsx'],
      ['typescript', 'typescript'],
    ] as const) {
      const grammarDir = path.join(REPO, 'grammars', dir);
      for (const scm of readdirSync(grammarDir).filter((f) => f.endsWith('.scm'))) {
        // A pattern's sample source is a `; ` comment line above it; several samples may share a line.
        for (const line of readFileSync(path.join(grammarDir, scm), 'utf8').split('\n')) {
          if (!line.startsWith('; ') || !/\d/.test(line)) continue;
          for (const sample of line.slice(2).split(/\s{3,}/)) {
            if (occurrences(language, `${sample}\n`).filter((o) => !o.comment).length === 0) continue;
            checked++;
            if (!mayHoldPorts(`${sample}\n`, language)) lost.push(`${dir}/${scm}: ${sample}`);
          }
        }
      }
    }
    expect(lost).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps servers, clients and command lines that name no port', () => {
    const kept = [
      ['python', 'with socketserver.TCPServer(("", 8000), Handler) as httpd:\n    httpd.serve_forever()\n'],
      ['python', 'conn = http.client.HTTPSConnection("api", 8443)\n'],
      ['python', 'params = pika.ConnectionParameters("mq", 5672)\n'],
      ['python', 'server_address = ("", 8000)\n'],
      ['python', 'ADDR = ("::1", 8000)\n'],
      ['python', 'client = MongoClient(host, 27017)\n'],
      ['python', 'r, w = await asyncio.open_connection("db", 5432)\n'],
      ['python', 'os.system("gunicorn -b :8000 app:app")\n'],
      ['python', 'RULES = [{"proto": "tcp", "dport": 22}]\n'],
      ['python', 'DBPORT = 5432\n'],
      ['javascript', 'const c = net.createConnection(5432);\n'],
      ['javascript', 'const r = redis.createClient(6379, host);\n'],
      ['javascript', 'exec("npx serve -l 3000");\n'],
      ['javascript', "spawn('node', ['--inspect=9229', 'server.js']);\n"],
      ['javascript', "execSync('docker run --publish 8080:80 nginx');\n"],
    ] as const;
    for (const [language, code] of kept) {
      expect(occurrences(language, code).filter((o) => !o.comment).length, code).toBeGreaterThan(0);
      expect(mayHoldPorts(code, language), code).toBe(true);
    }
  });

  it('skips code without anchors and keeps code with one', () => {
    expect(mayHoldPorts('const retries = 3;\nsetTimeout(f, 3000);\n', 'javascript')).toBe(false);
    expect(mayHoldPorts('x = datetime(2024, 1, 1)\n', 'python')).toBe(false);
    expect(mayHoldPorts('ADDR = ("10.1.2.3", 9000)\n', 'python')).toBe(true);
    expect(mayHoldPorts('ADDR = ("metrics.example.com", 9000)\n', 'python')).toBe(true);
    expect(mayHoldPorts('app.listen(3000)\n', 'javascript')).toBe(true);
    expect(mayHoldPorts("spawn('http-server', ['-p', '4000'])\n", 'javascript')).toBe(true);
    expect(mayHoldPorts('echo 3000\n', 'shell')).toBe(true);
    expect(mayHoldPorts('no digits at all\n', 'shell')).toBe(false);
    // Data flow into a call that takes a port: the number is elsewhere, the call names a variable.
    expect(mayHoldPorts('const p = process.env.X || 3000;\napp.listen(p);\n', 'javascript')).toBe(true);
    expect(mayHoldPorts('n = 8000\nserver.bind(("", n))\n', 'python')).toBe(true);
    expect(mayHoldPorts('sock.connect((host, 6379))\n', 'python')).toBe(true);
    expect(mayHoldPorts('const u = `${HOST}:8443`;\n', 'typescript')).toBe(true);
    expect(mayHoldPorts('LISTEN = ":9090"\n', 'python')).toBe(true);
    expect(mayHoldPorts("cfg = {'HTTPPort': 80}\n", 'python')).toBe(true);
    // Words and calls that only look like anchors.
    expect(mayHoldPorts('const f = g.bind(this);\nconst n = 42;\n', 'javascript')).toBe(false);
    expect(mayHoldPorts('container.bind(SpotlightService);\nconst n = 42;\n', 'typescript')).toBe(false);
    expect(mayHoldPorts('conn = sqlite3.connect(db_path)\nLIMIT = 100\n', 'python')).toBe(false);
    expect(mayHoldPorts('name = f"sb{idx:02}_{ra_h:02d}"\nLIMIT = 100\n', 'python')).toBe(false);
    expect(mayHoldPorts('url = f"http://{host}:8000/api"\n', 'python')).toBe(true);
    expect(mayHoldPorts('client = TestClient(app)\nassert r.status_code == 200\n', 'python')).toBe(false);
    expect(mayHoldPorts('const HTTP = 3000;\nserver.listen(HTTP);\n', 'typescript')).toBe(true);
    expect(occurrences('typescript', 'const HTTP = 3000;\nserver.listen(HTTP);\n').length).toBeGreaterThan(0);
    expect(mayHoldPorts('db = sqlite3.connect("app.db")\nLIMIT = 100\n', 'python')).toBe(false);
    expect(mayHoldPorts('portable = True\nx = a[1:10]\nt = "10:30"\n', 'python')).toBe(false);
    // OpenTelemetry's metric names are not the http.server command (a Grafana dashboard, 72 KB, was parsed for it).
    expect(mayHoldPorts('{"description": "rate of `http.server.request.duration` by route", "id": 12}\n', 'json')).toBe(false);
    expect(mayHoldPorts('meter.histogram("http.server.duration", unit="ms")\nBUCKETS = [5, 10]\n', 'python')).toBe(false);
    expect(mayHoldPorts('subprocess.run(["python", "-m", "http.server", "8000"])\n', 'python')).toBe(true);
    expect(mayHoldPorts('import os\nreport(2024)\n', 'python')).toBe(false);
    expect(mayHoldPorts('const all = a.concat(b);\nconst n = 42;\n', 'javascript')).toBe(false);
    expect(mayHoldPorts("run(['ncat', '-l', '9000'])\n", 'python')).toBe(true);
    // A ports module's numbers need no anchor: its name says they are ports.
    expect(mayHoldPorts('module.exports = { HTTP: 3000 };\n', 'javascript', 'server/ports.js')).toBe(true);
    expect(mayHoldPorts('module.exports = { HTTP: 3000 };\n', 'javascript', 'server/limits.js')).toBe(false);
  });

  it('skips YAML with no port, command, file or address in it, and keeps YAML with one', () => {
    // A workflow that only calls actions, dependabot's config, an alerting rule: numbers, no port.
    expect(mayHoldPorts('on: push\njobs:\n  build:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          fetch-depth: 0\n', 'yaml')).toBe(false);
    expect(mayHoldPorts('version: 2\nupdates:\n  - package-ecosystem: npm\n    open-pull-requests-limit: 10\n', 'yaml')).toBe(false);
    expect(mayHoldPorts('groups:\n  - name: otelcol\n    rules:\n      - alert: Down\n        expr: up == 0\n        for: 5m\n', 'yaml')).toBe(false);
    for (const text of [
      'jobs:\n  t:\n    steps:\n      - run: nc -z db 5432',
      'test:\n  script:\n    - telnet mail 25',
      'steps:\n  - name: serve\n    run: |\n      python -m http.server 8000 &',
      'spec:\n  containers:\n    - name: api\n      image: api\n      args: ["serve", "--listen=:8080"]',
      'controller:\n  extraArgs:\n    - --metrics-bind-address=:9100',
      'data:\n  bootstrap.sh: |\n    exec nc -l 7000',
      'data:\n  redis.conf: |\n    bind 0.0.0.0\n    port 6380',
      'mappings:\n  - {container: 25565, host: 25565, proto: tcp}',
      'entryPoints:\n  web:\n    address: ":80"',
      'upstream: db.internal:5432',
      'scrape_configs:\n  - static_configs:\n      - targets: [node-exporter:9100]',
      'backends:\n  - {name: api, url: api:8080}',
      'spec:\n  ports:\n    - port: 80\n      targetPort: 8080',
      'env:\n  - name: API_PORT\n    value: "8000"',
      // A compose file by another name (docker-stack.yml) is read as one.
      'services:\n  db:\n    image: postgres:16\n    expose:\n      - "5432"',
    ]) {
      expect(mayHoldPorts(`${text}\n`, 'yaml'), text).toBe(true);
      const found = occurrences('yaml', `${text}\n`).filter((o) => !o.comment);
      expect(found.length, text).toBeGreaterThan(0);
    }
  });

  it('skips JSON data whose numbers are values of keys, and keeps JSON with an address, a port name or a command', () => {
    // `"key":123` is JSON syntax, not a listen address: a catalogue or a recorded response parses for nothing.
    expect(mayHoldPorts('[{"id":1,"ra":83.82,"dec":-5.39,"mag":4},{"id":2,"count":2020,"t":"10:30"}]\n', 'json')).toBe(false);
    expect(mayHoldPorts('{\n  "id": 17,\n  "created": "2024-01-01T10:30:00Z"\n}\n', 'json')).toBe(false);
    // A port-named key whose value is words: a locale file (hoppscotch has 40 of them, 45 ms each to parse).
    expect(mayHoldPorts('{\n  "mailer": {\n    "port": "MAILER PORT",\n    "retries": 3\n  }\n}\n', 'json')).toBe(false);
    expect(mayHoldPorts('{"smtp_url": "URL du service SMTP (Mail)", "retries": 3}\n', 'json')).toBe(false);
    expect(mayHoldPorts('smtp = SMTP(host)\nRETRIES = 3\n', 'python')).toBe(true);
    for (const text of [
      '{"port":5173}',
      '{"devPort": "3001"}',
      '{"forwardPorts": [\n    3000,\n    8000\n  ]}',
      '{"portsAttributes": {"3000": {"label": "web"}}}',
      '{"args": [\n  "--port",\n  "8000"\n]}',
      '{"port": /* dev only */ 9229}',
      '{"env": {"PORT": "${PORT:-3000}"}}',
      '{"proxy":"http://localhost:8000"}',
      '{"url":"postgres://db:5432/app"}',
      '{"upstream":"10.0.0.7:9000"}',
      '{"listen":[":443"]}',
      '{"address":":8883/tcp"}',
      '{"cmd":"serve --addr :8080"}',
      '{"args":["--port","8000"]}',
      '{"runArgs":["-p","8080:80"]}',
      '{"runtimeArgs":["--inspect=9230"]}',
      '{"container":25565,"host":25565,"proto":"tcp"}',
      '{"ports":["8080:80"]}',
      '{"env":{"API_PORT":"8000"}}',
      '{"target":"${HOST}:8443"}',
      '{"inner":"{\\"listen\\":\\":8000\\"}"}',
    ]) {
      expect(mayHoldPorts(`${text}\n`, 'json'), text).toBe(true);
      const found = occurrences('json', `${text}\n`).filter((o) => !o.comment);
      expect(found.length, text).toBeGreaterThan(0);
    }
  });
});
