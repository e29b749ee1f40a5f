// One file's whole extraction — read, decode, prefilter, extract, suppression directives — as plain
// data, so it can run in a worker thread and be cached by content hash.
import type { SourceFile } from './discover.js';
import { extractText, prepareLanguage, queryGrammars } from './extract/index.js';
import { GrammarNotLoaded, loadGrammar, type PlannedText } from './extract/tree-sitter.js';
import { isPortName } from './extract/port-text.js';
import { isPortsModule } from './extract/port-values.js';
import { averageLineLength, MINIFIED_AVERAGE_LINE } from './generated.js';
import { decodeSource, readBytes, type ReadOutcome } from './read.js';
import { FileBudgetExceeded, fileTimeBudgetMs, withFileBudget } from './util/budget.js';
import { parseDirectives, type Directive } from './suppress.js';
import type { LanguageId, Notice, PortOccurrence } from './types.js';

export interface FileResult {
  file: string;
  /** scanned: extracted; skipped: not read, with a notice; ignored: not a file port-lint reads. */
  status: 'scanned' | 'skipped' | 'ignored';
  occurrences: PortOccurrence[];
  directives: Directive[];
  notices: Notice[];
  /** Why the file was left out as generated or minified (status ignored): counted in one notice, not one each. */
  generated?: string;
}

/**
 * A call taking a variable where a port goes (`app.listen(p)`, `s.bind(("", n))`) — not `this`, `self`,
 * `null`, a function, nor a class alone (`container.bind(SpotlightService)`, dependency injection: 58 of
 * hoppscotch's 84 TypeScript files parsed for no port), nor a path, database, URL or app
 * (`sqlite3.connect(db_path)`, `TestClient(app)`, `create_engine(config.database_url)`; a URL with a
 * port is an anchor of its own). With the format specs below, DSA-110's Python files parsed for no port
 * fell from 123 to 60. `listen(PORT)` and `bind(Config.port)` still are.
 */
const CALL_WITH_VARIABLE =
  /(?:listen|connect\w*|bind|serve|sendto|start_server|create_server|open_connection|create_connection|createConnection|createClient|getaddrinfo|Server|Connection\w*|Client|SMTP\w*|LMTP|FTP\w*|IMAP4?\w*|POP3\w*|[Rr]edis|[Tt]elnet)\s*\(\s*\(?\s*(?:['"][^'"\n]*['"]\s*,\s*)?(?!(?:this|null|undefined|self|cls|function|async|args|kwargs|None|True|False|app)\b|[A-Z][a-z][\w$]*\s*[,)]|[\w$.]*(?:path|file|dir|db|url|uri|dsn|PATH|FILE|DIR|DB|URL|URI|DSN)\s*[,)])[A-Za-z_$][\w$.]*\s*[,)]/;

/** host:port after a name, an IPv4 address or `${HOST}`, and `:8080` listen addresses after a quote, `=`, a space, `(` or `,`. */
const HOST_PORT = /:\d{2,5}(?![\d:.])(?<=(?:[A-Za-z_\]}][\w.-]*|\d{1,3}(?:\.\d{1,3}){3}|[\s=(,'"`])['"]?:\d{2,5})/;

/**
 * What a TS/JS or Python file must contain for its extractor to find any port outside a comment: a word
 * that names a port by the extractor's own test (`isPortName`: `port`, `API_PORT`, `dbport`, `dport`), a
 * URL or address with a port (`host:8000`, `":8080"`, `-b :8000`), a call that takes a port positionally
 * (listen, connect, bind, serve, `…Server(`, `…Connection(`, `…Client(`, SMTP, Redis) with a number or a
 * variable among its first arguments, a (host, port) tuple, or a command line with a port (`http.server
 * 8000`, `-p 4000`, `--inspect=9229`). `.bind(this)`, `connect("app.db")`, `portable`, `import`, slices
 * `a[1:2]` or times `10:30` are not anchors, so most code skips the parse. test/prefilter.test.ts checks
 * this against every fixture and every sample line of the query files.
 */
// Each anchor starts with a literal or a narrow class and looks behind only once that matched: tested one
// after another, they cost a fraction of one alternation whose branches open with lookbehinds.
const CODE_ANCHORS: readonly RegExp[] = [
  // host:port (HOST_PORT), in code not before `}`: a format spec (`f"{idx:02}"`, `{ra_h:02d}`: 34 of
  // DSA-110's Python files parsed for no port), or a dict entry whose key names no port
  /:\d{2,5}(?![\d:.]|[dfxXeEgGbon%]?\})(?<=(?:[A-Za-z_\]}][\w.-]*|\d{1,3}(?:\.\d{1,3}){3}|[\s=(,'"`])['"]?:\d{2,5})/,
  // a percent-encoded port (`http%3A%2F%2Fminio%3A9000`), a DNS upstream's `10.0.0.1#5353`, `{ listen: 7781 }`
  /%3[Aa]\d/,
  /#\d(?<=\d#\d)/,
  /listen['"]?\s*:\s*\d/,
  // a port mapping whose sides are not port-named, beside its protocol: `{ container: 25565, proto: 'tcp' }`
  /proto(?:col)?['"]?\s*:\s*['"](?:tcp|udp)['"]/i,
  // calls and constructors taking a port positionally: a number among the arguments, or a variable
  // (data flow, CALL_WITH_VARIABLE)
  /(?:listen|connect\w*|bind|serve|sendto|start_server|create_server|open_connection|create_connection|createConnection|createClient|getaddrinfo|Server|Connection\w*|Client|SMTP\w*|LMTP|FTP\w*|IMAP4?\w*|POP3\w*|[Rr]edis|[Tt]elnet)\s*\(\s*[^)]{0,160}?\d/,
  CALL_WITH_VARIABLE,
  // command lines with a port: http.server 8000, runserver, socat, nc (whole words: not `concat`, nor
  // OpenTelemetry's `http.server.request.duration`), -p 4000, -l 3000, -b :8000, --inspect=9229, --publish 8080:80
  /\b(?:runserver|http\.server(?!\.)|socat|ncat|netcat)\b/,
  /-[pPlLb](?<![\w-]-[pPlLb])['"]?\s*[,=]?\s*['"]?:?\d/,
  /--(?:inspect(?:-brk|-wait)?|publish|bind|listen|expose)\b/,
  // local hosts, and (host, port) tuples with a host name, an IP address or the empty host
  /localhost|127\.0\.0\.1|0\.0\.0\.0/,
  /['"]\s*,\s*\d(?<=['"](?:[a-z0-9.-]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3}|::1?|)['"]\s*,\s*\d)/,
];

/**
 * Whether a word holding "port" names a port, by the extractor's own test (so `import`, `report` do not);
 * with `valueAfter`, only a name a value can follow: what JSON's patterns read after a port-named key or
 * flag starts with a digit or `$` (`"port": 5173`, `"ports": [\n 3000`, `"ports": {"3000": …}`,
 * `"--port", "8000"`, `--port=$PORT`). A locale's `"port": "MAILER PORT"` has none.
 */
function hasPortName(text: string, valueAfter?: RegExp): boolean {
  const re = /port/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + 4;
    while (start > 0 && /[\w-]/.test(text[start - 1]!)) start--;
    while (end < text.length && /[\w-]/.test(text[end]!)) end++;
    if (isPortName(text.slice(start, end)) && (!valueAfter || valueAfter.test(text.slice(end, end + 256)))) return true;
    re.lastIndex = end;
  }
  return false;
}

/** After a port name in JSON: its closing quote, `:`/`=`/`,`, a JSONC block comment, an array or object opening, a quote, then a digit or `$`. */
const JSON_PORT_VALUE = /^["']?\s*[:=,]?\s*(?:\/\*[\s\S]*?\*\/\s*)?[[{]?\s*["']?\s*[\d$]/;

const PREFILTERED = new Set<LanguageId>(['javascript', 'typescript', 'tsx', 'python']);

/**
 * YAML's anchors besides port names: the code anchors, and what else the YAML walker reads a port from —
 * compose's `expose`, a mapping beside `proto: tcp`, Ansible's ssh arguments, and any key whose value it
 * reads as shell, argv or a file of its own (`run:`, `script:`, `command:`,
 * `extraArgs:`, `bootstrap.sh:`, `nginx.conf:`), whose commands take ports positionally (`nc db 5432`,
 * `telnet mail 25`). A CI workflow without any of them, a data file, an OpenAPI or alerting spec skips
 * the parse (opentelemetry-demo: 56 of 82 YAML files).
 */
const YAML_ANCHORS: readonly RegExp[] = [
  // host:port even before `}` or `]`: a flow map's `{url: api:8080}`, Prometheus's `targets: [node:9100]`
  HOST_PORT,
  ...CODE_ANCHORS.slice(1),
  /expose/i,
  /proto(?:col)?['"]?\s*:\s*['"]?(?:tcp|udp)\b/i,
  /(?:^|\n)[ \t-]*['"]?(?:[\w.-]*[_-])?(?:run|scripts?|before_script|after_script|shell|cmds?|commands?|entrypoint|args|arguments|[Aa]rgs|[Cc]ommands?|[\w.-]+\.(?:sh|bash|conf|cfg|cnf|ini|properties|toml|env|ya?ml|json))['"]?\s*:/,
  /ansible_ssh/,
];

/**
 * JSON's own anchors. Every `"key":123` of a data file is a quote, a colon and digits, which the code
 * anchors' host:port test would take for a listen address — so nearly every JSON file would be parsed,
 * and large data files (catalogues, fixtures, recordings) are the costliest files there are. In JSON a
 * word character (or `]`, `}`) right before `:digits` is inside a string, so host:port needs no quote
 * before the colon; a string that is only `:8080` ends in a quote, `/tcp` or an escaped quote (JSON in a
 * JSON string), a number never does.
 */
const JSON_ANCHORS: readonly RegExp[] = [
  /(?:[A-Za-z_\]}][\w.-]*|\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}(?![\d:.])/,
  /":\d{1,5}["/\\]/,
  /\s:\d{2,5}(?![\d.])/,
  // The code anchors but the first and data flow into a call, which JSON has no code for: a locale's
  // "SMTP (Mail)" is prose.
  ...CODE_ANCHORS.slice(1).filter((anchor) => anchor !== CALL_WITH_VARIABLE),
];

/**
 * A cheap text test that lets most files without ports skip parsing: no digit and no `$` means no port;
 * for the code languages (most of any repository, and the costliest to parse) the anchors above too,
 * unless the file is a ports module by its name (`server/ports.js`: `HTTP: 3000` needs no anchor); for
 * JSON its own anchors or a port name a value follows; for YAML (not compose) the code anchors, a port
 * name or a YAML anchor.
 */
export function mayHoldPorts(text: string, language?: LanguageId, file?: string): boolean {
  if (!/[0-9$]/.test(text)) return false;
  if (language === 'json') return JSON_ANCHORS.some((anchor) => anchor.test(text)) || hasPortName(text, JSON_PORT_VALUE);
  if (language === 'yaml') return YAML_ANCHORS.some((anchor) => anchor.test(text)) || hasPortName(text);
  if (language === undefined || !PREFILTERED.has(language)) return true;
  return CODE_ANCHORS.some((anchor) => anchor.test(text)) || hasPortName(text) || (file !== undefined && isPortsModule(file));
}

export function scanBytes(sf: SourceFile, bytes: Buffer): FileResult {
  return scanDecoded(sf, decodeSource(sf, bytes), undefined, bytes);
}

/** `34012 bytes`, `1048576 bytes, minified`: what a notice says of a file it skipped, or that it is gone. */
export function describeBytes(bytes: Buffer | undefined): string {
  if (!bytes) return 'unreadable now';
  return `${bytes.length} bytes${averageLineLength(bytes) > MINIFIED_AVERAGE_LINE ? ', minified' : ''}`;
}

/** Why a file that used up its time budget was skipped: the same words in a worker and in this thread. */
export function timeoutReason(bytes: Buffer | undefined): string {
  return `extraction took longer than ${fileTimeBudgetMs() / 1000} s (${describeBytes(bytes)}); PORT_LINT_FILE_TIMEOUT sets the limit`;
}

/** Whether a decoded file goes to its extractor: text that passes the prefilter. */
function wantsParse(decoded: ReadOutcome, file: string): boolean {
  return decoded.kind === 'text' && mayHoldPorts(decoded.text, decoded.language, file);
}

function scanDecoded(sf: SourceFile, decoded: ReadOutcome, parse = wantsParse(decoded, sf.file), bytes?: Buffer): FileResult {
  const result: FileResult = { file: sf.file, status: 'scanned', occurrences: [], directives: [], notices: [] };
  if (decoded.kind === 'ignored') return { ...result, status: 'ignored' };
  if (decoded.kind === 'generated') return { ...result, status: 'ignored', generated: decoded.reason };
  if (decoded.kind === 'skipped') return { ...result, status: 'skipped', notices: [decoded.notice] };
  result.notices.push(...decoded.notices);
  try {
    if (parse) result.occurrences = withFileBudget(() => extractText(sf.file, decoded.language, decoded.text));
    result.directives = parseDirectives(decoded.text);
  } catch (err) {
    if (err instanceof GrammarNotLoaded) throw err; // scanLoaded loads it and extracts again
    noteTrap(err);
    const why = err instanceof FileBudgetExceeded ? timeoutReason(bytes) : `extraction crashed (${firstLine(err)})`;
    return { ...result, status: 'skipped', notices: [...result.notices, { file: sf.file, level: 'error', message: `skipped: ${why}` }] };
  }
  return result;
}

/**
 * What a short run's queries will see (tree-sitter.ts planQueries): the text and language of each file
 * to parse whose bytes are read already (the pool's look-ahead), so each grammar compiles one query of
 * the patterns those texts can match.
 */
export function queryPlan(files: Iterable<SourceFile>): PlannedText[] {
  const plan: PlannedText[] = [];
  for (const sf of files) {
    if (!sf.bytes) continue;
    const decoded = decodeSource(sf, Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength));
    if (decoded.kind === 'text') plan.push({ text: decoded.text, ...queryGrammars(decoded.language, decoded.text) });
  }
  return plan;
}

/** Reads and extracts one file, loading the grammars it needs first; never throws for a bad file. */
export async function scanFile(sf: SourceFile, maxSize: number): Promise<FileResult> {
  if (sf.bytes) return scanLoaded(sf, Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength));
  const read = readBytes(sf, maxSize);
  if (read.kind === 'ignored') return { file: sf.file, status: 'ignored', occurrences: [], directives: [], notices: [] };
  if (read.kind === 'skipped') return { file: sf.file, status: 'skipped', occurrences: [], directives: [], notices: [read.notice] };
  if (read.kind === 'generated') return { file: sf.file, status: 'ignored', occurrences: [], directives: [], notices: [], generated: read.reason };
  return scanLoaded(sf, read.bytes);
}

/**
 * scanBytes after loading the grammars of the file's language (known by name, or by its shebang) — only
 * for a file that will be parsed, so a worker that sees nothing but prefiltered TypeScript never compiles
 * the TypeScript queries. Whatever goes wrong extracting this one file (a bug, a stack overflow, a WASM
 * trap, a grammar that does not load) is a notice for it, and the scan goes on.
 */
export async function scanLoaded(sf: SourceFile, bytes: Buffer): Promise<FileResult> {
  try {
    await injectedFault(sf.file);
    const decoded = decodeSource(sf, bytes);
    // The pool may have run the prefilter on these very bytes already (src/pool.ts, weigh).
    const parse = decoded.kind === 'text' && (sf.prefiltered ?? wantsParse(decoded, sf.file));
    if (parse && decoded.kind === 'text') await prepareLanguage(decoded.language);
    // A file that embeds another language (shell in a RUN line or a subprocess call) loads its grammar on
    // first need and is extracted again: at most once per grammar and process.
    for (let attempts = 0; ; attempts++) {
      try {
        return scanDecoded(sf, decoded, parse, bytes);
      } catch (err) {
        if (!(err instanceof GrammarNotLoaded) || attempts > 2) throw err;
        await loadGrammar(err.id);
      }
    }
  } catch (err) {
    noteTrap(err);
    return crashed(sf.file, `extraction crashed (${firstLine(err)})`);
  }
}

let trapped = false;
// (Node's global, which the project's TypeScript lib settings do not declare.)
const WasmRuntimeError = (globalThis as unknown as { WebAssembly: { RuntimeError: new () => Error } }).WebAssembly.RuntimeError;

/** A WASM trap may leave tree-sitter's memory inconsistent: a worker that saw one is replaced (worker.ts). */
function noteTrap(err: unknown): void {
  if (err instanceof WasmRuntimeError) trapped = true;
}

/** Whether a WASM trap happened in this thread since it started. */
export function sawWasmTrap(): boolean {
  return trapped;
}

/** The result of a file whose extraction failed: skipped, with one notice saying why. */
export function crashed(file: string, why: string): FileResult {
  return { file, status: 'skipped', occurrences: [], directives: [], notices: [{ file, level: 'error', message: `skipped: ${why}` }] };
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message || err.name : String(err);
  return message.split('\n', 1)[0]!.trim();
}

/**
 * TEST ONLY — fault injection for test/pool.test.ts and test/fault-isolation.test.ts, never set in use:
 * when PORT_LINT_TEST_CRASH_ON is set and the file's path contains it, extraction fails the way
 * PORT_LINT_TEST_CRASH_MODE says: `exit` (process.exit in a dependency: in a worker, the thread ends),
 * `silent` (exit code 0), `uncaught` (an asynchronous exception that nothing catches), `oom` (allocates
 * until the heap limit), `trap` (a WASM trap), `stack` (unbounded recursion) or `throw` (the default).
 */
async function injectedFault(file: string): Promise<void> {
  const on = process.env.PORT_LINT_TEST_CRASH_ON;
  if (!on || !file.includes(on)) return;
  const mode = process.env.PORT_LINT_TEST_CRASH_MODE ?? 'throw';
  if (mode === 'exit') process.exit(70);
  if (mode === 'silent') process.exit(0);
  if (mode === 'uncaught') {
    setImmediate(() => {
      throw new Error('injected uncaught exception');
    });
    await new Promise(() => {});
  }
  if (mode === 'oom') {
    const hog: number[][] = [];
    for (;;) hog.push(new Array<number>(1 << 16).fill(hog.length));
  }
  if (mode === 'hang') for (;;);
  if (mode === 'trap') throw new WasmRuntimeError();
  if (mode === 'stack') {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    recurse(0);
  }
  throw new Error('injected extraction failure');
}
