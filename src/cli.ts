// The command line: the only module that reads argv, writes stdout/stderr and decides the exit code.
import { Command, CommanderError } from 'commander';
import { describeKnownError } from './errors.js';
import { registerAudit } from './commands/audit.js';
import { registerCheck } from './commands/check.js';
import { registerGenerate } from './commands/generate.js';
import { registerGet } from './commands/get.js';
import { registerLint } from './commands/lint.js';
import { registerRules } from './commands/rules.js';
import { VERSION } from './paths.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal (colour is on by default only then). */
  stdoutIsTTY: boolean;
  /**
   * Reads standard input (for --stdin) to the end, or to just past `maxBytes`: the caller refuses
   * what is longer, so an endless input (`yes | port-lint --stdin`) is never held whole.
   */
  readStdin(maxBytes: number): Promise<string>;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** A command's outcome: its exit code. */
export interface CommandState {
  exitCode: number;
}

export function processIo(): Io {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin: async (maxBytes) => {
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        size += (chunk as Buffer).length;
        if (size > maxBytes) {
          process.stdin.destroy();
          break;
        }
      }
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

export function buildProgram(io: Io, state: CommandState): Command {
  const program = new Command('port-lint')
    .description(
      'Check a repository\'s network ports against ports.yaml, the single source of truth.\n' +
        'Without a command, lints the given paths (default: the current directory).',
    )
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();
  registerLint(program, io, state);
  registerRules(program, io, state);
  registerGet(program, io, state);
  registerCheck(program, io, state);
  registerGenerate(program, io, state);
  registerAudit(program, io, state);
  for (const cmd of program.commands) cmd.configureOutput({ writeOut: io.stdout, writeErr: io.stderr }).exitOverride();
  return program;
}

/** Runs port-lint with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const state: CommandState = { exitCode: EXIT_OK };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return state.exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0; usage errors were already printed.
      return err.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    const known = describeKnownError(err);
    if (known) {
      for (const line of known) io.stderr(`${line}\n`);
      return EXIT_ERROR;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`port-lint: internal error: ${message}\n`);
    if (io.env.PORT_LINT_DEBUG) io.stderr(`${(err as Error).stack ?? ''}\n`);
    else io.stderr('Set PORT_LINT_DEBUG=1 for a stack trace, and please report this.\n');
    return EXIT_ERROR;
  }
}

