// One file's whole extraction — read, decode, prefilter, extract, suppression directives — as plain
// data, so it can run in a worker thread and be cached by content hash.
import type { SourceFile } from './discover.js';
import { extractText } from './extract/index.js';
import { decodeSource, readBytes } from './read.js';
import { parseDirectives, type Directive } from './suppress.js';
import type { Notice, PortOccurrence } from './types.js';

export interface FileResult {
  file: string;
  /** scanned: extracted; skipped: not read, with a notice; ignored: not a file port-lint reads. */
  status: 'scanned' | 'skipped' | 'ignored';
  occurrences: PortOccurrence[];
  directives: Directive[];
  notices: Notice[];
}

/** A cheap test that lets most files without ports skip parsing: no digit and no `$` means no port. */
export function mayHoldPorts(text: string): boolean {
  return /[0-9$]/.test(text);
}

export function scanBytes(sf: SourceFile, bytes: Buffer): FileResult {
  const result: FileResult = { file: sf.file, status: 'scanned', occurrences: [], directives: [], notices: [] };
  const decoded = decodeSource(sf, bytes);
  if (decoded.kind === 'ignored') return { ...result, status: 'ignored' };
  if (decoded.kind === 'skipped') return { ...result, status: 'skipped', notices: [decoded.notice] };
  result.notices.push(...decoded.notices);
  try {
    if (mayHoldPorts(decoded.text)) result.occurrences = extractText(sf.file, decoded.language, decoded.text);
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

/** Reads and extracts one file; never throws for a bad file. */
export function scanFile(sf: SourceFile, maxSize: number): FileResult {
  const read = readBytes(sf, maxSize);
  if (read.kind === 'ignored') return { file: sf.file, status: 'ignored', occurrences: [], directives: [], notices: [] };
  if (read.kind === 'skipped') return { file: sf.file, status: 'skipped', occurrences: [], directives: [], notices: [read.notice] };
  return scanBytes(sf, read.bytes);
}
