// --fix and --fix-dry-run: literals become registry lookups in each language's own syntax, only where
// safe; the fixed files still parse, and a second --fix changes nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run.js';

const REGISTRY = [
  'ports:',
  '  api: { default: 8000, env_var: CONTIMG_API_PORT, range: [8000, 8009] }',
  '  web: { default: 5173, env_var: WEB_PORT }',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'docker-compose.yml': 'services:\n  api:\n    ports:\n      - "8000:8000"\n      - "${CONTIMG_API_PORT}:8000"\n',
  'run.sh': [
    '#!/bin/bash',
    'uvicorn app:app --port 8000',
    'curl -fsS "http://localhost:8000/health"',
    "echo 'the api listens on http://localhost:8000'",
    'uvicorn app:app --port "${CONTIMG_API_PORT:-8001}"',
    'for port in $(seq 8000 8009); do :; done',
    '',
  ].join('\n'),
  'vite.config.js': "export default { server: { port: 5173 }, preview: { port: '5173' } };\n",
  'app.py': 'import os\n\nPORT = 8000\nHOST_PORT = "8000"\nURL = "http://localhost:8000"\n',
  'noimport.py': 'PORT = 8000\n',
  'app.env': 'API_URL=http://localhost:8000\n',
};

function repo(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
  for (const [f, t] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), t);
  }
  return dir;
}

const read = (dir: string, f: string) => readFileSync(path.join(dir, f), 'utf8');

describe('--fix', () => {
  it('rewrites hardcoded defaults, mismatched defaults and missing defaults, and nothing else', async () => {
    const dir = repo();
    const run = await runCli(['--fix'], dir);
    expect(run.stderr).toBe('port-lint: fixed 9 problems in 4 files\n');
    expect(read(dir, 'docker-compose.yml')).toBe(
      'services:\n  api:\n    ports:\n      - "${CONTIMG_API_PORT:-8000}:8000"\n      - "${CONTIMG_API_PORT:-8000}:8000"\n',
    );
    expect(read(dir, 'run.sh').split('\n')).toEqual([
      '#!/bin/bash',
      'uvicorn app:app --port "${CONTIMG_API_PORT:-8000}"',
      'curl -fsS "http://localhost:${CONTIMG_API_PORT:-8000}/health"',
      // single quotes would not expand the lookup: left alone
      "echo 'the api listens on http://localhost:8000'",
      'uvicorn app:app --port "${CONTIMG_API_PORT:-8000}"',
      // a loop's bounds are left alone: a lookup would move the loop whenever the variable is set
      'for port in $(seq 8000 8009); do :; done',
      '',
    ]);
    expect(read(dir, 'vite.config.js')).toBe(
      "export default { server: { port: Number(process.env.WEB_PORT ?? 5173) }, preview: { port: (process.env.WEB_PORT ?? '5173') } };\n",
    );
    expect(read(dir, 'app.py')).toBe(
      'import os\n\nPORT = int(os.environ.get("CONTIMG_API_PORT", "8000"))\nHOST_PORT = os.environ.get("CONTIMG_API_PORT", "8000")\nURL = "http://localhost:8000"\n',
    );
    // no `import os`: a fix would leave a NameError
    expect(read(dir, 'noimport.py')).toBe(FILES['noimport.py']);
    // systemd EnvironmentFiles do not expand ${…}
    expect(read(dir, 'app.env')).toBe(FILES['app.env']);
    execFileSync('bash', ['-n', path.join(dir, 'run.sh')]);
    execFileSync('python3', ['-m', 'py_compile', path.join(dir, 'app.py')]);
    execFileSync(process.execPath, ['--check', path.join(dir, 'vite.config.js')]);
  });

  it('reports what is left after fixing, and a second --fix changes nothing', async () => {
    const dir = repo();
    await runCli(['--fix'], dir);
    const before = Object.keys(FILES).map((f) => read(dir, f));
    const again = await runCli(['--fix', '-f', 'json'], dir);
    expect(again.stderr).toBe('port-lint: fixed 0 problems in 0 files\n');
    expect(Object.keys(FILES).map((f) => read(dir, f))).toEqual(before);
    const left = JSON.parse(again.stdout).results.map((r: { file: string; line: number }) => `${r.file}:${r.line}`);
    expect(left).toEqual(['app.env:1', 'app.py:5', 'noimport.py:1', 'run.sh:4', 'run.sh:6', 'run.sh:6']);
  });

  it('--fix-dry-run prints the diff and writes nothing', async () => {
    const dir = repo();
    const run = await runCli(['--fix-dry-run'], dir);
    expect(run.stdout).toContain('--- a/run.sh\n+++ b/run.sh\n@@ -2 +2 @@\n-uvicorn app:app --port 8000\n+uvicorn app:app --port "${CONTIMG_API_PORT:-8000}"\n');
    expect(run.stderr).toBe('port-lint: --fix would fix 9 problems in 4 files\n');
    for (const [f, t] of Object.entries(FILES)) expect(read(dir, f)).toBe(t);
  });

  it('leaves suppressed findings alone', async () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'run.sh'), 'uvicorn app:app --port 8000 # port-lint-disable-line\n');
    await runCli(['--fix', 'run.sh'], dir);
    expect(read(dir, 'run.sh')).toBe('uvicorn app:app --port 8000 # port-lint-disable-line\n');
  });
});

describe('--fix in shell scripts', () => {
  it('tells heredocs from here-strings and arithmetic shifts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-sh-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    writeFileSync(path.join(dir, 'run.sh'), 'x=$(( 1 << SHIFT ))\ngrep -q up <<< "$status"\nuvicorn app:app --port 8000\n');
    await runCli(['--fix'], dir);
    expect(read(dir, 'run.sh')).toBe('x=$(( 1 << SHIFT ))\ngrep -q up <<< "$status"\nuvicorn app:app --port "${CONTIMG_API_PORT:-8000}"\n');
  });
});

describe('--fix leaves alone what it cannot rewrite safely', () => {
  const cases: [string, string][] = [
    ['bom.js', '\uFEFFapp.listen(8000);\n'],
    ['environ.py', 'from os import environ\n\nPORT = 8000\n'],
    ['alias.py', 'import os as _os\n\nPORT = 8000\n'],
    ['App.jsx', 'export const A = () => <Server port="8000" />;\n'],
    ['heredoc.sh', "cat > /etc/app.conf <<'CONF'\nserver localhost:8000\nCONF\n"],
    ['heredocs.sh', "cat > run.py <<\\EOF\napp.run(port=8000)\nEOF\ncat > run2.py <<'END-PY'\napp.run(port=8000)\nEND-PY\n"],
    ['prefixed.py', 'import os\n\nPORT = u"8000"\nRAW = b"8000"\n'],
    ['Dockerfile', 'FROM python:3.12\nCMD ["uvicorn", "app:app", "--port", "8000"]\n'],
    ['docker-compose.yml', 'services:\n  api:\n    ports:\n      - "8000-8001:8000-8001"\n'],
    ['.env.staging', 'CONTIMG_API_PORT=8004\n'],
    ['units.env', 'WEB_PORT=${WEB_PORT}\n'],
  ];

  it('keeps each file as it was, except the BOM file whose fix keeps the BOM', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-safe-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    for (const [f, t] of cases) writeFileSync(path.join(dir, f), t);
    await runCli(['--fix'], dir);
    for (const [f, t] of cases) {
      if (f === 'bom.js') expect(read(dir, f)).toBe('\uFEFFapp.listen(Number(process.env.CONTIMG_API_PORT ?? 8000));\n');
      else expect(read(dir, f), f).toBe(t);
    }
  });
});

describe('--fix is idempotent on the default of another variable (W1)', () => {
  it('leaves ${API_PORT:-8000} as it is (a finding without a fix), run after run', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-w1-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    const files: Record<string, string> = {
      'run.sh': 'PORT="${API_PORT:-8000}"\n',
      'docker-compose.yml': 'services:\n  api:\n    ports:\n      - "${API_PORT:-8000}:8000"\n',
      'app.js': 'const port = Number(process.env.API_PORT ?? 8000);\n',
      'app.py': 'import os\n\nPORT = int(os.environ.get("API_PORT", "8000"))\n',
    };
    for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dir, f), t);
    for (let i = 0; i < 2; i++) {
      const run = await runCli(['--fix', '-f', 'json'], dir);
      expect(run.stderr).toBe('port-lint: fixed 0 problems in 0 files\n');
      for (const [f, t] of Object.entries(files)) expect(read(dir, f), f).toBe(t);
      // Still reported: which variable should win is for a person to decide.
      expect(JSON.parse(run.stdout).results.map((r: { file: string; ruleId: string }) => `${r.file} ${r.ruleId}`)).toContain('run.sh hardcoded-port');
    }
  });
});

describe('--fix in Python needs `os` bound at module level before the fixed line (W2)', () => {
  const cases: [string, string, string | undefined][] = [
    ['in-function.py', 'def f():\n    import os\n    return os.getcwd()\n\nPORT = 8000\n', undefined],
    ['docstring.py', '"""Usage:\nimport os\n"""\nPORT = 8000\n', undefined],
    ['string.py', 'HELP = """\nimport os\n"""\nPORT = 8000\n', undefined],
    ['after.py', 'PORT = 8000\n\nimport os\n', undefined],
    ['conditional.py', 'import sys\nif sys.platform:\n    import os\nPORT = 8000\n', undefined],
    ['top.py', '"""Doc."""\nimport sys, os.path\n\nPORT = 8000\n', '"""Doc."""\nimport sys, os.path\n\nPORT = int(os.environ.get("CONTIMG_API_PORT", "8000"))\n'],
    ['split.py', 'A_PORT = 8000\nimport os\nB_PORT = 8000\n', 'A_PORT = 8000\nimport os\nB_PORT = int(os.environ.get("CONTIMG_API_PORT", "8000"))\n'],
  ];

  it('fixes only where `import os` ran before the line, and every result runs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-w2-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    for (const [f, t] of cases) writeFileSync(path.join(dir, f), t);
    await runCli(['--fix'], dir);
    for (const [f, t, fixed] of cases) {
      expect(read(dir, f), f).toBe(fixed ?? t);
      // Importing the module must not raise NameError.
      execFileSync('python3', ['-c', `import runpy; runpy.run_path(${JSON.stringify(path.join(dir, f))})`]);
    }
  });
});

describe('--fix rewrites only what it is sure of (issue 12, item 5)', () => {
  it('leaves test files, lists, container sides, other variables and other hosts alone, and fixes the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-guess-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    const files: Record<string, string> = {
      // a test's expectation would read a variable its input does not
      'tests/test_api.py': 'import os\nURL = "http://localhost:8000/health"\nassert parse(URL).port == 8000\n',
      // an allow list and a comma-separated bypass list: reading a variable changes what they allow
      'allow.py': 'import os\nALLOWED_PORTS = [80, 8000]\nNO_PROXY = "localhost:8000,127.0.0.1:8000"\n',
      // the container side of a pair inside a sed replacement; a value assigned to another variable
      'deploy.sh': '#!/bin/sh\nsed -i "s/9999:8000/9999:8001/" compose.yml\nPORT=8000 uvicorn app:app\n',
      // another machine's port is not api's
      'remote.py': 'import os\nUPSTREAM = "http://10.0.0.5:8000"\n',
      // named for the service: fixed
      'main.py': 'import os\nAPI_PORT = 8000\n',
      // inside a multi-line string (an nginx block a script writes) and a block comment: text, not code
      'nginx.py': 'import os\nCONF = \'\'\'\nserver {\n    location / { proxy_pass http://127.0.0.1:8000; }\n}\n\'\'\'\n',
      'usage.js': '/*\n  node fetch.js --url http://localhost:8000/api\n*/\nexport {};\n',
      // browser code (no sign of Node): process.env would be a ReferenceError there
      'web/src/health.ts': 'export const API = { name: "api", port: 8000 };\n',
      // the fallback of another variable that holds the whole URL: which of the two should move it is a person's call
      'client.sh': '#!/bin/sh\ncurl "${API_URL:-http://localhost:8000}/health"\n',
    };
    for (const [f, t] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), t);
    }
    const run = await runCli(['--fix'], dir);
    expect(run.stderr).toBe('port-lint: fixed 1 problem in 1 file\n');
    expect(read(dir, 'main.py')).toBe('import os\nAPI_PORT = int(os.environ.get("CONTIMG_API_PORT", "8000"))\n');
    for (const f of ['tests/test_api.py', 'allow.py', 'deploy.sh', 'remote.py', 'nginx.py', 'usage.js', 'web/src/health.ts', 'client.sh']) expect(read(dir, f)).toBe(files[f]);
  });
});

describe('--fix and a service whose variable names no service', () => {
  it('reports but does not rewrite to read PORT (a platform or a container sets it for whatever runs there)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-generic-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), 'ports:\n  backend: { default: 3170, env_var: PORT }\n');
    const files: Record<string, string> = {
      'docker-compose.yml': 'services:\n  backend:\n    ports:\n      - "3170:3170"\n',
      'healthcheck.sh': 'curl -f "http://localhost:3170/ping"\n',
    };
    for (const [f, t] of Object.entries(files)) writeFileSync(path.join(dir, f), t);
    const run = await runCli(['--fix'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('port-lint: fixed 0 problems in 0 files\n');
    expect(run.stdout).toMatch(/Port 3170 of backend is hardcoded/);
    for (const f of Object.keys(files)) expect(read(dir, f)).toBe(files[f]);
  });
});

describe('--fix and a Dockerfile variable nothing declares', () => {
  it('gives ${X} a default only where an ARG or ENV above declares X (else X is never set at build time)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-arg-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    const undeclared = 'FROM python:3.12\nEXPOSE ${CONTIMG_API_PORT}\n';
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    writeFileSync(path.join(dir, 'a', 'Dockerfile'), undeclared);
    writeFileSync(path.join(dir, 'b', 'Dockerfile'), 'FROM python:3.12\nARG CONTIMG_API_PORT\nEXPOSE ${CONTIMG_API_PORT}\n');
    const run = await runCli(['--fix'], dir);
    expect(run.stderr).toBe('port-lint: fixed 1 problem in 1 file\n');
    expect(read(dir, 'a/Dockerfile')).toBe(undeclared);
    expect(read(dir, 'b/Dockerfile')).toBe('FROM python:3.12\nARG CONTIMG_API_PORT\nEXPOSE ${CONTIMG_API_PORT:-8000}\n');
    expect(run.stdout).toMatch(/a\/Dockerfile[\s\S]*ARG CONTIMG_API_PORT=8000 above it, or \$\{CONTIMG_API_PORT:-8000\}/);
  });
});

describe('--fix and a file that does not parse', () => {
  it('reports its findings and leaves it alone (where a literal sits in it is a guess)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'port-lint-fix-broken-'));
    execFileSync('git', ['init', '-q'], { cwd: dir });
    writeFileSync(path.join(dir, 'ports.yaml'), REGISTRY);
    const broken = 'import os\nAPI_PORT = 8000\ndef (:\n';
    writeFileSync(path.join(dir, 'broken.py'), broken);
    const run = await runCli(['--fix'], dir);
    expect(run.stderr).toContain('port-lint: --fix left broken.py alone: it does not parse as it is\n');
    expect(run.stdout).toMatch(/Port 8000 of api is hardcoded/);
    expect(read(dir, 'broken.py')).toBe(broken);
  });
});
