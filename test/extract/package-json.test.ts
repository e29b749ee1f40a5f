// package.json extraction: scripts read as shell (columns through JSON escapes), the rest as JSON.
import { describe, expect, it } from 'vitest';
import { summary } from '../helpers/extract.js';

const pkg = (code: string) => summary('package-json', code);

describe('package.json', () => {
  it('scripts are shell: flags, env assignments, wrappers, nested quoted commands', () => {
    expect(
      pkg(`{
  "scripts": {
    "dev": "vite --port 5173",
    "start": "next start -p 3000",
    "serve": "PORT=3001 react-scripts start",
    "api": "cross-env API_PORT=8001 node server.js --port 8002",
    "both": "concurrently \\"vite --port 5174\\" \\"uvicorn app:app --port 8003\\"",
    "esc": "echo \\u0041\\t && uvicorn app --port 8004"
  }
}
`),
    ).toEqual([
      '5173 cli-flag 3:25-3:29 name=--port',
      '3000 cli-flag 4:29-4:33 name=-p',
      '3001 env-assign 5:20-5:24 name=PORT',
      '8001 env-assign 6:32-6:36 name=API_PORT',
      '8002 cli-flag 6:59-6:63 name=--port',
      '5174 cli-flag 7:41-7:45 name=--port',
      '8003 cli-flag 7:73-7:77 name=--port',
      '8004 cli-flag 8:49-8:53 name=--port',
    ]);
  });

  it('other keys go through the JSON patterns', () => {
    expect(pkg('{\n  "proxy": "http://localhost:8000",\n  "config": { "port": 8080 }\n}\n')).toEqual([
      '8000 url 2:30-2:34 host=localhost',
      '8080 property 3:23-3:27 name=port',
    ]);
  });

  it("commands after an unknown script's `--`; command keys outside `scripts` (nodemonConfig)", () => {
    expect(
      pkg(`{
  "scripts": {
    "start:wait": "scripts/wait-for-db.sh -- npx wait-on tcp:localhost:5432 && npm start",
    "exec": "node --inspect=9232 repl.js",
    "kafka": "BOOTSTRAP=\${KAFKA_BOOTSTRAP:-localhost:9092} node consumer.js"
  },
  "nodemonConfig": { "exec": "node --inspect=9229 server/index.js", "script": "server/index.js" }
}
`),
    ).toEqual([
      '5432 connect 3:72-3:76 host=localhost',
      '9232 listen 4:29-4:33 name=--inspect',
      '9092 address 5:54-5:58 host=localhost',
      '9229 listen 7:46-7:50 name=--inspect',
    ]);
  });

  it('versions, engines and node options are not ports', () => {
    expect(
      pkg(`{
  "version": "5.0.0",
  "engines": { "node": ">=20" },
  "scripts": { "build": "NODE_OPTIONS=--max-old-space-size=4096 vite build", "test": "vitest run --pool=threads --maxWorkers 4" },
  "dependencies": { "express": "^5.0.0", "pg": "8.11.3" }
}
`),
    ).toEqual([]);
  });
});
