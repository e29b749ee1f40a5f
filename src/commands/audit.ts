// `port-lint audit` and `port-lint init`: the port inventory of a repository as a report, and as a
// proposed ports.yaml for a repository that has none.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import type { CommandState, Io } from '../cli.js';
import { extractAll } from '../engine.js';
import { UsageError } from '../errors.js';
import { proposeRegistry, renderProposal } from '../init-proposal.js';
import { buildInventory, type InventoryEntry } from '../inventory.js';
import { findConfig } from '../registry/find.js';
import { parseRegistry } from '../registry/load.js';
import type { Registry } from '../registry/registry.js';
import { emit, openRegistry, parsePositive, scanRoot } from './shared.js';

interface AuditOptions {
  config?: string;
  format: string;
  output?: string;
  jobs?: number;
  includeGenerated?: boolean;
}

function emptyRegistry(root: string): Registry {
  return parseRegistry('ports: {}\n', { displayPath: 'ports.yaml', absolutePath: path.join(root, 'ports.yaml'), root });
}

async function inventory(io: Io, paths: string[], options: { config?: string; jobs?: number; includeGenerated?: boolean }, useRegistry: boolean) {
  const root = scanRoot(io.cwd, paths);
  const registry = useRegistry && (options.config || findConfig(io.cwd)) ? openRegistry(io, options.config, root) : emptyRegistry(root);
  const extracted = await extractAll({
    cwd: io.cwd,
    root,
    registry,
    paths,
    ...(options.jobs !== undefined && { jobs: options.jobs }),
    ...(options.includeGenerated && { includeGenerated: true }),
  });
  return { root, registry, extracted, entries: buildInventory(extracted.occurrences, useRegistry ? registry : undefined) };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|');
}

function auditMarkdown(entries: InventoryEntry[], files: number): string {
  const places = entries.reduce((n, e) => n + e.uses.length, 0);
  const out = ['# Port audit', '', `${entries.length} ports in ${places} places, in ${files} scanned files.`, ''];
  out.push('| port | registry | uses | variables | where |', '| ---: | --- | ---: | --- | --- |');
  for (const e of entries) {
    const reg = [e.registered, e.reserved && `reserved: ${e.reserved}`].filter(Boolean).join('; ') || '—';
    const where = e.uses
      .slice(0, 8)
      .map((u) => `\`${u.file}:${u.line}\` ${u.kind}${u.service ? ` (${u.service})` : ''}${u.unattributed ? ` — not ${e.registered}'s: ${u.unattributed}` : ''}`)
      .join('<br>');
    const more = e.uses.length > 8 ? `<br>… ${e.uses.length - 8} more` : '';
    out.push(`| ${e.port} | ${cell(reg)} | ${e.uses.length} | ${cell(e.variables.join(', '))} | ${cell(where + more)} |`);
  }
  const clashes = entries.filter((e) => e.publishedBy.length > 1 || e.variables.length > 1 || (e.reserved && e.uses.some((u) => u.kind === 'publish-host' || u.kind === 'listen')));
  if (clashes.length > 0) {
    out.push('', '## Possible conflicts', '');
    for (const e of clashes) {
      if (e.publishedBy.length > 1) out.push(`- ${e.port}: published on the host by compose services ${e.publishedBy.join(', ')}`);
      if (e.variables.length > 1) out.push(`- ${e.port}: the value of several variables: ${e.variables.join(', ')}`);
      if (e.reserved && e.uses.some((u) => u.kind === 'publish-host' || u.kind === 'listen')) out.push(`- ${e.port}: reserved for ${e.reserved}, and bound here`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function registerAudit(program: Command, io: Io, state: CommandState): void {
  program
    .command('audit')
    .description('the port inventory: every port of the repository, where it is used, and what ports.yaml says of it')
    .argument('[paths...]', 'files and directories to scan (default: the current directory)')
    .option('-c, --config <file>', 'ports.yaml to compare with (default: discovered; none is fine)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['markdown', 'json']).default('markdown'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-j, --jobs <n>', 'worker threads for extraction', parsePositive)
    .option('--include-generated', 'also read generated, minified and vendored files, which are skipped by default')
    .action(async (paths: string[], options: AuditOptions) => {
      const { entries, extracted } = await inventory(io, paths, options, true);
      const text =
        options.format === 'json'
          ? `${JSON.stringify({ schemaVersion: 1, filesScanned: extracted.filesScanned, ports: entries, notices: extracted.notices }, null, 2)}\n`
          : auditMarkdown(entries, extracted.filesScanned);
      emit(io, text, options.output);
      state.exitCode = 0;
    });

  program
    .command('init')
    .description('propose a ports.yaml from the ports the repository uses (review it before committing)')
    .argument('[paths...]', 'files and directories to scan (default: the current directory)')
    .option('-o, --output <file>', 'write the proposal to this file (never over an existing one without --force)')
    .option('--force', 'overwrite the -o file if it exists')
    .option('-j, --jobs <n>', 'worker threads for extraction', parsePositive)
    .option('--include-generated', 'also read generated, minified and vendored files, which are skipped by default')
    .action(async (paths: string[], options: { output?: string; force?: boolean; jobs?: number; includeGenerated?: boolean }) => {
      if (options.output && existsSync(path.resolve(io.cwd, options.output)) && !options.force) {
        throw new UsageError(`init: ${options.output} exists; pass --force to overwrite it`);
      }
      const { extracted, root } = await inventory(io, paths, options, false);
      const scannedDirs = paths.map((p) => path.resolve(io.cwd, p)).filter((p) => existsSync(p) && statSync(p).isDirectory()).map((p) => path.relative(root, p).split(path.sep).join('/'));
      const proposal = proposeRegistry(extracted.occurrences, { scannedDirs });
      const text = renderProposal(proposal, extracted.filesScanned);
      emit(io, text, options.output);
      if (options.output) io.stderr(`port-lint: wrote ${options.output} with ${count(proposal.services.length, 'service')}, ${count(proposal.reserved.length, 'reserved port')} and ${count(proposal.seen.length, 'port')} seen but not registered\n`);
      state.exitCode = 0;
    });
}
