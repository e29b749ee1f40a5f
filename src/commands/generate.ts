// `port-lint generate <format>`: ports.sh, .env, the markdown port table, Python/TypeScript modules, JSON — and --check for staleness in CI.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Argument, type Command } from 'commander';
import { EXIT_FINDINGS, EXIT_OK, type CommandState, type Io } from '../cli.js';
import { ConfigError, UsageError } from '../errors.js';
import { GENERATORS, generateCommand, type GenerateFormat } from '../generate/index.js';
import { configureRules } from '../lint.js';
import { applyEnvironment, chooseEnvironment } from '../registry/environment.js';
import type { Registry } from '../registry/registry.js';
import { RULES } from '../rules.js';
import { toPosix } from '../util/text.js';
import { emit, openRegistry, scanRoot } from './shared.js';

interface GenerateOptions {
  config?: string;
  env?: string;
  output?: string;
  check?: boolean;
}

export function registerGenerate(program: Command, io: Io, state: CommandState): void {
  program
    .command('generate')
    .description('write a file derived from ports.yaml: shell, env, markdown, python, typescript or json')
    .addArgument(new Argument('<format>', 'what to generate').choices(Object.keys(GENERATORS)))
    .option('--env <name>', 'an environment of ports.yaml (default: PORT_LINT_ENV)')
    .option('-c, --config <file>', 'ports.yaml to use (default: found from the working directory)')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .option('--check', 'write nothing; exit 1 when the -o file differs from what would be generated (for CI)')
    .action((format: GenerateFormat, options: GenerateOptions) => {
      const root = scanRoot(io.cwd);
      const registry = openRegistry(io, options.config, root);
      const choice = chooseEnvironment(options.env, io.env);
      if (choice) applyEnvironment(registry, choice.name, choice.origin); // an unknown name fails here, before anything is written
      refuseContradictions(registry);
      const output = options.output === undefined ? undefined : path.resolve(io.cwd, options.output);
      const command = generateCommand({
        format,
        config: registry.path,
        root,
        ...(output !== undefined && { output }),
        ...(choice && { environment: choice.name }),
      });
      const text = GENERATORS[format]({
        registry,
        ...(choice && { environment: choice.name }),
        header: { source: registry.file, command, ...(choice && { environment: choice.name }) },
      });
      if (!options.check) {
        emit(io, text, options.output);
        state.exitCode = EXIT_OK;
        return;
      }
      if (output === undefined) throw new UsageError('generate --check needs -o FILE: the committed file to compare with');
      const shown = toPosix(path.relative(io.cwd, output)) || path.basename(output);
      let committed: string;
      try {
        committed = readFileSync(output, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT') throw new UsageError(`generate --check: cannot read ${shown}: ${code ?? String(err)}`);
        io.stderr(`port-lint: ${shown} does not exist; create it with: ${command}\n`);
        state.exitCode = EXIT_FINDINGS;
        return;
      }
      // A checkout with CRLF line endings (git autocrlf) holds the same file.
      if (committed.replace(/\r\n/g, '\n') === text) {
        io.stdout(`${shown} is up to date\n`);
        state.exitCode = EXIT_OK;
        return;
      }
      io.stderr(`port-lint: ${shown} is stale (it differs from what ${registry.file} generates); refresh it with: ${command}\n`);
      state.exitCode = EXIT_FINDINGS;
    });
}

/**
 * A registry whose generated file would contradict itself is refused (exit 2, one line): two services with
 * one default (ports.sh would hand both the same port) or one env var (the last export would win for both).
 * Only while the rule that reports it is an error; overlapping fallback ranges generate fine and stay a
 * lint finding.
 */
function refuseContradictions(registry: Registry): void {
  const severity = new Map(configureRules(RULES, registry).map((e) => [e.rule.id, e.severity]));
  const refuse = (service: Registry['services'][number], at: 'default' | 'envVar', detail: string, rule: string) => {
    const range = service.loc[at] ?? service.loc.key;
    throw new ConfigError(registry.file, range.start.line, range.start.column, `ports.${service.name}`, `${detail} (${rule}); generate refuses a registry that contradicts itself — fix it, then generate`);
  };
  if (severity.get('duplicate-port') === 'error') {
    const byDefault = new Map<number, string>();
    for (const s of registry.services) {
      const first = byDefault.get(s.default);
      if (first !== undefined) refuse(s, 'default', `port ${s.default} is the default of both ${first} and ${s.name}`, 'duplicate-port');
      byDefault.set(s.default, s.name);
    }
  }
  if (severity.get('env-var-collision') === 'error') {
    const byVar = new Map<string, string>();
    for (const s of registry.services) {
      if (!s.envVar) continue;
      const first = byVar.get(s.envVar);
      if (first !== undefined) refuse(s, 'envVar', `${s.envVar} is the env var of both ${first} and ${s.name}`, 'env-var-collision');
      byVar.set(s.envVar, s.name);
    }
  }
}
