// The generators by format name, and the canonical command line each generated file names in its header.
import path from 'node:path';
import { toPosix } from '../util/text.js';
import { generateEnv } from './env.js';
import { shellWord } from './header.js';
import { generateJson } from './json.js';
import { generateMarkdown } from './markdown.js';
import type { Generator } from './model.js';
import { generatePython } from './python.js';
import { generateShell } from './shell.js';
import { generateTypescript } from './typescript.js';

export { GENERATED_MARKER, isGeneratedFile, type HeaderInfo } from './header.js';
export type { GenerateContext, Generator } from './model.js';

export const GENERATORS = {
  shell: generateShell,
  env: generateEnv,
  markdown: generateMarkdown,
  python: generatePython,
  typescript: generateTypescript,
  json: generateJson,
} as const satisfies Record<string, Generator>;

export type GenerateFormat = keyof typeof GENERATORS;

export function isGenerateFormat(name: string): name is GenerateFormat {
  return Object.hasOwn(GENERATORS, name);
}

export interface CommandParts {
  format: GenerateFormat;
  /** Absolute path of ports.yaml. */
  config: string;
  /** Absolute path of the output file, if any. */
  output?: string;
  environment?: string;
  /** The repository root: the command is written to be run from there. */
  root: string;
}

/**
 * `port-lint generate <format> --config <ports.yaml> [--env NAME] [-o FILE]`, paths relative to the
 * repository root. Always the same for the same inputs, wherever it was run from, so that
 * `generate --check` compares like with like.
 */
export function generateCommand(parts: CommandParts): string {
  const rel = (p: string): string => toPosix(path.relative(parts.root, p)) || '.';
  const words = ['port-lint', 'generate', parts.format, '--config', rel(parts.config)];
  if (parts.environment !== undefined) words.push('--env', parts.environment);
  if (parts.output !== undefined) words.push('-o', rel(parts.output));
  return words.map(shellWord).join(' ');
}
