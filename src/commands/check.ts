// `port-lint check`: what is listening on the registry's ports now, with PID and process; exit 1 when an intruder holds a required port.
import { Option, type Command } from 'commander';
import type { CommandState, Io } from '../cli.js';
import { UsageError } from '../errors.js';
import { chooseEnvironment, withEnvironment } from '../registry/environment.js';
import { formatCheckJson, formatCheckStylish, runCheck } from '../runtime/check.js';
import { PortError } from '../runtime/errors.js';
import { systemProbe } from '../runtime/listeners.js';
import { emit, openRegistry, scanRoot, useColor } from './shared.js';

interface CheckOptions {
  config?: string;
  env?: string;
  format: 'stylish' | 'json';
  output?: string;
  color?: boolean;
}

export function registerCheck(program: Command, io: Io, state: CommandState): void {
  program
    .command('check')
    .description('show what listens on every registered and reserved port (TCP and UDP, IPv4 and IPv6), with PID and process')
    .option('--env <name>', 'an environment of ports.yaml (default: PORT_LINT_ENV)')
    .option('-c, --config <file>', 'ports.yaml to use (default: found from the working directory)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--color', 'force coloured output')
    .option('--no-color', 'disable coloured output (also: NO_COLOR=1)')
    .action(async (options: CheckOptions) => {
      const registry = withEnvironment(openRegistry(io, options.config, scanRoot(io.cwd)), chooseEnvironment(options.env, io.env));
      let report;
      try {
        report = await runCheck(registry, systemProbe(), io.env);
      } catch (err) {
        if (err instanceof PortError) throw new UsageError(err.message);
        throw err;
      }
      const text =
        options.format === 'json' ? formatCheckJson(report) : formatCheckStylish(report, useColor(io, options.color, options.output !== undefined));
      emit(io, text, options.output);
      state.exitCode = report.exitCode;
    });
}
