// One file's whole extraction — read, decode, prefilter, extract, suppression directives — as plain
// data, so it can run in a worker thread and be cached by content hash.
import type { SourceFile } from './discover.js';
import { extractText, prepareLanguage } from './extract/index.js';
import { isPortsModule } from './extract/port-values.js';
import { decodeSource, readBytes } from './read.js';
import { parseDirectives, type Directive } from './suppress.js';
import type { LanguageId, Notice, PortOccurrence } from './types.js';

export interface FileResult {
  file: string;
  /** scanned: extracted; skipped: not read, with a notice; ignored: not a file port-lint reads. */
  status: 'scanned' | 'skipped' | 'ignored';
  occurrences: PortOccurrence[];
  directives: Directive[];
  notices: Notice[];
}

/**
 * What a TS/JS or Python file must contain for its extractor to find any port outside a comment: a
 * port-named binding, a URL or address with a port (`host:8000`, `":8080"`), a call that takes a port
 * positionally (listen, connect, bind, serve, SMTP(…), Redis(…)) with a number or a variable among its
 * first arguments, a (host, port) tuple, or a command line with a port (`http.server 8000`, `-p 4000`).
 * Each anchor is as narrow as the extractor's own patterns: `.bind(this)`, `connect(path)` with a literal
 * path, `portable`, slices `a[1:2]` or times `10:30` let most code skip the parse. test/prefilter.test.ts
 * checks this against every fixture; on the 10k benchmark tree it keeps 6 % of the code files, and
 * every port the extractor finds without it.
 */
const NOT_A_PORT_WORD = '(?!ab|ion|al\\b|als\\b|ra|fol|er|ug|ent|ico)';
// Each anchor starts with a literal or a narrow class and looks behind only once that matched: tested one
// after another, they cost a fraction of one alternation whose branches open with lookbehinds.
const CODE_ANCHORS: readonly RegExp[] = [
  // a port-named word: port, _port, --port, Port, apiPort, HTTPPort, PORT, API_PORT, dbport (not import/
  // report/support, nor portable/portion/portal/portrait/portfolio/porter/Portuguese/portent/portico)
  new RegExp(`[pP](?<![A-Za-z][pP])ort${NOT_A_PORT_WORD}`),
  new RegExp(`Port(?<=[A-Za-z0-9]Port)${NOT_A_PORT_WORD}`),
  /PORT(?<![A-Z]PORT)/,
  /port(?<=(?:db|http|https|ssh|smtp|redis|pg|mysql|api|web|admin|server|local|remote|proxy|listen|dev|debug|metrics|grpc|tcp|udp|ws|rpc)port)/,
  // host:port after a name, an IPv4 address or `${HOST}`, and ":8080" listen addresses
  /:\d{2,5}(?![\d:.])(?<=(?:[A-Za-z_\]}][\w.-]*|\d{1,3}(?:\.\d{1,3}){3}|\})['"]?:\d{2,5})/,
  /['"`]:\d{2,5}(?!\d)/,
  // a percent-encoded port (`http%3A%2F%2Fminio%3A9000`), a DNS upstream's `10.0.0.1#5353`, `{ listen: 7781 }`
  /%3[Aa]\d/,
  /#\d(?<=\d#\d)/,
  /listen['"]?\s*:\s*\d/,
  // calls and constructors taking a port positionally: a number among the arguments, or a variable
  // (data flow: `app.listen(p)`, `s.bind(("", n))`) — not `this`, `self`, `null`, a function
  /(?:listen|connect|bind|serve|sendto|start_server|create_server|SMTP\w*|FTP\w*|IMAP4?\w*|POP3\w*|[Rr]edis|[Tt]elnet)\s*\(\s*(?:[^)]{0,120}?\d|\(?\s*(?:['"][^'"\n]*['"]\s*,\s*)?(?!(?:this|null|undefined|self|cls|function|async|args|kwargs|None|True|False)\b)[A-Za-z_$][\w$.]*\s*[,)])/,
  // command lines with a port: http.server 8000, runserver, socat, nc (whole words: not `concat`), -p 4000
  /\b(?:runserver|http\.server|socat|ncat|netcat)\b/,
  /-[pPLb](?<![\w-]-[pPLb])['"]?\s*[,=]?\s*['"]?\d/,
  // local hosts, and (host, port) tuples
  /localhost|127\.0\.0\.1|0\.0\.0\.0/,
  /['"]\s*,\s*\d(?<=['"](?:[a-z0-9.-]+\.[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})['"]\s*,\s*\d)/,
];

const PREFILTERED = new Set<LanguageId>(['javascript', 'typescript', 'tsx', 'python']);

/**
 * A cheap text test that lets most files without ports skip parsing: no digit and no `$` means no port;
 * for the code languages (most of any repository, and the costliest to parse) the anchors above too,
 * unless the file is a ports module by its name (`server/ports.js`: `HTTP: 3000` needs no anchor).
 */
export function mayHoldPorts(text: string, language?: LanguageId, file?: string): boolean {
  if (!/[0-9$]/.test(text)) return false;
  return language === undefined || !PREFILTERED.has(language) || CODE_ANCHORS.some((anchor) => anchor.test(text)) || (file !== undefined && isPortsModule(file));
}

export function scanBytes(sf: SourceFile, bytes: Buffer): FileResult {
  const result: FileResult = { file: sf.file, status: 'scanned', occurrences: [], directives: [], notices: [] };
  const decoded = decodeSource(sf, bytes);
  if (decoded.kind === 'ignored') return { ...result, status: 'ignored' };
  if (decoded.kind === 'skipped') return { ...result, status: 'skipped', notices: [decoded.notice] };
  result.notices.push(...decoded.notices);
  try {
    if (mayHoldPorts(decoded.text, decoded.language, sf.file)) result.occurrences = extractText(sf.file, decoded.language, decoded.text);
    result.directives = parseDirectives(decoded.text);
  } catch (err) {
    return {
      ...result,
      status: 'skipped',
      notices: [...result.notices, { file: sf.file, level: 'error', message: `could not be scanned: ${(err as Error).message}` }],
    };
  }
  return result;
}

/** Reads and extracts one file, loading the grammars it needs first; never throws for a bad file. */
export async function scanFile(sf: SourceFile, maxSize: number): Promise<FileResult> {
  if (sf.bytes) return scanLoaded(sf, Buffer.from(sf.bytes.buffer, sf.bytes.byteOffset, sf.bytes.byteLength));
  const read = readBytes(sf, maxSize);
  if (read.kind === 'ignored') return { file: sf.file, status: 'ignored', occurrences: [], directives: [], notices: [] };
  if (read.kind === 'skipped') return { file: sf.file, status: 'skipped', occurrences: [], directives: [], notices: [read.notice] };
  return scanLoaded(sf, read.bytes);
}

/** scanBytes after loading the grammars of the file's language (known by name, or by its shebang). */
export async function scanLoaded(sf: SourceFile, bytes: Buffer): Promise<FileResult> {
  const language = sf.language ?? (decodeSource(sf, bytes) as { language?: LanguageId }).language;
  if (language !== undefined) await prepareLanguage(language);
  return scanBytes(sf, bytes);
}
