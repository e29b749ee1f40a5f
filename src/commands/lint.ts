// The default command: lint paths against ports.yaml and report findings.
import { Command, Option } from 'commander';
import { EXIT_FINDINGS, EXIT_OK, type CommandState, type Io } from '../cli.js';
import { scan } from '../engine.js';
import { configureRules } from '../lint.js';
import { VERSION } from '../paths.js';
import type { RuleSetting } from '../registry/types.js';
import { FORMATTERS } from '../report/index.js';
import { RULES } from '../rules.js';
import { collectRule, emit, openRegistry, parseCount, scanRoot, useColor } from './shared.js';

interface LintOptions {
  config?: string;
  format: string;
  output?: string;
  rule?: Record<string, RuleSetting>;
  maxWarnings?: number;
  quiet?: boolean;
  color?: boolean;
  sarifCategory: string;
}

export function registerLint(program: Command, io: Io, state: CommandState): void {
  program
    .argument('[paths...]', 'files and directories to lint (default: the current directory)')
    .option('-c, --config <file>', 'ports.yaml to use (default: ports.yaml, config/ports.yaml or .ports.yaml, searched up to the repository root)')
    .addOption(
      new Option('-f, --format <name>', 'output format').choices(Object.keys(FORMATTERS)).default('stylish'),
    )
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--rule <id=severity>', 'set a rule\'s severity (off, warn, error), or id=\'["warn", {options}]\'; repeatable', collectRule)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings', parseCount)
    .option('--quiet', 'report errors only')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output (also: NO_COLOR=1)')
    .option('--sarif-category <id>', 'SARIF automationDetails.id category, to tell several uploads apart', 'port-lint')
    .action(async (paths: string[], options: LintOptions) => {
      state.exitCode = await runLint(io, paths, options);
    });
}

async function runLint(io: Io, paths: string[], options: LintOptions): Promise<number> {
  const root = scanRoot(io.cwd, paths);
  const registry = openRegistry(io, options.config, root);
  const rules = configureRules(RULES, registry, options.rule ?? {});
  const result = await scan({ cwd: io.cwd, root, registry, paths, rules });
  const findings = options.quiet ? result.findings.filter((f) => f.severity === 'error') : result.findings;
  const enabled = new Map(rules.map((r) => [r.rule.id, r.severity]));
  const formatter = FORMATTERS[options.format]!;
  const text = formatter(findings, {
    cwd: io.cwd,
    root,
    color: useColor(io, options.color, options.output !== undefined),
    rules: RULES.map((rule) => ({ rule, severity: enabled.get(rule.id) ?? 'off' })),
    notices: result.notices,
    version: VERSION,
    sarifCategory: options.sarifCategory,
    filesScanned: result.filesScanned,
  });
  emit(io, text, options.output);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (errors > 0) return EXIT_FINDINGS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`port-lint: ${warnings} warnings exceed --max-warnings ${options.maxWarnings}\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}
