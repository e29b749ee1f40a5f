// .env / EnvironmentFile extraction: every assignment form, interpolation, URLs, CRLF and hard negatives.
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

const env = (body: string) => pinned('env', body);

describe('env files', () => {
  it('assignment forms: plain, export, double and single quotes, inline comments, spaces around =', () => {
    expect(
      env(`API_PORT=8000
export WEB_PORT=3000
DB_PORT="5432"
REDIS_PORT='6379'
METRICS_PORT=9100 # scraped by prometheus
  GRPC_PORT = 50051
HTTP_PORT=8080#not-a-comment
`),
    ).toEqual([
      '8000 env-assign 1:10-1:14 name=API_PORT',
      '3000 env-assign 2:17-2:21 name=WEB_PORT',
      '5432 env-assign 3:10-3:14 name=DB_PORT',
      '6379 env-assign 4:13-4:17 name=REDIS_PORT',
      '9100 env-assign 5:14-5:18 name=METRICS_PORT',
      '50051 env-assign 6:15-6:20 name=GRPC_PORT',
    ]);
  });

  it('interpolation defaults, variable-only values, lists, URLs and addresses', () => {
    const code = `PORT=\${PORT:-8080}
API_PORT=\${CONTIMG_API_PORT-8000}
COPY_PORT=\${API_PORT}
ALLOWED_PORTS=80,443
DATABASE_URL=postgres://u:p@db:5432/x
API_URL="http://localhost:\${API_PORT:-8001}/v1"
LISTEN_ADDR=0.0.0.0:8081
LITERAL='\${NOT_EXPANDED:-7000}'
`;
    expect(env(code)).toEqual([
      '8080 env-default 1:14-1:18 name=PORT var=PORT',
      '8000 env-default 2:29-2:33 name=API_PORT var=CONTIMG_API_PORT',
      'null env-assign 3:11-3:22 name=COPY_PORT var=API_PORT',
      '80 env-assign 4:15-4:17 name=ALLOWED_PORTS',
      '443 env-assign 4:18-4:21 name=ALLOWED_PORTS',
      '5432 url 5:32-5:36 host=db',
      '8001 url 6:39-6:43 var=API_PORT host=localhost',
      '8081 address 7:21-7:25 host=0.0.0.0',
    ]);
  });

  it('CRLF, comments and multi-line double-quoted values keep exact positions', () => {
    expect(
      env('# API on http://localhost:9000\r\nAPI_PORT=8000\r\nCERT="line one\r\nhttp://localhost:7000\r\n"\r\nLAST_PORT=7001 ; not a comment\r\n'),
    ).toEqual([
      '9000 url 1:27-1:31 host=localhost comment',
      '8000 env-assign 2:10-2:14 name=API_PORT',
      '7000 url 4:18-4:22 host=localhost',
    ]);
  });

  it('hard negatives stay silent', () => {
    expect(
      env(`UID=1000
TIMEOUT=3000
WORKERS=4
DISPLAY=:99
NODE_ENV=production
MAX_UPLOAD_MB=8000
SUPPORT_EMAIL=ops@example.com
VERSION=1.2.3
PORT_OFFSET_NAME=abc
`),
    ).toEqual([]);
  });
});

describe('env files: option variables and host-less addresses', () => {
  it('NODE_OPTIONS flags and an address variable set to `:80`; other options are not ports', () => {
    expect(summary('env', 'NODE_OPTIONS=--inspect=0.0.0.0:9229\nHTTP_ADDR=:80\nNODE_OPTIONS=--max-old-space-size=4096\nCRON_AT=04:30\n')).toEqual([
      '9229 listen 1:32-1:36 name=--inspect host=0.0.0.0',
      '80 listen 2:12-2:14 name=HTTP_ADDR host=',
    ]);
  });
});
