// `port-lint rules`: every rule with its default severity and description.
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CommandState, Io } from '../cli.js';
import { ruleDocUrl } from '../rule-docs.js';
import { RULES } from '../rules.js';

export function registerRules(program: Command, io: Io, _state: CommandState): void {
  program
    .command('rules')
    .description('list the rules with their default severity and description')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { format: string }) => {
      if (options.format === 'json') {
        const list = RULES.map((r) => ({
          id: r.id,
          severity: r.meta.severity,
          scope: r.meta.scope,
          description: r.meta.description,
          docs: ruleDocUrl(r.id),
        }));
        io.stdout(`${JSON.stringify(list, null, 2)}\n`);
        return;
      }
      const idWidth = Math.max(...RULES.map((r) => r.id.length));
      for (const r of RULES) {
        io.stdout(`${r.id.padEnd(idWidth)}  ${r.meta.severity.padEnd(7)}  ${r.meta.scope.padEnd(8)}  ${r.meta.description}\n`);
      }
    });
}
