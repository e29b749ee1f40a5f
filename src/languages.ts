// The language table: which extractor reads a file, decided by its name, extension and shebang.
import path from 'node:path';
import type { LanguageId } from './types.js';

const EXTENSIONS: Record<string, LanguageId> = {
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.js': 'javascript',
  '.jsx': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.py': 'python',
  '.pyw': 'python',
  '.sh': 'shell',
  '.bash': 'shell',
  '.zsh': 'shell',
  '.ksh': 'shell',
  '.yml': 'yaml',
  '.yaml': 'yaml',
  '.json': 'json',
};

/** Extensions that make `Dockerfile.<ext>` a document or a template of another kind, not a Dockerfile. */
const NOT_DOCKERFILE = /^(?:md|markdown|txt|rst|adoc|html?|bak|orig|swp)$/i;

/** Files that are never worth scanning: lock files are huge and hold versions and hashes, not ports. */
const NEVER = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'composer.lock',
  'poetry.lock',
  'Pipfile.lock',
  'Cargo.lock',
  'bun.lockb',
]);

/** Interpreters named on a `#!` line, and the language of their scripts. */
const SHEBANGS: [RegExp, LanguageId][] = [
  [/\b(?:python[\d.]*|pypy[\d.]*)\b/, 'python'],
  [/\b(?:ba|da|z|k|a)?sh\b/, 'shell'],
  [/\b(?:ts-node|tsx)\b/, 'typescript'],
  [/(?<![\w-])(?:node|nodejs|bun|deno)\b/, 'javascript'],
];

/** The language of a file by its name alone, or undefined when the name does not decide it. */
export function languageByName(file: string): LanguageId | undefined {
  const base = path.posix.basename(file.replace(/\\/g, '/'));
  if (NEVER.has(base)) return undefined;
  if (base === 'package.json') return 'package-json';
  // Another registry (a monorepo package's own ports.yaml) is the source of truth, not a user of ports.
  if (/^\.?ports\.ya?ml$/.test(base)) return 'ports-yaml';
  if (/\.(?:dockerfile|containerfile)$/i.test(base)) return 'dockerfile';
  const docker = /^(?:Dockerfile|Containerfile)(?:\.(.+))?$/i.exec(base);
  // Dockerfile.dev, Dockerfile.prod — but not dockerfile.ts or Dockerfile.md, which are what they say.
  if (docker && !(docker[1] !== undefined && (EXTENSIONS[`.${docker[1].toLowerCase()}`] || NOT_DOCKERFILE.test(docker[1])))) return 'dockerfile';
  if (/^(?:docker-)?compose(?:[.-].+)?\.ya?ml$/i.test(base)) return 'compose';
  // .env, .env.production, contimg.env — but .env.js and .env.d.ts are code.
  const ext = path.posix.extname(base).toLowerCase();
  if (base === '.env' || (base.startsWith('.env.') && !EXTENSIONS[ext]) || (base.endsWith('.env') && base.length > 4)) return 'env';
  // The template users copy to .env: env.example, env.sample (jitsi's docker-jitsi-meet).
  if (/^env\.(?:example|sample|template|dist|defaults?)$/i.test(base)) return 'env';
  if (base === '.envrc') return 'shell';
  return EXTENSIONS[ext];
}

/** The language named by a script's `#!` line. */
export function languageByShebang(firstLine: string): LanguageId | undefined {
  if (!firstLine.startsWith('#!')) return undefined;
  for (const [re, lang] of SHEBANGS) if (re.test(firstLine)) return lang;
  return undefined;
}

/**
 * Extensions of scripts whose interpreter only their `#!` line names: batch-scheduler jobs (Slurm
 * `job.sbatch`/`.slurm`, PBS/Torque `.pbs`/`.qsub`, LSF `.lsf`/`.bsub`, Grid Engine `.sge`), CGI
 * programs and macOS `.command`/`.tool` launchers. A bash job and a Python job share the extension, so
 * the shebang decides; a file without one (or naming another interpreter) is not read further.
 */
const SHEBANG_EXTENSIONS = /\.(?:cgi|fcgi|command|tool|sbatch|slurm|pbs|qsub|lsf|bsub|sge)$/i;

/** Whether a file without a decisive name should have its first line read (extensionless scripts, job scripts). */
export function mayHaveShebang(file: string): boolean {
  const base = path.posix.basename(file.replace(/\\/g, '/'));
  return !base.includes('.') || SHEBANG_EXTENSIONS.test(base);
}
