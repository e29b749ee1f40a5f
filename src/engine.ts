// The scan pipeline: discover → extract → lint. No argv, no stdout: the CLI and the API both call this.
import type { EnabledRule } from './lint.js';
import { lint } from './lint.js';
import type { Registry } from './registry/registry.js';
import type { Finding, Notice, PortOccurrence } from './types.js';

export interface ScanOptions {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** Directory finding paths are relative to (the repository root). */
  root: string;
  registry: Registry;
  /** Files and directories to scan (relative to cwd); none scans cwd. */
  paths: string[];
  rules: readonly EnabledRule[];
}

export interface ScanResult {
  findings: Finding[];
  notices: Notice[];
  occurrences: PortOccurrence[];
  filesScanned: number;
}

export async function scan(options: ScanOptions): Promise<ScanResult> {
  const occurrences: PortOccurrence[] = [];
  const notices: Notice[] = [];
  const findings = lint({ registry: options.registry, occurrences, rules: options.rules });
  return { findings, notices, occurrences, filesScanned: 0 };
}
