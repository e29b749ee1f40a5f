// The scan pipeline: discover → extract → lint → suppress → baseline. No argv, no stdout: the CLI and
// the API both call this.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { applyBaseline, type Baseline } from './baseline.js';
import { contentHash, ExtractionCache } from './cache.js';
import { discover, type SourceFile } from './discover.js';
import { collectGarbage } from './gc.js';
import { languageByName } from './languages.js';
import type { EnabledRule } from './lint.js';
import { finalize, lintUnsorted } from './lint.js';
import { scanFiles } from './pool.js';
import { readBytes } from './read.js';
import { scanLoaded, type FileResult } from './scan-file.js';
import type { Registry } from './registry/registry.js';
import { RULES } from './rules.js';
import { applySuppressions, parseDirectives, UNUSED_SUPPRESSION, type Directive } from './suppress.js';
import { compareFindings, compareStrings, type Finding, type Notice, type PortOccurrence } from './types.js';

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
  /** Worker threads for extraction (default: the available cores; 1 = in this thread). */
  jobs?: number;
  /** Path of the extraction cache to use and update (--cache). */
  cacheFile?: string;
  /** Absolute paths never scanned besides ports.yaml: port-lint's own baseline and cache files. */
  ownFiles?: string[];
  /** ports.yaml was named with --config: its findings are reported even when the paths do not hold it. */
  registryNamed?: boolean;
  /** Read generated, minified and vendored files too (--include-generated); by default they are counted and left out. */
  includeGenerated?: boolean;
}

export interface ScanResult {
  findings: Finding[];
  notices: Notice[];
  filesScanned: number;
  /** Findings dropped by inline suppressions. */
  suppressed: number;
  /** Findings excused by the baseline, and baseline entries nothing matched any more. */
  baselined: number;
  stale: number;
  /** Whether a baseline entry's file is one this scan covered (scanned, or not listed by a full scan). */
  inScope(file: string): boolean;
}

export interface ExtractionResult {
  occurrences: PortOccurrence[];
  notices: Notice[];
  /** Suppression directives by root-relative file. */
  directives: Map<string, Directive[]>;
  /** Root-relative paths of the files scanned. */
  files: string[];
  /** Root-relative paths of every file discovery listed, scanned or skipped with a notice. */
  listed: Set<string>;
  filesScanned: number;
}

/** discover + extract: every occurrence of every file, registry-independent. */
export async function extractAll(options: Omit<ScanOptions, 'rules'>): Promise<ExtractionResult> {
  const { registry } = options;
  const result: ExtractionResult = { occurrences: [], notices: [], directives: new Map(), files: [], listed: new Set(), filesScanned: 0 };
  if (options.stdin) {
    const sf: SourceFile = { file: options.stdin.file, path: path.join(options.root, options.stdin.file), language: languageByName(options.stdin.file) };
    const r = await scanLoaded(sf, Buffer.from(options.stdin.text, 'utf8'));
    if (r.status === 'ignored') result.notices.push({ file: sf.file, level: 'warning', message: 'skipped: port-lint does not read files of this kind' });
    collect(result, [r], []);
    return result;
  }
  let generated: { file: string; reason: string; named: boolean }[] = [];
  let files: SourceFile[] = await discover({
    cwd: options.cwd,
    root: options.root,
    paths: options.paths,
    include: registry.lint.include,
    exclude: registry.lint.exclude,
    skip: [registry.path, ...(options.cacheFile ? [options.cacheFile] : []), ...(options.ownFiles ?? [])],
    ...(options.includeGenerated && { includeGenerated: true }),
    onIgnored: (file) => result.notices.push({ file, level: 'note', message: 'skipped: lint.exclude or a built-in ignore (node_modules, .git) covers it' }),
    onGenerated: (file, why, named) => generated.push({ file, reason: why.reason, named }),
    onNotice: (notice) => result.notices.push(notice),
  });
  if (options.onlyFiles) {
    files = files.filter((f) => options.onlyFiles!.has(f.file));
    generated = generated.filter((g) => options.onlyFiles!.has(g.file));
  }
  for (const f of files) result.listed.add(f.file);
  // Known but not read this time: their baseline entries are kept, not reported as fixed.
  for (const g of generated) result.listed.add(g.file);
  const maxSize = registry.lint.maxFileSize;
  const jobs = options.jobs;
  if (!options.cacheFile) {
    collect(result, await scanFiles(files, maxSize, jobs), generated);
  } else {
    // Warm path: hash each file's bytes; only files whose hash changed are extracted again.
    const cache = ExtractionCache.open(options.cacheFile, result.notices, options.root);
    const results: FileResult[] = new Array(files.length);
    const misses: { index: number; file: string; hash: string }[] = [];
    // Read and hashed as the workers ask for more, so only the files in flight are held in memory; a miss
    // is extracted from the bytes just hashed: never read twice, never cached under another content's hash.
    function* toExtract(): Generator<SourceFile> {
      for (const [index, sf] of files.entries()) {
        const read = readBytes(sf, maxSize);
        if (read.kind === 'ignored') results[index] = { file: sf.file, status: 'ignored', occurrences: [], directives: [], notices: [] };
        else if (read.kind === 'generated') results[index] = { file: sf.file, status: 'ignored', occurrences: [], directives: [], notices: [], generated: read.reason };
        else if (read.kind === 'skipped') results[index] = { file: sf.file, status: 'skipped', occurrences: [], directives: [], notices: [read.notice] };
        else {
          const hash = contentHash(read.bytes);
          const hit = cache.get(sf.file, hash);
          if (hit) results[index] = hit;
          else {
            misses.push({ index, file: sf.file, hash });
            yield { ...sf, bytes: read.bytes };
          }
        }
      }
    }
    const fresh = await scanFiles(toExtract(), maxSize, jobs);
    fresh.forEach((r, k) => {
      const m = misses[k]!;
      results[m.index] = r;
      if (r.status !== 'skipped') cache.set(m.file, m.hash, r);
    });
    cache.save(result.notices, (file) => result.listed.has(file) || existsSync(path.join(options.root, file)));
    collect(result, results, generated);
  }
  noticeGenerated(result, generated, new Set(files.filter((f) => f.named).map((f) => f.file)));
  result.notices.sort((a, b) => compareStrings(a.file ?? '', b.file ?? '') || compareStrings(a.message, b.message));
  return result;
}

function collect(result: ExtractionResult, results: readonly FileResult[], generated: { file: string; reason: string; named: boolean }[]): void {
  for (const r of results) {
    if (r.generated !== undefined) generated.push({ file: r.file, reason: r.generated, named: false });
    result.notices.push(...r.notices);
    if (r.status !== 'scanned') continue;
    for (const o of r.occurrences) result.occurrences.push(o);
    if (r.directives.length > 0) result.directives.set(r.file, r.directives);
    result.files.push(r.file);
    result.filesScanned++;
  }
}

/**
 * Generated and vendored files left out: one summary notice for those found by the scan, and one each
 * for files named on the command line (the user asked for them by name).
 */
function noticeGenerated(result: ExtractionResult, generated: readonly { file: string; reason: string; named: boolean }[], named: ReadonlySet<string>): void {
  let count = 0;
  for (const g of generated) {
    if (g.named || named.has(g.file)) {
      result.notices.push({ file: g.file, level: 'note', message: `skipped: ${g.reason}; --include-generated to read it` });
    } else count++;
  }
  if (count > 0) {
    result.notices.push({
      level: 'note',
      message: `${count} generated or vendored ${count === 1 ? 'file' : 'files'} skipped; --include-generated to read ${count === 1 ? 'it' : 'them'}`,
    });
  }
}

function covers(target: string, file: string): boolean {
  const rel = path.relative(target, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** From this many occurrences on, a scan collects garbage between its phases (see betweenPhases). */
export const COLLECT_BETWEEN_PHASES = 50_000;

/**
 * A full garbage collection between two phases of a large scan. V8 collects lazily and sizes the heap by
 * what it held at its last full collection: extraction leaves garbage behind (query matches, YAML
 * documents, cloned worker results) next to the live occurrences (issue 11's forty-file tree), and linting
 * then grows the heap on top of both — the run's peak. Collected between the phases, the lint phase of that
 * tree peaked at ~315 instead of ~347 MiB (bench/README.md, "Memory"). A full collection of a heap that
 * size takes 0.1–0.4 s, so scans of fewer occurrences skip it.
 */
function betweenPhases(): void {
  collectGarbage();
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const extracted = await extractAll(options);
  const { registry } = options;
  const large = extracted.occurrences.length >= COLLECT_BETWEEN_PHASES;
  if (large) betweenPhases();
  // Sorted and fingerprinted over every finding, before anything is filtered out: a fingerprint's
  // index must not depend on what a baseline or a suppression happened to remove.
  // The occurrences are the rules' input only: handed over (consume), each is garbage once the rules have
  // seen it, unless a rule keeps it for its end() — issue 11: ~330 bytes each, 234,000 in its reproduction.
  let findings = finalize(
    lintUnsorted({
      registry,
      occurrences: extracted.occurrences,
      rules: options.rules,
      consume: true,
      ...(large && { afterOccurrences: betweenPhases }),
    }),
  );
  extracted.occurrences = [];
  if (large) betweenPhases();

  // Findings about ports.yaml belong to a scan that covers it: it was named with --config, or the paths
  // hold it (or none are given) — and with --changed-since, it changed.
  const registryInScope =
    !options.stdin &&
    (!options.onlyFiles || options.onlyFiles.has(registry.file)) &&
    (options.registryNamed === true ||
      options.paths.length === 0 ||
      options.paths.some((p) => covers(path.resolve(options.cwd, p), registry.path)));
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
    findings = [...s.kept, ...finalize(s.problems)].sort(compareFindings);
    suppressed = s.suppressed;
  }

  if (options.changedLines) {
    const changed = options.changedLines;
    findings = findings.filter((f) => {
      const lines = changed.get(f.file);
      return lines === 'all' || (lines !== undefined && lines.has(f.range.start.line));
    });
  }

  // The files this scan speaks for: a baseline entry of another file is neither matched nor stale.
  const scanned = new Set(extracted.files);
  if (registryInScope) scanned.add(registry.file);
  const full = options.paths.length === 0 && !options.onlyFiles && !options.stdin;
  const root = options.root;
  // A full scan covers every file it did not list too: gone, or excluded since (lint.exclude, ignores). A
  // listed file it could not read this time (permissions, size) keeps its entries.
  const inScope = (file: string) => scanned.has(file) || (full && !extracted.listed.has(file));

  let baselined = 0;
  let stale = 0;
  if (options.baseline) {
    const m = applyBaseline(findings, options.baseline, (file) => existsSync(path.join(root, file)), inScope);
    findings = m.fresh.sort(compareFindings);
    baselined = m.matched;
    stale = m.stale;
  }

  return {
    findings,
    inScope,
    notices: extracted.notices,
    filesScanned: extracted.filesScanned,
    suppressed,
    baselined,
    stale,
  };
}
