// Runs the real pipeline in-process on a fixture directory, and the CLI with captured output.
import path from 'node:path';
import { main, type Io } from '../../src/cli.js';
import { scan, type ScanResult } from '../../src/engine.js';
import { configureRules } from '../../src/lint.js';
import { loadRegistry } from '../../src/registry/load.js';
import type { RuleSetting } from '../../src/registry/types.js';
import { RULES } from '../../src/rules.js';

export const REPO = path.resolve(import.meta.dirname, '../..');

export interface ScanFixtureOptions {
  /** ports.yaml to use; default `<dir>/ports.yaml`. */
  config?: string;
  /** Only these rules run (others are off). Default: every rule at its default severity. */
  only?: string[];
  rules?: Record<string, RuleSetting>;
  paths?: string[];
}

/** Scans `dir` as its own root, as `port-lint` run inside it would. */
export async function scanFixture(dir: string, options: ScanFixtureOptions = {}): Promise<ScanResult> {
  const root = path.resolve(dir);
  const registry = loadRegistry(options.config ?? path.join(root, 'ports.yaml'), { root });
  const settings: Record<string, RuleSetting> = { ...(options.rules ?? {}) };
  if (options.only) {
    for (const r of RULES) if (!options.only.includes(r.id)) settings[r.id] = { severity: 'off' };
  }
  const rules = configureRules(RULES, registry, settings);
  return scan({ cwd: root, root, registry, paths: options.paths ?? [], rules });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `port-lint <args>` in-process with `cwd`, capturing output. */
export async function runCli(args: string[], cwd: string = REPO, env: NodeJS.ProcessEnv = {}, stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdoutIsTTY: false,
    readStdin: async () => stdin,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
