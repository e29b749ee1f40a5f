// The scan pipeline: discover → extract → lint. No argv, no stdout: the CLI and the API both call this.
import { discover } from './discover.js';
import { extractText, prepareExtractors } from './extract/index.js';
import type { EnabledRule } from './lint.js';
import { lint } from './lint.js';
import { readSourceFile } from './read.js';
import type { Registry } from './registry/registry.js';
import { compareStrings, type Finding, type Notice, type PortOccurrence } from './types.js';

export interface ScanOptions {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Directory finding paths are relative to (the repository root). */
  root: string;
  registry: Registry;
  /** Files and directories to scan (relative to cwd); none scans cwd. */
  paths: string[];
  rules: readonly EnabledRule[];
}

export interface ScanResult {
  findings: Finding[];
  notices: Notice[];
  occurrences: PortOccurrence[];
  filesScanned: number;
}

export interface ExtractionResult {
  occurrences: PortOccurrence[];
  notices: Notice[];
  filesScanned: number;
}

/** discover + extract: every occurrence of every file, registry-independent. */
export async function extractAll(options: Omit<ScanOptions, 'rules'>): Promise<ExtractionResult> {
  const { registry } = options;
  const files = await discover({
    cwd: options.cwd,
    root: options.root,
    paths: options.paths,
    include: registry.lint.include,
    exclude: registry.lint.exclude,
    skip: [registry.path],
  });
  await prepareExtractors();
  const occurrences: PortOccurrence[] = [];
  const notices: Notice[] = [];
  let filesScanned = 0;
  for (const sf of files) {
    const read = readSourceFile(sf, registry.lint.maxFileSize);
    if (read.kind === 'ignored') continue;
    if (read.kind === 'skipped') {
      notices.push(read.notice);
      continue;
    }
    notices.push(...read.notices);
    try {
      occurrences.push(...extractText(sf.file, read.language, read.text));
      filesScanned++;
    } catch (err) {
      notices.push({ file: sf.file, level: 'error', message: `could not be scanned: ${(err as Error).message}` });
    }
  }
  notices.sort((a, b) => compareStrings(a.file ?? '', b.file ?? '') || compareStrings(a.message, b.message));
  return { occurrences, notices, filesScanned };
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const extracted = await extractAll(options);
  const findings = lint({ registry: options.registry, occurrences: extracted.occurrences, rules: options.rules });
  return { findings, ...extracted };
}
