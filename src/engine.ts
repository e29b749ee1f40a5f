// The scan pipeline: discover → extract → lint → suppress → baseline. No argv, no stdout: the CLI and
// the API both call this.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { applyBaseline, type Baseline } from './baseline.js';
import { discover, type SourceFile } from './discover.js';
import { extractText, prepareExtractors } from './extract/index.js';
import { languageByName } from './languages.js';
import type { EnabledRule } from './lint.js';
import { finalize, lintUnsorted } from './lint.js';
import { readSourceFile } from './read.js';
import type { Registry } from './registry/registry.js';
import { RULES } from './rules.js';
import { applySuppressions, parseDirectives, UNUSED_SUPPRESSION, type Directive } from './suppress.js';
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
  /** Honour port-lint-disable comments (default true; --no-inline-config turns it off). */
  inlineConfig?: boolean;
  /** Known findings to subtract. */
  baseline?: Baseline;
  /** Scan only these root-relative files (--changed-since), still subject to discovery's ignores. */
  onlyFiles?: ReadonlySet<string>;
  /** Keep only findings on these lines (--changed-lines); a file missing from the map keeps none. */
  changedLines?: ReadonlyMap<string, ReadonlySet<number> | 'all'>;
  /** Scan this text as the file `file` (root-relative) instead of discovering files (--stdin). */
  stdin?: { text: string; file: string };
}

export interface ScanResult {
  findings: Finding[];
  notices: Notice[];
  occurrences: PortOccurrence[];
  filesScanned: number;
  /** Findings dropped by inline suppressions. */
  suppressed: number;
  /** Findings excused by the baseline, and baseline entries nothing matched any more. */
  baselined: number;
  stale: number;
}

export interface ExtractionResult {
  occurrences: PortOccurrence[];
  notices: Notice[];
  /** Suppression directives by root-relative file. */
  directives: Map<string, Directive[]>;
  /** Root-relative paths of the files scanned. */
  files: string[];
  filesScanned: number;
}

/** discover + extract: every occurrence of every file, registry-independent. */
export async function extractAll(options: Omit<ScanOptions, 'rules'>): Promise<ExtractionResult> {
  const { registry } = options;
  await prepareExtractors();
  const result: ExtractionResult = { occurrences: [], notices: [], directives: new Map(), files: [], filesScanned: 0 };
  if (options.stdin) {
    const language = languageByName(options.stdin.file);
    if (language === undefined) {
      result.notices.push({ file: options.stdin.file, level: 'warning', message: 'skipped: port-lint does not read files of this kind' });
    } else {
      extractOne(result, options.stdin.file, language, options.stdin.text);
    }
    return result;
  }
  let files: SourceFile[] = await discover({
    cwd: options.cwd,
    root: options.root,
    paths: options.paths,
    include: registry.lint.include,
    exclude: registry.lint.exclude,
    skip: [registry.path],
  });
  if (options.onlyFiles) files = files.filter((f) => options.onlyFiles!.has(f.file));
  for (const sf of files) {
    const read = readSourceFile(sf, registry.lint.maxFileSize);
    if (read.kind === 'ignored') continue;
    if (read.kind === 'skipped') {
      result.notices.push(read.notice);
      continue;
    }
    result.notices.push(...read.notices);
    extractOne(result, sf.file, read.language, read.text);
  }
  result.notices.sort((a, b) => compareStrings(a.file ?? '', b.file ?? '') || compareStrings(a.message, b.message));
  return result;
}

function extractOne(result: ExtractionResult, file: string, language: Parameters<typeof extractText>[1], text: string): void {
  try {
    result.occurrences.push(...extractText(file, language, text));
    const directives = parseDirectives(text);
    if (directives.length > 0) result.directives.set(file, directives);
    result.files.push(file);
    result.filesScanned++;
  } catch (err) {
    result.notices.push({ file, level: 'error', message: `could not be scanned: ${(err as Error).message}` });
  }
}

function covers(target: string, file: string): boolean {
  const rel = path.relative(target, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const extracted = await extractAll(options);
  const { registry } = options;
  let findings = lintUnsorted({ registry, occurrences: extracted.occurrences, rules: options.rules });

  // Findings about ports.yaml belong to a scan that covers it: the paths hold it (or none are given),
  // and with --changed-since it changed.
  const registryInScope =
    !options.stdin &&
    (!options.onlyFiles || options.onlyFiles.has(registry.file)) &&
    (options.paths.length === 0 || options.paths.some((p) => covers(path.resolve(options.cwd, p), registry.path)));
  if (!registryInScope) findings = findings.filter((f) => f.file !== registry.file);
  if (options.stdin) findings = findings.filter((f) => f.file === options.stdin!.file);

  let suppressed = 0;
  if (options.inlineConfig !== false) {
    const directives = new Map(extracted.directives);
    if (registryInScope) {
      const own = parseDirectives(registry.lines.join('\n'));
      if (own.length > 0) directives.set(registry.file, own);
    }
    const unused = options.rules.find((r) => r.rule.id === UNUSED_SUPPRESSION);
    const s = applySuppressions(findings, directives, {
      reportUnused: unused ? unused.severity : 'off',
      knownRules: RULES.map((r) => r.id),
    });
    findings = [...s.kept, ...s.problems];
    suppressed = s.suppressed;
  }

  if (options.changedLines) {
    const changed = options.changedLines;
    findings = findings.filter((f) => {
      const lines = changed.get(f.file);
      return lines === 'all' || (lines !== undefined && lines.has(f.range.start.line));
    });
  }

  let baselined = 0;
  let stale = 0;
  if (options.baseline) {
    const root = options.root;
    const m = applyBaseline(findings, options.baseline, (file) => existsSync(path.join(root, file)));
    findings = m.fresh;
    baselined = m.matched;
    stale = m.stale;
  }

  return {
    findings: finalize(findings),
    notices: extracted.notices,
    occurrences: extracted.occurrences,
    filesScanned: extracted.filesScanned,
    suppressed,
    baselined,
    stale,
  };
}
