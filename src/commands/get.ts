// `port-lint get <service>`: prints the service's port and nothing else, for `--port "$(port-lint get api)"`.
import type { Command } from 'commander';
import { EXIT_OK, type CommandState, type Io } from '../cli.js';
import { UsageError } from '../errors.js';
import { chooseEnvironment, withEnvironment } from '../registry/environment.js';
import { PortError } from '../runtime/errors.js';
import { PortManager } from '../runtime/port-manager.js';
import { openRegistry, scanRoot } from './shared.js';

interface GetOptions {
  config?: string;
  env?: string;
  check?: boolean;
}

export function registerGet(program: Command, io: Io, state: CommandState): void {
  program
    .command('get')
    .description("print a service's port: its env var when set (checked against the range), else its default")
    .argument('<service>', 'a service name of ports.yaml')
    .option('--check', 'check that nothing listens on the port; move within the range if conflict_detection.auto_resolve allows')
    .option('--env <name>', 'an environment of ports.yaml (default: PORT_LINT_ENV)')
    .option('-c, --config <file>', 'ports.yaml to use (default: found from the working directory)')
    .action(async (service: string, options: GetOptions) => {
      const registry = withEnvironment(openRegistry(io, options.config, scanRoot(io.cwd)), chooseEnvironment(options.env, io.env));
      const manager = new PortManager(registry, { variables: io.env, warn: (m) => io.stderr(`port-lint: ${m}\n`) });
      try {
        const port = await manager.getPort(service, { checkConflict: options.check === true });
        io.stdout(`${port}\n`);
      } catch (err) {
        if (err instanceof PortError) throw new UsageError(err.message);
        throw err;
      }
      state.exitCode = EXIT_OK;
    });
}
