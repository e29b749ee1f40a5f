// The default command: lint paths against ports.yaml and report findings.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { applyBaseline, BaselineError, createBaseline, readBaseline, refreshBaseline, serializeBaseline, type Baseline } from '../baseline.js';
import { EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, type CommandState, type Io } from '../cli.js';
import { scan, type ScanOptions } from '../engine.js';
import { UsageError } from '../errors.js';
import { DEFAULT_CACHE_LOCATION } from '../cache.js';
import { countFixes, fixFiles, lineDiff, writeFixes } from '../fix.js';
import { changedFiles, changedLines, mergeBase } from '../git.js';
import { defaultJobs } from '../pool.js';
import { formatBytes } from '../read.js';
import { configureRules } from '../lint.js';
import { VERSION } from '../paths.js';
import { chooseEnvironment, withEnvironment } from '../registry/environment.js';
import { normalizeSeverity } from '../registry/load.js';
import { toPosix } from '../util/text.js';
import type { RuleSetting } from '../registry/types.js';
import { batched } from '../report/batch.js';
import { countErrors } from '../report/fields.js';
import { FORMATTERS, WRITERS } from '../report/index.js';
import { RULES } from '../rules.js';
import { removeStaleTempFiles, safeWriteFile, WriteError, writeRootFor } from '../safe-write.js';
import { UNUSED_SUPPRESSION } from '../suppress.js';
import { plural } from '../util/text.js';
import { collectRule, emit, openRegistry, parseCount, parsePositive, scanRoot, useColor } from './shared.js';
import { ruleDocMarkdown } from '../rule-docs.js';

/** Where --update-baseline writes when --baseline names no file. */
export const DEFAULT_BASELINE = '.port-lint-baseline.json';

interface LintOptions {
  config?: string;
  env?: string;
  format: string;
  output?: string;
  rule?: Record<string, RuleSetting>;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  sarifCategory: string;
  sarifOutput?: string;
  jsonOutput?: string;
  inlineConfig: boolean;
  reportUnusedSuppressions?: string;
  baseline?: string;
  updateBaseline?: boolean;
  changedSince?: string;
  changedLines?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  includeGenerated?: boolean;
}

export function registerLint(program: Command, io: Io, state: CommandState): void {
  program
    .argument('[paths...]', 'files and directories to lint (default: the current directory)')
    .option('-c, --config <file>', 'ports.yaml to use (default: ports.yaml, config/ports.yaml or .ports.yaml, searched up to the repository root)')
    .option('--env <name>', 'lint with an environment of ports.yaml applied (default: PORT_LINT_ENV)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--sarif-output <file>', 'also write the findings as SARIF to this file, from the same scan (e.g. for code scanning, with -f github for the log)')
    .option('--json-output <file>', 'also write the findings as JSON to this file, from the same scan')
    .option('--rule <id=severity>', 'set a rule\'s severity (off, warn, error), or id=\'["warn", {options}]\'; repeatable', collectRule)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--quiet', 'report errors only')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output (also: NO_COLOR=1)')
    .option('--sarif-category <id>', 'SARIF automationDetails.id category, to tell several uploads apart', 'port-lint')
    .option('--no-inline-config', 'ignore port-lint-disable comments')
    .addOption(
      new Option('--report-unused-suppressions <severity>', 'severity of unused port-lint-disable comments').choices([
        'off',
        'warn',
        'error',
      ]),
    )
    .option('--baseline <file>', 'subtract the findings recorded in this baseline file')
    .option('--update-baseline', `write the current findings to the baseline (--baseline FILE, default ${DEFAULT_BASELINE}) and exit 0`)
    .option('--changed-since <ref>', 'lint only files changed since the merge-base with <ref> (committed, staged, unstaged, untracked)')
    .option('--changed-lines', 'with --changed-since: report only findings on changed lines')
    .option('--stdin', 'lint text read from standard input (needs --stdin-filename)')
    .option('--stdin-filename <path>', 'the path of the --stdin text: decides its language and the reported path')
    .option('--fix', 'apply the fixes rules propose (read the registry instead of a hardcoded port, give a missing default, …), then report what is left')
    .option('--fix-dry-run', 'print the changes --fix would make, as a diff, without writing anything')
    .option('-j, --jobs <n>', `worker threads for extraction (default: up to the available cores, ${defaultJobs()} here, as many as the files to parse keep busy)`, parsePositive)
    .option('--cache', 'reuse extraction results of unchanged files (by content hash) from the cache file')
    .option('--include-generated', 'also read generated, minified and vendored files (lock files, *.min.js, dist/, vendor/, linguist-generated, …), which are skipped by default')
    .option('--cache-location <file>', `the cache file (default ${DEFAULT_CACHE_LOCATION} in the repository root); implies --cache`)
    .action(async (paths: string[], options: LintOptions) => {
      state.exitCode = await runLint(io, paths, options);
    });
}

async function runLint(io: Io, paths: string[], options: LintOptions): Promise<number> {
  if (options.changedLines && !options.changedSince) throw new UsageError('--changed-lines needs --changed-since <ref>');
  if (options.stdin && !options.stdinFilename) throw new UsageError('--stdin needs --stdin-filename <path> to know what kind of file it reads');
  if (options.stdinFilename && !options.stdin) throw new UsageError('--stdin-filename is only meaningful with --stdin');
  if (options.stdin && paths.length > 0) throw new UsageError('--stdin lints standard input; do not also pass paths');
  if ((options.fix || options.fixDryRun) && options.stdin) throw new UsageError('--fix and --fix-dry-run work on files, not on --stdin');
  if (options.fix && options.fixDryRun) throw new UsageError('use --fix or --fix-dry-run, not both');
  if (options.updateBaseline && options.changedSince) {
    throw new UsageError('--update-baseline needs the files scanned whole; drop --changed-since');
  }

  const root = scanRoot(io.cwd, options.stdin ? [] : paths);
  const registry = withEnvironment(openRegistry(io, options.config, root), chooseEnvironment(options.env, io.env));
  const settings = { ...(options.rule ?? {}) };
  if (options.reportUnusedSuppressions) {
    settings[UNUSED_SUPPRESSION] = { severity: normalizeSeverity(options.reportUnusedSuppressions) };
  }
  const rules = configureRules(RULES, registry, settings);

  const scanOptions: ScanOptions = { cwd: io.cwd, root, registry, paths, rules, inlineConfig: options.inlineConfig };
  if (options.jobs !== undefined) scanOptions.jobs = options.jobs;
  if (options.includeGenerated) scanOptions.includeGenerated = true;
  if (options.config !== undefined) scanOptions.registryNamed = true;
  if (options.cache || options.cacheLocation) {
    scanOptions.cacheFile = options.cacheLocation ? path.resolve(io.cwd, options.cacheLocation) : path.join(root, DEFAULT_CACHE_LOCATION);
  }
  if (options.stdin) {
    const file = toPosix(path.relative(root, path.resolve(io.cwd, options.stdinFilename!)));
    if (file.startsWith('../') || path.isAbsolute(file)) {
      throw new UsageError(`--stdin-filename ${options.stdinFilename} is outside the repository root ${root}`);
    }
    // The limit of a file on disk (lint.max_file_size) holds for standard input too.
    const maxBytes = registry.lint.maxFileSize;
    const text = await io.readStdin(maxBytes);
    if (Buffer.byteLength(text, 'utf8') > maxBytes) {
      throw new UsageError(`--stdin: standard input is over the ${formatBytes(maxBytes)} limit (lint.max_file_size in ports.yaml); raise it to lint this text`);
    }
    scanOptions.stdin = { text, file };
  }
  if (options.changedSince !== undefined) {
    const base = mergeBase(root, options.changedSince);
    scanOptions.onlyFiles = changedFiles(root, base);
    if (options.changedLines) scanOptions.changedLines = changedLines(root, base);
  }

  const baselineFile = options.baseline ?? (options.updateBaseline ? DEFAULT_BASELINE : undefined);
  const baselinePath = baselineFile === undefined ? undefined : path.resolve(io.cwd, baselineFile);
  let baseline: Baseline | undefined;
  let damaged: BaselineError | undefined;
  if (baselinePath) {
    try {
      baseline = readBaseline(baselinePath, baselineFile);
    } catch (err) {
      if (!(err instanceof BaselineError)) throw err;
      // --update-baseline replaces a damaged baseline (hand-edited, truncated), but nothing else.
      if (!options.updateBaseline) throw new UsageError(`--baseline: ${err.message}`);
      if (!err.replaceable) throw new UsageError(`--update-baseline: ${err.message.replace(/; (?:fix it or )?recreate it with --update-baseline$/, '')}; port-lint will not overwrite it`);
      damaged = err;
    }
    if (!baseline && !damaged && !options.updateBaseline) {
      throw new UsageError(`--baseline: ${baselineFile} does not exist; create it with --update-baseline`);
    }
  }
  if (baseline && !options.updateBaseline) scanOptions.baseline = baseline;
  if (baselinePath) scanOptions.ownFiles = [baselinePath];

  let result = await scan(scanOptions);

  let writeFailed = false;
  if (options.fix || options.fixDryRun) {
    const changes = await fixFiles(root, result.findings, io.stderr);
    if (options.fixDryRun) {
      io.stdout(changes.map((c) => lineDiff(c.file, c.before, c.after)).join(''));
      io.stderr(`port-lint: --fix would fix ${countFixes(changes)} in ${plural(changes.length, 'file')}\n`);
      return EXIT_OK;
    }
    const { written, skipped, failed } = writeFixes(root, changes);
    for (const s of skipped) io.stderr(`port-lint: --fix left ${s.file} alone: ${s.reason}\n`);
    for (const f of failed) io.stderr(`port-lint: --fix could not write ${f.file}: ${f.reason}; it is unchanged\n`);
    if (failed.length === 0) {
      io.stderr(`port-lint: fixed ${countFixes(written)} in ${plural(written.length, 'file')}\n`);
    } else {
      // Which files now hold the fixes and which do not: a part-way failure must not leave the user guessing.
      writeFailed = true;
      io.stderr(
        `port-lint: fixed ${countFixes(written)} in ${plural(written.length, 'file')}${written.length > 0 ? ` (${written.map((c) => c.file).join(', ')})` : ''}; ` +
          `${plural(failed.length, 'file')} could not be written and ${failed.length === 1 ? 'is' : 'are'} unchanged (${failed.map((f) => f.file).join(', ')})\n`,
      );
    }
    if (written.length > 0) result = await scan(scanOptions);
  }

  if (options.updateBaseline) {
    const fresh = refreshBaseline(result.findings, baseline, result.inScope);
    const own = createBaseline(result.findings).entries.length;
    const stale = baseline ? applyBaseline(result.findings, baseline, (f) => existsSync(path.join(root, f)), result.inScope).stale : 0;
    // Atomic: a full disk or a kill leaves the old baseline whole; two runs at once leave one whole
    // baseline, the last one written. Stale temporary files of killed runs are removed first.
    removeStaleTempFiles(baselinePath!);
    try {
      safeWriteFile(baselinePath!, serializeBaseline(fresh), { root: writeRootFor(baselinePath!, root) });
    } catch (err) {
      if (!(err instanceof WriteError)) throw err;
      throw new UsageError(`--update-baseline: cannot write ${baselineFile}: ${err.detail}; the old baseline is unchanged`);
    }
    io.stderr(
      (damaged ? `port-lint: replaced a damaged baseline: ${damaged.message.replace(/; (?:fix it or )?recreate it with --update-baseline$/, '')}\n` : '') +
        `port-lint: wrote ${baselineFile}: ${plural(result.findings.length, 'finding')} in ${plural(own, 'entry', 'entries')}` +
        (fresh.entries.length > own ? `; ${plural(fresh.entries.length - own, 'entry', 'entries')} of files outside this scan kept` : '') +
        (baseline ? `; ${plural(stale, 'stale entry', 'stale entries')} (fixed since) dropped` : '') +
        '\n',
    );
    return writeFailed ? EXIT_ERROR : EXIT_OK;
  }

  const findings = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const enabled = new Map(rules.map((r) => [r.rule.id, r.severity]));
  // Streamed: each report is written in pieces of about 64 KiB as its formatter yields them (issue 11: a
  // report of 234,000 findings was a 98 MB string, then its bytes, at the run's peak of memory).
  const report = (format: string, color: boolean): Iterable<string> => batched(WRITERS[format]!(findings, {
    cwd: io.cwd,
    root,
    color,
    rules: RULES.map((rule) => ({ rule, severity: enabled.get(rule.id) ?? 'off', docs: ruleDocMarkdown(rule.id) })),
    notices: result.notices,
    version: VERSION,
    sarifCategory: options.sarifCategory,
    filesScanned: result.filesScanned,
    suppressed: result.suppressed,
    baselined: result.baselined,
  }));
  emit(io, report(options.format, useColor(io, options.color, options.output !== undefined)), options.output, root);
  // One scan, several reports (as Semgrep's --sarif-output): CI uploads SARIF and prints annotations.
  if (options.sarifOutput !== undefined) emit(io, report('sarif', false), options.sarifOutput, root, '--sarif-output');
  if (options.jsonOutput !== undefined) emit(io, report('json', false), options.jsonOutput, root, '--json-output');
  if (result.stale > 0) {
    io.stderr(
      `port-lint: ${result.stale} baseline entr${result.stale === 1 ? 'y no longer matches' : 'ies no longer match'} (fixed); run with --update-baseline to drop ${result.stale === 1 ? 'it' : 'them'}\n`,
    );
  }
  const errors = countErrors(findings);
  const warnings = findings.length - errors;
  if (writeFailed) return EXIT_ERROR;
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`port-lint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
