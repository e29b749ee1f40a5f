// Reads a source file for scanning: size limit, generated files, binary and encoding checks, BOM, shebang languages.
import { closeSync, lstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { SourceFile } from './discover.js';
import { classifyContent } from './generated.js';
import { isGeneratedFile } from './generate/header.js';
import { languageByShebang } from './languages.js';
import type { LanguageId, Notice } from './types.js';
import { describeFsError } from './user-file.js';

export type ReadOutcome =
  | { kind: 'text'; text: string; language: LanguageId; notices: Notice[] }
  /** Not a file port-lint reads (an extensionless file without a known shebang). */
  | { kind: 'ignored' }
  /** Generated or minified by its content (a header, the shape of its lines): left out unless --include-generated. */
  | { kind: 'generated'; reason: string }
  | { kind: 'skipped'; notice: Notice };

const BINARY_SNIFF = 8000;
const decoder = new TextDecoder('utf-8', { fatal: true });
const lossyDecoder = new TextDecoder('utf-8', { fatal: false });

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

/** Why a listed file cannot be read: describeFsError's words, and for ENOENT which of two things happened. */
function describeError(err: unknown, file: string | Buffer): string {
  if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return describeFsError(err);
  // Listed a moment ago: a link whose target is missing, or a file deleted since — say which.
  try {
    return lstatSync(file).isSymbolicLink() ? 'broken symbolic link' : 'removed during the scan';
  } catch {
    return 'removed during the scan';
  }
}

/**
 * The bytes of a file, or why it is not read (missing, too big, unreadable, generated). A file whose name
 * is not UTF-8 is read by its bytes (`rawPath`).
 */
export function readBytes(sf: SourceFile, maxSize: number): { kind: 'bytes'; bytes: Buffer } | Exclude<ReadOutcome, { kind: 'text' }> {
  const skipped = (message: string): ReadOutcome & { kind: 'skipped' } => ({
    kind: 'skipped',
    notice: { file: sf.file, level: 'warning', message },
  });
  const where = sf.rawPath ? Buffer.from(sf.rawPath) : sf.path;
  let size: number;
  try {
    const st = statSync(where);
    if (!st.isFile()) return { kind: 'ignored' };
    size = st.size;
  } catch (err) {
    return skipped(`skipped: ${describeError(err, where)}`);
  }
  if (size > maxSize) {
    // A minified bundle is often over the limit: its head tells, and it is counted with the other generated files.
    const head = sf.detectGenerated ? readHead(where, GENERATED_SNIFF) : undefined;
    const generated = head && classifyContent(sf.file, head);
    if (generated) return { kind: 'generated', reason: generated.reason };
    return skipped(`skipped: ${formatBytes(size)} is over the ${formatBytes(maxSize)} limit (lint.max_file_size)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(where);
  } catch (err) {
    return skipped(`skipped: cannot be read (${describeError(err, where)})`);
  }
  if (sf.detectGenerated && !isOwnOutput(bytes)) {
    const generated = classifyContent(sf.file, bytes);
    if (generated) return { kind: 'generated', reason: generated.reason };
  }
  return { kind: 'bytes', bytes };
}

const GENERATED_SNIFF = 64 * 1024;

/**
 * port-lint's own output (`generate` files, reports, baselines) is ignored by decodeSource without a word,
 * as before; it is not counted among generated files, even when a compact report is minified in shape.
 */
function isOwnOutput(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 1024).toString('utf8').replace(/^\uFEFF/, '');
  return isGeneratedFile(head) || isPortLintOutput(head);
}

function readHead(file: string | Buffer, n: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } catch {
    return undefined; // the full read below reports why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Text and language of a file's bytes: binary files are skipped, invalid UTF-8 is read lossily. */
export function decodeSource(sf: SourceFile, bytes: Buffer): ReadOutcome {
  if (bytes.subarray(0, BINARY_SNIFF).includes(0)) {
    return { kind: 'skipped', notice: { file: sf.file, level: 'warning', message: 'skipped: binary file (contains NUL bytes)' } };
  }
  const notices: Notice[] = [];
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = lossyDecoder.decode(bytes);
    notices.push({ file: sf.file, level: 'note', message: 'not valid UTF-8: invalid bytes were read as U+FFFD and the file was scanned' });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (isGeneratedFile(text)) return { kind: 'ignored' }; // `port-lint generate` output: copies of ports.yaml
  if (isPortLintOutput(text)) return { kind: 'ignored' }; // a report or baseline: it quotes the findings
  let language = sf.language;
  if (language === undefined) {
    const nl = text.indexOf('\n');
    language = languageByShebang(nl < 0 ? text : text.slice(0, nl));
    if (language === undefined) return { kind: 'ignored' };
  }
  return { kind: 'text', text, language, notices };
}

/**
 * port-lint's own JSON output left in the tree — a `-f json`/`-f sarif`/`audit -f json` report or a
 * baseline — which quotes ports and lines and would otherwise be linted as configuration.
 */
const OWN_OUTPUT =
  /^\s*\{\s*"(?:schemaVersion"\s*:\s*\d+\s*,\s*"(?:tool"\s*:\s*\{\s*"name"\s*:\s*"port-lint"|filesScanned")|version"\s*:\s*\d+\s*,\s*"tool"\s*:\s*"port-lint"|\$schema"\s*:\s*"[^"]*sarif[^"]*"\s*,\s*"version"\s*:\s*"2\.1\.0"\s*,\s*"runs"\s*:\s*\[\s*\{\s*"tool"\s*:\s*\{\s*"driver"\s*:\s*\{\s*"name"\s*:\s*"port-lint")/;

export function isPortLintOutput(text: string): boolean {
  return text.startsWith('{') && OWN_OUTPUT.test(text.slice(0, 400));
}

export function readSourceFile(sf: SourceFile, maxSize: number): ReadOutcome {
  const read = readBytes(sf, maxSize);
  return read.kind === 'bytes' ? decodeSource(sf, read.bytes) : read;
}
