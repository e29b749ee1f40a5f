// Values from the environment and the command line echoed in messages: one line, escaped, cut short
// (reliability attack "Bad messages": `get`/`check` echoed a 100 KB env value whole).
import { describe, expect, it } from 'vitest';
import { cut, nameList, quote, visible } from '../src/util/echo.js';
import { runCli } from './helpers/run.js';
import { tempRepo } from './runtime/sockets.js';

const HUGE = 'x'.repeat(100_000);
const DIGITS = '9'.repeat(100_000);

describe('echoed values', () => {
  it('quote escapes, cuts and gives the length', () => {
    expect(quote('api')).toBe('"api"');
    expect(quote('a"b\\c\nd\u202e\u0000')).toBe('"a\\"b\\\\c\\nd\\u202e\\u0000"');
    expect(quote('y'.repeat(100))).toBe(`"${'y'.repeat(80)}…" (100 characters)`);
    // Never half a surrogate pair.
    expect(cut(`${'a'.repeat(79)}😀z`, 80)).toBe(`${'a'.repeat(79)}…`);
    expect(visible('a\tb\r\n')).toBe('a\\tb\\r\\n');
    expect(nameList(Array.from({ length: 25 }, (_, i) => `s${i}`), 3)).toBe('s0, s1, s2, … (22 more)');
  });

  it.each([
    [['get', 'api'], { CONTIMG_API_PORT: HUGE }, `CONTIMG_API_PORT="${'x'.repeat(80)}…" (100000 characters) is not a port number; api takes an integer in 8000-8009`],
    [['get', 'api'], { CONTIMG_API_PORT: DIGITS }, `CONTIMG_API_PORT=${'9'.repeat(80)}… (100000 characters) is outside the range of api (8000-8009)`],
    [['get', 'api'], { CONTIMG_API_PORT: '80\n01' }, 'CONTIMG_API_PORT="80\\n01" is not a port number; api takes an integer in 8000-8009'],
    [['get', `a\n${HUGE}`], {}, `unknown service "a\\n${'x'.repeat(78)}…" (100002 characters); ports.yaml declares: api, docs, metrics, frontend_dev, dashboard, dashboard_docker, mcp_http, mcp_ws, chrome_debug, redis`],
    [['get', 'api', '--env', `p\n${HUGE}`], {}, `--env: unknown environment "p\\n${'x'.repeat(78)}…" (100002 characters): config/ports.yaml declares no environments`],
    [['check'], { CONTIMG_API_PORT: HUGE }, `CONTIMG_API_PORT="${'x'.repeat(80)}…" (100000 characters) is not a port number; api takes an integer in 8000-8009`],
  ])('%# is one short line with exit 2', async (args, env, line) => {
    expect(await runCli(args, undefined, env)).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('escapes and cuts an ignored value of an immutable service', async () => {
    const dir = tempRepo('ports:\n  api: { default: 8000, env_var: API_PORT, immutable: true }\n');
    const run = await runCli(['get', 'api'], dir, { API_PORT: `1\n${HUGE}` });
    expect(run.stdout).toBe('8000\n');
    expect(run.stderr).toBe(`port-lint: API_PORT="1\\n${'x'.repeat(78)}…" (100002 characters) is ignored: api is immutable (always 8000)\n`);
  });
});
